/**
 * Consent redaction of a session record, applied before it is exported (the agent's collector)
 * so a caller's "no" is honoured in every copy downstream (S3, Athena, lead scores, alerts).
 *
 * The two consent answers (`record.consent`, from the record_consent tool) govern different things:
 * - `recording: 'denied'`: nothing the caller (or the agent, which repeats them) said is kept. Every
 *   transcript turn keeps its role, timing and interruption flag, but its text becomes
 *   {@link RECORDING_DENIED_MARKER}; signal evidence (quotes of the caller's words) is dropped; tool
 *   calls whose arguments or output carry the conversation (e.g. search_knowledge's query) are
 *   replaced by the marker. The extracted signal values (team size, volume, ...) stay unless data
 *   processing was denied too.
 * - `data_processing: 'denied'`: nothing learned about the caller is kept for follow-up: signals
 *   are emptied (values and evidence), the caller's name is dropped, and the booking tool's
 *   personal details (name, email, time window) and `outcome.meeting_time` are removed; that a
 *   meeting was booked (`meeting_booked`) stays, since the booking itself was the caller's request.
 * Counts, timing, usage, cost, stages and the consent block itself are never touched.
 */
import { emptySignals, type SessionRecord, type ToolCall } from './schema';

/** The text that stands in for every turn of a call whose recording consent was denied. */
export const RECORDING_DENIED_MARKER = '[not retained: recording consent denied]';
/** The text that stands in for personal details of a call whose data-processing consent was denied. */
export const DATA_PROCESSING_DENIED_MARKER = '[not retained: data processing consent denied]';

/** Tools whose arguments and output hold nothing the caller said (kept whatever the consent). */
const NO_CALLER_CONTENT_TOOLS: ReadonlySet<string> = new Set(['record_consent', 'end_call']);
/**
 * Tools whose arguments are details the caller gave for a follow-up (the booking): governed by
 * data-processing consent, not recording consent.
 */
const FOLLOW_UP_TOOLS: ReadonlySet<string> = new Set(['book_sales_meeting']);

/** What a redaction removed, for the `session_analytics` log line (counts only, no content). */
export interface ConsentRedaction {
  recording_denied: boolean;
  data_processing_denied: boolean;
  /** Transcript turns whose text was replaced. */
  turns_redacted: number;
  /** Signal evidence entries (quotes) dropped. */
  evidence_dropped: number;
  /** True when the signal values were emptied (data processing denied). */
  signals_dropped: boolean;
  /** Tool calls whose arguments and output were replaced. */
  tool_calls_redacted: number;
}

function redactToolCall(call: ToolCall, marker: string): ToolCall {
  return { ...call, arguments: JSON.stringify({ redacted: marker }), output: marker };
}

/**
 * The record as consent allows it to be kept (see the module comment), and what was removed;
 * `redaction` is null (and `record` the same object) when neither consent was denied. Pure: the
 * input is not modified. The result has the same shape, so it still validates against the schema.
 */
export function redactForConsent(record: SessionRecord): { record: SessionRecord; redaction: ConsentRedaction | null } {
  const recordingDenied = record.consent.recording === 'denied';
  const dataDenied = record.consent.data_processing === 'denied';
  if (!recordingDenied && !dataDenied) return { record, redaction: null };

  const out: SessionRecord = structuredClone(record);
  const redaction: ConsentRedaction = {
    recording_denied: recordingDenied,
    data_processing_denied: dataDenied,
    turns_redacted: 0,
    // either denial drops the quotes (recording: they are the caller's words; data: with the signals)
    evidence_dropped: record.discovered_signals.evidence.length,
    signals_dropped: false,
    tool_calls_redacted: 0,
  };

  if (recordingDenied) {
    out.transcript = out.transcript.map((t) => {
      if (t.text !== RECORDING_DENIED_MARKER) redaction.turns_redacted += 1;
      return { ...t, text: RECORDING_DENIED_MARKER };
    });
    out.discovered_signals.evidence = [];
  }
  if (dataDenied) {
    out.discovered_signals = emptySignals();
    redaction.signals_dropped = true;
    out.caller.name = null;
    out.outcome.meeting_time = null;
  }
  out.tool_calls = out.tool_calls.map((c) => {
    if (NO_CALLER_CONTENT_TOOLS.has(c.name)) return c;
    const follow = FOLLOW_UP_TOOLS.has(c.name);
    const marker = follow ? (dataDenied ? DATA_PROCESSING_DENIED_MARKER : null) : recordingDenied ? RECORDING_DENIED_MARKER : null;
    if (marker === null || c.output === marker) return c;
    redaction.tool_calls_redacted += 1;
    return redactToolCall(c, marker);
  });
  return { record: out, redaction };
}
