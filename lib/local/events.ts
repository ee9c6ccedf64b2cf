/**
 * AWS-shaped events for the local stack: s3rver's notification turned into exactly what S3
 * delivers to Lambda (key URL-encoded, bucket ARN), and the SNS envelope a subscribed Lambda
 * receives. Shapes: https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 * and https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html.
 */
import { randomUUID } from 'node:crypto';
import type { S3Event, S3EventRecord, SNSEvent } from 'aws-lambda';
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

/** One s3rver notification record as the S3Event record AWS would deliver (eventVersion 2.1). */
export function toAwsS3Record(r: S3rverEvent['Records'][number], region = 'us-east-1'): S3EventRecord {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: region,
    eventTime: r.eventTime,
    eventName: r.eventName,
    userIdentity: { principalId: r.userIdentity.principalId },
    requestParameters: { sourceIPAddress: r.requestParameters.sourceIPAddress },
    responseElements: {
      'x-amz-request-id': r.responseElements['x-amz-request-id'] ?? '',
      'x-amz-id-2': r.responseElements['x-amz-id-2'] ?? '',
    },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'local-sessions-created',
      bucket: {
        name: r.s3.bucket.name,
        ownerIdentity: { principalId: r.s3.bucket.ownerIdentity.principalId },
        arn: `arn:aws:s3:::${r.s3.bucket.name}`,
      },
      object: {
        key: encodeEventKey(r.s3.object.key),
        size: r.s3.object.size ?? 0,
        eTag: r.s3.object.eTag ?? '',
        sequencer: r.s3.object.sequencer,
      },
    },
  };
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
