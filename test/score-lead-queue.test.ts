/**
 * score-lead as an SQS consumer: a concurrent duplicate that finds the alert's idempotency record
 * in progress comes back as a batch item failure (no function error, nothing logged as an error),
 * the queue's redelivery then finds the alert sent, and exactly one alert goes out.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { makeScoreLeadHandler } from '../lambdas/score-lead/handler';
import { makeScoreLeadQueueHandler, s3EventOfMessage } from '../lambdas/score-lead/queue';
import type { HandlerLogger, HandlerMetrics } from '../lambdas/shared/observability';
import { IdempotentAlertOnce, type AlertPublisher, type HotLeadAlert } from '../lib/alerts';
import { s3EventOf, s3EventRecord, sqsEventOf } from '../lib/local/events';
import { useLocalS3 } from './local-s3-fixture';
import { LocalIdempotencyStore } from '../lib/local/idempotency-store';
import { emptySignals, encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { makeRecord } from './fixtures';

const BUCKET = 'b';
const QUEUE = 'arn:aws:sqs:us-east-1:000000000000:score-lead';
const store = useLocalS3(BUCKET, 'score-queue-');

function hot(id: string): SessionRecord {
  return makeRecord({
    session_id: id,
    caller: { identity: 'caller', name: 'Dana', phone_hash: null, returning_caller: false, call_count: 1 },
    discovered_signals: { ...emptySignals(), team_size: 60, monthly_volume: 1500, integration_needs: ['salesforce'], urgency: 'high', pain_points: ['manual'] },
    outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: '2026-11-24T15:00:00Z', end_reason: 'agent_ended' },
  });
}

function observed() {
  const errors: string[] = [];
  const metrics: string[] = [];
  const logger: HandlerLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: (m) => void errors.push(m) };
  const m: HandlerMetrics = { addMetric: (name) => void metrics.push(name) };
  return { logger, metrics: m, errors, names: metrics };
}

test('five concurrent deliveries of one event: one alert, four retried through the partial batch response, no function error', async () => {
  const alerts: HotLeadAlert[] = [];
  const obs = observed();
  // The first delivery holds the alert in progress until the other four have seen it so (or 10 s pass), however
  // slowly the machine runs them: the deliveries overlap by construction, not by timing.
  const publisher: AlertPublisher = {
    publish: async (a) => {
      const until = Date.now() + 10_000;
      while (obs.names.filter((n) => n === 'AlertInProgressRetried').length < 4 && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 10));
      }
      alerts.push(a);
    },
  };
  const core = makeScoreLeadHandler({ s3: store.s3, publisher, logger: obs.logger, metrics: obs.metrics, alertOnce: new IdempotentAlertOnce(new LocalIdempotencyStore()) });
  const consumer = makeScoreLeadQueueHandler(core);
  const r = hot('queue_concurrent_1');
  const key = sessionKey(r.session_id, r.started_at);
  await store.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: encodeSessionRecord(r) }));
  const body = JSON.stringify(s3EventOf(s3EventRecord(BUCKET, key)));
  const events: SQSEvent[] = Array.from({ length: 5 }, () => sqsEventOf(body, QUEUE));

  const responses = await Promise.all(events.map((e) => consumer(e))); // none rejects: no function error
  const failed = responses.filter((x) => x.batchItemFailures.length > 0);
  expect(failed).toHaveLength(4);
  failed.forEach((x) => expect(x.batchItemFailures[0]!.itemIdentifier).toBe(events[responses.indexOf(x)]!.Records[0]!.messageId));
  expect(alerts).toHaveLength(1);
  expect(obs.errors).toEqual([]);
  expect(obs.names.filter((n) => n === 'AlertInProgressRetried')).toHaveLength(4);

  // SQS redelivers the four after the visibility timeout: they find the alert sent
  const retried = await Promise.all(failed.map(() => consumer(sqsEventOf(body, QUEUE, 2))));
  expect(retried.map((x) => x.batchItemFailures)).toEqual([[], [], [], []]);
  expect(alerts).toHaveLength(1);
});

test('a batch whose every message fails transiently resolves with every item failed (no throw)', async () => {
  const obs = observed();
  const failing: AlertPublisher = { publish: async () => Promise.reject(new Error('SNS unavailable')) };
  const consumer = makeScoreLeadQueueHandler(makeScoreLeadHandler({ s3: store.s3, publisher: failing, logger: obs.logger, metrics: obs.metrics }));
  const r = hot('queue_all_fail_1');
  const key = sessionKey(r.session_id, r.started_at);
  await store.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: encodeSessionRecord(r) }));
  const event = sqsEventOf(JSON.stringify(s3EventOf(s3EventRecord(BUCKET, key))), QUEUE);
  const res = await consumer(event);
  expect(res.batchItemFailures).toEqual([{ itemIdentifier: event.Records[0]!.messageId }]);
  expect(obs.errors).toEqual(['record failed; the record will be redelivered']);
});

test('a message that is not an S3 event is failed back to the queue (to reach its DLQ), with the reason', async () => {
  expect(() => s3EventOfMessage({ messageId: 'm1', body: 'not json' })).toThrow(/m1: body is not JSON/);
  expect(() => s3EventOfMessage({ messageId: 'm2', body: '{"detail":{}}' })).toThrow(/m2: body is not an S3 event/);
  const consumer = makeScoreLeadQueueHandler(async () => {
    throw new Error('core must not run');
  });
  const event = sqsEventOf('not json', QUEUE);
  expect((await consumer(event)).batchItemFailures).toEqual([{ itemIdentifier: event.Records[0]!.messageId }]);
});

describe('a 403 on a read (S3 without s3:ListBucket on GetObject) is not transient forever', () => {
  /** The real client, except GetObject answers 403 AccessDenied, as S3 does for a missing key to a role that may not list it. */
  const denyingGets = (): S3Client =>
    ({
      send: (cmd: { constructor: { name: string } }) =>
        cmd.constructor.name === 'GetObjectCommand'
          ? Promise.reject(Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }))
          : store.s3.send(cmd as never),
    }) as unknown as S3Client;

  test('a missing object (not listed) is object_missing: noted, not retried', async () => {
    const { openObject } = await import('../lib/pipeline/objects');
    await expect(openObject(denyingGets(), BUCKET, 'sessions/year=2026/month=11/day=20/gone_403.json.gz')).rejects.toMatchObject({ reason: 'object_missing' });
    const obs = observed();
    const core = makeScoreLeadHandler({ s3: denyingGets(), publisher: { publish: async () => undefined }, logger: obs.logger, metrics: obs.metrics });
    const key = 'sessions/year=2026/month=11/day=20/gone_403.json.gz';
    const res = await makeScoreLeadQueueHandler(core)(sqsEventOf(JSON.stringify(s3EventOf(s3EventRecord(BUCKET, key))), QUEUE));
    expect(res.batchItemFailures).toEqual([]);
    expect(obs.names).toContain('Quarantined_object_missing');
  });

  test('a 403 for an object that is listed is a real denial: the message is retried (the queue caps it)', async () => {
    const r = hot('denied_403');
    const key = sessionKey(r.session_id, r.started_at);
    await store.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: encodeSessionRecord(r) }));
    const obs = observed();
    const core = makeScoreLeadHandler({ s3: denyingGets(), publisher: { publish: async () => undefined }, logger: obs.logger, metrics: obs.metrics });
    const res = await makeScoreLeadQueueHandler(core)(sqsEventOf(JSON.stringify(s3EventOf(s3EventRecord(BUCKET, key))), QUEUE));
    expect(res.batchItemFailures).toHaveLength(1);
    expect(obs.names).toContain('RecordsFailed');
  });
});
