/**
 * Reconciliation on AWS (lib/pipeline/reconcile.ts): the livekit-webhook function behind a
 * Function URL (auth NONE: each request is verified with LiveKit's WebhookReceiver, key and secret
 * read from the LiveKit secret), which keeps room pointers under `checkpoints/rooms/` and sends
 * each check to an SQS queue with a delivery delay (the grace period); the reconcile function
 * consumes it with partial batch responses (5 receives, then the dead-letter queue) and writes
 * recovered or minimal records under `sessions/`.
 */
import { CfnOutput, Duration } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CHECKPOINTS_PREFIX, SESSIONS_PREFIX } from '../bucket-layout';
import { DEFAULT_GRACE_SECONDS, ROOM_POINTERS_PREFIX } from '../pipeline/reconcile';
import { deadLetterQueue } from './event-consumer';
import { grantObjectAccess } from './grants';
import { PipelineFunction } from './pipeline-function';

/** Props of {@link Reconciliation}. */
export interface ReconciliationProps {
  sessionBucket: s3.IBucket;
  /** The session bucket's KMS key. */
  dataKey: kms.IKey;
  /** JSON secret with LIVEKIT_API_KEY and LIVEKIT_API_SECRET (the SecretsStack's LiveKit secret). */
  livekitSecret: secretsmanager.ISecret;
  /** Wait between a call's end webhook and its check, seconds (0-900, SQS's delay limit; default 120). */
  graceSeconds?: number;
  logRetention: logs.RetentionDays;
  tracing: boolean;
}

export class Reconciliation extends Construct {
  readonly webhook: PipelineFunction;
  readonly reconcile: PipelineFunction;
  /** The checks, delayed by the grace period. */
  readonly checkQueue: sqs.Queue;
  /** Checks that failed 5 receives. */
  readonly deadLetterQueue: sqs.Queue;
  /** Where LiveKit posts its webhooks. */
  readonly webhookUrl: lambda.FunctionUrl;

  constructor(scope: Construct, id: string, props: ReconciliationProps) {
    super(scope, id);
    const grace = props.graceSeconds ?? DEFAULT_GRACE_SECONDS;
    if (!(Number.isInteger(grace) && grace >= 0 && grace <= 900)) throw new Error(`graceSeconds must be a whole number 0-900 (got ${grace})`);
    const common = { logRetention: props.logRetention, tracing: props.tracing };
    const reconcileTimeout = 60;

    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue');
    this.checkQueue = new sqs.Queue(this, 'CheckQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(reconcileTimeout * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });

    this.webhook = new PipelineFunction(this, 'LivekitWebhook', {
      ...common,
      entryDir: 'livekit-webhook',
      serviceName: 'livekit-webhook',
      description: "Verifies LiveKit's webhooks and schedules a reconciliation check when a call ends",
      environment: {
        SESSION_BUCKET: props.sessionBucket.bucketName,
        RECONCILE_QUEUE_URL: this.checkQueue.queueUrl,
        RECONCILE_GRACE_SECONDS: String(grace),
        LIVEKIT_SECRET_ARN: props.livekitSecret.secretArn,
      },
      timeoutSeconds: 10,
      memorySize: 256,
    });
    // auth NONE: LiveKit cannot sign AWS requests; the handler verifies LiveKit's own signature (401 otherwise)
    this.webhookUrl = this.webhook.function.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
    this.checkQueue.grantSendMessages(this.webhook.role);
    props.livekitSecret.grantRead(this.webhook.role);
    grantObjectAccess(this.webhook.role, { bucket: props.sessionBucket, key: props.dataKey, write: [ROOM_POINTERS_PREFIX] });

    this.reconcile = new PipelineFunction(this, 'Reconcile', {
      ...common,
      entryDir: 'reconcile',
      serviceName: 'reconcile',
      description: 'Writes a recovered (checkpoint) or minimal record for a call that ended without one',
      environment: { SESSION_BUCKET: props.sessionBucket.bucketName },
      timeoutSeconds: reconcileTimeout,
    });
    this.reconcile.function.addEventSource(new SqsEventSource(this.checkQueue, { batchSize: 10, reportBatchItemFailures: true }));
    // reads checkpoints and room pointers; lists to tell a missing record (or checkpoint) from a denied
    // one; writes only under sessions/ (never overwriting: If-None-Match)
    grantObjectAccess(this.reconcile.role, {
      bucket: props.sessionBucket,
      key: props.dataKey,
      read: [CHECKPOINTS_PREFIX],
      write: [SESSIONS_PREFIX],
      list: [SESSIONS_PREFIX, CHECKPOINTS_PREFIX],
    });

    new CfnOutput(this, 'WebhookUrl', {
      value: this.webhookUrl.url,
      description: 'LiveKit webhook URL: add it in the LiveKit project settings (Webhooks), signed with the API key in the LiveKit secret',
    });
  }
}
