/**
 * The agent's session sink on S3, built so a record is never silently lost:
 * - the final record is put with timeouts and retries inside the export budget (./s3-export.ts);
 * - every failed attempt is logged and counted, and a failed export is logged with the text the
 *   export alarm matches (`EXPORT_FAILED_LOG_TEXT`), its reason, attempts and time;
 * - a record S3 did not take goes to the local spool (./spool.ts), from which the worker's
 *   drainer re-sends it (./spool-drainer.ts);
 * - checkpoints (the in-progress record) go to `checkpoints/{session_id}.json.gz`, one attempt each.
 */
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { checkpointKey, encodeSessionRecord, sessionKey, type SessionRecord } from '../../lib/session-record';
import type { SessionSink } from '../../lib/storage/session-sink';
import { EXPORT_METRICS, type ExportTelemetry } from './export-telemetry';
import { EXPORT_FAILED_LOG_TEXT } from './ops';
import { classifyS3Error, DEFAULT_EXPORT_POLICY, ExportError, putWithRetry, type ExportPolicy, type RetryEnv } from './s3-export';
import { SpoolFullError, type RecordSpool } from './spool';

/** Log message of a record written to the spool after its export failed. */
export const RECORD_SPOOLED_LOG_TEXT = 'session record spooled';
/** Log message of a record that neither S3 nor the spool took (it survives only as its last checkpoint). */
export const RECORD_NOT_SAVED_LOG_TEXT = 'session record not saved';

/** How a final record was kept. */
export interface RecordDelivery {
  /** The S3 key it has (or will have, once the spool is drained). */
  key: string;
  via: 's3' | 'spool';
  /** Put attempts made. */
  attempts: number;
  /** The spool file when `via` is `spool`, else null. */
  spoolPath: string | null;
}

/** Where checkpoints go: put replaces the call's previous one; remove deletes it after the final export. */
export interface CheckpointStore {
  putCheckpoint(record: SessionRecord): Promise<string>;
  removeCheckpoint(sessionId: string): Promise<void>;
}

/** A sink that says how the record was kept (S3 or spool). */
export interface DeliveringSink extends SessionSink {
  deliver(record: SessionRecord): Promise<RecordDelivery>;
}

/** True when `sink` can say how it kept a record. */
export function isDeliveringSink(sink: SessionSink): sink is DeliveringSink {
  return typeof (sink as Partial<DeliveringSink>).deliver === 'function';
}

/** Raised when neither S3 nor the spool took a record; already logged and counted by the sink. */
export class RecordNotSavedError extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = 'RecordNotSavedError';
  }
}

export interface S3RecordSinkOptions {
  s3: S3Client;
  bucket: string;
  telemetry: ExportTelemetry;
  policy?: ExportPolicy;
  /** Where a record goes when S3 did not take it; null: nowhere (it is logged as not saved). */
  spool?: RecordSpool | null;
  /** Clock, randomness and sleep for the retries (tests). */
  retry?: Omit<RetryEnv, 'onAttemptFailed'>;
}

export class S3RecordSink implements DeliveringSink, CheckpointStore {
  private readonly policy: ExportPolicy;

  constructor(private readonly opts: S3RecordSinkOptions) {
    this.policy = opts.policy ?? DEFAULT_EXPORT_POLICY;
  }

  async write(record: SessionRecord): Promise<string> {
    return (await this.deliver(record)).key;
  }

