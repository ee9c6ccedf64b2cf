/**
 * partition-register Lambda entry (esbuild-bundled, ESM, Node 22): registers day partitions in
 * the Glue Data Catalog. Env: GLUE_DATABASE (required), GLUE_TABLE (default voice_sessions).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { GlueClient } from '@aws-sdk/client-glue';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import middy from '@middy/core';
import type { S3Event } from 'aws-lambda';
import { GlueCatalog } from '../../lib/pipeline/catalog';
import { S3EventEnvelope } from '../../lib/pipeline/events';
import { requireEnv } from '../shared/observability';
import { DEFAULT_TABLE, makePartitionRegisterHandler, SERVICE_NAME, type PartitionRegisterResult } from './handler';

const logger = new Logger({ serviceName: SERVICE_NAME });
const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Trialist', serviceName: SERVICE_NAME });
const tracer = new Tracer({ serviceName: SERVICE_NAME });

const glue = tracer.captureAWSv3Client(new GlueClient({}));
const catalog = new GlueCatalog(glue, requireEnv('GLUE_DATABASE'));

export const handler = middy<S3Event, PartitionRegisterResult>(
  makePartitionRegisterHandler({ catalog, table: process.env.GLUE_TABLE || DEFAULT_TABLE, logger, metrics }),
)
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics, { captureColdStartMetric: true }))
  // the envelope only (zod): each record is validated by the core, so one odd record cannot fail the batch
  .use(parser({ schema: S3EventEnvelope }) as unknown as middy.MiddlewareObj<S3Event, PartitionRegisterResult>);
