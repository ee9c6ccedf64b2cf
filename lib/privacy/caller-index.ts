/**
 * The caller index: which sessions belong to a caller, by keyed phone hash, without reading any
 * record. For every session record with a phone hash that lands under `sessions/`, score-lead
 * writes an empty object `callers/{phone_hash}/day=YYYY-MM-DD/{session_id}` (idempotent: the same
 * key on a redelivery). `trialist forget --phone` lists `callers/{hash}/` for the number's hash under
 * the current key, the previous key and the legacy SHA-256, and gets every session id with the day
 * its objects are partitioned by. The key names a hash, never the number; the index entries expire
 * with the session records and are erased with them.
 */
import { gunzipSync } from 'node:zlib';
import { ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { CALLERS_PREFIX } from '../bucket-layout';
import { SESSION_ID_PATTERN } from '../session-record/keys';

export { CALLERS_PREFIX };

const HASH = /^[0-9a-f]{64}$/;
const ENTRY = new RegExp(`^callers/([0-9a-f]{64})/day=(\\d{4}-\\d{2}-\\d{2})/(${SESSION_ID_PATTERN.source.slice(1, -1)})$`);

/** One index entry: a session of the caller whose keyed hash is `phone_hash`, started on `day` (UTC). */
export interface CallerIndexEntry {
  phone_hash: string;
  /** `YYYY-MM-DD`, the day partition of the session's objects. */
  day: string;
  session_id: string;
  key: string;
}

/**
 * The index key of a session. @throws Error when the hash is not 64 hex digits, the session id is
 * not one, or `startedAt` does not start with a `YYYY-MM-DD` date.
 */
export function callerIndexKey(phoneHash: string, sessionId: string, startedAt: string): string {
  const day = startedAt.slice(0, 10);
  if (!HASH.test(phoneHash) || !SESSION_ID_PATTERN.test(sessionId) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    throw new Error(`no caller index key for session ${JSON.stringify(sessionId)}: bad phone hash, session id or start time`);
  }
  return `${CALLERS_PREFIX}${phoneHash}/day=${day}/${sessionId}`;
}

/** The entry a key names, or null for a key outside the index layout. */
export function parseCallerIndexKey(key: string): CallerIndexEntry | null {
  const m = ENTRY.exec(key);
  return m ? { phone_hash: m[1]!, day: m[2]!, session_id: m[3]!, key } : null;
}

/**
 * Index one session under its record's phone hash (an empty object); nothing when the record has
 * none. Returns the key written, or null. @throws the S3 client's error.
 */
export async function indexCallerSession(
  s3: S3Client,
  bucket: string,
  record: { session_id: string; started_at: string; caller: { phone_hash?: string | null } },
): Promise<string | null> {
  const hash = record.caller.phone_hash;
  if (!hash || !HASH.test(hash)) return null;
  const key = callerIndexKey(hash, record.session_id, record.started_at);
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: new Uint8Array(0), ContentType: 'application/octet-stream' }));
  return key;
}

/** Every index entry under `callers/{hash}/` (current objects; ListObjectsV2 page by page). */
export async function listCallerSessions(s3: S3Client, bucket: string, phoneHash: string): Promise<CallerIndexEntry[]> {
  if (!HASH.test(phoneHash)) return [];
  const entries: CallerIndexEntry[] = [];
  let token: string | undefined;
  do {
    const res = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${CALLERS_PREFIX}${phoneHash}/`, ContinuationToken: token }));
    for (const o of res.Contents ?? []) {
      const e = o.Key ? parseCallerIndexKey(o.Key) : null;
      if (e) entries.push(e);
    }
    token = res.IsTruncated ? res.NextContinuationToken : undefined;
  } while (token);
  return entries;
}

/** What identifies a stored record, score or checkpoint: its session id, phone hash and rules version (nulls when absent). */
export interface StoredIdentity {
  session_id: string | null;
  phone_hash: string | null;
  started_at: string | null;
  rules_version: string | null;
}

/** Most bytes `identifyStored` decompresses (the session codec's cap, 20 MiB): a gzip bomb identifies as nothing. */
export const IDENTIFY_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The identity fields of stored bytes (gzip or plain JSON), also of a record that fails validation;
 * from text that is not JSON, only a `"phone_hash": "<64 hex>"` found in it. At most
 * `maxBytes` decompressed. Never throws.
 */
export function identifyStored(bytes: Uint8Array | null, maxBytes = IDENTIFY_MAX_BYTES): StoredIdentity {
  const none: StoredIdentity = { session_id: null, phone_hash: null, started_at: null, rules_version: null };
  if (!bytes) return none;
  let text: string;
  try {
    if (bytes.length > maxBytes) return none;
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes, { maxOutputLength: maxBytes }) : Buffer.from(bytes)).toString('utf8');
  } catch {
    return none;
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  try {
    const v = JSON.parse(text) as { session_id?: unknown; started_at?: unknown; caller?: { phone_hash?: unknown }; rules_version?: unknown };
    return { session_id: str(v?.session_id), phone_hash: str(v?.caller?.phone_hash), started_at: str(v?.started_at), rules_version: str(v?.rules_version) };
  } catch {
    const m = /"phone_hash"\s*:\s*"([0-9a-f]{64})"/.exec(text);
    return { ...none, phone_hash: m?.[1] ?? null };
  }
}
