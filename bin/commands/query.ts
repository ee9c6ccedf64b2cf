/**
 * `trialist query NAME`: run a named query (lib/analytics/named-queries.ts) with DuckDB over a
 * local data folder, the same SQL Athena runs over the Glue tables. `--list` lists them.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { NAMED_QUERIES } from '../../lib/analytics/named-queries';
import { localLayout, openLocalLake } from '../../lib/local';
import { formatTable } from '../cli/table';

interface QueryOptions {
  dir: string;
  list?: boolean;
  json?: boolean;
  sql?: boolean;
}

/** `trialist query`. Exit code 1 for an unknown query, a missing folder or a SQL error. */
export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('Run a named query with DuckDB over a local data folder (--list to see them)')
    .argument('[name]', 'named query, e.g. hot-leads')
    .option('-d, --dir <folder>', 'local data folder (trialist demo uses .local/demo)', '.local/bucket')
    .option('-l, --list', 'list the named queries')
    .option('--json', 'print rows as JSON lines instead of a table')
    .option('--sql', "print the query's SQL instead of running it")
    .action(async (name: string | undefined, opts: QueryOptions) => {
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
      const layout = localLayout(opts.dir);
      if (!existsSync(layout.bucketDir)) {
        process.stderr.write(`no local bucket in ${opts.dir} (looked for ${layout.bucketDir}); run trialist demo or trialist replay first, or pass --dir\n`);
        process.exitCode = 1;
        return;
      }
      const lake = await openLocalLake({ directory: opts.dir });
      for (const f of lake.skipped) process.stderr.write(`skipped ${f}: not a gzip object, still under sessions/ (score-lead moves such objects to quarantine/ when their event arrives)\n`);
      try {
        const result = await lake.runNamed(name);
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
