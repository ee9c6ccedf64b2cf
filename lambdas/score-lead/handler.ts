/**
 * score-lead, the handler core: for each S3 event record, read the session record, validate it,
 * score it, write the score under `scores/`, and publish a hot-lead alert when the tier is hot.
 * A bad record (key outside the layout, malformed, hostile, missing) is quarantined with its reason
 * and logged; the rest of the batch goes on. Transient failures (S3/SNS errors) are retried by
 * throwing `ScoreLeadBatchError` after the whole batch was tried, so AWS redelivers.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
// Modules, not the lib/alerts and lib/pipeline barrels: those would bundle the Glue client and the local stores.
import { buildHotLeadAlert, s3Uri } from '../../lib/alerts/alert';
import type { AlertOnce } from '../../lib/alerts/alert-once';
import type { AlertPublisher } from '../../lib/alerts/publisher';
import { PipelineError, type QuarantineReason } from '../../lib/pipeline/errors';
import { quarantineObject, readObjectBytes, writeLeadScore } from '../../lib/pipeline/objects';
import { DEFAULT_RULES, scoreLead, type LeadScore, type RulesConfig } from '../../lib/scoring';
import {
  DEFAULT_DECODE_LIMITS,
  decodeSessionRecord,
  RecordDecodeError,
  sessionKey,
  type DecodeLimits,
} from '../../lib/session-record';
import { defaultLogger, NO_METRICS, type HandlerLogger, type HandlerMetrics } from '../shared/observability';
import { resolveSessionObject } from '../shared/s3-event';

export type { AlertOnce } from '../../lib/alerts/alert-once';

export const SERVICE_NAME = 'score-lead';

/** What one invocation did. `alerted` lists session ids; quarantined keys are URL-decoded. */
export interface ScoreLeadResult {
  scored: LeadScore[];
  alerted: string[];
  quarantined: { key: string; reason: string; message: string }[];
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
    const result: ScoreLeadResult = { scored: [], alerted: [], quarantined: [] };
    const failures: { key: string; error: unknown }[] = [];
    const seen = new Set<string>();

    const quarantine = async (bucket: string | null, key: string, reason: QuarantineReason, message: string, issues: readonly string[]) => {
      logger.error('record quarantined', { reason, bucket, key, message, issues: issues.slice(0, 20) });
      metrics.addMetric(`Quarantined_${reason}`, 'Count', 1);
      metrics.addMetric('RecordsQuarantined', 'Count', 1);
      if (bucket) {
        await quarantineObject(deps.s3, {
          original_key: key,
          bucket,
          reason,
          message,
          issues,
          consumer: SERVICE_NAME,
          at: now().toISOString(),
        });
      }
      result.quarantined.push({ key, reason, message });
    };

    for (const raw of event?.Records ?? []) {
      const resolved = resolveSessionObject(raw);
      if (!resolved.ok) {
        const r = resolved.rejected;
        try {
          await quarantine(r.bucket, r.key, r.reason, r.message, r.issues);
        } catch (error) {
          failures.push({ key: r.key, error });
        }
        continue;
      }
      const { bucket, key, event: ev } = resolved.ref;
      const dedupe = `${bucket}\u0000${key}\u0000${ev.s3.object.versionId ?? ev.s3.object.sequencer ?? ''}`;
      if (seen.has(dedupe)) {
        logger.info('duplicate event record in batch skipped', { bucket, key });
        metrics.addMetric('DuplicateRecordsSkipped', 'Count', 1);
        continue;
      }
      seen.add(dedupe);

      try {
        const bytes = await readObjectBytes(deps.s3, bucket, key, limits);
        const record = decodeSessionRecord(bytes, limits);
        const expected = sessionKey(record.session_id, record.started_at);
        if (expected !== key) {
          throw new PipelineError('key_record_mismatch', `record ${record.session_id} started ${record.started_at} belongs at ${expected}, not ${key}`);
        }
        const score = scoreLead(record, rules, now());
        await writeLeadScore(deps.s3, bucket, score);
        result.scored.push(score);
        metrics.addMetric('RecordsScored', 'Count', 1);
        logger.info('lead scored', { session_id: score.session_id, score: score.score, tier: score.tier, rules_version: score.rules_version, key });
        if (score.tier === 'hot') {
          const alert = buildHotLeadAlert(record, score, s3Uri(bucket, key));
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
        if (error instanceof RecordDecodeError || error instanceof PipelineError) {
          try {
            await quarantine(bucket, key, error.reason, error.message, error.issues);
          } catch (qerr) {
            failures.push({ key, error: qerr });
          }
        } else {
          logger.error('record failed; the batch will be redelivered', { bucket, key, error: error as Error });
          metrics.addMetric('RecordsFailed', 'Count', 1);
          failures.push({ key, error });
        }
      }
    }
    if (failures.length) throw new ScoreLeadBatchError(result, failures);
    return result;
  };
}
