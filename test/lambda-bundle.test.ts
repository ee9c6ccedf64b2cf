/**
 * The Lambda bundles (lib/build/lambda-bundle.ts): every function is one self-contained folder
 * (`index.mjs` and lazily loaded `chunks/`) with the AWS SDK inside (it initializes from a folder
 * with no node_modules), nothing of trialist's is left for the first invocation, the CDK deploys
 * the same build, and the bench's comparison builds are what they claim: the runtime-SDK build
 * loads the SDK with `require`, each floor holds the function's SDK clients and no trialist code.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { buildFloor, INIT_ENV } from '../bench/bundles';
import { bundleAgainstRuntimeSdk, runtimeSdkPackages } from '../bench/runtime-sdk';
import { bundleLambda, bundleLambdaSync, lambdaNames, type LambdaBundle } from '../lib/build/lambda-bundle';

// inside the repository, so the runtime-SDK build finds the SDK in its node_modules as it would on Lambda
const dir = path.resolve('.local', 'test-lambda-bundle');
// outside it: no node_modules anywhere above
const outside = mkdtempSync(path.join(tmpdir(), 'trialist-bundle-'));
beforeAll(() => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** `typeof handler` of a built file imported in a fresh node process. */
function handlerTypeIn(file: string): string {
  const script = `const m = await import(process.argv.at(-1)); process.stdout.write(typeof m.handler);`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(file).href], {
    env: { ...process.env, ...INIT_ENV, POWERTOOLS_METRICS_DISABLED: 'true' },
    encoding: 'utf8',
  });
}

const sdkClients = (b: LambdaBundle) => b.byPackage.map((p) => p.name).filter((n) => n.startsWith('@aws-sdk/client-')).sort();
const built = new Map<string, LambdaBundle>();
async function deployedBundle(name: string): Promise<LambdaBundle> {
  if (!built.has(name)) built.set(name, await bundleLambda(`lambdas/${name}/index.ts`, path.join(dir, name, 'index.mjs')));
  return built.get(name)!;
}

test('every folder under lambdas/ with an index.ts is a function', () => {
  expect(lambdaNames()).toEqual(expect.arrayContaining(['partition-register', 'score-lead', 'slack-notify', 'crm-sync', 'llm-summary']));
  expect(lambdaNames()).not.toContain('shared');
});

test.each(lambdaNames())('%s: one folder with the AWS SDK inside, under 1 MB; it initializes where there is no node_modules', async (name) => {
  const b = await deployedBundle(name);
  expect(b.externals.filter((e) => !isBuiltin(e))).toEqual([]);
  expect(sdkClients(b).length).toBeGreaterThan(0);
  expect(b.bytes).toBeLessThan(1_000_000);
  expect(b.initBytes).toBeLessThanOrEqual(b.bytes);
  // no SDK import left in the code (an SDK error message quotes `require("@aws-sdk/signature-v4-crt")`)
  for (const f of b.files) expect(readFileSync(f, 'utf8').match(/from\s*"@(aws-sdk|smithy)\/[^"]*"/g)).toBeNull();
  const alone = path.join(outside, name);
  cpSync(path.dirname(b.outfile), alone, { recursive: true });
  expect(handlerTypeIn(path.join(alone, 'index.mjs'))).toBe('function');
});

test('init does not build the node:process module namespace (the SDK user agent reads process through the stand-in)', async () => {
  const b = await deployedBundle('slack-notify');
  expect(b.externals).not.toContain('node:process');
  expect(b.externals).not.toContain('process');
  // Node builds an ESM namespace of node:process by reading every getter; process.report loads its own module
  const script = `await import(process.argv.at(-1)); process.stdout.write(String(process.moduleLoadList.includes('NativeModule internal/process/report')));`;
  const loaded = execFileSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(b.outfile).href], {
    env: { ...process.env, ...INIT_ENV, POWERTOOLS_METRICS_DISABLED: 'true' },
    encoding: 'utf8',
  });
  expect(loaded).toBe('false');
});

test('the SDK code loaded on demand (credential providers) stays out of what init reads', async () => {
  const b = await deployedBundle('score-lead');
  expect(b.lazyFiles.length).toBeGreaterThan(0);
  expect(b.lazyFiles.every((f) => f.includes(`${path.sep}chunks${path.sep}`))).toBe(true);
  expect(b.initBytes).toBeLessThan(b.bytes * 0.9);
  const initCode = b.initFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
  // the SSO credential provider is needed only off Lambda (a developer's profile): never at init
  expect(initCode.includes('SSO_START_URL') || initCode.includes('sso_start_url')).toBe(false);
  expect(b.lazyFiles.map((f) => readFileSync(f, 'utf8')).join('\n')).toMatch(/sso_start_url|SSO_START_URL/);
  // the STS/SSO clients and the browser user-agent parser are in the bundle, but only in lazy chunks
  const atInit = b.initByPackage.map((p) => p.name);
  expect(b.byPackage.map((p) => p.name)).toEqual(expect.arrayContaining(['@aws-sdk/nested-clients', 'bowser']));
  expect(atInit).not.toContain('@aws-sdk/nested-clients');
  expect(atInit).not.toContain('bowser');
  expect(atInit).toContain('@aws-sdk/client-s3');
});

