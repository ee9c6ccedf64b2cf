/**
 * AWS-shaped events for the local stack: s3rver's notification turned into exactly what S3
 * delivers to Lambda (key URL-encoded, bucket ARN), and the SNS envelope a subscribed Lambda
 * receives. Shapes: https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 * and https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html.
 */
import { randomUUID } from 'node:crypto';
import type { S3Event, S3EventRecord, SNSEvent, SQSEvent } from 'aws-lambda';
import type { S3rverEvent } from 's3rver';

/**
 * URL-encode an object key the way S3 does in event notifications: form encoding (space → `+`,
 * `=` → `%3D`, ...), with `/` left as is. `decodeEventKey` (lib/session-record/keys.ts) reverses it.
 */
export function encodeEventKey(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment)
        .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+'),
    )
    .join('/');
}

/** What varies between S3 notification records; every field has a plausible default. */
export interface S3RecordOptions {
  /** `ObjectCreated:Put` unless given. */
  eventName?: string;
  /** ISO 8601; default now. */
  eventTime?: string;
  /** The request's source address (IPv4 or IPv6); default `127.0.0.1`. */
  sourceIPAddress?: string;
  /** Object size, bytes; default 0. */
  size?: number;
  eTag?: string;
  /** Orders events per key; default a random hex string. */
  sequencer?: string;
  versionId?: string;
  /** The key exactly as it should appear in the event (e.g. a malformed encoding); default `encodeEventKey(key)`. */
  rawKey?: string;
  region?: string;
  principalId?: string;
  configurationId?: string;
  requestId?: string;
  hostId?: string;
}

/**
 * The S3 notification record AWS delivers for an object (eventVersion 2.1, key URL-encoded, bucket
 * ARN): for the local stack, redeliveries, tests and benchmarks.
 */
export function s3EventRecord(bucket: string, key: string, opts: S3RecordOptions = {}): S3EventRecord {
  const principalId = opts.principalId ?? 'AWS:LOCAL';
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: opts.region ?? 'us-east-1',
    eventTime: opts.eventTime ?? new Date().toISOString(),
    eventName: opts.eventName ?? 'ObjectCreated:Put',
    userIdentity: { principalId },
    requestParameters: { sourceIPAddress: opts.sourceIPAddress ?? '127.0.0.1' },
    responseElements: { 'x-amz-request-id': opts.requestId ?? 'LOCAL', 'x-amz-id-2': opts.hostId ?? 'LOCAL' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: opts.configurationId ?? 'local-sessions-created',
      bucket: { name: bucket, ownerIdentity: { principalId }, arn: `arn:aws:s3:::${bucket}` },
      object: {
        key: opts.rawKey ?? encodeEventKey(key),
        size: opts.size ?? 0,
        eTag: opts.eTag ?? '',
        sequencer: opts.sequencer ?? Math.random().toString(16).slice(2).toUpperCase(),
        ...(opts.versionId !== undefined ? { versionId: opts.versionId } : {}),
      },
    },
  };
}

/** One s3rver notification record as the S3Event record AWS would deliver (eventVersion 2.1). */
export function toAwsS3Record(r: S3rverEvent['Records'][number], region = 'us-east-1'): S3EventRecord {
  const record = s3EventRecord(r.s3.bucket.name, r.s3.object.key, {
    eventName: r.eventName,
    eventTime: r.eventTime,
    sourceIPAddress: r.requestParameters.sourceIPAddress,
    size: r.s3.object.size ?? 0,
    eTag: r.s3.object.eTag ?? '',
    sequencer: r.s3.object.sequencer,
    region,
    principalId: r.userIdentity.principalId,
    requestId: r.responseElements['x-amz-request-id'] ?? '',
    hostId: r.responseElements['x-amz-id-2'] ?? '',
  });
  record.s3.bucket.ownerIdentity.principalId = r.s3.bucket.ownerIdentity.principalId;
  return record;
}

/** An S3Event holding the given records. */
export function s3EventOf(...records: S3EventRecord[]): S3Event {
  return { Records: records };
}

/** The SNS notification a Lambda subscribed to `topicArn` receives for one published `message`. */
export function snsEventOf(message: string, topicArn: string, subject: string | null = null): SNSEvent {
  const messageId = randomUUID();
  return {
    Records: [
      {
        EventVersion: '1.0',
        EventSource: 'aws:sns',
        EventSubscriptionArn: `${topicArn}:${randomUUID()}`,
        Sns: {
          Type: 'Notification',
          MessageId: messageId,
          TopicArn: topicArn,
          Subject: subject ?? undefined,
          Message: message,
          Timestamp: new Date().toISOString(),
          SignatureVersion: '1',
          Signature: 'local',
          SigningCertUrl: 'https://sns.us-east-1.amazonaws.com/local.pem',
          UnsubscribeUrl: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe',
          MessageAttributes: {},
        },
      },
    ],
  };
}

/**
 * The SQS event a Lambda consuming `queueArn` receives for one message with `body`
 * (https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html); `receiveCount` is how many times
 * the message has been received, this one included.
 */
export function sqsEventOf(body: string, queueArn: string, receiveCount = 1): SQSEvent {
  const now = String(Date.now());
  return {
    Records: [
      {
        messageId: randomUUID(),
        receiptHandle: randomUUID(),
        body,
        attributes: {
          ApproximateReceiveCount: String(receiveCount),
          SentTimestamp: now,
          SenderId: 'LOCAL',
          ApproximateFirstReceiveTimestamp: now,
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: queueArn,
        awsRegion: queueArn.split(':')[3] ?? 'us-east-1',
      },
    ],
  };
}
