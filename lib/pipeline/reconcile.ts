/**
 * Reconciliation: every call LiveKit saw gets exactly one session record, even when the agent
 * never exported one (a killed job, a crash, a lost upload).
 *
 * How a room maps to its session (the mapping is explicit): once the caller is in the room, the
 * agent sets its own participant attribute `trialist.session_id` (SESSION_ID_ATTRIBUTE) to the
 * session id (`lk-{job id}`, sanitised). LiveKit's `participant_left` webhook for the agent carries
 * that attribute, so it names the session; the webhook receiver also keeps a room pointer
 * `checkpoints/rooms/{room sid}.json` (RoomPointer), so the later `room_finished` webhook (which
 * carries only the room) finds the same session. Both schedule a check after a grace period.
 *
 * The check (`reconcileSession`), once the grace period is over:
 * - a record under `sessions/` for the session: nothing to do;
 * - else the checkpoint `checkpoints/{session_id}.json.gz`: promoted to `sessions/` with
 *   `partial: true` and end reason `recovered_from_checkpoint`;
 * - else a minimal record from the webhook's facts (room, participant, times), `partial: true`,
 *   end reason `lost_before_checkpoint`.
 * The write is conditional (`If-None-Match: *`), so a record the agent wrote meanwhile is never
 * replaced; a real record arriving later does replace a recovered one (same key), and score-lead
 * rescoring it alerts at most once per session and rules version (lib/alerts/alert-once.ts).
 * A check run twice (webhooks are delivered at least once) finds the record and does nothing.
 *
 * Domain only: plain facts in, S3 out. The LiveKit webhook is turned into `CallFacts` by
 * lambdas/livekit-webhook; the schedule is SQS (AWS) or a timer (lib/local/stack.ts).
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { CHECKPOINTS_PREFIX } from '../bucket-layout';
import {
  checkpointKey,
  decodeSessionRecord,
  emptySignals,
  encodeSessionRecord,
  parseSessionRecord,
  SCHEMA_VERSION,
  SESSION_ID_PATTERN,
  sessionKey,
  type SessionRecord,
} from '../session-record';
import { objectListed, openObject } from './objects';
import { PipelineError } from './errors';

/** The agent participant's attribute holding its session id (set by agent-container/src/agent.ts). */
export const SESSION_ID_ATTRIBUTE = 'trialist.session_id';
/** Agent attribute naming the caller's participant identity (set with the session id). */
export const CALLER_IDENTITY_ATTRIBUTE = 'trialist.caller_identity';
/** Agent attribute naming the caller's channel, `sip` or `webrtc`. */
export const CHANNEL_ATTRIBUTE = 'trialist.channel';

/** The attributes the agent sets on its own participant once the caller is in the room. */
export function callAttributes(sessionId: string, callerIdentity: string, channel: 'sip' | 'webrtc'): Record<string, string> {
  return { [SESSION_ID_ATTRIBUTE]: sessionId, [CALLER_IDENTITY_ATTRIBUTE]: callerIdentity, [CHANNEL_ATTRIBUTE]: channel };
}

/** Where the room pointers live: `checkpoints/rooms/{room sid}.json` (under checkpoints/: no scoring event, same expiry). */
export const ROOM_POINTERS_PREFIX = `${CHECKPOINTS_PREFIX}rooms/`;
/** Default wait between a call's end (the webhook) and its check: long enough for a drained agent's export (seconds). */
export const DEFAULT_GRACE_SECONDS = 120;
/** User metadata on a record reconciliation wrote, naming how (a later real record has none). */
export const RECONCILED_METADATA = 'trialist-reconciled';
/** `agent_version` of a minimal record: no agent wrote it. */
export const RECONCILER_VERSION = 'reconcile';

