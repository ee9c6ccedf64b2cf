/**
 * Changed days: which curated day partitions compaction must rebuild. When a session record or
 * its score lands, the pipeline writes an empty marker `lake-changes/call_date=YYYY-MM-DD/{hash}`
 * ({hash}: of the session id; overwriting the same key on a redelivery). Compaction lists the markers, rebuilds their days
 * and then deletes exactly the markers it listed, so a record landing while a day is being
 * rebuilt leaves its marker for the next run: no change is lost, none is built twice on purpose.
 */
import { createHash } from 'node:crypto';
import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { LAKE_CHANGES_PREFIX } from '../bucket-layout';

export { LAKE_CHANGES_PREFIX };

/** One marker: the day it names and its object key. */
export interface ChangeMarker {
  /** `YYYY-MM-DD` (UTC start date of the call). */
  day: string;
  key: string;
}

const MARKER = /^lake-changes\/call_date=(\d{4}-\d{2}-\d{2})\/[^/]+$/;

/**
 * The marker key for a session that started at `startedAt` (ISO 8601 UTC): named by the first 16 hex
 * of the session id's SHA-256, so a marker stays per session (idempotent) without naming it (an
 * erased session leaves no id behind in a marker still waiting for compaction).
 */
export function changeMarkerKey(sessionId: string, startedAt: string): string {
  const name = createHash('sha256').update(sessionId).digest('hex').slice(0, 16);
  return `${LAKE_CHANGES_PREFIX}call_date=${startedAt.slice(0, 10)}/${name}`;
}

/** The marker a key names, or null for a key outside the marker layout. */
export function parseChangeMarker(key: string): ChangeMarker | null {
  const m = MARKER.exec(key);
  return m ? { day: m[1]!, key } : null;
}

/** Record that a session's day changed (an empty object; idempotent). @throws the S3 client's error. */
export async function markDayChanged(s3: S3Client, bucket: string, sessionId: string, startedAt: string): Promise<string> {
  const key = changeMarkerKey(sessionId, startedAt);
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: new Uint8Array(0), ContentType: 'application/octet-stream' }));
  return key;
}

/** Where markers are kept: S3 (on AWS and through the local S3 server) or the local folder. */
export interface ChangeLog {
  /** Every marker now present. */
  list(): Promise<ChangeMarker[]>;
  /** Delete these markers (ones listed before a rebuild). */
  clear(keys: readonly string[]): Promise<void>;
}

/** Every key under a prefix (ListObjectsV2, page by page). */
export async function listKeys(s3: S3Client, bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const res = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const o of res.Contents ?? []) if (o.Key) keys.push(o.Key);
    token = res.IsTruncated ? res.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

/** Markers in an S3 bucket. */
export function s3ChangeLog(s3: S3Client, bucket: string): ChangeLog {
  return {
    async list() {
      return (await listKeys(s3, bucket, LAKE_CHANGES_PREFIX)).flatMap((k) => parseChangeMarker(k) ?? []);
    },
    async clear(keys) {
      for (let i = 0; i < keys.length; i += 1000) {
        const batch = keys.slice(i, i + 1000);
        const res = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
        if (res.Errors?.length) throw new Error(`could not delete ${res.Errors.length} change marker(s): ${res.Errors[0]!.Key}: ${res.Errors[0]!.Message}`);
      }
    },
  };
}

/** The distinct days of some markers, sorted. */
export function daysOf(markers: readonly ChangeMarker[]): string[] {
  return [...new Set(markers.map((m) => m.day))].sort();
}
