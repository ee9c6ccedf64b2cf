/**
 * The session record contract, `schema_version: 2` (1 still read): one JSON document per finished call,
 * snake_case, stored gzip-compressed under `sessions/` (see ./keys.ts).
 *
 * This zod schema (zod/mini, see ../zod-mini.ts) is the single source of truth: the TypeScript types below, runtime validation
 * (`parseSessionRecord`), the JSON Schema file (`schema/session-record.schema.json`, written by
 * `trialist schema`) and the Glue table columns (./glue-columns.ts) all derive from it.
 * Change it only on purpose, with a new `schema_version`.
 */
import * as z from '../zod-mini';
import { parseOrThrow, SchemaError } from '../validation';
import { SESSION_ID_PATTERN } from './keys';
import { CallAnalysisSchema } from '../analysis/schema';

/**
 * The schema version this code writes. Version 2 added the optional `analysis` block (call analysis,
 * lib/analysis); version 1 records (no analysis) still parse and score.
 */
export const SCHEMA_VERSION = 2 as const;
/** Every schema version this code reads. */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

/** A session id (see SESSION_ID_PATTERN in ./keys.ts: the key layout is why ids are restricted). */
export const SessionId = z.string().check(z.regex(SESSION_ID_PATTERN, 'session_id must match ^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$'));

/** ISO 8601 timestamp in UTC with a `Z` suffix, e.g. `2026-11-21T09:30:00.000Z`. */
const UtcTimestamp = z.iso.datetime({ offset: false });
const NonNegInt = z.int().check(z.nonnegative());
const NonNeg = z.number().check(z.nonnegative());

/** Who spoke a turn. `user` is the caller; `agent` is our voice agent. */
export const Role = z.enum(['user', 'agent']);

/** One utterance in the transcript; offsets are ms from session start. */
export const TranscriptTurn = z.object({
  turn_index: NonNegInt,
  role: Role,
  text: z.string(),
  start_ms: NonNeg,
  end_ms: NonNeg,
  /** true when the caller barged in and cut this agent turn short. */
  interrupted: z.boolean(),
});

export const Urgency = z.enum(['high', 'medium', 'low']);

/** Which signal a piece of evidence supports. */
export const SignalField = z.enum([
  'team_size',
  'monthly_volume',
  'integration_needs',
  'current_solution',
  'urgency',
  'industry',
  'use_case',
  'pain_points',
]);

/** Where a signal came from: the caller turn, the quoted span, and the extractor's confidence 0-1. */
export const SignalEvidence = z.object({
  field: SignalField,
  /** The value this quote supports, as text (a number, a canonical id or a label). */
  value: z.string(),
  turn_index: NonNegInt,
  quote: z.string(),
  confidence: z.number().check(z.gte(0), z.lte(1)),
});

/**
 * Lead signals the caller gave away, aggregated over the caller's turns (never the agent's),
 * with later corrections applied. Canonical ids are snake_case (e.g. `salesforce`, `docusign`,
 * `real_estate`).
 */
export const DiscoveredSignals = z.object({
  /** People in the caller's team who would use the product. */
  team_size: z.nullable(NonNegInt),
  /** Documents per month, normalized from per day/week/quarter/year. */
  monthly_volume: z.nullable(NonNeg),
  integration_needs: z.array(z.string()),
  current_solution: z.array(z.string()),
  urgency: z.nullable(Urgency),
  industry: z.nullable(z.string()),
  use_case: z.nullable(z.string()),
  pain_points: z.array(z.string()),
  evidence: z.array(SignalEvidence),
});

/** One tool the agent ran during the call. */
export const ToolCall = z.object({
  call_id: z.string(),
  name: z.string(),
  /** The tool's arguments as JSON text (a JSON object), so Athena can `json_extract` it. */
  arguments: z.string(),
  outcome: z.enum(['success', 'error']),
  /** The tool's output (or error message), truncated to 2,000 characters. */
  output: z.string(),
  latency_ms: NonNeg,
  /** Transcript turn after which the tool ran. */
  turn_index: NonNegInt,
});

/** Conversation stages, in the order a qualified call moves through them. */
export const Stage = z.enum(['greet', 'verify', 'qualify', 'answer', 'objections', 'book', 'exit']);

export const EndReason = z.enum([
  'caller_hangup',
  'agent_ended',
  'timeout',
  'error',
  'shutdown',
  'replay_complete',
  /** The agent never exported; reconciliation promoted its last checkpoint (`partial: true`). */
  'recovered_from_checkpoint',
  /** Neither a record nor a checkpoint: reconciliation wrote what LiveKit's webhooks told (`partial: true`). */
  'lost_before_checkpoint',
]);

export const Outcome = z.object({
  stage_reached: Stage,
  meeting_booked: z.boolean(),
  /** The booked slot as the caller agreed it (e.g. `2026-11-24T15:00:00Z` or "Tuesday 3pm ET"), else null. */
  meeting_time: z.nullable(z.string()),
  end_reason: EndReason,
});

