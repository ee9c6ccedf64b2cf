/**
 * The local stand-in for Athena: DuckDB over the local bucket folder. Views named like the Glue
 * tables (`voice_sessions` over `sessions/`, `lead_scores` over `scores/`) read s3rver's object
 * files (`<key>._S3rver_object`, gzip JSON) with the Glue tables' column types and the hive
 * partition columns `year`, `month`, `day` (strings), so the SAME named-query SQL runs here and
 * in Athena. Objects are read as newline-delimited JSON, as the OpenX JSON SerDe reads them (the
 * codecs write one compact JSON document per object).
 */
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance, DuckDBTypeId, StatementType, type DuckDBConnection } from '@duckdb/node-api';
import type { z } from 'zod';
import { glueColumnsOf, sessionRecordGlueColumns, type GlueColumn } from '../analytics/glue-columns';
import { namedQuery, rangeParams, type DayRange, type NamedQuery } from '../analytics/named-queries';
import { CURATED_PARTITION_KEY, CURATED_TABLES } from '../analytics/curated';
import { LocalPartitionCatalog } from './catalog';
import { LeadScoreSchema, SCORES_PREFIX } from '../scoring';
import { SESSIONS_PREFIX } from '../session-record';
import { DEFAULT_LOCAL_BUCKET, localLayout, S3RVER_OBJECT_SUFFIX, type LocalLayout } from './layout';
import { hiveToDuckDbType, quoteIdent } from './duckdb-types';

/** Partition columns every view gets from the key (`year=YYYY/month=MM/day=DD`), as strings like Glue's. */
export const PARTITION_COLUMNS = ['year', 'month', 'day'] as const;

/** Largest JSON document DuckDB will read, bytes: the codec's decompressed cap (20 MiB) plus room. */
const MAX_OBJECT_BYTES = 32 * 1024 * 1024;

/** One local table: its name, the key prefix its objects live under, and its columns. */
export interface LakeTable {
  name: string;
  /** Key prefix in the bucket, e.g. `sessions/`. */
  prefix: string;
  columns: GlueColumn[];
}

/** A query's result: column names in order and rows as JSON-safe objects (BIGINT → number when safe). */
export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** DuckDB's type of each column (e.g. `BIGINT`, `VARCHAR`, `TIMESTAMP`). */
  columnTypes?: string[];
}

/** DuckDB over a local data folder. Close it when done. */
export interface LocalLake {
  /** Run SQL over the views, `?` bound to `params`. @throws the DuckDB error on bad SQL; ReadOnlySqlError when read-only and not a query. */
  run(sql: string, params?: QueryParams): Promise<QueryResult>;
  /** Run a named query by name over a day range (default: every day). @throws Error listing the known names for an unknown one. */
  runNamed(name: string, range?: DayRange): Promise<QueryResult & { query: NamedQuery }>;
  /** Object files each view reads. */
  files: Record<string, string[]>;
  /** Object files left out because they are not gzip (the pipeline quarantines those). */
  skipped: string[];
  close(): void;
}

/** The session records table (`voice_sessions`), columns from the session record schema. */
export function voiceSessionsTable(): LakeTable {
  return { name: 'voice_sessions', prefix: SESSIONS_PREFIX, columns: sessionRecordGlueColumns() };
}

/** The lead scores table (`lead_scores`), columns from the lead score schema. */
export function leadScoresTable(): LakeTable {
  return { name: 'lead_scores', prefix: SCORES_PREFIX, columns: glueColumnsOf(LeadScoreSchema) };
}

/** A table whose columns come from a zod object schema (e.g. the lead score). */
export function lakeTableOf(name: string, prefix: string, schema: z.ZodType): LakeTable {
  return { name, prefix, columns: glueColumnsOf(schema) };
}

/** The object files under a folder (`<key>._S3rver_object`, recursively), sorted; none when it does not exist. */
export async function objectFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(S3RVER_OBJECT_SUFFIX))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

/**
 * Trino (Athena) functions the named queries may use, defined in DuckDB under the same names so
 * one SQL text runs on both engines. Sessions run in UTC, as Athena does.
 */
