/**
 * Named queries: the SQL analysts run, written once for both engines, over the curated Parquet
 * tables (lib/analytics/curated.ts). Athena (Trino) runs them over the Glue tables; DuckDB runs them
 * locally over views of the same names, so only portable SQL belongs here.
 *
 * Every query filters the partition key with `call_date BETWEEN ? AND ?`, so Athena reads only the
 * days asked for. The `?` are execution parameters (Athena's ExecutionParameters, DuckDB's
 * prepared parameters; the Athena console prompts for them on a saved query), taken in pairs:
 * every odd `?` is the first day (`--from`, `YYYY-MM-DD`), every even one the last (`--to`).
 *
 * Portability rules (checked by test/local-lake.test.ts, which runs every query in DuckDB, and by
 * test/named-queries-trino.test.ts, which parses every query with Trino's grammar): `started_at`
 * is a timestamp and `call_date` a `YYYY-MM-DD` string; arrays are unnested with
 * `CROSS JOIN UNNEST(arr) AS t(x)` (an array of structs by position: `UNNEST(sequence(1, ...)) AS i(n)`
 * and `arr[i.n].field`, since Trino expands a row's fields into columns and DuckDB does not); aggregates are those both engines share (`count_if`, `avg`,
 * `sum`, `round`, `nullif`, `date_trunc`, `date_diff`). Trino-only names the local engine maps
 * (`cardinality`, `approx_percentile`, ...) are listed in lib/local/lake.ts.
 */

/** One saved query: `name` is what `trialist query NAME` and the Athena named query use. */
export interface NamedQuery {
  name: string;
  description: string;
  sql: string;
}

/** An inclusive range of UTC call dates, `YYYY-MM-DD`; a missing end is open. */
export interface DayRange {
  from?: string;
  to?: string;
}

/** The range used when none is given: every day. */
export const ALL_DAYS = { from: '0001-01-01', to: '9999-12-31' } as const;

const IN_RANGE = 'call_date BETWEEN ? AND ?';
const STAGE_ORDER = `CASE stage_reached WHEN 'greet' THEN 1 WHEN 'verify' THEN 2 WHEN 'qualify' THEN 3
  WHEN 'answer' THEN 4 WHEN 'objections' THEN 5 WHEN 'book' THEN 6 ELSE 7 END`;