/** What LiveKit told about one call's end, as plain data (times ISO 8601 UTC). */
export interface CallFacts {
  session_id: string;
  room_name: string;
  room_sid: string;
  /** The caller's participant identity when known (the agent's own webhook does not carry it). */
  caller_identity: string | null;
  /** `sip` when the caller came over SIP, `webrtc` otherwise, null when unknown. */
  channel: 'sip' | 'webrtc' | null;
  /** When the call started: the agent joined (else the room was created). */
  started_at: string;
  /** When LiveKit saw it end (the webhook's time). */
  ended_at: string;
  /** The webhook that told us (e.g. `participant_left`), for logs. */
  source: string;
}

/** A scheduled check: of a session (from `participant_left`), or of a room (from `room_finished`). */
export type ReconcileCheck =
  | { kind: 'session'; facts: CallFacts }
  | { kind: 'room'; room_name: string; room_sid: string; ended_at: string };

/** What the webhook receiver keeps for a room: the session the agent announced in it. */
export interface RoomPointer {
  room_sid: string;
  facts: CallFacts;
}

/** What a check did. */
export type ReconcileOutcome =
  | { action: 'record_present'; session_id: string; key: string }
  | { action: 'recovered_from_checkpoint'; session_id: string; key: string; turns: number }
  | { action: 'lost_before_checkpoint'; session_id: string; key: string }
  /** A record appeared between the check and the conditional write (S3 answered 412). */
  | { action: 'raced_real_record'; session_id: string; key: string }
  /** A room check that found no session announced in the room (the agent never had a caller). */
  | { action: 'room_without_session'; room_sid: string };

/** The checkpoint key of a session (lib/session-record/keys.ts). */
export { checkpointKey };

/** The room pointer's key; room sids (`RM_...`) are made key-safe. */
export function roomPointerKey(roomSid: string): string {
  return `${ROOM_POINTERS_PREFIX}${roomSid.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 200) || '_'}.json`;
}

