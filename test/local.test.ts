/**
 * The embedded local stack end to end: real s3rver, the real AWS SDK, the real score-lead,
 * partition-register and slack-notify handlers, a real local HTTP server as the Slack webhook,
 * and real DuckDB over the bucket folder.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHotLeadAlert } from '../lib/alerts';
import { compactLocal, localChangeLog } from '../lib/local/compact';
import {
  encodeEventKey,
  objectFile,
  openLocalLake,
  readOutbox,
  s3EventOf,
  s3EventRecord,
  startLocalStack,
  type LocalStack,
} from '../lib/local';
import { decodeLeadScore, scoreKey } from '../lib/scoring';
import { decodeEventKey, emptySignals, sessionKey, type SessionRecord } from '../lib/session-record';
import { S3SessionSink } from '../lib/storage/session-sink';
import { makeRecord } from './fixtures';

/** A caller who gives everything away and books a meeting: scores hot under rules v1. */
function hotRecord(id: string, startedAt = '2026-11-20T15:04:05.000Z'): SessionRecord {
  const ended = new Date(Date.parse(startedAt) + 300_000).toISOString();
  return makeRecord({
    session_id: id,
    started_at: startedAt,
    ended_at: ended,
    caller: { identity: 'dana', name: 'Dana Ruiz', phone_hash: null, returning_caller: false, call_count: 1 },
    discovered_signals: {
      ...emptySignals(),
      team_size: 40,
      monthly_volume: 800,
      urgency: 'high',
      industry: 'real_estate',
      integration_needs: ['salesforce'],
    },
    outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Tuesday 3pm ET', end_reason: 'replay_complete' },
  });
}

/** A caller who gives nothing: scores cold. */
function coldRecord(id: string, startedAt = '2026-11-21T09:00:00.000Z'): SessionRecord {
  return makeRecord({ session_id: id, started_at: startedAt, ended_at: new Date(Date.parse(startedAt) + 60_000).toISOString() });
}

const quiet = () => undefined;
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'trialist-local-'));
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('encodeEventKey', () => {
  it('encodes keys the way S3 notifications do, and decodeEventKey reverses it', () => {
    expect(encodeEventKey('sessions/year=2026/month=11/day=20/a_1.json.gz')).toBe('sessions/year%3D2026/month%3D11/day%3D20/a_1.json.gz');
    expect(encodeEventKey('odd dir/it’s (1).json')).toBe('odd+dir/it%E2%80%99s+%281%29.json');
    for (const key of ['sessions/year=2026/month=11/day=20/a_1.json.gz', 'x/a b+c/ü?&=%.json']) {
      expect(decodeEventKey(encodeEventKey(key))).toBe(key);
    }
  });
});