export const NAMED_QUERIES: readonly NamedQuery[] = [
  {
    name: 'hot-leads',
    description: 'Hot leads, newest first, with the signals that made them hot',
    sql: `SELECT session_id, started_at, score, tier, rules_version, team_size, monthly_volume, industry, urgency, meeting_booked
FROM curated_sessions
WHERE ${IN_RANGE} AND tier = 'hot'
ORDER BY started_at DESC`,
  },
  {
    name: 'lead-tiers',
    description: 'Leads per tier with average score, qualified leads and meetings booked',
    sql: `SELECT tier, count(*) AS leads, round(avg(score), 1) AS avg_score,
  count_if(qualified) AS qualified, count_if(meeting_booked) AS meetings_booked
FROM curated_sessions
WHERE ${IN_RANGE} AND tier IS NOT NULL
GROUP BY tier
ORDER BY CASE tier WHEN 'hot' THEN 1 WHEN 'warm' THEN 2 ELSE 3 END`,
  },
  {
    name: 'calls-per-day',
    description: 'Calls per day (UTC) with average length in seconds and meetings booked',
    sql: `SELECT call_date, count(*) AS calls,
  round(avg(duration_seconds), 1) AS avg_duration_seconds,
  count_if(meeting_booked) AS meetings_booked
FROM curated_sessions
WHERE ${IN_RANGE}
GROUP BY call_date
ORDER BY call_date`,
  },
  {
    name: 'tier-mix',
    description: 'Leads per day and tier (hot, warm, cold, unscored)',
    sql: `SELECT call_date, coalesce(tier, 'unscored') AS tier, count(*) AS leads
FROM curated_sessions
WHERE ${IN_RANGE}
GROUP BY call_date, coalesce(tier, 'unscored')
ORDER BY call_date, CASE coalesce(tier, 'unscored') WHEN 'hot' THEN 1 WHEN 'warm' THEN 2 WHEN 'cold' THEN 3 ELSE 4 END`,
  },
  {
    name: 'signal-coverage',
    description: 'How often each lead signal was found in a call (share of all calls, %)',
    sql: `SELECT signal, count_if(found) AS calls_with_signal, count(*) AS calls,
  round(100.0 * count_if(found) / count(*), 1) AS pct_of_calls
FROM (
  SELECT k.signal,
    CASE k.signal
      WHEN 'team_size' THEN v.team_size IS NOT NULL
      WHEN 'monthly_volume' THEN v.monthly_volume IS NOT NULL
      WHEN 'integration_needs' THEN cardinality(v.integration_needs) > 0
      WHEN 'current_solution' THEN cardinality(v.current_solution) > 0
      WHEN 'urgency' THEN v.urgency IS NOT NULL
      WHEN 'industry' THEN v.industry IS NOT NULL
      WHEN 'use_case' THEN v.use_case IS NOT NULL
      WHEN 'pain_points' THEN cardinality(v.pain_points) > 0
    END AS found
  FROM curated_sessions v
  CROSS JOIN (VALUES ('team_size'), ('monthly_volume'), ('integration_needs'), ('current_solution'),
    ('urgency'), ('industry'), ('use_case'), ('pain_points')) AS k(signal)
  WHERE v.${IN_RANGE}
) t
GROUP BY signal
ORDER BY pct_of_calls DESC, signal`,
  },
  {
    name: 'integrations-demand',
    description: 'Integrations callers asked for: calls naming each, and how many of those were hot leads',
    sql: `SELECT i.integration, count(*) AS calls, count_if(v.tier = 'hot') AS hot_leads
FROM curated_sessions v
CROSS JOIN UNNEST(v.integration_needs) AS i(integration)
WHERE v.${IN_RANGE}
GROUP BY i.integration
ORDER BY calls DESC, i.integration`,
  },
  {
    name: 'meetings-booked',
    description: 'Calls that booked a meeting with sales, newest first, with the lead score',
    sql: `SELECT session_id, started_at, template_id, industry, team_size, score, tier
FROM curated_sessions
WHERE ${IN_RANGE} AND meeting_booked
ORDER BY started_at DESC`,
  },
  {
    name: 'cost-per-call',
    description: 'Provider cost per day (USD): total, per call and per minute of conversation',
    sql: `SELECT call_date, count(*) AS calls,
  round(sum(cost_total_usd), 4) AS total_usd,
  round(avg(cost_total_usd), 4) AS usd_per_call,
  round(sum(cost_total_usd) / nullif(sum(duration_seconds) / 60.0, 0), 4) AS usd_per_minute
FROM curated_sessions
WHERE ${IN_RANGE}
GROUP BY call_date
ORDER BY call_date`,
  },
  {
    name: 'unit-economics',
    description: 'Provider cost (USD) per qualified lead, per hot lead and per booked meeting over the range',
    sql: `SELECT count(*) AS calls, round(sum(cost_total_usd), 2) AS total_usd,
  count_if(qualified) AS qualified_leads, count_if(tier = 'hot') AS hot_leads, count_if(meeting_booked) AS meetings_booked,
  round(sum(cost_total_usd) / nullif(count_if(qualified), 0), 4) AS usd_per_qualified_lead,
  round(sum(cost_total_usd) / nullif(count_if(tier = 'hot'), 0), 4) AS usd_per_hot_lead,
  round(sum(cost_total_usd) / nullif(count_if(meeting_booked), 0), 4) AS usd_per_meeting
FROM curated_sessions
WHERE ${IN_RANGE}`,
  },
  {
    name: 'unit-economics-daily',
    description: 'Per day: provider cost (USD) per qualified lead, per hot lead and per booked meeting',
    sql: `SELECT call_date, count(*) AS calls, round(sum(cost_total_usd), 4) AS total_usd,
  round(sum(cost_total_usd) / nullif(count_if(qualified), 0), 4) AS usd_per_qualified_lead,
  round(sum(cost_total_usd) / nullif(count_if(tier = 'hot'), 0), 4) AS usd_per_hot_lead,
  round(sum(cost_total_usd) / nullif(count_if(meeting_booked), 0), 4) AS usd_per_meeting
FROM curated_sessions
WHERE ${IN_RANGE}
GROUP BY call_date
ORDER BY call_date`,
  },
  {
    name: 'funnel-by-segment',
    description: 'Conversion funnel by template_id, call_type and industry: calls, reached qualify, qualified, hot, booked',
    sql: `SELECT template_id, call_type, coalesce(industry, 'unknown') AS industry, count(*) AS calls,
  count_if(stage_reached IN ('qualify', 'answer', 'objections', 'book')) AS reached_qualify,
  count_if(qualified) AS qualified, count_if(tier = 'hot') AS hot_leads, count_if(meeting_booked) AS meetings_booked,
  round(100.0 * count_if(meeting_booked) / count(*), 1) AS pct_booked
FROM curated_sessions
WHERE ${IN_RANGE}
GROUP BY template_id, call_type, coalesce(industry, 'unknown')
ORDER BY calls DESC, template_id, call_type, industry`,
  },
  {
    name: 'returning-callers',
    description: 'Weekly cohorts of callers (by first call in the range, UTC weeks from Monday): callers still calling N weeks later',
    sql: `WITH calls AS (
  SELECT caller_hash, date_trunc('week', started_at) AS week
  FROM curated_sessions
  WHERE ${IN_RANGE} AND caller_hash IS NOT NULL
), firsts AS (
  SELECT caller_hash, min(week) AS cohort_week FROM calls GROUP BY caller_hash
)
SELECT CAST(f.cohort_week AS date) AS cohort_week, date_diff('week', f.cohort_week, c.week) AS weeks_later,
  count(DISTINCT c.caller_hash) AS callers
FROM calls c
JOIN firsts f ON f.caller_hash = c.caller_hash
GROUP BY f.cohort_week, date_diff('week', f.cohort_week, c.week)
ORDER BY cohort_week, weeks_later`,
  },
  {
    name: 'stage-funnel',
    description: 'How far calls got: calls per conversation stage reached, and how they ended',
    sql: `SELECT stage_reached, count(*) AS calls,
  count_if(meeting_booked) AS meetings_booked,
  count_if(end_reason = 'caller_hangup') AS caller_hangups
FROM curated_sessions
WHERE ${IN_RANGE}
GROUP BY stage_reached
ORDER BY ${STAGE_ORDER}`,
  },
  {
    name: 'response-latency',
    description: 'Agent response latency per day (ms): median of the calls\u2019 p50 and 95th percentile of their p95, end to end',
    sql: `SELECT call_date, count(*) AS calls,
  round(approx_percentile(latency_p50_ms, 0.5), 0) AS p50_ms,
  round(approx_percentile(latency_p95_ms, 0.95), 0) AS p95_ms
FROM curated_sessions
WHERE ${IN_RANGE} AND latency_p50_ms IS NOT NULL AND latency_p95_ms IS NOT NULL
GROUP BY call_date
ORDER BY call_date`,
  },
  {
    name: 'objections-by-week',
    description: 'Objections callers raised per week (UTC, from Monday) and kind: how many, and the share whose answer the caller accepted (%)',
    sql: `WITH raised AS (
  SELECT CAST(date_trunc('week', v.started_at) AS date) AS week, v.objections[i.n].kind AS objection,
    coalesce(v.objections[i.n].accepted, false) AS accepted, coalesce(v.objections[i.n].accepted = false, false) AS kept_up
  FROM curated_sessions v
  CROSS JOIN UNNEST(sequence(1, greatest(coalesce(cardinality(v.objections), 0), 1))) AS i(n)
  WHERE v.${IN_RANGE} AND i.n <= cardinality(v.objections)
)
SELECT week, objection, count(*) AS objections, count_if(accepted) AS accepted, count_if(kept_up) AS kept_up,
  round(100.0 * count_if(accepted) / count(*), 1) AS pct_accepted
FROM raised
GROUP BY week, objection
ORDER BY week, objections DESC, objection`,
  },
  {
    name: 'next-steps-by-template',
    description: 'Agreed next steps per agent template: calls per next step kind, their share of the template\u2019s calls, hot leads and meetings booked',
    sql: `SELECT template_id, coalesce(next_step_kind, 'not analysed') AS next_step, count(*) AS calls,
  round(100.0 * count(*) / sum(count(*)) OVER (PARTITION BY template_id), 1) AS pct_of_template_calls,
  count_if(next_step_at IS NOT NULL) AS with_time, count_if(tier = 'hot') AS hot_leads,
  count_if(meeting_booked) AS meetings_booked
FROM curated_sessions
WHERE ${IN_RANGE}
GROUP BY template_id, coalesce(next_step_kind, 'not analysed')
ORDER BY template_id, calls DESC, next_step`,
  },
];

