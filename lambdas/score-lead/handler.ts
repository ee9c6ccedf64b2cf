/**
 * score-lead, the handler core: for each S3 event record, read the session record, validate it,
 * score it, write the score under `scores/`, and publish a hot-lead alert when the tier is hot. A
 * session a newer rules version already scored is left as it is (lib/pipeline/score-versions.ts:
 * a late event must not put an older score back); one scored by an older version has that score
 * archived under `score-versions/` first; a redelivery that scores the same writes nothing.
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
import { buildHotLeadAlert, s3Uri } from '../../lib/alerts/alert';
import type { AlertOnce } from '../../lib/alerts/alert-once';
import type { AlertPublisher } from '../../lib/alerts/publisher';
import { PipelineError, type QuarantineReason } from '../../lib/pipeline/errors';
import { markDayChanged } from '../../lib/lake/changes';
import { identifyStored, indexCallerSession } from '../../lib/privacy/caller-index';
import { isAccessDenied, openObject, readLeadScore, writeLeadScore } from '../../lib/pipeline/objects';
import { archiveLeadScore, decideScoreWrite } from '../../lib/pipeline/score-versions';
import { findQuarantined, quarantineObject, type ReadObject } from '../../lib/pipeline/quarantine';
import { DEFAULT_RULES, isRulesVersion, LeadScoreError, scoreLead, type LeadScore, type RulesConfig } from '../../lib/scoring';
import {
  DEFAULT_DECODE_LIMITS,
  decodeSessionRecord,
  RecordDecodeError,
  SESSIONS_PREFIX,
  sessionKey,
  type DecodeLimits,
  type SessionRecord,
} from '../../lib/session-record';
import { hasDotSegment } from '../../lib/bucket-layout';
import { defaultLogger, NO_METRICS, type HandlerLogger, type HandlerMetrics } from '../shared/observability';
import { resolveSessionObject, type RejectedEventRecord } from '../shared/s3-event';

export type { AlertOnce } from '../../lib/alerts/alert-once';

export const SERVICE_NAME = 'score-lead';

/** What one invocation did. `alerted` lists session ids; quarantined keys are URL-decoded. */
export interface ScoreLeadResult {
  scored: LeadScore[];
  alerted: string[];
  /** Objects quarantined now; `moved_to` is where their bytes went (null when nothing was moved). */
  quarantined: { key: string; reason: string; message: string; moved_to: string | null }[];
  /** Objects found gone because an earlier delivery moved them to quarantine (`note` is its note's key). */
  already_quarantined: { key: string; reason: string; note: string }[];
  /** Sessions left as they were because a newer rules version had already scored them (no write, no alert). */
  kept_newer: { session_id: string; stored_rules_version: string }[];
}

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

/** Thrown after the whole batch was tried when some records failed transiently; carries the partial result. */
export class ScoreLeadBatchError extends Error {
  constructor(
    readonly result: ScoreLeadResult,
    readonly failures: { key: string; error: unknown }[],
  ) {
    super(
      `score-lead: ${failures.length} record(s) failed transiently (will be redelivered): ${failures
        .map((f) => `${f.key}: ${(f.error as Error)?.message ?? String(f.error)}`)
        .join('; ')
        .slice(0, 1000)}`,
    );
    this.name = 'ScoreLeadBatchError';
  }
}

