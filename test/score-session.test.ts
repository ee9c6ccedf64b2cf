/**
 * scoreSession, the step score-lead and rescore share, against a real S3 API (s3rver in-process):
 * what it returns for each kind of object, what it writes under each policy, and where the alert
 * falls relative to the write.
 */
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { gzipSync } from 'node:zlib';
import { IdempotentAlertOnce, type AlertPublisher, type HotLeadAlert } from '../lib/alerts';
import { changeMarkerKey } from '../lib/lake/changes';
import { LocalIdempotencyStore } from '../lib/local/idempotency-store';
import { useLocalS3 } from './local-s3-fixture';
import { readLeadScore, SCORE_POLICIES, scoreSession, scoreVersionKey, type ScorePolicy, type ScoreSessionOutcome } from '../lib/pipeline';
import { RULES_V1, scoreKey, type RulesConfig } from '../lib/scoring';
import { emptySignals, encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { makeRecord } from './fixtures';

const BUCKET = 'b';
const NOW = new Date('2026-11-20T17:00:00.000Z');
const LIMITS = { maxCompressedBytes: 64 * 1024, maxDecompressedBytes: 1024 * 1024 };
const V2: RulesConfig = { ...RULES_V1, rules_version: 'v2' };

const store = useLocalS3(BUCKET, 'score-session-');

function hot(id: string): SessionRecord {
  return makeRecord({
    session_id: id,
    discovered_signals: { ...emptySignals(), team_size: 60, monthly_volume: 1500, urgency: 'high' },
    outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Fri 10am', end_reason: 'caller_hangup' },
  });
}

class Publisher implements AlertPublisher {
  sent: HotLeadAlert[] = [];
  failing = false;
  async publish(alert: HotLeadAlert): Promise<void> {
    if (this.failing) throw new Error('SNS unavailable');
    this.sent.push(alert);
  }
}

async function put(key: string, body: Uint8Array | string): Promise<string> {
  await store.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
  return key;
}

async function putRecord(r: SessionRecord): Promise<string> {
  return put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
}

async function exists(key: string): Promise<boolean> {
  return store.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })).then(
    () => true,
    () => false,
  );
}

function run(key: string, policy: ScorePolicy, publisher = new Publisher(), rules: RulesConfig = RULES_V1): Promise<ScoreSessionOutcome> {
  const alertOnce = new IdempotentAlertOnce(new LocalIdempotencyStore());
  return scoreSession({ s3: store.s3, bucket: BUCKET, key, rules, policy, now: () => NOW, limits: LIMITS, alerts: { publisher, alertOnce } });
}

/** The outcome, narrowed to `scored` (fails the test otherwise). */
function scored(outcome: ScoreSessionOutcome) {
  if (outcome.status !== 'scored') throw new Error(`expected scored, got ${outcome.status}`);
  return outcome;
}

describe('what is wrong with the object is returned, with the object as read', () => {
  const day = 'sessions/year=2026/month=11/day=20';

  test('a missing object', async () => {
    const outcome = await run(`${day}/never_written.json.gz`, SCORE_POLICIES.delivery);
    expect(outcome).toMatchObject({ status: 'missing', error: { reason: 'object_missing' } });
  });

  test('a record stored under another key: key_record_mismatch, bytes kept for the move, nothing written', async () => {
    const r = makeRecord({ session_id: 'ss_mismatch', started_at: '2026-11-19T10:00:00.000Z', ended_at: '2026-11-19T10:05:00.000Z' });
    const bytes = encodeSessionRecord(r);
    const key = await put(`${day}/ss_mismatch.json.gz`, bytes);
    const outcome = await run(key, SCORE_POLICIES.delivery);
    expect(outcome).toMatchObject({ status: 'invalid', error: { reason: 'key_record_mismatch' } });
    expect(outcome.status === 'invalid' && Buffer.from(outcome.object.bytes!).equals(bytes)).toBe(true);
    expect(await exists(scoreKey(r))).toBe(false);
    expect(await exists(changeMarkerKey(r.session_id, r.started_at))).toBe(false);
  });

  test('not gzip, and over the size cap (head kept, bytes not read)', async () => {
    const notGzip = await run(await put(`${day}/ss_not_gzip.json.gz`, 'plain'), SCORE_POLICIES.rescore);
    expect(notGzip).toMatchObject({ status: 'invalid', error: { reason: 'not_gzip' } });
    const big = await run(await put(`${day}/ss_big.json.gz`, Buffer.alloc(LIMITS.maxCompressedBytes + 1, 1)), SCORE_POLICIES.delivery);
    expect(big).toMatchObject({ status: 'invalid', error: { reason: 'object_too_large' } });
    expect(big.status === 'invalid' && [big.object.bytes, big.object.head.contentLength]).toEqual([undefined, LIMITS.maxCompressedBytes + 1]);
    const bomb = await run(await put(`${day}/ss_bomb.json.gz`, gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20))), SCORE_POLICIES.delivery);
    expect(bomb).toMatchObject({ status: 'invalid', error: { reason: 'decompressed_too_large' } });
  });
});

