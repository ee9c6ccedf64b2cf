/** Catalog names the stacks share with the code in lib/ and bin/ (the bucket's prefixes are in lib/bucket-layout.ts). */

/** Glue database name per environment (Glue names are lower-case, `_` only). */
export function glueDatabaseName(envName: string): string {
  return `trialist_${envName}`;
}

export const VOICE_SESSIONS_TABLE = 'voice_sessions';
export const LEAD_SCORES_TABLE = 'lead_scores';
