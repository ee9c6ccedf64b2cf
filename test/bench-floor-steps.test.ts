import { floorSteps, stepEntrySource } from '../bench/floor-steps';

const spec = {
  clients: [
    { pkg: '@aws-sdk/client-dynamodb', name: 'DynamoDBClient' },
    { pkg: '@aws-sdk/client-s3', name: 'S3Client' },
  ],
  idempotency: true,
};

test('the floor steps add the stack part by part, each client imported then created, idempotency last', () => {
  const names = floorSteps(spec).map((s) => s.name);
  expect(names.slice(0, 7)).toEqual(['empty module', 'node built-ins', 'logger', 'metrics', 'middy + parser + zod/mini', 'aws-xray-sdk-core', 'tracer']);
  expect(names.slice(7)).toEqual(['import @aws-sdk/client-dynamodb', 'new DynamoDBClient', 'import @aws-sdk/client-s3', 'new S3Client', 'idempotency (DynamoDB)']);
  expect(floorSteps({ clients: spec.clients, idempotency: false }).map((s) => s.name)).not.toContain('idempotency (DynamoDB)');
});

test('a step entry holds every step up to it, imports first', () => {
  const steps = floorSteps(spec);
  expect(stepEntrySource(steps, 0)).toBe('export {};\n');
  const src = stepEntrySource(steps, 8).split('\n');
  const lastImport = src.map((l) => l.startsWith('import ')).lastIndexOf(true);
  const firstCode = src.findIndex((l) => l.startsWith('export const'));
  expect(lastImport).toBeLessThan(firstCode);
  expect(src).toContain("import { DynamoDBClient } from '@aws-sdk/client-dynamodb';");
  expect(src).toContain('export const c_DynamoDBClient = tracer.captureAWSv3Client(new DynamoDBClient({}));');
  expect(src.join('\n')).not.toContain('S3Client');
});
