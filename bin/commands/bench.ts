/**
 * `trialist bench [--sessions N] [--only bundles,handler,e2e,soak,signals,faults,replay] [--dir DIR]`: the same
 * run as `npm run bench` (bench/run.ts): its targets measured on this machine, each PASS or FAIL.
 * Exit code 1 when a target fails.
 */
import type { Command } from 'commander';

interface BenchCliOptions {
  sessions: string;
  only?: string;
  dir: string;
}

/** `trialist bench`. */
export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('Measure against the targets: bundle size and init, warm handler, end to end, 10,000-session soak, signal extraction speed and state')
    .option('-s, --sessions <n>', 'sessions in the soak replay', '10000')
    .option('-o, --only <sections>', 'comma list of bundles, handler, e2e, soak, signals, replay, faults (default: all)')
    .option('-d, --dir <folder>', 'working folder for bundles and local stacks', '.local/bench')
    .action(async (opts: BenchCliOptions) => {
      // Loaded on use: the bench pulls in esbuild and the generator's lexicon.
      const { parseBenchArgs, runBench } = await import('../../bench/run');
      let args: ReturnType<typeof parseBenchArgs>;
      try {
        args = parseBenchArgs(['--sessions', opts.sessions, '--dir', opts.dir, ...(opts.only ? ['--only', opts.only] : [])]);
      } catch (e) {
        process.stderr.write(`${(e as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const checks = await runBench(args);
      process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
    });
}
