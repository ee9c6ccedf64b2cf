/**
 * A local HTTP stand-in for AWS services that speak the JSON 1.1 protocol (POST `/`, header
 * `X-Amz-Target: <Service>.<Operation>`, JSON body; errors as HTTP 400 with `{"__type", "message"}`),
 * here Athena and the Glue partition calls, which cannot run on this machine. The real AWS SDK
 * clients talk to it through their `endpoint` setting, so requests are built and answers parsed
 * by the SDK exactly as against AWS.
 *
 * Athena: StartQueryExecution runs the statement through `execute` (e.g. DuckDB over the local
 * lake); GetQueryExecution reports QUEUED/RUNNING for the first `pollsBeforeDone` polls, then
 * SUCCEEDED with DataScannedInBytes, or FAILED with the error; GetQueryResults pages rows with
 * MaxResults/NextToken, the header row first on the first page, every value as VarCharValue.
 * Glue: GetTable, GetPartition, CreatePartition, UpdatePartition, DeletePartition over an
 * in-memory partition map.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What `execute` returns for one statement. */
export interface StandInResult {
  columns: { name: string; type: string }[];
  rows: unknown[][];
  bytesScanned: number;
}

/** One statement the stand-in was asked to run. */
export interface StandInQuery {
  id: string;
  sql: string;
  parameters: string[];
  workGroup?: string;
  database?: string;
  state: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  polls: number;
  result?: StandInResult;
  error?: string;
}

/** A Glue partition as kept by the stand-in. */
export interface StandInPartition {
  table: string;
  values: string[];
  location: string;
}

/** A running stand-in. */
export interface AwsJsonStandIn {
  endpoint: string;
  queries: StandInQuery[];
  /** Glue partitions by `database.table/value1/value2`. */
  partitions: Map<string, StandInPartition>;
  /** Every operation called, in order (e.g. `AWSGlue.UpdatePartition`). */
  calls: string[];
  stop(): Promise<void>;
}

class ServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const cell = (v: unknown) => (v === null || v === undefined ? {} : { VarCharValue: typeof v === 'object' ? JSON.stringify(v) : String(v) });

/**
 * Start the stand-in on 127.0.0.1 (a free port).
 * @param opts.execute runs one statement with its ExecutionParameters (SQL literals); throw to fail the query.
 */