export const TRINO_COMPAT_SQL: readonly string[] = [
  "SET TimeZone = 'UTC'",
  'CREATE OR REPLACE MACRO cardinality(x) AS len(x)',
  'CREATE OR REPLACE MACRO sequence(a, b) AS generate_series(a, b)',
  'CREATE OR REPLACE MACRO from_iso8601_timestamp(s) AS CAST(s AS TIMESTAMPTZ)',
  'CREATE OR REPLACE MACRO approx_percentile(x, p) AS approx_quantile(x, p)',
  'CREATE OR REPLACE MACRO json_extract_scalar(j, p) AS json_extract_string(j, p)',
  'CREATE OR REPLACE MACRO regexp_like(s, p) AS regexp_matches(s, p)',
];

/**
 * The gzip object files under a folder (sorted), and those left out because they are not gzip.
 * The two magic bytes are read synchronously: one promise per file would cost more than the check
 * (compaction reads tens of thousands of objects).
 */
async function gzipObjectFiles(dir: string): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const head = Buffer.alloc(2);
  for (const f of await objectFiles(dir)) {
    if (isGzip(f, head)) files.push(f);
    else skipped.push(f);
  }
  return { files, skipped };
}

/** Whether bytes start with the gzip magic bytes 1f 8b. */
function hasGzipMagic(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Whether a file starts with the gzip magic bytes (reads only those two, into `head`). */
function isGzip(file: string, head: Buffer): boolean {
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, head, 0, 2, 0) === 2 && hasGzipMagic(head);
  } finally {
    closeSync(fd);
  }
}

/** What gunzipObjectsInto wrote. */
export interface GunzippedObjects {
  /** Gzip objects read (one or more JSON lines each). */
  objects: number;
  /** Object files left out because they are not gzip. */
  skipped: string[];
  /** Bytes written (decompressed). */
  bytes: number;
  /** Per object written, in order: its file and the lines it wrote (its text's newlines, plus the one added). */
  lines: { file: string; lines: number }[];
}

/**
 * The inflate buffer size for a gzip object: its decompressed size as the gzip trailer (ISIZE, the
 * last member's size mod 2^32) gives it, plus room, within 16 KiB (zlib's default) and the largest
 * document; one buffer instead of a chain of 16 KiB ones joined at the end. Only a hint: the
 * output is whatever inflating gives.
 */
function inflateChunkSize(gzip: Buffer): number {
  const size = gzip.length >= 18 ? gzip.readUInt32LE(gzip.length - 4) : 0;
  return Math.min(Math.max(size + 64, 16 * 1024), MAX_OBJECT_BYTES);
}

/** The newlines in `bytes`. */
function newlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/**
 * Decompress every gzip object file of `files` (in order) into one newline-delimited JSON file
 * `target`, each object's text followed by a newline when it does not end with one, so DuckDB reads
 * a day of objects as one file: one gunzip per object, and vectors of many rows instead of one row
 * per object file (whose per-vector cost of building nested columns dominated the read). Files that
 * do not start with the gzip magic bytes are left out. Each object's text is passed to `transform`
 * when given (its result written instead). Yields to the event loop every `batch` objects so that
 * queries already running can go on being driven.
 * @throws Error naming the file when an object does not decompress, or decompresses to more than
 * the largest document DuckDB reads (32 MiB); the file system's error when `target` cannot be
 * written; Error from `transform`.
 */
export async function gunzipObjectsInto(
  files: readonly string[],
  target: string,
  opts: { batch?: number; transform?: (text: Buffer, file: string) => Buffer } = {},
): Promise<GunzippedObjects> {
  const batch = opts.batch ?? 32;
  const out: GunzippedObjects = { objects: 0, skipped: [], bytes: 0, lines: [] };
  const newline = Buffer.from('\n');
  const fd = openSync(target, 'w');
  try {
    for (let i = 0; i < files.length; i++) {
      if (i > 0 && i % batch === 0) await yieldToLoop();
      const file = files[i]!;
      const raw = readFileSync(file);
      if (!hasGzipMagic(raw)) {
        out.skipped.push(file);
        continue;
      }
      let text: Buffer;
      try {
        text = gunzipSync(raw, { maxOutputLength: MAX_OBJECT_BYTES, chunkSize: inflateChunkSize(raw) });
      } catch (e) {
        throw new Error(`cannot gunzip ${file}: ${(e as Error).message}`, { cause: e });
      }
      if (opts.transform) text = opts.transform(text, file);
      const ends = text.length > 0 && text[text.length - 1] === 0x0a;
      writeSync(fd, text);
      if (!ends) writeSync(fd, newline);
      out.bytes += text.length + (ends ? 0 : 1);
      out.lines.push({ file, lines: newlines(text) + (ends ? 0 : 1) });
      out.objects++;
    }
  } finally {
    closeSync(fd);
  }
  return out;
}

