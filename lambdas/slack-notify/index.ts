/**
 * slack-notify Lambda entry (esbuild-bundled, ESM, Node 22), subscribed to the hot-leads topic.
 * Webhook URL: env SLACK_WEBHOOK_URL, else the Secrets Manager secret SLACK_WEBHOOK_SECRET_ARN
 * (plain string, or JSON with a `url`/`webhook_url` field), fetched once and cached for
 * SLACK_WEBHOOK_CACHE_SECONDS (default 300) so a rotated secret is picked up.
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SNSEvent } from 'aws-lambda';
import { SnsEventEnvelope } from '../../lib/pipeline/events';
import { powertools, withPowertools } from '../shared/powertools';
import { makeSlackNotifyHandler, SERVICE_NAME, type SlackNotifyResult } from './handler';
import { cachedWebhookUrl } from './webhook-url';

const pt = powertools(SERVICE_NAME);
const webhookUrl = cachedWebhookUrl({
  url: process.env.SLACK_WEBHOOK_URL,
  secretArn: process.env.SLACK_WEBHOOK_SECRET_ARN,
  secrets: () => pt.tracer.captureAWSv3Client(new SecretsManagerClient({})),
  ttlMs: Number(process.env.SLACK_WEBHOOK_CACHE_SECONDS ?? 300) * 1000,
});

export const handler = withPowertools<SNSEvent, SlackNotifyResult>(makeSlackNotifyHandler({ webhookUrl, logger: pt.logger, metrics: pt.metrics }), pt, SnsEventEnvelope);
