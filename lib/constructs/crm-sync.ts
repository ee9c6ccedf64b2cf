/**
 * crm-sync: every lead score written under `scores/` (score-lead and rescore; every scored call,
 * not only hot ones) goes through an EventBridge rule to the crm-sync function, which writes the
 * call to the CRM (HubSpot). The private-app token lives in Secrets Manager; invocations that fail
 * after Lambda's retries (a permanent CRM error, or a rate limit that outlasts them) land in the
 * returned dead-letter queue, which the observability stack alarms on. Reserved concurrency 1
 * keeps within HubSpot's rate limits and serialises deliveries of the same session, so the
 * search-then-create of the call engagement cannot race with itself.
 */
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { EventConsumer } from './event-consumer';
import { grantObjectAccess } from './grants';
import { PipelineFunction } from './pipeline-function';

/** Props of {@link CrmSync}. */
export interface CrmSyncProps {
  envName: string;
  sessionBucket: s3.IBucket;
  dataKey: kms.IKey;
  /** `scores/` and `sessions/` (from lib/stacks/names.ts). */
  scoresPrefix: string;
  sessionsPrefix: string;
  /** What the function receives: the EventBridge event reshaped into an S3 notification. */
  message: events.RuleTargetInput;
  /** Shared queue for events EventBridge could not deliver. */
  deliveryDeadLetterQueue: sqs.IQueue;
  logRetention: logs.RetentionDays;
  tracing: boolean;
}

export class CrmSync extends Construct {
  readonly function: PipelineFunction;
  readonly tokenSecret: secretsmanager.Secret;
  readonly scoreWrittenRule: events.Rule;
  /** Invocations that failed after all retries. */
  readonly deadLetterQueue: sqs.IQueue;

  constructor(scope: Construct, id: string, props: CrmSyncProps) {
    super(scope, id);
    this.tokenSecret = new secretsmanager.Secret(this, 'HubSpotToken', {
      description: `trialist ${props.envName}: HubSpot private-app access token for crm-sync (set the value after deploy)`,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.tokenSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'A HubSpot private-app token is issued by HubSpot and cannot be rotated by a Lambda; rotate it in HubSpot and put the new value.',
    });
    this.function = new PipelineFunction(this, 'Function', {
      entryDir: 'crm-sync',
      serviceName: 'crm-sync',
      description: 'Writes each scored call to the CRM: contact, one Call engagement per session, score/tier/next step, a task when hot',
      environment: { HUBSPOT_TOKEN_SECRET_ARN: this.tokenSecret.secretArn },
      timeoutSeconds: 60,
      logRetention: props.logRetention,
      tracing: props.tracing,
    });
    this.function.function.addEnvironment('CRM_PROVIDER', 'hubspot');
    (this.function.function.node.defaultChild as { reservedConcurrentExecutions?: number }).reservedConcurrentExecutions = 1;
    this.tokenSecret.grantRead(this.function.role);
    grantObjectAccess(this.function.role, { bucket: props.sessionBucket, key: props.dataKey, read: [props.scoresPrefix, props.sessionsPrefix] });

    this.scoreWrittenRule = new events.Rule(this, 'ScoreWritten', {
      description: 'A lead score landed under scores/ in the session bucket',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [props.sessionBucket.bucketName] }, object: { key: [{ prefix: props.scoresPrefix }] } },
      },
    });
    const consumer = new EventConsumer(this, 'Consumer', {
      rule: this.scoreWrittenRule,
      consumer: this.function.function,
      message: props.message,
      deliveryDeadLetterQueue: props.deliveryDeadLetterQueue,
    });
    this.deadLetterQueue = consumer.failureQueue;
  }
}
