/**
 * The comparison build for `npm run bench`: a Lambda built like the deployed one
 * (lib/build/lambda-bundle.ts) except that the AWS SDK (`@aws-sdk/*`, `@smithy/*`) is left to the
 * runtime, as the nodejs22.x runtime provides it. Each SDK package is loaded with `require`
 * (Node's CommonJS loader) through a one-line CommonJS stand-in: the SDK ships CommonJS, and an
 * ESM `import` of it would send every file it requires through Node's ESM loader, which was the
 * slower way to load the runtime's SDK (about 1.7x for score-lead's three clients). So the
 * deployed bundle is compared against the runtime's SDK loaded as fast as we know how.
 */
import type { Plugin } from 'esbuild';
import { bundleLambda, type LambdaBundle } from '../lib/build/lambda-bundle';

/** Packages the runtime provides (AWS SDK for JavaScript v3 and its Smithy core). */
export const RUNTIME_SDK_MODULES: readonly string[] = ['@aws-sdk/*', '@smithy/*'];

const SDK_MODULE = /^@(aws-sdk|smithy)\//;
const NAMESPACE = 'runtime-sdk';

/**
 * esbuild plugin: each import of an SDK package becomes a CommonJS module that `require`s it at
 * run time (through the bundle banner's `createRequire`; the call goes through a variable so
 * esbuild leaves it for run time instead of bundling the package).
 */
export function runtimeSdkRequire(): Plugin {
  return {
    name: 'runtime-sdk-require',
    setup(build) {
      build.onResolve({ filter: SDK_MODULE }, (args) => ({ path: args.path, namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: `const load = require;\nmodule.exports = load(${JSON.stringify(args.path)});\n`,
        loader: 'js',
      }));
    },
  };
}

/** What the runtime-SDK build loads from the runtime at init (SDK package names, sorted). */
export function runtimeSdkPackages(bundle: LambdaBundle): string[] {
  return bundle.byPackage.map((p) => p.name).filter((n) => n.startsWith(`${NAMESPACE}:`)).map((n) => n.slice(NAMESPACE.length + 1)).sort();
}

/**
 * Bundle `entry` against the runtime's SDK (see above), otherwise as deployed.
 * @throws as `bundleLambda`.
 */
export function bundleAgainstRuntimeSdk(entry: string, outfile: string): Promise<LambdaBundle> {
  return bundleLambda(entry, outfile, { external: [...RUNTIME_SDK_MODULES], plugins: [runtimeSdkRequire()] });
}
