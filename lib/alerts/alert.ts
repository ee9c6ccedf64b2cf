/**
 * Hot-lead alerts: what a sales rep needs to act on a hot call, built from the session record and
 * its lead score. The same JSON travels as the SNS message body and feeds the Slack formatter.
 */
import * as z from '../zod-mini';
import { parseOrThrow, SchemaError } from '../validation';
import { SessionId, Urgency, type SessionRecord } from '../session-record';
import { ScoreReason, Tier, type LeadScore } from '../scoring';
import { AlertAnalysisSchema, alertAnalysisOf } from './call-analysis';
import { displayableCallerName, findEmails, findPhoneNumbers, redactPii, redactPiiOrNull } from '../privacy/redact';
import { normalizePhoneNumber } from '../privacy/phone-number';

export const HOT_LEAD_ALERT_VERSION = 1 as const;
/** How many reasons an alert carries (highest points first). */
export const TOP_REASONS = 3;

/** One hot-lead alert (the SNS message body, JSON). */
export const HotLeadAlertSchema = z.object({
  alert_version: z.literal(HOT_LEAD_ALERT_VERSION),
  session_id: SessionId,
  started_at: z.string(),
  /** Call length, seconds. */
  duration_seconds: z.number().check(z.nonnegative()),
  caller: z.object({
    name: z.nullable(z.string()),
    identity: z.nullable(z.string()),
    returning_caller: z.boolean(),
    call_count: z.int().check(z.positive()),
  }),
  /** What the caller said about their company. */
  company: z.object({
    team_size: z.nullable(z.int().check(z.nonnegative())),
    /** Documents per month. */
    monthly_volume: z.nullable(z.number().check(z.nonnegative())),
    industry: z.nullable(z.string()),
    use_case: z.nullable(z.string()),
    urgency: z.nullable(Urgency),
    integration_needs: z.array(z.string()),
    current_solution: z.array(z.string()),
  }),
  score: z.int().check(z.gte(0), z.lte(100)),
  tier: Tier,
  qualified: z.boolean(),
  rules_version: z.string(),
  top_reasons: z.array(ScoreReason),
  meeting: z.object({ booked: z.boolean(), time: z.nullable(z.string()) }),
  /** `s3://bucket/sessions/...json.gz` of the session record. */
  record_uri: z.string(),
  /** What to do now and what the call analysis found (./call-analysis.ts); null when there is none (data processing denied). */
  analysis: z.optional(z.nullable(AlertAnalysisSchema)),
  /**
   * How the rep reaches the caller, and the only place in the alert with contact details: a
   * call-back number the caller gave (E.164) and the booking's email. Null when none is known or
   * the deployment turned contact details off (`alertContact=false`, env `ALERT_CONTACT=off`).
   */
  contact: z.optional(z.nullable(z.object({ phone: z.nullable(z.string()), email: z.nullable(z.string()) }))),
  /**
   * The warm transfer to a sales rep during the call (the record's `live_call.transfer`):
   * `transferred` (the rep took the call), `failed` or `declined` (the agent offered a booking
   * instead), with the rep's configured label (never a number) and why it did not happen. Null or
   * absent when no transfer was attempted.
   */
  transfer: z.optional(z.nullable(z.object({ status: z.enum(['transferred', 'failed', 'declined']), rep: z.nullable(z.string()), reason: z.nullable(z.string()) }))),
});
export type HotLeadAlert = z.infer<typeof HotLeadAlertSchema>;

/** Raised when a message is not a valid hot-lead alert. */
export class HotLeadAlertError extends SchemaError {
  override name = 'HotLeadAlertError';
}

/** Validate an unknown value (e.g. a parsed SNS message) as an alert. @throws HotLeadAlertError. */
export function parseHotLeadAlert(value: unknown): HotLeadAlert {
  return parseOrThrow(HotLeadAlertSchema, value, 'hot-lead alert', HotLeadAlertError);
}

/** `s3://bucket/key` for a record. */
export function s3Uri(bucket: string, key: string): string {
  return `s3://${bucket}/${key}`;
}

/** Options of `buildHotLeadAlert`. */
export interface HotLeadAlertOptions {
  /** Put the caller's contact details in `contact` (default true; `alertContactFromEnv`). */
  contact?: boolean;
}

/** Whether alerts carry contact details: on unless `ALERT_CONTACT` is `off` (or `false`). */
export function alertContactFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(off|false|0|no)$/i.test(env.ALERT_CONTACT ?? '');
}

/**
 * How to reach the caller, from what the record holds: the email of the last successful
 * `book_sales_meeting` call, and the last phone number the caller said (E.164). The caller's
 * own line is not in the record (only its keyed hash), so a number counts only when said.
 */
