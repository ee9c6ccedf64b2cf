/**
 * Lead scoring: an explainable 0-100 score and tier (hot / warm / cold) from a session's signals
 * and outcome. Pure: no I/O. Every point carries a reason with the rule id and, where the signal
 * came from the caller's words, the evidence (turn index and quote).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import * as z from '../zod-mini';
import { parseOrThrow, SchemaError } from '../validation';
import {
  SessionId,
  sessionKey,
  Urgency,
  type SessionRecord,
  type SignalEvidence,
  type SignalField,
} from '../session-record';
import { analysisOf } from '../analysis/record';
import { InterestLevel, NextStepKind, type AnalysisEvidence, type CallAnalysis } from '../analysis/schema';
import { redactPii } from '../privacy/redact';
import { DEFAULT_RULES, usesAnalysis, type RulesConfig, type ScoringRule } from './rules';

/** The stored score record's version; bump only with a new contract. */
export const LEAD_SCORE_SCHEMA_VERSION = 1 as const;
/** Prefix of score records; same partitioning and file name as `sessions/`. */
import { SCORES_PREFIX } from '../bucket-layout';

export { SCORES_PREFIX };
/** Longest quote kept in a reason, characters. */
export const MAX_QUOTE_CHARS = 300;

export const Tier = z.enum(['hot', 'warm', 'cold']);
export type Tier = z.infer<typeof Tier>;

/** Why some points were given: rule id, points (int), a sentence, and the evidence if any. */
export const ScoreReason = z.object({
  rule: z.string(),
  points: z.int(),
  reason: z.string(),
  /** Transcript turn the evidence is from, else null (e.g. returning caller). */
  turn_index: z.nullable(z.int().check(z.nonnegative())),
  /** The caller's words (from discovered_signals.evidence) with PII redacted (lib/privacy), else null. */
  quote: z.nullable(z.string()),
});
export type ScoreReason = z.infer<typeof ScoreReason>;

const UtcTimestamp = z.iso.datetime({ offset: false });

/**
 * The stored lead score (`scores/year=YYYY/month=MM/day=DD/{session_id}.json.gz`, gzip JSON):
 * flat so Athena/DuckDB can read it as a table (`lead_scores`) and join it to `voice_sessions`.
 */
export const LeadScoreSchema = z.strictObject({
  schema_version: z.literal(LEAD_SCORE_SCHEMA_VERSION),
  session_id: SessionId,
  /** The session's start (copied from the record; drives the partition). */
  started_at: UtcTimestamp,
  scored_at: UtcTimestamp,
  rules_version: z.string(),
  /** 0-100, integer. */
  score: z.int().check(z.gte(0), z.lte(100)),
  tier: Tier,
  /** The seeds' rule: team_size >= 5 or monthly_volume >= 100 (thresholds from the rules config). */
  qualified: z.boolean(),
  team_size: z.nullable(z.int().check(z.nonnegative())),
  /** Documents per month. */
  monthly_volume: z.nullable(z.number().check(z.nonnegative())),
  industry: z.nullable(z.string()),
  urgency: z.nullable(Urgency),
  meeting_booked: z.boolean(),
  /** Highest points first. */
  reasons: z.array(ScoreReason),
  /** The agreed next step (call analysis), when the rules read it; absent on scores from rules that do not. */
  next_step: z.optional(z.object({ kind: NextStepKind, when_text: z.nullable(z.string()), when_iso: z.nullable(z.string()) })),
  /** The caller's interest level (call analysis), when the rules read it. */
  interest_level: z.optional(InterestLevel),
});
export type LeadScore = z.infer<typeof LeadScoreSchema>;

/** Raised when a stored score cannot be read; `issues` lists each problem. */
export class LeadScoreError extends SchemaError {
  override name = 'LeadScoreError';
}

/** The quote with PII redacted (lib/privacy: emails, phone, card-like, account-like numbers), then cut to `MAX_QUOTE_CHARS`. */
function clip(text: string): string {
  const quote = redactPii(text);
  return quote.length > MAX_QUOTE_CHARS ? `${quote.slice(0, MAX_QUOTE_CHARS - 1)}…` : quote;
}

/** The latest evidence for a field (later statements win), optionally for one value. */
function evidenceFor(record: SessionRecord, field: SignalField, value?: string): SignalEvidence | undefined {
  const want = value?.toLowerCase();
  let best: SignalEvidence | undefined;
  for (const e of record.discovered_signals.evidence) {
    if (e.field !== field) continue;
    if (want !== undefined && e.value.toLowerCase() !== want) continue;
    if (!best || e.turn_index >= best.turn_index) best = e;
  }
  return best;
}

function reason(rule: string, points: number, text: string, ev?: { turn_index: number; quote: string | null } | null): ScoreReason {
  return { rule, points, reason: redactPii(text), turn_index: ev?.turn_index ?? null, quote: ev?.quote ? clip(ev.quote) : null };
}

function band(bands: readonly { min: number; points: number }[], value: number) {
  return bands.find((b) => value >= b.min);
}

