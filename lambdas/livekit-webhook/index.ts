/**
 * livekit-webhook Lambda entry (esbuild-bundled, ESM, Node 22), behind a Function URL (auth NONE:
 * every request is verified with LiveKit's WebhookReceiver in the core, ./handler.ts).
 * Env: SESSION_BUCKET (room pointers under checkpoints/rooms/), RECONCILE_QUEUE_URL (checks are
 * sent there with DelaySeconds = RECONCILE_GRACE_SECONDS, default 120, at most 900: SQS's limit),
 * LIVEKIT_SECRET_ARN (JSON with LIVEKIT_API_KEY and LIVEKIT_API_SECRET, fetched once and cached
 * for LIVEKIT_SECRET_CACHE_SECONDS, default 300).
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { S3Client } from '@aws-sdk/client-s3';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { WebhookReceiver } from 'livekit-server-sdk';
import { FunctionUrlEnvelope } from '../../lib/pipeline/events';
import { DEFAULT_GRACE_SECONDS } from '../../lib/pipeline/reconcile';
import { requireEnv } from '../shared/observability';
import { powertools, withPowertools } from '../shared/powertools';
import { makeLivekitWebhookHandler, SERVICE_NAME, type WebhookResponse } from './handler';

const pt = powertools(SERVICE_NAME);
const s3 = pt.tracer.captureAWSv3Client(new S3Client({}));
const sqs = pt.tracer.captureAWSv3Client(new SQSClient({}));
const secrets = pt.tracer.captureAWSv3Client(new SecretsManagerClient({}));
const bucket = requireEnv('SESSION_BUCKET');
const queueUrl = requireEnv('RECONCILE_QUEUE_URL');
const secretArn = requireEnv('LIVEKIT_SECRET_ARN');
const graceSeconds = Math.min(900, Math.max(0, Number(process.env.RECONCILE_GRACE_SECONDS ?? DEFAULT_GRACE_SECONDS)));
const cacheMs = Number(process.env.LIVEKIT_SECRET_CACHE_SECONDS ?? 300) * 1000;

let cached: { receiver: WebhookReceiver; at: number } | undefined;
/** The receiver for the project's current API key and secret. @throws Error when the secret lacks them. */
async function receiver(): Promise<WebhookReceiver> {
  if (cached && Date.now() - cached.at < cacheMs) return cached.receiver;
  const res = await secrets.send(new GetSecretValueCommand({ SecretId: secretArn }));
  const value = JSON.parse(res.SecretString ?? '{}') as Record<string, unknown>;
  if (typeof value.LIVEKIT_API_KEY !== 'string' || typeof value.LIVEKIT_API_SECRET !== 'string') {
    throw new Error(`secret ${secretArn} has no LIVEKIT_API_KEY/LIVEKIT_API_SECRET strings`);
  }
  cached = { receiver: new WebhookReceiver(value.LIVEKIT_API_KEY, value.LIVEKIT_API_SECRET), at: Date.now() };
  return cached.receiver;
}

const core = makeLivekitWebhookHandler({
  receiver: { receive: async (body, auth) => (await receiver()).receive(body, auth) },
  schedule: async (check) => {
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(check), DelaySeconds: graceSeconds }));
  },
  s3,
  bucket,
  logger: pt.logger,
  metrics: pt.metrics,
});

export const handler = withPowertools<LambdaFunctionURLEvent, WebhookResponse>(
  (event) => core({ body: event.body, isBase64Encoded: event.isBase64Encoded, headers: event.headers ?? {} }),
  pt,
  FunctionUrlEnvelope,
);