/** Why a raw object (or a line of it) is left out of the curated tables. */
export type LeftOutReason = 'not gzip' | 'not a JSON object' | 'no session_id';

/** One object left out, whole or in part. */
export interface LeftOutObject {
  file: string;
  reason: LeftOutReason;
}

/** The JSON object of one line, or undefined when the line is not one. */
export function parseJsonObject(line: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(line);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The session objects in an NDJSON file written by gunzipObjectsInto (`lines`: its per-object line
 * counts) that have a line the curated tables leave out: one that is not a JSON object (malformed,
 * cut short, an array...: DuckDB's `ignore_errors` and the Athena SerDe's `ignore.malformed.json`
 * read it as nulls), or an object without `session_id`. Blank lines are ignored, as DuckDB ignores
 * them. One entry per object, the first reason found.
 * @throws the file system's error when `ndjson` cannot be read.
 */
export function leftOutSessionObjects(ndjson: string, lines: GunzippedObjects['lines']): LeftOutObject[] {
  const all = readFileSync(ndjson, 'utf8').split('\n');
  const out: LeftOutObject[] = [];
  let at = 0;
  for (const o of lines) {
    for (let i = 0; i < o.lines; i++) {
      const line = all[at + i] ?? '';
      if (line.trim() === '') continue;
      const doc = parseJsonObject(line);
      if (!doc || doc.session_id === undefined || doc.session_id === null) {
        out.push({ file: o.file, reason: doc ? 'no session_id' : 'not a JSON object' });
        break;
      }
    }
    at += o.lines;
  }
  return out;
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** How the files a view reads are compressed: the bucket's objects are gzip. */
export type JsonCompression = 'gzip' | 'uncompressed';

/** DDL for one view: read_json over the given files, or an empty table with the same columns. */
export function viewSql(table: LakeTable, files: string[], compression: JsonCompression = 'gzip'): string {
  const cols = table.columns.filter((c) => !(PARTITION_COLUMNS as readonly string[]).includes(c.name));
  const typed = cols.map((c) => [c.name, hiveToDuckDbType(c.type)] as const);
  const partitions = PARTITION_COLUMNS.map((p) => `${quoteIdent(p)} VARCHAR`);
  if (files.length === 0) {
    const body = [...typed.map(([n, t]) => `${quoteIdent(n)} ${t}`), ...partitions].join(', ');
    return `CREATE OR REPLACE TABLE ${quoteIdent(table.name)} (${body})`;
  }
  const select = [...typed.map(([n]) => quoteIdent(n)), ...PARTITION_COLUMNS.map(quoteIdent)].join(', ');
  return `CREATE OR REPLACE VIEW ${quoteIdent(table.name)} AS SELECT ${select} FROM ${readJsonSql(cols, files, compression)}`;
}

/**
 * `read_json(...)` over NDJSON files (gzip objects unless told) with the given (Glue) columns, plus
 * the hive partition columns from the path, as the views read them: a malformed document reads as
 * a row of nulls (`ignore_errors`), as the Athena tables read it.
 */
export function readJsonSql(columns: readonly GlueColumn[], files: readonly string[], compression: JsonCompression = 'gzip'): string {
  const typed = columns.map((c) => `${sqlString(c.name)}: ${sqlString(hiveToDuckDbType(c.type))}`).join(', ');
  return `read_json([${files.map(sqlString).join(', ')}],
  format = 'newline_delimited', compression = '${compression}', columns = {${typed}},
  hive_partitioning = true, hive_types = {'year': 'VARCHAR', 'month': 'VARCHAR', 'day': 'VARCHAR'},
  maximum_object_size = ${MAX_OBJECT_BYTES}, ignore_errors = true)`;
}

function toJsonSafe(v: unknown): unknown {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (Array.isArray(v)) return v.map(toJsonSafe);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJsonSafe(x)]));
  return v;
}

/** Values bound to `?` parameters, in order. */
export type QueryParams = readonly string[];

const MAX_SAFE = '9007199254740991';

