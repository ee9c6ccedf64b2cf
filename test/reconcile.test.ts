/**
 * Reconciliation end to end on the local stack (s3rver, the real handlers): LiveKit webhooks signed
 * with livekit-server-sdk's AccessToken and verified by its WebhookReceiver; a crashed call's
 * checkpoint promoted to sessions/ (partial, recovered_from_checkpoint); a call with neither record
 * nor checkpoint given a minimal record (lost_before_checkpoint); a late real record replacing a
 * recovered one without a second alert; a second delivery of the webhook changing nothing.
 */
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebhookReceiver } from 'livekit-server-sdk';
import { makeLivekitWebhookHandler } from '../lambdas/livekit-webhook/handler';
import {
  participantLeftBody,
  postWebhook,
  roomFinishedBody,
  signWebhookBody,
  startLocalStack,
  type LocalCallEnd,
  type LocalStack,
} from '../lib/local';
import { checkpointKey, candidateSessionKeys, minimalRecord, parseReconcileCheck, recoveredRecord, roomPointerKey, type ReconcileCheck } from '../lib/pipeline/reconcile';
import { decodeSessionRecord, emptySignals, encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { S3SessionSink } from '../lib/storage/session-sink';
import { makeRecord } from './fixtures';

const CREDS = { apiKey: 'APItestkey', apiSecret: 'a-test-secret-of-sufficient-length-0123456789' };
const quiet = () => undefined;

function call(id: string, minutes = 4): LocalCallEnd {
  const joined = new Date('2026-11-20T15:04:00.000Z');
  return {
    session_id: id,
    room_name: `call-${id}`,
    room_sid: `RM_${id}`,
    caller_identity: `sip_caller_${id}`,
    channel: 'sip',
    joined_at: joined,
    ended_at: new Date(joined.getTime() + minutes * 60_000),
  };
}

/** A hot call's checkpoint: what the agent knew two turns before it was killed. */
function hotCheckpoint(id: string): SessionRecord {
  return makeRecord({
    session_id: id,
    started_at: '2026-11-20T15:04:01.000Z',
    ended_at: '2026-11-20T15:06:00.000Z',
    duration_seconds: 119,
    session: { channel: 'sip', agent_name: 'trialist-agent', agent_version: '0.1.0', template_id: 'default', call_type: 'inbound-qualified', lead_id: null, room_name: `call-${id}`, replay_source: null },
    discovered_signals: { ...emptySignals(), team_size: 60, monthly_volume: 1500, integration_needs: ['salesforce'], urgency: 'high', pain_points: ['manual'] },
    outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: '2026-11-24T15:00:00Z', end_reason: 'caller_hangup' },
    partial: true,
  });
}

async function getRecord(stack: LocalStack, key: string): Promise<SessionRecord> {
  const res = await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }));
  return decodeSessionRecord(await res.Body!.transformToByteArray());
}

async function listKeys(stack: LocalStack, prefix: string): Promise<string[]> {
  return ((await stack.s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: prefix }))).Contents ?? []).map((o) => o.Key!).sort();
}

describe('pure parts', () => {
  it('promotes a checkpoint: partial, recovered_from_checkpoint, ended no earlier than LiveKit saw', () => {
    const r = recoveredRecord(hotCheckpoint('lk-a'), { ...factsOf(call('lk-a')) });
    expect(r).toMatchObject({ partial: true, outcome: { end_reason: 'recovered_from_checkpoint' }, ended_at: '2026-11-20T15:08:00.000Z', duration_seconds: 239 });
    expect(r.transcript).toEqual(hotCheckpoint('lk-a').transcript);
  });
  it('writes a minimal record from the webhook facts', () => {
    const r = minimalRecord(factsOf(call('lk-b')), 'p1');
    expect(r).toMatchObject({
      session_id: 'lk-b',
      partial: true,
      transcript: [],
      caller: { identity: 'sip_caller_lk-b' },
      session: { channel: 'sip', room_name: 'call-lk-b' },
      started_at: '2026-11-20T15:04:00.000Z',
      duration_seconds: 240,
      outcome: { end_reason: 'lost_before_checkpoint' },
    });
  });
  it('looks for the record on each UTC day the call could have started', () => {
    expect(candidateSessionKeys('x', '2026-11-20T23:59:00Z', '2026-11-21T00:10:00Z')).toEqual([
      'sessions/year=2026/month=11/day=19/x.json.gz',
      'sessions/year=2026/month=11/day=20/x.json.gz',
      'sessions/year=2026/month=11/day=21/x.json.gz',
    ]);
  });
  it('refuses malformed checks and unsafe ids', () => {
    expect(() => parseReconcileCheck('{"kind":"other"}')).toThrow(/expected/);
    expect(() => parseReconcileCheck(JSON.stringify({ kind: 'session', facts: { ...factsOf(call('x')), session_id: '../x' } }))).toThrow(/not a safe session id/);
    expect(() => checkpointKey('../etc')).toThrow(/unsafe session_id/);
    expect(roomPointerKey('RM/../x')).toBe('checkpoints/rooms/RM____x.json');
  });
});

