/**
 * Named queries: the SQL analysts run, written once for both engines. Athena (Trino) runs it over
 * the Glue tables; DuckDB runs it locally over views of the same names (`voice_sessions`,
 * `lead_scores`), so only portable SQL belongs here.
 */

/** One saved query: `name` is what `trialist query NAME` and the Athena named query use. */
export interface NamedQuery {
  name: string;
  description: string;
  sql: string;
}

export const NAMED_QUERIES: readonly NamedQuery[] = [
  {
    name: 'hot-leads',
    description: 'Hot leads, newest first, with the signals that made them hot',
    sql: `SELECT session_id, started_at, score, tier, team_size, monthly_volume, industry, urgency, meeting_booked
FROM lead_scores
WHERE tier = 'hot'
ORDER BY started_at DESC`,
  },
];

/** Find a named query. @throws Error listing the known names when `name` is unknown. */
export function namedQuery(name: string): NamedQuery {
  const q = NAMED_QUERIES.find((n) => n.name === name);
  if (!q) throw new Error(`unknown named query ${JSON.stringify(name)}; known: ${NAMED_QUERIES.map((n) => n.name).join(', ')}`);
  return q;
}
