/**
 * `trialist report`: one self-contained HTML page of charts over the curated tables (no network
 * needed to open it: ECharts is inlined from node_modules, the data is embedded as JSON). Each
 * chart is a named query (lib/analytics/named-queries.ts) over the same `--from/--to` range, so
 * the page shows exactly what `trialist query` prints: calls per day, the stage funnel, tier mix
 * over time, cost per hot lead and per booked meeting, latency p50/p95 per day, integrations
 * demand and the top objections (kinds over the range, by whether the caller accepted the answer).
 * Charts render as SVG.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { DayRange } from '../analytics/named-queries';
import type { QueryResult } from '../local/lake';

type Rows = Record<string, unknown>[];

/** One chart: the named query it shows and how its rows become an ECharts option. */
export interface ReportChart {
  id: string;
  title: string;
  query: string;
  option(rows: Rows): Record<string, unknown>;
}

const col = (rows: Rows, k: string) => rows.map((r) => r[k] ?? null);
const axis = (rows: Rows, k: string) => ({ type: 'category', data: col(rows, k) });
const base = { tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 60, right: 30, top: 40, bottom: 40 }, animation: false };
const TIERS = ['hot', 'warm', 'cold', 'unscored'];

/** The report's charts, in page order. */
export const REPORT_CHARTS: readonly ReportChart[] = [
  {
    id: 'calls-per-day',
    title: 'Calls per day',
    query: 'calls-per-day',
    option: (rows) => ({ ...base, xAxis: axis(rows, 'call_date'), yAxis: { type: 'value' }, series: [
      { name: 'calls', type: 'bar', data: col(rows, 'calls') },
      { name: 'meetings booked', type: 'line', data: col(rows, 'meetings_booked') },
    ] }),
  },
  {
    id: 'stage-funnel',
    title: 'How far calls got (stage reached)',
    query: 'stage-funnel',
    option: (rows) => ({ ...base, tooltip: { trigger: 'item' }, series: [
      { name: 'calls', type: 'funnel', sort: 'none', left: '10%', width: '80%', data: rows.map((r) => ({ name: String(r.stage_reached), value: r.calls })) },
    ] }),
  },
  {
    id: 'tier-mix',
    title: 'Lead tiers per day',
    query: 'tier-mix',
    option: (rows) => {
      const days = [...new Set(rows.map((r) => String(r.call_date)))];
      return { ...base, xAxis: { type: 'category', data: days }, yAxis: { type: 'value' }, series: TIERS.map((tier) => ({
        name: tier, type: 'bar', stack: 'tiers', data: days.map((d) => rows.find((r) => r.call_date === d && r.tier === tier)?.leads ?? 0),
      })) };
    },
  },
  {
    id: 'unit-economics',
    title: 'Provider cost (USD) per hot lead and per booked meeting, per day',
    query: 'unit-economics-daily',
    option: (rows) => ({ ...base, xAxis: axis(rows, 'call_date'), yAxis: { type: 'value', name: 'USD' }, series: [
      { name: 'per hot lead', type: 'line', connectNulls: true, data: col(rows, 'usd_per_hot_lead') },
      { name: 'per booked meeting', type: 'line', connectNulls: true, data: col(rows, 'usd_per_meeting') },
      { name: 'per qualified lead', type: 'line', connectNulls: true, data: col(rows, 'usd_per_qualified_lead') },
    ] }),
  },
  {
    id: 'latency',
    title: 'Agent response latency per day (ms, end to end)',
    query: 'response-latency',
    option: (rows) => ({ ...base, xAxis: axis(rows, 'call_date'), yAxis: { type: 'value', name: 'ms' }, series: [
      { name: 'p50', type: 'line', data: col(rows, 'p50_ms') },
      { name: 'p95', type: 'line', data: col(rows, 'p95_ms') },
    ] }),
  },
  {
    id: 'integrations',
    title: 'Integrations callers asked for',
    query: 'integrations-demand',
    option: (rows) => ({ ...base, grid: { ...base.grid, left: 120 }, yAxis: { ...axis(rows, 'integration'), inverse: true }, xAxis: { type: 'value' }, series: [
      { name: 'calls', type: 'bar', data: col(rows, 'calls') },
      { name: 'hot leads', type: 'bar', data: col(rows, 'hot_leads') },
    ] }),
  },
  {
    id: 'top-objections',
    title: 'Top objections (caller accepted the answer or not)',
    query: 'objections-by-week',
    option: (rows) => {
      const kinds = new Map<string, { accepted: number; other: number }>();
      for (const r of rows) {
        const k = kinds.get(String(r.objection)) ?? { accepted: 0, other: 0 };
        k.accepted += Number(r.accepted ?? 0);
        k.other += Number(r.objections ?? 0) - Number(r.accepted ?? 0);
        kinds.set(String(r.objection), k);
      }
      const top = [...kinds].sort((a, b) => b[1].accepted + b[1].other - (a[1].accepted + a[1].other) || a[0].localeCompare(b[0]));
      return { ...base, grid: { ...base.grid, left: 120 }, yAxis: { type: 'category', data: top.map(([k]) => k), inverse: true }, xAxis: { type: 'value' }, series: [
        { name: 'accepted', type: 'bar', stack: 'objections', data: top.map(([, v]) => v.accepted) },
        { name: 'not accepted or open', type: 'bar', stack: 'objections', data: top.map(([, v]) => v.other) },
      ] };
    },
  },
];

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON safe inside a <script> element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/** ECharts' minified browser build, read from node_modules. @throws when echarts is not installed. */
export async function echartsSource(): Promise<string> {
  const require = createRequire(import.meta.url);
  return readFile(require.resolve('echarts/dist/echarts.min.js'), 'utf8');
}

