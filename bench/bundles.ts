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
import { percentiles } from './stats';

/** The Lambda entries (folders under lambdas/ with index.ts). */
export const LAMBDA_NAMES = ['score-lead', 'slack-notify', 'partition-register'] as const;

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

/** Entry of the observability floor (./observability-floor.ts), relative to the repository root. */
export const FLOOR_ENTRY = path.join('bench', 'observability-floor.ts');

/**
 * Build the observability floor like a Lambda and time its import (median of `runs` fresh
 * processes, ms): what Powertools logger + metrics + tracer and middy cost at init on their own.
 */
export async function benchFloor(outDir: string, runs = 5): Promise<{ bundle: LambdaBundle; initMs: { median: number; max: number; runs: number } }> {
  const dir = path.join(outDir, 'floor');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  const outfile = path.join(dir, 'index.mjs');
  const bundle = await bundleLambda(FLOOR_ENTRY, outfile);
  return { bundle, initMs: measureInit(outfile, runs) };
}
