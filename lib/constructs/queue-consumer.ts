/**
 * A Lambda consuming an EventBridge rule through an SQS queue with partial batch responses:
 * rule → queue (encrypted, TLS-only) → event source mapping with ReportBatchItemFailures. A
 * message the function reports as failed is received again after the visibility timeout; after
 * `maxReceiveCount` receives it moves to the queue's dead-letter queue (kept 14 days) for an
 * operator to inspect and redrive. Events EventBridge cannot deliver to the queue go to the
 * rule target's DLQ. Unlike an asynchronous invoke, one message failing is not a function error.
 */
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from './event-consumer';

/** Props of {@link QueueConsumer}. */
export interface QueueConsumerProps {
  rule: events.Rule;
  consumer: lambda.Function;
  /** The consumer's timeout: the queue's visibility timeout is six times it (AWS's guidance for SQS event sources). */
  consumerTimeout: Duration;
  /** What each message's body is (e.g. the event reshaped into an S3 notification). */
  message?: events.RuleTargetInput;
  /** Queue for events EventBridge could not deliver; shared between targets of one rule. */
  deliveryDeadLetterQueue: sqs.IQueue;
  /** Receives before a message goes to the dead-letter queue (default 5). */
  maxReceiveCount?: number;
  /** Messages per invocation (default 10). */
  batchSize?: number;
}

export class QueueConsumer extends Construct {
  /** The queue the rule feeds and the function consumes. */
  readonly queue: sqs.Queue;
  /** Messages received `maxReceiveCount` times without success. */
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: QueueConsumerProps) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue');
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 5 },
    });
    props.rule.addTarget(
      new targets.SqsQueue(this.queue, {
        message: props.message,
        deadLetterQueue: props.deliveryDeadLetterQueue,
        retryAttempts: 185,
        maxEventAge: Duration.hours(24),
      }),
    );
    props.consumer.addEventSource(new SqsEventSource(this.queue, { batchSize: props.batchSize ?? 10, reportBatchItemFailures: true }));
  }
}
