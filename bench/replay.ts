/**
 * Replay throughput: N small recorded calls (the project's samples, each copy with its own call id)
 * replayed into the embedded local stack with `replayIntoStack`, as `trialist replay` does, and
 * the pipeline drained. Reports seconds per call, wall clock over all of them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { replayIntoStack } from '../bin/commands/replay';
import { startLocalStack } from '../lib/local';
import { REPO_ROOT } from '../lib/constructs/pipeline-function';

/** What one replay bench run measured. */
export interface ReplayBench {
  calls: number;
  replayed: number;
  seconds: number;
  secondsPerCall: number;
  concurrency: number;
}

/**
 * Write `calls` copies of the plain and Markdown samples (distinct call ids) under `dir/calls` and
 * replay them into a fresh local stack under `dir/stack`.
 */
export async function benchReplay(dir: string, calls = 500, concurrency?: number): Promise<ReplayBench> {
  const samples = path.join(REPO_ROOT, 'samples');
  const texts = readdirSync(samples)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => ({ ext: path.extname(f), text: readFileSync(path.join(samples, f), 'utf8') }));
  const callsDir = path.join(dir, 'calls');
  mkdirSync(callsDir, { recursive: true });
  const files = Array.from({ length: calls }, (_, i) => {
    const { ext, text } = texts[i % texts.length]!;
    const id = `bench-${String(i).padStart(4, '0')}`;
    const file = path.join(callsDir, `${id}${ext}`);
    writeFileSync(file, text.replace(/^(\*\*Call ID:\*\*|Call ID:) .*$/m, `$1 ${id}`));
    return file;
  });
  const stack = await startLocalStack({ directory: path.join(dir, 'stack'), log: () => undefined });
  try {
    const t0 = performance.now();
    const outcomes = await replayIntoStack(stack, files, undefined, { concurrency, log: () => undefined });
    const seconds = (performance.now() - t0) / 1000;
    return { calls, replayed: outcomes.filter((o) => o.ok).length, seconds, secondsPerCall: seconds / calls, concurrency: concurrency ?? 8 };
  } finally {
    await stack.stop();
  }
}
