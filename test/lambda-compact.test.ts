/**
 * The compact Lambda's core against real S3 (s3rver) and the local Athena/Glue JSON-protocol
 * stand-in (Athena cannot run here: its UNLOAD is played by writing a Parquet-named object to the
 * target prefix, as Athena would): changed days are rebuilt into fresh prefixes, the Glue partition
 * is created then updated to the new location, the replaced prefix and the consumed markers are
 * deleted, and a failed UNLOAD leaves the partition, the old files and the markers as they were.
 */
import { AthenaClient } from '@aws-sdk/client-athena';
import { GlueClient } from '@aws-sdk/client-glue';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { makeCompactHandler } from '../lambdas/compact/handler';
import { listKeys, markDayChanged } from '../lib/lake/changes';
import { startAwsJsonStandIn, type AwsJsonStandIn } from '../lib/local/aws-json-standin';
import { encodeSessionRecord, sessionKey } from '../lib/session-record';
import { makeRecord } from './fixtures';
import { useLocalS3 } from './local-s3-fixture';

const BUCKET = 'compact-test';
const s3local = useLocalS3(BUCKET, 'trialist-compact-');
let standIn: AwsJsonStandIn;
let failNext = false;
const creds = { region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } };

beforeAll(async () => {
  standIn = await startAwsJsonStandIn({
    pollsBeforeDone: 1,
    execute: async (sql) => {
      if (failNext) {
        failNext = false;
        throw new Error('HIVE_BAD_DATA: simulated failure');
      }
      const to = /TO 's3:\/\/([^/]+)\/([^']+)'/.exec(sql);
      if (to) await s3local.s3.send(new PutObjectCommand({ Bucket: to[1], Key: `${to[2]}part-0.parquet`, Body: 'PAR1' }));
      return { columns: [], rows: [], bytesScanned: 1_000_000 };
    },
  });
});
afterAll(async () => {
  await standIn.stop();
});

function handler() {
  return makeCompactHandler({
    athena: new AthenaClient({ endpoint: standIn.endpoint, ...creds }),
    glue: new GlueClient({ endpoint: standIn.endpoint, ...creds }),
    s3: s3local.s3,
    bucket: BUCKET,
    database: 'trialist_dev',
    workGroup: 'trialist-dev',
    queryOptions: { sleep: async () => undefined },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined } as never,
  });
}

const location = (table: string) => standIn.partitions.get(`trialist_dev.${table}/2026-11-20`)?.location;

test('rebuilds the changed day into a fresh prefix, swaps the Glue partition, deletes the old prefix and the markers', async () => {
  const r = makeRecord({ session_id: 'c1', started_at: '2026-11-20T10:00:00.000Z', ended_at: '2026-11-20T10:01:00.000Z' });
  await s3local.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: sessionKey(r.session_id, r.started_at), Body: encodeSessionRecord(r) }));
  await markDayChanged(s3local.s3, BUCKET, r.session_id, r.started_at);

  const first = await handler()(undefined);
  expect(first.markers).toBe(1);
  expect(first.days.map((d) => d.day)).toEqual(['2026-11-20']);
  const unloads = standIn.queries.map((q) => q.sql);
  expect(unloads).toHaveLength(2);
  expect(unloads[0]).toMatch(/^UNLOAD \(SELECT[\s\S]+v\.year = '2026' AND v\.month = '11' AND v\.day = '20'[\s\S]+\)\nTO 's3:\/\/compact-test\/curated\/curated_sessions\/call_date=2026-11-20\/run-[^']+\/'\nWITH \(format = 'PARQUET', compression = 'ZSTD'\)$/);
  expect(unloads[1]).toMatch(/CROSS JOIN UNNEST\(v\.transcript\) AS t\(turn_index, role, text, start_ms, end_ms, interrupted\)/);
  expect(unloads[1]).toMatch(/regexp_replace\(/);
  expect(standIn.queries.every((q) => q.workGroup === 'trialist-dev' && q.database === 'trialist_dev')).toBe(true);
  const firstLocation = location('curated_sessions');
  expect(firstLocation).toBe(`s3://${BUCKET}/${first.days[0]!.prefixes.curated_sessions}`);
  expect(await listKeys(s3local.s3, BUCKET, 'lake-changes/')).toEqual([]);
  expect(standIn.calls).toContain('AWSGlue.CreatePartition');

  // a re-run for the same day (the event names it): new prefix, UpdatePartition, the old files deleted
  const second = await handler()({ days: ['2026-11-20'] });
  expect(location('curated_sessions')).toBe(`s3://${BUCKET}/${second.days[0]!.prefixes.curated_sessions}`);
  expect(location('curated_sessions')).not.toBe(firstLocation);
  expect(standIn.calls).toContain('AWSGlue.UpdatePartition');
  expect(await listKeys(s3local.s3, BUCKET, 'curated/curated_sessions/')).toEqual([`${second.days[0]!.prefixes.curated_sessions}part-0.parquet`]);
});

test('a failed UNLOAD keeps the partition, its files and the markers for the next run', async () => {
  const before = location('curated_sessions');
  await markDayChanged(s3local.s3, BUCKET, 'c1', '2026-11-20T10:00:00.000Z');
  failNext = true;
  await expect(handler()(undefined)).rejects.toThrow(/HIVE_BAD_DATA/);
  expect(location('curated_sessions')).toBe(before);
  expect(await listKeys(s3local.s3, BUCKET, 'lake-changes/')).toHaveLength(1);
  expect((await listKeys(s3local.s3, BUCKET, 'curated/curated_sessions/')).every((k) => `s3://${BUCKET}/${k}`.startsWith(before!))).toBe(true);
});

test('a day with no session record left loses its partitions and files', async () => {
  await s3local.s3.send(new (await import('@aws-sdk/client-s3')).DeleteObjectCommand({ Bucket: BUCKET, Key: sessionKey('c1', '2026-11-20T10:00:00.000Z') }));
  const r = await handler()({ days: ['2026-11-20'] });
  expect(r.days[0]!.dropped).toBe(true);
  expect(location('curated_sessions')).toBeUndefined();
  expect(await listKeys(s3local.s3, BUCKET, 'curated/')).toEqual([]);
});
