/**
 * The one place the Lambda bundles' esbuild options live: used by the CDK `PipelineFunction`
 * (NodejsFunction `bundling`) and by `npm run bench` (which builds and measures the same bundles).
 *
 * Choices, each measured with `npm run bench` (targets in bench/run.ts):
 * - Everything is bundled, the AWS SDK v3 included (tree-shaken, minified ESM, from the SDK's ES
 *   module builds), as AWS's guidance recommends for functions sensitive to cold starts: one file
 *   is read and compiled at init instead of the runtime's SDK packages being resolved and loaded
 *   file by file. The only imports left for run time are Node built-ins (`bundleLambda` fails
 *   otherwise), so the functions run the SDK version package-lock.json pins, whatever the runtime
 *   ships. `npm run bench` times each function against the same function built against the
 *   runtime's SDK (bench/runtime-sdk.ts), in turns in one run.
 * - Nothing is deferred to the first invocation: clients are created when the module loads, and
 *   `bundleLambda` fails when trialist's own code (lib/, lambdas/) imports anything dynamically.
 * - The schemas the Lambdas load use zod/mini (`lib/zod-mini.ts`, imported as a namespace), zod 4's
 *   tree-shakable API: ~35 KB of zod per bundle instead of ~100 KB with the classic API, and no
 *   locales but English. Same checks, same JSON Schema; nothing here weakens validation.
 * - Handlers import `lib/session-record/keys` (not the barrel) where they need only the key layout,
 *   so partition-register does not build the session record schema at init.
 * - `semver` is aliased to ./xray-semver.cjs: only aws-xray-sdk-core (under the Powertools tracer)
 *   imports it, for its AWS SDK v2 patcher, which these functions never use (see that file).
 *   `bundleLambda` fails if any other module imports `semver`.
 * - Handlers import the modules they use, not barrels that would drag in Powertools idempotency.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import type { BuildOptions } from 'esbuild';

/** The repository root. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The Lambda functions: every folder under `lambdas/` with an `index.ts` entry (`lambdas/shared`
 * has none), sorted. A new function is built, tested and benched without being listed anywhere.
 */
export function lambdaNames(root = REPO_ROOT): string[] {
  const dir = path.join(root, 'lambdas');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.ts')))
    .map((e) => e.name)
    .sort();
}

/** Import paths rewritten at bundle time (absolute targets), with the only modules allowed to import each. */
export const LAMBDA_ALIASES: Readonly<Record<string, { target: string; importers: RegExp }>> = {
  semver: { target: path.join(REPO_ROOT, 'lib', 'build', 'xray-semver.cjs'), importers: /node_modules\/aws-xray-sdk-core\// },
};

/** esbuild target: the Lambda runtime is nodejs22.x. */
export const LAMBDA_TARGET = 'node22';
/** Prefer packages' ESM builds (better tree-shaking: the SDK's `dist-es`), falling back to CommonJS. */
const MAIN_FIELDS = ['module', 'main'];

/** Lets bundled CommonJS dependencies call `require` (of Node built-ins) inside an ESM bundle. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __trialistCreateRequire } from 'node:module'; const require = __trialistCreateRequire(import.meta.url);";

const aliasTargets = (): Record<string, string> => Object.fromEntries(Object.entries(LAMBDA_ALIASES).map(([k, v]) => [k, v.target]));

/** The Lambdas' esbuild options (esbuild `BuildOptions` subset): ESM, Node 22, minified, tree-shaken, nothing external. */
export const LAMBDA_BUNDLE_OPTIONS: Readonly<BuildOptions> = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: LAMBDA_TARGET,
  minify: true,
  treeShaking: true,
  mainFields: MAIN_FIELDS,
  banner: { js: ESM_REQUIRE_BANNER },
  // platform 'node' leaves Node built-ins external; every package, the AWS SDK included, is bundled
  external: [],
  alias: aliasTargets(),
  legalComments: 'eof',
  logLevel: 'warning',
};

