/**
 * Consent redaction of a session record (lib/session-record/redact.ts): what each denial removes,
 * what it keeps, and that the result still validates against the schema.
 */
import {
  DATA_PROCESSING_DENIED_MARKER,
  emptySignals,
  parseSessionRecord,
  RECORDING_DENIED_MARKER,
  redactForConsent,
  type Consent,
  type SessionRecord,
} from '../lib/session-record';
import { makeRecord } from './fixtures';

const SAID = ['Hi, this is Riley from trialist.', 'I am Dana, we are 12 people at Harbor Pine Realty using DocuSign.', 'Is HIPAA covered?', 'Book me Thursday, dana@harborpine.com.'];

/** A call with caller words everywhere they can end up: transcript, evidence, tool arguments and outputs, name, meeting time. */
function call(consent: Partial<Consent>): SessionRecord {
  return makeRecord({
    caller: { identity: 'web-visitor-1', name: 'Dana', phone_hash: 'a'.repeat(64), returning_caller: false, call_count: 1 },
    transcript: SAID.map((text, i) => ({ turn_index: i, role: i % 2 === 0 ? 'agent' : 'user', text, start_ms: i * 3000, end_ms: i * 3000 + 2500, interrupted: i === 2 })),
    discovered_signals: {
      ...emptySignals(),
      team_size: 12,
      current_solution: ['docusign'],
      industry: 'real_estate',
      evidence: [
        { field: 'team_size', value: '12', turn_index: 1, quote: 'we are 12 people', confidence: 0.9 },
        { field: 'current_solution', value: 'docusign', turn_index: 1, quote: 'using DocuSign', confidence: 0.8 },
      ],
    },
    tool_calls: [
      { call_id: 'c1', name: 'record_consent', arguments: JSON.stringify({ recording: consent.recording ?? 'granted' }), outcome: 'success', output: '{"recorded":true}', latency_ms: 1, turn_index: 1 },
      { call_id: 'c2', name: 'search_knowledge', arguments: JSON.stringify({ query: 'HIPAA covered' }), outcome: 'success', output: '{"query":"HIPAA covered","passages":[]}', latency_ms: 3, turn_index: 2 },
      { call_id: 'c3', name: 'book_sales_meeting', arguments: JSON.stringify({ name: 'Dana Whitfield', email: 'dana@harborpine.com', time_window: 'Thursday 10am ET' }), outcome: 'success', output: '{"booked":true,"email":"dana@harborpine.com"}', latency_ms: 40, turn_index: 3 },
      { call_id: 'c4', name: 'end_call', arguments: '{}', outcome: 'success', output: 'no output', latency_ms: 0, turn_index: 3 },
    ],
    outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Thursday 10am ET', end_reason: 'agent_ended' },
    consent: { recording: 'granted', data_processing: 'granted', recorded_at: '2026-11-20T15:04:09.000Z', ...consent },
  });
}

