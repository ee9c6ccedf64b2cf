/**
 * A Lambda consumer of an EventBridge rule with dead-letter queues on both failure paths:
 * events EventBridge cannot deliver (after its retries) go to the rule target's DLQ; invocations
 * the function fails (after Lambda's two asynchronous retries) go to the function's on-failure
 * destination queue. Both are SQS queues kept 14 days for an operator to inspect and redrive.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** An encrypted, TLS-only queue that holds failed messages for 14 days (SQS's maximum). */
export function deadLetterQueue(scope: Construct, id: string): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself a dead-letter queue (EventBridge target DLQ, SNS subscription DLQ or Lambda on-failure destination), which cdk-nag only recognises for SQS redrive.',
  });
  return queue;
}

/** Props of {@link EventConsumer}. */
export interface EventConsumerProps {
  rule: events.Rule;
  consumer: lambda.IFunction;
  /** What the function receives (e.g. the event reshaped into an S3 notification). */
  message?: events.RuleTargetInput;
  /** Queue for events EventBridge could not deliver; shared between targets of one rule. */
  deliveryDeadLetterQueue: sqs.IQueue;
  /** Asynchronous retries after a failed invocation (0-2, default 2). */
  retryAttempts?: number;
  /** Drop (to the DLQ) events older than this (default 6 hours). */
  maxEventAge?: Duration;
}

export class EventConsumer extends Construct {
  /** Invocations that failed after all retries. */
  readonly failureQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: EventConsumerProps) {
    super(scope, id);
    this.failureQueue = deadLetterQueue(this, 'FailureQueue');
    props.consumer.configureAsyncInvoke({
      retryAttempts: props.retryAttempts ?? 2,
      maxEventAge: props.maxEventAge ?? Duration.hours(6),
      onFailure: new SqsDestination(this.failureQueue),
    });
    props.rule.addTarget(
      new targets.LambdaFunction(props.consumer, {
        event: props.message,
        deadLetterQueue: props.deliveryDeadLetterQueue,
        retryAttempts: 185,
        maxEventAge: Duration.hours(24),
      }),
    );
  }
}
