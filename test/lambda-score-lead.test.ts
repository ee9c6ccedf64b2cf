/**
 * score-lead against a real S3 API (s3rver in-process, the real AWS SDK client): good records are
 * scored and written, every kind of bad record is quarantined with its reason (moved out of
 * sessions/ with its bytes kept, and a note), and the rest of the batch goes on.
 */
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { gzipSync } from 'node:zlib';
import { makeScoreLeadHandler, ScoreLeadBatchError } from '../lambdas/score-lead/handler';
import type { HandlerLogger } from '../lambdas/shared/observability';
import { IdempotentAlertOnce, type AlertPublisher, type HotLeadAlert } from '../lib/alerts';
import { encodeEventKey, s3EventOf, s3EventRecord } from '../lib/local/events';
import { useLocalS3 } from './local-s3-fixture';
import { LocalIdempotencyStore } from '../lib/local/idempotency-store';
import { readLeadScore, readObjectBytes, readSessionRecord } from '../lib/pipeline';
import { decodeLeadScore, RULES_V1, scoreKey, type RulesConfig } from '../lib/scoring';
import { emptySignals, encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { makeRecord } from './fixtures';

const BUCKET = 'b';
const NOW = new Date('2026-11-20T17:00:00.000Z');
const LIMITS = { maxCompressedBytes: 64 * 1024, maxDecompressedBytes: 1024 * 1024 };

const store = useLocalS3(BUCKET, 'score-lead-');

/** An ObjectCreated record whose key is given as it arrives (URL-encoded, or deliberately malformed). */
function s3Record(rawKey: string, opts: { ip?: string; sequencer?: string } = {}): S3EventRecord {
  return s3EventRecord(BUCKET, rawKey, {
    rawKey,
    eventTime: '2026-11-20T16:59:00.000Z',
    sourceIPAddress: opts.ip ?? '10.0.0.1',
    size: 1,
    eTag: 'e',
    sequencer: opts.sequencer,
  });
}

async function put(key: string, body: Uint8Array | string): Promise<string> {
  await store.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
  return key;
}

async function getText(key: string): Promise<string> {
  const res = await store.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return res.Body!.transformToString();
}

async function getBytes(key: string): Promise<Uint8Array> {
  const res = await store.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return res.Body!.transformToByteArray();
}

async function listKeys(prefix: string): Promise<string[]> {
  const res = await store.s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
  return (res.Contents ?? []).map((o) => o.Key!).sort();
}

function hot(id: string): SessionRecord {
  return makeRecord({
    session_id: id,
    caller: { identity: 'caller', name: 'Dana', phone_hash: null, returning_caller: false, call_count: 1 },
    discovered_signals: {
      ...emptySignals(),
      team_size: 60,
      monthly_volume: 1500,
      urgency: 'high',
      evidence: [{ field: 'team_size', value: '60', turn_index: 1, quote: 'sixty people in ops', confidence: 0.9 }],
    },
    outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Fri 10am', end_reason: 'caller_hangup' },
  });
}

function cold(id: string): SessionRecord {
  return makeRecord({ session_id: id });
}

class RecordingPublisher implements AlertPublisher {
  alerts: HotLeadAlert[] = [];
  failFor = new Set<string>();
  async publish(alert: HotLeadAlert): Promise<void> {
    if (this.failFor.has(alert.session_id)) throw new Error('SNS unavailable');
    this.alerts.push(alert);
  }
}

function recordingLogger() {
  const errors: { message: string; attrs: Record<string, unknown> }[] = [];
  const logger: HandlerLogger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (message, ...attrs) => errors.push({ message, attrs: Object.assign({}, ...attrs) }),
  };
  return { logger, errors };
}

function setup() {
  const publisher = new RecordingPublisher();
  const { logger, errors } = recordingLogger();
  const metrics: Record<string, number> = {};
  const handler = makeScoreLeadHandler({
    s3: store.s3,
    publisher,
    now: () => NOW,
    limits: LIMITS,
    logger,
    metrics: { addMetric: (name, _unit, value) => void (metrics[name] = (metrics[name] ?? 0) + value) },
  });
  return { handler, publisher, errors, metrics };
}

