/**
 * The one place the Lambda bundles are built: the CDK `PipelineFunction` (its asset's local
 * bundling calls `bundleLambdaSync`) and `npm run bench` (which builds and measures the same
 * bundles with `bundleLambda`) run the same esbuild options and the same checks.
 *
 * Choices, each measured with `npm run bench` (targets in bench/run.ts):
 * - Everything is bundled, the AWS SDK v3 included (tree-shaken, minified ESM, from the SDK's ES
 *   module builds), as AWS's guidance recommends for functions sensitive to cold starts: one file
 *   is read and compiled at init instead of the runtime's SDK packages being resolved and loaded
 *   file by file. The only imports left for run time are Node built-ins (`bundleLambda` fails
 *   otherwise), so the functions run the SDK version package-lock.json pins, whatever the runtime
 *   ships. `npm run bench` times each function against the same function built against the
 *   runtime's SDK (bench/runtime-sdk.ts), in turns in one run.
 * - Code splitting: the entry is `index.mjs`; code that the packages themselves load on demand
 *   (the AWS SDK's credential providers other than the environment's, its SSO and STS clients...)
 *   goes to `chunks/`, read only if a call needs it. On Lambda the credentials come from the
 *   environment, so init reads and compiles only `index.mjs` and its static chunks (`initBytes`).
 * - Nothing of trialist's is deferred to the first invocation: clients are created when the module
 *   loads, and the build fails when trialist's own code (lib/, lambdas/) imports anything dynamically.
 * - No source maps: `--enable-source-maps` made Node parse the map at init (score-lead's init went
 *   from ~115 to 250-340 ms when measured); stack traces in the logs name minified functions.
 * - The schemas the Lambdas load use zod/mini (`lib/zod-mini.ts`, imported as a namespace), zod 4's
 *   tree-shakable API: ~35 KB of zod per bundle instead of ~100 KB with the classic API, and no
 *   locales but English. Same checks, same JSON Schema; nothing here weakens validation.
 * - Handlers import `lib/session-record/keys` (not the barrel) where they need only the key layout,
 *   so partition-register does not build the session record schema at init.
 * - `semver` is aliased to ./xray-semver.cjs: only aws-xray-sdk-core (under the Powertools tracer)
 *   imports it, for its AWS SDK v2 patcher, which these functions never use (see that file).
 *   `bundleLambda` fails if any other module imports `semver`.
 * - `node:process` (and `process`) is aliased to ./node-process.cjs, the global `process`: an ESM
 *   import of it (the SDK's user-agent code) made Node read every getter of `process` to build the
 *   module namespace at init, `process.report` loading the diagnostic-report module (~7 ms CPU).
 * - Handlers import the modules they use, not barrels that would drag in Powertools idempotency.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import type { BuildOptions, BuildResult, Metafile } from 'esbuild';

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
  'node:process': { target: path.join(REPO_ROOT, 'lib', 'build', 'node-process.cjs'), importers: /./ },
  process: { target: path.join(REPO_ROOT, 'lib', 'build', 'node-process.cjs'), importers: /./ },
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
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  sourcemap: false,
};

/** What `bundleLambda` built: the entry file and the chunks beside it. */
export interface LambdaBundle {
  entry: string;
  /** The entry file (`<dir>/index.mjs`): the Lambda handler is `index.handler`. */
  outfile: string;
  /** Every file written (entry first, then chunks), absolute paths. */
  files: string[];
  /** Bytes of every file written, the size the deployment package holds. */
  bytes: number;
  /** Files read at init: the entry and the chunks it imports statically (transitively). */
  initFiles: string[];
  /** Bytes read and compiled at init (sum over `initFiles`). */
  initBytes: number;
  /** Chunks loaded only when a dynamic `import()` in a package runs. */
  lazyFiles: string[];
  /** Modules the bundle imports at run time (Node built-ins; with `overrides.external`, those too), sorted. */
  externals: string[];
  /** Bytes in the output per input package (`node_modules` package name, else the repo folder), largest first. */
  byPackage: { name: string; bytes: number }[];
  /** As `byPackage`, over `initFiles` only: what init reads and compiles, not what only lazy chunks hold. */
  initByPackage: { name: string; bytes: number }[];
}

function packageOf(input: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (m) return m[1]!;
  return input.split('/').slice(0, 2).join('/');
}

