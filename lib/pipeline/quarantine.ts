/**
 * Quarantine: take an object the pipeline cannot process out of `sessions/` (which the Glue
 * `voice_sessions` table reads in full, so one non-gzip or malformed object there makes Athena
 * queries fail), keeping every byte, and leave a note saying why.
 *
 * A move is, in this order:
 * 1. the object's bytes go to `quarantine/objects/{original key}`: written back from memory when
 *    they were read in full, else (over the size cap) copied server-side from exactly the version
 *    read (`CopySource ...?versionId=`). The copy keeps the content type, encoding and user
 *    metadata, plus `trialist-quarantine-reason`;
 * 2. the note `quarantine/{reason}/{original key}.json` (a `QuarantineEntry`, saying where the bytes went);
 * 3. the original is deleted: on a versioned bucket exactly the version that was read (its
 *    VersionId from GetObject), so a valid re-export written meanwhile is never deleted; where the
 *    store keeps no versions (s3rver locally) a plain delete.
 * A failure at any step throws and a redelivery repeats the move (every step is idempotent).
 *
 * Only objects under `sessions/` (and with no `.`/`..` key segment) are moved (the prefix the table reads and score-lead may
 * delete under). An unusable event record, a missing object, or a key outside `sessions/` gets
 * the note only. A redelivered event for an object already moved finds it gone (404, or 403 for a
 * caller without s3:ListBucket), and `findQuarantined` recognizes the earlier move (moved copy and
 * note both there).
 */
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { SESSIONS_PREFIX } from '../session-record';
import type { QuarantineReason } from './errors';
import { isAccessDenied, isNotFound, type ReadObject } from './objects';

import { escapeDotSegments, hasDotSegment, QUARANTINE_PREFIX } from '../bucket-layout';

export { QUARANTINE_PREFIX };
/** Where quarantined objects' bytes go: `quarantine/objects/{original key}`. */
export const QUARANTINED_OBJECTS_PREFIX = `${QUARANTINE_PREFIX}objects/`;
/** User metadata on a moved object naming its quarantine reason (so a redelivery can find the note). */
export const QUARANTINE_REASON_METADATA = 'trialist-quarantine-reason';
/** S3's key length limit, bytes (UTF-8). */
const MAX_KEY_BYTES = 1024;

/** The note written for an object that could not be processed (`quarantine/{reason}/{key}.json`). */
export interface QuarantineEntry {
  /** The object's key, URL-decoded (or as received when it could not be decoded). */
  original_key: string;
  bucket: string;
  reason: QuarantineReason;
  message: string;
  issues: readonly string[];
  /** Which consumer quarantined it (e.g. `score-lead`). */
  consumer: string;
  /** ISO 8601 UTC. */
  at: string;
  /** Where the object's bytes were moved (`quarantine/objects/...`); null when nothing was moved. */
  moved_to: string | null;
  /** The S3 version moved (and deleted from `sessions/`); null without versions or when nothing was moved. */
  version_id: string | null;
  /** Size of the moved object, bytes (null when nothing was moved or the size is unknown). */
  size_bytes: number | null;
}

/** `{prefix}{key}{suffix}`, cut and suffixed with a SHA-256 prefix of the key when over S3's 1,024-byte limit. */
function fitKey(prefix: string, originalKey: string, suffix: string): string {
  const key = `${prefix}${escapeDotSegments(originalKey.replace(/^\/+/, ''))}${suffix}`;
  if (Buffer.byteLength(key, 'utf8') <= MAX_KEY_BYTES) return key;
  const hash = createHash('sha256').update(originalKey).digest('hex').slice(0, 16);
  const head = Buffer.from(originalKey, 'utf8').subarray(0, 900).toString('utf8').replace(/\uFFFD+$/, '');
  return `${prefix}${head}~${hash}${suffix}`;
}

/**
 * The note's key, `quarantine/{reason}/{original key}.json` (a `.`/`..` segment of the original
 * written `%2E`/`%2E%2E`, so the note never climbs out of its prefix). Keys that would pass S3's 1,024-byte
 * limit are cut and suffixed with a SHA-256 prefix of the full key so distinct keys stay distinct.
 */
export function quarantineKey(reason: QuarantineReason, originalKey: string): string {
  return fitKey(`${QUARANTINE_PREFIX}${reason}/`, originalKey, '.json');
}

/** Where a moved object's bytes go, `quarantine/objects/{original key}` (cut and hashed like `quarantineKey`). */
export function quarantinedObjectKey(originalKey: string): string {
  return fitKey(QUARANTINED_OBJECTS_PREFIX, originalKey, '');
}