function fmt(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/**
 * Where the meeting was booked: the successful booking tool call's turn, without a quote. The
 * reason says what was booked and when; the caller's turn (their email, their number) and the
 * tool's arguments stay in the record.
 */
function bookingEvidence(record: SessionRecord): { turn_index: number; quote: null } | null {
  const call = [...record.tool_calls].reverse().find((t) => t.outcome === 'success' && /book|meeting|schedul|calendar/i.test(t.name));
  return call ? { turn_index: call.turn_index, quote: null } : null;
}

const KIND_TEXT: Record<string, string> = {
  meeting: 'Agreed a meeting',
  callback: 'Asked to be called back',
  trial_followup: 'Agreed a check-in on the trial',
  send_info: 'Asked us to send information',
};

const fromAnalysis = (e: AnalysisEvidence | null) => (e ? { turn_index: e.turn_index, quote: e.quote } : null);

function applyRule(rule: ScoringRule, record: SessionRecord, analysis: CallAnalysis | null): ScoreReason[] {
  const s = record.discovered_signals;
  switch (rule.kind) {
    case 'next_step': {
      // a booked meeting is a meeting next step whatever the words say
      const booked = record.outcome.meeting_booked && analysis?.next_step.kind !== 'meeting';
      const kind = booked ? 'meeting' : (analysis?.next_step.kind ?? 'none');
      const pts = rule.points[kind];
      if (kind === 'none' || pts === 0) return [];
      if (!analysis || booked) return [reason(rule.id, pts, `Booked a meeting with sales${record.outcome.meeting_time ? ` for ${record.outcome.meeting_time}` : ''}`, bookingEvidence(record))];
      const when = analysis.next_step.when_text ? ` for ${analysis.next_step.when_text}` : '';
      return [reason(rule.id, pts, `${KIND_TEXT[kind]}${when}`, fromAnalysis(analysis.next_step.evidence))];
    }
    case 'interest': {
      if (!analysis) return [];
      const pts = rule.points[analysis.interest.level];
      if (pts === 0) return [];
      const top = analysis.interest.cues.find((c) => c.weight > 0);
      return [reason(rule.id, pts, `Interest is ${analysis.interest.level}${top ? ` (${top.label})` : ''}`, fromAnalysis(top?.evidence ?? null))];
    }
    case 'authority': {
      if (!analysis) return [];
      const pts = rule.points[analysis.authority.level];
      if (pts === 0) return [];
      const who = analysis.authority.level === 'decision_maker' ? 'Caller makes the decision' : 'Caller influences the decision';
      return [reason(rule.id, pts, who, fromAnalysis(analysis.authority.evidence))];
    }
    case 'objections': {
      if (!analysis) return [];
      const out: ScoreReason[] = [];
      let left = rule.max_deduction;
      for (const o of analysis.objections) {
        if (o.accepted !== false || left >= 0 || rule.points_each_open === 0) continue;
        const pts = Math.max(left, rule.points_each_open);
        left -= pts;
        out.push(reason(rule.id, pts, `Open ${o.kind} objection`, fromAnalysis(o.evidence)));
      }
      return out;
    }
    case 'team_size': {
      if (s.team_size === null) return [];
      const b = band(rule.bands, s.team_size);
      if (!b || b.points === 0) return [];
      return [reason(rule.id, b.points, `Team of ${fmt(s.team_size)} (at least ${fmt(b.min)})`, evidenceFor(record, 'team_size'))];
    }
    case 'monthly_volume': {
      if (s.monthly_volume === null) return [];
      const b = band(rule.bands, s.monthly_volume);
      if (!b || b.points === 0) return [];
      return [
        reason(
          rule.id,
          b.points,
          `About ${fmt(s.monthly_volume)} documents a month (at least ${fmt(b.min)})`,
          evidenceFor(record, 'monthly_volume'),
        ),
      ];
    }
    case 'integrations': {
      const out: ScoreReason[] = [];
      let left = rule.max_points;
      const seen = new Set<string>();
      for (const name of s.integration_needs) {
        const id = name.toLowerCase();
        if (seen.has(id) || left <= 0) continue;
        seen.add(id);
        const priority = rule.priority.includes(id);
        const pts = Math.min(left, rule.points_each + (priority ? rule.priority_bonus : 0));
        if (pts <= 0) continue;
        left -= pts;
        out.push(
          reason(rule.id, pts, `Needs an integration with ${name}${priority ? ' (a priority integration)' : ''}`, evidenceFor(record, 'integration_needs', name)),
        );
      }
      return out;
    }
    case 'urgency': {
      if (s.urgency === null) return [];
      const pts = rule.points[s.urgency];
      if (pts === 0) return [];
      return [reason(rule.id, pts, `Urgency is ${s.urgency}`, evidenceFor(record, 'urgency'))];
    }
    case 'industry_fit': {
      if (s.industry === null) return [];
      const pts = rule.industries[s.industry.toLowerCase()];
      if (!pts) return [];
      return [reason(rule.id, pts, `Industry ${s.industry} is in the ideal-customer profile`, evidenceFor(record, 'industry'))];
    }
    case 'meeting_booked': {
      if (!record.outcome.meeting_booked || rule.points === 0) return [];
      const when = record.outcome.meeting_time ? ` for ${record.outcome.meeting_time}` : '';
      return [reason(rule.id, rule.points, `Booked a meeting with sales${when}`, bookingEvidence(record))];
    }
    case 'returning_caller': {
      if (!record.caller.returning_caller || rule.points === 0) return [];
      return [reason(rule.id, rule.points, `Returning caller (call ${record.caller.call_count})`)];
    }
  }
}

/**
 * The seeds' rule: qualified when team_size >= `team_size_min` or monthly_volume >= `monthly_volume_min`
 * (5 people / 100 documents a month in rules.v1).
 */
export function isQualified(record: SessionRecord, rules: RulesConfig = DEFAULT_RULES): boolean {
  const { team_size, monthly_volume } = record.discovered_signals;
  return (
    (team_size !== null && team_size >= rules.qualified.team_size_min) ||
    (monthly_volume !== null && monthly_volume >= rules.qualified.monthly_volume_min)
  );
}

/** The tier of a 0-100 score under `rules.tiers`. */
export function tierOf(score: number, rules: RulesConfig = DEFAULT_RULES): Tier {
  return score >= rules.tiers.hot ? 'hot' : score >= rules.tiers.warm ? 'warm' : 'cold';
}

/**
 * Score a session: sum each rule's points (capped at 100), lift a qualified lead to the
 * `qualified.floor_score`, and pick the tier. Reasons are sorted by points, highest first.
 * @param scoredAt the time written as `scored_at` (default now).
 */
export function scoreLead(record: SessionRecord, rules: RulesConfig = DEFAULT_RULES, scoredAt: Date = new Date()): LeadScore {
  const analysis = usesAnalysis(rules) ? analysisOf(record) : null;
  const reasons = rules.rules.flatMap((r) => applyRule(r, record, analysis));
  let total = reasons.reduce((sum, r) => sum + r.points, 0);
  const qualified = isQualified(record, rules);
  const q = rules.qualified;
  if (qualified && total < q.floor_score) {
    const s = record.discovered_signals;
    const byTeam = s.team_size !== null && s.team_size >= q.team_size_min;
    const ev = byTeam ? evidenceFor(record, 'team_size') : evidenceFor(record, 'monthly_volume');
    const why = byTeam ? `team of ${fmt(s.team_size!)} >= ${q.team_size_min}` : `${fmt(s.monthly_volume!)} documents a month >= ${fmt(q.monthly_volume_min)}`;
    reasons.push(reason(q.rule_id, q.floor_score - total, `Qualified by the seeds' rule (${why}): lifted to the floor of ${q.floor_score}`, ev));
    total = q.floor_score;
  }
  reasons.sort((a, b) => b.points - a.points);
  const score = Math.max(0, Math.min(100, total));
  const s = record.discovered_signals;
  return {
    schema_version: LEAD_SCORE_SCHEMA_VERSION,
    session_id: record.session_id,
    started_at: record.started_at,
    scored_at: scoredAt.toISOString(),
    rules_version: rules.rules_version,
    score,
    tier: tierOf(score, rules),
    qualified,
    team_size: s.team_size,
    monthly_volume: s.monthly_volume,
    industry: s.industry,
    urgency: s.urgency,
    meeting_booked: record.outcome.meeting_booked,
    reasons,
    ...(analysis
      ? {
          next_step: { kind: analysis.next_step.kind, when_text: analysis.next_step.when_text, when_iso: analysis.next_step.when_iso },
          interest_level: analysis.interest.level,
        }
      : {}),
  };
}

/** The S3 key of a score: `scores/year=YYYY/month=MM/day=DD/{session_id}.json.gz`. */
export function scoreKey(score: Pick<LeadScore, 'session_id' | 'started_at'>): string {
  return sessionKey(score.session_id, score.started_at, SCORES_PREFIX);
}

/** Validate a value as a stored lead score. @throws LeadScoreError listing each invalid field. */
export function parseLeadScore(value: unknown): LeadScore {
  return parseOrThrow(LeadScoreSchema, value, 'lead score', LeadScoreError);
}

/** Validate and gzip a score for storage. @throws LeadScoreError if invalid. */
export function encodeLeadScore(score: LeadScore): Buffer {
  return gzipSync(JSON.stringify(parseLeadScore(score)));
}

/** Gunzip, parse and validate a stored score (scores are small: output capped at 1 MiB). @throws LeadScoreError. */
export function decodeLeadScore(bytes: Uint8Array): LeadScore {
  let text: string;
  try {
    text = gunzipSync(bytes, { maxOutputLength: 1024 * 1024 }).toString('utf8');
  } catch (e) {
    throw new LeadScoreError(`not a readable gzip score: ${(e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new LeadScoreError(`invalid JSON: ${(e as Error).message}`);
  }
  return parseLeadScore(value);
}