/** esbuild options for one entry written to `outfile` (its folder takes the chunks). */
function buildOptions(entry: string, outfile: string, overrides: Partial<BuildOptions>): BuildOptions {
  const alias = { ...LAMBDA_BUNDLE_OPTIONS.alias, ...overrides.alias };
  const entryNames = path.basename(outfile).replace(/\.mjs$/, '');
  if (`${entryNames}.mjs` !== path.basename(outfile)) throw new Error(`Lambda bundle ${outfile}: the entry file must end in .mjs`);
  return {
    ...LAMBDA_BUNDLE_OPTIONS,
    entryPoints: [entry],
    outdir: path.dirname(outfile),
    entryNames,
    metafile: true,
    ...overrides,
    alias,
  };
}

/** The checks every build passes, and what it wrote. */
function inspect(entry: string, outfile: string, overrides: Partial<BuildOptions>, result: BuildResult): LambdaBundle {
  const meta: Metafile = result.metafile!;
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
  // metafile output paths are relative to the working directory
  const abs = (p: string) => path.resolve(p);
  const outputs = Object.entries(meta.outputs).map(([file, o]) => ({ file: abs(file), o }));
  const entryOut = outputs.find((x) => x.file === path.resolve(outfile));
  if (!entryOut) throw new Error(`esbuild wrote no ${outfile} for ${entry}`);
  const byFile = new Map(outputs.map((x) => [x.file, x.o]));
  const initFiles: string[] = [];
  const visit = (file: string) => {
    if (initFiles.includes(file)) return;
    initFiles.push(file);
    for (const i of byFile.get(file)?.imports ?? []) if (i.kind === 'import-statement' && !i.external) visit(abs(i.path));
  };
  visit(entryOut.file);
  const files = [entryOut.file, ...outputs.map((x) => x.file).filter((f) => f !== entryOut.file)];
  const byPackage = new Map<string, number>();
  const initByPackage = new Map<string, number>();
  const externals = new Set<string>();
  for (const { file, o } of outputs) {
    const readAtInit = initFiles.includes(file);
    for (const [input, v] of Object.entries(o.inputs)) {
      byPackage.set(packageOf(input), (byPackage.get(packageOf(input)) ?? 0) + v.bytesInOutput);
      if (readAtInit) initByPackage.set(packageOf(input), (initByPackage.get(packageOf(input)) ?? 0) + v.bytesInOutput);
    }
    for (const i of o.imports) if (i.external) externals.add(i.path);
  }
  const largestFirst = (m: Map<string, number>) => [...m].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  if (overrides.external === undefined) {
    const fromDisk = [...externals].filter((p) => !isBuiltin(p));
    if (fromDisk.length) throw new Error(`${entry} would load ${fromDisk.join(', ')} from node_modules at run time; the Lambda bundles hold every package`);
  }
  const size = (fs: string[]) => fs.reduce((n, f) => n + statSync(f).size, 0);
  return {
    entry,
    outfile: entryOut.file,
    files,
    bytes: size(files),
    initFiles,
    initBytes: size(initFiles),
    lazyFiles: files.filter((f) => !initFiles.includes(f)),
    externals: [...externals].sort(),
    byPackage: largestFirst(byPackage),
    initByPackage: largestFirst(initByPackage).filter((p) => p.bytes > 0),
  };
}

/**
 * Bundle one Lambda entry with `LAMBDA_BUNDLE_OPTIONS` into `outfile` (`<dir>/index.mjs`) and
 * `<dir>/chunks/` (esbuild is loaded on first use).
 * @param overrides esbuild options replacing the defaults; `external` (e.g. the runtime's SDK, as
 *   bench/runtime-sdk.ts builds the comparison) lifts the only-Node-built-ins check for those modules.
 * @throws the esbuild error on a failed build; Error when an alias target is imported by a module
 *   it was not meant for, when a package would be loaded from node_modules at run time, or when
 *   trialist's own code imports dynamically (deferring work to the first invocation).
 */
export async function bundleLambda(entry: string, outfile: string, overrides: Partial<BuildOptions> = {}): Promise<LambdaBundle> {
  const esbuild = await import('esbuild');
  return inspect(entry, outfile, overrides, await esbuild.build(buildOptions(entry, outfile, overrides)));
}

/**
 * `bundleLambda` without plugins, synchronously: the CDK's local bundling (`ILocalBundling.tryBundle`)
 * cannot wait for a promise.
 * @throws as `bundleLambda`.
 */
export function bundleLambdaSync(entry: string, outfile: string): LambdaBundle {
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  return inspect(entry, outfile, {}, esbuild.buildSync(buildOptions(entry, outfile, {})));
}
