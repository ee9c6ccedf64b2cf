/**
 * Retention of the session bucket's prefixes and the Athena results: how many days after creation
 * each is kept, from the deployment config. The storage stack turns each row into a lifecycle
 * rule that expires current objects after `days` and noncurrent versions after `noncurrentDays`
 * (so an overwritten or deleted object is not kept longer through its old versions); `cdk synth`
 * prints the table, and the README shows it for the defaults.
 *
 * The rule checked: nothing derived from a session record (scores, replaced scores, checkpoints,
 * quarantined copies, curated tables, query results) is kept longer than the session records
 * themselves, so expiring a record never leaves its derivatives behind.
 */
import {
  CALLERS_PREFIX,
  ANALYSIS_LLM_PREFIX,
  CHECKPOINTS_PREFIX,
  CURATED_PREFIX,
  QUARANTINE_PREFIX,
  SCORE_VERSIONS_PREFIX,
  SCORES_PREFIX,
  SESSIONS_PREFIX,
} from '../bucket-layout';

/** The config keys retention reads (a subset of `DeploymentConfig`). */
export interface RetentionSettings {
  retentionSessionsDays: number;
  retentionScoresDays: number;
  retentionScoreVersionsDays: number;
  retentionCheckpointsDays: number;
  retentionQuarantineDays: number;
  retentionCuratedDays: number;
  athenaResultExpiryDays: number;
  noncurrentVersionExpiryDays: number;
  sessionsGlacierDays: number;
}

type RetentionKey = Exclude<keyof RetentionSettings, 'noncurrentVersionExpiryDays' | 'sessionsGlacierDays'>;

/** One retained prefix: which bucket, which prefix, its config key and what it holds. */
export interface RetentionTarget {
  key: RetentionKey;
  bucket: 'sessions' | 'query-results';
  /** Key prefix in that bucket; '' for the whole bucket. */
  prefix: string;
  holds: string;
}

/** Every retained prefix, sessions first (the one the others derive from). */
export const RETENTION_TARGETS: readonly RetentionTarget[] = [
  { key: 'retentionSessionsDays', bucket: 'sessions', prefix: SESSIONS_PREFIX, holds: 'session records (transcripts)' },
  { key: 'retentionScoresDays', bucket: 'sessions', prefix: SCORES_PREFIX, holds: 'lead scores' },
  { key: 'retentionScoresDays', bucket: 'sessions', prefix: ANALYSIS_LLM_PREFIX, holds: 'LLM call analyses (optional, llm-summary)' },
  { key: 'retentionScoreVersionsDays', bucket: 'sessions', prefix: SCORE_VERSIONS_PREFIX, holds: 'scores replaced by a newer rules version' },
  { key: 'retentionCheckpointsDays', bucket: 'sessions', prefix: CHECKPOINTS_PREFIX, holds: 'in-progress records of running calls' },
  { key: 'retentionQuarantineDays', bucket: 'sessions', prefix: QUARANTINE_PREFIX, holds: 'objects the pipeline could not use' },
  { key: 'retentionCuratedDays', bucket: 'sessions', prefix: CURATED_PREFIX, holds: 'curated (Parquet) tables' },
  // the caller index lives exactly as long as the records it points to
  { key: 'retentionSessionsDays', bucket: 'sessions', prefix: CALLERS_PREFIX, holds: 'caller index (keyed hash -> session ids)' },
  { key: 'athenaResultExpiryDays', bucket: 'query-results', prefix: '', holds: 'Athena query results' },
];

/** One row of the retention table. */
export interface RetentionRow extends RetentionTarget {
  /** Current objects expire this many days after creation. */
  days: number;
  /** Noncurrent versions expire this many days after they became noncurrent (versioned buckets). */
  noncurrentDays: number;
}

/** The retention rows of a configuration. */
export function retentionRows(c: RetentionSettings): RetentionRow[] {
  return RETENTION_TARGETS.map((t) => ({ ...t, days: c[t.key], noncurrentDays: Math.min(c.noncurrentVersionExpiryDays, c[t.key]) }));
}

/** Problems with the retention settings, each naming its config key (empty when valid). */
export function retentionIssues(c: RetentionSettings): { key: keyof RetentionSettings; message: string }[] {
  const issues: { key: keyof RetentionSettings; message: string }[] = [];
  const sessions = c.retentionSessionsDays;
  for (const t of RETENTION_TARGETS) {
    // one message per key (retentionScoresDays covers two prefixes)
    if (t.key !== 'retentionSessionsDays' && c[t.key] > sessions && !issues.some((i) => i.key === t.key)) {
      issues.push({ key: t.key, message: `${t.key} (${c[t.key]}) keeps ${t.holds} longer than the session records they derive from (retentionSessionsDays ${sessions})` });
    }
  }
  if (c.sessionsGlacierDays >= sessions) {
    issues.push({ key: 'sessionsGlacierDays', message: `sessionsGlacierDays (${c.sessionsGlacierDays}) must be less than retentionSessionsDays (${sessions}): records would expire before moving` });
  }
  if (c.noncurrentVersionExpiryDays > sessions) {
    issues.push({ key: 'noncurrentVersionExpiryDays', message: `noncurrentVersionExpiryDays (${c.noncurrentVersionExpiryDays}) keeps old versions longer than retentionSessionsDays (${sessions})` });
  }
  return issues;
}

/** Whether a row's bucket keeps old versions (the session bucket does; query results are not versioned). */
export const isVersionedBucket = (bucket: RetentionTarget['bucket']): boolean => bucket === 'sessions';

const oldVersions = (r: RetentionRow): string => (isVersionedBucket(r.bucket) ? String(r.noncurrentDays) : 'not versioned');

/** The retention table as Markdown (printed by `cdk synth` for the environment synthesized). */
export function formatRetentionTable(c: RetentionSettings): string {
  const rows = retentionRows(c).map((r) => `| ${r.bucket} | \`${r.prefix || '(all)'}\` | ${r.holds} | ${r.days} | ${oldVersions(r)} | \`${r.key}\` |`);
  return ['| Bucket | Prefix | Holds | Kept (days) | Old versions kept (days) | Config key |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/**
 * The README's summary: the same rows for two environments side by side (`dev / prod`);
 * test/retention.test.ts checks the README holds exactly this for the default configs.
 */
export function formatRetentionSummary(dev: RetentionSettings, prod: RetentionSettings): string {
  const d = retentionRows(dev);
  const p = retentionRows(prod);
  const both = (a: string, b: string) => (a === b && a === 'not versioned' ? a : `${a} / ${b}`);
  const rows = d.map((r, i) => {
    const q = p[i]!;
    return `| ${r.bucket} | \`${r.prefix || '(all)'}\` | ${r.holds} | ${r.days} / ${q.days} | ${both(oldVersions(r), oldVersions(q))} | \`${r.key}\` |`;
  });
  return [
    '| bucket | prefix | holds | kept, days (dev / prod) | old versions kept, days (dev / prod) | config key |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
