/**
 * score-lead Lambda entry (esbuild-bundled, ESM, Node 22): middy over the handler core with
 * Powertools logger, metrics (EMF) and tracer. Clients are created once per container.
 * Env: HOT_LEADS_TOPIC_ARN (required); IDEMPOTENCY_TABLE or IDEMPOTENCY_TABLE_NAME (DynamoDB table, partition key `id`
 * string, TTL attribute `expiration`): when set, exactly one alert per (session_id, rules_version);
 * POWERTOOLS_* (optional).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import middy from '@middy/core';
import type { S3Event } from 'aws-lambda';
import { IdempotentAlertOnce } from '../../lib/alerts/alert-once';
import { SnsAlertPublisher } from '../../lib/alerts/publisher';
import { S3EventEnvelope } from '../../lib/pipeline/events';
import { requireEnv } from '../shared/observability';
import { makeScoreLeadHandler, SERVICE_NAME, type ScoreLeadResult } from './handler';

const logger = new Logger({ serviceName: SERVICE_NAME });
const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Trialist', serviceName: SERVICE_NAME });
const tracer = new Tracer({ serviceName: SERVICE_NAME });

const s3 = tracer.captureAWSv3Client(new S3Client({}));
const sns = tracer.captureAWSv3Client(new SNSClient({}));
const publisher = new SnsAlertPublisher(sns, requireEnv('HOT_LEADS_TOPIC_ARN'));
const idempotencyTable = process.env.IDEMPOTENCY_TABLE || process.env.IDEMPOTENCY_TABLE_NAME;
const alertOnce = idempotencyTable
  ? new IdempotentAlertOnce(
      new DynamoDBPersistenceLayer({ tableName: idempotencyTable, awsSdkV3Client: tracer.captureAWSv3Client(new DynamoDBClient({})) }),
    )
  : undefined;
if (!alertOnce) logger.warn('IDEMPOTENCY_TABLE is not set: redelivered events may alert twice');

export const handler = middy<S3Event, ScoreLeadResult>(makeScoreLeadHandler({ s3, publisher, logger, metrics, alertOnce }))
  .before((request) => alertOnce?.registerLambdaContext(request.context))
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics, { captureColdStartMetric: true }))
  // the envelope only (zod): each record is validated by the core, so one odd record cannot fail the batch
  .use(parser({ schema: S3EventEnvelope }) as unknown as middy.MiddlewareObj<S3Event, ScoreLeadResult>);
