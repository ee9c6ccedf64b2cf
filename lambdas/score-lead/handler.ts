/**
 * score-lead, the handler core: each S3 event record goes through `scoreLeadRecord`, one record per
 * call, as Powertools' batch `recordHandler` takes them; `makeScoreLeadHandler` runs it over an
 * event's records the way BatchProcessor does (each record tried, failures collected).
 *
 * A usable record is scored by `scoreSession` (lib/pipeline/score-session.ts, the step `trialist
 * rescore` runs too) with the `delivery` row of SCORE_POLICIES: a session a newer rules version
 * already scored is left as it is (a late event must not put an older score back); one scored by an
 * older version has that score archived under `score-versions/` first; a redelivery that scores the
 * same writes nothing; every hot score alerts, once per (session_id, rules_version) with AlertOnce.
 * A bad record (key outside the layout, malformed, hostile, missing) is quarantined with its reason
 * and logged: the object is moved out of `sessions/` to `quarantine/objects/` with a note under
 * `quarantine/{reason}/` (lib/pipeline/quarantine.ts), so analysts' queries never read it; the
 * rest of the batch goes on. A redelivered event for an object already moved is logged as such.
 * Every record with a phone hash (a quarantined one too, when it still names its session) gets its
 * caller index entry `callers/{hash}/day=.../{session_id}` (lib/privacy/caller-index.ts).
 * Transient failures (S3/SNS errors; a concurrent delivery holding the alert's idempotency record)
 * throw `ScoreLeadBatchError` after the whole event was tried; on AWS the queue consumer
 * (./queue.ts) turns that into a partial batch response, so SQS redelivers just that message.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
// Modules, not the lib/alerts and lib/pipeline barrels: those would bundle the Glue client and the local stores.
import type { AlertOnce } from '../../lib/alerts/alert-once';
import type { AlertPublisher } from '../../lib/alerts/publisher';
import type { QuarantineReason } from '../../lib/pipeline/errors';
import { readObjectForMove, type ObjectRead, type ReadObject } from '../../lib/pipeline/objects';
import { findQuarantined, quarantineObject } from '../../lib/pipeline/quarantine';
import { identifyStored, indexCallerSession } from '../../lib/privacy/caller-index';
import { scoreSession, type ScoreAlerts } from '../../lib/pipeline/score-session';
import { SCORE_POLICIES } from '../../lib/pipeline/score-versions';
import { DEFAULT_RULES, type LeadScore, type RulesConfig } from '../../lib/scoring';
import { DEFAULT_DECODE_LIMITS, SESSIONS_PREFIX, sessionKey, type DecodeLimits } from '../../lib/session-record';
import { hasDotSegment } from '../../lib/bucket-layout';
import { batchFailureMessage } from '../shared/score-event';
import { defaultLogger, NO_METRICS, type HandlerLogger, type HandlerMetrics } from '../shared/observability';
import { resolveSessionObject, type RejectedEventRecord, type SessionObjectRef } from '../shared/s3-event';

export type { AlertOnce } from '../../lib/alerts/alert-once';

export const SERVICE_NAME = 'score-lead';

/** One object quarantined now; `moved_to` is where its bytes went (null when nothing was moved). Keys are URL-decoded. */
export interface QuarantinedObject {
  key: string;
  reason: string;
  message: string;
  moved_to: string | null;
}

/** One object found gone because an earlier delivery moved it to quarantine (`note` is its note's key). */
export interface AlreadyQuarantined {
  key: string;
  reason: string;
  note: string;
}

/** What one invocation did. `alerted` lists session ids. */
export interface ScoreLeadResult {
  scored: LeadScore[];
  alerted: string[];
  quarantined: QuarantinedObject[];
  already_quarantined: AlreadyQuarantined[];
  /** Sessions left as they were because a newer rules version had already scored them (no write, no alert). */
  kept_newer: { session_id: string; stored_rules_version: string }[];
}