describe('delivery policy (score-lead)', () => {
  test('a hot record: marked, written, then alerted once per rules version', async () => {
    const r = hot('ss_hot_1');
    const key = await putRecord(r);
    const publisher = new Publisher();
    const alertOnce = new IdempotentAlertOnce(new LocalIdempotencyStore());
    const input = { s3: store.s3, bucket: BUCKET, key, rules: RULES_V1, policy: SCORE_POLICIES.delivery, now: () => NOW, limits: LIMITS, alerts: { publisher, alertOnce } };
    const first = scored(await scoreSession(input));
    expect(first).toMatchObject({ written: true, archived: false, stored: null, alert: { status: 'sent' }, decision: { action: 'write' } });
    expect(first.score).toMatchObject({ session_id: 'ss_hot_1', tier: 'hot', scored_at: NOW.toISOString() });
    expect(await readLeadScore(store.s3, BUCKET, r)).toEqual(first.score);
    expect(await exists(changeMarkerKey(r.session_id, r.started_at))).toBe(true);
    expect(publisher.sent.map((a) => [a.session_id, a.record_uri])).toEqual([['ss_hot_1', `s3://${BUCKET}/${key}`]]);
    // a redelivery scores the same: nothing written, the alert already sent
    const again = scored(await scoreSession(input));
    expect(again).toMatchObject({ written: false, decision: { action: 'unchanged' }, alert: { status: 'already_sent' } });
    expect(publisher.sent).toHaveLength(1);
  });

  test('a failed publish comes back as an outcome, after the score was written', async () => {
    const r = hot('ss_publish_fails');
    const publisher = new Publisher();
    publisher.failing = true;
    const outcome = scored(await run(await putRecord(r), SCORE_POLICIES.delivery, publisher));
    expect(outcome).toMatchObject({ written: true, alert: { status: 'failed', error: { message: 'SNS unavailable' } } });
    expect((await readLeadScore(store.s3, BUCKET, r))?.session_id).toBe('ss_publish_fails');
  });

  test('a newer stored score is kept (no write, no alert); an older one is archived, then replaced', async () => {
    const r = hot('ss_versions');
    const key = await putRecord(r);
    scored(await run(key, SCORE_POLICIES.delivery, new Publisher(), V2));
    const publisher = new Publisher();
    const late = scored(await run(key, SCORE_POLICIES.delivery, publisher));
    expect(late).toMatchObject({ written: false, alert: null, decision: { action: 'keep_newer', stored_rules_version: 'v2' } });
    expect(publisher.sent).toEqual([]);
    expect((await readLeadScore(store.s3, BUCKET, r))?.rules_version).toBe('v2');

    const V3 = { ...RULES_V1, rules_version: 'v3' };
    const newer = scored(await run(key, SCORE_POLICIES.delivery, new Publisher(), V3));
    expect(newer).toMatchObject({ written: true, archived: true, stored: { rules_version: 'v2' } });
    expect(await exists(scoreVersionKey({ ...r, rules_version: 'v2' }))).toBe(true);
  });

  test('an unusable stored score is replaced, and why is returned', async () => {
    const r = makeRecord({ session_id: 'ss_garbage_score' });
    const key = await putRecord(r);
    await put(scoreKey(r), 'not a score');
    const outcome = scored(await run(key, SCORE_POLICIES.delivery));
    expect(outcome.replacedUnusable).toEqual(expect.any(String));
    expect(outcome.written).toBe(true);
    expect((await readLeadScore(store.s3, BUCKET, r))?.session_id).toBe('ss_garbage_score');
  });
});

