/** S3 prefixes and catalog names the stacks share with the code in lib/ and lambdas/. */

import { QUARANTINE_PREFIX } from '../pipeline/quarantine';
import { SCORE_VERSIONS_PREFIX } from '../pipeline/score-versions';
import { SCORES_PREFIX as LEAD_SCORES_PREFIX } from '../scoring/score';
import { SESSIONS_PREFIX, SESSION_KEY_SUFFIX } from '../session-record/keys';

/** Session records: `sessions/year=YYYY/month=MM/day=DD/{session_id}.json.gz` (lib/session-record/keys.ts). */
export const SESSION_PREFIX = SESSIONS_PREFIX;
export const SESSION_SUFFIX = SESSION_KEY_SUFFIX;
/** Lead scores written by score-lead, read by the `lead_scores` table. */
export const SCORES_PREFIX = LEAD_SCORES_PREFIX;
/** Objects the pipeline could not process, kept with the reason for an operator. */
export { QUARANTINE_PREFIX };
/** Scores replaced by another rules version (lib/pipeline/score-versions.ts). */
export { SCORE_VERSIONS_PREFIX };
/** Agent checkpoints of calls in progress; never overlaps `sessions/`. */
export const CHECKPOINT_PREFIX = 'checkpoints/';
/** Agent templates (`templates/{template_id}.json`) the operator uploads; the agent only reads them. */
export const TEMPLATE_PREFIX = 'templates/';

/** Glue database name per environment (Glue names are lower-case, `_` only). */
export function glueDatabaseName(envName: string): string {
  return `trialist_${envName}`;
}

export const VOICE_SESSIONS_TABLE = 'voice_sessions';
export const LEAD_SCORES_TABLE = 'lead_scores';
