/**
 * `forget` without a local rebuild (how it runs against a real bucket): the erased calls' curated
 * day partitions are deleted and the days marked changed, so the scheduled compaction rebuilds them
 * from the raw records that remain. Real S3 protocol (s3rver) through the AWS SDK.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { gzipSync } from 'node:zlib';
import { llmAnalysisKey } from '../lib/analysis/llm';
import { forget } from '../lib/erasure';
import { listKeys } from '../lib/lake/changes';
import { generatePhoneHashKeys, PhoneHasher } from '../lib/privacy';
import { encodeSessionRecord, sessionKey } from '../lib/session-record';
import { makeRecord } from './fixtures';
import { useLocalS3 } from './local-s3-fixture';

const BUCKET = 'erasure-test';
const store = useLocalS3(BUCKET, 'trialist-erasure-bucket-');

test('deletes the erased day from curated/ and marks it changed for compaction, naming no session', async () => {
  const record = makeRecord({ session_id: 'erase-me-1' });
  const day = record.started_at.slice(0, 10);
  const put = (Key: string, Body: Uint8Array | string) => store.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body }));
  await put(sessionKey(record.session_id, record.started_at), encodeSessionRecord(record));
  await put(`curated/curated_turns/call_date=${day}/run-1/part-0.parquet`, 'erase-me-1 rows');
  await put('curated/curated_turns/call_date=2020-01-01/run-1/part-0.parquet', 'another day');

  const report = await forget({ sessionId: record.session_id }, { s3: store.s3, bucket: BUCKET, hasher: new PhoneHasher(generatePhoneHashKeys()) });

  expect(report.curated).toBe('deleted');
  expect(report.curated_days).toEqual([day]);
  const keys = await listKeys(store.s3, BUCKET, '');
  expect(keys.filter((k) => k.startsWith('curated/'))).toEqual(['curated/curated_turns/call_date=2020-01-01/run-1/part-0.parquet']);
  const markers = keys.filter((k) => k.startsWith('lake-changes/'));
  expect(markers).toHaveLength(1);
  expect(markers[0]).toMatch(new RegExp(`^lake-changes/call_date=${day}/[0-9a-f]{16}$`));
  expect(markers.join()).not.toContain(record.session_id);
  const marker = await store.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: markers[0] }));
  expect((await marker.Body!.transformToByteArray()).length).toBe(0);
});

test("erases a session's LLM call analysis (analysis-llm/) with its record", async () => {
  const record = makeRecord({ session_id: 'erase-llm-1' });
  const other = makeRecord({ session_id: 'keep-llm-1' });
  const put = (Key: string, Body: Uint8Array | string) => store.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body }));
  for (const r of [record, other]) {
    await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
    await put(llmAnalysisKey(r.session_id, r.started_at), gzipSync(JSON.stringify({ session_id: r.session_id, summary: 'The caller agreed a demo.' })));
  }

  const report = await forget({ sessionId: record.session_id }, { s3: store.s3, bucket: BUCKET, hasher: new PhoneHasher(generatePhoneHashKeys()) });

  expect(report.objects['analysis-llm/']).toBe(1);
  const keys = await listKeys(store.s3, BUCKET, 'analysis-llm/');
  expect(keys).toEqual([llmAnalysisKey(other.session_id, other.started_at)]);
});