export const ConsentStatus = z.enum(['granted', 'denied', 'not_asked']);

export const Consent = z.object({
  recording: ConsentStatus,
  data_processing: ConsentStatus,
  /** When the caller answered the consent question, else null. */
  recorded_at: z.nullable(UtcTimestamp),
});

/** p50/p95 over the call's turns, in ms; null when the call produced no sample. */
export const LatencyPercentiles = z.object({
  p50: z.nullable(NonNeg),
  p95: z.nullable(NonNeg),
  samples: NonNegInt,
});

export const MetricsSummary = z.object({
  user_turns: NonNegInt,
  agent_turns: NonNegInt,
  /** Per-turn latency from the framework's metrics (ms). */
  end_of_utterance_delay_ms: LatencyPercentiles,
  llm_ttft_ms: LatencyPercentiles,
  tts_ttfb_ms: LatencyPercentiles,
  end_to_end_ms: LatencyPercentiles,
  llm_prompt_tokens: NonNegInt,
  llm_completion_tokens: NonNegInt,
  stt_audio_seconds: NonNeg,
  tts_characters: NonNegInt,
  tts_audio_seconds: NonNeg,
});

export const ProviderCost = z.object({
  /** e.g. `openai`, `deepgram`, `elevenlabs`, `livekit`. */
  provider: z.string(),
  service: z.enum(['stt', 'llm', 'tts', 'transport']),
  model: z.string(),
  usd: NonNeg,
});

/** USD per provider, priced with the versioned price table named by `price_table_version`. */
export const CostSummary = z.object({
  price_table_version: z.string(),
  total_usd: NonNeg,
  by_provider: z.array(ProviderCost),
});

export const Channel = z.enum(['sip', 'webrtc', 'replay']);

export const Caller = z.object({
  /** LiveKit participant identity, or the speaker name in a replayed transcript. */
  identity: z.nullable(z.string()),
  /** Display name the caller gave, if any. */
  name: z.nullable(z.string()),
  /**
   * Keyed hash (HMAC-SHA256 hex, lib/privacy/phone-hash.ts) of the E.164 phone number: the
   * caller-memory key; never the number itself. Older records carry an unkeyed SHA-256.
   */
  phone_hash: z.nullable(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
  /** Id of the key `phone_hash` was made with (absent: the unkeyed SHA-256 of older records). */
  phone_hash_key_id: z.optional(z.nullable(z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)))),
  returning_caller: z.boolean(),
  /** Calls from this caller including this one (1 for a first call). */
  call_count: z.int().check(z.positive()),
});

export const SessionMeta = z.object({
  channel: Channel,
  agent_name: z.string(),
  agent_version: z.string(),
  template_id: z.string(),
  call_type: z.enum(['inbound-qualified', 'unqualified', 'unknown']),
  lead_id: z.nullable(z.string()),
  room_name: z.nullable(z.string()),
  /** For replays: the recorded call's file name (no directories). */
  replay_source: z.nullable(z.string()),
});

/** How a live call ended, more precisely than `outcome.end_reason`. */
export const EndDetail = z.enum([
  /** The caller hung up. */
  'caller_hangup',
  /** The agent said goodbye and ended the call (end_call). */
  'agent_goodbye',
  /** The template's maximum call length was reached (end_reason `timeout`). */
  'max_duration',
  /** The caller stayed silent after the agent's re-prompt (end_reason `timeout`). */
  'caller_away',
  /** Every provider of a service (STT, LLM or TTS) failed; the caller heard an apology when TTS allowed (end_reason `error`). */
  'providers_failed',
  /** Another unrecoverable session error (end_reason `error`). */
  'session_error',
  /** The worker drained or stopped with the caller on the line (end_reason `shutdown`). */
  'worker_drain',
  /** The call was handed to a sales rep (warm transfer); the agent left. */
  'transferred',
]);

/** A provider changing availability during the call (the framework's FallbackAdapter events). */
export const ProviderFailover = z.object({
  /** ms since the call started. */
  at_ms: NonNeg,
  service: z.enum(['stt', 'llm', 'tts']),
  /** The provider instance, as `provider/model` (e.g. `openai/gpt-4.1-mini`). */
  provider: z.string(),
  /** false: marked down, the next provider in the template's list takes over; true: recovered. */
  available: z.boolean(),
});

/** Which providers served one agent turn (from the framework's LLM/TTS metrics), `provider/model`. */
export const TurnProviders = z.object({
  turn_index: NonNegInt,
  llm: z.nullable(z.string()),
  tts: z.nullable(z.string()),
});

/** A warm transfer to a sales rep (hot lead, business hours, a rep configured). */
export const WarmTransfer = z.object({
  /** ms since the call started when the transfer was attempted. */
  at_ms: NonNeg,
  /** `transferred`: the rep took the call; `failed`: dialling or the hand-off failed; `declined`: the rep declined; fell back to booking. */
  status: z.enum(['transferred', 'failed', 'declined']),
  /** The rep's label from configuration (never a phone number). */
  rep: z.nullable(z.string()),
  /** Why it failed or was declined, when it did. */
  reason: z.nullable(z.string()),
});

