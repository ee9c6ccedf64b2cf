/**
 * The analysis of a session record: the stored `analysis` block when the record has one (v2),
 * else computed now from the transcript (v1 records, imported calls, records recovered from a
 * checkpoint). Never for a call whose caller denied data processing: nothing learned about them
 * is kept for follow-up (lib/session-record/redact.ts).
 */
import { displayableCallerName } from '../privacy/redact';
import type { SessionRecord } from '../session-record/schema';
import { analyzeCall } from './index';
import type { CallAnalysis } from './schema';

/** The record's call analysis, or null when data processing was denied. */
export function analysisOf(record: SessionRecord): CallAnalysis | null {
  if (record.consent.data_processing === 'denied') return null;
  return record.analysis ?? analyzeCall({ ...record, caller: { name: displayableCallerName(record.caller.name) } });
}
