/**
 * The init floor every trialist Lambda pays before any of its own code: the observability the issue
 * requires on every handler (Powertools logger, metrics (EMF) and tracer as middy middleware), and
 * nothing else. `npm run bench` bundles this entry like a Lambda and times its import, so the
 * report can show how much of each function's init is this floor plus its AWS SDK clients.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';

const logger = new Logger({ serviceName: 'floor' });
const metrics = new Metrics({ namespace: 'Trialist', serviceName: 'floor' });
const tracer = new Tracer({ serviceName: 'floor' });

export const handler = middy(async () => ({ ok: true }))
  .use(captureLambdaHandler(tracer))
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics, { captureColdStartMetric: true }));
