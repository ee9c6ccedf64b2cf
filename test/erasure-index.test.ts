/**
 * `forget --phone` finds a caller's sessions through the caller index (`callers/{hash}/`, written
 * by score-lead), under the current and the previous key, without reading any session record; a
 * record that landed before the index existed is found only with `scan`. Real S3 protocol (s3rver).
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { forget } from '../lib/erasure';
import { listKeys } from '../lib/lake/changes';
import { generatePhoneHashKeys, PhoneHasher } from '../lib/privacy';
import { callerIndexKey, identifyStored, indexCallerSession, parseCallerIndexKey } from '../lib/privacy/caller-index';
import { encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { makeRecord } from './fixtures';
import { useLocalS3 } from './local-s3-fixture';

const BUCKET = 'erasure-index';
const PHONE = '+16175550142';
const store = useLocalS3(BUCKET, 'trialist-erasure-index-');
/** Keys of every GetObject the erasure sends. */
const gets: string[] = [];

const oldKeys = generatePhoneHashKeys(new Date('2026-01-01T00:00:00Z'));
const newKeys = generatePhoneHashKeys(new Date('2026-06-01T00:00:00Z'));
const before = new PhoneHasher(oldKeys);
const now = new PhoneHasher({ current: newKeys.current, previous: oldKeys.current });

beforeAll(() => {
  store.s3.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand') gets.push((args.input as { Key: string }).Key);
      return next(args);
    },
    { step: 'initialize', name: 'countGets' },
  );
});

const put = (Key: string, Body: Uint8Array | string) => store.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body }));
const record = (id: string, startedAt: string, hash: string | null): SessionRecord =>
  makeRecord({ session_id: id, started_at: startedAt, caller: { identity: id, name: null, phone_hash: hash, returning_caller: false, call_count: 1 } });
/** A session as the pipeline leaves it: record, score, a replaced score, and (when `indexed`) its index entry. */
async function land(r: SessionRecord, indexed: boolean) {
  const key = sessionKey(r.session_id, r.started_at);
  await put(key, encodeSessionRecord(r));
  await put(`scores/${key.slice('sessions/'.length)}`, JSON.stringify({ session_id: r.session_id, rules_version: 'v2' }));
  await put(`score-versions/rules_version=v1/${key.slice('sessions/'.length)}`, JSON.stringify({ session_id: r.session_id, rules_version: 'v1' }));
  if (indexed) await indexCallerSession(store.s3, BUCKET, r);
}

describe('the caller index', () => {
  it('names a hash, a day and a session; refuses what is not one', () => {
    const key = callerIndexKey('a'.repeat(64), 'lk-AJ_1', '2026-11-19T16:00:00.000Z');
    expect(key).toBe(`callers/${'a'.repeat(64)}/day=2026-11-19/lk-AJ_1`);
    expect(parseCallerIndexKey(key)).toEqual({ phone_hash: 'a'.repeat(64), day: '2026-11-19', session_id: 'lk-AJ_1', key });
    expect(parseCallerIndexKey('callers/xyz/day=2026-11-19/a')).toBeNull();
    expect(() => callerIndexKey('a'.repeat(64), '../x', '2026-11-19')).toThrow(/no caller index key/);
  });

  it('identifies stored bytes without trusting them: a gzip bomb is nothing', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(identifyStored(gzipSync(Buffer.alloc(1024 * 1024)), 1024)).toEqual({ session_id: null, phone_hash: null, started_at: null, rules_version: null });
    expect(identifyStored(Buffer.from(`broken {"phone_hash": "${'b'.repeat(64)}"`)).phone_hash).toBe('b'.repeat(64));
  });
});

describe('forget --phone through the index', () => {
  const old1 = record('caller-old-key', '2026-03-02T10:00:00.000Z', before.hash(PHONE)!.hash);
  const new1 = record('caller-new-key', '2026-07-04T10:00:00.000Z', now.hash(PHONE)!.hash);
  const unindexed = record('caller-before-index', '2025-12-01T10:00:00.000Z', before.hash(PHONE)!.hash);
  const other = record('other-caller', '2026-07-04T11:00:00.000Z', now.hash('+14155550199')!.hash);

  beforeAll(async () => {
    await land(old1, true);
    await land(new1, true);
    await land(unindexed, false);
    await land(other, true);
    // a quarantine note of the new-key session, as score-lead would have left one
    await put(`quarantine/schema_invalid/${sessionKey(new1.session_id, new1.started_at)}.json`, '{"reason":"schema_invalid"}');
  });

  it('finds the indexed sessions under the current and previous key without reading a record', async () => {
    gets.length = 0;
    const dry = await forget({ phone: '(617) 555-0142' }, { s3: store.s3, bucket: BUCKET, hasher: now }, { dryRun: true });
    expect(dry.sessions).toEqual(['caller-new-key', 'caller-old-key']);
    expect(gets.filter((k) => k.startsWith('sessions/'))).toEqual([]);
    expect(dry.objects).toEqual({ 'sessions/': 2, 'scores/': 2, 'score-versions/': 2, 'quarantine/': 1, 'callers/': 2 });
  });

  it('erases them and their index entries; the other caller and the unindexed record stay', async () => {
    const report = await forget({ phone: PHONE }, { s3: store.s3, bucket: BUCKET, hasher: now });
    expect(report.sessions).toEqual(['caller-new-key', 'caller-old-key']);
    const keys = await listKeys(store.s3, BUCKET, '');
    const left = keys.filter((k) => !k.startsWith('erasures/') && !k.startsWith('lake-changes/'));
    expect(left.filter((k) => k.includes('caller-new-key') || k.includes('caller-old-key'))).toEqual([]);
    expect(left.filter((k) => k.startsWith('callers/'))).toEqual([callerIndexKey(other.caller.phone_hash!, other.session_id, other.started_at)]);
    expect(left.filter((k) => k.includes('caller-before-index'))).toHaveLength(3);
    expect(left.filter((k) => k.includes('other-caller'))).toHaveLength(4);
  });

  it('--scan reads every record and finds the one from before the index', async () => {
    const scanned = await forget({ phone: PHONE }, { s3: store.s3, bucket: BUCKET, hasher: now }, { scan: true });
    expect(scanned.sessions).toEqual(['caller-before-index']);
    const keys = await listKeys(store.s3, BUCKET, '');
    expect(keys.filter((k) => k.includes('caller-before-index'))).toEqual([]);
    expect(keys.filter((k) => k.includes('other-caller'))).toHaveLength(4);
  });
});
