/**
 * crm-sync Lambda entry (esbuild-bundled, ESM, Node 22), invoked by the EventBridge rule on new
 * objects under `scores/`. HubSpot private-app token: the Secrets Manager secret
 * HUBSPOT_TOKEN_SECRET_ARN (plain string, or JSON with a `token` field), read once per container;
 * HUBSPOT_BASE_PATH overrides the API base (tests, sandboxes).
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { HubSpotCrm } from '../../lib/crm/hubspot';
import type { CrmClient, CrmSyncPlan } from '../../lib/crm/types';
import { S3EventEnvelope } from '../../lib/pipeline/events';
import { requireEnv } from '../shared/observability';
import { powertools, withPowertools } from '../shared/powertools';
import { makeCrmSyncHandler, SERVICE_NAME, type CrmSyncHandlerResult } from './handler';

const pt = powertools(SERVICE_NAME);
const s3 = pt.tracer.captureAWSv3Client(new S3Client({}));
let hubspot: Promise<HubSpotCrm> | undefined;

/** The token out of a secret string: the string itself, or JSON `{ "token" | "access_token": ... }`. */
export function tokenFromSecret(secret: string): string {
  const s = secret.trim();
  if (!s.startsWith('{')) return s;
  const v = JSON.parse(s) as Record<string, unknown>;
  const token = v.token ?? v.access_token;
  if (typeof token !== 'string' || token === '') throw new Error('HubSpot token secret JSON has no "token" field');
  return token;
}

const crm: CrmClient = {
  async sync(plan: CrmSyncPlan) {
    hubspot ??= (async () => {
      const secrets = pt.tracer.captureAWSv3Client(new SecretsManagerClient({}));
      const out = await secrets.send(new GetSecretValueCommand({ SecretId: requireEnv('HUBSPOT_TOKEN_SECRET_ARN') }));
      return new HubSpotCrm({ accessToken: tokenFromSecret(out.SecretString ?? ''), basePath: process.env.HUBSPOT_BASE_PATH || undefined });
    })().catch((e) => {
      hubspot = undefined;
      throw e;
    });
    return (await hubspot).sync(plan);
  },
};

export const handler = withPowertools<S3Event, CrmSyncHandlerResult>(makeCrmSyncHandler({ s3, crm, logger: pt.logger, metrics: pt.metrics }), pt, S3EventEnvelope);
