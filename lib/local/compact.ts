/**
 * Local compaction: DuckDB rebuilds whole day partitions of the curated tables
 * (lib/analytics/curated.ts) from the local bucket's raw objects, as the `compact` Lambda does on
 * AWS with Athena. For each day: the day's gzip objects (sessions and scores) are decompressed
 * once into one NDJSON file per table in a scratch folder (while DuckDB writes the previous day);
 * then each table's day is written by one streaming `COPY (<its SELECT>) TO ... (FORMAT parquet,
 * ZSTD level 1)` over that file, read with the raw tables' column types pruned to the fields that
 * SELECT names (lib/local/read-columns.ts), into a fresh prefix
 * `curated/<table>/call_date=YYYY-MM-DD/<run>/`; then the local catalog is
 * pointed at the new prefixes (one atomic write each), and every other prefix of that day is deleted. A re-run or a late record
 * therefore replaces the day's rows; it never appends to them. A day with no raw records left
 * (e.g. after an erasure) loses its curated partition.
 *
 * Objects are written as s3rver object files (`<key>._S3rver_object`), so they sit at the keys
 * the S3 layout gives them.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, mkdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { CURATED_PARTITION_KEY, CURATED_SESSIONS_TABLE, CURATED_TABLES, DAY_PATTERN, type CuratedTable } from '../analytics/curated';
import { CURATED_PREFIX, LAKE_CHANGES_PREFIX, SCORES_PREFIX, SESSIONS_PREFIX } from '../bucket-layout';
import { daysOf, parseChangeMarker, type ChangeLog, type ChangeMarker } from '../lake/changes';
import { LocalPartitionCatalog } from './catalog';
import type { GlueColumn } from '../analytics/glue-columns';
import {
  gunzipObjectsInto,
  leadScoresTable,
  leftOutSessionObjects,
  objectFiles,
  parseJsonObject,
  PARTITION_COLUMNS,
  readJsonSql,
  TRINO_COMPAT_SQL,
  viewSql,
  voiceSessionsTable,
  type GunzippedObjects,
  type LakeTable,
  type LeftOutObject,
  type LeftOutReason,
} from './lake';
import { prunedColumns } from './read-columns';
import { DEFAULT_LOCAL_BUCKET, localLayout, S3RVER_OBJECT_SUFFIX, type LocalLayout } from './layout';

/** What one day's rebuild did. */
export interface DayRebuild {
  day: string;
  /** Rows written per curated table (0 for a day with no records left: its partitions were dropped). */
  rows: Record<string, number>;
  /** Raw session objects read (gzip; others are left out, as the views leave them out). */
  sessions: number;
  /**
   * Raw objects of the day (sessions and scores) left out, whole or in part, in key order per
   * reason: not gzip, a line that is not one JSON object, a session without `session_id`.
   */
  leftOut: LeftOutKey[];
  /** The new prefix per table (`curated/<table>/call_date=.../<run>/`), absent when dropped. */
  prefixes: Record<string, string>;
  /** Bytes written per table. */
  bytes: Record<string, number>;
}

/** Options of rebuildCuratedDays / compactLocal. */
export interface LocalCompactOptions {
  /** The local data folder (`--dir`). */
  directory: string;
  bucket?: string;
  /** DuckDB threads (default: DuckDB's, one per core). */
  threads?: number;
  /** DuckDB memory limit, e.g. `1GB` (default 1GB: compaction runs one day at a time). */
  memoryLimit?: string;
  /** Parquet compression options of the COPYs (default DEFAULT_PARQUET_COMPRESSION). */
  compression?: string;
  onDay?: (r: DayRebuild) => void;
}

/** The S3 key prefix of one curated day partition: `curated/<table>/call_date=<day>/`. */
export function curatedDayPrefix(table: string, day: string): string {
  return `${CURATED_PREFIX}${table}/${CURATED_PARTITION_KEY}=${day}/`;
}

const keyDir = (layout: LocalLayout, key: string) => path.join(layout.bucketDir, ...key.split('/').filter(Boolean));
const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** A fresh, sortable run id: the prefix a rebuild writes to. */
function runId(): string {
  return `run-${new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${randomBytes(4).toString('hex')}`;
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) if (e.isFile()) total += (await stat(path.join(dir, e.name))).size;
  return total;
}