describe('rescore policy', () => {
  test('a newly hot lead is alerted before the write: a failed publish leaves the old score, so a re-run alerts', async () => {
    const r = makeRecord({ session_id: 'ss_newly_hot', discovered_signals: { ...emptySignals(), team_size: 25, monthly_volume: 150, urgency: 'medium' } });
    const key = await putRecord(r);
    const v1 = scored(await run(key, SCORE_POLICIES.rescore));
    expect(v1.score.tier).toBe('warm');
    const hotV2: RulesConfig = { ...V2, tiers: { hot: 40, warm: 20 } };
    const publisher = new Publisher();
    publisher.failing = true;
    const failed = scored(await run(key, SCORE_POLICIES.rescore, publisher, hotV2));
    expect(failed).toMatchObject({ written: false, archived: true, alert: { status: 'failed' }, decision: { action: 'write', newlyHot: true } });
    expect((await readLeadScore(store.s3, BUCKET, r))?.rules_version).toBe('v1');

    publisher.failing = false;
    const retried = scored(await run(key, SCORE_POLICIES.rescore, publisher, hotV2));
    expect(retried).toMatchObject({ written: true, alert: { status: 'sent' } });
    expect(publisher.sent.map((a) => [a.session_id, a.rules_version])).toEqual([['ss_newly_hot', 'v2']]);
    // already hot under v2: a further run is unchanged and alerts nobody, and marks no day
    const markerKey = changeMarkerKey(r.session_id, r.started_at);
    expect(await exists(markerKey)).toBe(true);
    await store.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: markerKey }));
    const again = scored(await run(key, SCORE_POLICIES.rescore, publisher, hotV2));
    expect(again).toMatchObject({ written: false, alert: null, decision: { action: 'unchanged' } });
    expect(await exists(markerKey)).toBe(false);
  });

  test('a hot lead that stays hot is written without an alert; older rules replace a newer score (a rollback)', async () => {
    const r = hot('ss_stays_hot');
    const key = await putRecord(r);
    scored(await run(key, SCORE_POLICIES.rescore, new Publisher(), V2));
    const publisher = new Publisher();
    const back = scored(await run(key, SCORE_POLICIES.rescore, publisher));
    expect(back).toMatchObject({ written: true, archived: true, alert: null, decision: { action: 'write', newlyHot: false } });
    expect((await readLeadScore(store.s3, BUCKET, r))?.rules_version).toBe('v1');
    expect(publisher.sent).toEqual([]);
  });

  test('an unusable stored score is left as it is', async () => {
    const r = makeRecord({ session_id: 'ss_garbage_kept' });
    const key = await putRecord(r);
    await put(scoreKey(r), 'not a score');
    const outcome = await run(key, SCORE_POLICIES.rescore);
    expect(outcome).toMatchObject({ status: 'stored_unusable', message: expect.any(String) });
    const body = await store.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: scoreKey(r) }));
    expect(await body.Body!.transformToString()).toBe('not a score');
  });

  test('a same-version change is a conflict: nothing written', async () => {
    const r = makeRecord({ session_id: 'ss_conflict', discovered_signals: { ...emptySignals(), team_size: 25, monthly_volume: 150, urgency: 'medium' } });
    const key = await putRecord(r);
    const first = scored(await run(key, SCORE_POLICIES.rescore));
    expect(first.score.tier).toBe('warm');
    const edited: RulesConfig = { ...RULES_V1, tiers: { hot: 90, warm: 60 } };
    const outcome = scored(await run(key, SCORE_POLICIES.rescore, new Publisher(), edited));
    expect(outcome).toMatchObject({ written: false, decision: { action: 'conflict' } });
    expect(await readLeadScore(store.s3, BUCKET, r)).toEqual(first.score);
  });
});