export async function startAwsJsonStandIn(opts: {
  execute?: (sql: string, parameters: string[]) => Promise<StandInResult>;
  pollsBeforeDone?: number;
}): Promise<AwsJsonStandIn> {
  const queries: StandInQuery[] = [];
  const partitions = new Map<string, StandInPartition>();
  const calls: string[] = [];
  const pollsBeforeDone = opts.pollsBeforeDone ?? 1;

  const partKey = (i: Record<string, unknown>, values: unknown) => `${i.DatabaseName}.${i.TableName}/${(values as string[]).join('/')}`;
  const query = (id: unknown) => {
    const q = queries.find((x) => x.id === id);
    if (!q) throw new ServiceError('InvalidRequestException', `QueryExecution ${String(id)} was not found`);
    return q;
  };

  const ops: Record<string, (input: Record<string, unknown>) => Promise<unknown> | unknown> = {
    'AmazonAthena.StartQueryExecution': (input) => {
      if (typeof input.QueryString !== 'string' || !input.QueryString) throw new ServiceError('InvalidRequestException', 'QueryString is required');
      const q: StandInQuery = {
        id: randomUUID(),
        sql: input.QueryString,
        parameters: (input.ExecutionParameters as string[] | undefined) ?? [],
        workGroup: input.WorkGroup as string | undefined,
        database: (input.QueryExecutionContext as { Database?: string } | undefined)?.Database,
        state: 'RUNNING',
        polls: 0,
      };
      queries.push(q);
      const run = opts.execute ? opts.execute(q.sql, q.parameters) : Promise.resolve({ columns: [], rows: [], bytesScanned: 0 });
      q.result = undefined;
      (q as { done?: Promise<void> }).done = run.then(
        (r) => void (q.result = r),
        (e: Error) => void (q.error = e.message),
      );
      return { QueryExecutionId: q.id };
    },
    'AmazonAthena.GetQueryExecution': async (input) => {
      const q = query(input.QueryExecutionId);
      q.polls++;
      if (q.state === 'RUNNING' && q.polls > pollsBeforeDone) {
        await (q as { done?: Promise<void> }).done;
        q.state = q.error === undefined ? 'SUCCEEDED' : 'FAILED';
      }
      return {
        QueryExecution: {
          QueryExecutionId: q.id,
          Query: q.sql,
          StatementType: 'DML',
          WorkGroup: q.workGroup,
          Status: { State: q.state, ...(q.error !== undefined ? { StateChangeReason: q.error } : {}) },
          Statistics: q.state === 'SUCCEEDED' ? { DataScannedInBytes: q.result?.bytesScanned ?? 0, EngineExecutionTimeInMillis: 1 } : {},
        },
      };
    },
    'AmazonAthena.GetQueryResults': (input) => {
      const q = query(input.QueryExecutionId);
      if (q.state !== 'SUCCEEDED' || !q.result) throw new ServiceError('InvalidRequestException', `Query has not yet finished. Current state: ${q.state}`);
      const all = [q.result.columns.map((c) => c.name), ...q.result.rows];
      const start = input.NextToken ? Number(input.NextToken) : 0;
      const size = Math.min(Number(input.MaxResults ?? 1000), 1000);
      const page = all.slice(start, start + size);
      return {
        ResultSet: {
          Rows: page.map((r) => ({ Data: r.map(cell) })),
          ResultSetMetadata: { ColumnInfo: q.result.columns.map((c) => ({ Name: c.name, Label: c.name, Type: c.type })) },
        },
        ...(start + size < all.length ? { NextToken: String(start + size) } : {}),
      };
    },
    'AmazonAthena.StopQueryExecution': (input) => {
      query(input.QueryExecutionId).state = 'FAILED';
      return {};
    },
    'AWSGlue.GetTable': (input) => ({
      Table: { Name: input.Name, DatabaseName: input.DatabaseName, StorageDescriptor: { Columns: [], Location: 's3://stand-in/' }, PartitionKeys: [] },
    }),
    'AWSGlue.GetPartition': (input) => {
      const p = partitions.get(partKey(input, input.PartitionValues));
      if (!p) throw new ServiceError('EntityNotFoundException', 'Cannot find partition.');
      return { Partition: { Values: p.values, TableName: p.table, StorageDescriptor: { Location: p.location } } };
    },
    'AWSGlue.CreatePartition': (input) => {
      const pi = input.PartitionInput as { Values: string[]; StorageDescriptor: { Location: string } };
      const k = partKey(input, pi.Values);
      if (partitions.has(k)) throw new ServiceError('AlreadyExistsException', 'Partition already exists.');
      partitions.set(k, { table: String(input.TableName), values: pi.Values, location: pi.StorageDescriptor.Location });
      return {};
    },
    'AWSGlue.UpdatePartition': (input) => {
      const k = partKey(input, input.PartitionValueList);
      if (!partitions.has(k)) throw new ServiceError('EntityNotFoundException', 'Cannot find partition.');
      const pi = input.PartitionInput as { Values: string[]; StorageDescriptor: { Location: string } };
      partitions.set(k, { table: String(input.TableName), values: pi.Values, location: pi.StorageDescriptor.Location });
      return {};
    },
    'AWSGlue.DeletePartition': (input) => {
      const k = partKey(input, input.PartitionValues);
      if (!partitions.delete(k)) throw new ServiceError('EntityNotFoundException', 'Cannot find partition.');
      return {};
    },
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      calls.push(target);
      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
        res.end(JSON.stringify(payload));
      };
      try {
        const op = ops[target];
        if (!op) throw new ServiceError('UnknownOperationException', `unknown operation ${target}`);
        reply(200, await op(await body(req)));
      } catch (e) {
        const err = e instanceof ServiceError ? e : new ServiceError('InternalServerException', (e as Error).message);
        reply(err.type === 'InternalServerException' ? 500 : 400, { __type: err.type, message: err.message });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    queries,
    partitions,
    calls,
    stop: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** Athena's type name for a DuckDB column type. */
export function athenaTypeOf(duckdbType: string): string {
  const t = duckdbType.toUpperCase();
  if (t === 'BIGINT' || t === 'HUGEINT' || t === 'UBIGINT') return 'bigint';
  if (t === 'INTEGER' || t === 'SMALLINT' || t === 'TINYINT') return 'integer';
  if (t === 'DOUBLE' || t === 'FLOAT') return 'double';
  if (t.startsWith('DECIMAL')) return 'decimal';
  if (t === 'BOOLEAN') return 'boolean';
  if (t === 'DATE') return 'date';
  if (t.startsWith('TIMESTAMP')) return 'timestamp';
  if (t.endsWith('[]')) return 'array';
  return 'varchar';
}

/** A SQL string literal as Athena's ExecutionParameters carry it (`'x'`), unquoted; other literals as given. */
export function unquoteLiteral(literal: string): string {
  const m = /^'((?:[^']|'')*)'$/.exec(literal);
  return m ? m[1]!.replace(/''/g, "'") : literal;
}

/**
 * An `execute` for the stand-in that runs each statement with DuckDB through `run` (e.g. a
 * read-only local lake), parameters bound in order; bytes scanned are what `bytesOf` says.
 */
export function duckDbExecutor(
  run: (sql: string, params: string[]) => Promise<{ columns: string[]; rows: Record<string, unknown>[]; columnTypes?: string[] }>,
  bytesOf: (sql: string) => number = () => 0,
): (sql: string, parameters: string[]) => Promise<StandInResult> {
  return async (sql, parameters) => {
    const r = await run(sql, parameters.map(unquoteLiteral));
    return {
      columns: r.columns.map((name, i) => ({ name, type: athenaTypeOf(r.columnTypes?.[i] ?? 'VARCHAR') })),
      rows: r.rows.map((row) => r.columns.map((c) => row[c])),
      bytesScanned: bytesOf(sql),
    };
  };
}
