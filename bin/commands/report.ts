/**
 * `trialist report [--from --to] --out report.html`: the charts page (lib/report/report.ts) over
 * a local data folder's curated tables.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { namedQuery, rangeParams } from '../../lib/analytics/named-queries';
import { localLayout, openLocalLake } from '../../lib/local';
import { buildReport } from '../../lib/report/report';

interface ReportOptions {
  dir: string;
  out: string;
  from?: string;
  to?: string;
}

/** `trialist report`. Exit code 1 when the folder is missing or a query fails, 2 for a bad range. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Write one self-contained HTML page of charts over the curated tables (opens without network)')
    .option('-d, --dir <folder>', 'local data folder', '.local/bucket')
    .option('-o, --out <file>', 'HTML file to write', 'report.html')
    .option('--from <day>', 'first call date, YYYY-MM-DD (UTC, included)')
    .option('--to <day>', 'last call date, YYYY-MM-DD (UTC, included)')
    .action(async (opts: ReportOptions) => {
      const range = { from: opts.from, to: opts.to };
      try {
        rangeParams(namedQuery('calls-per-day'), range);
      } catch (e) {
        process.stderr.write(`${(e as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      if (!existsSync(localLayout(opts.dir).bucketDir)) {
        process.stderr.write(`no local bucket in ${opts.dir}; run trialist demo or trialist replay (then trialist compact) first, or pass --dir\n`);
        process.exitCode = 1;
        return;
      }
      const lake = await openLocalLake({ directory: opts.dir, readOnly: true });
      try {
        const { html, rows } = await buildReport((q, r) => lake.run(namedQuery(q).sql, rangeParams(namedQuery(q), r)), { range });
        await mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
        await writeFile(opts.out, html);
        process.stdout.write(`wrote ${opts.out} (${(html.length / 1e6).toFixed(1)} MB): ${Object.entries(rows).map(([k, n]) => `${k} ${n} row(s)`).join(', ')}\n`);
      } catch (e) {
        process.stderr.write(`report failed: ${(e as Error).message}\n`);
        process.exitCode = 1;
      } finally {
        lake.close();
      }
    });
}
