/**
 * The one place the Lambda bundles' esbuild options live: used by the CDK `PipelineFunction`
 * (NodejsFunction `bundling`) and by `npm run bench` (which builds and measures the same bundles).
 *
 * Choices, each measured with `npm run bench` (sizes for score-lead, minified ESM):
 * - `@aws-sdk/*` and `@smithy/*` are external: the nodejs22.x runtime ships AWS SDK v3 (with its
 *   `@smithy` dependencies), so bundling it again adds ~300 KB per function. Trade-off: the functions
 *   run the runtime's SDK version, not the one package-lock.json pins (the clients used here, S3,
 *   SNS, DynamoDB, Glue, Secrets Manager, are long-stable), and loading the SDK from the runtime's
 *   node_modules at init is slower than loading it pre-bundled: `npm run bench` reports both.
 * - The runtime's SDK is loaded with `require` (Node's CommonJS loader), not `import`: each SDK
 *   package in `LAMBDA_RUNTIME_SDK_PACKAGES` is aliased to a generated two-line CommonJS shim that
 *   requires it through the banner's `createRequire`. The SDK ships CommonJS; an ESM `import` of it
 *   sends the package and every file it requires through Node's ESM loader, which runs
 *   cjs-module-lexer and a format lookup on each file. Measured with `node --cpu-prof` on
 *   score-lead's init (Node 20): those two were the largest items, and `require` of the same three
 *   clients took ~75 ms against ~130 ms for `import`. Same SDK, same clients, created at init as before.
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
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { BuildOptions } from 'esbuild';

/** The repository root. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Modules the nodejs22.x runtime provides (AWS SDK for JavaScript v3 and its Smithy core). */
export const LAMBDA_EXTERNAL_MODULES: readonly string[] = ['@aws-sdk/*', '@smithy/*'];

/** Import paths rewritten at bundle time (absolute targets), with the only modules allowed to import each. */
export const LAMBDA_ALIASES: Readonly<Record<string, { target: string; importers: RegExp }>> = {
  semver: { target: path.join(REPO_ROOT, 'lib', 'build', 'xray-semver.cjs'), importers: /node_modules\/aws-xray-sdk-core\// },
};

/**
 * The runtime-provided SDK packages the Lambdas use, loaded with `require` (see above). A Lambda
 * importing any other `@aws-sdk/*` or `@smithy/*` package fails `bundleLambda`: add it here.
 */
export const LAMBDA_RUNTIME_SDK_PACKAGES: readonly string[] = [
  '@aws-sdk/client-athena',
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/client-glue',
  '@aws-sdk/client-s3',
  '@aws-sdk/client-secrets-manager',
  '@aws-sdk/client-sns',
  '@aws-sdk/util-dynamodb',
  '@smithy/service-error-classification',
];

/** Where the generated `require` shims live (a build cache, not source). */
export const RUNTIME_SDK_SHIM_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'sdk');

/**
 * Write one CommonJS shim per runtime SDK package (idempotent) and return the esbuild aliases to
 * them. The shim calls `require` through a variable, so esbuild leaves the call for run time
 * (where the banner's `createRequire` resolves the runtime's package) instead of following the alias.
 */
export function runtimeSdkAliases(dir = RUNTIME_SDK_SHIM_DIR): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const aliases: Record<string, string> = {};
  if (new Set(LAMBDA_RUNTIME_SDK_PACKAGES.map((p) => p.split('/').pop())).size !== LAMBDA_RUNTIME_SDK_PACKAGES.length) {
    throw new Error('LAMBDA_RUNTIME_SDK_PACKAGES: two packages share a last path segment (shim file names would clash)');
  }
  for (const pkg of LAMBDA_RUNTIME_SDK_PACKAGES) {
    // short names: esbuild keeps each shim's path in the bundle
    const file = path.join(dir, `${pkg.split('/').pop()}.cjs`);
    const text = `// ${pkg} from the Lambda runtime, through Node's CommonJS loader (lib/build/lambda-bundle.ts).\nconst load = require;\nmodule.exports = load(${JSON.stringify(pkg)});\n`;
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
    aliases[pkg] = file;
  }
  return aliases;
}

/** esbuild target: the Lambda runtime is nodejs22.x. */
export const LAMBDA_TARGET = 'node22';
/** Prefer packages' ESM builds (better tree-shaking), falling back to CommonJS. */
const MAIN_FIELDS = ['module', 'main'];

