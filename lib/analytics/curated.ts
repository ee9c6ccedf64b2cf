/**
 * The curated tables: Parquet, one folder per day (`call_date=YYYY-MM-DD`), rebuilt whole by
 * compaction (lib/lake) from the raw tables, which stay the audit trail.
 *
 * - `curated_sessions`: one row per call: every signal, the score and tier with `rules_version`,
 *   outcome, stage reached, cost per provider and in total, latency p50/p95, turn and token counts,
 *   template and call type, `started_at` as a real timestamp, and the call analysis's categorical
 *   fields (next step kind and time, interest, authority, budget, objection kinds with whether each
 *   was accepted, competitors, question topics; NULL for records without an `analysis` block); no
 *   transcript text and no quotes.
 * - `curated_turns`: one row per transcript turn (session, index, speaker, offsets, the call's
 *   stage reached, start time) with its text after PII redaction (lib/privacy/redact-pii.ts).
 *
 * Each table's columns are a zod schema (the single source: Glue columns via glueColumnsOf, the
 * compaction SELECT via CURATED_*_EXPRESSIONS, which a test keeps in step with the schema). The
 * SELECTs read the raw views `voice_sessions v` and `lead_scores s` and run on DuckDB (local
 * compaction, with lib/local/lake.ts's Trino-compatible macros) and Athena (UNLOAD).
 */
import * as z from '../zod-mini';
import { glueColumnsOf, type GlueColumn } from './glue-columns';
import { Channel, EndReason, ProviderCost, Role, SessionId, SessionMeta, Stage, Urgency, TranscriptTurn } from '../session-record/schema';
import { Tier } from '../scoring/score';
import { AuthorityLevel, InterestLevel, NextStepKind, ObjectionKind } from '../analysis/schema';
import { redactPiiSql, type SqlEngine } from '../privacy/redact-pii';

export type { SqlEngine };

/** Partition key of both curated tables: the call's UTC start date, `YYYY-MM-DD` (a string, as Glue keeps it). */
export const CURATED_PARTITION_KEY = 'call_date';
export const CURATED_SESSIONS_TABLE = 'curated_sessions';
export const CURATED_TURNS_TABLE = 'curated_turns';

const Timestamp = z.iso.datetime({ offset: false });
const Ms = z.nullable(z.number());

/** One row of `curated_sessions` (Parquet column names and types). */
export const CuratedSessionSchema = z.strictObject({
  session_id: SessionId,
  started_at: Timestamp,
  ended_at: Timestamp,
  duration_seconds: z.number(),
  channel: Channel,
  template_id: z.string(),
  call_type: SessionMeta.shape.call_type,
  agent_version: z.string(),
  lead_id: z.nullable(z.string()),
  /** The caller's phone hash (caller-memory key), for cohorts of returning callers; never the number. */
  caller_hash: z.nullable(z.string()),
  returning_caller: z.boolean(),
  caller_call_count: z.int(),
  team_size: z.nullable(z.int()),
  /** Documents per month. */
  monthly_volume: z.nullable(z.number()),
  integration_needs: z.array(z.string()),
  current_solution: z.array(z.string()),
  urgency: z.nullable(Urgency),
  industry: z.nullable(z.string()),
  use_case: z.nullable(z.string()),
  pain_points: z.array(z.string()),
  /** 0-100; null until score-lead scored the call. */
  score: z.nullable(z.int()),
  tier: z.nullable(Tier),
  rules_version: z.nullable(z.string()),
  qualified: z.nullable(z.boolean()),
  scored_at: z.nullable(Timestamp),
  stage_reached: Stage,
  meeting_booked: z.boolean(),
  end_reason: EndReason,
  consent_recording: z.string(),
  consent_data_processing: z.string(),
  price_table_version: z.string(),
  /** USD. */
  cost_total_usd: z.number(),
  cost_by_provider: z.array(ProviderCost),
  /** Agent response latency end to end, the call's p50/p95 (ms). */
  latency_p50_ms: Ms,
  latency_p95_ms: Ms,
  llm_ttft_p50_ms: Ms,
  llm_ttft_p95_ms: Ms,
  tts_ttfb_p50_ms: Ms,
  tts_ttfb_p95_ms: Ms,
  user_turns: z.int(),
  agent_turns: z.int(),
  llm_prompt_tokens: z.int(),
  llm_completion_tokens: z.int(),
  stt_audio_seconds: z.number(),
  tts_characters: z.int(),
  tool_calls: z.int(),
  // The call analysis (lib/analysis/schema.ts), what analysts group by; every column is NULL for a
  // record without an `analysis` block (schema_version 1, or data processing denied).
  /** Version of the analyser that wrote the block. */
  analyzer_version: z.nullable(z.string()),
  next_step_kind: z.nullable(NextStepKind),
  /**
   * The next step's time (`next_step.when_iso`) in UTC: a date alone is its midnight, a time said
   * without a zone is read as UTC (as the analyser resolves it); NULL when none or unreadable.
   */
  next_step_at: z.nullable(Timestamp),
  interest_level: z.nullable(InterestLevel),
  /** The interest cues' summed weight. */
  interest_score: z.nullable(z.int()),
  authority_level: z.nullable(AuthorityLevel),
  budget_mentioned: z.nullable(z.boolean()),
  /** One entry per objection the caller raised, in call order; `accepted` null when the call does not say. */
  objections: z.nullable(z.array(z.strictObject({ kind: ObjectionKind, accepted: z.nullable(z.boolean()) }))),
  /** Competitor ids (lib/analysis/vocabulary), in call order. */
  competitors: z.nullable(z.array(z.string())),
  /** Topics of the caller's questions, one per question. */
  question_topics: z.nullable(z.array(z.string())),
});
export type CuratedSession = z.infer<typeof CuratedSessionSchema>;

