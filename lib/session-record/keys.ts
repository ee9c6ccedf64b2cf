/**
 * S3 key layout for session records (docs/architecture.md, "Key layout"):
 * `sessions/year=YYYY/month=MM/day=DD/{session_id}.json.gz`, partitioned by the call's start
 * date in UTC. Other prefixes (lib/bucket-layout.ts) never overlap it.
 */
import { CHECKPOINTS_PREFIX, SESSIONS_PREFIX } from '../bucket-layout';

/**
 * Session ids are restricted to a safe character set so they can be S3 key segments, file names
 * and SQL literals without escaping: 1-128 chars of `A-Z a-z 0-9 _ -`, starting alphanumeric.
 */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export { SESSIONS_PREFIX };
export const SESSION_KEY_SUFFIX = '.json.gz';

/** Hive-style partition of a session: the call's UTC start date. */
export interface Partition {
  year: string; // YYYY
  month: string; // MM
  day: string; // DD
}

/** Raised for a key outside the layout or a session id outside the safe character set. */
export class KeyLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyLayoutError';
  }
}

const KEY_PATTERN =
  /^sessions\/year=(\d{4})\/month=(0[1-9]|1[0-2])\/day=(0[1-9]|[12]\d|3[01])\/([A-Za-z0-9][A-Za-z0-9_-]{0,127})\.json\.gz$/;

/** The UTC partition of an ISO 8601 timestamp. @throws KeyLayoutError on an unparseable time. */
export function partitionOf(startedAt: string | Date): Partition {
  const d = typeof startedAt === 'string' ? new Date(startedAt) : startedAt;
  if (Number.isNaN(d.getTime())) throw new KeyLayoutError(`not a timestamp: ${String(startedAt)}`);
  const iso = d.toISOString();
  return { year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10) };
}

/** `year=YYYY/month=MM/day=DD` for a partition. */
export function partitionPath(p: Partition): string {
  return `year=${p.year}/month=${p.month}/day=${p.day}`;
}

/** Check a session id against the safe set. @throws KeyLayoutError naming the bad id. */
export function assertSessionId(sessionId: string): void {
  if (!SESSION_ID_PATTERN.test(sessionId)) {
    throw new KeyLayoutError(`unsafe session_id ${JSON.stringify(sessionId.slice(0, 200))}: must match ${SESSION_ID_PATTERN}`);
  }
}

/**
 * The S3 key of a session record. `prefix` lets sibling datasets (e.g. `scores/`) share the
 * partitioning. @throws KeyLayoutError for an unsafe id or a bad timestamp.
 */
export function sessionKey(sessionId: string, startedAt: string | Date, prefix = SESSIONS_PREFIX): string {
  assertSessionId(sessionId);
  return `${prefix}${partitionPath(partitionOf(startedAt))}/${sessionId}${SESSION_KEY_SUFFIX}`;
}

/**
 * The S3 key of a call's checkpoint (its in-progress record): `checkpoints/{session_id}.json.gz`,
 * not partitioned, so whoever finds a call without a record can look its checkpoint up by id.
 * @throws KeyLayoutError for an unsafe id.
 */
export function checkpointKey(sessionId: string): string {
  assertSessionId(sessionId);
  return `${CHECKPOINTS_PREFIX}${sessionId}${SESSION_KEY_SUFFIX}`;
}

/** The parts of a valid session key. */
export interface ParsedSessionKey extends Partition {
  sessionId: string;
}

/**
 * Parse a session key (already URL-decoded). Rejects anything outside the layout, including
 * impossible dates such as day=31 in a 30-day month.
 * @throws KeyLayoutError saying what was wrong.
 */
export function parseSessionKey(key: string): ParsedSessionKey {
  const m = KEY_PATTERN.exec(key);
  if (!m) {
    throw new KeyLayoutError(
      `key ${JSON.stringify(key.slice(0, 300))} is outside the layout sessions/year=YYYY/month=MM/day=DD/{session_id}.json.gz`,
    );
  }
  const [, year, month, day, sessionId] = m as unknown as [string, string, string, string, string];
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) {
    throw new KeyLayoutError(`key ${JSON.stringify(key)} names an impossible date ${year}-${month}-${day}`);
  }
  return { year, month, day, sessionId };
}

/**
 * Decode an S3 event object key: S3 URL-encodes keys in notifications, with spaces as `+`
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html).
 * @throws KeyLayoutError on malformed percent-encoding.
 */
export function decodeEventKey(encoded: string): string {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    throw new KeyLayoutError(`malformed URL encoding in key ${JSON.stringify(encoded.slice(0, 300))}`);
  }
}