/** What score-lead did with one event record (a transient failure throws instead). */
export type ScoreLeadOutcome =
  | { kind: 'scored'; score: LeadScore; alerted: boolean }
  | { kind: 'kept_newer'; session_id: string; stored_rules_version: string }
  | { kind: 'quarantined'; entry: QuarantinedObject }
  | { kind: 'already_quarantined'; entry: AlreadyQuarantined };

export interface ScoreLeadDeps {
  s3: S3Client;
  publisher: AlertPublisher;
  /** Clock for `scored_at`. */
  now?: () => Date;
  rules?: RulesConfig;
  /** Size caps for reading records (bytes). */
  limits?: DecodeLimits;
  logger?: HandlerLogger;
  metrics?: HandlerMetrics;
  /** Exactly one alert per (session_id, rules_version) (e.g. `IdempotentAlertOnce`); without it every hot delivery publishes. */
  alertOnce?: AlertOnce;
  /** Put the caller's contact details in the alert's `contact` field (default true; env `ALERT_CONTACT=off` turns it off). */
  alertContact?: boolean;
}

/** score-lead's dependencies with every default filled in (made once per container by `scoreLeadCore`). */
export interface ScoreLeadCore {
  s3: S3Client;
  now: () => Date;
  rules: RulesConfig;
  limits: DecodeLimits;
  logger: HandlerLogger;
  metrics: HandlerMetrics;
  alerts: ScoreAlerts;
}

/** `deps` with defaults: the built-in rules, the codec's size caps, a Powertools logger, no metrics. */
export function scoreLeadCore(deps: ScoreLeadDeps): ScoreLeadCore {
  return {
    s3: deps.s3,
    now: deps.now ?? (() => new Date()),
    rules: deps.rules ?? DEFAULT_RULES,
    limits: deps.limits ?? DEFAULT_DECODE_LIMITS,
    logger: deps.logger ?? defaultLogger(SERVICE_NAME),
    metrics: deps.metrics ?? NO_METRICS,
    alerts: { publisher: deps.publisher, alertOnce: deps.alertOnce, contact: deps.alertContact },
  };
}

