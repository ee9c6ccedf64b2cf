/**
 * The options `query --athena` and `sql --athena` share, and the printing of an Athena result:
 * rows as a table (or JSON lines), then the bytes scanned and their cost on stderr.
 */
import { AthenaClient } from '@aws-sdk/client-athena';
import type { Command } from 'commander';
import { AthenaQueryError, runAthenaQuery, sqlLiteral, type AthenaQueryResult } from '../../lib/athena/run-query';
import { formatTable } from '../cli/table';
import { glueDatabaseName } from '../../lib/stacks/names';

/** Options parsed from the command line. */
export interface AthenaCliOptions {
  athena?: boolean;
  env: string;
  workgroup?: string;
  database?: string;
  region?: string;
  endpoint?: string;
  json?: boolean;
}

/** Add --athena and its settings to a command. */
export function addAthenaOptions(cmd: Command): Command {
  return cmd
    .option('--athena', 'run on Athena in the deployed workgroup instead of DuckDB over a local folder')
    .option('--env <name>', 'deployed environment: workgroup trialist-<env>, database trialist_<env>', 'dev')
    .option('--workgroup <name>', 'Athena workgroup (default trialist-<env>)')
    .option('--database <name>', 'Glue database (default trialist_<env>)')
    .option('--region <region>', 'AWS region (default: your AWS configuration)')
    .option('--endpoint <url>', 'Athena endpoint URL (default: the region\u2019s; for a stand-in or a VPC endpoint)');
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 3 : 1)} MB`;

/** Print a finished Athena query's rows (stdout) and what it scanned (stderr). */
export function printAthenaResult(result: AthenaQueryResult, json: boolean | undefined): void {
  if (json) for (const row of result.rows) process.stdout.write(`${JSON.stringify(row)}\n`);
  else process.stdout.write(formatTable(result.columns, result.rows));
  process.stderr.write(
    `Athena query ${result.queryExecutionId}: ${result.rows.length} row(s), ${mb(result.bytesScanned)} scanned, ` +
      `USD ${result.costUsd.toFixed(6)} at USD 5/TB (10 MB minimum per query)\n`,
  );
}

/**
 * Run `sql` on Athena with the options' workgroup and database, `parameters` bound to its `?`.
 * @returns the process exit code (0 ok, 1 the query failed).
 */
export async function runOnAthena(sql: string, parameters: string[], opts: AthenaCliOptions): Promise<number> {
  const client = new AthenaClient({ region: opts.region, ...(opts.endpoint ? { endpoint: opts.endpoint } : {}) });
  const workGroup = opts.workgroup ?? `trialist-${opts.env}`;
  try {
    const result = await runAthenaQuery(client, sql, {
      workGroup,
      database: opts.database ?? glueDatabaseName(opts.env),
      executionParameters: parameters.map(sqlLiteral),
      onState: (s) => process.stderr.write(`${s.toLowerCase()}...\r`),
    });
    printAthenaResult(result, opts.json);
    return 0;
  } catch (e) {
    const why = e instanceof AthenaQueryError ? e.message : `Athena (workgroup ${workGroup}): ${(e as Error).message}`;
    process.stderr.write(`${why}\n`);
    return 1;
  } finally {
    client.destroy();
  }
}
