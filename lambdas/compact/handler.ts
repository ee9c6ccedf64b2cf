/**
 * compact, the handler core: run by an EventBridge Scheduler rule, it rebuilds the curated
 * Parquet partitions of every day that changed since the last run (lib/lake/athena-compact.ts).
 * The event may name more days to rebuild: `{"days": ["2026-11-20"]}` (e.g. after an erasure).
 */
import { compactOnAthena, type AthenaCompactDeps, type AthenaCompactReport } from '../../lib/lake/athena-compact';
import { defaultLogger, NO_METRICS, type HandlerLogger, type HandlerMetrics } from '../shared/observability';

export const SERVICE_NAME = 'compact';

/** The scheduler's input (the schedule sends `{}`). */
export interface CompactEvent {
  days?: string[];
}

export interface CompactDeps extends Omit<AthenaCompactDeps, 'log'> {
  logger?: HandlerLogger;
  metrics?: HandlerMetrics;
}

/** Build the compact handler. Failures throw (the scheduler retries; markers stay until a run succeeds). */
export function makeCompactHandler(deps: CompactDeps): (event: CompactEvent | undefined) => Promise<AthenaCompactReport> {
  const logger = deps.logger ?? defaultLogger(SERVICE_NAME);
  const metrics = deps.metrics ?? NO_METRICS;
  return async (event) => {
    const days = Array.isArray(event?.days) ? event.days.filter((d): d is string => typeof d === 'string') : [];
    const report = await compactOnAthena({ ...deps, log: (m, f) => logger.info(m, f ?? {}) }, days);
    metrics.addMetric('CuratedDaysRebuilt', 'Count', report.days.length);
    metrics.addMetric('CuratedBytesScanned', 'Bytes', report.days.reduce((n, d) => n + d.bytesScanned, 0));
    logger.info('compaction done', { days: report.days.map((d) => d.day), markers: report.markers });
    return report;
  };
}
