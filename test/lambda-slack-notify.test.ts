/**
 * slack-notify posting to a real local HTTP server (node:http on 127.0.0.1) standing in for the
 * Slack incoming webhook: Block Kit body, retry on 429 (honouring Retry-After) and 5xx, and a
 * permanent failure that throws.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SNSEvent } from 'aws-lambda';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeSlackNotifyHandler, retryAfterMs, SlackPostError } from '../lambdas/slack-notify/handler';
import { cachedWebhookUrl, webhookUrlFromSecret } from '../lambdas/slack-notify/webhook-url';
import type { HandlerLogger } from '../lambdas/shared/observability';
import { buildHotLeadAlert, type HotLeadAlert } from '../lib/alerts';
import { scoreLead } from '../lib/scoring';
import { emptySignals } from '../lib/session-record';
import { makeRecord } from './fixtures';

type Reply = { status: number; headers?: Record<string, string>; body?: string };

let server: Server;
let url: string;
let replies: Reply[] = [];
let received: { body: unknown; at: number; contentType?: string }[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: JSON.parse(Buffer.concat(chunks).toString('utf8')), at: Date.now(), contentType: req.headers['content-type'] });
      const reply = replies.shift() ?? { status: 200, body: 'ok' };
      res.writeHead(reply.status, reply.headers ?? {});
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/XXXX`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  replies = [];
  received = [];
});

const quiet: HandlerLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function alert(): HotLeadAlert {
  const r = makeRecord({
    session_id: 'slack_1',
    caller: { identity: 'web_1', name: 'Sam Lee', phone_hash: null, returning_caller: false, call_count: 1 },
    discovered_signals: {
      ...emptySignals(),
      team_size: 80,
      monthly_volume: 2000,
      urgency: 'high',
      evidence: [{ field: 'monthly_volume', value: '2000', turn_index: 3, quote: 'two thousand NDAs a month', confidence: 0.9 }],
    },
    outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Mon 9am', end_reason: 'caller_hangup' },
  });
  return buildHotLeadAlert(r, scoreLead(r), 's3://b/sessions/year=2026/month=11/day=20/slack_1.json.gz');
}

function snsEvent(...messages: string[]): SNSEvent {
  return {
    Records: messages.map((Message, i) => ({
      EventVersion: '1.0',
      EventSource: 'aws:sns',
      EventSubscriptionArn: 'arn:aws:sns:us-east-1:123456789012:hot-leads:sub',
      Sns: {
        Type: 'Notification',
        MessageId: `m-${i}`,
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:hot-leads',
        Subject: 'Hot lead',
        Message,
        Timestamp: '2026-11-20T17:00:00.000Z',
        SignatureVersion: '1',
        Signature: 'sig',
        SigningCertUrl: 'https://example.invalid/cert.pem',
        UnsubscribeUrl: 'https://example.invalid/unsub',
        MessageAttributes: {},
      },
    })),
  };
}

test('posts the Block Kit message for the alert to the webhook', async () => {
  const handler = makeSlackNotifyHandler({ webhookUrl: async () => url, logger: quiet });
  const res = await handler(snsEvent(JSON.stringify(alert())));
  expect(res.posted).toEqual([{ session_id: 'slack_1', attempts: 1 }]);
  expect(received).toHaveLength(1);
  expect(received[0]!.contentType).toBe('application/json');
  const body = received[0]!.body as { text: string; blocks: { type: string }[] };
  expect(body.text).toContain('Sam Lee');
  const types = body.blocks.map((b) => b.type);
  expect(types[0]).toBe('header');
  expect(types[types.length - 1]).toBe('context');
  expect(types.slice(1, -1).every((t) => t === 'section')).toBe(true);
  // the action comes right after the header
  expect(JSON.stringify(body.blocks[1])).toMatch(/Call back|Prepare for|Send the|Check in|Confirm a time/);
  expect(JSON.stringify(body)).toContain('two thousand NDAs a month');
});

test('429 with Retry-After, then 200: retried after the asked delay', async () => {
  replies = [{ status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited' }, { status: 200, body: 'ok' }];
  const waits: number[] = [];
  const handler = makeSlackNotifyHandler({
    webhookUrl: async () => url,
    logger: quiet,
    sleep: async (ms) => void waits.push(ms),
  });
  const res = await handler(snsEvent(JSON.stringify(alert())));
  expect(res.posted).toEqual([{ session_id: 'slack_1', attempts: 2 }]);
  expect(received).toHaveLength(2);
  expect(received[1]!.body).toEqual(received[0]!.body);
  expect(waits).toEqual([1000]);
});

test('real waiting: 503 twice then 200 with short backoff', async () => {
  replies = [{ status: 503 }, { status: 500 }, { status: 200, body: 'ok' }];
  const handler = makeSlackNotifyHandler({ webhookUrl: async () => url, logger: quiet, retry: { baseDelayMs: 20, maxDelayMs: 50 } });
  const res = await handler(snsEvent(JSON.stringify(alert())));
  expect(res.posted[0]!.attempts).toBe(3);
  expect(received).toHaveLength(3);
});

test('a permanent failure (every try 500) throws after the last try', async () => {
  replies = Array.from({ length: 10 }, () => ({ status: 500, body: 'boom' }));
  const handler = makeSlackNotifyHandler({ webhookUrl: async () => url, logger: quiet, retry: { attempts: 3, baseDelayMs: 1 } });
  await expect(handler(snsEvent(JSON.stringify(alert())))).rejects.toThrow(/failed after 3 tries: HTTP 500 boom/);
  expect(received).toHaveLength(3);
});

test('a 4xx other than 429 is not retried', async () => {
  replies = [{ status: 404, body: 'no_service' }];
  const handler = makeSlackNotifyHandler({ webhookUrl: async () => url, logger: quiet, retry: { baseDelayMs: 1 } });
  await expect(handler(snsEvent(JSON.stringify(alert())))).rejects.toThrow(/refused the message: HTTP 404 no_service/);
  expect(received).toHaveLength(1);
});

test('Retry-After beyond the budget gives up at once instead of sleeping past the timeout', async () => {
  replies = [{ status: 429, headers: { 'retry-after': '3600' } }];
  const handler = makeSlackNotifyHandler({ webhookUrl: async () => url, logger: quiet });
  await expect(handler(snsEvent(JSON.stringify(alert())))).rejects.toThrow(/retry after 3600000 ms/);
  expect(received).toHaveLength(1);
});

test('a connection refused is retried and then throws', async () => {
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/hook`;
  await new Promise<void>((r) => closed.close(() => r()));
  const handler = makeSlackNotifyHandler({ webhookUrl: async () => deadUrl, logger: quiet, retry: { attempts: 2, baseDelayMs: 1 } });
  await expect(handler(snsEvent(JSON.stringify(alert())))).rejects.toThrow(/after 2 tries: request failed/);
});

test('a message that is not a hot-lead alert throws (to the failure destination) without posting', async () => {
  const errors: string[] = [];
  const handler = makeSlackNotifyHandler({ webhookUrl: async () => url, logger: { ...quiet, error: (m) => void errors.push(m) } });
  await expect(handler(snsEvent('not json'))).rejects.toThrow(/not JSON/);
  await expect(handler(snsEvent(JSON.stringify({ hello: 'world' })))).rejects.toThrow(/invalid hot-lead alert/);
  expect(received).toHaveLength(0);
  expect(errors).toHaveLength(2);
});

test('retryAfterMs reads seconds and HTTP dates', () => {
  expect(retryAfterMs('2')).toBe(2000);
  expect(retryAfterMs(null)).toBeNull();
  expect(retryAfterMs('soon')).toBeNull();
  expect(retryAfterMs('Fri, 20 Nov 2026 17:00:05 GMT', Date.parse('2026-11-20T17:00:00Z'))).toBe(5000);
  expect(new SlackPostError('x', 500, 1).status).toBe(500);
});

describe('webhook URL from Secrets Manager (client boundary faked: the service cannot run here)', () => {
  function fakeSecrets(secretString: string) {
    const client = new SecretsManagerClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    const calls: string[] = [];
    client.send = (async (cmd: GetSecretValueCommand) => {
      calls.push(cmd.input.SecretId!);
      return { SecretString: secretString };
    }) as typeof client.send;
    return { client, calls };
  }

  test('fetched once and cached for the TTL, then refreshed', async () => {
    const { client, calls } = fakeSecrets(JSON.stringify({ url: 'https://hooks.slack.com/services/A/B/C' }));
    let t = 0;
    const get = cachedWebhookUrl({ secretArn: 'arn:secret', secrets: () => client, ttlMs: 1000, now: () => t });
    expect(await get()).toBe('https://hooks.slack.com/services/A/B/C');
    t = 999;
    await get();
    expect(calls).toEqual(['arn:secret']);
    t = 1000;
    await get();
    expect(calls).toHaveLength(2);
  });

  test('env URL wins; nothing configured is a clear error; a secret without a URL is refused', async () => {
    const { client, calls } = fakeSecrets('x');
    expect(await cachedWebhookUrl({ url: 'https://h/x', secretArn: 'arn', secrets: () => client, ttlMs: 1 })()).toBe('https://h/x');
    expect(calls).toEqual([]);
    await expect(cachedWebhookUrl({ secrets: () => client, ttlMs: 1 })()).rejects.toThrow(/SLACK_WEBHOOK_URL or SLACK_WEBHOOK_SECRET_ARN/);
    expect(webhookUrlFromSecret(' https://hooks.slack.com/x ')).toBe('https://hooks.slack.com/x');
    expect(() => webhookUrlFromSecret('{"token":"x"}')).toThrow(/no "url"/);
    expect(() => webhookUrlFromSecret('hunter2')).toThrow(/http/);
  });
});
