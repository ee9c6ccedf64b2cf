/**
 * Named queries: the SQL analysts run, written once for both engines. Athena (Trino) runs it over
 * the Glue tables; DuckDB runs it locally over views of the same names (`voice_sessions`,
 * `lead_scores`), so only portable SQL belongs here.
 *
 * Portability rules (checked by test/local-lake.test.ts, which runs every query in DuckDB, and by
 * test/named-queries-trino.test.ts, which parses every query with Trino's grammar):
 * timestamps are ISO 8601 strings in both tables, so the day is `substr(started_at, 1, 10)` and
 * ISO strings sort in time order; struct fields use dots (`outcome.meeting_booked`); arrays are
 * unnested with `CROSS JOIN UNNEST(arr) AS t(x)`; aggregates are those both engines share
 * (`count_if`, `avg`, `sum`, `round`, `nullif`). Trino-only names the local engine maps
 * (`cardinality`, `from_iso8601_timestamp`, `approx_percentile`, `json_extract_scalar`) are listed
 * in lib/local/lake.ts.
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
  {
    name: 'lead-tiers',
    description: 'Leads per tier with average score, qualified leads and meetings booked',
    sql: `SELECT tier, count(*) AS leads, round(avg(score), 1) AS avg_score,
  count_if(qualified) AS qualified, count_if(meeting_booked) AS meetings_booked
FROM lead_scores
GROUP BY tier
ORDER BY CASE tier WHEN 'hot' THEN 1 WHEN 'warm' THEN 2 ELSE 3 END`,
  },
  {
    name: 'calls-per-day',
    description: 'Calls per day (UTC) with average length in seconds and meetings booked',
    sql: `SELECT substr(started_at, 1, 10) AS call_date, count(*) AS calls,
  round(avg(duration_seconds), 1) AS avg_duration_seconds,
  count_if(outcome.meeting_booked) AS meetings_booked
FROM voice_sessions
GROUP BY substr(started_at, 1, 10)
ORDER BY call_date`,
  },
  {
    name: 'signal-coverage',
    description: 'How often each lead signal was found in a call (share of all calls, %)',
    sql: `SELECT signal, count_if(found) AS calls_with_signal, count(*) AS calls,
  round(100.0 * count_if(found) / count(*), 1) AS pct_of_calls
FROM (
  SELECT k.signal,
    CASE k.signal
      WHEN 'team_size' THEN v.discovered_signals.team_size IS NOT NULL
      WHEN 'monthly_volume' THEN v.discovered_signals.monthly_volume IS NOT NULL
      WHEN 'integration_needs' THEN cardinality(v.discovered_signals.integration_needs) > 0
      WHEN 'current_solution' THEN cardinality(v.discovered_signals.current_solution) > 0
      WHEN 'urgency' THEN v.discovered_signals.urgency IS NOT NULL
      WHEN 'industry' THEN v.discovered_signals.industry IS NOT NULL
      WHEN 'use_case' THEN v.discovered_signals.use_case IS NOT NULL
      WHEN 'pain_points' THEN cardinality(v.discovered_signals.pain_points) > 0
    END AS found
  FROM voice_sessions v
  CROSS JOIN (VALUES ('team_size'), ('monthly_volume'), ('integration_needs'), ('current_solution'),
    ('urgency'), ('industry'), ('use_case'), ('pain_points')) AS k(signal)
) t
GROUP BY signal
ORDER BY pct_of_calls DESC, signal`,
  },
  {
    name: 'integrations-demand',
    description: 'Integrations callers asked for: calls naming each, and how many of those were hot leads',
    sql: `SELECT i.integration, count(*) AS calls, count_if(s.tier = 'hot') AS hot_leads
FROM voice_sessions v
CROSS JOIN UNNEST(v.discovered_signals.integration_needs) AS i(integration)
LEFT JOIN lead_scores s ON s.session_id = v.session_id
GROUP BY i.integration
ORDER BY calls DESC, i.integration`,
  },
  {
    name: 'meetings-booked',
    description: 'Calls that booked a meeting with sales, newest first, with the agreed time and lead score',
    sql: `SELECT v.session_id, v.started_at, v.caller.name AS caller_name, v.outcome.meeting_time AS meeting_time,
  s.score, s.tier
FROM voice_sessions v
LEFT JOIN lead_scores s ON s.session_id = v.session_id
WHERE v.outcome.meeting_booked
ORDER BY v.started_at DESC`,
  },
  {
    name: 'cost-per-call',
    description: 'Provider cost per day (USD): total, per call and per minute of conversation',
    sql: `SELECT substr(started_at, 1, 10) AS call_date, count(*) AS calls,
  round(sum(cost_summary.total_usd), 4) AS total_usd,
  round(avg(cost_summary.total_usd), 4) AS usd_per_call,
  round(sum(cost_summary.total_usd) / nullif(sum(duration_seconds) / 60.0, 0), 4) AS usd_per_minute
FROM voice_sessions
GROUP BY substr(started_at, 1, 10)
ORDER BY call_date`,
  },
  {
    name: 'stage-funnel',
    description: 'How far calls got: calls per conversation stage reached, and how they ended',
    sql: `SELECT outcome.stage_reached AS stage_reached, count(*) AS calls,
  count_if(outcome.meeting_booked) AS meetings_booked,
  count_if(outcome.end_reason = 'caller_hangup') AS caller_hangups
FROM voice_sessions
GROUP BY outcome.stage_reached
ORDER BY CASE outcome.stage_reached WHEN 'greet' THEN 1 WHEN 'verify' THEN 2 WHEN 'qualify' THEN 3
  WHEN 'answer' THEN 4 WHEN 'objections' THEN 5 WHEN 'book' THEN 6 ELSE 7 END`,
  },
  {
    name: 'response-latency',
    description: 'Agent response latency per day (ms): average per-call p50 and worst per-call p95, end to end',
    sql: `SELECT substr(started_at, 1, 10) AS call_date, count(*) AS calls,
  round(avg(metrics_summary.end_to_end_ms.p50), 0) AS avg_p50_ms,
  max(metrics_summary.end_to_end_ms.p95) AS worst_p95_ms
FROM voice_sessions
WHERE metrics_summary.end_to_end_ms.samples > 0
GROUP BY substr(started_at, 1, 10)
ORDER BY call_date`,
  },
];

/** Find a named query. @throws Error listing the known names when `name` is unknown. */
export function namedQuery(name: string): NamedQuery {
  const q = NAMED_QUERIES.find((n) => n.name === name);
  if (!q) throw new Error(`unknown named query ${JSON.stringify(name)}; known: ${NAMED_QUERIES.map((n) => n.name).join(', ')}`);
  return q;
}
