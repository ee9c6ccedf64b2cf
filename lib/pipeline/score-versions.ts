/**
 * Score versions next to `scores/`: which score a session keeps when a new one arrives, and where a
 * replaced one goes. Used by score-lead (every delivery of a session's event) and `trialist rescore`.
 *
 * - `scores/year=.../{session_id}.json.gz` holds the session's current score, the one analysts join.
 * - A score from an older `rules_version` is copied to
 *   `score-versions/rules_version=<old>/year=YYYY/month=MM/day=DD/{session_id}.json.gz` (Hive
 *   partitions, so versions can be compared in SQL) before it is replaced; nothing is lost locally,
 *   and on AWS the bucket is versioned besides.
 * - A score from a newer `rules_version` is never replaced by an older one: a late or redelivered
 *   event reaching a function that still runs the older rules leaves it (and alerts nothing).
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { compareRulesVersions, LeadScoreError, type LeadScore } from '../scoring';
import { putLeadScore } from './objects';
import { sessionKey } from '../session-record/keys';

/** Prefix of archived (replaced) score versions. */
import { SCORE_VERSIONS_PREFIX } from '../bucket-layout';

export { SCORE_VERSIONS_PREFIX };

/** `score-versions/rules_version=<v>/year=YYYY/month=MM/day=DD/{session_id}.json.gz` for an archived score. @throws LeadScoreError for a rules version that cannot be a key segment. */
export function scoreVersionKey(score: Pick<LeadScore, 'session_id' | 'started_at' | 'rules_version'>): string {
  if (!/^[A-Za-z0-9._-]+$/.test(score.rules_version)) {
    throw new LeadScoreError(`rules_version ${JSON.stringify(score.rules_version)} cannot be a key segment`);
  }
  return sessionKey(score.session_id, score.started_at, `${SCORE_VERSIONS_PREFIX}rules_version=${score.rules_version}/`);
}

/** True when two scores say the same thing (everything but `scored_at`). */
export function sameScoreContent(a: LeadScore, b: LeadScore): boolean {
  const { scored_at: _a, ...x } = a;
  const { scored_at: _b, ...y } = b;
  return JSON.stringify(x) === JSON.stringify(y);
}

/** What score-lead does with a fresh score, given the stored one. */
export type ScoreWriteDecision =
  /** Write it; `archivePrevious` when the stored score is from an older rules version. */
  | { action: 'write'; archivePrevious: boolean }
  /** The stored score says the same (a redelivery): nothing to write. */
  | { action: 'unchanged' }
  /** The stored score is from a newer rules version: keep it, write and alert nothing. */
  | { action: 'keep_newer'; stored_rules_version: string };

/**
 * Decide for score-lead (pure). Same rules version: the fresh score wins (it was computed from the
 * record as it is now), unless it says the same. @throws RangeError when a rules_version is malformed.
 */
export function decideScoreWrite(stored: LeadScore | null, fresh: LeadScore): ScoreWriteDecision {
  if (!stored) return { action: 'write', archivePrevious: false };
  const order = compareRulesVersions(stored.rules_version, fresh.rules_version);
  if (order > 0) return { action: 'keep_newer', stored_rules_version: stored.rules_version };
  if (order < 0) return { action: 'write', archivePrevious: true };
  return sameScoreContent(stored, fresh) ? { action: 'unchanged' } : { action: 'write', archivePrevious: false };
}

/** Copy a score that is about to be replaced to its `score-versions/` key; resolves to that key. */
export async function archiveLeadScore(s3: S3Client, bucket: string, previous: LeadScore, replacedBy: string): Promise<string> {
  return putLeadScore(s3, bucket, scoreVersionKey(previous), previous, { 'replaced-by': replacedBy });
}