test('a good hot record is scored, its score written under scores/, and one alert published', async () => {
  const { handler, publisher } = setup();
  const record = hot('good_hot_1');
  const key = await put(sessionKey(record.session_id, record.started_at), encodeSessionRecord(record));
  const res = await handler(s3EventOf(s3Record(encodeEventKey(key))));
  expect(res.quarantined).toEqual([]);
  expect(res.scored).toHaveLength(1);
  const score = res.scored[0]!;
  expect(score).toMatchObject({ session_id: 'good_hot_1', tier: 'hot', qualified: true, scored_at: NOW.toISOString() });
  expect(decodeLeadScore(await getBytes(scoreKey(score)))).toEqual(score);
  expect(scoreKey(score)).toBe('scores/year=2026/month=11/day=20/good_hot_1.json.gz');
  expect(res.alerted).toEqual(['good_hot_1']);
  expect(publisher.alerts).toHaveLength(1);
  expect(publisher.alerts[0]).toMatchObject({ session_id: 'good_hot_1', record_uri: `s3://${BUCKET}/${key}`, score: score.score });
});

test('a cold record is scored without an alert', async () => {
  const { handler, publisher } = setup();
  const record = cold('good_cold_1');
  const key = await put(sessionKey(record.session_id, record.started_at), encodeSessionRecord(record));
  const res = await handler(s3EventOf(s3Record(encodeEventKey(key))));
  expect(res.scored.map((s) => [s.session_id, s.tier])).toEqual([['good_cold_1', 'cold']]);
  expect(res.alerted).toEqual([]);
  expect(publisher.alerts).toEqual([]);
});