/** A CallFacts with a safe session id and valid times, or the reason it is not one. */
export function validateFacts(facts: CallFacts): string | null {
  if (!SESSION_ID_PATTERN.test(facts.session_id)) return `session id ${JSON.stringify(facts.session_id.slice(0, 200))} is not a safe session id`;
  const start = Date.parse(facts.started_at);
  const end = Date.parse(facts.ended_at);
  if (Number.isNaN(start) || Number.isNaN(end)) return `times must be ISO 8601 (started_at ${facts.started_at}, ended_at ${facts.ended_at})`;
  return null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The checkpoint as the session's record: `partial: true`, end reason `recovered_from_checkpoint`,
 * ended at the later of the checkpoint's and LiveKit's end (the call lasted at least until the
 * webhook), duration to match. Pure. @throws SessionRecordError if the result would be invalid.
 */
export function recoveredRecord(checkpoint: SessionRecord, facts: CallFacts): SessionRecord {
  const start = Date.parse(checkpoint.started_at);
  const end = Math.max(Date.parse(checkpoint.ended_at), Date.parse(facts.ended_at), start);
  return parseSessionRecord({
    ...checkpoint,
    session: { ...checkpoint.session, room_name: checkpoint.session.room_name ?? facts.room_name },
    ended_at: iso(end),
    duration_seconds: Math.round((end - start) / 10) / 100,
    outcome: { ...checkpoint.outcome, end_reason: 'recovered_from_checkpoint' },
    partial: true,
  });
}

const NO_LATENCY = { p50: null, p95: null, samples: 0 };

/**
 * The record of a call nothing but LiveKit saw: room, caller identity (when known), times; no
 * transcript; `partial: true`, end reason `lost_before_checkpoint`. Pure.
 * @throws SessionRecordError if the facts make an invalid record.
 */
export function minimalRecord(facts: CallFacts, priceTableVersion: string): SessionRecord {
  const start = Date.parse(facts.started_at);
  const end = Math.max(Date.parse(facts.ended_at), start);
  return parseSessionRecord({
    schema_version: SCHEMA_VERSION,
    session_id: facts.session_id,
    session: {
      channel: facts.channel ?? 'webrtc',
      agent_name: 'trialist-agent',
      agent_version: RECONCILER_VERSION,
      template_id: 'unknown',
      call_type: 'unknown',
      lead_id: null,
      room_name: facts.room_name,
      replay_source: null,
    },
    caller: { identity: facts.caller_identity, name: null, phone_hash: null, returning_caller: false, call_count: 1 },
    started_at: iso(start),
    ended_at: iso(end),
    duration_seconds: Math.round((end - start) / 10) / 100,
    transcript: [],
    discovered_signals: emptySignals(),
    tool_calls: [],
    outcome: { stage_reached: 'greet', meeting_booked: false, meeting_time: null, end_reason: 'lost_before_checkpoint' },
    consent: { recording: 'not_asked', data_processing: 'not_asked', recorded_at: null },
    metrics_summary: {
      user_turns: 0,
      agent_turns: 0,
      end_of_utterance_delay_ms: NO_LATENCY,
      llm_ttft_ms: NO_LATENCY,
      tts_ttfb_ms: NO_LATENCY,
      end_to_end_ms: NO_LATENCY,
      llm_prompt_tokens: 0,
      llm_completion_tokens: 0,
      stt_audio_seconds: 0,
      tts_characters: 0,
      tts_audio_seconds: 0,
    },
    cost_summary: { price_table_version: priceTableVersion, total_usd: 0, by_provider: [] },
    partial: true,
  });
}

/**
 * The `sessions/` keys a session started between `from` and `to` could have: one per UTC day from
 * the day before `from` (clock skew) to the day of `to`, at most 8 days.
 */
export function candidateSessionKeys(sessionId: string, from: string, to: string): string[] {
  const dayMs = 86_400_000;
  const start = Date.parse(from);
  const end = Math.min(Math.max(Date.parse(to), start), start + 7 * dayMs);
  const keys: string[] = [];
  for (let t = Math.floor(start / dayMs) * dayMs - dayMs; t <= end; t += dayMs) keys.push(sessionKey(sessionId, iso(t)));
  return keys;
}

/** Dependencies of a check. */
export interface ReconcileDeps {
  s3: S3Client;
  bucket: string;
  /** `cost_summary.price_table_version` of a minimal record (lib/pricing PRICE_TABLE_VERSION). */
  priceTableVersion: string;
}

/** The checkpoint of a session, or null when there is none. @throws RecordDecodeError for an unreadable one; S3 errors. */
export async function readCheckpoint(deps: ReconcileDeps, sessionId: string): Promise<SessionRecord | null> {
  try {
    const opened = await openObject(deps.s3, deps.bucket, checkpointKey(sessionId));
    return decodeSessionRecord(await opened.read(16 * 1024 * 1024));
  } catch (e) {
    if (e instanceof PipelineError && e.reason === 'object_missing') return null;
    throw e;
  }
}

/** Whether S3 refused a conditional write because the object exists (412 Precondition Failed). */
function isPreconditionFailed(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return err?.name === 'PreconditionFailed' || err?.$metadata?.httpStatusCode === 412;
}

/**
 * Check one session (see the module comment) and write its record when it has none.
 * @throws Error for invalid facts; RecordDecodeError for an unreadable checkpoint; the S3 client's
 *   errors (the caller retries: the check is idempotent).
 */
export async function reconcileSession(deps: ReconcileDeps, facts: CallFacts): Promise<ReconcileOutcome> {
  const invalid = validateFacts(facts);
  if (invalid) throw new Error(`cannot reconcile: ${invalid}`);
  const sessionId = facts.session_id;
  const checkpoint = await readCheckpoint(deps, sessionId);
  const candidates = checkpoint ? [sessionKey(sessionId, checkpoint.started_at)] : candidateSessionKeys(sessionId, facts.started_at, facts.ended_at);
  for (const key of candidates) {
    if (await objectListed(deps.s3, deps.bucket, key)) return { action: 'record_present', session_id: sessionId, key };
  }
  const record = checkpoint ? recoveredRecord(checkpoint, facts) : minimalRecord(facts, deps.priceTableVersion);
  const action = record.outcome.end_reason as 'recovered_from_checkpoint' | 'lost_before_checkpoint';
  const key = sessionKey(sessionId, record.started_at);
  try {
    await deps.s3.send(
      new PutObjectCommand({
        Bucket: deps.bucket,
        Key: key,
        Body: encodeSessionRecord(record),
        ContentType: 'application/json',
        ContentEncoding: 'gzip',
        IfNoneMatch: '*',
        Metadata: { 'schema-version': String(record.schema_version), [RECONCILED_METADATA]: action },
      }),
    );
  } catch (e) {
    if (isPreconditionFailed(e)) return { action: 'raced_real_record', session_id: sessionId, key };
    throw e;
  }
  return action === 'recovered_from_checkpoint'
    ? { action, session_id: sessionId, key, turns: record.transcript.length }
    : { action, session_id: sessionId, key };
}

/** Keep the room pointer for a session's room (idempotent: the same facts give the same object). */
export async function writeRoomPointer(deps: Pick<ReconcileDeps, 's3' | 'bucket'>, facts: CallFacts): Promise<string> {
  const key = roomPointerKey(facts.room_sid);
  const pointer: RoomPointer = { room_sid: facts.room_sid, facts };
  await deps.s3.send(new PutObjectCommand({ Bucket: deps.bucket, Key: key, Body: JSON.stringify(pointer), ContentType: 'application/json' }));
  return key;
}

/** The room pointer, or null when no session was announced in the room. @throws S3 errors; Error for a malformed pointer. */
export async function readRoomPointer(deps: Pick<ReconcileDeps, 's3' | 'bucket'>, roomSid: string): Promise<RoomPointer | null> {
  let bytes: Buffer;
  try {
    bytes = await (await openObject(deps.s3, deps.bucket, roomPointerKey(roomSid))).read(64 * 1024);
  } catch (e) {
    if (e instanceof PipelineError && e.reason === 'object_missing') return null;
    throw e;
  }
  const pointer = JSON.parse(bytes.toString('utf8')) as RoomPointer;
  if (!pointer?.facts || typeof pointer.facts.session_id !== 'string') throw new Error(`malformed room pointer ${roomPointerKey(roomSid)}`);
  return pointer;
}

/**
 * Run one scheduled check: a session check directly; a room check through the room's pointer
 * (ending no earlier than the room did), or `room_without_session` when the agent announced none.
 * This is what the reconcile Lambda, the local stack and the fault bench call.
 */
export async function runReconcileCheck(deps: ReconcileDeps, check: ReconcileCheck): Promise<ReconcileOutcome> {
  if (check.kind === 'session') return reconcileSession(deps, check.facts);
  const pointer = await readRoomPointer(deps, check.room_sid);
  if (!pointer) return { action: 'room_without_session', room_sid: check.room_sid };
  const endedAt = Date.parse(check.ended_at) > Date.parse(pointer.facts.ended_at) ? check.ended_at : pointer.facts.ended_at;
  return reconcileSession(deps, { ...pointer.facts, ended_at: endedAt, source: `${pointer.facts.source}+room_finished` });
}

/** Parse a scheduled check from a queue message body. @throws Error naming what is wrong. */
export function parseReconcileCheck(body: string): ReconcileCheck {
  const value = JSON.parse(body) as ReconcileCheck;
  if (value?.kind === 'session' && value.facts && typeof value.facts.session_id === 'string') {
    const invalid = validateFacts(value.facts);
    if (invalid) throw new Error(`reconcile check: ${invalid}`);
    return value;
  }
  if (value?.kind === 'room' && typeof value.room_sid === 'string' && typeof value.ended_at === 'string') return value;
  throw new Error('reconcile check: expected {kind:"session",facts} or {kind:"room",room_sid,ended_at}');
}
