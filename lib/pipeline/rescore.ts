/**
 * Re-score history after a rules change (`trialist rescore`): read every session record in a
 * range of day partitions, score it with the given rules, write the new score, and alert only for
 * leads that newly became hot, exactly once per (session_id, rules_version).
 *
 * How score versions are kept (./score-versions.ts): `scores/` holds each session's current score;
 * one replaced by a different `rules_version` is first copied to `score-versions/`.
 * A rescore with the same `rules_version` that gives the same score writes nothing
 * ("unchanged"); one that gives a different score is a *conflict* (the rules changed without a
 * version bump): the stored score is left alone and the session reported.
 *
 * Each session goes through `scoreSession` (./score-session.ts), the step score-lead runs too, with
 * the `rescore` row of SCORE_POLICIES. Order per session: archive the previous version, alert if
 * newly hot, then write the new score. A crash between alert and write leaves the old score, so a
 * re-run still sees the lead as newly hot, and the idempotency store suppresses the second alert;
 * writing first could lose it.
 */
import { ListObjectsCommand, type S3Client } from '@aws-sdk/client-s3';
import { alertContactFromEnv } from '../alerts/alert';
import type { AlertOnce } from '../alerts/alert-once';
import type { AlertPublisher } from '../alerts/publisher';
import type { LeadScore, RulesConfig, Tier } from '../scoring';
import { DEFAULT_DECODE_LIMITS, KeyLayoutError, parseSessionKey, partitionPath, SESSIONS_PREFIX, type DecodeLimits, type Partition } from '../session-record';
import type { QuarantineReason } from './errors';
import { scoreSession, type ScoreSessionInput } from './score-session';
import { SCORE_POLICIES } from './score-versions';

/** Longest range `partitionsBetween` accepts, days (ten years). */
export const MAX_RESCORE_DAYS = 3660;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(text: string, name: string): Date {
  const m = DATE.exec(text);
  const d = m ? new Date(`${text}T00:00:00.000Z`) : new Date(NaN);
  if (!m || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) {
    throw new RangeError(`${name} must be a date YYYY-MM-DD, got ${JSON.stringify(text)}`);
  }
  return d;
}

/**
 * The UTC day partitions from `from` to `to`, both included (`YYYY-MM-DD`).
 * @throws RangeError for a malformed or impossible date, `from` after `to`, or more than MAX_RESCORE_DAYS days.
 */
export function partitionsBetween(from: string, to: string): Partition[] {
  const start = parseDay(from, '--from');
  const end = parseDay(to, '--to');
  if (start > end) throw new RangeError(`--from ${from} is after --to ${to}`);
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1;
  if (days > MAX_RESCORE_DAYS) throw new RangeError(`${days} days is more than the ${MAX_RESCORE_DAYS}-day limit; split the range`);
  const out: Partition[] = [];
  for (let i = 0; i < days; i++) {
    const iso = new Date(start.getTime() + i * 86_400_000).toISOString();
    out.push({ year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10) });
  }
  return out;
}

/** Dependencies and options of `rescoreRange`. */
export interface RescoreOptions {
  s3: S3Client;
  bucket: string;
  /** `YYYY-MM-DD`, UTC, inclusive. */
  from: string;
  to: string;
  rules: RulesConfig;
  publisher: AlertPublisher;
  /** Exactly one alert per (session_id, rules_version); shared with score-lead. */
  alertOnce: AlertOnce;
  /** Put the caller's contact details in alerts (default: env `ALERT_CONTACT`, lib/alerts/alert.ts `alertContactFromEnv`). */
  alertContact?: boolean;
  /** Clock for `scored_at`. */
  now?: () => Date;
  limits?: DecodeLimits;
  /** Sessions in flight at once (default 8). */
  concurrency?: number;
  /** Called once the session list is known (`total` sessions), then after each session. */
  onProgress?: (done: number, total: number) => void;
  /** Warnings and per-session problems, one line each. */
  log?: (line: string) => void;
}

/** Tier change counts, keyed `"<old>-><new>"` (`"none->hot"` for never-scored sessions). */
export type TierChanges = Record<string, number>;

