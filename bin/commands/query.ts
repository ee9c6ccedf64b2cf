/**
 * `trialist query NAME`: run a named query (lib/analytics/named-queries.ts) over a range of days
 * (`--from/--to`, the partition predicate), with DuckDB over a local data folder's curated tables,
 * or with `--athena` on Athena in the deployed workgroup: the same SQL either way. `--list` lists them.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { NAMED_QUERIES, rangeParams } from '../../lib/analytics/named-queries';
import { localLayout, openLocalLake } from '../../lib/local';
import { formatTable } from '../cli/table';
import { addAthenaOptions, runOnAthena, type AthenaCliOptions } from './athena-options';

interface QueryOptions extends AthenaCliOptions {
  dir: string;
  list?: boolean;
  sql?: boolean;
  from?: string;
  to?: string;
}

/** `trialist query`. Exit code 1 for an unknown query, a missing folder or a SQL error; 2 for a bad range. */
export function registerQuery(program: Command): void {
  const cmd = program
    .command('query')
    .description('Run a named query over the curated tables, locally with DuckDB or on Athena (--list to see them)')
    .argument('[name]', 'named query, e.g. hot-leads')
    .option('-d, --dir <folder>', 'local data folder (trialist demo uses .local/demo)', '.local/bucket')
    .option('--from <day>', 'first call date, YYYY-MM-DD (UTC, included)')
    .option('--to <day>', 'last call date, YYYY-MM-DD (UTC, included)')
    .option('-l, --list', 'list the named queries')
    .option('--json', 'print rows as JSON lines instead of a table')
    .option('--sql', "print the query's SQL instead of running it");
  addAthenaOptions(cmd).action(async (name: string | undefined, opts: QueryOptions) => {
    if (opts.list || !name) {
      process.stdout.write(formatTable(['name', 'description'], NAMED_QUERIES.map((q) => ({ name: q.name, description: q.description })), { maxCellWidth: 100 }));
      if (!opts.list) process.exitCode = 1;
      return;
    }
    const query = NAMED_QUERIES.find((q) => q.name === name);
    if (!query) {
      process.stderr.write(`unknown named query ${JSON.stringify(name)}; known: ${NAMED_QUERIES.map((q) => q.name).join(', ')}\n`);
      process.exitCode = 1;
      return;
    }
    if (opts.sql) {
      process.stdout.write(`${query.sql}\n`);
      return;
    }
    let params: string[];
    try {
      params = rangeParams(query, { from: opts.from, to: opts.to });
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    if (opts.athena) {
      process.exitCode = await runOnAthena(query.sql, params, opts);
      return;
    }
    const layout = localLayout(opts.dir);
    if (!existsSync(layout.bucketDir)) {
      process.stderr.write(`no local bucket in ${opts.dir} (looked for ${layout.bucketDir}); run trialist demo or trialist replay first, or pass --dir\n`);
      process.exitCode = 1;
      return;
    }
    const lake = await openLocalLake({ directory: opts.dir });
    if (lake.files.curated_sessions?.length === 0 && (lake.files.voice_sessions?.length ?? 0) > 0) {
      process.stderr.write(`the curated tables in ${opts.dir} are empty: run trialist compact --dir ${opts.dir} first\n`);
    }
    try {
      const result = await lake.run(query.sql, params);
      if (opts.json) for (const row of result.rows) process.stdout.write(`${JSON.stringify(row)}\n`);
      else process.stdout.write(formatTable(result.columns, result.rows));
    } catch (e) {
      process.stderr.write(`query ${name} failed: ${(e as Error).message}\n`);
      process.exitCode = 1;
    } finally {
      lake.close();
    }
  });
}
