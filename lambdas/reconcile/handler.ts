/**
 * reconcile, the handler core: run one scheduled check (lib/pipeline/reconcile.ts) and report it
 * in logs and metrics (`CallsRecovered`, `CallsLost`, `RoomsWithoutSession`; alarms on AWS).
 * Throws on a transient failure (S3), so the queue consumer retries the message.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { parseReconcileCheck, runReconcileCheck, type ReconcileCheck, type ReconcileDeps, type ReconcileOutcome } from '../../lib/pipeline/reconcile';
import { defaultLogger, NO_METRICS, type HandlerLogger, type HandlerMetrics } from '../shared/observability';

export const SERVICE_NAME = 'reconcile';

export interface ReconcileHandlerDeps extends ReconcileDeps {
  logger?: HandlerLogger;
  metrics?: HandlerMetrics;
}

/** Metric per outcome (present: nothing was missing). */
const OUTCOME_METRIC: Record<ReconcileOutcome['action'], string> = {
  record_present: 'RecordsPresent',
  raced_real_record: 'RecordsPresent',
  recovered_from_checkpoint: 'CallsRecovered',
  lost_before_checkpoint: 'CallsLost',
  room_without_session: 'RoomsWithoutSession',
};

/** Build the check runner: resolves to what it did. @throws the check's errors (retried by the queue). */
export function makeReconcileHandler(deps: ReconcileHandlerDeps): (check: ReconcileCheck) => Promise<ReconcileOutcome> {
  const logger = deps.logger ?? defaultLogger(SERVICE_NAME);
  const metrics = deps.metrics ?? NO_METRICS;
  return async (check) => {
    const outcome = await runReconcileCheck(deps, check);
    metrics.addMetric(OUTCOME_METRIC[outcome.action], 'Count', 1);
    if (outcome.action === 'recovered_from_checkpoint') {
      logger.warn('call recovered from its checkpoint: the agent never exported it', { ...outcome });
    } else if (outcome.action === 'lost_before_checkpoint') {
      logger.error('call lost before any checkpoint: wrote a minimal record from the webhook', { ...outcome });
    } else if (outcome.action === 'room_without_session') {
      logger.warn('room finished without a session announced by the agent', { ...outcome, room_name: check.kind === 'room' ? check.room_name : null });
    } else {
      logger.info('session record present; nothing to reconcile', { ...outcome });
    }
    return outcome;
  };
}

/**
 * The SQS consumer over the check runner: one check per message (parsed with
 * `parseReconcileCheck`); a message that failed (S3 errors, a malformed body) is reported as a
 * batch item failure, received again after the visibility timeout and, past maxReceiveCount, moved
 * to the dead-letter queue. Never a function error.
 */
export function makeReconcileQueueHandler(
  run: (check: ReconcileCheck) => Promise<ReconcileOutcome>,
): (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse> {
  const recordHandler = async (record: SQSRecord) => run(parseReconcileCheck(record.body));
  return async (event, context) =>
    processPartialResponse(event, recordHandler, new BatchProcessor(EventType.SQS), { context, throwOnFullBatchFailure: false }) as Promise<SQSBatchResponse>;
}
