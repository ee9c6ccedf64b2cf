/**
 * Run one SQL statement on Athena and read its result: StartQueryExecution in a workgroup,
 * GetQueryExecution polled with exponential backoff until it finishes, then GetQueryResults page by
 * page (the first row of a SELECT's first page is its header). Values come back typed by the
 * result's column metadata (integers and decimals as numbers, booleans, NULL as null, the rest as
 * strings). Used by `trialist query/sql --athena` and the `compact` Lambda.
 */
import {
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  StartQueryExecutionCommand,
  StopQueryExecutionCommand,
  type AthenaClient,
  type ColumnInfo,
} from '@aws-sdk/client-athena';
import { athenaQueryCostUsd } from './pricing';

/** Options of runAthenaQuery. */
export interface AthenaQueryOptions {
  /** The workgroup (its result location and scan cap apply; `trialist-{env}` when deployed). */
  workGroup: string;
  /** Glue database the statement's unqualified table names refer to. */
  database?: string;
  /** Values for the statement's `?` parameters, in order, as SQL literals (e.g. `'2026-11-01'`). */
  executionParameters?: string[];
  /** First poll delay and the cap it doubles up to, ms (default 250 and 5,000). */
  pollMs?: { first: number; max: number };
  /** Give up (and stop the query) after this long, ms (default 10 minutes). */
  timeoutMs?: number;
  /** Rows per GetQueryResults page (max 1,000). */
  pageSize?: number;
  /** Skip reading rows (UNLOAD, DDL). */
  noResults?: boolean;
  /** Called on each state seen while polling. */
  onState?: (state: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** A finished query: its rows (columns in order) and what it scanned. */
export interface AthenaQueryResult {
  queryExecutionId: string;
  columns: string[];
  rows: Record<string, unknown>[];
  /** Bytes Athena scanned (what it bills). */
  bytesScanned: number;
  /** USD for those bytes at the list price (lib/athena/pricing.ts). */
  costUsd: number;
  /** Engine execution time, ms. */
  engineMs: number;
}

/** Raised when the query failed, was cancelled or timed out; `state` and Athena's reason are kept. */
export class AthenaQueryError extends Error {
  constructor(
    readonly queryExecutionId: string,
    readonly state: string,
    reason: string,
  ) {
    super(`Athena query ${queryExecutionId} ${state}: ${reason}`);
    this.name = 'AthenaQueryError';
  }
}

const NUMERIC = new Set(['tinyint', 'smallint', 'integer', 'int', 'bigint', 'double', 'float', 'real', 'decimal']);

function typed(value: string | undefined, column: ColumnInfo | undefined): unknown {
  if (value === undefined) return null;
  const type = (column?.Type ?? 'varchar').toLowerCase();
  if (NUMERIC.has(type)) {
    const n = Number(value);
    return Number.isFinite(n) && (type === 'bigint' ? Number.isSafeInteger(n) : true) ? n : value;
  }
  if (type === 'boolean') return value === 'true';
  return value;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Start `sql`, wait for it, read every row.
 * @throws AthenaQueryError when it ends FAILED or CANCELLED, or times out (it is stopped then);
 * the client's error when a call fails.
 */
export async function runAthenaQuery(client: AthenaClient, sql: string, opts: AthenaQueryOptions): Promise<AthenaQueryResult> {
  const sleep = opts.sleep ?? defaultSleep;
  const started = await client.send(
    new StartQueryExecutionCommand({
      QueryString: sql,
      WorkGroup: opts.workGroup,
      QueryExecutionContext: opts.database ? { Database: opts.database } : undefined,
      ExecutionParameters: opts.executionParameters?.length ? opts.executionParameters : undefined,
    }),
  );
  const id = started.QueryExecutionId;
  if (!id) throw new Error('Athena StartQueryExecution returned no QueryExecutionId');
  const deadline = Date.now() + (opts.timeoutMs ?? 600_000);
  let delay = opts.pollMs?.first ?? 250;
  const max = opts.pollMs?.max ?? 5_000;
  for (;;) {
    const { QueryExecution: q } = await client.send(new GetQueryExecutionCommand({ QueryExecutionId: id }));
    const state = q?.Status?.State ?? 'UNKNOWN';
    opts.onState?.(state);
    if (state === 'SUCCEEDED') {
      const bytesScanned = q?.Statistics?.DataScannedInBytes ?? 0;
      const base = { queryExecutionId: id, bytesScanned, costUsd: athenaQueryCostUsd(bytesScanned), engineMs: q?.Statistics?.EngineExecutionTimeInMillis ?? 0 };
      if (opts.noResults) return { ...base, columns: [], rows: [] };
      return { ...base, ...(await readResults(client, id, q?.StatementType !== 'DDL', opts.pageSize)) };
    }
    if (state === 'FAILED' || state === 'CANCELLED') {
      throw new AthenaQueryError(id, state, q?.Status?.StateChangeReason ?? q?.Status?.AthenaError?.ErrorMessage ?? 'no reason given');
    }
    if (Date.now() >= deadline) {
      await client.send(new StopQueryExecutionCommand({ QueryExecutionId: id })).catch(() => undefined);
      throw new AthenaQueryError(id, 'TIMED_OUT', `still ${state} after ${opts.timeoutMs ?? 600_000} ms; stopped`);
    }
    await sleep(delay);
    delay = Math.min(max, delay * 2);
  }
}

async function readResults(client: AthenaClient, id: string, headerRow: boolean, pageSize = 1000): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
  let token: string | undefined;
  let columns: ColumnInfo[] = [];
  const rows: Record<string, unknown>[] = [];
  let first = true;
  do {
    const page = await client.send(new GetQueryResultsCommand({ QueryExecutionId: id, NextToken: token, MaxResults: pageSize }));
    if (first) columns = page.ResultSet?.ResultSetMetadata?.ColumnInfo ?? [];
    const data = page.ResultSet?.Rows ?? [];
    for (const [i, row] of data.entries()) {
      if (first && headerRow && i === 0) continue;
      const values = row.Data ?? [];
      rows.push(Object.fromEntries(columns.map((c, j) => [c.Name ?? `_col${j}`, typed(values[j]?.VarCharValue, c)])));
    }
    first = false;
    token = page.NextToken;
  } while (token);
  return { columns: columns.map((c, j) => c.Name ?? `_col${j}`), rows };
}

/** `value` as a SQL string literal, for ExecutionParameters. */
export function sqlLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