  /**
   * Put the record under `sessions/...` with retries; when that fails, log and count the failure
   * and write the record to the spool.
   * @throws RecordNotSavedError when the spool is absent, full or failing (logged and counted).
   */
  async deliver(record: SessionRecord): Promise<RecordDelivery> {
    const { telemetry } = this.opts;
    const key = sessionKey(record.session_id, record.started_at);
    const body = encodeSessionRecord(record);
    const fields = { session_id: record.session_id, key };
    try {
      const attempts = await this.put(key, body, record.schema_version);
      return { key, via: 's3', attempts, spoolPath: null };
    } catch (e) {
      const err = e instanceof ExportError ? e : new ExportError(classifyS3Error(e).reason, (e as Error).message, 0, 0);
      telemetry.metric(EXPORT_METRICS.exportFailures, 1, 'Count', { reason: err.reason });
      const spool = this.opts.spool;
      const failure = { ...fields, reason: err.reason, attempts: err.attempts, elapsed_ms: err.elapsedMs, error: err.message };
      if (!spool) {
        telemetry.log('error', EXPORT_FAILED_LOG_TEXT, { ...failure, spooled: false });
        telemetry.log('error', RECORD_NOT_SAVED_LOG_TEXT, { ...fields, reason: 'no_spool', detail: 'SPOOL_DIR is not set' });
        throw new RecordNotSavedError(`session record ${record.session_id} not saved: ${err.message}; no spool (SPOOL_DIR unset)`, err.reason);
      }
      try {
        const spoolPath = await spool.put(record.session_id, body);
        telemetry.log('error', EXPORT_FAILED_LOG_TEXT, { ...failure, spooled: true, spool_path: spoolPath });
        telemetry.log('warn', RECORD_SPOOLED_LOG_TEXT, { ...fields, spool_path: spoolPath, bytes: body.byteLength });
        telemetry.metric(EXPORT_METRICS.spooled, 1);
        return { key, via: 'spool', attempts: err.attempts, spoolPath };
      } catch (se) {
        const full = se instanceof SpoolFullError;
        telemetry.log('error', EXPORT_FAILED_LOG_TEXT, { ...failure, spooled: false });
        if (full) telemetry.metric(EXPORT_METRICS.spoolFull, 1);
        const reason = full ? 'spool_full' : 'spool_write_failed';
        telemetry.log('error', RECORD_NOT_SAVED_LOG_TEXT, { ...fields, reason, detail: (se as Error).message, spool_dir: spool.dir });
        throw new RecordNotSavedError(`session record ${record.session_id} not saved: ${err.message}; spool: ${(se as Error).message}`, reason);
      }
    }
  }

  /**
   * Put already-encoded record bytes under `key` with retries (the drainer uses it with a
   * one-attempt policy). @returns attempts. @throws ExportError.
   */
  put(key: string, body: Uint8Array, schemaVersion: number | string, policy: ExportPolicy = this.policy): Promise<number> {
    const { s3, bucket, telemetry } = this.opts;
    return putWithRetry(
      (abortSignal) =>
        s3.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: body,
            ContentType: 'application/json',
            ContentEncoding: 'gzip',
            Metadata: { 'schema-version': String(schemaVersion) },
          }),
          { abortSignal },
        ),
      policy,
      {
        ...this.opts.retry,
        onAttemptFailed: (f) => {
          telemetry.metric(EXPORT_METRICS.exportAttemptFailures, 1, 'Count', { reason: f.reason });
          telemetry.log('warn', 'session record put attempt failed', { key, attempt: f.attempt, reason: f.reason, detail: f.detail, elapsed_ms: f.elapsedMs });
        },
      },
    );
  }

  /** Put the in-progress record as the call's checkpoint (one attempt, bounded by the attempt timeout). @returns its key. */
  async putCheckpoint(record: SessionRecord): Promise<string> {
    const key = checkpointKey(record.session_id);
    const body = encodeSessionRecord(record);
    await putWithRetry(
      (abortSignal) =>
        this.opts.s3.send(
          new PutObjectCommand({ Bucket: this.opts.bucket, Key: key, Body: body, ContentType: 'application/json', ContentEncoding: 'gzip', Metadata: { partial: 'true' } }),
          { abortSignal },
        ),
      { ...this.policy, budgetMs: this.policy.attemptTimeoutMs },
    );
    return key;
  }

  /** Delete the call's checkpoint (its final record is in S3). */
  async removeCheckpoint(sessionId: string): Promise<void> {
    await putWithRetry(
      (abortSignal) => this.opts.s3.send(new DeleteObjectCommand({ Bucket: this.opts.bucket, Key: checkpointKey(sessionId) }), { abortSignal }),
      { ...this.policy, budgetMs: this.policy.attemptTimeoutMs },
    );
  }
}
