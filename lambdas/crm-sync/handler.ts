/**
 * crm-sync, the handler core: for each new lead score under `scores/` (every scored call, not only
 * hot ones, and again after a rescore), read the score and its session record and sync them to the
 * CRM (lib/crm: contact, exactly one Call engagement per session, score/tier/next-step properties,
 * a task for the owner when hot). Any failure is thrown after the whole batch was tried: transient
 * ones (5xx, rate limit beyond the allowed wait, S3) come back through the redelivery, permanent ones
 * (`CrmPermanentError`, an unreadable score) end in the function's dead-letter queue (alarmed).
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { s3Uri } from '../../lib/alerts/alert';
import { crmSyncPlan, type CrmClient, type CrmSyncResult } from '../../lib/crm/types';
import { readSessionRecord } from '../../lib/pipeline/objects';
import { sessionKey } from '../../lib/session-record';
import { batchFailureMessage, readScoreObject, scoreObjectOf } from '../shared/score-event';
import { defaultLogger, NO_METRICS, type HandlerLogger, type HandlerMetrics } from '../shared/observability';

export const SERVICE_NAME = 'crm-sync';

export interface CrmSyncDeps {
  s3: S3Client;
  crm: CrmClient;
  logger?: HandlerLogger;
  metrics?: HandlerMetrics;
  now?: () => Date;
}

export interface CrmSyncHandlerResult {
  synced: (CrmSyncResult & { session_id: string })[];
  skipped: { key: string; why: string }[];
}

/** Thrown after the batch was tried when some scores could not be synced. */
export class CrmSyncBatchError extends Error {
  constructor(
    readonly result: CrmSyncHandlerResult,
    readonly failures: { key: string; error: unknown }[],
  ) {
    super(batchFailureMessage('crm-sync', 'score(s) not synced', failures));
    this.name = 'CrmSyncBatchError';
  }
}

/** Build the crm-sync handler over its dependencies. */
export function makeCrmSyncHandler(deps: CrmSyncDeps): (event: S3Event) => Promise<CrmSyncHandlerResult> {
  const logger = deps.logger ?? defaultLogger(SERVICE_NAME);
  const metrics = deps.metrics ?? NO_METRICS;
  const now = deps.now ?? (() => new Date());
  return async (event) => {
    const result: CrmSyncHandlerResult = { synced: [], skipped: [] };
    const failures: { key: string; error: unknown }[] = [];
    for (const r of event?.Records ?? []) {
      const ref = scoreObjectOf(r);
      if (!ref.ok) {
        result.skipped.push({ key: ref.key, why: ref.why });
        continue;
      }
      const { bucket, key } = ref;
      try {
        const score = await readScoreObject(deps.s3, bucket, key);
        const recordKey = sessionKey(score.session_id, score.started_at);
        const record = await readSessionRecord(deps.s3, bucket, recordKey);
        const synced = await deps.crm.sync(crmSyncPlan(record, score, s3Uri(bucket, recordKey), now()));
        result.synced.push({ session_id: score.session_id, ...synced });
        metrics.addMetric(synced.call_created ? 'CrmCallsLogged' : 'CrmCallsAlreadyLogged', 'Count', 1);
        logger.info('synced to CRM', { session_id: score.session_id, ...synced });
      } catch (error) {
        logger.error('CRM sync failed', { key, error: error as Error });
        metrics.addMetric('CrmSyncFailed', 'Count', 1);
        failures.push({ key, error });
      }
    }
    if (failures.length) throw new CrmSyncBatchError(result, failures);
    return result;
  };
}