/**
 * The same choices as the CDK NodejsFunction `bundling` fields take them (add
 * `format: OutputFormat.ESM` there): `externalModules` empty (NodejsFunction otherwise leaves
 * `@aws-sdk/*` to the runtime), `target`, `minify`, `mainFields`, `banner`, the aliases as `esbuildArgs`.
 */
export function nodejsFunctionBundling(): {
  target: string;
  minify: boolean;
  mainFields: string[];
  banner: string;
  externalModules: string[];
  esbuildArgs: Record<string, string>;
} {
  return {
    target: LAMBDA_TARGET,
    minify: true,
    mainFields: [...MAIN_FIELDS],
    banner: ESM_REQUIRE_BANNER,
    externalModules: [],
    esbuildArgs: Object.fromEntries(Object.entries(aliasTargets()).map(([k, target]) => [`--alias:${k}`, target])),
  };
}

/** What `bundleLambda` built. */
export interface LambdaBundle {
  entry: string;
  outfile: string;
  /** Size of the bundle file, bytes. */
  bytes: number;
  /** Modules the bundle imports at run time (Node built-ins; with `overrides.external`, those too), sorted. */
  externals: string[];
  /** Bytes in the output per input package (`node_modules` package name, else the repo folder), largest first. */
  byPackage: { name: string; bytes: number }[];
}

function packageOf(input: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (m) return m[1]!;
  return input.split('/').slice(0, 2).join('/');
}

/**
 * Bundle one Lambda entry with `LAMBDA_BUNDLE_OPTIONS` (esbuild is loaded on first use).
 * @param overrides esbuild options replacing the defaults; `external` (e.g. the runtime's SDK, as
 *   bench/runtime-sdk.ts builds the comparison) lifts the only-Node-built-ins check for those modules.
 * @throws the esbuild error on a failed build; Error when an alias target is imported by a module
 *   it was not meant for, when a package would be loaded from node_modules at run time, or when
 *   trialist's own code imports dynamically (deferring work to the first invocation).
 */
export async function bundleLambda(entry: string, outfile: string, overrides: Partial<BuildOptions> = {}): Promise<LambdaBundle> {
  const esbuild = await import('esbuild');
  const alias = { ...LAMBDA_BUNDLE_OPTIONS.alias, ...overrides.alias };
  const result = await esbuild.build({ ...LAMBDA_BUNDLE_OPTIONS, entryPoints: [entry], outfile, metafile: true, ...overrides, alias });
  const meta = result.metafile!;
  for (const [name, a] of Object.entries(LAMBDA_ALIASES)) {
    const target = path.relative(process.cwd(), a.target).split(path.sep).join('/');
    for (const [file, input] of Object.entries(meta.inputs)) {
      if (input.imports.some((i) => i.path === target || i.path === a.target) && !a.importers.test(file)) {
        throw new Error(`${file} imports "${name}", which the Lambda bundles alias to ${a.target}; only ${a.importers} may`);
      }
    }
  }
  for (const [file, input] of Object.entries(meta.inputs)) {
    const lazy = input.imports.filter((i) => i.kind === 'dynamic-import');
    if (lazy.length && !file.includes('node_modules/')) {
      throw new Error(`${file} imports ${lazy.map((i) => i.original ?? i.path).join(', ')} dynamically: Lambda code loads everything at init`);
    }
  }
  const out = Object.values(meta.outputs).find((o) => o.entryPoint !== undefined) ?? Object.values(meta.outputs)[0]!;
  const byPackage = new Map<string, number>();
  for (const [file, v] of Object.entries(out.inputs)) byPackage.set(packageOf(file), (byPackage.get(packageOf(file)) ?? 0) + v.bytesInOutput);
  const externals = [...new Set(out.imports.filter((i) => i.external).map((i) => i.path))].sort();
  if (overrides.external === undefined) {
    const fromDisk = externals.filter((p) => !isBuiltin(p));
    if (fromDisk.length) throw new Error(`${entry} would load ${fromDisk.join(', ')} from node_modules at run time; the Lambda bundles hold every package`);
  }
  return {
    entry,
    outfile,
    bytes: statSync(outfile).size,
    externals,
    byPackage: [...byPackage].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}