/** Build the score-lead handler over its dependencies (clients created once by the caller). */
export function makeScoreLeadHandler(deps: ScoreLeadDeps): (event: S3Event) => Promise<ScoreLeadResult> {
  const now = deps.now ?? (() => new Date());
  const rules = deps.rules ?? DEFAULT_RULES;
  const limits = deps.limits ?? DEFAULT_DECODE_LIMITS;
  const logger = deps.logger ?? defaultLogger(SERVICE_NAME);
  const metrics = deps.metrics ?? NO_METRICS;

  return async (event) => {
    const result: ScoreLeadResult = { scored: [], alerted: [], quarantined: [], already_quarantined: [], kept_newer: [] };
    const failures: { key: string; error: unknown }[] = [];
    const seen = new Set<string>();

    /** Quarantine one object (moved out of `sessions/` when there is one, with a note) and report it. */
    const quarantine = async (bucket: string | null, key: string, reason: QuarantineReason, message: string, issues: readonly string[], object: ReadObject | null) => {
      const at = now().toISOString();
      const done = bucket ? await quarantineObject(deps.s3, { bucket, key, reason, message, issues, consumer: SERVICE_NAME, at, object }) : null;
      logger.error('record quarantined', { reason, bucket, key, message, issues: issues.slice(0, 20), ...done });
      metrics.addMetric(`Quarantined_${reason}`, 'Count', 1);
      metrics.addMetric('RecordsQuarantined', 'Count', 1);
      result.quarantined.push({ key, reason, message, moved_to: done?.moved_to ?? null });
    };
    /**
     * The session's stored score, or null when there is none or it cannot be used (unreadable,
     * oversized, or a rules_version that is not one): scores derive from the record, so such a
     * score is replaced, with a warning, rather than failing or quarantining the record. On AWS the
     * role may read every score but has no s3:ListBucket, so S3 answers a missing score with 403.
     */
    const storedScore = async (bucket: string, record: SessionRecord): Promise<LeadScore | null> => {
      const unusable = (error: string) => {
        logger.warn('stored score unusable; replacing it', { session_id: record.session_id, error });
        metrics.addMetric('StoredScoreUnusable', 'Count', 1);
        return null;
      };
      let stored: LeadScore | null;
      try {
        stored = await readLeadScore(deps.s3, bucket, record);
      } catch (e) {
        if (isAccessDenied(e)) return null;
        if (e instanceof LeadScoreError || e instanceof RecordDecodeError) return unusable(e.message);
        throw e;
      }
      if (stored && !isRulesVersion(stored.rules_version)) return unusable(`stored rules_version ${JSON.stringify(stored.rules_version)} is not a rules version`);
      return stored;
    };
    /**
     * A record about to be quarantined that still names its session, start and phone hash at its own
     * key is indexed too: its quarantined copy holds the caller's words, and erasure must find it.
     */
    const indexQuarantined = async (bucket: string, key: string, bytes: Uint8Array | null) => {
      const id = identifyStored(bytes);
      if (!id.session_id || !id.started_at || !id.phone_hash) return;
      let expected: string | null = null;
      try {
        expected = sessionKey(id.session_id, id.started_at);
      } catch {
        return;
      }
      if (expected === key) await indexCallerSession(deps.s3, bucket, { session_id: id.session_id, started_at: id.started_at, caller: { phone_hash: id.phone_hash } });
    };
    const failed = (key: string, error: unknown, what: string) => {
      if ((error as Error)?.name === 'IdempotencyAlreadyInProgressError') {
        // another delivery of the same event is publishing this alert right now: not an error
        logger.info('alert in progress in a concurrent delivery; this one is retried', { key });
        metrics.addMetric('AlertInProgressRetried', 'Count', 1);
      } else {
        logger.error(`${what}; the record will be redelivered`, { key, error: error as Error });
        metrics.addMetric('RecordsFailed', 'Count', 1);
      }
      failures.push({ key, error });
    };

    for (const raw of event?.Records ?? []) {
      const resolved = resolveSessionObject(raw);
      let bucket: string;
      let key: string;
      /** Why the event record is unusable; a key outside the layout under sessions/ is still read, to be moved. */
      let rejected: RejectedEventRecord | null = null;
      if (resolved.ok) {
        ({ bucket, key } = resolved.ref);
        const ev = resolved.ref.event;
        const dedupe = `${bucket}\u0000${key}\u0000${ev.s3.object.versionId ?? ev.s3.object.sequencer ?? ''}`;
        if (seen.has(dedupe)) {
          logger.info('duplicate event record in batch skipped', { bucket, key });
          metrics.addMetric('DuplicateRecordsSkipped', 'Count', 1);
          continue;
        }
        seen.add(dedupe);
      } else {
        rejected = resolved.rejected;
        if (!rejected.bucket || rejected.reason !== 'key_outside_layout' || !rejected.key.startsWith(SESSIONS_PREFIX) || hasDotSegment(rejected.key)) {
          // an unusable event record, a key outside sessions/ or one with `.`/`..` segments: nothing of ours to move, note only
          try {
            await quarantine(rejected.bucket, rejected.key, rejected.reason, rejected.message, rejected.issues, null);
          } catch (error) {
            failed(rejected.key, error, 'quarantine failed');
          }
          continue;
        }
        bucket = rejected.bucket;
        key = rejected.key;
      }

      let read: ReadObject | undefined;
      try {
        const opened = await openObject(deps.s3, bucket, key);
        read = { head: opened.head };
        read.bytes = await opened.read(limits.maxCompressedBytes);
        if (rejected) throw new PipelineError('key_outside_layout', rejected.message);
        const record = decodeSessionRecord(read.bytes, limits);
        const expected = sessionKey(record.session_id, record.started_at);
        if (expected !== key) {
          throw new PipelineError('key_record_mismatch', `record ${record.session_id} started ${record.started_at} belongs at ${expected}, not ${key}`);
        }
        // the curated lake rebuilds this day at its next compaction (lib/lake/changes.ts)
        await markDayChanged(deps.s3, bucket, record.session_id, record.started_at);
        // erasure finds the caller's sessions by keyed hash (lib/privacy/caller-index.ts)
        await indexCallerSession(deps.s3, bucket, record);
        const score = scoreLead(record, rules, now());
        const stored = await storedScore(bucket, record);
        const decision = decideScoreWrite(stored, score);
        if (decision.action === 'keep_newer') {
          logger.info('a newer rules version already scored this session; kept it, no alert', { session_id: score.session_id, rules_version: score.rules_version, stored_rules_version: decision.stored_rules_version, key });
          metrics.addMetric('NewerScoreKept', 'Count', 1);
          result.kept_newer.push({ session_id: score.session_id, stored_rules_version: decision.stored_rules_version });
          continue;
        }
        if (decision.action === 'write') {
          if (decision.archivePrevious && stored) await archiveLeadScore(deps.s3, bucket, stored, score.rules_version);
          await writeLeadScore(deps.s3, bucket, score);
        }
        result.scored.push(score);
        metrics.addMetric('RecordsScored', 'Count', 1);
        logger.info('lead scored', { session_id: score.session_id, score: score.score, tier: score.tier, rules_version: score.rules_version, key, written: decision.action === 'write' });
        if (score.tier === 'hot') {
          const alert = buildHotLeadAlert(record, score, s3Uri(bucket, key), { contact: deps.alertContact });
          const publish = () => deps.publisher.publish(alert);
          const ran = deps.alertOnce
            ? await deps.alertOnce.run({ session_id: score.session_id, rules_version: score.rules_version }, publish)
            : (await publish(), true);
          if (ran) {
            result.alerted.push(score.session_id);
            metrics.addMetric('HotLeadAlerts', 'Count', 1);
          } else {
            logger.info('hot-lead alert already sent', { session_id: score.session_id, rules_version: score.rules_version });
            metrics.addMetric('DuplicateAlertsSuppressed', 'Count', 1);
          }
        }
      } catch (error) {
        try {
          // Gone (404; or 403, which is what S3 answers for a missing key without s3:ListBucket):
          // an earlier delivery may have moved it to quarantine.
          const gone = !read && ((error instanceof PipelineError && error.reason === 'object_missing') || isAccessDenied(error));
          const earlier = gone ? await findQuarantined(deps.s3, bucket, key) : null;
          if (earlier) {
            logger.info('already quarantined', { bucket, key, ...earlier });
            metrics.addMetric('AlreadyQuarantined', 'Count', 1);
            result.already_quarantined.push({ key, reason: earlier.reason, note: earlier.note });
          } else if (error instanceof RecordDecodeError || error instanceof PipelineError) {
            // a key outside the layout keeps that reason (whether or not its object could be read)
            const why = rejected ?? error;
            await indexQuarantined(bucket, key, read?.bytes ?? null);
            await quarantine(bucket, key, why.reason, why.message, why.issues, read ?? null);
          } else failed(key, error, 'record failed');
        } catch (qerr) {
          failed(key, qerr, 'quarantine failed');
        }
      }
    }
    if (failures.length) throw new ScoreLeadBatchError(result, failures);
    return result;
  };
}