function factsOf(c: LocalCallEnd) {
  return {
    session_id: c.session_id,
    room_name: c.room_name,
    room_sid: c.room_sid,
    caller_identity: c.caller_identity,
    channel: c.channel,
    started_at: c.joined_at.toISOString(),
    ended_at: c.ended_at.toISOString(),
    source: 'test',
  };
}

describe('the webhook signature check (livekit-server-sdk WebhookReceiver)', () => {
  const scheduled: ReconcileCheck[] = [];
  const puts: string[] = [];
  const s3 = { send: async (cmd: { input: { Key: string } }) => void puts.push(cmd.input.Key) } as never;
  const handler = makeLivekitWebhookHandler({
    receiver: new WebhookReceiver(CREDS.apiKey, CREDS.apiSecret),
    schedule: async (c) => void scheduled.push(c),
    s3,
    bucket: 'b',
    logger: { debug: quiet, info: quiet, warn: quiet, error: quiet },
  });
  beforeEach(() => {
    scheduled.length = 0;
    puts.length = 0;
  });

  it('accepts a body signed with the project secret and schedules the session check', async () => {
    const signed = await signWebhookBody(participantLeftBody(call('lk-sig-1')), CREDS);
    const res = await handler({ body: signed.body, headers: { authorization: signed.authorization } });
    expect(res.statusCode).toBe(200);
    expect(scheduled).toEqual([{ kind: 'session', facts: expect.objectContaining({ session_id: 'lk-sig-1', room_sid: 'RM_lk-sig-1', source: 'participant_left' }) }]);
    expect(puts).toEqual([roomPointerKey('RM_lk-sig-1')]);
  });

  it.each([
    ['a tampered body', async () => {
      const signed = await signWebhookBody(participantLeftBody(call('lk-sig-2')), CREDS);
      return { body: signed.body.replace('lk-sig-2', 'lk-sig-X'), headers: { authorization: signed.authorization } };
    }],
    ['another secret', async () => {
      const signed = await signWebhookBody(participantLeftBody(call('lk-sig-3')), { ...CREDS, apiSecret: 'not-the-project-secret-0123456789abcdef' });
      return { body: signed.body, headers: { authorization: signed.authorization } };
    }],
    ['no Authorization header', async () => ({ body: participantLeftBody(call('lk-sig-4')), headers: {} })],
  ])('answers 401 for %s and stores or schedules nothing', async (_what, request) => {
    const res = await handler(await request());
    expect(res.statusCode).toBe(401);
    expect(scheduled).toEqual([]);
    expect(puts).toEqual([]);
  });

  it('ignores the caller leaving (no session attribute) and schedules a room check on room_finished', async () => {
    const caller = JSON.parse(participantLeftBody(call('lk-sig-5')));
    caller.participant.attributes = {};
    const a = await signWebhookBody(JSON.stringify(caller), CREDS);
    expect((await handler({ body: a.body, headers: { authorization: a.authorization } })).statusCode).toBe(200);
    const b = await signWebhookBody(roomFinishedBody(call('lk-sig-5')), CREDS);
    expect((await handler({ body: b.body, headers: { authorization: b.authorization } })).statusCode).toBe(200);
    expect(scheduled).toEqual([{ kind: 'room', room_name: 'call-lk-sig-5', room_sid: 'RM_lk-sig-5', ended_at: '2026-11-20T15:08:00.000Z' }]);
  });
});

