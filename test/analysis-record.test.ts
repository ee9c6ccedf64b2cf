/**
 * The analysis block in the session record: a replayed call (the agent's real collector and record
 * builder) carries `analysis` in a v2 record; a v1 record without it is analysed when read
 * (`analysisOf`); a denied data-processing consent leaves no analysis; the Glue columns type it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { replayCall } from '../agent-container/src/replay';
import { analysisOf } from '../lib/analysis/record';
import { sessionRecordGlueColumns } from '../lib/analytics/glue-columns';
import { loadRecordedCall } from '../lib/recorded-call';
import { MemorySink, makeRecord } from './fixtures';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('analysis block', () => {
  it('is written by the agent when it replays a call agreed only in words', async () => {
    const call = await loadRecordedCall(path.join(here, '..', 'eval', 'calls', 'transcripts', 'verbal-thursday-eastern.json'));
    const { record } = await replayCall(call, { sink: new MemorySink() });
    expect(record.schema_version).toBe(2);
    expect(record.outcome.meeting_booked).toBe(false);
    expect(record.analysis?.next_step).toMatchObject({ kind: 'meeting', when_iso: '2026-11-19T14:00-05:00' });
    expect(record.analysis?.next_step.evidence?.quote).toMatch(/Thursday at 2 Eastern works/);
  }, 60_000);

  it('is computed for a v1 record without one, and withheld when data processing was denied', () => {
    const v1 = makeRecord({
      schema_version: 1,
      transcript: [
        { turn_index: 0, role: 'agent', text: 'Would a call with sales help? They have Friday at 10.', start_ms: 0, end_ms: 1000, interrupted: false },
        { turn_index: 1, role: 'user', text: 'Friday at 10 works. Send me the invite.', start_ms: 1000, end_ms: 2000, interrupted: false },
      ],
    });
    expect(analysisOf(v1)?.next_step.kind).toBe('meeting');
    const denied = { ...v1, consent: { ...v1.consent, data_processing: 'denied' as const } };
    expect(analysisOf(denied)).toBeNull();
  });

  it('has a Glue column typed as a struct', () => {
    const col = sessionRecordGlueColumns().find((c) => c.name === 'analysis');
    expect(col?.type).toMatch(/^struct<analyzer_version:string,next_step:struct<kind:string,when_text:string,when_iso:string,evidence:struct<turn_index:bigint/);
  });
});