/** What to quarantine, and why. */
export interface QuarantineRequest {
  bucket: string;
  /** The object's key, URL-decoded (or as received when it could not be decoded). */
  key: string;
  reason: QuarantineReason;
  message: string;
  issues: readonly string[];
  consumer: string;
  /** ISO 8601 UTC. */
  at: string;
  /** The object as read, to move; null to leave it where it is (no object, or the event was unusable). */
  object: ReadObject | null;
}

/** An earlier quarantine of a key: the moved bytes and the note, both present. */
export interface EarlierQuarantine {
  reason: QuarantineReason;
  note: string;
  moved_to: string;
}

/** What `quarantineObject` did: the note's key, where the bytes went (null: not moved), the version moved. */
export interface QuarantineOutcome {
  note: string;
  moved_to: string | null;
  version_id: string | null;
}

const REASON_LABEL = /^[a-z_]{1,64}$/;

/** HeadObject that resolves to null for a missing object (404, or the 403 S3 gives a caller without s3:ListBucket). */
async function headOrNull(s3: S3Client, bucket: string, key: string) {
  try {
    return await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (e) {
    if (isNotFound(e) || isAccessDenied(e)) return null;
    throw e;
  }
}

/**
 * Whether `key` was moved to quarantine earlier: the moved copy exists, names its reason, and the
 * note for that reason exists. Two HeadObject requests; only positive evidence counts.
 * @throws the S3 client's error for anything but "not there".
 */
export async function findQuarantined(s3: S3Client, bucket: string, key: string): Promise<EarlierQuarantine | null> {
  const movedTo = quarantinedObjectKey(key);
  const moved = await headOrNull(s3, bucket, movedTo);
  const reason = moved?.Metadata?.[QUARANTINE_REASON_METADATA];
  if (!reason || !REASON_LABEL.test(reason)) return null;
  const note = quarantineKey(reason as QuarantineReason, key);
  return (await headOrNull(s3, bucket, note)) ? { reason: reason as QuarantineReason, note, moved_to: movedTo } : null;
}

/**
 * `bucket/key[?versionId=...]` for CopySource, URL-encoded per path segment as S3 requires. `=`
 * is left as is: S3 decodes either form, and s3rver (which decodes with `decodeURI`) only finds
 * keys whose `=` is not encoded (every session key has `year=`).
 */
export function copySource(bucket: string, key: string, versionId?: string): string {
  const path = key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%3D/g, '='))
    .join('/');
  return `${bucket}/${path}${versionId ? `?versionId=${encodeURIComponent(versionId)}` : ''}`;
}

/** Step 1: the bytes to `quarantine/objects/{key}` (from memory, or copied server-side from the version read). */
async function moveBytes(s3: S3Client, bucket: string, key: string, reason: QuarantineReason, object: ReadObject): Promise<string> {
  const to = quarantinedObjectKey(key);
  const common = {
    Bucket: bucket,
    Key: to,
    ContentType: object.head.contentType,
    ContentEncoding: object.head.contentEncoding,
    Metadata: { ...object.head.metadata, [QUARANTINE_REASON_METADATA]: reason },
  };
  if (object.bytes) {
    await s3.send(new PutObjectCommand({ ...common, Body: object.bytes }));
  } else {
    await s3.send(
      new CopyObjectCommand({ ...common, CopySource: copySource(bucket, key, object.head.versionId), MetadataDirective: 'REPLACE' }),
    );
  }
  return to;
}

/**
 * Quarantine one object: move it out of `sessions/` (see the module comment), write the note,
 * then delete the original version. Resolves to the note's key, where the bytes went and the
 * version moved.
 * @throws the S3 client's error (the caller retries the whole record; each step is idempotent).
 */
export async function quarantineObject(s3: S3Client, req: QuarantineRequest): Promise<QuarantineOutcome> {
  const note = quarantineKey(req.reason, req.key);
  const object = req.key.startsWith(SESSIONS_PREFIX) && !hasDotSegment(req.key) ? req.object : null;
  const movedTo = object ? await moveBytes(s3, req.bucket, req.key, req.reason, object) : null;
  const versionId = object?.head.versionId ?? null;
  const entry: QuarantineEntry = {
    original_key: req.key,
    bucket: req.bucket,
    reason: req.reason,
    message: req.message,
    issues: req.issues,
    consumer: req.consumer,
    at: req.at,
    moved_to: movedTo,
    version_id: versionId,
    size_bytes: object ? (object.bytes?.byteLength ?? object.head.contentLength ?? null) : null,
  };
  await s3.send(
    new PutObjectCommand({ Bucket: req.bucket, Key: note, Body: JSON.stringify(entry, null, 2), ContentType: 'application/json' }),
  );
  if (object) {
    await s3.send(new DeleteObjectCommand({ Bucket: req.bucket, Key: req.key, ...(versionId ? { VersionId: versionId } : {}) }));
  }
  return { note, moved_to: movedTo, version_id: versionId };
}
