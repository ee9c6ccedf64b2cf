/**
 * The curated lake's compaction on AWS: the `compact` Lambda (lambdas/compact) and the EventBridge
 * Scheduler schedule that runs it. The function lists the `lake-changes/` markers, runs Athena
 * UNLOAD statements in the analysts' workgroup into fresh `curated/` prefixes, points the Glue
 * partitions at them and deletes what they replaced. Its role may: read `sessions/` and `scores/`
 * (through Athena, which reads with the caller's credentials), write and delete under `curated/`,
 * delete markers under `lake-changes/`, list those prefixes, run queries in the one workgroup
 * and write their results, and read and change the curated tables' partitions.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { CURATED_PREFIX, LAKE_CHANGES_PREFIX, SCORES_PREFIX, SESSIONS_PREFIX } from '../bucket-layout';
import { grantObjectAccess } from './grants';
import { acknowledgeScopedWildcards } from './nag';
import { PipelineFunction } from './pipeline-function';

/** Props of {@link LakeCompaction}. */
export interface LakeCompactionProps {
  envName: string;
  sessionBucket: s3.IBucket;
  dataKey: kms.IKey;
  /** The Athena query-results bucket (the workgroup's output location), same key. */
  queryResultsBucket: s3.IBucket;
  glueDatabaseName: string;
  /** Raw tables Athena reads (voice_sessions, lead_scores) and curated tables compaction rebuilds. */
  rawTableNames: string[];
  curatedTableNames: string[];
  athenaWorkGroupName: string;
  /** How often compaction runs (default every hour). */
  every?: Duration;
  logRetention: logs.RetentionDays;
  tracing: boolean;
}

export class LakeCompaction extends Construct {
  readonly fn: PipelineFunction;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: LakeCompactionProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.fn = new PipelineFunction(this, 'Compact', {
      entryDir: 'compact',
      serviceName: 'compact',
      description: 'Rebuilds the curated Parquet day partitions that changed, with Athena UNLOAD and a Glue partition swap',
      environment: { SESSION_BUCKET: props.sessionBucket.bucketName, GLUE_DATABASE: props.glueDatabaseName, ATHENA_WORKGROUP: props.athenaWorkGroupName },
      timeoutSeconds: 900,
      memorySize: 256,
      logRetention: props.logRetention,
      tracing: props.tracing,
    });
    const role = this.fn.role;
    grantObjectAccess(role, {
      bucket: props.sessionBucket,
      key: props.dataKey,
      read: [SESSIONS_PREFIX, SCORES_PREFIX, CURATED_PREFIX],
      write: [CURATED_PREFIX],
      delete: [CURATED_PREFIX, LAKE_CHANGES_PREFIX],
    });
    grantObjectAccess(role, { bucket: props.queryResultsBucket, key: props.dataKey, read: ['results/'], write: ['results/'] });
    const listable = [SESSIONS_PREFIX, SCORES_PREFIX, CURATED_PREFIX, LAKE_CHANGES_PREFIX].map((p) => `${p}*`);
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket', 's3:GetBucketLocation'],
        resources: [props.sessionBucket.bucketArn, props.queryResultsBucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [...listable, 'results/*', ''] } },
      }),
    );
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['athena:StartQueryExecution', 'athena:GetQueryExecution', 'athena:GetQueryResults', 'athena:StopQueryExecution', 'athena:GetWorkGroup'],
        resources: [stack.formatArn({ service: 'athena', resource: 'workgroup', resourceName: props.athenaWorkGroupName })],
      }),
    );
    const tableArn = (t: string) => stack.formatArn({ service: 'glue', resource: 'table', resourceName: `${props.glueDatabaseName}/${t}` });
    const catalogAndDb = [
      stack.formatArn({ service: 'glue', resource: 'catalog' }),
      stack.formatArn({ service: 'glue', resource: 'database', resourceName: props.glueDatabaseName }),
    ];
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['glue:GetDatabase', 'glue:GetTable', 'glue:GetPartition', 'glue:GetPartitions'],
        resources: [...catalogAndDb, ...[...props.rawTableNames, ...props.curatedTableNames].map(tableArn)],
      }),
    );
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['glue:CreatePartition', 'glue:UpdatePartition', 'glue:DeletePartition'],
        resources: [...catalogAndDb, ...props.curatedTableNames.map(tableArn)],
      }),
    );
    acknowledgeScopedWildcards(role, {
      suffix: '/results/*',
      reason: 'Athena writes each query result under the workgroup output prefix with a key it chooses.',
    });

    // the scheduler's own role, allowed to invoke this one function (and its versions: `<arn>:*`)
    const schedulerRole = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': stack.account } } }),
      description: 'EventBridge Scheduler: invoke the compact function',
    });
    acknowledgeScopedWildcards(schedulerRole, {
      suffix: 'Arn>:*',
      reason: 'lambda:InvokeFunction on the compact function and its qualified versions, which the scheduler target grants as <function ARN>:*.',
    });
    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: 'Run compaction of the curated lake (changed days only)',
      schedule: scheduler.ScheduleExpression.rate(props.every ?? Duration.hours(1)),
      target: new targets.LambdaInvoke(this.fn.function, { role: schedulerRole, input: scheduler.ScheduleTargetInput.fromObject({}), retryAttempts: 2, maxEventAge: Duration.hours(1) }),
    });
  }
}