/** Lets bundled CommonJS dependencies call `require` inside an ESM bundle. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __trialistCreateRequire } from 'node:module'; const require = __trialistCreateRequire(import.meta.url);";

/** The Lambdas' esbuild options (esbuild `BuildOptions` subset): ESM, Node 22, minified, tree-shaken. */
export const LAMBDA_BUNDLE_OPTIONS: Readonly<BuildOptions> = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: LAMBDA_TARGET,
  minify: true,
  treeShaking: true,
  mainFields: MAIN_FIELDS,
  banner: { js: ESM_REQUIRE_BANNER },
  external: [...LAMBDA_EXTERNAL_MODULES],
  // bundleLambda and nodejsFunctionBundling add runtimeSdkAliases() (generated files)
  alias: Object.fromEntries(Object.entries(LAMBDA_ALIASES).map(([k, v]) => [k, v.target])),
  legalComments: 'eof',
  logLevel: 'warning',
};

/**
 * The same choices as the CDK NodejsFunction `bundling` fields take them (add
 * `format: OutputFormat.ESM` there): `externalModules`, `target`, `minify`, `mainFields`, `banner`
 * and the aliases as `esbuildArgs`.
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
    externalModules: [...LAMBDA_EXTERNAL_MODULES],
    esbuildArgs: Object.fromEntries(
      [...Object.entries(LAMBDA_ALIASES).map(([k, v]) => [k, v.target] as const), ...Object.entries(runtimeSdkAliases())].map(([k, target]) => [`--alias:${k}`, target]),
    ),
  };
}

/** What `bundleLambda` built. */
export interface LambdaBundle {
  entry: string;
  outfile: string;
  /** Size of the bundle file, bytes. */
  bytes: number;
  /** Packages the bundle loads at run time from the runtime (the SDK, with `require`), plus any other external import. */
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
 * @param overrides esbuild options replacing the defaults (e.g. `{ external: [] }` to measure bundling the SDK).
 * @throws the esbuild error on a failed build; Error when an alias target is imported by a module it was not meant for.
 */
export async function bundleLambda(entry: string, outfile: string, overrides: Partial<BuildOptions> = {}): Promise<LambdaBundle> {
  const esbuild = await import('esbuild');
  const sdkBundled = overrides.external !== undefined && !overrides.external.some((e) => e.startsWith('@aws-sdk'));
  const shims = sdkBundled ? {} : runtimeSdkAliases();
  const alias = { ...LAMBDA_BUNDLE_OPTIONS.alias, ...shims, ...overrides.alias };
  const result = await esbuild.build({ ...LAMBDA_BUNDLE_OPTIONS, entryPoints: [entry], outfile, metafile: true, ...overrides, alias });
  const meta = result.metafile!;
  for (const [name, alias] of Object.entries(LAMBDA_ALIASES)) {
    const target = path.relative(process.cwd(), alias.target).split(path.sep).join('/');
    for (const [file, input] of Object.entries(meta.inputs)) {
      if (input.imports.some((i) => i.path === target || i.path === alias.target) && !alias.importers.test(file)) {
        throw new Error(`${file} imports "${name}", which the Lambda bundles alias to ${alias.target}; only ${alias.importers} may`);
      }
    }
  }
  const out = Object.values(meta.outputs).find((o) => o.entryPoint !== undefined) ?? Object.values(meta.outputs)[0]!;
  const byPackage = new Map<string, number>();
  for (const [file, v] of Object.entries(out.inputs)) byPackage.set(packageOf(file), (byPackage.get(packageOf(file)) ?? 0) + v.bytesInOutput);
  const imported = out.imports.filter((i) => i.external).map((i) => i.path);
  const viaImport = imported.filter((p) => /^@(aws-sdk|smithy)\//.test(p));
  if (!sdkBundled && viaImport.length) {
    throw new Error(`${entry} imports ${viaImport.join(', ')} from the runtime with ESM import; add them to LAMBDA_RUNTIME_SDK_PACKAGES`);
  }
  const shimFiles = new Map(Object.entries(shims).map(([pkg, file]) => [path.relative(process.cwd(), file).split(path.sep).join('/'), pkg]));
  const required = Object.keys(out.inputs).flatMap((f) => (shimFiles.has(f) ? [shimFiles.get(f)!] : []));
  const externals = [...new Set([...imported, ...required])].sort();
  return {
    entry,
    outfile,
    bytes: statSync(outfile).size,
    externals,
    byPackage: [...byPackage].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}
