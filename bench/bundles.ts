/**
 * Lambda bundles: build each function (lib/build/lambda-bundle.ts: the options the CDK uses, the
 * AWS SDK bundled), the same function against the runtime's SDK (./runtime-sdk.ts) and the
 * function's floor (./floor.ts: the mandated stack, no trialist code), then import the three
 * built files in fresh `node` processes in turns (deployed, runtime SDK, floor, deployed, ...) so
 * that machine load drifts over all three alike, and time each import (module evaluation and the
 * clients created; nothing is left for the first invocation).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleLambda, lambdaNames, type LambdaBundle } from '../lib/build/lambda-bundle';
import { floorEntrySource, floorSpecOf } from './floor';
import { bundleAgainstRuntimeSdk, runtimeSdkPackages } from './runtime-sdk';
import { percentiles } from './stats';

/**
 * Environment the Lambda entries read at init (dummy values; nothing is called). A new function
 * that requires a variable at init needs it here (the bundle test imports its bundle with these).
 */
export const INIT_ENV: Readonly<Record<string, string>> = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  HOT_LEADS_TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:hot-leads',
  IDEMPOTENCY_TABLE: 'bench-idempotency',
  SLACK_WEBHOOK_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:slack',
  SLACK_WEBHOOK_URL: 'http://127.0.0.1:9/hook',
  GLUE_DATABASE: 'trialist',
  SESSION_BUCKET: 'bench-sessions',
  RECONCILE_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/000000000000/reconcile',
  LIVEKIT_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:livekit',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  POWERTOOLS_SERVICE_NAME: 'bench',
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
  NODE_NO_WARNINGS: '1',
};

/** Import times of one built file over `runs` fresh processes, ms. */
export interface InitTimes {
  /** Wall-clock time of the import: median and max. */
  median: number;
  max: number;
  /**
   * Median CPU time (user + system) the process spent in the import. Wall time grows with the
   * machine's load (other processes on the same cores); CPU time much less, so it tells a busy
   * machine from a slow bundle.
   */
  cpuMedian: number;
  runs: number;
}

/** One function: its deployed bundle, the runtime-SDK build and its floor, timed in the same turns. */
export interface BundleMeasure {
  name: string;
  /** As deployed: everything bundled, the AWS SDK included. */
  bundle: LambdaBundle;
  initMs: InitTimes;
  /** The same function built against the runtime's SDK (./runtime-sdk.ts), and the SDK packages it loads from there. */
  runtimeSdk: { bundle: LambdaBundle; initMs: InitTimes; packages: string[] };
  /** The function's floor (./floor.ts), built like the function. */
  floor: { bundle: LambdaBundle; initMs: InitTimes };
  /** Deployed init median over the runtime-SDK build's init median (below 1: the deployed bundle starts faster). */
  ratio: number;
}

const TIMER =
  'const c = process.cpuUsage(); const t = performance.now(); await import(process.argv.at(-1)); const wall = performance.now() - t; ' +
  'const u = process.cpuUsage(c); process.stdout.write(JSON.stringify({ wall, cpu: (u.user + u.system) / 1000 }));';

/** Wall-clock and CPU time of importing a built file in one fresh node process, ms. */
function timeImport(file: string): { wall: number; cpu: number } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', TIMER, pathToFileURL(file).href], {
    env: { ...process.env, ...INIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as { wall: number; cpu: number };
}

/**
 * Import times of several built files measured in turns (a, b, c, a, b, c, ...), so machine load
 * drifts over all of them alike: median and max per file of `runs` fresh processes each, ms.
 */
export function measureInitInTurns(files: readonly string[], runs = 5): InitTimes[] {
  const samples = files.map(() => [] as { wall: number; cpu: number }[]);
  for (let i = 0; i < runs; i++) files.forEach((file, k) => samples[k]!.push(timeImport(file)));
  return samples.map((s) => {
    const wall = s.map((x) => x.wall);
    return { median: percentiles(wall).p50, max: Math.max(...wall), cpuMedian: percentiles(s.map((x) => x.cpu)).p50, runs };
  });
}

/** A folder for one built variant of a function, marked as ESM (the bundles are `.mjs`, the floor entry `.ts`). */
function variantDir(outDir: string, variant: string, name: string): string {
  const dir = path.join(outDir, variant, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  return dir;
}

/** Write the floor entry of function `fn` (./floor.ts) under `outDir/floor/<name>/` and bundle it like the function. */
export async function buildFloor(outDir: string, name: string, fn: LambdaBundle): Promise<LambdaBundle> {
  const dir = variantDir(outDir, 'floor', name);
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(entry, floorEntrySource(floorSpecOf(fn)));
  return bundleLambda(entry, path.join(dir, 'index.mjs'));
}

/**
 * Build and time every Lambda (lambdas/<name>/index.ts): deployed, against the runtime's SDK and
 * its floor, `runs` fresh processes each, in turns. `outDir` must be inside the repository so the
 * runtime-SDK build finds the SDK in its node_modules, as it would find the runtime's.
 */
export async function benchBundles(outDir: string, runs = 9): Promise<BundleMeasure[]> {
  const out: BundleMeasure[] = [];
  for (const name of lambdaNames()) {
    const entry = path.join('lambdas', name, 'index.ts');
    const bundle = await bundleLambda(entry, path.join(variantDir(outDir, 'deployed', name), 'index.mjs'));
    const runtime = await bundleAgainstRuntimeSdk(entry, path.join(variantDir(outDir, 'runtime-sdk', name), 'index.mjs'));
    const floor = await buildFloor(outDir, name, bundle);
    const [initMs, runtimeInitMs, floorInitMs] = measureInitInTurns([bundle.outfile, runtime.outfile, floor.outfile], runs);
    out.push({
      name,
      bundle,
      initMs: initMs!,
      runtimeSdk: { bundle: runtime, initMs: runtimeInitMs!, packages: runtimeSdkPackages(runtime) },
      floor: { bundle: floor, initMs: floorInitMs! },
      ratio: initMs!.median / runtimeInitMs!.median,
    });
  }
  return out;
}