describe('local stack, no Slack', () => {
  let stack: LocalStack;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir();
    stack = await startLocalStack({ directory: dir, slackWebhookUrl: '', log: quiet, now: () => new Date('2026-11-21T10:00:00.000Z') });
    const sink = new S3SessionSink(stack.s3, stack.bucket);
    await sink.write(hotRecord('hot_0001'));
    await sink.write(coldRecord('cold_0001'));
    await stack.drain();
  });
  afterAll(() => stack.stop());

  it('scores each written record and stores the score under scores/', async () => {
    expect(stack.scores().get('hot_0001')?.tier).toBe('hot');
    expect(stack.scores().get('cold_0001')?.tier).toBe('cold');
    const stored = await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: scoreKey(stack.scores().get('hot_0001')!) }));
    const score = decodeLeadScore(await stored.Body!.transformToByteArray());
    expect(score).toMatchObject({ session_id: 'hot_0001', tier: 'hot', team_size: 40, meeting_booked: true });
    expect(score.score).toBeGreaterThanOrEqual(70);
  });

  it('delivers events with URL-encoded keys, as S3 does', () => {
    const scored = stack.deliveries().filter((d) => d.fn === 'score-lead');
    expect(scored.map((d) => d.subject).sort()).toEqual([
      sessionKey('hot_0001', '2026-11-20T15:04:05.000Z'),
      sessionKey('cold_0001', '2026-11-21T09:00:00.000Z'),
    ]);
    expect(scored.every((d) => d.ok)).toBe(true);
    const records = scored.map((d) => (d.event as S3Event).Records[0]!);
    expect(records.map((r) => r.s3.object.key).sort()).toEqual([
      'sessions/year%3D2026/month%3D11/day%3D20/hot_0001.json.gz',
      'sessions/year%3D2026/month%3D11/day%3D21/cold_0001.json.gz',
    ]);
    for (const r of records) {
      expect(r).toMatchObject({ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: stack.bucket, arn: `arn:aws:s3:::${stack.bucket}` } } });
      expect(r.s3.object.size).toBeGreaterThan(0);
    }
    // partition-register received the same events.
    expect(stack.deliveries().filter((d) => d.fn === 'partition-register' && d.ok)).toHaveLength(2);
  });

  it('puts an alert in the outbox for the hot lead only', async () => {
    const alerts = await readOutbox(stack.layout.outboxDir);
    expect(alerts.map((a) => path.basename(a.file))).toEqual(['hot_0001.json']);
    const alert = parseHotLeadAlert(alerts[0]!.alert);
    expect(alert).toMatchObject({ session_id: 'hot_0001', tier: 'hot', caller: { name: 'Dana Ruiz' } });
    expect(alert.record_uri).toBe(`s3://${stack.bucket}/${sessionKey('hot_0001', '2026-11-20T15:04:05.000Z')}`);
  });

  it('registers each day partition once in the local catalog', async () => {
    const parts = await stack.catalog.list('voice_sessions');
    expect(parts.map((p) => p.path).sort()).toEqual(['year=2026/month=11/day=20', 'year=2026/month=11/day=21']);
    expect(parts[0]!.location).toMatch(new RegExp(`^s3://${stack.bucket}/sessions/year=2026/month=11/day=2[01]/$`));
    expect(JSON.parse(readFileSync(stack.layout.catalogFile, 'utf8')).partitions).toHaveLength(2);
  });

  it('answers the hot-leads named query with DuckDB over the bucket folder, once compaction built the curated days', async () => {
    const compacted = await compactLocal({ directory: dir });
    // score-lead marked both days changed; compaction rebuilt them and consumed the markers
    expect(compacted.days.map((d) => [d.day, d.rows.curated_sessions])).toEqual([['2026-11-20', 1], ['2026-11-21', 1]]);
    expect(compacted.markers).toBe(2);
    expect(await localChangeLog(dir).list()).toEqual([]);
    const lake = await openLocalLake({ directory: dir });
    try {
      const { rows } = await lake.runNamed('hot-leads');
      expect(rows).toEqual([
        expect.objectContaining({ session_id: 'hot_0001', tier: 'hot', team_size: 40, monthly_volume: 800, industry: 'real_estate', meeting_booked: true }),
      ]);
      const sessions = await lake.run('SELECT session_id, year, month, day FROM voice_sessions ORDER BY session_id');
      expect(sessions.rows).toEqual([
        { session_id: 'cold_0001', year: '2026', month: '11', day: '21' },
        { session_id: 'hot_0001', year: '2026', month: '11', day: '20' },
      ]);
    } finally {
      lake.close();
    }
  });

  it('takes duplicate events (a redelivery and a rewrite of the same record) without breaking anything', async () => {
    const before = stack.deliveries().length;
    const record = hotRecord('hot_0001');
    const key = sessionKey(record.session_id, record.started_at);
    // The same object written again: s3rver raises a second ObjectCreated event.
    await new S3SessionSink(stack.s3, stack.bucket).write(record);
    // And an exact redelivery of an event, as S3's at-least-once delivery may do.
    const redelivered = s3EventOf(s3EventRecord(stack.bucket, key, { size: 1, eTag: 'e', sequencer: '01' }));
    stack.deliver(redelivered);
    stack.deliver(redelivered);
    const report = await stack.drain();
    expect(report.failed).toEqual([]);
    expect(stack.deliveries().length).toBe(before + 6);
    expect(await stack.catalog.list('voice_sessions')).toHaveLength(2);
    expect(readdirSync(stack.layout.outboxDir)).toEqual(['hot_0001.json']);
    // the rewrite marked its day again: compaction rebuilds only that day, still one row per call
    expect((await compactLocal({ directory: dir })).days.map((d) => d.day)).toEqual(['2026-11-20']);
    const lake = await openLocalLake({ directory: dir });
    try {
      expect((await lake.runNamed('hot-leads')).rows.map((r) => r.session_id)).toEqual(['hot_0001']);
    } finally {
      lake.close();
    }
  });

  it('quarantines a malformed object by moving it out of sessions/, so queries never read it', async () => {
    const key = 'sessions/year=2026/month=11/day=21/broken_0001.json.gz';
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: 'not gzip at all' }));
    const report = await stack.drain();
    expect(report.failed).toEqual([]);
    const last = stack.deliveries().filter((d) => d.fn === 'score-lead' && d.subject === key);
    expect(last).toHaveLength(1);
    expect(last[0]!.result).toMatchObject({ scored: [], quarantined: [{ key, reason: 'not_gzip', moved_to: `quarantine/objects/${key}` }] });
    // the bytes are kept under quarantine/objects/, the note says where, the original is gone
    const moved = await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: `quarantine/objects/${key}` }));
    expect(await moved.Body!.transformToString()).toBe('not gzip at all');
    const note = await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: `quarantine/not_gzip/${key}.json` }));
    expect(JSON.parse(await note.Body!.transformToString())).toMatchObject({ original_key: key, reason: 'not_gzip', moved_to: `quarantine/objects/${key}` });
    expect(existsSync(objectFile(stack.layout, key))).toBe(false);
    const lake = await openLocalLake({ directory: dir });
    try {
      expect(lake.skipped).toEqual([]);
      expect((await lake.run('SELECT count(*) AS n FROM voice_sessions')).rows).toEqual([{ n: 2 }]);
    } finally {
      lake.close();
    }
    // S3 redelivers the event: recognized as already quarantined, nothing fails or moves again
    stack.deliver(s3EventOf(s3EventRecord(stack.bucket, key, { sequencer: 'redelivered' })));
    expect((await stack.drain()).failed).toEqual([]);
    const again = stack.deliveries().filter((d) => d.fn === 'score-lead' && d.subject === key);
    expect(again[1]!.result).toMatchObject({ quarantined: [], already_quarantined: [{ key, reason: 'not_gzip' }] });
  });

  it('ignores objects outside sessions/, as the production notification filter does', async () => {
    const before = stack.deliveries().length;
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'checkpoints/x.json', Body: '{}' }));
    await stack.drain();
    expect(stack.deliveries().length).toBe(before);
  });
});

