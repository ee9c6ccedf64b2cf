/**
 * Powertools for AWS Lambda, set up once for every function (as Powertools' own examples keep it
 * in one shared module): `powertools(serviceName)` makes the logger (every string it writes
 * PII-redacted through its `jsonReplacerFn`, lib/privacy/log-redaction.ts), the metrics (EMF, namespace
 * POWERTOOLS_METRICS_NAMESPACE, default `Trialist`) and the X-Ray tracer; `withPowertools` wraps a
 * handler core in middy with the tracer, the logger's Lambda context, the metrics flush (with the
 * cold-start metric) and the parser validating the event's envelope only (zod), so each record is
 * validated by the core and one odd record cannot fail a whole batch.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { redactLogValue } from '../../lib/privacy/log-redaction';

/** The three Powertools utilities one function uses. */
export interface Powertools {
  logger: Logger;
  metrics: Metrics;
  tracer: Tracer;
}

/** Logger, metrics and tracer for `serviceName` (one set per function, created at init). */
export function powertools(serviceName: string): Powertools {
  return {
    logger: new Logger({ serviceName, jsonReplacerFn: redactLogValue }),
    metrics: new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Trialist', serviceName }),
    tracer: new Tracer({ serviceName }),
  };
}

/**
 * `core` as a middy handler with the Powertools middlewares; `envelope` is the zod schema of the
 * event's outer shape (e.g. S3EventEnvelope), checked before the core runs.
 */
export function withPowertools<TEvent, TResult>(
  core: (event: TEvent, context: Context) => Promise<TResult>,
  { logger, metrics, tracer }: Powertools,
  envelope: Parameters<typeof parser>[0]['schema'],
): middy.MiddyfiedHandler<TEvent, TResult> {
  return middy<TEvent, TResult>(core)
    .use(captureLambdaHandler(tracer))
    .use(injectLambdaContext(logger))
    .use(logMetrics(metrics, { captureColdStartMetric: true }))
    .use(parser({ schema: envelope }));
}
