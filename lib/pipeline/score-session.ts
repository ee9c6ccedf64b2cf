/**
 * One session, scored: the step score-lead (each S3 event record) and `trialist rescore` (each key
 * in a range) share. In order: read the object under `sessions/` (keeping its head, so a quarantine
 * can move exactly that version), decode it and check the key matches the record, score it with the
 * rules, read the stored score, decide (./score-versions.ts `decideScore`, under the caller's
 * SCORE_POLICIES row), then archive the replaced score under `score-versions/`, mark the day changed
 * for the lake, write `scores/`, and publish the hot-lead alert where the policy says one is due, at
 * the point the policy puts it (before the write for newly hot leads, after it for every hot one).
 *
 * What goes wrong with the object is returned, not thrown, for the caller to act on (score-lead
 * quarantines, rescore reports): `missing`, `denied`, `invalid`. A failed publish is returned too,
 * with what was written before it. Anything else (S3 errors on the score, the marker, the archive)
 * is thrown: transient, the caller retries.
 */
import type { S3Client } from '@aws-sdk/client-s3';
// Modules, not the lib/alerts barrel: score-lead bundles this file.
import { buildHotLeadAlert, s3Uri } from '../alerts/alert';
import type { AlertOnce } from '../alerts/alert-once';
import type { AlertPublisher } from '../alerts/publisher';
import { markDayChanged } from '../lake/changes';
import { indexCallerSession } from '../privacy/caller-index';
import { isRulesVersion, LeadScoreError, scoreLead, type LeadScore, type RulesConfig } from '../scoring';
import { decodeSessionRecord, RecordDecodeError, sessionKey, type DecodeLimits, type SessionRecord } from '../session-record';
import { PipelineError } from './errors';
import { isAccessDenied, readLeadScore, readObjectForMove, writeLeadScore, type ReadObject } from './objects';
import { archiveLeadScore, decideScore, type ScoreDecision, type ScorePolicy } from './score-versions';

/** Where hot-lead alerts go. */
export interface ScoreAlerts {
  publisher: AlertPublisher;
  /** Exactly one alert per (session_id, rules_version) (e.g. `IdempotentAlertOnce`); without it every due alert publishes. */
  alertOnce?: AlertOnce;
  /** Put the caller's contact details in the alert (default true; lib/alerts/alert.ts `alertContactFromEnv`). */
  contact?: boolean;
}

/** Everything `scoreSession` needs for one object. */
export interface ScoreSessionInput {
  s3: S3Client;
  bucket: string;
  /** The object's key, URL-decoded, under `sessions/`. */
  key: string;
  rules: RulesConfig;
  /** A row of SCORE_POLICIES (./score-versions.ts). */
  policy: ScorePolicy;
  /** Clock for `scored_at`. */
  now: () => Date;
  /** Size caps for reading the record (bytes). */
  limits: DecodeLimits;
  alerts: ScoreAlerts;
}

/** What became of the alert due for a score: `failed` carries the publisher's (or idempotency store's) error. */
export type AlertOutcome = { status: 'sent' } | { status: 'already_sent' } | { status: 'failed'; error: unknown };

/** What `scoreSession` did with one object. */
export type ScoreSessionOutcome =
  /** GetObject found nothing (404, or a 403 for a key the listing does not show). */
  | { status: 'missing'; error: PipelineError }
  /** GetObject answered 403 for a key the listing shows (or the listing was denied too): S3 may mean "missing". */
  | { status: 'denied'; error: unknown }
  /** Not a usable record of this key (over the size cap, not gzip, invalid, `key_record_mismatch`): `object` as read, to move. */
  | { status: 'invalid'; error: RecordDecodeError | PipelineError; object: ReadObject }
  /** The stored score cannot be used and the policy leaves such a session alone (`message` says why). */
  | { status: 'stored_unusable'; record: SessionRecord; message: string }
  | {
      status: 'scored';
      record: SessionRecord;
      /** The fresh score (whether or not it was written). */
      score: LeadScore;
      /** The score stored before (null when none, or when it was unusable and replaced). */
      stored: LeadScore | null;
      decision: ScoreDecision;
      /** Why a stored score was unusable and is being replaced (the `replace` policy); else null. */
      replacedUnusable: string | null;
      /** The replaced score was copied to `score-versions/`. */
      archived: boolean;
      /** The fresh score was written to `scores/` (not when the decision says otherwise, nor after a failed newly-hot alert). */
      written: boolean;
      /** Null when no alert was due. */
      alert: AlertOutcome | null;
    };

/**
 * Read, validate, score, decide, write and alert for the session object at `input.key` (see the
 * module header for the order). @throws the S3 client's error for transient failures (never for
 * what is wrong with the object itself, nor for a failed publish: those are outcomes).
 */
