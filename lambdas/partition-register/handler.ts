/**
 * partition-register, the handler core: for each S3 event record under `sessions/`, make sure the
 * catalog table has the record's day partition. Idempotent (an existing partition is 'exists');
 * one catalog call per distinct day per batch. Keys outside the layout are logged and skipped.
 * Catalog failures are retried by throwing after every partition in the batch was tried.
 */
import type { S3Event } from 'aws-lambda';
import { partitionLocation, type PartitionCatalog } from '../../lib/pipeline/catalog';
import { partitionPath } from '../../lib/session-record/keys';
import { defaultLogger, NO_METRICS, type HandlerLogger, type HandlerMetrics } from '../shared/observability';
import { resolveSessionObject } from '../shared/s3-event';

export const SERVICE_NAME = 'partition-register';
/** The Glue table of raw session records. */
export const DEFAULT_TABLE = 'voice_sessions';

export interface PartitionRegisterDeps {
  catalog: PartitionCatalog;
  /** Catalog table; default `voice_sessions`. */
  table?: string;
  logger?: HandlerLogger;
  metrics?: HandlerMetrics;
}

/** Partitions (as `s3://.../day=DD/` locations) created or found, and skipped keys. */
export interface PartitionRegisterResult {
  created: string[];
  exists: string[];
  skipped: { key: string; reason: string; message: string }[];
}

/** Build the partition-register handler over a catalog. */
export function makePartitionRegisterHandler(deps: PartitionRegisterDeps): (event: S3Event) => Promise<PartitionRegisterResult> {
  const table = deps.table ?? DEFAULT_TABLE;
  const logger = deps.logger ?? defaultLogger(SERVICE_NAME);
  const metrics = deps.metrics ?? NO_METRICS;

  return async (event) => {
    const result: PartitionRegisterResult = { created: [], exists: [], skipped: [] };
    const failures: string[] = [];
    const done = new Set<string>();
    for (const raw of event?.Records ?? []) {
      const resolved = resolveSessionObject(raw);
      if (!resolved.ok) {
        const r = resolved.rejected;
        logger.error('event record skipped', { reason: r.reason, bucket: r.bucket, key: r.key, message: r.message });
        metrics.addMetric(`Skipped_${r.reason}`, 'Count', 1);
        result.skipped.push({ key: r.key, reason: r.reason, message: r.message });
        continue;
      }
      const { bucket, parsed } = resolved.ref;
      const location = partitionLocation(bucket, parsed);
      if (done.has(location)) continue;
      done.add(location);
      try {
        const outcome = await deps.catalog.ensurePartition({
          table,
          partition: { year: parsed.year, month: parsed.month, day: parsed.day },
          location,
        });
        result[outcome === 'created' ? 'created' : 'exists'].push(location);
        metrics.addMetric(outcome === 'created' ? 'PartitionsCreated' : 'PartitionsExisting', 'Count', 1);
        logger.info(`partition ${outcome}`, { table, partition: partitionPath(parsed), location });
      } catch (e) {
        logger.error('partition registration failed', { table, location, error: e as Error });
        metrics.addMetric('PartitionRegisterFailed', 'Count', 1);
        failures.push(`${location}: ${(e as Error).message}`);
      }
    }
    if (failures.length) throw new Error(`partition-register: ${failures.length} partition(s) failed: ${failures.join('; ').slice(0, 1000)}`);
    return result;
  };
}
