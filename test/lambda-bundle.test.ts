/**
 * The Lambda bundle options (lib/build/lambda-bundle.ts): the runtime-provided AWS SDK is loaded
 * with `require` through generated shims (no ESM import of it remains), the bundle still runs, and
 * an SDK package missing from the list fails the build instead of silently loading through `import`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildFloor, LAMBDA_NAMES } from '../bench/bundles';
import { bundleLambda, LAMBDA_RUNTIME_SDK_PACKAGES, nodejsFunctionBundling, runtimeSdkAliases } from '../lib/build/lambda-bundle';

// inside the repository, so the externals resolve from its node_modules as they would on Lambda
const dir = path.resolve('.local', 'test-lambda-bundle');
beforeAll(() => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('score-lead loads its SDK clients with require, and the bundle initializes', async () => {
  const outfile = path.join(dir, 'score-lead.mjs');
  const b = await bundleLambda('lambdas/score-lead/index.ts', outfile);
  expect(b.externals).toEqual(expect.arrayContaining(['@aws-sdk/client-dynamodb', '@aws-sdk/client-s3', '@aws-sdk/client-sns']));
  const code = readFileSync(outfile, 'utf8');
  expect(code).not.toMatch(/from\s*"@(aws-sdk|smithy)\//);
  expect(code).toContain('("@aws-sdk/client-s3")');
  const saved = { ...process.env };
  Object.assign(process.env, { AWS_REGION: 'us-east-1', HOT_LEADS_TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:t', POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' });
  try {
    const mod = (await import(pathToFileURL(outfile).href)) as { handler: unknown };
    expect(typeof mod.handler).toBe('function');
  } finally {
    process.env = saved;
  }
});

test('an SDK package not in LAMBDA_RUNTIME_SDK_PACKAGES fails the build, naming it', async () => {
  expect(LAMBDA_RUNTIME_SDK_PACKAGES).not.toContain('@aws-sdk/client-kinesis');
  const entry = path.join(dir, 'kinesis-entry.ts');
  writeFileSync(entry, "import { KinesisClient } from '@aws-sdk/client-kinesis';\nexport const c = new KinesisClient({});\n");
  await expect(bundleLambda(entry, path.join(dir, 'kinesis.mjs'))).rejects.toThrow(/@aws-sdk\/client-kinesis.*LAMBDA_RUNTIME_SDK_PACKAGES/);
});

test('the CDK gets the same shims as esbuild aliases', () => {
  const args = nodejsFunctionBundling().esbuildArgs;
  for (const [pkg, file] of Object.entries(runtimeSdkAliases())) {
    expect(args[`--alias:${pkg}`]).toBe(file);
    expect(readFileSync(file, 'utf8')).toContain(`load(${JSON.stringify(pkg)})`);
  }
  expect(args['--alias:semver']).toMatch(/xray-semver\.cjs$/);
});

test.each(LAMBDA_NAMES)('%s: its bench floor loads the same runtime SDK packages as the function, and no trialist code', async (name) => {
  const floor = await buildFloor(dir, name);
  const fn = await bundleLambda(`lambdas/${name}/index.ts`, path.join(dir, 'floor', name, 'function.mjs'));
  const sdk = (b: typeof fn) => b.externals.filter((e) => /^@(aws-sdk|smithy)\//.test(e));
  expect(sdk(floor)).toEqual(sdk(fn));
  // lib/build is the bundling's own semver stand-in for the X-Ray SDK (lib/build/xray-semver.cjs)
  const trialistCode = floor.byPackage.map((p) => p.name).filter((n) => /^(lib|lambdas)\//.test(n) && n !== 'lib/build');
  expect(trialistCode).toEqual([]);
});

test('partition-register does not build the session record schema (it needs only the key layout)', async () => {
  const outfile = path.join(dir, 'partition-register.mjs');
  await bundleLambda('lambdas/partition-register/index.ts', outfile);
  const code = readFileSync(outfile, 'utf8');
  expect(code).not.toContain('ended_at is before started_at');
  expect(code).toContain('year=');
});
