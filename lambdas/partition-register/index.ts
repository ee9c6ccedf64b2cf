/**
 * partition-register Lambda entry (esbuild-bundled, ESM, Node 22): registers day partitions in
 * the Glue Data Catalog. Env: GLUE_DATABASE (required), GLUE_TABLE (default voice_sessions).
 */
import { GlueClient } from '@aws-sdk/client-glue';
import type { S3Event } from 'aws-lambda';
import { GlueCatalog } from '../../lib/pipeline/catalog';
import { S3EventEnvelope } from '../../lib/pipeline/events';
import { requireEnv } from '../shared/observability';
import { powertools, withPowertools } from '../shared/powertools';
import { DEFAULT_TABLE, makePartitionRegisterHandler, SERVICE_NAME, type PartitionRegisterResult } from './handler';

const pt = powertools(SERVICE_NAME);
const catalog = new GlueCatalog(pt.tracer.captureAWSv3Client(new GlueClient({})), requireEnv('GLUE_DATABASE'));

export const handler = withPowertools<S3Event, PartitionRegisterResult>(
  makePartitionRegisterHandler({ catalog, table: process.env.GLUE_TABLE || DEFAULT_TABLE, logger: pt.logger, metrics: pt.metrics }),
  pt,
  S3EventEnvelope,
);