/** One lead a rescore moved: old and new score, and which rule ids appeared or disappeared in its reasons. */
export interface MovedLead {
  session_id: string;
  from: { score: number; tier: string; rules_version: string } | null;
  to: { score: number; tier: string };
  gained: string[];
  lost: string[];
}

/** What moved between a stored score (or none) and a new one; null when score and tier are the same. */
export function movedLead(previous: LeadScore | null, next: LeadScore): MovedLead | null {
  if (previous && previous.score === next.score && previous.tier === next.tier) return null;
  const before = new Set(previous?.reasons.map((r) => r.rule) ?? []);
  const after = new Set(next.reasons.map((r) => r.rule));
  return {
    session_id: next.session_id,
    from: previous ? { score: previous.score, tier: previous.tier, rules_version: previous.rules_version } : null,
    to: { score: next.score, tier: next.tier },
    gained: [...after].filter((r) => !before.has(r)),
    lost: [...before].filter((r) => !after.has(r)),
  };
}

/** What a rescore did. */
export interface RescoreResult {
  rules_version: string;
  partitions: number;
  /** Session keys found in the range. */
  sessions: number;
  /** New scores written under `scores/`. */
  written: number;
  /** Previous scores copied to `score-versions/` before being replaced. */
  archived: number;
  /** Same rules version and same score: left as is. */
  unchanged: number;
  conflicts: { session_id: string; message: string }[];
  /** Session ids whose new tier is hot and whose stored tier was not. */
  newly_hot: string[];
  /** Newly hot sessions alerted by this run. */
  alerted: string[];
  /** Newly hot sessions already alerted for this rules version (by score-lead or an earlier run). */
  already_alerted: string[];
  /** Only for sessions whose score was written. */
  tier_changes: TierChanges;
  /** Sessions whose score or tier changed, with the rules that now give points and those that no longer do. */
  moved: MovedLead[];
  /**
   * Records that could not be read as session records, left in place: score-lead moves such objects
   * to quarantine as they arrive, so these are ones it never saw (e.g. written while the pipeline was
   * down) or could not move; re-deliver their events to quarantine them.
   */
  unreadable: { key: string; reason: QuarantineReason | 'previous_score_unreadable'; message: string }[];
  /** Transient failures (S3, SNS, idempotency store): re-run the same range to finish them. */
  failed: { key: string; error: string }[];
}

/**
 * Every object key under a prefix, in key order, paginated with ListObjects (v1) and `Marker`:
 * s3rver cannot paginate ListObjectsV2 under OpenSSL 3 (its continuation token uses DES), and
 * v1 with markers works the same on S3 and s3rver.
 * @param pageSize keys per request (S3's maximum and default: 1,000).
 * @throws the S3 client's error.
 */
export async function listObjectKeys(s3: S3Client, bucket: string, prefix: string, pageSize = 1000): Promise<string[]> {
  const keys: string[] = [];
  let marker: string | undefined;
  for (;;) {
    const res = await s3.send(new ListObjectsCommand({ Bucket: bucket, Prefix: prefix, Marker: marker, MaxKeys: pageSize }));
    const page = (res.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : []));
    keys.push(...page);
    if (!res.IsTruncated || page.length === 0) return keys;
    marker = res.NextMarker ?? page[page.length - 1];
  }
}

/** Every session key in one partition (keys outside the layout are reported and skipped). */
async function listPartition(s3: S3Client, bucket: string, p: Partition, skipped: (key: string, message: string) => void): Promise<string[]> {
  const keys: string[] = [];
  for (const key of await listObjectKeys(s3, bucket, `${SESSIONS_PREFIX}${partitionPath(p)}/`)) {
    try {
      parseSessionKey(key);
      keys.push(key);
    } catch (e) {
      if (e instanceof KeyLayoutError) skipped(key, e.message);
      else throw e;
    }
  }
  return keys;
}

/** Run `work` over `items` with at most `n` in flight. */
async function pool<T>(items: readonly T[], n: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
}

/**
 * Re-score every session in the range. Never throws for one bad session: each outcome is counted
 * in the result. @throws RangeError for a bad range; the S3 client's error when listing fails.
 */
