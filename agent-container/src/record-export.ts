/**
 * Export of one call's record, and its checkpoints while the call runs.
 *
 * Checkpoints: every `intervalMs` (CHECKPOINT_SECONDS, default 15 s), at each stage change and
 * once at start, the in-progress record (`partial: true`) is put as the call's checkpoint. Writes
 * run from timers and setImmediate, never inside a session event handler; one write at a time
 * (a request arriving meanwhile is coalesced into one more write after it). A failed write is
 * logged and counted; the next one tries again.
 *
 * The final record is written once, however many times asked: checkpoints stop first (so none
 * lands after the record), then the sink keeps the record (S3, or the spool when S3 fails), then
 * the checkpoint is deleted when the record is in S3. A spooled record keeps its checkpoint until
 * the drainer delivers it.
 */
import type { SessionRecord } from '../../lib/session-record';
import type { SessionSink } from '../../lib/storage/session-sink';
import { EXPORT_METRICS, type ExportTelemetry } from './export-telemetry';
import { isDeliveringSink, type CheckpointStore } from './s3-record-sink';

/** Longest the final export waits for a checkpoint put in flight (ms). */
export const STOP_WAIT_MS = 1_000;

/** Default checkpoint interval (seconds). */
export const DEFAULT_CHECKPOINT_SECONDS = 15;

/**
 * CHECKPOINT_SECONDS from the environment (default 15); 0 turns checkpoints off.
 * @throws Error for a value that is not a number >= 0.
 */
export function checkpointSecondsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CHECKPOINT_SECONDS?.trim();
  if (!raw) return DEFAULT_CHECKPOINT_SECONDS;
  const v = Number(raw);
  if (!(Number.isFinite(v) && v >= 0)) throw new Error(`CHECKPOINT_SECONDS=${raw} is not a number >= 0`);
  return v;
}

/** An exported record and the S3 key it was written under. */
export interface ExportedRecord {
  record: SessionRecord;
  key: string;
  /** The spool file when S3 did not take the record and the spool did (the drainer re-sends it); else null. */
  spooledTo: string | null;
}

export interface CheckpointOptions {
  store: CheckpointStore;
  /** The in-progress record (`partial: true`). */
  build: () => SessionRecord;
  /** Time between checkpoints (ms). */
  intervalMs: number;
  telemetry: ExportTelemetry;
}

/** Periodic and on-demand checkpoints of one call. */
export class CheckpointWriter {
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private pending = false;
  private stopped = false;
  private count = 0;
  private lastKey: string | null = null;

  constructor(private readonly opts: CheckpointOptions) {}

  /** Write one checkpoint soon, then one every interval. */
  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => this.request(), this.opts.intervalMs);
    this.timer.unref();
    this.request();
  }

  /** Ask for a checkpoint now (e.g. a stage change); coalesced with one in flight. */
  request(): void {
    if (this.stopped) return;
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    this.inFlight = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.writeOnce());
  }

  private async writeOnce(): Promise<void> {
    try {
      if (this.stopped) return;
      const record = this.opts.build();
      this.lastKey = await this.opts.store.putCheckpoint(record);
      this.count += 1;
    } catch (e) {
      this.opts.telemetry.metric(EXPORT_METRICS.checkpointFailures, 1);
      this.opts.telemetry.log('warn', 'checkpoint write failed', { error: (e as Error).message });
    } finally {
      this.inFlight = null;
      if (this.pending && !this.stopped) {
        this.pending = false;
        this.request();
      }
    }
  }

  /** Checkpoints written so far. */
  get written(): number {
    return this.count;
  }

  /** Key of the last checkpoint written, or null. */
  get key(): string | null {
    return this.lastKey;
  }

  /**
   * Stop writing; resolves when no write is in flight any more, or after `maxWaitMs` (a put
   * hanging on a failing S3 must not eat the final export's time; if it lands after the final
   * record, the stale checkpoint is harmless: a record exists, and the lifecycle rule expires it).
   */
  async stop(maxWaitMs = STOP_WAIT_MS): Promise<void> {
    this.stopped = true;
    this.pending = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.inFlight) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.inFlight, new Promise<void>((r) => (timer = setTimeout(r, maxWaitMs)))]);
    clearTimeout(timer);
  }
}

export class RecordExport {
  private written: Promise<ExportedRecord> | null = null;
  private checkpoints: CheckpointWriter | null = null;
  private checkpointStore: CheckpointStore | null = null;
  private telemetry: ExportTelemetry | null = null;

  /** Start checkpointing the call (no effect once the final export began). */
  startCheckpoints(opts: CheckpointOptions): CheckpointWriter {
    if (this.checkpoints) return this.checkpoints;
    this.checkpoints = new CheckpointWriter(opts);
    this.checkpointStore = opts.store;
    this.telemetry = opts.telemetry;
    if (!this.written) this.checkpoints.start();
    return this.checkpoints;
  }

  /** Ask for a checkpoint now (a stage change); nothing when checkpoints are off. */
  requestCheckpoint(): void {
    this.checkpoints?.request();
  }

  /** The checkpoint writer, when checkpoints are on. */
  get checkpointWriter(): CheckpointWriter | null {
    return this.checkpoints;
  }

  /**
   * Stop checkpoints, build the final record and keep it with `sink`, once: later calls return
   * the first promise. The checkpoint is deleted when the record went to S3.
   * @returns the record, its key and where it went; rejects when building failed or nothing took the record.
   */
  finish(build: () => SessionRecord, sink: SessionSink): Promise<ExportedRecord> {
    this.written ??= (async () => {
      await this.checkpoints?.stop();
      const record = build();
      if (!isDeliveringSink(sink)) return { record, key: await sink.write(record), spooledTo: null };
      const d = await sink.deliver(record);
      if (d.via === 's3' && this.checkpointStore) {
        await this.checkpointStore.removeCheckpoint(record.session_id).catch((e: Error) => {
          this.telemetry?.log('warn', 'checkpoint not deleted after the final export', { session_id: record.session_id, error: e.message });
        });
      }
      return { record, key: d.key, spooledTo: d.spoolPath };
    })();
    return this.written;
  }
}
