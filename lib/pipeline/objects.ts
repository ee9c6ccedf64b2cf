/**
 * S3 reads and writes of the post-call pipeline: read a session object within the codec's size
 * caps and write a lead score next to its record. Quarantine is in ./quarantine.ts.
 */
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { DEFAULT_DECODE_LIMITS, decodeSessionRecord, RecordDecodeError, type DecodeLimits, type SessionRecord } from '../session-record';
import { decodeLeadScore, encodeLeadScore, scoreKey, type LeadScore } from '../scoring';
import { PipelineError } from './errors';

type S3ErrorShape = { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } } | undefined;

/** Whether an S3 error means the object (or version) does not exist (404). */
export function isNotFound(e: unknown): boolean {
  const err = e as S3ErrorShape;
  return (
    err?.name === 'NoSuchKey' || err?.name === 'NotFound' || err?.name === 'NoSuchVersion' || err?.Code === 'NoSuchKey' || err?.$metadata?.httpStatusCode === 404
  );
}

/**
 * Whether an S3 error is a 403. S3 answers 403 rather than 404 for a missing key when the caller
 * may not s3:ListBucket (the Lambdas may not), so a 403 can mean "not there".
 */
export function isAccessDenied(e: unknown): boolean {
  const err = e as S3ErrorShape;
  return err?.name === 'AccessDenied' || err?.Code === 'AccessDenied' || err?.$metadata?.httpStatusCode === 403;
}

/**
 * Whether `key` is listed in `bucket` (ListObjectsV2 with the key as prefix). Tells a missing object
 * from a denied one after a 403: the roles may list their prefixes (lib/constructs/grants.ts `list`).
 * @throws the S3 client's error (a 403 when the caller may not list that prefix either).
 */
export async function objectListed(s3: S3Client, bucket: string, key: string): Promise<boolean> {
  const res = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 1 }));
  return (res.Contents ?? []).some((o) => o.Key === key);
}

/**
 * Read a stream into memory, failing as soon as it passes `maxBytes`. Throwing inside `for await`
 * returns the iterator, which destroys a Node stream (the rest is never downloaded).
 */
async function readCapped(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      throw new RecordDecodeError('object_too_large', `object is over the ${maxBytes}-byte limit (stopped reading at ${total} bytes)`);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks, total);
}

/** What GetObject said about an object: kept so a quarantine can move exactly that version, headers included. */
export interface ObjectHead {
  /** The S3 version read; undefined where the store keeps no versions (s3rver, an unversioned bucket). */
  versionId?: string;
  /** Bytes, as Content-Length said (undefined when it was not sent). */
  contentLength?: number;
  contentType?: string;
  contentEncoding?: string;
  /** User metadata (`x-amz-meta-*`, lower-case names). */
  metadata: Record<string, string>;
}

/** An object whose GetObject answered: its head is known, its body not read yet. */
export interface OpenedObject {
  head: ObjectHead;
  /**
   * Read the body into memory, refusing anything over `maxBytes` (checked from Content-Length
   * before reading, and again while streaming; the rest is never downloaded).
   * @throws RecordDecodeError('object_too_large'); the stream's error.
   */
  read(maxBytes: number): Promise<Buffer>;
}

/**
 * GetObject, without reading the body yet (so the caller knows the version even when the body
 * turns out to be too large).
 * @throws PipelineError('object_missing') for a missing object (404, or a 403 for a key the
 *   listing does not show); the S3 client's error for anything else (throttling, 5xx, a 403 for a
 *   listed object or where the listing is denied too): let the caller decide (on AWS the queue's
 *   maxReceiveCount caps the retries).
 */
export async function openObject(s3: S3Client, bucket: string, key: string): Promise<OpenedObject> {
  let res;
  try {
    res = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  } catch (e) {
    const missing = () => new PipelineError('object_missing', `s3://${bucket}/${key} does not exist (deleted before it was read?)`);
    if (isNotFound(e)) throw missing();
    // a 403 is what S3 answers for a missing key to a caller that may not list it: ask the listing
    if (isAccessDenied(e) && !(await objectListed(s3, bucket, key).catch(() => true))) throw missing();
    throw e;
  }
  const body = res.Body as (AsyncIterable<Uint8Array> & Partial<Readable>) | undefined;
  if (!body) throw new PipelineError('object_missing', `s3://${bucket}/${key} returned no body`);
  const head: ObjectHead = {
    versionId: res.VersionId,
    contentLength: res.ContentLength,
    contentType: res.ContentType,
    contentEncoding: res.ContentEncoding,
    metadata: { ...(res.Metadata ?? {}) },
  };
  return {
    head,
    async read(maxBytes) {
      if (res.ContentLength !== undefined && res.ContentLength > maxBytes) {
        body.destroy?.();
        throw new RecordDecodeError('object_too_large', `object is ${res.ContentLength} bytes, over the ${maxBytes}-byte limit`);
      }
      return readCapped(body, maxBytes);
    },
  };
}

