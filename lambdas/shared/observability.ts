/**
 * The logging and metrics surface the handler cores need. Powertools `Logger` and `Metrics`
 * satisfy these interfaces (index.ts passes them in); tests and the embedded local stack can pass
 * their own. Kept minimal so handler cores stay testable without a Lambda context.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { redactLogValue } from '../../lib/privacy/log-redaction';

/** Structured logger: a message plus attributes (Powertools Logger fits). */
export interface HandlerLogger {
  debug(message: string, ...attributes: Record<string, unknown>[]): void;
  info(message: string, ...attributes: Record<string, unknown>[]): void;
  warn(message: string, ...attributes: Record<string, unknown>[]): void;
  error(message: string, ...attributes: Record<string, unknown>[]): void;
}

/** Metric units the handlers emit. */
export type HandlerMetricUnit = 'Count' | 'Milliseconds' | 'Bytes';

/** Metrics sink (Powertools Metrics fits: EMF in CloudWatch). */
export interface HandlerMetrics {
  addMetric(name: string, unit: HandlerMetricUnit, value: number): void;
}

/** Discards metrics: the default when no sink is wired (tests, library use). */
export const NO_METRICS: HandlerMetrics = { addMetric: () => undefined };

/** A Powertools logger for a handler core used without one (level from POWERTOOLS_LOG_LEVEL, default INFO; strings PII-redacted). */
export function defaultLogger(serviceName: string): HandlerLogger {
  return new Logger({ serviceName, jsonReplacerFn: redactLogValue });
}

/** Required environment variable. @throws Error naming the variable when unset or empty. */
export function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`environment variable ${name} is not set`);
  return v;
}