/** A publish that failed after the score was written: the record is retried, and the score is reported as scored. */
export class ScoreLeadAlertError extends Error {
  constructor(
    readonly score: LeadScore,
    cause: unknown,
  ) {
    super(`hot-lead alert for ${score.session_id} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'ScoreLeadAlertError';
  }
}

/** Thrown after the whole batch was tried when some records failed transiently; carries the partial result. */
export class ScoreLeadBatchError extends Error {
  constructor(
    readonly result: ScoreLeadResult,
    readonly failures: { key: string; error: unknown }[],
  ) {
    super(batchFailureMessage('score-lead', 'record(s) failed transiently (will be redelivered)', failures));
    this.name = 'ScoreLeadBatchError';
  }
}

/** The event records' handler: each record through `scoreLeadRecord`; throws ScoreLeadBatchError after the batch when some failed. */
export function makeScoreLeadHandler(deps: ScoreLeadDeps): (event: S3Event) => Promise<ScoreLeadResult> {
  const core = scoreLeadCore(deps);
  return (event) => scoreLeadBatch(core, event);
}

/** Run `scoreLeadRecord` over every record of `event` (a record repeated in the batch once), collecting outcomes and failures. */
export async function scoreLeadBatch(core: ScoreLeadCore, event: S3Event): Promise<ScoreLeadResult> {
  const result: ScoreLeadResult = { scored: [], alerted: [], quarantined: [], already_quarantined: [], kept_newer: [] };
  const failures: { key: string; error: unknown }[] = [];
  const seen = new Set<string>();
  for (const raw of event?.Records ?? []) {
    const resolved = resolveSessionObject(raw);
    if (resolved.ok && repeated(core, resolved.ref, seen)) continue;
    try {
      addOutcome(result, await scoreLeadRecord(core, resolved));
    } catch (error) {
      failures.push(failed(core, result, resolved.ok ? resolved.ref.key : resolved.rejected.key, error));
    }
  }
  if (failures.length) throw new ScoreLeadBatchError(result, failures);
  return result;
}

/**
 * Handle one event record (as resolved by lambdas/shared/s3-event.ts): score it, or quarantine what
 * cannot be scored. @throws for a transient failure (ScoreLeadAlertError when the score was written
 * but its alert failed); the caller retries the record.
 */
export async function scoreLeadRecord(core: ScoreLeadCore, resolved: ReturnType<typeof resolveSessionObject>): Promise<ScoreLeadOutcome> {
  if (!resolved.ok) return rejectedRecord(core, resolved.rejected);
  const { bucket, key } = resolved.ref;
  const session = await scoreSession({ s3: core.s3, bucket, key, rules: core.rules, policy: SCORE_POLICIES.delivery, now: core.now, limits: core.limits, alerts: core.alerts });
  if (session.status === 'missing' || session.status === 'denied') return gone(core, bucket, key, session, null);
  if (session.status === 'invalid') return quarantine(core, session.error, bucket, key, session.object);
  if (session.status === 'stored_unusable') throw new Error(`score-lead: the delivery policy replaces unusable scores (${session.message})`);
  const { score, decision, alert } = session;
  if (session.replacedUnusable !== null) {
    core.logger.warn('stored score unusable; replacing it', { session_id: score.session_id, error: session.replacedUnusable });
    core.metrics.addMetric('StoredScoreUnusable', 'Count', 1);
  }
  if (decision.action === 'keep_newer') {
    const { session_id, rules_version } = score;
    core.logger.info('a newer rules version already scored this session; kept it, no alert', { session_id, rules_version, stored_rules_version: decision.stored_rules_version, key });
    core.metrics.addMetric('NewerScoreKept', 'Count', 1);
    return { kind: 'kept_newer', session_id, stored_rules_version: decision.stored_rules_version };
  }
  core.metrics.addMetric('RecordsScored', 'Count', 1);
  core.logger.info('lead scored', { session_id: score.session_id, score: score.score, tier: score.tier, rules_version: score.rules_version, key, written: session.written });
  if (alert?.status === 'failed') throw new ScoreLeadAlertError(score, alert.error);
  if (alert?.status === 'already_sent') {
    core.logger.info('hot-lead alert already sent', { session_id: score.session_id, rules_version: score.rules_version });
    core.metrics.addMetric('DuplicateAlertsSuppressed', 'Count', 1);
  }
  if (alert?.status === 'sent') core.metrics.addMetric('HotLeadAlerts', 'Count', 1);
  return { kind: 'scored', score, alerted: alert?.status === 'sent' };
}

/** Whether this (bucket, key, version) was already handled in this batch (then logged and counted). */
function repeated(core: ScoreLeadCore, ref: SessionObjectRef, seen: Set<string>): boolean {
  const { bucket, key, event } = ref;
  const id = `${bucket}\u0000${key}\u0000${event.s3.object.versionId ?? event.s3.object.sequencer ?? ''}`;
  if (!seen.has(id)) {
    seen.add(id);
    return false;
  }
  core.logger.info('duplicate event record in batch skipped', { bucket, key });
  core.metrics.addMetric('DuplicateRecordsSkipped', 'Count', 1);
  return true;
}

/**
 * An unusable event record. A key outside the layout under `sessions/` (and with no `.`/`..`
 * segment) is read, to be moved; anything else has nothing of ours to move: note only.
 */
async function rejectedRecord(core: ScoreLeadCore, rejected: RejectedEventRecord): Promise<ScoreLeadOutcome> {
  const { bucket, key } = rejected;
  if (!bucket || rejected.reason !== 'key_outside_layout' || !key.startsWith(SESSIONS_PREFIX) || hasDotSegment(key)) {
    return quarantine(core, rejected, bucket, key, null);
  }
  const read = await readObjectForMove(core.s3, bucket, key, core.limits.maxCompressedBytes);
  if (read.status !== 'read') return gone(core, bucket, key, read, rejected);
  return quarantine(core, rejected, bucket, key, read.object);
}

/**
 * The object is not there (404; or 403, which is what S3 answers for a missing key without
 * s3:ListBucket): an earlier delivery may have moved it to quarantine. Else a missing object gets
 * its note (with `rejected`'s reason when the key was outside the layout); a denied one is retried.
 */
async function gone(core: ScoreLeadCore, bucket: string, key: string, read: Exclude<ObjectRead, { status: 'read' }>, rejected: RejectedEventRecord | null): Promise<ScoreLeadOutcome> {
  const earlier = await findQuarantined(core.s3, bucket, key);
  if (earlier) {
    core.logger.info('already quarantined', { bucket, key, ...earlier });
    core.metrics.addMetric('AlreadyQuarantined', 'Count', 1);
    return { kind: 'already_quarantined', entry: { key, reason: earlier.reason, note: earlier.note } };
  }
  if (read.status === 'denied') throw read.error;
  return quarantine(core, rejected ?? read.error, bucket, key, null);
}

/** Quarantine one object (moved out of `sessions/` when `object` is given, with a note; note only without a bucket). */
async function quarantine(
  core: ScoreLeadCore,
  why: { reason: QuarantineReason; message: string; issues: readonly string[] },
  bucket: string | null,
  key: string,
  object: ReadObject | null,
): Promise<ScoreLeadOutcome> {
  const { reason, message, issues } = why;
  const at = core.now().toISOString();
  if (bucket) await indexQuarantined(core, bucket, key, object?.bytes ?? null);
  const done = bucket ? await quarantineObject(core.s3, { bucket, key, reason, message, issues, consumer: SERVICE_NAME, at, object }) : null;
  core.logger.error('record quarantined', { reason, bucket, key, message, issues: issues.slice(0, 20), ...done });
  core.metrics.addMetric(`Quarantined_${reason}`, 'Count', 1);
  core.metrics.addMetric('RecordsQuarantined', 'Count', 1);
  return { kind: 'quarantined', entry: { key, reason, message, moved_to: done?.moved_to ?? null } };
}

/**
 * A record about to be quarantined that still names its session, start and phone hash at its own
 * key is indexed too: its quarantined copy holds the caller's words, and erasure must find it.
 */
async function indexQuarantined(core: ScoreLeadCore, bucket: string, key: string, bytes: Uint8Array | null): Promise<void> {
  const id = identifyStored(bytes);
  if (!id.session_id || !id.started_at || !id.phone_hash) return;
  let expected: string | null = null;
  try {
    expected = sessionKey(id.session_id, id.started_at);
  } catch {
    return;
  }
  if (expected === key) await indexCallerSession(core.s3, bucket, { session_id: id.session_id, started_at: id.started_at, caller: { phone_hash: id.phone_hash } });
}

/** Add one record's outcome to the invocation's result. */
function addOutcome(result: ScoreLeadResult, outcome: ScoreLeadOutcome): void {
  if (outcome.kind === 'scored') result.scored.push(outcome.score);
  if (outcome.kind === 'scored' && outcome.alerted) result.alerted.push(outcome.score.session_id);
  if (outcome.kind === 'kept_newer') result.kept_newer.push({ session_id: outcome.session_id, stored_rules_version: outcome.stored_rules_version });
  if (outcome.kind === 'quarantined') result.quarantined.push(outcome.entry);
  if (outcome.kind === 'already_quarantined') result.already_quarantined.push(outcome.entry);
}

/** Log and count one record's transient failure; a score written before a failed alert still counts as scored. */
function failed(core: ScoreLeadCore, result: ScoreLeadResult, key: string, error: unknown): { key: string; error: unknown } {
  if (error instanceof ScoreLeadAlertError) result.scored.push(error.score);
  const cause = error instanceof ScoreLeadAlertError ? error.cause : error;
  if ((cause as Error)?.name === 'IdempotencyAlreadyInProgressError') {
    // another delivery of the same event is publishing this alert right now: not an error
    core.logger.info('alert in progress in a concurrent delivery; this one is retried', { key });
    core.metrics.addMetric('AlertInProgressRetried', 'Count', 1);
  } else {
    core.logger.error('record failed; the record will be redelivered', { key, error: cause as Error });
    core.metrics.addMetric('RecordsFailed', 'Count', 1);
  }
  return { key, error: cause };
}