/**
 * Per column type, the SQL that gives DuckDB's JSON of a value as toJsonSafe gives it (BIGINT a
 * number when safe, else a string; TIMESTAMP as toISOString writes it). Other types (FLOAT's
 * digits, nested values that may hold BIGINTs, dates, decimals...) are converted in JS.
 */
const AS_JSON: ReadonlyMap<DuckDBTypeId, (col: string) => string> = new Map([
  ...[DuckDBTypeId.VARCHAR, DuckDBTypeId.BOOLEAN, DuckDBTypeId.TINYINT, DuckDBTypeId.SMALLINT, DuckDBTypeId.INTEGER, DuckDBTypeId.DOUBLE].map(
    (t) => [t, (c: string) => c] as const,
  ),
  [DuckDBTypeId.BIGINT, (c: string) => `CASE WHEN ${c} BETWEEN -${MAX_SAFE} AND ${MAX_SAFE} THEN to_json(${c}) ELSE to_json(CAST(${c} AS VARCHAR)) END`],
  [DuckDBTypeId.TIMESTAMP, (c: string) => `strftime(${c}, '%Y-%m-%dT%H:%M:%S.%gZ')`],
]);

/**
 * A SELECT whose columns all have a JSON form in AS_JSON, run with each row turned into one JSON
 * text by DuckDB (the JS conversion of each value costs ~10x more: ~1 s for the 20,000 rows of
 * hot-leads over 30 days); undefined for anything else, or when the wrapped query does not bind.
 */
async function runAsJson(conn: DuckDBConnection, sql: string, params: string[] | undefined): Promise<QueryResult | undefined> {
  let prepared;
  try {
    prepared = await conn.prepare(sql);
  } catch {
    return undefined; // several statements, or one that does not prepare: the plain path reports it
  }
  const columns: string[] = [];
  const columnTypes: string[] = [];
  const pairs: string[] = [];
  try {
    if (prepared.statementType !== StatementType.SELECT || prepared.columnCount === 0) return undefined;
    for (let i = 0; i < prepared.columnCount; i++) {
      const name = prepared.columnName(i);
      const asJson = AS_JSON.get(prepared.columnTypeId(i));
      if (!asJson || columns.includes(name)) return undefined;
      columns.push(name);
      columnTypes.push(prepared.columnType(i).toString());
      pairs.push(`${sqlString(name)}, ${asJson(`q.${quoteIdent(name)}`)}`);
    }
  } finally {
    prepared.destroySync();
  }
  let reader;
  try {
    reader = await conn.runAndReadAll(`SELECT CAST(json_object(${pairs.join(', ')}) AS VARCHAR) FROM (${sql}) q`, params);
  } catch {
    return undefined;
  }
  const rows = reader.getColumnsJS()[0]?.map((j) => JSON.parse(j as string) as Record<string, unknown>) ?? [];
  return { columns, rows, columnTypes };
}

async function runOn(conn: DuckDBConnection, sql: string, params?: QueryParams): Promise<QueryResult> {
  const bound = params && params.length ? [...params] : undefined;
  const fast = await runAsJson(conn, sql, bound);
  if (fast) return fast;
  const reader = await conn.runAndReadAll(sql, bound);
  const columns = reader.columnNames();
  const rows = reader.getRowObjectsJS().map((r) => toJsonSafe(r) as Record<string, unknown>);
  return { columns, rows, columnTypes: reader.columnTypes().map((t) => t.toString()) };
}

/** Raised when read-only SQL (`trialist sql`) is not a query, or reaches outside the lake. */
export class ReadOnlySqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlySqlError';
  }
}

/** Every statement must be a SELECT (or EXPLAIN of one): nothing that writes, attaches, installs or sets. */
async function assertQueriesOnly(conn: DuckDBConnection, sql: string): Promise<void> {
  const extracted = await conn.extractStatements(sql);
  if (extracted.count === 0) throw new ReadOnlySqlError('no SQL statement given');
  for (let i = 0; i < extracted.count; i++) {
    const type = (await extracted.prepare(i)).statementType;
    if (type !== StatementType.SELECT && type !== StatementType.EXPLAIN) {
      throw new ReadOnlySqlError(`only queries run here (SELECT, WITH ... SELECT, EXPLAIN); statement ${i + 1} is ${StatementType[type] ?? type}`);
    }
  }
}

