/**
 * What a function's init floor (./floor.ts) is made of: the floor rebuilt in cumulative steps
 * (an empty module; the Node built-ins the mandated stack imports; Powertools logger; metrics;
 * middy, the parser and zod/mini; the X-Ray SDK; the Powertools tracer; each SDK client imported,
 * then created; Powertools idempotency), each bundled like the Lambdas (lib/build/lambda-bundle.ts)
 * and imported in fresh processes in turns (./bundles.ts), so each step's increase is what that
 * part adds at init. Compare by the CPU medians when the machine is shared.
 *
 * Usage: npx tsx bench/floor-steps.ts [function ...] [--runs N] [--dir .local/floor-steps]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleLambda, lambdaNames } from '../lib/build/lambda-bundle';
import { measureInitInTurns } from './bundles';
import { floorSpecOf, type FloorSpec } from './floor';

/** Node built-ins the mandated stack and the SDK import at init (Node 20/22), loaded first as their own step. */
export const STACK_BUILTINS: readonly string[] = [
  'module', 'console', 'crypto', 'stream', 'stream/promises', 'diagnostics_channel', 'net', 'stream/web', 'timers/promises',
  'http', 'https', 'tls', 'zlib', 'os', 'fs/promises', 'assert', 'dgram', 'async_hooks',
];

/** One cumulative step: its name and the lines it adds to the entry (imports are hoisted). */
export interface FloorStep {
  name: string;
  lines: string[];
}

/** The cumulative steps of the floor `spec` (see above); the last one holds the whole floor stack. */
export function floorSteps(spec: FloorSpec): FloorStep[] {
  const steps: FloorStep[] = [
    { name: 'empty module', lines: [] },
    { name: 'node built-ins', lines: STACK_BUILTINS.map((b, i) => `import * as b${i} from 'node:${b}'; export const B${i} = b${i};`) },
    {
      name: 'logger',
      lines: [`import { Logger } from '@aws-lambda-powertools/logger';`, `import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';`, `export const logger = new Logger({ serviceName: 'floor' }), a = injectLambdaContext;`],
    },
    {
      name: 'metrics',
      lines: [`import { Metrics } from '@aws-lambda-powertools/metrics';`, `import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';`, `export const metrics = new Metrics({ namespace: 'T', serviceName: 'floor' }), b = logMetrics;`],
    },
    {
      name: 'middy + parser + zod/mini',
      lines: [
        `import middy from '@middy/core';`,
        `import { parser } from '@aws-lambda-powertools/parser/middleware';`,
        `import * as z from 'zod/mini';`,
        `export const h = middy(async () => 1).use(parser({ schema: z.looseObject({ Records: z.array(z.unknown()) }) }) as never);`,
      ],
    },
    { name: 'aws-xray-sdk-core', lines: [`import * as xray from 'aws-xray-sdk-core';`, `export const X = xray;`] },
    {
      name: 'tracer',
      lines: [`import { Tracer } from '@aws-lambda-powertools/tracer';`, `import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';`, `export const tracer = new Tracer({ serviceName: 'floor' }), c = captureLambdaHandler;`],
    },
  ];
  for (const c of spec.clients) {
    steps.push({ name: `import ${c.pkg}`, lines: [`import { ${c.name} } from '${c.pkg}';`, `export const C_${c.name} = ${c.name};`] });
    steps.push({ name: `new ${c.name}`, lines: [`export const c_${c.name} = tracer.captureAWSv3Client(new ${c.name}({}));`] });
  }
  if (spec.idempotency) {
    steps.push({
      name: 'idempotency (DynamoDB)',
      lines: [
        `import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';`,
        `import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';`,
        `export const once = makeIdempotent(async (x: { id: string }) => x.id, { persistenceStore: new DynamoDBPersistenceLayer({ tableName: 'floor', awsSdkV3Client: c_DynamoDBClient as never }), config: new IdempotencyConfig({ eventKeyJmesPath: 'id' }) });`,
      ],
    });
  }
  return steps;
}

/** TypeScript source of the entry holding steps `0..upTo` (imports first). */
export function stepEntrySource(steps: readonly FloorStep[], upTo: number): string {
  const lines = steps.slice(0, upTo + 1).flatMap((s) => s.lines);
  return [...lines.filter((l) => l.startsWith('import ')), ...lines.filter((l) => !l.startsWith('import ')), 'export {};', ''].join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '11' }, dir: { type: 'string', default: '.local/floor-steps' } } });
  for (const name of positionals.length ? positionals : lambdaNames()) {
    const dir = path.join(values.dir, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
    const fn = await bundleLambda(path.join('lambdas', name, 'index.ts'), path.join(dir, 'fn', 'index.mjs'));
    const steps = floorSteps(floorSpecOf(fn));
    const files: string[] = [];
    const initBytes: number[] = [];
    for (let i = 0; i < steps.length; i++) {
      const entry = path.join(dir, `step${i}.ts`);
      writeFileSync(entry, stepEntrySource(steps, i));
      const b = await bundleLambda(entry, path.join(dir, `step${i}`, 'index.mjs'));
      files.push(b.outfile);
      initBytes.push(b.initBytes);
    }
    const times = measureInitInTurns(files, Number(values.runs));
    console.log(`\n${name}: floor in cumulative steps, ${values.runs} fresh processes each, in turns (ms; + is what the step adds)`);
    steps.forEach((s, i) => {
      const t = times[i]!;
      const prev = i ? times[i - 1]! : undefined;
      const add = (x: number, p?: number) => (p === undefined ? '' : ` (${x - p >= 0 ? '+' : ''}${(x - p).toFixed(1)})`);
      console.log(
        `  ${s.name.padEnd(40)} ${(initBytes[i]! / 1000).toFixed(1).padStart(6)} KB at init  CPU ${t.cpuMedian.toFixed(1)}${add(t.cpuMedian, prev?.cpuMedian)}  wall ${t.median.toFixed(1)}${add(t.median, prev?.median)}`,
      );
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