/** A raw object compaction left out (see DayRebuild.leftOut). */
export interface LeftOutKey {
  /** The object's key in the bucket. */
  key: string;
  reason: LeftOutReason;
}

const rawColumns = (table: LakeTable) => table.columns.filter((c) => !(PARTITION_COLUMNS as readonly string[]).includes(c.name));

/**
 * Per curated table, the raw session columns its SELECT names, structs pruned to the fields it uses
 * (lib/local/read-columns.ts): curated_sessions reads no transcript, curated_turns nothing but the
 * transcript and the few session fields it repeats.
 */
function readColumnsByTable(): Map<string, GlueColumn[]> {
  const raw = rawColumns(voiceSessionsTable());
  return new Map(CURATED_TABLES.map((t) => [t.name, prunedColumns(raw, [t.sql('2000-01-01', 'duckdb')], 'v', ['session_id'])]));
}

/** The lead score fields the curated SELECTs name through `s` (and `session_id`, the join key). */
function scoreColumns(): GlueColumn[] {
  return prunedColumns(rawColumns(leadScoresTable()), CURATED_TABLES.map((t) => t.sql('2000-01-01', 'duckdb')), 's', ['session_id']);
}

/** Parquet options of the COPYs: ZSTD at level 1 (level 3, DuckDB's default, costs ~60% more CPU for ~17% smaller turns). */
export const DEFAULT_PARQUET_COMPRESSION = 'COMPRESSION zstd, COMPRESSION_LEVEL 1';

/** One day's raw objects, decompressed into one NDJSON file per raw table (hive path kept). */
interface PreparedDay {
  day: string;
  /** Session objects read, the NDJSON file holding them and the lines each wrote. */
  sessions: number;
  sessionsFile: string;
  sessionLines: GunzippedObjects['lines'];
  scores: number;
  scoresFile: string;
  /** Objects left out so far (not gzip; scores that are not JSON). */
  leftOut: LeftOutObject[];
}

/**
 * A score object's text as the lines compaction reads: each line parsed and cut to `fields`
 * (a score is small; the day's scores are then read by DuckDB with those columns only). Lines that
 * are not one JSON object are dropped and their object added to `leftOut`.
 */
function scoreLines(fields: readonly string[], leftOut: LeftOutObject[]): (text: Buffer, file: string) => Buffer {
  return (text, file) => {
    const out: string[] = [];
    let bad = false;
    for (const line of text.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      const doc = parseJsonObject(line);
      if (!doc) {
        bad = true;
        continue;
      }
      const kept: Record<string, unknown> = {};
      for (const f of fields) if (Object.hasOwn(doc, f)) kept[f] = doc[f];
      out.push(JSON.stringify(kept));
    }
    if (bad) leftOut.push({ file, reason: 'not a JSON object' });
    return Buffer.from(out.length > 0 ? `${out.join('\n')}\n` : '');
  };
}

/** Decompress a day's session and score objects into `scratch` (`<prefix>year=Y/month=M/day=D/objects.ndjson`). */
async function prepareDay(layout: LocalLayout, scratch: string, day: string, scoreFields: readonly string[]): Promise<PreparedDay> {
  const [y, m, d] = day.split('-');
  const part = `year=${y}/month=${m}/day=${d}/`;
  const fileIn = async (prefix: string) => {
    const dir = path.join(scratch, day, ...`${prefix}${part}`.split('/').filter(Boolean));
    await mkdir(dir, { recursive: true });
    return path.join(dir, 'objects.ndjson');
  };
  const leftOut: LeftOutObject[] = [];
  const sessionsFile = await fileIn(SESSIONS_PREFIX);
  const sessions = await gunzipObjectsInto(await objectFiles(keyDir(layout, `${SESSIONS_PREFIX}${part}`)), sessionsFile);
  const scoresFile = await fileIn(SCORES_PREFIX);
  const scoreLeftOut: LeftOutObject[] = [];
  const scores = await gunzipObjectsInto(await objectFiles(keyDir(layout, `${SCORES_PREFIX}${part}`)), scoresFile, { transform: scoreLines(scoreFields, scoreLeftOut) });
  for (const file of [...sessions.skipped, ...scores.skipped]) leftOut.push({ file, reason: 'not gzip' });
  leftOut.push(...scoreLeftOut);
  return { day, sessions: sessions.objects, sessionsFile, sessionLines: sessions.lines, scores: scores.objects, scoresFile, leftOut };
}

