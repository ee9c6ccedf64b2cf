/**
 * The local stand-in for Athena: DuckDB over the local bucket folder. Views named like the Glue
 * tables (`voice_sessions` over `sessions/`, `lead_scores` over `scores/`) read s3rver's object
 * files (`<key>._S3rver_object`, gzip JSON) with the Glue tables' column types and the hive
 * partition columns `year`, `month`, `day` (strings), so the SAME named-query SQL runs here and
 * in Athena. Objects are read as newline-delimited JSON, as the OpenX JSON SerDe reads them (the
 * codecs write one compact JSON document per object).
 */
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { z } from 'zod';
import { glueColumnsOf, sessionRecordGlueColumns, type GlueColumn } from '../analytics/glue-columns';
import { namedQuery, type NamedQuery } from '../analytics/named-queries';
import { LeadScoreSchema, SCORES_PREFIX } from '../scoring';
import { SESSIONS_PREFIX } from '../session-record';
import { DEFAULT_LOCAL_BUCKET, localLayout, S3RVER_OBJECT_SUFFIX } from './layout';
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
}

/** DuckDB over a local data folder. Close it when done. */
export interface LocalLake {
  /** Run any SQL over the views. @throws the DuckDB error on bad SQL. */
  run(sql: string): Promise<QueryResult>;
  /** Run a named query by name. @throws Error listing the known names for an unknown one. */
  runNamed(name: string): Promise<QueryResult & { query: NamedQuery }>;
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

async function objectFiles(dir: string): Promise<string[]> {
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
  'CREATE OR REPLACE MACRO from_iso8601_timestamp(s) AS CAST(s AS TIMESTAMPTZ)',
  'CREATE OR REPLACE MACRO approx_percentile(x, p) AS approx_quantile(x, p)',
  'CREATE OR REPLACE MACRO json_extract_scalar(j, p) AS json_extract_string(j, p)',
];

/** Whether a file starts with the gzip magic bytes 1f 8b. */
async function isGzip(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(2);
    const { bytesRead } = await fh.read(buf, 0, 2, 0);
    return bytesRead === 2 && buf[0] === 0x1f && buf[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** DDL for one view: read_json over the given files, or an empty table with the same columns. */
export function viewSql(table: LakeTable, files: string[]): string {
  const cols = table.columns.filter((c) => !(PARTITION_COLUMNS as readonly string[]).includes(c.name));
  const typed = cols.map((c) => [c.name, hiveToDuckDbType(c.type)] as const);
  const partitions = PARTITION_COLUMNS.map((p) => `${quoteIdent(p)} VARCHAR`);
  if (files.length === 0) {
    const body = [...typed.map(([n, t]) => `${quoteIdent(n)} ${t}`), ...partitions].join(', ');
    return `CREATE OR REPLACE TABLE ${quoteIdent(table.name)} (${body})`;
  }
  const columns = `{${typed.map(([n, t]) => `${sqlString(n)}: ${sqlString(t)}`).join(', ')}}`;
  const list = `[${files.map(sqlString).join(', ')}]`;
  const select = [...typed.map(([n]) => quoteIdent(n)), ...PARTITION_COLUMNS.map(quoteIdent)].join(', ');
  return `CREATE OR REPLACE VIEW ${quoteIdent(table.name)} AS SELECT ${select} FROM read_json(${list},
  format = 'newline_delimited', compression = 'gzip', columns = ${columns},
  hive_partitioning = true, hive_types = {'year': 'VARCHAR', 'month': 'VARCHAR', 'day': 'VARCHAR'},
  maximum_object_size = ${MAX_OBJECT_BYTES}, ignore_errors = true)`;
}

function toJsonSafe(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (Array.isArray(v)) return v.map(toJsonSafe);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJsonSafe(x)]));
  return v;
}

async function runOn(conn: DuckDBConnection, sql: string): Promise<QueryResult> {
  const reader = await conn.runAndReadAll(sql);
  const columns = reader.columnNames();
  const rows = reader.getRowObjectsJS().map((r) => toJsonSafe(r) as Record<string, unknown>);
  return { columns, rows };
}

/**
 * Open DuckDB (in memory) over a local data folder's bucket and create one view per table
 * (default: `voice_sessions` and `lead_scores`). A missing folder gives empty tables. Objects
 * that are not gzip are left out (listed in `skipped`) and a malformed JSON document reads as a row of nulls,
 * so one bad object (which the pipeline moves to quarantine as it arrives) does not break every
 * query. The Athena tables do the same for malformed JSON (`ignore.malformed.json` TRUE,
 * lib/stacks/analytics-stack.ts); an object that is not gzip fails an Athena query, hence the move.
 * @throws the DuckDB error when a view cannot be created.
 */
export async function openLocalLake(opts: {
  directory: string;
  bucket?: string;
  tables?: LakeTable[];
}): Promise<LocalLake> {
  const tables = opts.tables ?? [voiceSessionsTable(), leadScoresTable()];
  const layout = localLayout(opts.directory, opts.bucket ?? DEFAULT_LOCAL_BUCKET);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const files: Record<string, string[]> = {};
  const skipped: string[] = [];
  try {
    for (const stmt of TRINO_COMPAT_SQL) await conn.run(stmt);
    for (const table of tables) {
      const found: string[] = [];
      for (const f of await objectFiles(path.join(layout.bucketDir, ...table.prefix.split('/').filter(Boolean)))) {
        if (await isGzip(f)) found.push(f);
        else skipped.push(f);
      }
      files[table.name] = found;
      await conn.run(viewSql(table, found));
    }
  } catch (e) {
    conn.closeSync();
    instance.closeSync();
    throw e;
  }
  return {
    files,
    skipped,
    run: (sql) => runOn(conn, sql),
    async runNamed(name) {
      const query = namedQuery(name);
      return { query, ...(await runOn(conn, query.sql)) };
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
