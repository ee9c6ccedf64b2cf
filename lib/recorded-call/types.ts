/**
 * A recorded call as replay sees it: the speakers, which of them is the agent, and the turns
 * in order. Produced by the parsers in this folder from plain-text, Markdown or JSON files.
 */

/** A tool the recorded agent ran during its turn (JSON format only), e.g. `book_sales_meeting`. */
export interface RecordedToolCall {
  name: string;
  /** The tool's arguments as a JSON object. */
  arguments: Record<string, unknown>;
}

/** One utterance of the recorded call. */
export interface RecordedTurn {
  /** The speaker label as written in the file, e.g. `Sales Rep`, `Maria`. */
  speaker: string;
  /** `agent` for the agent speaker(s), `user` for everyone else (callers). */
  role: 'agent' | 'user';
  text: string;
  /** Tools the agent ran after saying `text` (agent turns only). */
  tool_calls?: RecordedToolCall[];
}

/** What a caller told us about themselves outside the transcript (JSON format only). */
export interface RecordedCaller {
  /** Display name, e.g. from the Markdown participants list or the JSON `caller.name`. */
  name: string | null;
  /** E.164 phone number as recorded (replay hashes it; it never reaches the session record). */
  phone: string | null;
  company: string | null;
}

export type RecordedCallFormat = 'text' | 'markdown' | 'json';

/** A parsed recorded call. */
export interface RecordedCall {
  /** Safe session id (`^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$`): the file's own id if it has one, else from the file name. */
  call_id: string;
  title: string;
  /** When the call started, ISO 8601 UTC (`...Z`); null when the file does not say. */
  started_at: string | null;
  /** The speaker who plays our voice agent (the seller). */
  agent_speaker: string;
  /** Every speaker label with role `agent` (usually just `agent_speaker`; a Markdown header can name two sellers). */
  agent_speakers: string[];
  /** The main caller: the first non-agent speaker to talk. */
  caller_speaker: string;
  /** All speaker labels in order of first appearance. */
  speakers: string[];
  turns: RecordedTurn[];
  /** The file name the call came from (no directories). */
  source_name: string;
  format: RecordedCallFormat;
  caller: RecordedCaller;
  call_type: 'inbound-qualified' | 'unqualified' | 'unknown';
  lead_id: string | null;
  /** Header fields as written (e.g. `Outcome`, `Duration`, `Call ID`), for display only. */
  metadata: Record<string, string>;
  /** SHA-256 hex of the file's bytes, when it was read from a file (loadRecordedCall). */
  source_sha256?: string;
}

/** Options for the parsers. */
export interface ParseOptions {
  /** Speaker label (or participant name) of the agent; overrides the heuristic. Case-insensitive. */
  agentSpeaker?: string;
}

/** Why a recorded call was rejected; stable labels for callers and tests. */
export type RecordedCallErrorReason =
  | 'empty'
  | 'too_large'
  | 'read_failed'
  | 'unknown_format'
  | 'invalid_json'
  | 'invalid_call'
  | 'no_turns'
  | 'single_speaker'
  | 'agent_not_found'
  | 'agent_only'
  /** The file is not UTF-8 (nor UTF-16 with a byte-order mark); the message names the likely encoding. */
  | 'not_utf8';

/** Raised for a file that cannot be replayed; the message names the file and what is wrong. */
export class RecordedCallError extends Error {
  constructor(
    message: string,
    readonly reason: RecordedCallErrorReason,
    readonly sourceName: string,
  ) {
    super(message);
    this.name = 'RecordedCallError';
  }
}