/** Find a named query. @throws Error listing the known names when `name` is unknown. */
export function namedQuery(name: string): NamedQuery {
  const q = NAMED_QUERIES.find((n) => n.name === name);
  if (!q) throw new Error(`unknown named query ${JSON.stringify(name)}; known: ${NAMED_QUERIES.map((n) => n.name).join(', ')}`);
  return q;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The parameter values of a query over a range: `[from, to]` once per `BETWEEN ? AND ?`.
 * @throws Error when a bound is not `YYYY-MM-DD` or `from` is after `to`.
 */
export function rangeParams(query: NamedQuery, range: DayRange = {}): string[] {
  const from = range.from ?? ALL_DAYS.from;
  const to = range.to ?? ALL_DAYS.to;
  for (const [k, v] of [['--from', from], ['--to', to]] as const) if (!DAY.test(v)) throw new Error(`${k} must be a day, YYYY-MM-DD: ${JSON.stringify(v)}`);
  if (from > to) throw new Error(`--from ${from} is after --to ${to}`);
  const marks = query.sql.split('?').length - 1;
  if (marks % 2 !== 0) throw new Error(`named query ${query.name}: its ? parameters are not (from, to) pairs`);
  return Array.from({ length: marks }, (_, i) => (i % 2 === 0 ? from : to));
}
