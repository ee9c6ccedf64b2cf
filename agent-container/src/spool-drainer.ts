/**
 * The spool drainer: runs in the worker process (never in a job, never near audio), at start and
 * then every `intervalMs`, re-sending spooled records (./spool.ts) to S3, oldest first. A record is
 * deleted from the spool only after S3 confirmed the put; its checkpoint is deleted then too.
 * While S3 keeps failing, the wait between rounds doubles (with jitter) up to `maxBackoffMs`, and
 * a round stops at its first failure, so an outage costs one request per round. A spooled file
 * that is not a valid record is moved to `rejected/` with an error line and a metric, never
 * deleted. After each round the spool's depth, bytes and oldest age are published as metrics.
 */
import { decodeSessionRecord, RecordDecodeError, sessionKey } from '../../lib/session-record';
import { EXPORT_METRICS, type ExportTelemetry } from './export-telemetry';
import { backoffMs, type ExportPolicy } from './s3-export';
import type { S3RecordSink } from './s3-record-sink';
import type { RecordSpool, SpoolStats } from './spool';

/** Default time between drain rounds while the spool is healthy (ms). */
export const DRAIN_INTERVAL_MS = 30_000;
/** Longest wait between rounds while S3 keeps failing (ms). */
export const DRAIN_MAX_BACKOFF_MS = 5 * 60_000;

export interface SpoolDrainerOptions {
  spool: RecordSpool;
  sink: S3RecordSink;
  telemetry: ExportTelemetry;
  /** Per-record put policy; default: one attempt of the sink's attempt timeout. */
  policy: ExportPolicy;
  intervalMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
}

/** What one round did. */
export interface DrainRound {
  delivered: number;
  rejected: number;
  /** True when a put failed and the round stopped there. */
  failed: boolean;
  after: SpoolStats;
}

export class SpoolDrainer {
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<DrainRound> | null = null;
  private failures = 0;
  private stopped = true;

  constructor(private readonly opts: SpoolDrainerOptions) {}

  /** Drain now, then keep draining on a timer (unref'd; never keeps the process alive). */
  start(): this {
    if (!this.stopped) return this;
    this.stopped = false;
    this.schedule(0);
    return this;
  }

  /** Stop the timer (a round in flight completes). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The wait before the next round (ms): the interval, or the backoff after failed rounds. */
  nextDelayMs(): number {
    const interval = this.opts.intervalMs ?? DRAIN_INTERVAL_MS;
    if (this.failures === 0) return interval;
    const ceiling = this.opts.maxBackoffMs ?? DRAIN_MAX_BACKOFF_MS;
    const base = Math.min(ceiling, Math.max(1_000, interval / 8));
    return Math.max(200, backoffMs(this.failures + 1, { baseDelayMs: base, maxDelayMs: ceiling }, this.opts.random));
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.drainOnce().finally(() => this.schedule(this.nextDelayMs()));
    }, ms);
    this.timer.unref();
  }

  /** One round: re-send every spooled record (oldest first) until one fails. Concurrent calls share a round; never rejects. */
  drainOnce(): Promise<DrainRound> {
    return (this.round ??= this.drain().finally(() => {
      this.round = null;
    }));
  }

  private async drain(): Promise<DrainRound> {
    const { spool, sink, telemetry, policy } = this.opts;
    let delivered = 0;
    let rejected = 0;
    let failed = false;
    let entries: Awaited<ReturnType<RecordSpool['list']>> = [];
    try {
      entries = await spool.list();
    } catch (e) {
      telemetry.log('error', 'spool not readable', { spool_dir: spool.dir, error: (e as Error).message });
      failed = true;
    }
    for (const entry of entries) {
      let key: string;
      let body: Buffer;
      let version: number;
      try {
        body = await spool.read(entry);
        const record = decodeSessionRecord(body);
        if (record.session_id !== entry.sessionId) throw new RecordDecodeError('invalid_record', `file holds session ${record.session_id}, not ${entry.sessionId}`);
        key = sessionKey(record.session_id, record.started_at);
        version = record.schema_version;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue; // drained by someone else meanwhile
        const moved = await spool.reject(entry).catch(() => entry.path);
        rejected += 1;
        telemetry.metric(EXPORT_METRICS.spoolRejected, 1);
        telemetry.log('error', 'spooled file is not a session record; moved aside', { session_id: entry.sessionId, path: moved, error: (e as Error).message });
        continue;
      }
      try {
        await sink.put(key, body, version, policy);
      } catch (e) {
        failed = true;
        telemetry.log('warn', 'spooled session record not re-sent; retrying later', { session_id: entry.sessionId, key, error: (e as Error).message, waiting: entries.length - delivered - rejected });
        break;
      }
      await spool.remove(entry.sessionId);
      delivered += 1;
      const ageSeconds = Math.round((Date.now() - entry.spooledAtMs) / 1000);
      telemetry.metric(EXPORT_METRICS.spoolDelivered, 1);
      telemetry.log('info', 'spooled session record delivered', { session_id: entry.sessionId, key, spooled_seconds: ageSeconds });
      await sink.removeCheckpoint(entry.sessionId).catch((e: Error) => telemetry.log('warn', 'checkpoint not deleted after the spooled record was delivered', { session_id: entry.sessionId, error: e.message }));
    }
    this.failures = failed ? this.failures + 1 : 0;
    const after = await spool.stats().catch(() => ({ depth: entries.length - delivered - rejected, bytes: 0, oldestAgeSeconds: 0 }));
    telemetry.metric(EXPORT_METRICS.spoolDepth, after.depth);
    telemetry.metric(EXPORT_METRICS.spoolOldestAge, after.oldestAgeSeconds, 'Seconds');
    telemetry.metric(EXPORT_METRICS.spoolBytes, after.bytes, 'Bytes');
    return { delivered, rejected, failed, after };
  }
}

/**
 * Start the drainer when this process is the worker (`main.js start` or `dev`) and SPOOL_DIR is
 * set; null otherwise (job processes import the same entry module with other arguments). It
 * makes one last round on SIGTERM/SIGINT (a stopping task loses its ephemeral spool) and stops.
 */
export function startSpoolDrainer(opts: { argv?: readonly string[]; env?: NodeJS.ProcessEnv; telemetry: ExportTelemetry; sink: S3RecordSink; spool: RecordSpool | null; policy: ExportPolicy }): SpoolDrainer | null {
  const argv = opts.argv ?? process.argv;
  if (!opts.spool || (argv[2] !== 'start' && argv[2] !== 'dev')) return null;
  const drainer = new SpoolDrainer({ spool: opts.spool, sink: opts.sink, telemetry: opts.telemetry, policy: { ...opts.policy, budgetMs: opts.policy.attemptTimeoutMs } }).start();
  const last = () => {
    process.off('SIGTERM', last);
    process.off('SIGINT', last);
    drainer.stop();
    void drainer.drainOnce();
  };
  process.once('SIGTERM', last);
  process.once('SIGINT', last);
  return drainer;
}
