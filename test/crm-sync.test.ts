/**
 * crm-sync over real components: s3rver holds the session record and its score, the real
 * lib/crm/hubspot.ts talks HTTP to the local HubSpot stand-in (lib/local/hubspot.ts), which
 * implements, as HubSpot documents them, only: POST /crm/v3/objects/{contacts,calls,tasks}/search,
 * POST /crm/v3/objects/{contacts,calls,tasks} and PATCH /crm/v3/objects/{contacts,calls,tasks}/{id}.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CrmSyncBatchError, makeCrmSyncHandler } from '../lambdas/crm-sync/handler';
import { tokenFromSecret } from '../lambdas/crm-sync/index';
import { CrmPermanentError, HubSpotCrm } from '../lib/crm';
import { startHubSpotStandIn, type HubSpotStandIn } from '../lib/local/hubspot';
import { startLocalS3, type LocalS3 } from '../lib/local/s3';
import { scoreKey, scoreLead, encodeLeadScore } from '../lib/scoring';
import { encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { makeRecord } from './fixtures';

const BUCKET = 'crm-test';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };

const turns = (lines: [string, string][]): SessionRecord['transcript'] =>
  lines.map(([who, text], i) => ({ turn_index: i, role: who === 'A' ? 'agent' : 'user', text, start_ms: i * 1000, end_ms: i * 1000 + 900, interrupted: false }));

const hot = makeRecord({
  session_id: 'crm_hot_1',
  caller: { identity: 'sip_x', name: 'Dana Ruiz', phone_hash: null, returning_caller: false, call_count: 1 },
  discovered_signals: { ...makeRecord().discovered_signals, team_size: 60, monthly_volume: 1200, urgency: 'high', industry: 'legal' },
  transcript: turns([
    ['A', 'They have Thursday at 2 Eastern for a demo. Would that work?'],
    ['U', "Thursday at 2 Eastern works. I'm the owner, it's my decision."],
  ]),
  tool_calls: [{ call_id: 'c1', name: 'book_sales_meeting', arguments: '{"email":"Dana@Example.com","time_window":"Thursday 2pm ET"}', outcome: 'success', output: 'ok', latency_ms: 5, turn_index: 1 }],
  outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Thursday 2pm ET', end_reason: 'caller_hangup' },
});

describe('crm-sync with HubSpot', () => {
  let dir: string;
  let s3: LocalS3;
  let hub: HubSpotStandIn;
  let event: S3Event;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'crm-'));
    s3 = await startLocalS3({ directory: path.join(dir, 's3'), buckets: [BUCKET] });
    hub = await startHubSpotStandIn({ directory: path.join(dir, 'crm') });
    const score = scoreLead(hot);
    expect(score.tier).toBe('hot');
    await s3.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: sessionKey(hot.session_id, hot.started_at), Body: encodeSessionRecord(hot) }));
    await s3.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: scoreKey(score), Body: encodeLeadScore(score) }));
    event = { Records: [{ s3: { bucket: { name: BUCKET }, object: { key: scoreKey(score) } } }] } as unknown as S3Event;
  });
  afterAll(async () => {
    await hub?.stop();
    await s3?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const handler = (crm = new HubSpotCrm({ accessToken: hub.token, basePath: hub.url })) => makeCrmSyncHandler({ s3: s3.s3, crm, logger: silent });

  it('creates the contact, one call engagement with the summary, the lead properties and a task for a hot lead', async () => {
    const res = await handler()(event);
    expect(res.synced).toEqual([expect.objectContaining({ session_id: 'crm_hot_1', contact_created: true, call_created: true, task_created: true })]);
    const [contact] = hub.list('contacts');
    expect(contact!.properties).toMatchObject({ email: 'dana@example.com', firstname: 'Dana', lastname: 'Ruiz', trialist_tier: 'hot', trialist_next_step: 'meeting: Thursday at 2 Eastern' });
    const [call] = hub.list('calls');
    expect(call!.properties).toMatchObject({ trialist_session_id: 'crm_hot_1', hs_call_status: 'COMPLETED', hs_call_duration: String(hot.duration_seconds * 1000) });
    expect(call!.properties.hs_call_body).toMatch(/Next step: the caller agreed a meeting for Thursday at 2 Eastern/);
    expect(call!.associations[0]).toMatchObject({ to: { id: contact!.id }, types: [{ associationTypeId: 194 }] });
    expect(hub.list('tasks')).toHaveLength(1);
  });

  it('writes exactly one engagement and one task per session whatever the redeliveries', async () => {
    await handler()(event);
    await Promise.all([handler()(event), handler()(event)].map((p) => p.catch(() => undefined)));
    await handler()(event);
    expect(hub.list('calls')).toHaveLength(1);
    expect(hub.list('tasks')).toHaveLength(1);
    expect(hub.list('contacts')).toHaveLength(1);
  });

  it('honours Retry-After on 429 and then succeeds', async () => {
    const waits: number[] = [];
    hub.rateLimitNext(2, 3);
    const crm = new HubSpotCrm({ accessToken: hub.token, basePath: hub.url, sleep: async (ms) => void waits.push(ms) });
    await handler(crm)(event);
    expect(waits).toEqual([3000, 3000]);
  });

  it('throws a permanent error for a bad token, so the event ends in the dead-letter queue', async () => {
    const bad = new HubSpotCrm({ accessToken: 'wrong', basePath: hub.url });
    const err = await handler(bad)(event).catch((e) => e);
    expect(err).toBeInstanceOf(CrmSyncBatchError);
    expect((err as CrmSyncBatchError).failures[0]!.error).toBeInstanceOf(CrmPermanentError);
  });

  it('reads the token from a plain or JSON secret', () => {
    expect(tokenFromSecret(' pat-na1-abc ')).toBe('pat-na1-abc');
    expect(tokenFromSecret('{"token":"pat-na1-def"}')).toBe('pat-na1-def');
    expect(() => tokenFromSecret('{"nope":1}')).toThrow(/no "token"/);
  });
});
