/** S3 prefixes and catalog names the stacks share with the code in lib/ and lambdas/. */

import { CHECKPOINTS_PREFIX, QUARANTINE_PREFIX, SCORE_VERSIONS_PREFIX, SCORES_PREFIX, SESSIONS_PREFIX, TEMPLATES_PREFIX } from '../bucket-layout';
import { SESSION_KEY_SUFFIX } from '../session-record/keys';

/** Session records: `sessions/year=YYYY/month=MM/day=DD/{session_id}.json.gz` (lib/session-record/keys.ts). */
export const SESSION_PREFIX = SESSIONS_PREFIX;
export const SESSION_SUFFIX = SESSION_KEY_SUFFIX;
/** Prefixes of the session bucket (lib/bucket-layout.ts). */
export { QUARANTINE_PREFIX, SCORE_VERSIONS_PREFIX, SCORES_PREFIX };
export const CHECKPOINT_PREFIX = CHECKPOINTS_PREFIX;
export const TEMPLATE_PREFIX = TEMPLATES_PREFIX;

/** Glue database name per environment (Glue names are lower-case, `_` only). */
export function glueDatabaseName(envName: string): string {
  return `trialist_${envName}`;
}

export const VOICE_SESSIONS_TABLE = 'voice_sessions';
export const LEAD_SCORES_TABLE = 'lead_scores';
