/**
 * Score versions next to `scores/`: which score a session keeps when a new one arrives, and where a
 * replaced one goes. Used through `scoreSession` (./score-session.ts) by score-lead (every delivery
 * of a session's event) and `trialist rescore`, each with its row of SCORE_POLICIES.
 *
 * - `scores/year=.../{session_id}.json.gz` holds the session's current score, the one analysts join.
 * - A score from an older `rules_version` is copied to
 *   `score-versions/rules_version=<old>/year=YYYY/month=MM/day=DD/{session_id}.json.gz` (Hive
 *   partitions, so versions can be compared in SQL) before it is replaced; nothing is lost locally,
 *   and on AWS the bucket is versioned besides.
 * - A score from a newer `rules_version` is never replaced by an older one on delivery: a late or
 *   redelivered event reaching a function that still runs the older rules leaves it (and alerts
 *   nothing). A rescore replaces it: running older rules over a range is an operator's rollback.
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

/**
 * How one caller of `scoreSession` (./score-session.ts) treats what it finds: one row per caller in
 * SCORE_POLICIES. The rows differ only where the callers' situations do (a late event vs an
 * operator's deliberate run), never in how a score is read, computed or written.
 */
export interface ScorePolicy {
  /** A stored score from a newer rules version: `keep` it (a late event) or `replace` it (an operator's rescore, e.g. a rollback). */
  newerStored: 'keep' | 'replace';
  /** Same rules version, different score: `write` the fresh one (the record changed) or report a `conflict` (rules changed without a version bump). */
  sameVersionChanged: 'write' | 'conflict';
  /** A stored score that cannot be used (unreadable, or not a rules version): `replace` it (with a warning) or `skip` the session, leaving it. */
  unusableStored: 'replace' | 'skip';
  /**
   * Which scores alert: every `hot` one written or unchanged (AlertOnce sends one per session and
   * rules version; published after the write, so a failed publish keeps the score), or only the
   * `newly_hot` ones written (published before the write, which is what makes a lead no longer newly
   * hot, so a crash in between still alerts on the next run).
   */
  alert: 'hot' | 'newly_hot';
  /**
   * When the day is marked changed for the lake (lib/lake/changes.ts): on every `record` read (it
   * just landed), or only when a score is about to be written (`write`).
   */
  markDay: 'record' | 'write';
}

/** The policies of score-lead (`delivery`: each S3 event) and `trialist rescore` (`rescore`). */
export const SCORE_POLICIES = {
  delivery: { newerStored: 'keep', sameVersionChanged: 'write', unusableStored: 'replace', alert: 'hot', markDay: 'record' },
  rescore: { newerStored: 'replace', sameVersionChanged: 'conflict', unusableStored: 'skip', alert: 'newly_hot', markDay: 'write' },
} as const satisfies Record<string, ScorePolicy>;

/** What to do with a fresh score, given the stored one. `newlyHot`: the fresh tier is hot and the stored one was not (or none). */
export type ScoreDecision =
  /** Write it; `archivePrevious` when the stored score is from another rules version. */
  | { action: 'write'; archivePrevious: boolean; newlyHot: boolean }
  /** The stored score says the same (a redelivery, a re-run): nothing to write. */
  | { action: 'unchanged'; newlyHot: false }
  /** The stored score is from a newer rules version and the policy keeps it: write and alert nothing. */
  | { action: 'keep_newer'; newlyHot: false; stored_rules_version: string }
  /** Same rules version, different score, and the policy calls that a conflict: the stored score stays. */
  | { action: 'conflict'; newlyHot: false; message: string };

/**
 * Decide what happens to `fresh` given `stored` (null when never scored), under `policy` (pure).
 * Versions that compare equal but are spelled differently (`v1`, `v1.0`) count as different.
 * @throws RangeError when a rules_version is not one (lib/scoring/rules.ts `compareRulesVersions`).
 */
export function decideScore(stored: LeadScore | null, fresh: LeadScore, policy: Pick<ScorePolicy, 'newerStored' | 'sameVersionChanged'>): ScoreDecision {
  const newlyHot = fresh.tier === 'hot' && stored?.tier !== 'hot';
  if (!stored) return { action: 'write', archivePrevious: false, newlyHot };
  if (stored.rules_version !== fresh.rules_version) {
    if (policy.newerStored === 'keep' && compareRulesVersions(stored.rules_version, fresh.rules_version) > 0) {
      return { action: 'keep_newer', newlyHot: false, stored_rules_version: stored.rules_version };
    }
    return { action: 'write', archivePrevious: true, newlyHot };
  }
  if (sameScoreContent(stored, fresh)) return { action: 'unchanged', newlyHot: false };
  if (policy.sameVersionChanged === 'write') return { action: 'write', archivePrevious: false, newlyHot };
  return {
    action: 'conflict',
    newlyHot: false,
    message:
      `stored score ${stored.score} (${stored.tier}) and new score ${fresh.score} (${fresh.tier}) differ under the same ` +
      `rules_version ${fresh.rules_version}: bump rules_version for a rules change`,
  };
}

/** Copy a score that is about to be replaced to its `score-versions/` key; resolves to that key. */
export async function archiveLeadScore(s3: S3Client, bucket: string, previous: LeadScore, replacedBy: string): Promise<string> {
  return putLeadScore(s3, bucket, scoreVersionKey(previous), previous, { 'replaced-by': replacedBy });
}
