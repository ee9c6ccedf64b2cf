/**
 * What the record export, the spool and the checkpoints tell operators: log lines (through the
 * job's or worker's logger) and CloudWatch metrics as EMF lines on stdout (Powertools `Metrics`,
 * namespace and `service` dimension as for ActiveSessions, ./active-sessions.ts). The observability
 * stack alarms on these names (lib/stacks/observability-stack.ts).
 */
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import { agentMetrics } from './active-sessions';

/** Metric names (namespace `Trialist`, dimension `service`). */
export const EXPORT_METRICS = {
  /** A final record that S3 did not take within the export budget (one per call; property `reason`). */
  exportFailures: 'SessionExportFailures',
  /** One failed put attempt (retried or not; property `reason`). */
  exportAttemptFailures: 'SessionExportAttemptFailures',
  /** A final record written to the local spool after its export failed. */
  spooled: 'SessionRecordsSpooled',
  /** A spooled record the drainer delivered to S3. */
  spoolDelivered: 'SpoolDelivered',
  /** A record refused by a full spool (it only survives as its last checkpoint). */
  spoolFull: 'SpoolFull',
  /** Records waiting in the spool (published by the worker's drainer). */
  spoolDepth: 'SpoolDepth',
  /** Age of the oldest spooled record (seconds). */
  spoolOldestAge: 'SpoolOldestAgeSeconds',
  /** Bytes in the spool. */
  spoolBytes: 'SpoolBytes',
  /** A spooled file that is not a valid record (moved to rejected/). */
  spoolRejected: 'SpoolRejected',
  /** A checkpoint put that failed (the next one retries). */
  checkpointFailures: 'CheckpointWriteFailures',
} as const;
export type ExportMetric = (typeof EXPORT_METRICS)[keyof typeof EXPORT_METRICS];

/** Log level and fields of one line (no transcript text, no phone data). */
export type ExportLogLevel = 'info' | 'warn' | 'error';

/** Where export events go: one log line and/or one metric each. */
export interface ExportTelemetry {
  log(level: ExportLogLevel, message: string, fields: Record<string, unknown>): void;
  /** Publish one metric value now; `properties` become searchable fields of the EMF line (not dimensions). */
  metric(name: ExportMetric, value: number, unit?: 'Count' | 'Seconds' | 'Bytes', properties?: Record<string, string | number>): void;
}

/** A pino-style logger (LiveKit's `log()`): fields first, message second. */
export interface FieldLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

const UNITS = { Count: MetricUnit.Count, Seconds: MetricUnit.Seconds, Bytes: MetricUnit.Bytes } as const;

/** Telemetry writing log lines to `logger` and EMF metrics with `metrics` (default: the agent's namespace and service). */
export function agentTelemetry(logger: FieldLogger, metrics: Metrics = agentMetrics()): ExportTelemetry {
  return {
    log: (level, message, fields) => logger[level](fields, message),
    metric: (name, value, unit = 'Count', properties = {}) => {
      try {
        for (const [k, v] of Object.entries(properties)) metrics.addMetadata(k, String(v));
        metrics.addMetric(name, UNITS[unit], value);
        metrics.publishStoredMetrics();
      } catch (e) {
        logger.warn({ metric: name, error: (e as Error).message }, 'export metric not published');
      }
    },
  };
}

/** Telemetry that keeps every event in memory (tests, benches) and optionally forwards it. */
export class RecordingTelemetry implements ExportTelemetry {
  readonly logs: Array<{ level: ExportLogLevel; message: string; fields: Record<string, unknown> }> = [];
  readonly metrics: Array<{ name: ExportMetric; value: number; unit: string; properties: Record<string, string | number> }> = [];

  constructor(private readonly forward?: ExportTelemetry) {}

  log(level: ExportLogLevel, message: string, fields: Record<string, unknown>): void {
    this.logs.push({ level, message, fields });
    this.forward?.log(level, message, fields);
  }

  metric(name: ExportMetric, value: number, unit: 'Count' | 'Seconds' | 'Bytes' = 'Count', properties: Record<string, string | number> = {}): void {
    this.metrics.push({ name, value, unit, properties });
    this.forward?.metric(name, value, unit, properties);
  }

  /** Sum of the values published under `name`. */
  count(name: ExportMetric): number {
    return this.metrics.filter((m) => m.name === name).reduce((a, m) => a + m.value, 0);
  }
}