describe('bad records in one batch: each quarantined with its reason, the others scored', () => {
  const day = 'sessions/year=2026/month=11/day=20';
  const valid = (r: SessionRecord) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
  let res: Awaited<ReturnType<ReturnType<typeof makeScoreLeadHandler>>>;
  let ctx: ReturnType<typeof setup>;
  let event: S3Event;
  const expected: [string, string][] = []; // [decoded key, reason]
  /** Bytes written for each bad object that exists (under sessions/ or elsewhere). */
  const written = new Map<string, Buffer>();

  beforeAll(async () => {
    ctx = setup();
    const records: S3EventRecord[] = [];
    const store = async (key: string, body: Uint8Array | string) => {
      written.set(key, Buffer.from(body));
      return put(key, body);
    };
    const bad = async (id: string, body: Uint8Array | string, reason: string) => {
      const key = await store(`${day}/${id}.json.gz`, body);
      records.push(s3Record(encodeEventKey(key)));
      expected.push([key, reason]);
    };
    const good = async (r: SessionRecord, opts: { ip?: string } = {}) => {
      const key = await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
      records.push(s3Record(encodeEventKey(key), opts));
    };

    await good(hot('batch_hot_1'));
    await bad('bad_json', gzipSync('{"schema_version": 1, "session_id": '), 'invalid_json');
    await bad('bad_not_gzip', JSON.stringify(valid(cold('bad_not_gzip'))), 'not_gzip');
    await bad('bad_version', gzipSync(JSON.stringify({ ...valid(cold('bad_version')), schema_version: 3 })), 'unsupported_schema_version');
    const { outcome: _dropped, ...missing } = valid(cold('bad_missing'));
    await bad('bad_missing', gzipSync(JSON.stringify(missing)), 'invalid_record');
    await bad('bad_bomb', gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)), 'decompressed_too_large');
    await bad('bad_oversized', Buffer.alloc(LIMITS.maxCompressedBytes + 1, 1), 'object_too_large');
    await good(cold('batch_cold_1'), { ip: '2001:db8::8a2e:370:7334' }); // IPv6 source address is fine
    // a record stored under the wrong day
    const elsewhere = makeRecord({ session_id: 'bad_mismatch', started_at: '2026-11-19T10:00:00.000Z', ended_at: '2026-11-19T10:05:00.000Z' });
    await bad('bad_mismatch', encodeSessionRecord(elsewhere), 'key_record_mismatch');
    // keys outside the layout
    const outside = await store('uploads/whatever.json.gz', encodeSessionRecord(cold('outside_1')));
    records.push(s3Record(encodeEventKey(outside)));
    expected.push([outside, 'key_outside_layout']);
    const spaced = await store(`${day}/bad id+x=1.json.gz`, encodeSessionRecord(cold('spaced')));
    records.push(s3Record(encodeEventKey(spaced))); // arrives as "bad+id%2Bx%3D1.json.gz"
    expected.push([spaced, 'key_outside_layout']);
    records.push(s3Record(`${day}/%E0%A4%A.json.gz`));
    expected.push([`${day}/%E0%A4%A.json.gz`, 'key_outside_layout']);
    // the object is gone by the time the event arrives
    records.push(s3Record(encodeEventKey(`${day}/never_written.json.gz`)));
    expected.push([`${day}/never_written.json.gz`, 'object_missing']);
    // URL-encoded good key with %3D for every "=": decoded and scored
    const enc = hot('batch_hot_encoded');
    const encKey = await put(sessionKey(enc.session_id, enc.started_at), encodeSessionRecord(enc));
    const raw = encodeEventKey(encKey);
    expect(raw).toContain('year%3D2026');
    records.push(s3Record(raw));

    event = s3EventOf(...records);
    res = await ctx.handler(event);
  });

  /** The bad objects that existed under sessions/: these are moved. */
  const movable = () => expected.filter(([key]) => key.startsWith('sessions/') && written.has(key));

  test('good records before, between and after the bad ones are scored and alerted', () => {
    expect(res.scored.map((s) => s.session_id).sort()).toEqual(['batch_cold_1', 'batch_hot_1', 'batch_hot_encoded']);
    expect(res.alerted.sort()).toEqual(['batch_hot_1', 'batch_hot_encoded']);
  });

  test('each bad record is reported with the right reason and where its bytes went', () => {
    expect(res.quarantined.map((q) => [q.key, q.reason]).sort()).toEqual([...expected].sort());
    for (const q of res.quarantined) {
      expect(q.message.length).toBeGreaterThan(10);
      expect(q.moved_to).toBe(q.key.startsWith('sessions/') && written.has(q.key) ? `quarantine/objects/${q.key}` : null);
    }
    expect(movable()).toHaveLength(8);
  });

  test('each object under sessions/ is moved: its bytes under quarantine/objects/, the original gone', async () => {
    const sessions = await listKeys(`${day}/`);
    for (const [key] of movable()) {
      expect(sessions).not.toContain(key);
      expect(Buffer.from(await getBytes(`quarantine/objects/${key}`)).equals(written.get(key)!)).toBe(true);
    }
    // the good records stay where analysts read them
    expect(sessions).toEqual(expect.arrayContaining([sessionKey('batch_hot_1', hot('batch_hot_1').started_at)]));
    // an object outside sessions/ is not ours to move: left in place, note only
    expect(Buffer.from(await getBytes('uploads/whatever.json.gz')).equals(written.get('uploads/whatever.json.gz')!)).toBe(true);
    expect(await listKeys('quarantine/objects/uploads/')).toEqual([]);
  });

  test('each gets a quarantine/{reason}/{original key}.json note saying where the bytes went', async () => {
    const keys = await listKeys('quarantine/');
    for (const [key, reason] of expected) {
      const qk = `quarantine/${reason}/${key}.json`;
      expect(keys).toContain(qk);
      const entry = JSON.parse(await getText(qk));
      expect(entry).toMatchObject({ original_key: key, bucket: BUCKET, reason, consumer: 'score-lead', at: NOW.toISOString(), version_id: null });
      expect(typeof entry.message).toBe('string');
      expect(Array.isArray(entry.issues)).toBe(true);
      if (key.startsWith('sessions/') && written.has(key)) {
        expect(entry).toMatchObject({ moved_to: `quarantine/objects/${key}`, size_bytes: written.get(key)!.byteLength });
      } else expect(entry).toMatchObject({ moved_to: null, size_bytes: null });
    }
    const missing = JSON.parse(await getText(`quarantine/invalid_record/${day}/bad_missing.json.gz.json`));
    expect(missing.issues.join(' ')).toContain('outcome');
  });

  test('the moved copy keeps the reason in its metadata, so a redelivery can find the note', async () => {
    const head = await store.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `quarantine/objects/${day}/bad_oversized.json.gz` }));
    expect(head.Metadata).toMatchObject({ 'trialist-quarantine-reason': 'object_too_large' });
    expect(head.ContentLength).toBe(LIMITS.maxCompressedBytes + 1);
  });

  test('each is logged as an error with its reason and counted in a metric', () => {
    const logged = ctx.errors.filter((e) => e.message === 'record quarantined').map((e) => [e.attrs.key, e.attrs.reason]);
    expect(logged.sort()).toEqual([...expected].sort());
    expect(ctx.metrics.RecordsQuarantined).toBe(expected.length);
    expect(ctx.metrics.Quarantined_key_outside_layout).toBe(3);
    expect(ctx.metrics.RecordsScored).toBe(3);
  });

  test('no score is written for a bad record', async () => {
    const scores = await listKeys('scores/');
    expect(scores.some((k) => k.includes('bad_'))).toBe(false);
  });

  test('the same batch redelivered: moved objects are recognized as already quarantined, nothing new is moved', async () => {
    const again = setup();
    const second = await again.handler(event);
    expect(second.scored.map((s) => s.session_id).sort()).toEqual(['batch_cold_1', 'batch_hot_1', 'batch_hot_encoded']);
    expect(second.already_quarantined.map((q) => [q.key, q.reason]).sort()).toEqual(movable().sort());
    for (const q of second.already_quarantined) expect(q.note).toBe(`quarantine/${q.reason}/${q.key}.json`);
    // only what was never moved is noted again (nothing to move, so nothing to recognize)
    expect(second.quarantined.map((q) => q.key).sort()).toEqual(expected.map(([k]) => k).filter((k) => !movable().some(([m]) => m === k)).sort());
    expect(again.metrics.AlreadyQuarantined).toBe(movable().length);
    expect(again.metrics.RecordsQuarantined).toBe(expected.length - movable().length);
    expect(again.errors.filter((e) => e.message === 'record quarantined').map((e) => e.attrs.key)).not.toContain(`${day}/bad_json.json.gz`);
    for (const [key] of movable()) expect(Buffer.from(await getBytes(`quarantine/objects/${key}`)).equals(written.get(key)!)).toBe(true);
  });

  test('a valid re-export at a quarantined key is scored as usual', async () => {
    const r = cold('bad_json');
    const key = await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
    expect(key).toBe(`${day}/bad_json.json.gz`);
    const res2 = await setup().handler(s3EventOf(s3Record(encodeEventKey(key))));
    expect(res2.scored.map((s) => s.session_id)).toEqual(['bad_json']);
    expect(res2.already_quarantined).toEqual([]);
  });
});