describe('on the local stack', () => {
  let dir: string;
  let stack: LocalStack;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'trialist-reconcile-'));
    stack = await startLocalStack({ directory: dir, log: quiet, livekit: CREDS, reconcileGraceMs: 50 });
  });
  afterAll(async () => {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const send = async (body: string) => postWebhook(stack.webhookUrl, await signWebhookBody(body, CREDS));

  it('a crashed call: its checkpoint is promoted, scored and alerted once; a late real record replaces it without a second alert', async () => {
    const id = 'lk-AJ_crash1';
    const cp = hotCheckpoint(id);
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: checkpointKey(id), Body: encodeSessionRecord(cp) }));
    expect((await send(participantLeftBody(call(id)))).status).toBe(200);
    expect((await send(roomFinishedBody(call(id)))).status).toBe(200);
    expect((await stack.drain()).failed).toEqual([]);

    const key = sessionKey(id, cp.started_at);
    const recovered = await getRecord(stack, key);
    expect(recovered).toMatchObject({ partial: true, outcome: { end_reason: 'recovered_from_checkpoint' } });
    const head = await stack.s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: key }));
    expect(head.Metadata).toMatchObject({ 'trialist-reconciled': 'recovered_from_checkpoint' });
    const outcomes = stack.deliveries().filter((d) => d.fn === 'reconcile').map((d) => (d.result as { action: string }).action);
    expect(outcomes.sort()).toEqual(['record_present', 'recovered_from_checkpoint']); // the room check found it done
    expect(stack.scores().get(id)?.tier).toBe('hot');
    expect(stack.published()).toEqual([id]);

    // the agent's spooled record arrives late: it replaces the recovered one, is rescored, and no second alert goes out
    const real = makeRecord({ ...cp, partial: undefined, ended_at: '2026-11-20T15:07:30.000Z', duration_seconds: 449, outcome: { ...cp.outcome, end_reason: 'caller_hangup' } });
    delete (real as { partial?: boolean }).partial;
    await new S3SessionSink(stack.s3, stack.bucket).write(real);
    expect((await stack.drain()).failed).toEqual([]);
    expect((await getRecord(stack, key)).outcome.end_reason).toBe('caller_hangup');
    expect((await getRecord(stack, key)).partial).toBeUndefined();
    expect(stack.published()).toEqual([id]);
    expect(readdirSync(stack.layout.outboxDir).filter((f) => f.startsWith(id))).toHaveLength(1);
    expect(await listKeys(stack, `sessions/`)).toEqual([key]);
  });

  it('a call lost before any checkpoint gets a minimal record from the webhook facts', async () => {
    const id = 'lk-AJ_lost1';
    expect((await send(participantLeftBody(call(id)))).status).toBe(200);
    expect((await stack.drain()).failed).toEqual([]);
    const key = sessionKey(id, '2026-11-20T15:04:00.000Z');
    expect(await getRecord(stack, key)).toMatchObject({
      partial: true,
      transcript: [],
      caller: { identity: `sip_caller_${id}` },
      session: { room_name: `call-${id}`, channel: 'sip' },
      outcome: { end_reason: 'lost_before_checkpoint' },
    });
  });

  it('a call whose agent exported normally is left alone, and a webhook delivered twice and late changes nothing', async () => {
    const id = 'lk-AJ_fine1';
    const rec = makeRecord({ session_id: id, started_at: '2026-11-20T15:04:02.000Z', outcome: { stage_reached: 'qualify', meeting_booked: false, meeting_time: null, end_reason: 'caller_hangup' } });
    await new S3SessionSink(stack.s3, stack.bucket).write(rec);
    await stack.drain();
    const before = stack.deliveries().length;
    const body = participantLeftBody(call(id));
    await send(body);
    await send(body);
    expect((await stack.drain()).failed).toEqual([]);
    const checks = stack.deliveries().slice(before).filter((d) => d.fn === 'reconcile');
    expect(checks.map((d) => (d.result as { action: string }).action)).toEqual(['record_present', 'record_present']);
    expect((await getRecord(stack, sessionKey(id, rec.started_at))).outcome.end_reason).toBe('caller_hangup');
  });

  it('answers 401 to an unsigned post and writes nothing', async () => {
    const before = await listKeys(stack, '');
    const res = await fetch(stack.webhookUrl, { method: 'POST', body: participantLeftBody(call('lk-AJ_forged')) });
    expect(res.status).toBe(401);
    await stack.drain();
    expect(await listKeys(stack, '')).toEqual(before);
  });
});
