/**
 * S3 reads and writes of the post-call pipeline: read a session object within the codec's size
 * caps, write a lead score next to its record, and quarantine objects that cannot be processed.
 */
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DEFAULT_DECODE_LIMITS, decodeSessionRecord, RecordDecodeError, type DecodeLimits, type SessionRecord } from '../session-record';
import { decodeLeadScore, encodeLeadScore, scoreKey, type LeadScore } from '../scoring';
import { PipelineError, type QuarantineReason } from './errors';

export const QUARANTINE_PREFIX = 'quarantine/';
/** S3's key length limit, bytes (UTF-8). */
const MAX_KEY_BYTES = 1024;

function isNotFound(e: unknown): boolean {
  const err = e as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'NoSuchKey' || err?.name === 'NotFound' || err?.Code === 'NoSuchKey' || err?.$metadata?.httpStatusCode === 404;
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
  let res;
  try {
    res = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  } catch (e) {
    if (isNotFound(e)) throw new PipelineError('object_missing', `s3://${bucket}/${key} does not exist (deleted before it was read?)`);
    throw e;
  }
  const body = res.Body as (AsyncIterable<Uint8Array> & Partial<Readable>) | undefined;
  if (!body) throw new PipelineError('object_missing', `s3://${bucket}/${key} returned no body`);
  if (res.ContentLength !== undefined && res.ContentLength > limits.maxCompressedBytes) {
    (body as Partial<Readable>).destroy?.();
    throw new RecordDecodeError(
      'object_too_large',
      `object is ${res.ContentLength} bytes, over the ${limits.maxCompressedBytes}-byte limit`,
    );
  }
  return readCapped(body, limits.maxCompressedBytes);
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

/** Write a score (gzip JSON) to `scores/...`; resolves to its key. @throws LeadScoreError if invalid. */
export async function writeLeadScore(s3: S3Client, bucket: string, score: LeadScore): Promise<string> {
  const key = scoreKey(score);
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: encodeLeadScore(score),
      ContentType: 'application/json',
      ContentEncoding: 'gzip',
      Metadata: { 'rules-version': score.rules_version, tier: score.tier },
    }),
  );
  return key;
}

/** The quarantine entry written for an object that could not be processed. */
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
}

/**
 * `quarantine/{reason}/{original key}.json`. Keys that would pass S3's 1,024-byte limit are cut
 * and suffixed with a SHA-256 prefix of the full key so distinct keys stay distinct.
 */
export function quarantineKey(reason: QuarantineReason, originalKey: string): string {
  const key = `${QUARANTINE_PREFIX}${reason}/${originalKey.replace(/^\/+/, '')}.json`;
  if (Buffer.byteLength(key, 'utf8') <= MAX_KEY_BYTES) return key;
  const hash = createHash('sha256').update(originalKey).digest('hex').slice(0, 16);
  const head = Buffer.from(originalKey, 'utf8').subarray(0, 900).toString('utf8').replace(/\uFFFD+$/, '');
  return `${QUARANTINE_PREFIX}${reason}/${head}~${hash}.json`;
}

/** Write a quarantine entry to the same bucket; resolves to its key. The object itself is not copied. */
export async function quarantineObject(s3: S3Client, entry: QuarantineEntry): Promise<string> {
  const key = quarantineKey(entry.reason, entry.original_key);
  await s3.send(
    new PutObjectCommand({
      Bucket: entry.bucket,
      Key: key,
      Body: JSON.stringify(entry, null, 2),
      ContentType: 'application/json',
    }),
  );
  return key;
}
