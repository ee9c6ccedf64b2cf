/**
 * `trialist sql "<SQL>"`: ad-hoc SQL over the same views the named queries use (raw
 * `voice_sessions`, `lead_scores`; curated `curated_sessions`, `curated_turns`), read-only: queries
 * only, and once the views exist DuckDB may read only their files (external access off, the
 * configuration locked), so nothing outside the lake is read or written. `--athena` runs it on
 * Athena in the deployed workgroup instead.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { localLayout, openLocalLake } from '../../lib/local';
import { formatTable } from '../cli/table';
import { addAthenaOptions, runOnAthena, type AthenaCliOptions } from './athena-options';

interface SqlOptions extends AthenaCliOptions {
  dir: string;
  param?: string[];
}

/** `trialist sql`. Exit code 1 when the SQL fails or is not read-only, or the folder is missing. */
export function registerSql(program: Command): void {
  const cmd = program
    .command('sql')
    .description('Run ad-hoc read-only SQL over the lake views, locally with DuckDB or on Athena')
    .argument('<sql>', 'one or more SELECT statements (the last one is printed)')
    .option('-d, --dir <folder>', 'local data folder', '.local/bucket')
    .option('-p, --param <value...>', 'values for the ? parameters, in order')
    .option('--json', 'print rows as JSON lines instead of a table');
  addAthenaOptions(cmd).action(async (sql: string, opts: SqlOptions) => {
    const params = opts.param ?? [];
    if (opts.athena) {
      process.exitCode = await runOnAthena(sql, params, opts);
      return;
    }
    const layout = localLayout(opts.dir);
    if (!existsSync(layout.bucketDir)) {
      process.stderr.write(`no local bucket in ${opts.dir} (looked for ${layout.bucketDir}); run trialist demo or trialist replay first, or pass --dir\n`);
      process.exitCode = 1;
      return;
    }
    const lake = await openLocalLake({ directory: opts.dir, readOnly: true });
    try {
      const result = await lake.run(sql, params);
      if (opts.json) for (const row of result.rows) process.stdout.write(`${JSON.stringify(row)}\n`);
      else process.stdout.write(formatTable(result.columns, result.rows));
    } catch (e) {
      process.stderr.write(`sql failed: ${(e as Error).message}\n`);
      process.exitCode = 1;
    } finally {
      lake.close();
    }
  });
}
