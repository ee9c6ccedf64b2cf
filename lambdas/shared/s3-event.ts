/**
 * Turning one S3 event record into a validated session key: shared by score-lead and
 * partition-register. Keys arrive URL-encoded with spaces as `+`.
 */
import { decodeEventKey, KeyLayoutError, parseSessionKey, type ParsedSessionKey } from '../../lib/session-record/keys';
import { hasDotSegment } from '../../lib/bucket-layout';
import type { QuarantineReason } from '../../lib/pipeline/errors';
import { parseS3EventRecord, type S3EventRecordRef } from '../../lib/pipeline/events';

/** A usable record: bucket, decoded key and its parsed parts. */
export interface SessionObjectRef {
  bucket: string;
  key: string;
  parsed: ParsedSessionKey;
  event: S3EventRecordRef;
}

/** Why an event record is unusable; `key` is the decoded key when decoding worked, else the raw one. */
export interface RejectedEventRecord {
  bucket: string | null;
  key: string;
  reason: Extract<QuarantineReason, 'invalid_event_record' | 'key_outside_layout'>;
  message: string;
  issues: readonly string[];
}

/** Validate an event record, decode its key and check the session layout. Never throws. */
export function resolveSessionObject(value: unknown): { ok: true; ref: SessionObjectRef } | { ok: false; rejected: RejectedEventRecord } {
  const parsed = parseS3EventRecord(value);
  if (!parsed.ok) {
    const v = value as { s3?: { bucket?: { name?: unknown }; object?: { key?: unknown } } } | null;
    const bucket = typeof v?.s3?.bucket?.name === 'string' && v.s3.bucket.name ? v.s3.bucket.name : null;
    const key = typeof v?.s3?.object?.key === 'string' ? v.s3.object.key : '';
    return {
      ok: false,
      rejected: { bucket, key, reason: 'invalid_event_record', message: `not a usable S3 event record: ${parsed.issues.join('; ')}`, issues: parsed.issues },
    };
  }
  const event = parsed.record;
  const bucket = event.s3.bucket.name;
  let key: string;
  try {
    key = decodeEventKey(event.s3.object.key);
  } catch (e) {
    return { ok: false, rejected: { bucket, key: event.s3.object.key, reason: 'key_outside_layout', message: (e as Error).message, issues: [] } };
  }
  if (hasDotSegment(key)) {
    const message = `key ${JSON.stringify(key.slice(0, 300))} has a "." or ".." segment: refused (it would name a path outside the bucket wherever keys become file paths)`;
    return { ok: false, rejected: { bucket, key, reason: 'key_outside_layout', message, issues: [] } };
  }
  try {
    return { ok: true, ref: { bucket, key, parsed: parseSessionKey(key), event } };
  } catch (e) {
    if (e instanceof KeyLayoutError) {
      return { ok: false, rejected: { bucket, key, reason: 'key_outside_layout', message: e.message, issues: [] } };
    }
    throw e;
  }
}