/** The bucket key of an object file (`<key>._S3rver_object`). */
function keyOfFile(layout: LocalLayout, file: string): string {
  const rel = path.relative(layout.bucketDir, file).split(path.sep).join('/');
  return rel.endsWith(S3RVER_OBJECT_SUFFIX) ? rel.slice(0, -S3RVER_OBJECT_SUFFIX.length) : rel;
}

async function rebuildDay(
  conn: DuckDBConnection,
  layout: LocalLayout,
  catalog: LocalPartitionCatalog,
  raw: PreparedDay,
  opts: { readColumns: Map<string, GlueColumn[]>; scoreColumns: GlueColumn[]; compression: string },
): Promise<DayRebuild> {
  const day = raw.day;
  const leftOut = [...raw.leftOut];
  const result: DayRebuild = { day, rows: {}, sessions: raw.sessions, leftOut: [], prefixes: {}, bytes: {} };
  const report = () => {
    const order: LeftOutReason[] = ['not gzip', 'not a JSON object', 'no session_id'];
    result.leftOut = leftOut
      .map((o) => ({ key: keyOfFile(layout, o.file), reason: o.reason }))
      .sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  };
  if (raw.sessions === 0) {
    report();
    for (const table of CURATED_TABLES) {
      await catalog.dropPartition({ table: table.name, values: { [CURATED_PARTITION_KEY]: day } });
      await rm(keyDir(layout, curatedDayPrefix(table.name, day)), { recursive: true, force: true });
      result.rows[table.name] = 0;
    }
    return result;
  }
  await conn.run(viewSql({ ...leadScoresTable(), columns: opts.scoreColumns }, raw.scores > 0 ? [raw.scoresFile] : [], 'uncompressed'));
  const run = runId();
  // Each table is one streaming COPY over the day's objects, read with only the fields that
  // table uses (voice_sessions is redefined per table), so the tables' SELECTs run unchanged.
  for (const table of CURATED_TABLES) {
    const dir = keyDir(layout, `${curatedDayPrefix(table.name, day)}${run}/`);
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `part-0.parquet${S3RVER_OBJECT_SUFFIX}`);
    const read = readJsonSql(opts.readColumns.get(table.name)!, [raw.sessionsFile], 'uncompressed');
    await conn.run(`CREATE OR REPLACE TEMP VIEW voice_sessions AS SELECT * FROM ${read}`);
    const copied = await conn.runAndReadAll(`COPY (${table.sql(day, 'duckdb')}) TO ${sqlString(file)} (FORMAT parquet, ${opts.compression}, ROW_GROUP_SIZE 122880)`);
    result.rows[table.name] = Number(copied.getRows()[0]?.[0] ?? 0);
    result.bytes[table.name] = await dirBytes(dir);
  }
  // one session row per line with a session id (a day has one score object per session): fewer
  // rows than lines means lines were left out; only then are the lines parsed, to say which
  const lines = raw.sessionLines.reduce((n, o) => n + o.lines, 0);
  if (result.rows[CURATED_SESSIONS_TABLE] !== lines) leftOut.push(...leftOutSessionObjects(raw.sessionsFile, raw.sessionLines));
  report();
  // every table written: point the catalog at the new prefixes, then delete every other prefix of
  // the day (the ones just replaced, or leftovers of an interrupted run)
  for (const table of CURATED_TABLES) {
    const dayPrefix = curatedDayPrefix(table.name, day);
    await catalog.swapPartition({ table: table.name, values: { [CURATED_PARTITION_KEY]: day }, location: `s3://${layout.bucket}/${dayPrefix}${run}/` });
    result.prefixes[table.name] = `${dayPrefix}${run}/`;
    for (const e of await readdir(keyDir(layout, dayPrefix), { withFileTypes: true })) {
      if (e.name !== run) await rm(path.join(keyDir(layout, dayPrefix), e.name), { recursive: true, force: true });
    }
  }
  return result;
}

/**
 * Rebuild the curated partitions of the given days (`YYYY-MM-DD`, UTC) from the raw objects now in
 * the local bucket. Used by compaction and after raw objects were deleted (an erasure): rebuilding
 * from raw drops whatever is no longer there.
 * @throws Error for a malformed day; Error naming the object when a raw object does not gunzip, or
 * DuckDB's error when a day cannot be written (the catalog still points at the previous prefix,
 * which is kept).
 */