/** The curated table's Parquet files the catalog points at (one prefix per day). */
async function curatedFiles(layout: LocalLayout, table: string): Promise<string[]> {
  const partitions = await new LocalPartitionCatalog(layout.catalogFile).list(table);
  const prefix = `s3://${layout.bucket}/`;
  const files: string[] = [];
  for (const p of partitions) {
    if (!p.location.startsWith(prefix)) continue;
    files.push(...(await objectFiles(path.join(layout.bucketDir, ...p.location.slice(prefix.length).split('/').filter(Boolean)))));
  }
  return files.sort();
}

/** DDL for a curated view: read_parquet over the day prefixes' files (partition `call_date` from the path), or an empty table. */
export function curatedViewSql(table: { name: string; columns(): GlueColumn[] }, files: string[]): string {
  if (files.length === 0) {
    const body = [...table.columns().map((c) => `${quoteIdent(c.name)} ${hiveToDuckDbType(c.type)}`), `${quoteIdent(CURATED_PARTITION_KEY)} VARCHAR`];
    return `CREATE OR REPLACE TABLE ${quoteIdent(table.name)} (${body.join(', ')})`;
  }
  return `CREATE OR REPLACE VIEW ${quoteIdent(table.name)} AS SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}],
  hive_partitioning = true, hive_types = {'${CURATED_PARTITION_KEY}': 'VARCHAR'}, union_by_name = true)`;
}

/** Options of openLocalLake. */
export interface OpenLocalLakeOptions {
  directory: string;
  bucket?: string;
  /** Raw tables (default: `voice_sessions` and `lead_scores`). */
  tables?: LakeTable[];
  /** Also the curated tables the local catalog points at (default true). */
  curated?: boolean;
  /**
   * Read-only (`trialist sql`): once the views exist, DuckDB may read only the files they read
   * (external access off, `allowed_paths` = those files, configuration locked) and `run` accepts
   * queries only; anything else throws ReadOnlySqlError.
   */
  readOnly?: boolean;
}

/**
 * Open DuckDB (in memory) over a local data folder's bucket and create one view per table
 * (default: `voice_sessions`, `lead_scores`, and the curated tables). A missing folder gives empty tables. Objects
 * that are not gzip are left out (listed in `skipped`) and a malformed JSON document reads as a row of nulls,
 * so one bad object (which the pipeline moves to quarantine as it arrives) does not break every
 * query. The Athena tables do the same for malformed JSON (`ignore.malformed.json` TRUE,
 * lib/stacks/analytics-stack.ts); an object that is not gzip fails an Athena query, hence the move.
 * @throws the DuckDB error when a view cannot be created.
 */
export async function openLocalLake(opts: OpenLocalLakeOptions): Promise<LocalLake> {
  const tables = opts.tables ?? [voiceSessionsTable(), leadScoresTable()];
  const layout = localLayout(opts.directory, opts.bucket ?? DEFAULT_LOCAL_BUCKET);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const files: Record<string, string[]> = {};
  const skipped: string[] = [];
  try {
    for (const stmt of TRINO_COMPAT_SQL) await conn.run(stmt);
    for (const table of tables) {
      const found = await gzipObjectFiles(path.join(layout.bucketDir, ...table.prefix.split('/').filter(Boolean)));
      files[table.name] = found.files;
      skipped.push(...found.skipped);
      await conn.run(viewSql(table, found.files));
    }
    if (opts.curated ?? true) {
      for (const table of CURATED_TABLES) {
        files[table.name] = await curatedFiles(layout, table.name);
        await conn.run(curatedViewSql(table, files[table.name]!));
      }
    }
    if (opts.readOnly) {
      const allowed = Object.values(files).flat();
      await conn.run(`SET allowed_paths = [${allowed.map(sqlString).join(', ')}]`);
      await conn.run('SET enable_external_access = false');
      await conn.run('SET lock_configuration = true');
    }
  } catch (e) {
    conn.closeSync();
    instance.closeSync();
    throw e;
  }
  return {
    files,
    skipped,
    async run(sql, params) {
      if (opts.readOnly) await assertQueriesOnly(conn, sql);
      return runOn(conn, sql, params);
    },
    async runNamed(name, range) {
      const query = namedQuery(name);
      return { query, ...(await runOn(conn, query.sql, rangeParams(query, range))) };
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