export async function scoreSession(input: ScoreSessionInput): Promise<ScoreSessionOutcome> {
  const { s3, bucket, key, policy } = input;
  const read = await readObjectForMove(s3, bucket, key, input.limits.maxCompressedBytes);
  if (read.status !== 'read') return read;
  if (read.tooLarge) return { status: 'invalid', error: read.tooLarge, object: read.object };
  const decoded = recordAt(key, read.object.bytes!, input.limits);
  if (decoded instanceof Error) return { status: 'invalid', error: decoded, object: read.object };
  const record = decoded;
  // erasure finds the caller's sessions by keyed hash (lib/privacy/caller-index.ts)
  await indexCallerSession(s3, bucket, record);
  if (policy.markDay === 'record') await markDayChanged(s3, bucket, record.session_id, record.started_at);
  const score = scoreLead(record, input.rules, input.now());
  const stored = await storedScore(s3, bucket, record);
  if (stored.unusable !== null && policy.unusableStored === 'skip') return { status: 'stored_unusable', record, message: stored.unusable };
  const decision = decideScore(stored.score, score, policy);
  const outcome = { status: 'scored' as const, record, score, stored: stored.score, decision, replacedUnusable: stored.unusable, archived: false, written: false };
  const alertDue = policy.alert === 'hot' ? score.tier === 'hot' && decision.action !== 'keep_newer' && decision.action !== 'conflict' : decision.newlyHot;
  if (decision.action !== 'write') return { ...outcome, alert: alertDue ? await sendAlert(input, record, score) : null };
  if (decision.archivePrevious && stored.score) {
    await archiveLeadScore(s3, bucket, stored.score, score.rules_version);
    outcome.archived = true;
  }
  const early = alertDue && policy.alert === 'newly_hot' ? await sendAlert(input, record, score) : null;
  if (early?.status === 'failed') return { ...outcome, alert: early };
  if (policy.markDay === 'write') await markDayChanged(s3, bucket, record.session_id, record.started_at);
  await writeLeadScore(s3, bucket, score);
  outcome.written = true;
  return { ...outcome, alert: early ?? (alertDue ? await sendAlert(input, record, score) : null) };
}

/** The record in `bytes`, checked to belong at `key`; the codec's or a `key_record_mismatch` error when not. */
function recordAt(key: string, bytes: Uint8Array, limits: DecodeLimits): SessionRecord | RecordDecodeError | PipelineError {
  let record: SessionRecord;
  try {
    record = decodeSessionRecord(bytes, limits);
  } catch (e) {
    if (e instanceof RecordDecodeError) return e;
    throw e;
  }
  const expected = sessionKey(record.session_id, record.started_at);
  if (expected === key) return record;
  return new PipelineError('key_record_mismatch', `record ${record.session_id} started ${record.started_at} belongs at ${expected}, not ${key}`);
}

/**
 * The session's stored score, or null when there is none; `unusable` says why a stored one cannot
 * be used (unreadable, oversized, or a rules_version that is not one). On AWS the role may read
 * every score but has no s3:ListBucket, so S3 answers a missing score with 403: none stored.
 */
async function storedScore(s3: S3Client, bucket: string, record: SessionRecord): Promise<{ score: LeadScore | null; unusable: string | null }> {
  let stored: LeadScore | null;
  try {
    stored = await readLeadScore(s3, bucket, record);
  } catch (e) {
    if (isAccessDenied(e)) return { score: null, unusable: null };
    if (e instanceof LeadScoreError || e instanceof RecordDecodeError) return { score: null, unusable: e.message };
    throw e;
  }
  if (stored && !isRulesVersion(stored.rules_version)) {
    return { score: null, unusable: `stored rules_version ${JSON.stringify(stored.rules_version)} is not a rules version` };
  }
  return { score: stored, unusable: null };
}

/** Publish the hot-lead alert for `score`, once per (session_id, rules_version) when an AlertOnce is given. Never throws. */
async function sendAlert(input: ScoreSessionInput, record: SessionRecord, score: LeadScore): Promise<AlertOutcome> {
  const { publisher, alertOnce, contact } = input.alerts;
  const alert = buildHotLeadAlert(record, score, s3Uri(input.bucket, input.key), { contact });
  try {
    if (!alertOnce) await publisher.publish(alert);
    const ran = alertOnce ? await alertOnce.run({ session_id: score.session_id, rules_version: score.rules_version }, () => publisher.publish(alert)) : true;
    return { status: ran ? 'sent' : 'already_sent' };
  } catch (error) {
    return { status: 'failed', error };
  }
}