test('a record with no bucket or key is reported, logged and skipped', async () => {
  const { handler, errors } = setup();
  const res = await handler({ Records: [{ eventSource: 'aws:s3' }] } as unknown as S3Event);
  expect(res.quarantined).toEqual([{ key: '', reason: 'invalid_event_record', message: expect.stringContaining('s3'), moved_to: null }]);
  expect(errors).toHaveLength(1);
});

test('a transient publish failure fails the invocation after the rest of the batch, keeping the score', async () => {
  const { handler, publisher } = setup();
  const a = hot('transient_a');
  const b = hot('transient_b');
  const ka = await put(sessionKey(a.session_id, a.started_at), encodeSessionRecord(a));
  const kb = await put(sessionKey(b.session_id, b.started_at), encodeSessionRecord(b));
  publisher.failFor.add('transient_a');
  const err = await handler(s3EventOf(s3Record(encodeEventKey(ka)), s3Record(encodeEventKey(kb)))).catch((e) => e);
  expect(err).toBeInstanceOf(ScoreLeadBatchError);
  expect(err.failures.map((f: { key: string }) => f.key)).toEqual([ka]);
  expect(err.result.alerted).toEqual(['transient_b']);
  expect(err.result.scored.map((s: { session_id: string }) => s.session_id)).toEqual(['transient_a', 'transient_b']);
  expect(publisher.alerts.map((x) => x.session_id)).toEqual(['transient_b']);
});

test('the same S3 event record twice in one batch is scored once', async () => {
  const { handler, publisher } = setup();
  const r = hot('dup_in_batch');
  const key = await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
  const rec = s3Record(encodeEventKey(key), { sequencer: '00ABC' });
  const res = await handler(s3EventOf(rec, rec));
  expect(res.scored).toHaveLength(1);
  expect(publisher.alerts).toHaveLength(1);
});