/** What happened on the line during a live call (absent on replays and records written before it existed). */
export const LiveCall = z.object({
  end_detail: z.optional(EndDetail),
  /** ms from the caller joining to the agent's first audio (the greeting), null when the agent never spoke. */
  time_to_first_audio_ms: z.nullable(NonNeg),
  /** ms from the job starting to the caller being greeted: template, memory and room join (run in parallel). */
  startup_ms: z.optional(z.nullable(NonNeg)),
  failovers: z.array(ProviderFailover),
  turn_providers: z.array(TurnProviders),
  transfer: z.optional(WarmTransfer),
  /** Times the agent re-prompted a caller who had gone quiet. */
  away_prompts: z.optional(NonNegInt),
});

export const SessionRecordSchema = z
  .strictObject({
    schema_version: z.literal([1, SCHEMA_VERSION]),
    session_id: SessionId,
    session: SessionMeta,
    caller: Caller,
    started_at: UtcTimestamp,
    ended_at: UtcTimestamp,
    duration_seconds: NonNeg,
    transcript: z.array(TranscriptTurn),
    discovered_signals: DiscoveredSignals,
    tool_calls: z.array(ToolCall),
    outcome: Outcome,
    consent: Consent,
    metrics_summary: MetricsSummary,
    cost_summary: CostSummary,
    /** true when the record is incomplete (a checkpoint, or one reconciliation wrote); absent on a complete record. */
    partial: z.optional(z.boolean()),
    /** Line events of a live call: end detail, time to first audio, provider failovers, warm transfer. */
    live_call: z.optional(LiveCall),
    /**
     * What a sales rep needs from the call (lib/analysis: next step, interest, objections, BANT,
     * competitors, questions, summary) with evidence. Written by the agent (live calls and replays)
     * from v2 on; absent on v1 records, on records recovered from a checkpoint and when data
     * processing was denied. Consumers compute it when absent (lib/analysis `analysisOf`).
     */
    analysis: z.optional(CallAnalysisSchema),
  })
  .check(
    z.refine((r) => Date.parse(r.ended_at) >= Date.parse(r.started_at), {
      message: 'ended_at is before started_at',
      path: ['ended_at'],
    }),
  );

export type SessionRecord = z.infer<typeof SessionRecordSchema>;
export type TranscriptTurn = z.infer<typeof TranscriptTurn>;
export type DiscoveredSignals = z.infer<typeof DiscoveredSignals>;
export type SignalEvidence = z.infer<typeof SignalEvidence>;
export type SignalField = z.infer<typeof SignalField>;
export type ToolCall = z.infer<typeof ToolCall>;
export type Outcome = z.infer<typeof Outcome>;
export type Consent = z.infer<typeof Consent>;
export type MetricsSummary = z.infer<typeof MetricsSummary>;
export type CostSummary = z.infer<typeof CostSummary>;
export type Stage = z.infer<typeof Stage>;
export type Urgency = z.infer<typeof Urgency>;
export type Role = z.infer<typeof Role>;
export type LiveCall = z.infer<typeof LiveCall>;
export type EndDetail = z.infer<typeof EndDetail>;
export type ProviderFailover = z.infer<typeof ProviderFailover>;
export type WarmTransfer = z.infer<typeof WarmTransfer>;

/** Signals with nothing found: the value a collector starts from. */
export function emptySignals(): DiscoveredSignals {
  return {
    team_size: null,
    monthly_volume: null,
    integration_needs: [],
    current_solution: [],
    urgency: null,
    industry: null,
    use_case: null,
    pain_points: [],
    evidence: [],
  };
}

/** Raised when a document is not a valid session record; `issues` lists every problem with its path. */
export class SessionRecordError extends SchemaError {
  override name = 'SessionRecordError';
}

/**
 * Validate an unknown value (parsed JSON) as a session record.
 * @throws SessionRecordError naming the schema version problem, or each invalid field by path.
 */
export function parseSessionRecord(value: unknown): SessionRecord {
  if (typeof value === 'object' && value !== null && 'schema_version' in value) {
    const v = (value as { schema_version: unknown }).schema_version;
    if (typeof v !== 'number' || !READABLE_SCHEMA_VERSIONS.includes(v)) {
      throw new SessionRecordError(`unsupported schema_version ${JSON.stringify(v)} (this code reads ${READABLE_SCHEMA_VERSIONS.join(' and ')})`, [
        'schema_version',
      ]);
    }
  }
  return parseOrThrow(SessionRecordSchema, value, 'session record', SessionRecordError);
}

/** The JSON Schema (draft 2020-12) of the session record, generated from the zod schema. */
export function sessionRecordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SessionRecordSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}