/** One row of `curated_turns`. */
export const CuratedTurnSchema = z.strictObject({
  session_id: SessionId,
  started_at: Timestamp,
  turn_index: z.int(),
  /** `user` (the caller) or `agent`. */
  speaker: Role,
  /** Offsets from the call's start, ms. */
  start_ms: z.number(),
  end_ms: z.number(),
  interrupted: z.boolean(),
  /** The stage the call reached (the record keeps no stage per turn). */
  stage_reached: Stage,
  /** The turn's words with e-mails, phone, card and account numbers replaced by labels. */
  text: z.string(),
});
export type CuratedTurn = z.infer<typeof CuratedTurnSchema>;

const ts = (expr: string) => `CAST(from_iso8601_timestamp(${expr}) AS timestamp)`;

/**
 * The `when_iso` of a next step as a UTC timestamp, NULL when it does not read as one. DuckDB's
 * cast wants seconds before an offset (`T10:00+02:00`), so they are added; Trino's
 * from_iso8601_timestamp reads the analyser's forms as they are.
 */
function isoToUtcTimestamp(expr: string, engine: SqlEngine): string {
  if (engine === 'trino') return `CAST(try(from_iso8601_timestamp(${expr})) AT TIME ZONE 'UTC' AS timestamp)`;
  return `CAST(TRY_CAST(regexp_replace(${expr}, '^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})([+-]|Z|$)', '\\1:00\\2') AS TIMESTAMPTZ) AS TIMESTAMP)`;
}

/** `transform` (Trino) / `list_transform` (DuckDB) of an array with a one-argument lambda `x`. */
const mapArray = (engine: SqlEngine, arr: string, body: string) =>
  engine === 'trino' ? `transform(${arr}, x -> ${body})` : `list_transform(${arr}, lambda x: ${body})`;

/**
 * The SQL expression of each `curated_sessions` column over `voice_sessions v` and `lead_scores s`,
 * in schema order, for an engine (the analysis arrays and the next step's time differ).
 */
export function curatedSessionExpressions(engine: SqlEngine): Readonly<Record<keyof CuratedSession, string>> {
  const objection = engine === 'trino' ? 'CAST(ROW(x.kind, x.accepted) AS ROW(kind varchar, accepted boolean))' : 'struct_pack(kind := x.kind, accepted := x.accepted)';
  return {
    session_id: 'v.session_id',
    started_at: ts('v.started_at'),
    ended_at: ts('v.ended_at'),
    duration_seconds: 'v.duration_seconds',
    channel: 'v.session.channel',
    template_id: 'v.session.template_id',
    call_type: 'v.session.call_type',
    agent_version: 'v.session.agent_version',
    lead_id: 'v.session.lead_id',
    caller_hash: 'v.caller.phone_hash',
    returning_caller: 'v.caller.returning_caller',
    caller_call_count: 'v.caller.call_count',
    team_size: 'v.discovered_signals.team_size',
    monthly_volume: 'v.discovered_signals.monthly_volume',
    integration_needs: 'v.discovered_signals.integration_needs',
    current_solution: 'v.discovered_signals.current_solution',
    urgency: 'v.discovered_signals.urgency',
    industry: 'v.discovered_signals.industry',
    use_case: 'v.discovered_signals.use_case',
    pain_points: 'v.discovered_signals.pain_points',
    score: 's.score',
    tier: 's.tier',
    rules_version: 's.rules_version',
    qualified: 's.qualified',
    scored_at: ts('s.scored_at'),
    stage_reached: 'v.outcome.stage_reached',
    meeting_booked: 'v.outcome.meeting_booked',
    end_reason: 'v.outcome.end_reason',
    consent_recording: 'v.consent.recording',
    consent_data_processing: 'v.consent.data_processing',
    price_table_version: 'v.cost_summary.price_table_version',
    cost_total_usd: 'v.cost_summary.total_usd',
    cost_by_provider: 'v.cost_summary.by_provider',
    latency_p50_ms: 'v.metrics_summary.end_to_end_ms.p50',
    latency_p95_ms: 'v.metrics_summary.end_to_end_ms.p95',
    llm_ttft_p50_ms: 'v.metrics_summary.llm_ttft_ms.p50',
    llm_ttft_p95_ms: 'v.metrics_summary.llm_ttft_ms.p95',
    tts_ttfb_p50_ms: 'v.metrics_summary.tts_ttfb_ms.p50',
    tts_ttfb_p95_ms: 'v.metrics_summary.tts_ttfb_ms.p95',
    user_turns: 'v.metrics_summary.user_turns',
    agent_turns: 'v.metrics_summary.agent_turns',
    llm_prompt_tokens: 'v.metrics_summary.llm_prompt_tokens',
    llm_completion_tokens: 'v.metrics_summary.llm_completion_tokens',
    stt_audio_seconds: 'v.metrics_summary.stt_audio_seconds',
    tts_characters: 'v.metrics_summary.tts_characters',
    tool_calls: 'cardinality(v.tool_calls)',
    analyzer_version: 'v.analysis.analyzer_version',
    next_step_kind: 'v.analysis.next_step.kind',
    next_step_at: isoToUtcTimestamp('v.analysis.next_step.when_iso', engine),
    interest_level: 'v.analysis.interest.level',
    interest_score: 'v.analysis.interest.score',
    authority_level: 'v.analysis.authority.level',
    budget_mentioned: 'v.analysis.budget.mentioned',
    objections: mapArray(engine, 'v.analysis.objections', objection),
    competitors: mapArray(engine, 'v.analysis.competitors', 'x.id'),
    question_topics: mapArray(engine, 'v.analysis.questions', 'x.topic'),
  };
}

