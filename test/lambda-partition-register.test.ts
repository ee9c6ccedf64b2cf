/**
 * partition-register and GlueCatalog. Glue cannot run here, so GlueCatalog is tested against a
 * fake `send` at the client boundary that behaves like the catalog (stores partitions, answers
 * AlreadyExistsException for a repeat).
 */
import {
  AlreadyExistsException,
  CreatePartitionCommand,
  GetTableCommand,
  GlueClient,
  type PartitionInput,
} from '@aws-sdk/client-glue';
import type { S3Event } from 'aws-lambda';
import { makePartitionRegisterHandler } from '../lambdas/partition-register/handler';
import type { HandlerLogger } from '../lambdas/shared/observability';
import { s3EventOf, s3EventRecord } from '../lib/local/events';
import { GlueCatalog, partitionLocation, type PartitionCatalog, type PartitionSpec } from '../lib/pipeline';

const quiet: HandlerLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

const TABLE_SD = {
  Columns: [{ Name: 'session_id', Type: 'string' }],
  Location: 's3://b/sessions/',
  InputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
  OutputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
  SerdeInfo: { SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' },
  Compressed: true,
};

function fakeGlue() {
  const glue = new GlueClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
  const partitions = new Map<string, PartitionInput>();
  const calls: string[] = [];
  let failNext: Error | null = null;
  glue.send = (async (cmd: unknown) => {
    if (failNext) {
      const e = failNext;
      failNext = null;
      throw e;
    }
    if (cmd instanceof GetTableCommand) {
      calls.push(`GetTable ${cmd.input.DatabaseName}.${cmd.input.Name}`);
      return { Table: { Name: cmd.input.Name, StorageDescriptor: TABLE_SD } };
    }
    if (cmd instanceof CreatePartitionCommand) {
      const id = `${cmd.input.DatabaseName}.${cmd.input.TableName}/${cmd.input.PartitionInput!.Values!.join('/')}`;
      calls.push(`CreatePartition ${id}`);
      if (partitions.has(id)) throw new AlreadyExistsException({ message: 'Partition already exists.', $metadata: {} });
      partitions.set(id, cmd.input.PartitionInput!);
      return {};
    }
    throw new Error(`unexpected command ${(cmd as object).constructor.name}`);
  }) as typeof glue.send;
  return { glue, partitions, calls, failOnce: (e: Error) => void (failNext = e) };
}

/** An S3 event with one record per key; keys are given as they arrive (URL-encoded or not). */
function s3Event(...keys: string[]): S3Event {
  return s3EventOf(...keys.map((key) => s3EventRecord('b', key, { rawKey: key, sourceIPAddress: '::1', size: 10, sequencer: '1' })));
}

describe('GlueCatalog', () => {
  const spec: PartitionSpec = {
    table: 'voice_sessions',
    partition: { year: '2026', month: '11', day: '20' },
    location: 's3://b/sessions/year=2026/month=11/day=20/',
  };

  test('creates the partition with the table storage descriptor and its own location; a repeat is "exists"', async () => {
    const { glue, partitions, calls } = fakeGlue();
    const catalog = new GlueCatalog(glue, 'trialist');
    expect(await catalog.ensurePartition(spec)).toBe('created');
    expect(await catalog.ensurePartition(spec)).toBe('exists');
    const p = partitions.get('trialist.voice_sessions/2026/11/20')!;
    expect(p.Values).toEqual(['2026', '11', '20']);
    expect(p.StorageDescriptor).toEqual({ ...TABLE_SD, Location: spec.location });
    // the table is read once and cached
    expect(calls.filter((c) => c.startsWith('GetTable'))).toEqual(['GetTable trialist.voice_sessions']);
  });

  test('other Glue errors propagate; a failed table lookup is retried next time', async () => {
    const { glue, failOnce } = fakeGlue();
    const catalog = new GlueCatalog(glue, 'trialist');
    failOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    await expect(catalog.ensurePartition(spec)).rejects.toThrow('Rate exceeded');
    expect(await catalog.ensurePartition(spec)).toBe('created');
  });
});

describe('partition-register handler', () => {
  test('registers each day partition once per batch, idempotently across deliveries', async () => {
    const { glue, partitions, calls } = fakeGlue();
    const handler = makePartitionRegisterHandler({ catalog: new GlueCatalog(glue, 'trialist'), logger: quiet });
    const event = s3Event(
      'sessions/year%3D2026/month%3D11/day%3D20/a.json.gz',
      'sessions/year=2026/month=11/day=20/b.json.gz',
      'sessions/year=2026/month=11/day=21/c.json.gz',
    );
    const first = await handler(event);
    expect(first.created).toEqual(['s3://b/sessions/year=2026/month=11/day=20/', 's3://b/sessions/year=2026/month=11/day=21/']);
    expect(first.exists).toEqual([]);
    expect(calls.filter((c) => c.startsWith('CreatePartition'))).toHaveLength(2);
    const again = await handler(event); // at-least-once redelivery
    expect(again.created).toEqual([]);
    expect(again.exists).toHaveLength(2);
    expect([...partitions.keys()].sort()).toEqual(['trialist.voice_sessions/2026/11/20', 'trialist.voice_sessions/2026/11/21']);
  });

  test('bad keys are logged and skipped; good ones in the same event still registered', async () => {
    const seen: PartitionSpec[] = [];
    const catalog: PartitionCatalog = {
      ensurePartition: async (p) => {
        seen.push(p);
        return 'created';
      },
    };
    const errors: Record<string, unknown>[] = [];
    const handler = makePartitionRegisterHandler({
      catalog,
      table: 'sessions_raw',
      logger: { ...quiet, error: (_m, ...a) => void errors.push(Object.assign({}, ...a)) },
    });
    const res = await handler(
      s3Event('uploads/x.json', 'sessions/year=2026/month=02/day=30/x.json.gz', 'sessions/year=2026/month=11/day=20/bad+id.json.gz', 'sessions/%ZZ', 'sessions/year=2026/month=01/day=05/ok.json.gz'),
    );
    expect(seen).toEqual([{ table: 'sessions_raw', partition: { year: '2026', month: '01', day: '05' }, location: 's3://b/sessions/year=2026/month=01/day=05/' }]);
    expect(res.skipped.map((s) => [s.key, s.reason])).toEqual([
      ['uploads/x.json', 'key_outside_layout'],
      ['sessions/year=2026/month=02/day=30/x.json.gz', 'key_outside_layout'],
      ['sessions/year=2026/month=11/day=20/bad id.json.gz', 'key_outside_layout'],
      ['sessions/%ZZ', 'key_outside_layout'],
    ]);
    expect(errors).toHaveLength(4);
  });

  test('a catalog failure fails the invocation after the other partitions were tried', async () => {
    const tried: string[] = [];
    const catalog: PartitionCatalog = {
      ensurePartition: async (p) => {
        tried.push(p.location);
        if (p.partition.day === '20') throw new Error('Glue down');
        return 'created';
      },
    };
    const handler = makePartitionRegisterHandler({ catalog, logger: quiet });
    await expect(
      handler(s3Event('sessions/year=2026/month=11/day=20/a.json.gz', 'sessions/year=2026/month=11/day=21/b.json.gz')),
    ).rejects.toThrow(/1 partition\(s\) failed.*Glue down/);
    expect(tried).toHaveLength(2);
  });

  test('partitionLocation', () => {
    expect(partitionLocation('my-bucket', { year: '2026', month: '03', day: '09' })).toBe('s3://my-bucket/sessions/year=2026/month=03/day=09/');
  });
});