export async function rebuildCuratedDays(opts: LocalCompactOptions & { days: readonly string[] }): Promise<DayRebuild[]> {
  for (const day of opts.days) if (!DAY_PATTERN.test(day)) throw new Error(`not a day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const layout = localLayout(opts.directory, opts.bucket ?? DEFAULT_LOCAL_BUCKET);
  const catalog = new LocalPartitionCatalog(layout.catalogFile);
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: opts.memoryLimit ?? '1GB',
    // Parquet rows need no particular order (readers sort); lets the COPYs write in parallel
    preserve_insertion_order: 'false',
    ...(opts.threads ? { threads: String(opts.threads) } : {}),
  });
  const conn = await instance.connect();
  const scratch = await mkdtemp(path.join(tmpdir(), 'trialist-compact-'));
  // the next day's objects are decompressed (in this thread) while DuckDB writes the current day
  let next: Promise<PreparedDay> | undefined;
  try {
    for (const stmt of TRINO_COMPAT_SQL) await conn.run(stmt);
    const out: DayRebuild[] = [];
    const dayOpts = { readColumns: readColumnsByTable(), scoreColumns: scoreColumns(), compression: opts.compression ?? DEFAULT_PARQUET_COMPRESSION };
    const days = [...new Set(opts.days)].sort();
    const prepare = (day: string) => {
      const p = prepareDay(layout, scratch, day, dayOpts.scoreColumns.map((c) => c.name));
      p.catch(() => undefined); // awaited below; this only keeps a failure while the previous day is written from being unhandled
      return p;
    };
    next = days.length > 0 ? prepare(days[0]!) : undefined;
    for (let i = 0; i < days.length; i++) {
      const raw = await next!;
      next = i + 1 < days.length ? prepare(days[i + 1]!) : undefined;
      const r = await rebuildDay(conn, layout, catalog, raw, dayOpts);
      await rm(path.join(scratch, raw.day), { recursive: true, force: true });
      opts.onDay?.(r);
      out.push(r);
    }
    return out;
  } finally {
    await next?.catch(() => undefined);
    conn.closeSync();
    instance.closeSync();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Change markers kept as s3rver object files in the local bucket folder. */
export function localChangeLog(directory: string, bucket = DEFAULT_LOCAL_BUCKET): ChangeLog {
  const layout = localLayout(directory, bucket);
  const root = keyDir(layout, LAKE_CHANGES_PREFIX);
  return {
    async list() {
      let entries;
      try {
        entries = await readdir(root, { withFileTypes: true, recursive: true });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw e;
      }
      const markers: ChangeMarker[] = [];
      for (const e of entries) {
        if (!e.isFile() || !e.name.endsWith(S3RVER_OBJECT_SUFFIX)) continue;
        const full = path.join(e.parentPath, e.name.slice(0, -S3RVER_OBJECT_SUFFIX.length));
        const marker = parseChangeMarker(path.relative(layout.bucketDir, full).split(path.sep).join('/'));
        if (marker) markers.push(marker);
      }
      return markers;
    },
    async clear(keys) {
      for (const key of keys) {
        const base = path.join(layout.bucketDir, ...key.split('/'));
        const dir = path.dirname(base);
        const name = `${path.basename(base)}._S3rver_`;
        let names: string[];
        try {
          names = await readdir(dir);
        } catch {
          continue;
        }
        for (const n of names) if (n.startsWith(name)) await rm(path.join(dir, n), { force: true });
      }
    },
  };
}

/** What a compaction run did. */
export interface CompactReport {
  days: DayRebuild[];
  /** Markers consumed (deleted after their days were rebuilt). */
  markers: number;
}

/**
 * Compact the local lake: rebuild every day a change marker names (or `days`, when given, plus
 * those), then delete the markers that were listed before the rebuild.
 */
export async function compactLocal(opts: LocalCompactOptions & { days?: readonly string[]; changes?: ChangeLog }): Promise<CompactReport> {
  const changes = opts.changes ?? localChangeLog(opts.directory, opts.bucket);
  const markers = await changes.list();
  const days = [...new Set([...daysOf(markers), ...(opts.days ?? [])])].sort();
  const rebuilt = await rebuildCuratedDays({ ...opts, days });
  await changes.clear(markers.map((m) => m.key));
  return { days: rebuilt, markers: markers.length };
}

export type { CuratedTable };
