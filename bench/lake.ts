/**
 * The lake bench: N generated sessions (bench/generate.ts, seeded; 1,000 distinct calls as long as
 * the agent records them (AGENT_CALL_EXCHANGES: 3-20 minutes), each with its call analysis block as
 * score-lead stores it, cloned under new ids and start times so 100,000 are written in minutes)
 * with their scores stored where
 * s3rver keeps objects, then compacted into the curated Parquet tables by the local compaction
 * (lib/local/compact.ts, one day at a time, DuckDB memory limit 1 GB), timed and with peak RSS
 * sampled; then every named query on the curated tables is timed (median of 3) and the bytes it
 * reads are compared with the same question on the raw tables:
 *
 * - curated bytes: the compressed size of the Parquet column chunks of the columns the query
 *   names, in the partitions of its range (what Athena reads and bills for Parquet);
 * - raw bytes: every gzip JSON object of the range under sessions/ and scores/ (the JSON SerDe
 *   reads whole objects; Athena bills the compressed bytes).
 *
 * From those bytes, a paper Athena estimate (lib/athena/pricing.ts): USD per named query and per
 * month of dashboards (every named query over the last 30 days, refreshed hourly) at 1,000 and
 * 100,000 calls a day, plus the month's compaction (UNLOAD reading each day's raw objects once).
 * Generated data is kept in `<dir>/lake` keyed by seed and count, and reused by the next run.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CURATED_TABLES } from '../lib/analytics/curated';
import { NAMED_QUERIES, rangeParams } from '../lib/analytics/named-queries';
import { athenaQueryCostUsd, ATHENA_USD_PER_TB } from '../lib/athena/pricing';
import { localLayout, objectFile, openLocalLake } from '../lib/local';
import { rebuildCuratedDays } from '../lib/local/compact';
import { encodeLeadScore, scoreKey, scoreLead } from '../lib/scoring';
import { encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { analysisOf } from '../lib/analysis/record';
import { AGENT_CALL_EXCHANGES, generateSessions } from './generate';

/** Options of runLakeBench. */
export interface LakeBenchOptions {
  sessions: number;
  dir: string;
  seed?: number;
  /** Days the calls spread over (default 30). */
  days?: number;
  progress?: (line: string) => void;
}

/** One named query's measurements. */
export interface LakeQueryMeasure {
  name: string;
  medianMs: number;
  curatedBytes: number;
  rawBytes: number;
  rows: number;
}

/** What the lake bench measured. */
export interface LakeBenchReport {
  sessions: number;
  rawBytes: number;
  curatedBytes: number;
  compactSeconds: number;
  sessionsPerSecond: number;
  peakRssBytes: number;
  baselineRssBytes: number;
  queries: LakeQueryMeasure[];
}

const POOL = 1000;
const FIRST_DAY = Date.parse('2026-10-01T00:00:00.000Z');

function clone(base: SessionRecord, i: number, seed: number, days: number): SessionRecord {
  const offset = Math.floor(((i * 2654435761) % 2 ** 32) / 2 ** 32 * days * 86_400_000);
  const start = FIRST_DAY + offset;
  const length = Date.parse(base.ended_at) - Date.parse(base.started_at);
  return { ...base, session_id: `lake-${seed}-${String(i).padStart(7, '0')}`, started_at: new Date(start).toISOString(), ended_at: new Date(start + length).toISOString() };
}

function put(dir: string, key: string, bytes: Buffer): void {
  const file = objectFile(localLayout(dir), key);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

/** Write N sessions and their scores (or reuse the ones written with the same seed and count). */
async function generate(dir: string, n: number, seed: number, days: number, progress: (l: string) => void): Promise<void> {
  const stamp = path.join(dir, 'generated.json');
  const want = JSON.stringify({ seed, n, days, pool: POOL, analysis: true, exchanges: AGENT_CALL_EXCHANGES });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) {
    progress(`lake: reusing ${n.toLocaleString('en-US')} generated sessions in ${dir}`);
    return;
  }
  rmSync(dir, { recursive: true, force: true });
  // schema v2 records carry their call analysis, as score-lead stores it
  const pool = generateSessions(seed, Math.min(POOL, n), { days, exchanges: AGENT_CALL_EXCHANGES }).map((r) => {
    const analysis = analysisOf(r);
    return analysis ? { ...r, analysis } : r;
  });
  const now = new Date('2026-11-30T00:00:00.000Z');
  for (let i = 0; i < n; i++) {
    const r = clone(pool[i % pool.length]!, i, seed, days);
    put(dir, sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
    const s = scoreLead(r, undefined, now);
    put(dir, scoreKey(s), encodeLeadScore(s));
    if ((i + 1) % 10_000 === 0) progress(`  lake: ${(i + 1).toLocaleString('en-US')}/${n.toLocaleString('en-US')} sessions written`);
  }
  writeFileSync(stamp, want);
}

async function treeBytes(dir: string): Promise<number> {
  let total = 0;
  try {
    for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('._S3rver_object')) total += (await stat(path.join(e.parentPath, e.name))).size;
  } catch {
    return 0;
  }
  return total;
}

