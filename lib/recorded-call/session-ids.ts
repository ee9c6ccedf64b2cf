/**
 * Session ids for replayed calls that never overwrite another recording's record. A call's id is
 * its `call_id` (from the file, else the file name), so `a/call.txt` and `b/call.txt` would share
 * one. The first recording keeps the plain id; a different recording (another SHA-256 of the file)
 * finding it taken, in this run or in the bucket, gets a stable suffix: `{id}-{first 8 hex of its
 * SHA-256}`, the same in every run. The same file replayed again keeps its id and replaces its own
 * record; the same bytes given twice in one run are replayed once. The digest is stored with the
 * record (object metadata REPLAY_DIGEST_METADATA).
 */
import { createHash } from 'node:crypto';
import { RecordedCallError } from './types';

/** Object metadata naming the SHA-256 (hex) of the file a replayed record came from. */
export const REPLAY_DIGEST_METADATA = 'replay-source-sha256';

/** SHA-256 hex of a recording's bytes. */
export function sourceDigest(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The digest stored with the record `sessionId` would be written to: `null` when there is no such
 * record, `''` for a record without one (not a replay, or written before digests were kept).
 */
export type ExistingRecordLookup = (sessionId: string) => Promise<string | null>;

/** The id chosen and, when it is not the plain one, why. */
export interface AllocatedId {
  sessionId: string;
  note: string | null;
  /** true when this run already replays the same bytes under this id (the caller replays it once). */
  duplicate: boolean;
}

/**
 * Choose the session id of a recording (see the module comment). `usedInRun` maps ids given out in
 * this run to their digests and is updated. Call it for one recording at a time.
 * @throws RecordedCallError('invalid_call') when both the plain and the suffixed id belong to other recordings.
 */
export async function allocateReplaySessionId(
  baseId: string,
  digest: string,
  source: string,
  usedInRun: Map<string, string>,
  existing: ExistingRecordLookup,
): Promise<AllocatedId> {
  const suffixed = `${baseId.slice(0, 119)}-${digest.slice(0, 8)}`;
  const takenBy: string[] = [];
  for (const candidate of [baseId, suffixed]) {
    const inRun = usedInRun.get(candidate);
    if (inRun !== undefined && inRun !== digest) {
      takenBy.push(`${candidate} (another file in this run)`);
      continue;
    }
    if (inRun === digest) return { sessionId: candidate, note: null, duplicate: true };
    const stored = await existing(candidate);
    if (stored !== null && stored !== digest) {
      takenBy.push(`${candidate} (a record already in the bucket from another recording)`);
      continue;
    }
    usedInRun.set(candidate, digest);
    const note = candidate === baseId ? null : `session id ${baseId} is taken by ${takenBy.join(', ')}; this recording is ${candidate}`;
    return { sessionId: candidate, note, duplicate: false };
  }
  throw new RecordedCallError(`${source}: session ids ${takenBy.join(' and ')} are taken; refusing to overwrite another recording's record`, 'invalid_call', source);
}