/**
 * The report page for a range, running each chart's named query through `run`.
 * @returns the HTML and the row count per chart (a chart with no rows shows a note instead).
 */
export async function buildReport(
  run: (query: string, range: DayRange) => Promise<QueryResult>,
  opts: { range: DayRange; title?: string; generatedAt?: Date },
): Promise<{ html: string; rows: Record<string, number> }> {
  const charts = [];
  const rows: Record<string, number> = {};
  for (const c of REPORT_CHARTS) {
    const r = await run(c.query, opts.range);
    rows[c.id] = r.rows.length;
    charts.push({ id: c.id, title: c.title, query: c.query, empty: r.rows.length === 0, option: c.option(r.rows) });
  }
  const lib = await echartsSource();
  const range = `${opts.range.from ?? 'first day'} to ${opts.range.to ?? 'last day'}`;
  const title = opts.title ?? 'trialist calls report';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#1f2933;background:#f7f9fb}
h1{font-size:22px;margin:0 0 4px}p.meta{color:#52606d;margin:0 0 20px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px}
section{background:#fff;border:1px solid #e4e7eb;border-radius:8px;padding:12px}
section h2{font-size:15px;margin:0 0 4px}section .q{color:#7b8794;font-size:12px}
.chart{height:320px}.empty{color:#7b8794;padding:40px 0;text-align:center}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Calls from ${escapeHtml(range)} (UTC call dates), from the curated tables; generated ${escapeHtml((opts.generatedAt ?? new Date()).toISOString())}.</p>
<div class="grid">
${charts
  .map(
    (c) => `<section><h2>${escapeHtml(c.title)}</h2><div class="q">trialist query ${escapeHtml(c.query)}</div>
${c.empty ? `<div class="empty" id="${c.id}-empty">no data for this chart in this range</div>` : `<div class="chart" id="${c.id}" data-chart></div>`}</section>`,
  )
  .join('\n')}
</div>
<script>${lib}</script>
<script>
const CHARTS = ${scriptJson(charts.filter((c) => !c.empty).map((c) => ({ id: c.id, option: c.option })))};
for (const c of CHARTS) {
  const chart = echarts.init(document.getElementById(c.id), null, { renderer: 'svg' });
  chart.setOption(c.option);
  window.addEventListener('resize', () => chart.resize());
}
</script>
</body></html>
`;
  return { html, rows };
}