/** Column-chunk bytes per (file, column) of the curated Parquet files. */
async function columnBytes(files: string[]): Promise<Map<string, { day: string; column: string; bytes: number }[]>> {
  const out = new Map<string, { day: string; column: string; bytes: number }[]>();
  if (files.length === 0) return out;
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const list = files.map((f) => `'${f.replace(/'/g, "''")}'`).join(', ');
    const r = await conn.runAndReadAll(`SELECT file_name, path_in_schema, sum(total_compressed_size) AS bytes FROM parquet_metadata([${list}]) GROUP BY ALL`);
    for (const [file, p, bytes] of r.getRowsJS() as [string, string, bigint][]) {
      const column = String(p).split(',')[0]!.trim();
      const day = /call_date=(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] ?? '';
      const list2 = out.get(file) ?? [];
      list2.push({ day, column, bytes: Number(bytes) });
      out.set(file, list2);
    }
  } finally {
    conn.closeSync();
    db.closeSync();
  }
  return out;
}

/** Run the lake bench. */
export async function runLakeBench(opts: LakeBenchOptions): Promise<LakeBenchReport> {
  const progress = opts.progress ?? (() => undefined);
  const seed = opts.seed ?? 13;
  const days = opts.days ?? 30;
  const dir = path.resolve(opts.dir);
  await generate(dir, opts.sessions, seed, days, progress);
  const layout = localLayout(dir);
  const rawBytes = (await treeBytes(path.join(layout.bucketDir, 'sessions'))) + (await treeBytes(path.join(layout.bucketDir, 'scores')));
  rmSync(path.join(layout.bucketDir, 'curated'), { recursive: true, force: true });
  rmSync(layout.catalogFile, { force: true });

  const dayList = Array.from({ length: days }, (_, d) => new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10));
  const baselineRss = process.memoryUsage().rss;
  let peak = baselineRss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  let done = 0;
  await rebuildCuratedDays({ directory: dir, days: dayList, memoryLimit: '1GB', onDay: (r) => {
    done += r.sessions;
    progress(`  lake: compacted ${r.day} (${r.sessions} sessions, ${done.toLocaleString('en-US')} so far)`);
  } });
  const compactSeconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const curatedBytes = await treeBytes(path.join(layout.bucketDir, 'curated'));

  const lake = await openLocalLake({ directory: dir, tables: [] });
  const chunks = await columnBytes(CURATED_TABLES.flatMap((t) => lake.files[t.name] ?? []));
  const rawByDay = new Map<string, number>();
  for (const d of dayList) {
    const [y, m, dd] = d.split('-');
    const part = `year=${y}/month=${m}/day=${dd}`;
    rawByDay.set(d, (await treeBytes(path.join(layout.bucketDir, 'sessions', part))) + (await treeBytes(path.join(layout.bucketDir, 'scores', part))));
  }
  const range = { from: dayList[0]!, to: dayList[dayList.length - 1]! };
  const queries: LakeQueryMeasure[] = [];
  try {
    for (const q of NAMED_QUERIES) {
      const params = rangeParams(q, range);
      const times: number[] = [];
      let rows = 0;
      await lake.run(q.sql, params);
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        rows = (await lake.run(q.sql, params)).rows.length;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const tables = CURATED_TABLES.filter((t) => new RegExp(`\\b${t.name}\\b`).test(q.sql));
      let curated = 0;
      for (const t of tables) {
        for (const f of lake.files[t.name] ?? []) {
          for (const c of chunks.get(f) ?? []) {
            if (c.day >= range.from && c.day <= range.to && new RegExp(`\\b${c.column}\\b`).test(q.sql)) curated += c.bytes;
          }
        }
      }
      const raw = [...rawByDay.entries()].filter(([d]) => d >= range.from && d <= range.to).reduce((s, [, b]) => s + b, 0);
      queries.push({ name: q.name, medianMs: times[1]!, curatedBytes: curated, rawBytes: raw, rows });
    }
  } finally {
    lake.close();
  }
  return {
    sessions: opts.sessions,
    rawBytes,
    curatedBytes,
    compactSeconds,
    sessionsPerSecond: opts.sessions / compactSeconds,
    peakRssBytes: peak,
    baselineRssBytes: baselineRss,
    queries,
  };
}

/** A paper Athena estimate from measured bytes per call. */
export interface AthenaEstimate {
  callsPerDay: number;
  /** USD per named query over 30 days, by query name. */
  perQueryUsd: Record<string, number>;
  /** USD per month: every named query over the last 30 days, refreshed hourly (24 × 30 runs each). */
  dashboardsPerMonthUsd: number;
  /** USD per month for compaction (each day's raw objects read once by UNLOAD). */
  compactionPerMonthUsd: number;
  /** The same dashboards on the raw tables, USD per month. */
  rawDashboardsPerMonthUsd: number;
}

/** Scale measured bytes per call to a call volume (Athena list price; lib/athena/pricing.ts). */
export function athenaEstimate(r: LakeBenchReport, callsPerDay: number): AthenaEstimate {
  const calls30 = callsPerDay * 30;
  const perQueryUsd: Record<string, number> = {};
  let dashboards = 0;
  let raw = 0;
  for (const q of r.queries) {
    const bytes = (q.curatedBytes / r.sessions) * calls30;
    perQueryUsd[q.name] = athenaQueryCostUsd(bytes);
    dashboards += perQueryUsd[q.name]! * 24 * 30;
    raw += athenaQueryCostUsd((q.rawBytes / r.sessions) * calls30) * 24 * 30;
  }
  const compaction = ((r.rawBytes / r.sessions) * calls30 / 1e12) * ATHENA_USD_PER_TB;
  return { callsPerDay, perQueryUsd, dashboardsPerMonthUsd: dashboards, compactionPerMonthUsd: compaction, rawDashboardsPerMonthUsd: raw };
}