/** An object as a consumer read it: GetObject's head, and its bytes when it was read in full (absent when over the cap). */
export interface ReadObject {
  head: ObjectHead;
  bytes?: Uint8Array;
}

/**
 * What `readObjectForMove` found: the object (with `tooLarge` set, and no bytes, when it is over the
 * cap); `missing` for a 404 or a 403 for a key the listing does not show; `denied` for any other
 * 403, which S3 also answers for a missing key when the listing is denied too (the caller decides).
 */
export type ObjectRead =
  | { status: 'read'; object: ReadObject; tooLarge: RecordDecodeError | null }
  | { status: 'missing'; error: PipelineError }
  | { status: 'denied'; error: unknown };

/**
 * GetObject and read its body within `maxBytes` (bytes), keeping the head so a quarantine can move
 * exactly the version read. @throws the S3 client's error for anything but a missing or denied
 * object (throttling, 5xx, a broken stream): transient, the caller retries.
 */
export async function readObjectForMove(s3: S3Client, bucket: string, key: string, maxBytes: number): Promise<ObjectRead> {
  let opened: OpenedObject;
  try {
    opened = await openObject(s3, bucket, key);
  } catch (e) {
    if (e instanceof PipelineError && e.reason === 'object_missing') return { status: 'missing', error: e };
    if (isAccessDenied(e)) return { status: 'denied', error: e };
    throw e;
  }
  const object: ReadObject = { head: opened.head };
  try {
    object.bytes = await opened.read(maxBytes);
  } catch (e) {
    if (e instanceof RecordDecodeError) return { status: 'read', object, tooLarge: e };
    throw e;
  }
  return { status: 'read', object, tooLarge: null };
}

/**
 * Get an object's bytes, refusing anything over `limits.maxCompressedBytes` (checked from
 * Content-Length before reading, and again while streaming).
 * @throws PipelineError('object_missing') for a missing object; RecordDecodeError('object_too_large');
 *   the S3 client's error for anything transient (throttling, 5xx): let the caller retry.
 */
export async function readObjectBytes(
  s3: S3Client,
  bucket: string,
  key: string,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
): Promise<Buffer> {
  return (await openObject(s3, bucket, key)).read(limits.maxCompressedBytes);
}

/**
 * Read and validate a stored session record.
 * @throws PipelineError('object_missing'), RecordDecodeError (size caps, not gzip, invalid JSON or
 *   record), or the S3 client's error for transient failures.
 */
export async function readSessionRecord(
  s3: S3Client,
  bucket: string,
  key: string,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
): Promise<SessionRecord> {
  return decodeSessionRecord(await readObjectBytes(s3, bucket, key, limits), limits);
}

/**
 * The stored score of a session (e.g. to see whether a rescore made it newly hot), or null when
 * it was never scored. @throws LeadScoreError for an unreadable score; the S3 client's errors.
 */
export async function readLeadScore(
  s3: S3Client,
  bucket: string,
  score: Pick<LeadScore, 'session_id' | 'started_at'>,
): Promise<LeadScore | null> {
  try {
    return decodeLeadScore(await readObjectBytes(s3, bucket, scoreKey(score), { maxCompressedBytes: 1024 * 1024, maxDecompressedBytes: 1024 * 1024 }));
  } catch (e) {
    if (e instanceof PipelineError && e.reason === 'object_missing') return null;
    throw e;
  }
}

/**
 * Put a score (gzip JSON) at `key`, with its rules version and tier (plus `metadata`) as object
 * metadata; resolves to the key. @throws LeadScoreError if invalid.
 */
export async function putLeadScore(s3: S3Client, bucket: string, key: string, score: LeadScore, metadata: Record<string, string> = {}): Promise<string> {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: encodeLeadScore(score),
      ContentType: 'application/json',
      ContentEncoding: 'gzip',
      Metadata: { 'rules-version': score.rules_version, tier: score.tier, ...metadata },
    }),
  );
  return key;
}

/** Write a score (gzip JSON) to `scores/...`; resolves to its key. @throws LeadScoreError if invalid. */
export async function writeLeadScore(s3: S3Client, bucket: string, score: LeadScore): Promise<string> {
  return putLeadScore(s3, bucket, scoreKey(score), score);
}