describe('exactly one alert per (session_id, rules_version) with Powertools idempotency', () => {
  test('the same S3 event delivered three times: scored each time, alerted once', async () => {
    const publisher = new RecordingPublisher();
    const handler = makeScoreLeadHandler({
      s3: store.s3,
      publisher,
      now: () => NOW,
      logger: recordingLogger().logger,
      alertOnce: new IdempotentAlertOnce(new LocalIdempotencyStore()),
    });
    const r = hot('redelivered_1');
    const key = await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
    const event = s3EventOf(s3Record(encodeEventKey(key)));
    const results = [await handler(event), await handler(event), await handler(event)];
    expect(results.map((x) => x.scored.length)).toEqual([1, 1, 1]);
    expect(results.map((x) => x.alerted)).toEqual([['redelivered_1'], [], []]);
    expect(publisher.alerts).toHaveLength(1);
  });

  test('two concurrent deliveries: one alerts, the other fails transiently and its retry is suppressed', async () => {
    const publisher = new RecordingPublisher();
    const slow: AlertPublisher = {
      publish: async (a) => {
        await new Promise((res) => setTimeout(res, 50));
        await publisher.publish(a);
      },
    };
    const handler = makeScoreLeadHandler({
      s3: store.s3,
      publisher: slow,
      now: () => NOW,
      logger: recordingLogger().logger,
      alertOnce: new IdempotentAlertOnce(new LocalIdempotencyStore()),
    });
    const r = hot('concurrent_1');
    const key = await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
    const event = s3EventOf(s3Record(encodeEventKey(key)));
    const settled = await Promise.allSettled([handler(event), handler(event)]);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    const rejected = settled.find((s) => s.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ScoreLeadBatchError);
    const retry = await handler(event); // the redelivery AWS makes after the failure
    expect(retry.alerted).toEqual([]);
    expect(publisher.alerts).toHaveLength(1);
  });
});