describe('redactForConsent', () => {
  it('keeps a record with no denial as it is', () => {
    for (const consent of [{}, { recording: 'not_asked', data_processing: 'not_asked' }] as Partial<Consent>[]) {
      const r = call(consent);
      const out = redactForConsent(r);
      expect(out.redaction).toBeNull();
      expect(out.record).toBe(r);
    }
  });

  it('recording denied (data processing granted): no turn text, no quotes, no conversational tool content; signal values and booking stay', () => {
    const original = call({ recording: 'denied', data_processing: 'granted' });
    const before = structuredClone(original);
    const { record, redaction } = redactForConsent(original);
    expect(original).toEqual(before); // pure

    expect(record.transcript.map((t) => t.text)).toEqual(SAID.map(() => RECORDING_DENIED_MARKER));
    // who spoke when, and interruptions, are not what they said: kept
    expect(record.transcript.map(({ text: _t, ...rest }) => rest)).toEqual(original.transcript.map(({ text: _t, ...rest }) => rest));
    expect(record.discovered_signals).toEqual({ ...original.discovered_signals, evidence: [] });
    const byName = Object.fromEntries(record.tool_calls.map((c) => [c.name, c]));
    expect(byName.search_knowledge).toMatchObject({ arguments: JSON.stringify({ redacted: RECORDING_DENIED_MARKER }), output: RECORDING_DENIED_MARKER, outcome: 'success', latency_ms: 3 });
    expect(byName.book_sales_meeting).toEqual(original.tool_calls[2]);
    expect(byName.record_consent).toEqual(original.tool_calls[0]);
    expect(record.outcome).toEqual(original.outcome);
    expect(record.caller.name).toBe('Dana');
    expect(redaction).toEqual({ recording_denied: true, data_processing_denied: false, turns_redacted: 4, evidence_dropped: 2, signals_dropped: false, tool_calls_redacted: 1 });

    const text = JSON.stringify(record);
    for (const said of ['Harbor Pine', 'we are 12 people', 'using DocuSign', 'HIPAA covered', 'Riley']) expect(text).not.toContain(said);
  });

  it('recording and data processing denied: signals, name, booking details and meeting time go too', () => {
    const original = call({ recording: 'denied', data_processing: 'denied' });
    const { record, redaction } = redactForConsent(original);
    expect(record.transcript.every((t) => t.text === RECORDING_DENIED_MARKER)).toBe(true);
    expect(record.discovered_signals).toEqual(emptySignals());
    expect(record.caller).toEqual({ ...original.caller, name: null });
    expect(record.outcome).toEqual({ ...original.outcome, meeting_time: null });
    expect(record.tool_calls.find((c) => c.name === 'book_sales_meeting')).toMatchObject({
      arguments: JSON.stringify({ redacted: DATA_PROCESSING_DENIED_MARKER }),
      output: DATA_PROCESSING_DENIED_MARKER,
      outcome: 'success',
    });
    expect(redaction).toEqual({ recording_denied: true, data_processing_denied: true, turns_redacted: 4, evidence_dropped: 2, signals_dropped: true, tool_calls_redacted: 2 });
    const text = JSON.stringify(record);
    for (const said of ['Dana', 'dana@harborpine.com', 'Thursday', 'docusign', 'real_estate', 'HIPAA']) expect(text).not.toContain(said);
    // what is not the caller's content stays: consent, counts, usage, cost, stage, booked or not
    expect(record.consent).toEqual(original.consent);
    expect(record.metrics_summary).toEqual(original.metrics_summary);
    expect(record.cost_summary).toEqual(original.cost_summary);
    expect(record.caller.phone_hash).toBe(original.caller.phone_hash);
    expect(record.outcome.meeting_booked).toBe(true);
  });

  it('data processing denied only: the transcript stays, what was learned about the caller goes', () => {
    const original = call({ recording: 'granted', data_processing: 'denied' });
    const { record, redaction } = redactForConsent(original);
    expect(record.transcript).toEqual(original.transcript);
    expect(record.discovered_signals).toEqual(emptySignals());
    expect(record.tool_calls.find((c) => c.name === 'search_knowledge')).toEqual(original.tool_calls[1]);
    expect(record.tool_calls.find((c) => c.name === 'book_sales_meeting')!.output).toBe(DATA_PROCESSING_DENIED_MARKER);
    expect(redaction).toMatchObject({ recording_denied: false, data_processing_denied: true, turns_redacted: 0, evidence_dropped: 2, signals_dropped: true, tool_calls_redacted: 1 });
  });

  it('always gives a record that validates against the schema, and redacting twice changes nothing more', () => {
    for (const consent of [
      { recording: 'denied', data_processing: 'granted' },
      { recording: 'denied', data_processing: 'denied' },
      { recording: 'granted', data_processing: 'denied' },
      { recording: 'denied', data_processing: 'not_asked' },
    ] as Partial<Consent>[]) {
      const once = redactForConsent(call(consent)).record;
      expect(parseSessionRecord(JSON.parse(JSON.stringify(once)))).toEqual(once);
      const twice = redactForConsent(once);
      expect(twice.record).toEqual(once);
      expect(twice.redaction).toMatchObject({ turns_redacted: 0, evidence_dropped: 0, tool_calls_redacted: 0 });
    }
  });
});