test('trialist code importing dynamically (work left for the first invocation) fails the build, naming the file', async () => {
  const entry = path.join(dir, 'lazy-entry.ts');
  writeFileSync(entry, "export const handler = async () => (await import('../../lib/bucket-layout')).SESSIONS_PREFIX;\n");
  await expect(bundleLambda(entry, path.join(dir, 'lazy.mjs'))).rejects.toThrow(/lazy-entry\.ts imports .*bucket-layout.* dynamically/);
});

test('a package left external (to be loaded from node_modules at run time) fails the build, naming it', async () => {
  const leaveExternal: Plugin = {
    name: 'leave-zod-external',
    setup: (build) => build.onResolve({ filter: /^zod$/ }, (args) => ({ path: args.path, external: true })),
  };
  const entry = path.join(dir, 'external-entry.ts');
  writeFileSync(entry, "import { z } from 'zod';\nexport const schema = z.string();\n");
  await expect(bundleLambda(entry, path.join(dir, 'external.mjs'), { plugins: [leaveExternal] })).rejects.toThrow(/would load zod from node_modules/);
});

test('the CDK build (synchronous, for the asset) writes the same files as the bench build', async () => {
  const b = await deployedBundle('partition-register');
  const cdk = bundleLambdaSync('lambdas/partition-register/index.ts', path.join(dir, 'cdk', 'partition-register', 'index.mjs'));
  const rel = (x: LambdaBundle) => x.files.map((f) => path.relative(path.dirname(x.outfile), f)).sort();
  expect(rel(cdk)).toEqual(rel(b));
  expect(readFileSync(cdk.outfile, 'utf8')).toBe(readFileSync(b.outfile, 'utf8'));
  expect(readdirSync(path.dirname(cdk.outfile)).sort()).toEqual(expect.arrayContaining(['index.mjs']));
});

test('the runtime-SDK comparison build loads the SDK clients with require, and initializes', async () => {
  const outfile = path.join(dir, 'runtime-sdk', 'score-lead.mjs');
  const b = await bundleAgainstRuntimeSdk('lambdas/score-lead/index.ts', outfile);
  expect(runtimeSdkPackages(b)).toEqual(expect.arrayContaining(['@aws-sdk/client-dynamodb', '@aws-sdk/client-s3', '@aws-sdk/client-sns']));
  expect(sdkClients(b)).toEqual([]);
  const code = readFileSync(outfile, 'utf8');
  expect(code.match(/from\s*"@(aws-sdk|smithy)\/[^"]*"/g)).toBeNull();
  expect(code.includes('("@aws-sdk/client-s3")')).toBe(true);
  expect(handlerTypeIn(outfile)).toBe('function');
});

test.each(lambdaNames())('%s: its bench floor holds the same SDK clients as the function, and no trialist code', async (name) => {
  const fn = await deployedBundle(name);
  const floor = await buildFloor(dir, name, fn);
  expect(sdkClients(floor)).toEqual(sdkClients(fn));
  // lib/build holds the bundling's own stand-ins (lib/build/xray-semver.cjs, lib/build/node-process.cjs)
  const trialistCode = floor.byPackage.map((p) => p.name).filter((n) => /^(lib|lambdas)\//.test(n) && n !== 'lib/build');
  expect(trialistCode).toEqual([]);
});

test('the built-in rules configs are kept, and validated at load, only by a bundle that reads them', async () => {
  const code = async (name: string) => (await deployedBundle(name)).initFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
  const scoreLead = await code('score-lead');
  expect(scoreLead.includes('rules_version:"v2"')).toBe(true); // DEFAULT_RULES
  expect(scoreLead.includes('rules_version:"v1"')).toBe(false);
  const slackNotify = await code('slack-notify'); // reads the scoring schemas, never scores
  expect(slackNotify.includes('rules_version:"v2"') || slackNotify.includes('rules_version:"v1"')).toBe(false);
});

test('partition-register does not build the session record schema (it needs only the key layout)', async () => {
  const code = readFileSync((await deployedBundle('partition-register')).outfile, 'utf8');
  expect(code.includes('ended_at is before started_at')).toBe(false);
  expect(code.includes('year=')).toBe(true);
});
