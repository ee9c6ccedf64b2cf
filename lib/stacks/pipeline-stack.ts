/**
 * Pipeline: what runs after a call. S3 "Object Created" events under `sessions/` go through an
 * EventBridge rule to each consumer (dead-letter queues for undeliverable events and for failed
 * invocations), reshaped into the S3 notification the handlers parse: score-lead, through an SQS
 * queue with partial batch responses (lib/constructs/queue-consumer.ts), scores the
 * lead, writes it under `scores/` and publishes hot leads to the KMS-encrypted `hot-leads` SNS topic
 * (email subscription by stack parameter, slack-notify subscribed with its own DLQ);
 * partition-register keeps the Glue partitions current. Also the DynamoDB tables (idempotency with
 * TTL; caller memory) and the Slack webhook secret. Every function's role names only what it touches.
 */
import { CfnCondition, CfnParameter, Duration, Fn, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as snsSubscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { grantObjectAccess } from '../constructs/grants';
import { PipelineFunction } from '../constructs/pipeline-function';
import { LakeCompaction } from '../constructs/lake-compaction';
import { deadLetterQueue, EventConsumer } from '../constructs/event-consumer';
import { CrmSync } from '../constructs/crm-sync';
import { LlmSummary } from '../constructs/llm-summary';
import { QueueConsumer } from '../constructs/queue-consumer';
import { Reconciliation } from '../constructs/reconciliation';
import { CALLERS_PREFIX, LAKE_CHANGES_PREFIX, QUARANTINE_PREFIX, SCORES_PREFIX, SCORE_VERSIONS_PREFIX, SESSIONS_PREFIX } from '../bucket-layout';

/** Props of {@link PipelineStack}. */
export interface PipelineStackProps extends StackProps {
  envName: string;
  sessionBucket: s3.IBucket;
  /** The session bucket's KMS key (read records, write scores). */
  dataKey: kms.IKey;
  glueDatabaseName: string;
  /** Tables whose partitions partition-register keeps current (`voice_sessions`, `lead_scores`). */
  glueTableNames: string[];
  /** The table partition-register reports in GLUE_TABLE (the session table). */
  glueSessionTableName: string;
  logRetention: logs.RetentionDays;
  tracing: boolean;
  /** The curated lake's compaction (lib/constructs/lake-compaction.ts); omitted: no compact function. */
  lake?: { queryResultsBucket: s3.IBucket; athenaWorkGroupName: string; curatedTableNames: string[] };
  /** The LiveKit secret (LIVEKIT_API_KEY, LIVEKIT_API_SECRET): reconciliation verifies webhooks with it. */
  livekitSecret: secretsmanager.ISecret;
  /** Wait between a call's end webhook and its reconciliation check, seconds (default 120). */
  reconcileGraceSeconds?: number;
  /** Hot-lead alerts carry the caller's contact details in `contact` (default true; false sets ALERT_CONTACT=off on score-lead). */
  alertContact?: boolean;
  /** Bedrock model (or inference profile) id for the optional LLM call analysis; unset: no llm-summary function. */
  bedrockModelId?: string;
}

/**
 * The EventBridge "Object Created" event reshaped into the S3 event-notification record the
 * handlers parse (`{ Records: [{ s3: { bucket: { name }, object: { key, size } } }] }`), so the
 * same handler code serves S3→SQS, EventBridge→SQS and the local s3rver events.
 */
export const S3_RECORD_FROM_EVENTBRIDGE = events.RuleTargetInput.fromObject({
  Records: [
    {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: events.EventField.region,
      eventTime: events.EventField.time,
      eventName: 'ObjectCreated:Put',
      s3: {
        bucket: { name: events.EventField.fromPath('$.detail.bucket.name') },
        object: {
          key: events.EventField.fromPath('$.detail.object.key'),
          size: events.EventField.fromPath('$.detail.object.size'),
          sequencer: events.EventField.fromPath('$.detail.object.sequencer'),
        },
      },
    },
  ],
});

export class PipelineStack extends Stack {
  readonly hotLeadsTopic: sns.Topic;
  readonly alertsKey: kms.Key;
  readonly idempotencyTable: dynamodb.TableV2;
  readonly callerMemoryTable: dynamodb.TableV2;
  readonly slackWebhookSecret: secretsmanager.Secret;
  readonly sessionCreatedRule: events.Rule;
  readonly scoreLead: PipelineFunction;
  readonly slackNotify: PipelineFunction;
  readonly partitionRegister: PipelineFunction;
  readonly compaction?: LakeCompaction;
  /** Writes every scored call to the CRM (HubSpot). */
  readonly crmSync: CrmSync;
  /** The optional LLM call analysis on the same scores fan-out (only with `bedrockModelId`). */
  readonly llmSummary?: LlmSummary;
  /** LiveKit webhook receiver and the reconcile consumer (lib/constructs/reconciliation.ts). */
  readonly reconciliation: Reconciliation;
  /** Every dead-letter queue of the pipeline, by purpose (for alarms). */
  readonly deadLetterQueues: Record<string, sqs.IQueue>;

  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);
    const { sessionBucket, dataKey } = props;

    // --- state -------------------------------------------------------------------------------
    this.idempotencyTable = new dynamodb.TableV2(this, 'IdempotencyTable', {
      partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: 'expiration',
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.callerMemoryTable = new dynamodb.TableV2(this, 'CallerMemoryTable', {
      partitionKey: { name: 'phone_hash', type: dynamodb.AttributeType.STRING },
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // --- hot-lead alerts -----------------------------------------------------------------------
    this.alertsKey = new kms.Key(this, 'AlertsKey', {
      description: `trialist ${props.envName}: hot-lead alert topic`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.hotLeadsTopic = new sns.Topic(this, 'HotLeadsTopic', {
      displayName: `trialist ${props.envName} hot leads`,
      masterKey: this.alertsKey,
      enforceSSL: true,
    });

    const alertEmail = new CfnParameter(this, 'HotLeadAlertEmail', {
      type: 'String',
      default: '',
      description: 'Email address subscribed to hot-lead alerts (confirm the email AWS sends); empty for none.',
      allowedPattern: '^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      constraintDescription: 'an email address, or empty',
    });
    const hasAlertEmail = new CfnCondition(this, 'HasHotLeadAlertEmail', {
      expression: Fn.conditionNot(Fn.conditionEquals(alertEmail.valueAsString, '')),
    });
    const emailSubscription = new sns.CfnSubscription(this, 'HotLeadEmailSubscription', {
      topicArn: this.hotLeadsTopic.topicArn,
      protocol: 'email',
      endpoint: alertEmail.valueAsString,
    });
    emailSubscription.cfnOptions.condition = hasAlertEmail;

    this.slackWebhookSecret = new secretsmanager.Secret(this, 'SlackWebhookSecret', {
      description: `trialist ${props.envName}: Slack incoming webhook URL for hot-lead alerts (set the value after deploy)`,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.slackWebhookSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'A Slack incoming webhook URL is issued by Slack and cannot be rotated by a Lambda; rotate it in Slack and put the new value.',
    });

    // --- functions -----------------------------------------------------------------------------
    const common = { logRetention: props.logRetention, tracing: props.tracing };
    this.scoreLead = new PipelineFunction(this, 'ScoreLead', {
      ...common,
      entryDir: 'score-lead',
      serviceName: 'score-lead',
      description: 'Scores the lead of each new session record, writes it under scores/, alerts on hot leads',
      environment: {
        HOT_LEADS_TOPIC_ARN: this.hotLeadsTopic.topicArn,
        IDEMPOTENCY_TABLE: this.idempotencyTable.tableName,
        ALERT_CONTACT: props.alertContact === false ? 'off' : 'on',
      },
      timeoutSeconds: 30,
    });
    this.partitionRegister = new PipelineFunction(this, 'PartitionRegister', {
      ...common,
      entryDir: 'partition-register',
      serviceName: 'partition-register',
      description: "Adds each new session's year/month/day partition to the Glue tables",
      environment: { GLUE_DATABASE: props.glueDatabaseName, GLUE_TABLE: props.glueSessionTableName },
      timeoutSeconds: 30,
    });
    this.slackNotify = new PipelineFunction(this, 'SlackNotify', {
      ...common,
      entryDir: 'slack-notify',
      serviceName: 'slack-notify',
      description: 'Posts each hot-lead alert to Slack as a Block Kit message',
      environment: { SLACK_WEBHOOK_SECRET_ARN: this.slackWebhookSecret.secretArn },
      timeoutSeconds: 15,
    });

    // score-lead: read session records, read and write scores (a stored score from a newer rules version is
    // kept; one from an older version is archived under score-versions/: lib/pipeline/score-versions.ts), move
    // bad records to quarantine (lib/pipeline/quarantine.ts), the caller index under callers/ (lib/privacy/caller-index.ts),
    // publish, idempotency. The move copies exactly the
    // version read (GetObjectVersion), deletes exactly that version from sessions/ (DeleteObjectVersion;
    // DeleteObject where the store has no versions), and reads quarantine/ only to recognize a redelivered event
    // for an object it already moved. ListBucket only under the prefixes it reads (s3:prefix condition): after
    // a 403 on a read it lists the key, so a missing object is quarantined as missing instead of being retried
    // as if S3 were failing; a 403 for a listed object is retried, capped by the queue's maxReceiveCount.
    grantObjectAccess(this.scoreLead.role, {
      bucket: sessionBucket,
      key: dataKey,
      read: [SESSIONS_PREFIX, QUARANTINE_PREFIX, SCORES_PREFIX],
      list: [SESSIONS_PREFIX, QUARANTINE_PREFIX, SCORES_PREFIX],
      readVersions: [SESSIONS_PREFIX],
      write: [SCORES_PREFIX, SCORE_VERSIONS_PREFIX, QUARANTINE_PREFIX, LAKE_CHANGES_PREFIX, CALLERS_PREFIX],
      delete: [SESSIONS_PREFIX],
    });
    // Publishing to a KMS-encrypted topic needs GenerateDataKey + Decrypt on its key (named, not kms:*).
    this.scoreLead.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [this.hotLeadsTopic.topicArn] }));
    this.scoreLead.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [this.alertsKey.keyArn] }),
    );
    this.idempotencyTable.grant(this.scoreLead.role, 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem');

    // partition-register: read the Glue tables and add partitions, nothing else.
    const catalogArn = this.formatArn({ service: 'glue', resource: 'catalog' });
    const databaseArn = this.formatArn({ service: 'glue', resource: 'database', resourceName: props.glueDatabaseName });
    const tableArns = props.glueTableNames.map((t) =>
      this.formatArn({ service: 'glue', resource: 'table', resourceName: `${props.glueDatabaseName}/${t}` }),
    );
    this.partitionRegister.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['glue:GetTable', 'glue:GetPartition', 'glue:CreatePartition', 'glue:BatchCreatePartition'],
        resources: [catalogArn, databaseArn, ...tableArns],
      }),
    );

    if (props.lake) {
      this.compaction = new LakeCompaction(this, 'LakeCompaction', {
        envName: props.envName,
        sessionBucket,
        dataKey: props.dataKey,
        queryResultsBucket: props.lake.queryResultsBucket,
        glueDatabaseName: props.glueDatabaseName,
        rawTableNames: props.glueTableNames,
        curatedTableNames: props.lake.curatedTableNames,
        athenaWorkGroupName: props.lake.athenaWorkGroupName,
        logRetention: props.logRetention,
        tracing: props.tracing,
      });
    }

    // slack-notify: read its webhook secret.
    this.slackWebhookSecret.grantRead(this.slackNotify.role);

    // --- event wiring --------------------------------------------------------------------------
    this.sessionCreatedRule = new events.Rule(this, 'SessionRecordCreated', {
      description: 'A session record landed under sessions/ in the session bucket',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: {
          bucket: { name: [sessionBucket.bucketName] },
          object: { key: [{ prefix: SESSIONS_PREFIX }] },
        },
      },
    });
    /** Events EventBridge could not deliver to a function (after its retries). */
    const deliveryDeadLetterQueue = deadLetterQueue(this, 'EventDeliveryDeadLetterQueue');
    // score-lead consumes through a queue with partial batch responses: a transient failure (or a
    // concurrent duplicate finding the alert in progress) retries its message, never a function error.
    const scoreConsumer = new QueueConsumer(this, 'ScoreLeadConsumer', {
      rule: this.sessionCreatedRule,
      consumer: this.scoreLead.function,
      consumerTimeout: this.scoreLead.function.timeout ?? Duration.seconds(30),
      message: S3_RECORD_FROM_EVENTBRIDGE,
      deliveryDeadLetterQueue,
    });
    const partitionConsumer = new EventConsumer(this, 'PartitionRegisterConsumer', {
      rule: this.sessionCreatedRule,
      consumer: this.partitionRegister.function,
      message: S3_RECORD_FROM_EVENTBRIDGE,
      deliveryDeadLetterQueue,
    });

    // SNS invokes slack-notify asynchronously: SNS delivery failures and failed invocations
    // (after Lambda's two retries) both land in the same DLQ.
    const slackDeadLetterQueue = deadLetterQueue(this, 'SlackNotifyDeadLetterQueue');
    this.hotLeadsTopic.addSubscription(
      new snsSubscriptions.LambdaSubscription(this.slackNotify.function, { deadLetterQueue: slackDeadLetterQueue }),
    );
    this.slackNotify.function.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new SqsDestination(slackDeadLetterQueue),
    });

    // every call LiveKit saw gets a record: webhooks -> delayed check -> checkpoint promoted or minimal record
    this.reconciliation = new Reconciliation(this, 'Reconciliation', {
      sessionBucket,
      dataKey,
      livekitSecret: props.livekitSecret,
      graceSeconds: props.reconcileGraceSeconds,
      ...common,
    });

    this.crmSync = new CrmSync(this, 'CrmSync', {
      envName: props.envName,
      sessionBucket,
      dataKey,
      scoresPrefix: SCORES_PREFIX,
      sessionsPrefix: SESSIONS_PREFIX,
      message: S3_RECORD_FROM_EVENTBRIDGE,
      deliveryDeadLetterQueue,
      ...common,
    });

    if (props.bedrockModelId) {
      this.llmSummary = new LlmSummary(this, 'LlmSummary', {
        modelId: props.bedrockModelId,
        sessionBucket,
        dataKey,
        scoresPrefix: SCORES_PREFIX,
        sessionsPrefix: SESSIONS_PREFIX,
        scoreWrittenRule: this.crmSync.scoreWrittenRule,
        message: S3_RECORD_FROM_EVENTBRIDGE,
        deliveryDeadLetterQueue,
        ...common,
      });
    }

    this.deadLetterQueues = {
      ...(this.llmSummary ? { 'llm-summary': this.llmSummary.deadLetterQueue } : {}),
      'crm-sync': this.crmSync.deadLetterQueue,
      reconcile: this.reconciliation.deadLetterQueue,
      'score-lead': scoreConsumer.deadLetterQueue,
      'partition-register': partitionConsumer.failureQueue,
      'event-delivery': deliveryDeadLetterQueue,
      'slack-notify': slackDeadLetterQueue,
    };
  }
}
