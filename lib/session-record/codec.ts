/**
 * Bytes <-> session record: gzip JSON with hard limits, so a hostile object cannot exhaust a
 * Lambda's memory. Limits are in bytes.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseSessionRecord, SessionRecordError, type SessionRecord } from './schema';
import { redactPii } from '../privacy/redact';

/** Size caps for reading a stored record. */
export interface DecodeLimits {
  /** Largest stored (compressed) object accepted, bytes. Default 5 MiB. */
  maxCompressedBytes: number;
  /** Largest decompressed JSON accepted, bytes; caps gzip bombs. Default 20 MiB. */
  maxDecompressedBytes: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = {
  maxCompressedBytes: 5 * 1024 * 1024,
  maxDecompressedBytes: 20 * 1024 * 1024,
};

/** Why a stored object could not be read as a session record; `reason` is a stable metric/quarantine label. */
export type DecodeFailureReason =
  | 'object_too_large'
  | 'decompressed_too_large'
  | 'not_gzip'
  | 'invalid_json'
  | 'unsupported_schema_version'
  | 'invalid_record';

/** Raised by `decodeSessionRecord`; `reason` says what was wrong in one word. */
export class RecordDecodeError extends Error {
  constructor(
    readonly reason: DecodeFailureReason,
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(message);
    this.name = 'RecordDecodeError';
  }
}

/** Validate and gzip a record for storage. @throws SessionRecordError if the record is invalid. */
export function encodeSessionRecord(record: SessionRecord): Buffer {
  return gzipSync(JSON.stringify(parseSessionRecord(record)));
}

/**
 * Gunzip, parse and validate a stored session record.
 * @throws RecordDecodeError with the reason (size caps, not gzip, bad JSON, schema version, invalid field).
 */
export function decodeSessionRecord(bytes: Uint8Array, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): SessionRecord {
  if (bytes.byteLength > limits.maxCompressedBytes) {
    throw new RecordDecodeError(
      'object_too_large',
      `object is ${bytes.byteLength} bytes, over the ${limits.maxCompressedBytes}-byte limit`,
    );
  }
  let json: Buffer;
  try {
    json = gunzipSync(bytes, { maxOutputLength: limits.maxDecompressedBytes });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|buffer/i.test(String((e as Error).message))) {
      throw new RecordDecodeError(
        'decompressed_too_large',
        `decompresses to more than ${limits.maxDecompressedBytes} bytes (gzip bomb cap)`,
      );
    }
    throw new RecordDecodeError('not_gzip', `not a gzip stream: ${(e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(json.toString('utf8'));
  } catch (e) {
    // V8's message quotes a snippet of the text: cut off, since it lands in logs and quarantine notes
    throw new RecordDecodeError('invalid_json', `invalid JSON: ${redactPii((e as Error).message.replace(/,\s*".*$/s, ''))}`);
  }
  try {
    return parseSessionRecord(value);
  } catch (e) {
    if (e instanceof SessionRecordError) {
      const reason = e.issues[0] === 'schema_version' ? 'unsupported_schema_version' : 'invalid_record';
      throw new RecordDecodeError(reason, e.message, e.issues);
    }
    throw e;
  }
}
