/**
 * Lambda bundles: build each function with lib/build/lambda-bundle.ts (the options the CDK uses),
 * then import the built file in fresh `node` processes and time the import (module evaluation,
 * clients created, externals loaded from node_modules as the runtime would load its own SDK).
 * The same is measured for an "SDK bundled" variant, to show the trade-off.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleLambda, type LambdaBundle } from '../lib/build/lambda-bundle';
import { floorEntrySource, MANDATED_FLOORS } from './floor';
import { percentiles } from './stats';

/** The Lambda entries (folders under lambdas/ with index.ts). */
export const LAMBDA_NAMES = ['score-lead', 'slack-notify', 'partition-register', 'compact'] as const;

/** Environment the entries read at init (dummy values; nothing is called). */
const INIT_ENV: Record<string, string> = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  HOT_LEADS_TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:hot-leads',
  IDEMPOTENCY_TABLE: 'bench-idempotency',
  SLACK_WEBHOOK_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:slack',
  SLACK_WEBHOOK_URL: 'http://127.0.0.1:9/hook',
  GLUE_DATABASE: 'trialist',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_SERVICE_NAME: 'bench',
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
  NODE_NO_WARNINGS: '1',
};

/** One function's bundle and init time. */
export interface BundleMeasure {
  name: string;
  bundle: LambdaBundle;
  /** Import time of the bundle in a fresh process, ms (median and max of `runs`). */
  initMs: { median: number; max: number; runs: number };
  /**
   * Time to `require` only the runtime-provided SDK packages the bundle loads, in a fresh process,
   * ms (median of `runs`); null when the SDK is bundled. The part of init that is the AWS SDK itself.
   */
  sdkRequireMs: number | null;
}

const TIMER = `const t = performance.now(); await import(process.argv.at(-1)); process.stdout.write(String(performance.now() - t));`;
/** Requires the `n - 1` packages named after the file argument (the last `n` arguments), resolved from that file's folder. */
const requireTimer = (n: number) =>
  `const { createRequire } = await import('node:module'); const [file, ...pkgs] = process.argv.slice(-${n}); const req = createRequire(file); const t = performance.now(); for (const p of pkgs) req(p); process.stdout.write(String(performance.now() - t));`;

function medianOfRuns(runs: number, args: (i: number) => string[]): { median: number; max: number; runs: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, args(i), { env: { ...process.env, ...INIT_ENV }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    samples.push(Number(out));
  }
  return { median: percentiles(samples).p50, max: Math.max(...samples), runs };
}

/** Median time to `require` the given packages (resolved from `file`'s folder) in `runs` fresh node processes, ms. */
export function measureRequire(file: string, packages: readonly string[], runs = 5): number {
  const script = requireTimer(packages.length + 1);
  return medianOfRuns(runs, () => ['--input-type=module', '-e', script, pathToFileURL(file).href, ...packages]).median;
}

/**
 * Import times of several bundles measured in turns (a, b, a, b, ...), so machine load drifts over
 * all of them alike: median and max per file of `runs` fresh processes each, ms.
 */
export function measureInitInTurns(files: readonly string[], runs = 5): { median: number; max: number; runs: number }[] {
  const samples = files.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    files.forEach((file, k) => samples[k]!.push(medianOfRuns(1, () => ['--input-type=module', '-e', TIMER, pathToFileURL(file).href]).median));
  }
  return samples.map((s) => ({ median: percentiles(s).p50, max: Math.max(...s), runs }));
}

/** Median import time of a built bundle in `runs` fresh node processes, ms. */
export function measureInit(file: string, runs = 5): { median: number; max: number; runs: number } {
  return medianOfRuns(runs, () => ['--input-type=module', '-e', TIMER, pathToFileURL(file).href]);
}

/**
 * Build and time every Lambda. `outDir` must be inside the repository so the externals resolve
 * from its node_modules. @param sdkBundled also bundle @aws-sdk/* (the comparison variant).
 */
export async function benchBundles(outDir: string, opts: { sdkBundled?: boolean; runs?: number } = {}): Promise<BundleMeasure[]> {
  const out: BundleMeasure[] = [];
  for (const name of LAMBDA_NAMES) {
    const dir = path.join(outDir, opts.sdkBundled ? 'sdk-bundled' : 'deployed', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
    const outfile = path.join(dir, 'index.mjs');
    const bundle = await bundleLambda(path.join('lambdas', name, 'index.ts'), outfile, opts.sdkBundled ? { external: [] } : {});
    const sdk = bundle.externals.filter((e) => /^@(aws-sdk|smithy)\//.test(e));
    out.push({
      name,
      bundle,
      initMs: measureInit(outfile, opts.runs ?? 5),
      sdkRequireMs: opts.sdkBundled || sdk.length === 0 ? null : measureRequire(outfile, sdk, opts.runs ?? 5),
    });
  }
  return out;
}

/** A function's mandated floor (./floor.ts), built like the function and timed in turns with it. */
export interface FloorMeasure {
  name: (typeof LAMBDA_NAMES)[number];
  bundle: LambdaBundle;
  initMs: { median: number; max: number; runs: number };
  /** The function's own import time, measured in the same turns. */
  functionInitMs: { median: number; max: number; runs: number };
}

/** Write `name`'s floor entry (./floor.ts) under `outDir/floor/name/` and bundle it like the function. */
export async function buildFloor(outDir: string, name: (typeof LAMBDA_NAMES)[number]): Promise<LambdaBundle> {
  const dir = path.join(outDir, 'floor', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(entry, floorEntrySource(MANDATED_FLOORS[name]));
  return bundleLambda(entry, path.join(dir, 'index.mjs'));
}

/**
 * Build each function's floor (./floor.ts: the mandated Powertools/middy/parser stack and its SDK
 * clients, no trialist code) like the function and time its import in turns with the function's
 * built bundle (`functions`, from `benchBundles`): median of `runs` fresh processes each, ms.
 * `outDir` must be inside the repository, as for `benchBundles`.
 */
export async function benchFloors(outDir: string, functions: readonly BundleMeasure[], runs = 7): Promise<FloorMeasure[]> {
  const out: FloorMeasure[] = [];
  for (const name of LAMBDA_NAMES) {
    const fn = functions.find((f) => f.name === name);
    if (!fn) continue;
    const bundle = await buildFloor(outDir, name);
    const [initMs, functionInitMs] = measureInitInTurns([bundle.outfile, fn.bundle.outfile], runs);
    out.push({ name, bundle, initMs: initMs!, functionInitMs: functionInitMs! });
  }
  return out;
}