export function contactOf(record: SessionRecord): NonNullable<HotLeadAlert['contact']> | null {
  let email: string | null = null;
  for (const call of record.tool_calls) {
    if (call.name !== 'book_sales_meeting' || call.outcome !== 'success') continue;
    try {
      const args = JSON.parse(call.arguments) as { email?: unknown };
      if (typeof args.email === 'string' && findEmails(args.email).length === 1) email = args.email.trim();
    } catch {
      // arguments replaced by a consent marker or not JSON: no email from this call
    }
  }
  let phone: string | null = null;
  for (const turn of record.transcript) {
    if (turn.role !== 'user') continue;
    for (const raw of findPhoneNumbers(turn.text)) phone = normalizePhoneNumber(raw) ?? phone;
  }
  return email || phone ? { phone, email } : null;
}

/**
 * The alert for a scored session. `recordUri` is where the record lives (`s3://...`). Contact
 * details go only into `contact`: the caller's name is dropped when it is a number or an email,
 * and the identity and reasons are PII-redacted.
 * @throws Error when the score belongs to a different session.
 */
export function buildHotLeadAlert(record: SessionRecord, score: LeadScore, recordUri: string, opts: HotLeadAlertOptions = {}): HotLeadAlert {
  if (score.session_id !== record.session_id) {
    throw new Error(`score for ${score.session_id} does not belong to session ${record.session_id}`);
  }
  const s = record.discovered_signals;
  return {
    alert_version: HOT_LEAD_ALERT_VERSION,
    session_id: record.session_id,
    started_at: record.started_at,
    duration_seconds: record.duration_seconds,
    caller: {
      name: displayableCallerName(record.caller.name),
      identity: redactPiiOrNull(record.caller.identity),
      returning_caller: record.caller.returning_caller,
      call_count: record.caller.call_count,
    },
    company: {
      team_size: s.team_size,
      monthly_volume: s.monthly_volume,
      industry: s.industry,
      use_case: s.use_case,
      urgency: s.urgency,
      integration_needs: [...s.integration_needs],
      current_solution: [...s.current_solution],
    },
    score: score.score,
    tier: score.tier,
    qualified: score.qualified,
    rules_version: score.rules_version,
    top_reasons: [...score.reasons]
      .sort((a, b) => b.points - a.points)
      .slice(0, TOP_REASONS)
      .map((r) => ({ ...r, reason: redactPii(r.reason), quote: redactPiiOrNull(r.quote) })),
    meeting: { booked: record.outcome.meeting_booked, time: redactPiiOrNull(record.outcome.meeting_time) },
    record_uri: recordUri,
    analysis: alertAnalysisOf(record),
    contact: (opts.contact ?? true) ? contactOf(record) : null,
    transfer: transferOf(record),
  };
}

/** The alert's `transfer` from the record's `live_call.transfer` (reason PII-redacted); null when none was attempted. */
export function transferOf(record: SessionRecord): HotLeadAlert['transfer'] {
  const t = record.live_call?.transfer;
  return t ? { status: t.status, rep: t.rep, reason: redactPiiOrNull(t.reason) } : null;
}

/** One line for a warm transfer, e.g. `transferred to Sam, AE East` or `failed (no answer); booking offered instead`. */
export function transferLine(t: NonNullable<HotLeadAlert['transfer']>): string {
  const to = t.rep ? ` to ${t.rep}` : '';
  if (t.status === 'transferred') return `transferred${to} during the call`;
  return `${t.status === 'declined' ? 'declined' : 'failed'}${to}${t.reason ? ` (${t.reason})` : ''}; booking offered instead`;
}

/** "Dana Ruiz" / identity / "unknown caller". */
export function callerLabel(alert: HotLeadAlert): string {
  return alert.caller.name ?? alert.caller.identity ?? 'unknown caller';
}

/**
 * A one-line summary, ASCII only and at most 100 characters (SNS subject rules: printable ASCII,
 * no line breaks, < 100 chars), e.g. `Hot lead 82/100: Dana Ruiz, team 40, meeting booked`.
 */
export function alertSubject(alert: HotLeadAlert): string {
  const parts = [`${alert.tier === 'hot' ? 'Hot' : alert.tier === 'warm' ? 'Warm' : 'Cold'} lead ${alert.score}/100: ${callerLabel(alert)}`];
  if (alert.company.team_size !== null) parts.push(`team ${alert.company.team_size}`);
  if (alert.company.industry) parts.push(alert.company.industry);
  parts.push(alert.transfer?.status === 'transferred' ? 'transferred to a rep' : alert.meeting.booked ? 'meeting booked' : 'no meeting');
  const ascii = parts
    .join(', ')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ascii.length > 99 ? `${ascii.slice(0, 96)}...` : ascii;
}
