/**
 * score-lead Lambda entry (esbuild-bundled, ESM, Node 22): middy over the handler core with
 * Powertools logger, metrics (EMF) and tracer. Clients are created once per container.
 * Env: HOT_LEADS_TOPIC_ARN (required), POWERTOOLS_* (optional).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import middy from '@middy/core';
import type { S3Event } from 'aws-lambda';
import { SnsAlertPublisher } from '../../lib/alerts';
import { requireEnv } from '../shared/observability';
import { makeScoreLeadHandler, SERVICE_NAME, type ScoreLeadResult } from './handler';

const logger = new Logger({ serviceName: SERVICE_NAME });
const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Trialist', serviceName: SERVICE_NAME });
const tracer = new Tracer({ serviceName: SERVICE_NAME });

const s3 = tracer.captureAWSv3Client(new S3Client({}));
const sns = tracer.captureAWSv3Client(new SNSClient({}));
const publisher = new SnsAlertPublisher(sns, requireEnv('HOT_LEADS_TOPIC_ARN'));

export const handler = middy<S3Event, ScoreLeadResult>(makeScoreLeadHandler({ s3, publisher, logger, metrics }))
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics, { captureColdStartMetric: true }));
