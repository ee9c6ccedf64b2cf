/**
 * The session bucket's layout: every top-level prefix in one place. Each prefix ends in `/` and
 * none overlaps another, so an S3 event rule, an IAM grant or a lifecycle rule scoped to one
 * prefix never touches another's objects. Code that builds keys (lib/session-record/keys.ts,
 * lib/scoring, lib/pipeline, the agent) and the stacks (lib/stacks) import their prefixes from here.
 */

/** Session records: `sessions/year=YYYY/month=MM/day=DD/{session_id}.json.gz`; the only prefix that raises scoring events. */
export const SESSIONS_PREFIX = 'sessions/';
/** Lead scores written by score-lead (same partitioning as sessions), read by the `lead_scores` table. */
export const SCORES_PREFIX = 'scores/';
/** Scores replaced by another rules version (lib/pipeline/score-versions.ts). */
export const SCORE_VERSIONS_PREFIX = 'score-versions/';
/** Objects the pipeline could not use, moved here with a note saying why (lib/pipeline/quarantine.ts). */
export const QUARANTINE_PREFIX = 'quarantine/';
/** In-progress records of calls still running: `checkpoints/{session_id}.json.gz`; never raises a scoring event. */
export const CHECKPOINTS_PREFIX = 'checkpoints/';
/** Agent templates (`templates/{template_id}.json`) an operator uploads; the agent only reads them. */
export const TEMPLATES_PREFIX = 'templates/';
/** Curated (Parquet) tables built from sessions and scores, one folder per table. */
export const CURATED_PREFIX = 'curated/';
/**
 * Days whose curated partitions must be rebuilt: `lake-changes/call_date=YYYY-MM-DD/{sha256(session_id)[:16]}`,
 * an empty object written when a session or its score lands (lib/lake/changes.ts); compaction
 * deletes the markers it has consumed.
 */
export const LAKE_CHANGES_PREFIX = 'lake-changes/';
/**
 * The caller index: `callers/{phone_hash}/day=YYYY-MM-DD/{session_id}`, an empty object per session
 * of a caller, written by score-lead when a record with a phone hash lands (lib/privacy/caller-index.ts),
 * so erasure finds a caller's sessions by keyed hash without reading every record.
 */
export const CALLERS_PREFIX = 'callers/';
/** Audit entries of erasures (no personal data). */
export const ERASURES_PREFIX = 'erasures/';
/**
 * Optional LLM call analyses (lib/analysis/llm), beside the deterministic `analysis` block of the
 * record, never in it: `analysis-llm/year=YYYY/month=MM/day=DD/{session_id}.json.gz`.
 */
export const ANALYSIS_LLM_PREFIX = 'analysis-llm/';

/** Every prefix above, for checks that they stay disjoint and for tools that walk the bucket. */
export const BUCKET_PREFIXES = [
  SESSIONS_PREFIX,
  SCORES_PREFIX,
  SCORE_VERSIONS_PREFIX,
  QUARANTINE_PREFIX,
  CHECKPOINTS_PREFIX,
  TEMPLATES_PREFIX,
  CURATED_PREFIX,
  LAKE_CHANGES_PREFIX,
  CALLERS_PREFIX,
  ERASURES_PREFIX,
  ANALYSIS_LLM_PREFIX,
] as const;

/**
 * Whether a key has a `.` or `..` segment (`sessions/../../etc/hostname`). S3 takes such keys
 * literally, but wherever a key becomes a file path (the local s3rver store, lib/local/layout.ts)
 * they climb out of the bucket folder, so every consumer refuses them.
 */
export function hasDotSegment(key: string): boolean {
  return key.split('/').some((segment) => segment === '.' || segment === '..');
}

/** `key` with each `.`/`..` segment written as `%2E`/`%2E%2E`, so it can name a note without climbing out. */
export function escapeDotSegments(key: string): string {
  return key
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment.replace(/\./g, '%2E') : segment))
    .join('/');
}