/**
 * The SQL expression of each `curated_turns` column; `t.` names a transcript turn's field,
 * `v.` the session. `text` is redacted per engine (redactPiiSql).
 */
export function curatedTurnExpressions(engine: SqlEngine): Readonly<Record<keyof CuratedTurn, string>> {
  return {
    session_id: 'v.session_id',
    started_at: ts('v.started_at'),
    turn_index: 't.turn_index',
    speaker: 't.role',
    start_ms: 't.start_ms',
    end_ms: 't.end_ms',
    interrupted: 't.interrupted',
    stage_reached: 'v.outcome.stage_reached',
    text: redactPiiSql('t.text', engine),
  };
}

/** A day, `YYYY-MM-DD`; validated before it goes into SQL. */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function dayPredicate(alias: string, day: string): string {
  if (!DAY_PATTERN.test(day)) throw new Error(`not a day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const [y, m, d] = day.split('-');
  return `${alias}.year = '${y}' AND ${alias}.month = '${m}' AND ${alias}.day = '${d}'`;
}

const select = (exprs: Record<string, string>) =>
  Object.entries(exprs)
    .map(([name, e]) => `  ${e} AS ${name}`)
    .join(',\n');

/**
 * The SELECT building one day of `curated_sessions` from the raw views (both engines; the score
 * comes from the same day's `lead_scores` partition, missing until scored).
 * @throws Error when `day` is not `YYYY-MM-DD`.
 */
export function curatedSessionsSql(day: string, engine: SqlEngine): string {
  return `SELECT
${select(curatedSessionExpressions(engine))}
FROM voice_sessions v
LEFT JOIN lead_scores s ON s.session_id = v.session_id AND ${dayPredicate('s', day)}
WHERE ${dayPredicate('v', day)} AND v.session_id IS NOT NULL`;
}

/** Field names of a transcript turn, in the record's order (Trino's UNNEST names them by position). */
const TURN_FIELDS = Object.keys(TranscriptTurn.shape);

/**
 * The SELECT building one day of `curated_turns` for an engine (UNNEST differs: Trino expands a
 * row's fields into named columns, DuckDB yields the struct).
 * @throws Error when `day` is not `YYYY-MM-DD`.
 */
export function curatedTurnsSql(day: string, engine: SqlEngine): string {
  const exprs = curatedTurnExpressions(engine);
  if (engine === 'trino') {
    return `SELECT
${select(exprs)}
FROM voice_sessions v
CROSS JOIN UNNEST(v.transcript) AS t(${TURN_FIELDS.join(', ')})
WHERE ${dayPredicate('v', day)} AND v.session_id IS NOT NULL`;
  }
  return `SELECT
${select(exprs)}
FROM (SELECT v.session_id, v.started_at, v.outcome, unnest(v.transcript) AS t
  FROM voice_sessions v WHERE ${dayPredicate('v', day)} AND v.session_id IS NOT NULL) v`;
}

/** A curated table: name, row schema and its Glue columns (timestamps typed `timestamp`). */
export interface CuratedTable {
  name: typeof CURATED_SESSIONS_TABLE | typeof CURATED_TURNS_TABLE;
  columns(): GlueColumn[];
  /** The SELECT that builds one day. */
  sql(day: string, engine: SqlEngine): string;
}

export const CURATED_TABLES: readonly CuratedTable[] = [
  { name: CURATED_SESSIONS_TABLE, columns: () => glueColumnsOf(CuratedSessionSchema, { timestamps: true }), sql: curatedSessionsSql },
  { name: CURATED_TURNS_TABLE, columns: () => glueColumnsOf(CuratedTurnSchema, { timestamps: true }), sql: curatedTurnsSql },
];
