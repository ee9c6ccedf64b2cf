/**
 * reconcile Lambda entry (esbuild-bundled, ESM, Node 22): consumes the delayed checks the
 * livekit-webhook function schedules (SQS, partial batch responses) and writes a recovered or
 * minimal record for a call that has none (./handler.ts, lib/pipeline/reconcile.ts).
 * Env: SESSION_BUCKET.
 */
import { S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { SqsEventEnvelope } from '../../lib/pipeline/events';
import { PRICE_TABLE_VERSION } from '../../lib/pricing';
import { requireEnv } from '../shared/observability';
import { powertools, withPowertools } from '../shared/powertools';
import { makeReconcileHandler, makeReconcileQueueHandler, SERVICE_NAME } from './handler';

const pt = powertools(SERVICE_NAME);
const run = makeReconcileHandler({
  s3: pt.tracer.captureAWSv3Client(new S3Client({})),
  bucket: requireEnv('SESSION_BUCKET'),
  priceTableVersion: PRICE_TABLE_VERSION,
  logger: pt.logger,
  metrics: pt.metrics,
});

export const handler = withPowertools<SQSEvent, SQSBatchResponse>(makeReconcileQueueHandler(run), pt, SqsEventEnvelope);