describe('score versions: a late event never puts an older score back, and a replaced score is archived', () => {
  const V2 = { ...RULES_V1, rules_version: 'v2' };
  const V1_1 = { ...RULES_V1, rules_version: 'v1.1' };
  const handlerWith = (rules: RulesConfig, publisher = new RecordingPublisher(), at = NOW) =>
    makeScoreLeadHandler({ s3: store.s3, publisher, rules, now: () => at, logger: recordingLogger().logger, alertOnce: new IdempotentAlertOnce(new LocalIdempotencyStore()) });

  test('a redelivered event reaching a function on older rules keeps the newer score and alerts nothing', async () => {
    const r = hot('late_old_rules_1');
    const key = await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
    const event = s3EventOf(s3Record(encodeEventKey(key)));
    await handlerWith(V2)(event);
    const publisher = new RecordingPublisher();
    const res = await handlerWith(RULES_V1, publisher)(event);
    expect(res.kept_newer).toEqual([{ session_id: 'late_old_rules_1', stored_rules_version: 'v2' }]);
    expect(res.scored).toEqual([]);
    expect(publisher.alerts).toEqual([]);
    expect((await readLeadScore(store.s3, BUCKET, r))?.rules_version).toBe('v2');
    expect(await listKeys(`score-versions/rules_version=v1/`)).toEqual([]);
  });

  test('a score from an older rules version is archived under score-versions/ before it is replaced', async () => {
    const r = cold('older_rules_replaced_1');
    const key = await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
    const event = s3EventOf(s3Record(encodeEventKey(key)));
    const [first] = (await handlerWith(RULES_V1)(event)).scored;
    const res = await handlerWith(V1_1, new RecordingPublisher(), new Date(NOW.getTime() + 60_000))(event);
    expect(res.scored.map((x) => x.rules_version)).toEqual(['v1.1']);
    expect((await readLeadScore(store.s3, BUCKET, r))?.rules_version).toBe('v1.1');
    const archived = await listKeys('score-versions/rules_version=v1/');
    expect(archived).toEqual([`score-versions/rules_version=v1/year=2026/month=11/day=20/older_rules_replaced_1.json.gz`]);
    expect(decodeLeadScore(await getBytes(archived[0]!))).toEqual(first);
  });

  test('a redelivery that scores the same writes nothing (the stored scored_at stays)', async () => {
    const r = cold('same_score_redelivered_1');
    const key = await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
    const event = s3EventOf(s3Record(encodeEventKey(key)));
    await handlerWith(RULES_V1)(event);
    const later = new Date(NOW.getTime() + 3_600_000);
    const res = await handlerWith(RULES_V1, new RecordingPublisher(), later)(event);
    expect(res.scored.map((x) => x.scored_at)).toEqual([later.toISOString()]);
    expect((await readLeadScore(store.s3, BUCKET, r))?.scored_at).toBe(NOW.toISOString());
  });

  test('on AWS a missing score answers 403 (no s3:ListBucket): treated as none stored, the score is written', async () => {
    // the real S3 client against s3rver, with S3's answer for a missing key to a role without ListBucket
    const denying = {
      send: async (command: unknown) => {
        const input = (command as { input?: { Key?: string } }).input;
        if (command instanceof GetObjectCommand && input?.Key?.startsWith('scores/')) {
          try {
            await store.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: input.Key }));
          } catch {
            throw Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
          }
        }
        return store.s3.send(command as never);
      },
    } as unknown as S3Client;
    const r = hot('missing_score_403_1');
    const key = await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
    const publisher = new RecordingPublisher();
    const handler = makeScoreLeadHandler({ s3: denying, publisher, now: () => NOW, logger: recordingLogger().logger });
    const res = await handler(s3EventOf(s3Record(encodeEventKey(key))));
    expect(res.scored.map((x) => x.session_id)).toEqual(['missing_score_403_1']);
    expect(publisher.alerts.map((a) => a.session_id)).toEqual(['missing_score_403_1']);
    expect((await readLeadScore(store.s3, BUCKET, r))?.session_id).toBe('missing_score_403_1');
    // and once it exists, it is read (a newer version is kept)
    const V3 = { ...RULES_V1, rules_version: 'v3' };
    await makeScoreLeadHandler({ s3: denying, publisher, rules: V3, now: () => NOW, logger: recordingLogger().logger })(s3EventOf(s3Record(encodeEventKey(key))));
    const late = await handler(s3EventOf(s3Record(encodeEventKey(key))));
    expect(late.kept_newer).toEqual([{ session_id: 'missing_score_403_1', stored_rules_version: 'v3' }]);
  });

  test('an unusable stored score (not gzip) is replaced with a warning, and the record is not quarantined', async () => {
    const r = cold('garbage_stored_score_1');
    const key = await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
    await put(scoreKey(r), 'not a score');
    const warnings: string[] = [];
    const handler = makeScoreLeadHandler({ s3: store.s3, publisher: new RecordingPublisher(), now: () => NOW, logger: { ...recordingLogger().logger, warn: (m) => void warnings.push(m) } });
    const res = await handler(s3EventOf(s3Record(encodeEventKey(key))));
    expect(res.quarantined).toEqual([]);
    expect(res.scored.map((x) => x.session_id)).toEqual(['garbage_stored_score_1']);
    expect((await readLeadScore(store.s3, BUCKET, r))?.session_id).toBe('garbage_stored_score_1');
    expect(warnings).toEqual(['stored score unusable; replacing it']);
  });
});

describe('pipeline reads', () => {
  test('readSessionRecord and readLeadScore over S3; a missing score is null', async () => {
    const r = hot('reads_1');
    const key = await put(sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
    expect(await readSessionRecord(store.s3, BUCKET, key)).toEqual(r);
    expect(await readLeadScore(store.s3, BUCKET, r)).toBeNull();
    const { handler } = setup();
    const [score] = (await handler(s3EventOf(s3Record(encodeEventKey(key))))).scored;
    expect(await readLeadScore(store.s3, BUCKET, r)).toEqual(score);
  });

  test('readObjectBytes stops streaming past the cap when Content-Length is absent', async () => {
    // s3rver always sends Content-Length, so this one case fakes the client boundary
    let chunksRead = 0;
    async function* body() {
      for (let i = 0; i < 1000; i++) {
        chunksRead++;
        yield new Uint8Array(1024);
      }
    }
    const fake = { send: async () => ({ Body: body() }) } as unknown as S3Client;
    await expect(readObjectBytes(fake, BUCKET, 'k', { maxCompressedBytes: 10 * 1024, maxDecompressedBytes: 1 })).rejects.toMatchObject({
      reason: 'object_too_large',
    });
    expect(chunksRead).toBe(11);
  });
});