export async function rescoreRange(opts: RescoreOptions): Promise<RescoreResult> {
  const partitions = partitionsBetween(opts.from, opts.to);
  const now = opts.now ?? (() => new Date());
  const limits = opts.limits ?? DEFAULT_DECODE_LIMITS;
  const log = opts.log ?? (() => undefined);
  const alerts = { publisher: opts.publisher, alertOnce: opts.alertOnce, contact: opts.alertContact ?? alertContactFromEnv() };
  const result: RescoreResult = {
    rules_version: opts.rules.rules_version,
    partitions: partitions.length,
    sessions: 0,
    written: 0,
    archived: 0,
    unchanged: 0,
    conflicts: [],
    newly_hot: [],
    alerted: [],
    already_alerted: [],
    tier_changes: {},
    moved: [],
    unreadable: [],
    failed: [],
  };

  const keys: string[] = [];
  for (const p of partitions) {
    keys.push(
      ...(await listPartition(opts.s3, opts.bucket, p, (key, message) => {
        result.unreadable.push({ key, reason: 'key_outside_layout', message });
        log(`skipped ${key}: ${message}`);
      })),
    );
  }
  result.sessions = keys.length;
  let done = 0;
  opts.onProgress?.(0, keys.length);

  const input = { s3: opts.s3, bucket: opts.bucket, rules: opts.rules, policy: SCORE_POLICIES.rescore, now, limits, alerts };
  await pool(keys, opts.concurrency ?? 8, async (key) => {
    await rescoreOne({ ...input, key }, result, log).catch((e: unknown) => failed(result, log, key, e));
    opts.onProgress?.(++done, keys.length);
  });
  for (const list of [result.newly_hot, result.alerted, result.already_alerted]) list.sort();
  return result;
}

/** Count one session's `scoreSession` outcome into `result` (the rescore row of SCORE_POLICIES). */
async function rescoreOne(input: ScoreSessionInput, result: RescoreResult, log: (line: string) => void): Promise<void> {
  const { key } = input;
  const outcome = await scoreSession(input);
  if (outcome.status === 'denied') return failed(result, log, key, outcome.error);
  if (outcome.status === 'missing' || outcome.status === 'invalid') {
    result.unreadable.push({ key, reason: outcome.error.reason, message: outcome.error.message });
    return log(`${key}: ${outcome.error.reason}: ${outcome.error.message}`);
  }
  if (outcome.status === 'stored_unusable') {
    result.unreadable.push({ key, reason: 'previous_score_unreadable', message: `${outcome.message}; left as is (delete it to rescore this session)` });
    return log(`${key}: stored score unreadable, left as is: ${outcome.message}`);
  }
  const { score: next, stored: previous, decision, alert } = outcome;
  if (decision.action === 'unchanged') result.unchanged++;
  if (decision.action === 'conflict') {
    result.conflicts.push({ session_id: next.session_id, message: decision.message });
    log(`${next.session_id}: ${decision.message}`);
  }
  if (outcome.archived) result.archived++;
  if (decision.newlyHot) result.newly_hot.push(next.session_id);
  if (alert?.status === 'sent') result.alerted.push(next.session_id);
  if (alert?.status === 'already_sent') result.already_alerted.push(next.session_id);
  if (alert?.status === 'failed') return failed(result, log, key, alert.error);
  if (!outcome.written) return;
  result.written++;
  const moved = movedLead(previous, next);
  if (moved) result.moved.push(moved);
  const change = `${previous?.tier ?? 'none'}->${next.tier}`;
  result.tier_changes[change] = (result.tier_changes[change] ?? 0) + 1;
}

/** Report a transient failure of one session (a re-run of the range retries it). */
function failed(result: RescoreResult, log: (line: string) => void, key: string, e: unknown): void {
  const error = e instanceof Error ? e.message : String(e);
  result.failed.push({ key, error });
  log(`${key}: failed (re-run to retry): ${error}`);
}

/** `cold->hot: 3, none->warm: 1`, sorted by transition. */
export function formatTierChanges(changes: TierChanges): string {
  const order: (Tier | 'none')[] = ['none', 'cold', 'warm', 'hot'];
  const rank = (k: string) => {
    const [a, b] = k.split('->') as [Tier | 'none', Tier];
    return order.indexOf(a) * 10 + order.indexOf(b);
  };
  return (
    Object.entries(changes)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([k, n]) => `${k} ${n.toLocaleString('en-US')}`)
      .join(', ') || 'none'
  );
}