describe('local stack failures', () => {
  it('retries a failing handler, then keeps the event in the dead-letter folder', async () => {
    const dir = tempDir();
    const lines: string[] = [];
    const stack = await startLocalStack({ directory: dir, slackWebhookUrl: '', log: (l) => lines.push(l) });
    try {
      writeFileSync(stack.layout.catalogFile, 'this is not a catalog');
      await new S3SessionSink(stack.s3, stack.bucket).write(coldRecord('cold_0002'));
      const report = await stack.drain();
      expect(report.failed).toHaveLength(1);
      expect(report.failed[0]).toMatchObject({ fn: 'partition-register', ok: false, attempts: 3 });
      const kept = JSON.parse(readFileSync(report.failed[0]!.deadLetterFile!, 'utf8'));
      expect(kept.function).toBe('partition-register');
      expect(kept.event.Records[0].s3.object.key).toBe(encodeEventKey(sessionKey('cold_0002', '2026-11-21T09:00:00.000Z')));
      // score-lead is independent of the catalog and still scored the record.
      expect(stack.scores().get('cold_0002')?.tier).toBe('cold');
      expect(lines.some((l) => l.includes('partition-register failed'))).toBe(true);
      expect(readFileSync(stack.layout.catalogFile, 'utf8')).toBe('this is not a catalog');
    } finally {
      await stack.stop();
    }
  });
});

describe('local stack with a Slack webhook', () => {
  let server: Server;
  let url: string;
  const posts: { path: string; contentType: string | undefined; body: unknown }[] = [];

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        posts.push({ path: req.url ?? '', contentType: req.headers['content-type'], body: JSON.parse(text) });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/XXXX`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts a Block Kit message for each hot lead to the webhook, once however often the event comes', async () => {
    const dir = tempDir();
    const stack = await startLocalStack({ directory: dir, slackWebhookUrl: url, log: quiet });
    try {
      const sink = new S3SessionSink(stack.s3, stack.bucket);
      await sink.write(hotRecord('hot_slack_1'));
      await sink.write(coldRecord('cold_slack_1'));
      expect((await stack.drain()).failed).toEqual([]);
      // The same record again (a second ObjectCreated event): scored again, alerted once.
      await sink.write(hotRecord('hot_slack_1'));
      expect((await stack.drain()).failed).toEqual([]);
      const runs = stack.deliveries().filter((d) => d.fn === 'score-lead' && d.subject.endsWith('/hot_slack_1.json.gz'));
      expect(runs.map((d) => (d.result as { alerted: string[] }).alerted)).toEqual([['hot_slack_1'], []]);
    } finally {
      await stack.stop();
    }
    expect(posts).toHaveLength(1);
    expect(posts[0]!.path).toBe('/services/T000/B000/XXXX');
    expect(posts[0]!.contentType).toMatch(/application\/json/);
    const body = posts[0]!.body as { text: string; blocks: unknown[] };
    expect(Array.isArray(body.blocks)).toBe(true);
    expect(JSON.stringify(body)).toContain('hot_slack_1');
    expect(existsSync(path.join(dir, 'outbox', 'hot_slack_1.json'))).toBe(true);
  });
});
