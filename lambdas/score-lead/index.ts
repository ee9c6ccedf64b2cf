/**
 * score-lead Lambda entry (esbuild-bundled, ESM, Node 22): the handler core behind the SQS
 * partial-batch consumer (./queue.ts), with Powertools (../shared/powertools.ts). Clients are
 * created once per container.
 * Env: HOT_LEADS_TOPIC_ARN (required); IDEMPOTENCY_TABLE (DynamoDB table, partition key `id`
 * string, TTL attribute `expiration`): when set, exactly one alert per (session_id, rules_version);
 * ALERT_CONTACT=off: alerts carry no contact details; POWERTOOLS_* (optional).
 */
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { alertContactFromEnv } from '../../lib/alerts/alert';
import { IdempotentAlertOnce } from '../../lib/alerts/alert-once';
import { SnsAlertPublisher } from '../../lib/alerts/publisher';
import { SqsEventEnvelope } from '../../lib/pipeline/events';
import { requireEnv } from '../shared/observability';
import { powertools, withPowertools } from '../shared/powertools';
import { makeScoreLeadHandler, SERVICE_NAME } from './handler';
import { makeScoreLeadQueueHandler } from './queue';

const pt = powertools(SERVICE_NAME);
const { logger, metrics, tracer } = pt;
const s3 = tracer.captureAWSv3Client(new S3Client({}));
const publisher = new SnsAlertPublisher(tracer.captureAWSv3Client(new SNSClient({})), requireEnv('HOT_LEADS_TOPIC_ARN'));
const idempotencyTable = process.env.IDEMPOTENCY_TABLE;
const alertOnce = idempotencyTable
  ? new IdempotentAlertOnce(
      new DynamoDBPersistenceLayer({ tableName: idempotencyTable, awsSdkV3Client: tracer.captureAWSv3Client(new DynamoDBClient({})) }),
    )
  : undefined;
if (!alertOnce) logger.warn('IDEMPOTENCY_TABLE is not set: redelivered events may alert twice');

const core = makeScoreLeadHandler({ s3, publisher, logger, metrics, alertOnce, alertContact: alertContactFromEnv() });

/** SQS consumer with partial batch responses (./queue.ts): a transient failure retries just its message. */
export const handler = withPowertools<SQSEvent, SQSBatchResponse>(makeScoreLeadQueueHandler(core), pt, SqsEventEnvelope).before(
  (request) => alertOnce?.registerLambdaContext(request.context),
);
