/**
 * `trialist compact`: rebuild the curated Parquet tables of a local data folder: every day a
 * session or score changed since the last run (the lake-changes/ markers), plus the days given
 * with `--day` or `--from/--to`. The local counterpart of the scheduled `compact` Lambda.
 */
import type { Command } from 'commander';
import { formatTable } from '../cli/table';
import { compactLocal } from '../../lib/local/compact';

interface CompactOptions {
  dir: string;
  day?: string[];
  from?: string;
  to?: string;
}

/** Every day from `from` to `to` (YYYY-MM-DD, both included). @throws Error on a malformed or reversed range. */
export function daysBetween(from: string, to: string): string[] {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || Number.isNaN(a) || Number.isNaN(b)) throw new Error(`--from/--to must be days, YYYY-MM-DD: ${from}, ${to}`);
  if (a > b) throw new Error(`--from ${from} is after --to ${to}`);
  const out: string[] = [];
  for (let t = a; t <= b; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/**
 * `trialist compact`. Prints a table of the days rebuilt, then every raw object left out (not gzip,
 * not JSON, no session id) with its key and reason. Exit code 1 when a day could not be rebuilt, 2
 * for bad arguments.
 */
export function registerCompact(program: Command): void {
  program
    .command('compact')
    .description('Rebuild the curated Parquet tables of the days that changed (or the days given) in a local data folder')
    .option('-d, --dir <folder>', 'local data folder', '.local/bucket')
    .option('--day <day...>', 'also rebuild these days (YYYY-MM-DD)')
    .option('--from <day>', 'also rebuild every day from this one ...')
    .option('--to <day>', '... to this one (both included)')
    .action(async (opts: CompactOptions) => {
      let days = opts.day ?? [];
      try {
        if (opts.from || opts.to) days = [...days, ...daysBetween(opts.from ?? opts.to!, opts.to ?? opts.from!)];
      } catch (e) {
        process.stderr.write(`${(e as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      try {
        const report = await compactLocal({
          directory: opts.dir,
          days,
          onDay: (d) => process.stderr.write(`rebuilt ${d.day}: ${d.sessions} session(s)${d.leftOut.length > 0 ? `, ${d.leftOut.length} object(s) left out` : ''}\n`),
        });
        process.stdout.write(
          formatTable(
            ['day', 'sessions', 'curated_sessions', 'curated_turns', 'left_out'],
            report.days.map((d) => ({ day: d.day, sessions: d.sessions, curated_sessions: d.rows.curated_sessions ?? 0, curated_turns: d.rows.curated_turns ?? 0, left_out: d.leftOut.length })),
            { empty: '(no day changed)' },
          ),
        );
        const leftOut = report.days.flatMap((d) => d.leftOut);
        process.stdout.write(`${report.days.length} day(s) rebuilt, ${report.markers} change marker(s) consumed, ${leftOut.length} object(s) left out\n`);
        for (const o of leftOut) process.stdout.write(`left out (${o.reason}): ${o.key}\n`);
      } catch (e) {
        process.stderr.write(`compaction failed: ${(e as Error).message} (the catalog still points at the previous Parquet of that day)\n`);
        process.exitCode = 1;
      }
    });
}
