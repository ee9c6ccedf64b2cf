/**
 * PII redaction applied to a session record before it is exported: the parts of the record that
 * are copied onward (signal evidence quotes feed score reasons, alerts and tables) lose email
 * addresses, phone numbers, card-like and account-like numbers. The transcript and the booking
 * tool call keep what was said and agreed: they are the record, governed by consent
 * (lib/session-record/redact.ts).
 */
import type { SessionRecord } from '../session-record/schema';
import { redactPii } from './redact';

/** The record with every `discovered_signals.evidence[].quote` PII-redacted; the same object when none needed it. Pure. */
export function redactEvidenceQuotes(record: SessionRecord): SessionRecord {
  const evidence = record.discovered_signals.evidence;
  const redacted = evidence.map((e) => {
    const quote = redactPii(e.quote);
    return quote === e.quote ? e : { ...e, quote };
  });
  if (redacted.every((e, i) => e === evidence[i])) return record;
  return { ...record, discovered_signals: { ...record.discovered_signals, evidence: redacted } };
}
