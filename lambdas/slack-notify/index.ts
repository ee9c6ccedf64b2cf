/**
 * slack-notify Lambda entry (esbuild-bundled, ESM, Node 22), subscribed to the hot-leads topic.
 * Webhook URL: env SLACK_WEBHOOK_URL, else the Secrets Manager secret SLACK_WEBHOOK_SECRET_ARN
 * (plain string, or JSON with a `url`/`webhook_url` field), fetched once and cached for
 * SLACK_WEBHOOK_CACHE_SECONDS (default 300) so a rotated secret is picked up.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { SnsEventEnvelope } from '../../lib/pipeline/events';
import { makeSlackNotifyHandler, SERVICE_NAME, type SlackNotifyResult } from './handler';
import { cachedWebhookUrl } from './webhook-url';

const logger = new Logger({ serviceName: SERVICE_NAME });
const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Trialist', serviceName: SERVICE_NAME });
const tracer = new Tracer({ serviceName: SERVICE_NAME });

const webhookUrl = cachedWebhookUrl({
  url: process.env.SLACK_WEBHOOK_URL,
  secretArn: process.env.SLACK_WEBHOOK_SECRET_ARN,
  secrets: () => tracer.captureAWSv3Client(new SecretsManagerClient({})),
  ttlMs: Number(process.env.SLACK_WEBHOOK_CACHE_SECONDS ?? 300) * 1000,
});

export const handler = middy<SNSEvent, SlackNotifyResult>(makeSlackNotifyHandler({ webhookUrl, logger, metrics }))
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics, { captureColdStartMetric: true }))
  // the envelope only (zod): each record is validated by the core, so one odd record cannot fail the batch
  .use(parser({ schema: SnsEventEnvelope }) as unknown as middy.MiddlewareObj<SNSEvent, SlackNotifyResult>);
