/**
 * compact Lambda entry (esbuild-bundled, ESM, Node 22), invoked by an EventBridge Scheduler rule.
 * Env: SESSION_BUCKET, GLUE_DATABASE, ATHENA_WORKGROUP (all required).
 */
import { AthenaClient } from '@aws-sdk/client-athena';
import { GlueClient } from '@aws-sdk/client-glue';
import { S3Client } from '@aws-sdk/client-s3';
import * as z from '../../lib/zod-mini';
import { requireEnv } from '../shared/observability';
import { powertools, withPowertools } from '../shared/powertools';
import { makeCompactHandler, SERVICE_NAME, type CompactEvent } from './handler';
import type { AthenaCompactReport } from '../../lib/lake/athena-compact';

const pt = powertools(SERVICE_NAME);

/** The scheduler's input: `{}` or `{"days": ["YYYY-MM-DD", ...]}`. */
const CompactEventSchema = z.object({ days: z.optional(z.array(z.string())) });

export const handler = withPowertools<CompactEvent, AthenaCompactReport>(
  makeCompactHandler({
    athena: pt.tracer.captureAWSv3Client(new AthenaClient({})),
    glue: pt.tracer.captureAWSv3Client(new GlueClient({})),
    s3: pt.tracer.captureAWSv3Client(new S3Client({})),
    bucket: requireEnv('SESSION_BUCKET'),
    database: requireEnv('GLUE_DATABASE'),
    workGroup: requireEnv('ATHENA_WORKGROUP'),
    logger: pt.logger,
    metrics: pt.metrics,
  }),
  pt,
  CompactEventSchema,
);
