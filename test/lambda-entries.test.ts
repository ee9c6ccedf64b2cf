/**
 * The deployed entries (lambdas/<name>/index.ts): middy + Powertools middleware around the handler
 * cores, configured from the environment. Run here with a Lambda-shaped context; no AWS call is
 * made (the events need none, and slack-notify posts to a local HTTP server).
 */
import type { Context, S3Event, SNSEvent, SQSEvent } from 'aws-lambda';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildHotLeadAlert } from '../lib/alerts';
import { s3EventRecord } from '../lib/local/events';
import { scoreLead } from '../lib/scoring';
import { emptySignals } from '../lib/session-record';
import { makeRecord } from './fixtures';

const context: Context = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'trialist-test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:trialist-test',
  memoryLimitInMB: '256',
  awsRequestId: 'req-1',
  logGroupName: '/aws/lambda/trialist-test',
  logStreamName: 's',
  getRemainingTimeInMillis: () => 30_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
};

const saved = { ...process.env };
const bodies: string[] = [];
const server = createServer((req, res) => {
  let b = '';
  req.on('data', (c) => (b += c));
  req.on('end', () => {
    bodies.push(b);
    res.end('ok');
  });
});
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  // read once at init by the entry, as on Lambda
  process.env.SLACK_WEBHOOK_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  process.env.AWS_REGION = 'us-east-1';
  process.env.HOT_LEADS_TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:hot-leads';
  process.env.GLUE_DATABASE = 'trialist';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
});
afterAll(async () => {
  process.env = saved;
  await new Promise<void>((r) => server.close(() => r()));
});

const keyEvent = (key: string): S3Event =>
  ({ Records: [{ eventSource: 'aws:s3', s3: { bucket: { name: 'b' }, object: { key } } }] }) as unknown as S3Event;

test('score-lead entry: middy-wrapped SQS consumer, an empty batch fails nothing', async () => {
  const { handler } = await import('../lambdas/score-lead/index');
  await expect(handler({ Records: [] }, context)).resolves.toEqual({ batchItemFailures: [] });
});

test('entries validate the event envelope with the Powertools parser (zod)', async () => {
  const scoreLeadEntry = (await import('../lambdas/score-lead/index')).handler;
  const slackEntry = (await import('../lambdas/slack-notify/index')).handler;
  await expect(scoreLeadEntry({ detail: {} } as unknown as SQSEvent, context)).rejects.toMatchObject({ name: 'ParseError' });
  await expect(slackEntry({ Records: [{ Sns: { MessageId: 'm' } }] } as unknown as SNSEvent, context)).rejects.toMatchObject({
    name: 'ParseError',
  });
  expect(bodies).toEqual([]);
});

test('partition-register entry: a key outside the layout is skipped without a Glue call', async () => {
  const { handler } = await import('../lambdas/partition-register/index');
  const res = await handler(keyEvent('uploads/x.json'), context);
  expect(res).toMatchObject({ created: [], exists: [], skipped: [{ key: 'uploads/x.json', reason: 'key_outside_layout' }] });
});

test('slack-notify entry: webhook URL from SLACK_WEBHOOK_URL, Block Kit posted', async () => {
  const { handler } = await import('../lambdas/slack-notify/index');
  const record = makeRecord({
    session_id: 'entry_1',
    discovered_signals: { ...emptySignals(), team_size: 90, monthly_volume: 3000, urgency: 'high' },
    outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: null, end_reason: 'caller_hangup' },
  });
  const alert = buildHotLeadAlert(record, scoreLead(record), 's3://b/k');
  const event = { Records: [{ Sns: { MessageId: 'm1', Message: JSON.stringify(alert) } }] } as unknown as SNSEvent;
  await expect(handler(event, context)).resolves.toEqual({ posted: [{ session_id: 'entry_1', attempts: 1 }] });
  expect(JSON.parse(bodies[bodies.length - 1]!).blocks[0].type).toBe('header');
});

describe('an IPv6 source address in the event passes the entries’ envelope validation', () => {
  // Powertools' own S3Schema rejects IPv6 `sourceIPAddress`; the entries validate only the envelope.
  const ipv6Record = (key: string, bucket: string | null = 'b') => {
    const record = s3EventRecord(bucket ?? 'b', key, { rawKey: key, sourceIPAddress: '2001:db8:85a3::8a2e:370:7334', size: 10, sequencer: '01' });
    return bucket ? record : { ...record, s3: { ...record.s3, bucket: {} } };
  };

  test('partition-register entry: the record is processed (here skipped for its key), not rejected as a whole', async () => {
    const { handler } = await import('../lambdas/partition-register/index');
    const res = await handler({ Records: [ipv6Record('uploads/x+y%3D1.json')] } as unknown as S3Event, context);
    expect(res.skipped).toEqual([{ key: 'uploads/x y=1.json', reason: 'key_outside_layout', message: expect.stringContaining('outside the layout') }]);
  });

  test('score-lead entry: the IPv6 record reaches the core (here reported for its missing bucket) instead of failing the batch', async () => {
    const { handler } = await import('../lambdas/score-lead/index');
    // an SQS message whose body is the S3 event: a record with no bucket is noted (nothing to write to), not retried
    const body = JSON.stringify({ Records: [ipv6Record('sessions/x.json.gz', null)] });
    const res = await handler({ Records: [{ messageId: 'm-ipv6', body, attributes: {}, messageAttributes: {} }] } as unknown as SQSEvent, context);
    expect(res).toEqual({ batchItemFailures: [] });
  });
});
