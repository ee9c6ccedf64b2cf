/**
 * Observability: one CloudWatch dashboard for the whole system and the alarms an operator acts on,
 * all notifying the KMS-encrypted operations topic:
 * - any message in a dead-letter queue (a session, alert or partition that was not processed),
 * - errors of any pipeline Lambda, and session records quarantined by score-lead,
 * - no session record for N hours during business hours (a silent agent, SIP or export outage),
 * - session record export failures logged by the agent, a record waiting too long in an agent's
 *   spool, and a spool too full to take one.
 * The dashboard also shows the agent's calls in progress (its `ActiveSessions` EMF metric, which the
 * agent service scales on) beside its running task count.
 */
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as snsSubscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { AgentExportMetrics } from '../constructs/agent-record-spool';

/** Namespace of the pipeline's Powertools metrics (dimension `service`) and the agent's log metrics. */
export const METRICS_NAMESPACE = 'Trialist';
/** The agent's log line for a failed session record export (agent-container/src/agent.ts). */
export const EXPORT_FAILED_LOG_TEXT = 'session record export failed';

/** Props of {@link ObservabilityStack}. */
export interface ObservabilityStackProps extends StackProps {
  envName: string;
  /** Pipeline functions by service name (score-lead, partition-register, slack-notify). */
  functions: Record<string, lambda.IFunction>;
  /** Dead-letter queues by purpose. */
  deadLetterQueues: Record<string, sqs.IQueue>;
  /** The rule matching new session records (its MatchedEvents count sessions). */
  sessionCreatedRule: events.IRule;
  hotLeadsTopic: sns.ITopic;
  agentService: ecs.FargateService;
  /** The agent's calls in progress per task (AgentServiceStack `activeSessionsMetric`). */
  agentActiveSessions: cloudwatch.Metric;
  agentLogGroup: logs.ILogGroup;
  /** The agent's export, spool and checkpoint metrics (AgentServiceStack `exportMetrics`). */
  agentExportMetrics?: AgentExportMetrics;
  /** Alarm when a record has waited in an agent's spool this long (seconds); default 900. */
  spoolAgeAlarmSeconds?: number;
  /** Alarm when no session record arrived for this many hours (1-24) inside business hours. */
  noSessionAlarmHours: number;
  /** Business hours in UTC, [start, end), Monday to Friday. */
  businessHoursUtc: { start: number; end: number };
  /** Optional email subscribed to the operations topic. */
  opsEmail?: string;
}

export class ObservabilityStack extends Stack {
  readonly opsTopic: sns.Topic;
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ObservabilityStackProps) {
    super(scope, id, props);
    const { start, end } = props.businessHoursUtc;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= 24 && start < end)) {
      throw new Error(`businessHoursUtc must be whole hours with 0 <= start < end <= 24 (got ${start}-${end})`);
    }
    if (!(Number.isInteger(props.noSessionAlarmHours) && props.noSessionAlarmHours >= 1 && props.noSessionAlarmHours <= 24)) {
      throw new Error(`noSessionAlarmHours must be 1-24 (got ${props.noSessionAlarmHours})`);
    }

    const key = new kms.Key(this, 'OpsTopicKey', {
      description: `trialist ${props.envName}: operations alarm topic`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // CloudWatch alarms publish to the encrypted topic with this key.
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    this.opsTopic = new sns.Topic(this, 'OpsTopic', { displayName: `trialist ${props.envName} operations`, masterKey: key, enforceSSL: true });
    if (props.opsEmail) this.opsTopic.addSubscription(new snsSubscriptions.EmailSubscription(props.opsEmail));
    const notify = new cwActions.SnsAction(this.opsTopic);
    const alarm = (id: string, options: cloudwatch.CreateAlarmOptions, metric: cloudwatch.IMetric) => {
      const a = new cloudwatch.Alarm(this, id, { metric, treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING, ...options });
      a.addAlarmAction(notify);
      a.addOkAction(notify);
      this.alarms.push(a);
      return a;
    };

    // --- dead-letter queues: any message is an alarm ----------------------------------------------
    const dlqDepth = Object.entries(props.deadLetterQueues).map(([purpose, q]) => {
      const m = q.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum', label: purpose });
      alarm(`DeadLetters-${purpose}`, {
        alarmDescription: `A message is in the ${purpose} dead-letter queue: inspect it, fix the cause, then redrive (handlers are idempotent).`,
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
      }, m);
      return m;
    });

    // --- Lambda errors and durations ----------------------------------------------------------
    const errors: cloudwatch.IMetric[] = [];
    const durations: cloudwatch.IMetric[] = [];
    for (const [service, fn] of Object.entries(props.functions)) {
      const e = fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum', label: service });
      errors.push(e);
      durations.push(fn.metricDuration({ period: Duration.minutes(5), statistic: 'p95', label: `${service} p95` }));
      alarm(`LambdaErrors-${service}`, {
        alarmDescription: `${service} failed an invocation (it is retried; persistent failures reach its dead-letter queue).`,
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
      }, e);
    }
    const pipelineMetric = (service: string, metricName: string, period = Duration.hours(1)) =>
      new cloudwatch.Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { service }, statistic: 'Sum', period });
    alarm('RecordsQuarantined', {
      alarmDescription: 'score-lead quarantined a session record it could not read or validate (see quarantine/ in the session bucket).',
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
    }, pipelineMetric('score-lead', 'RecordsQuarantined', Duration.minutes(5)));

    // --- reconciliation: a call the agent never exported -------------------------------------------
    alarm('CallsRecovered', {
      alarmDescription: 'A call ended without its record: reconcile promoted its last checkpoint (partial, recovered_from_checkpoint). Check the agent logs for the job.',
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
    }, pipelineMetric('reconcile', 'CallsRecovered', Duration.minutes(5)));
    alarm('CallsLost', {
      alarmDescription: 'A call ended with neither record nor checkpoint: reconcile wrote a minimal record from the LiveKit webhook (lost_before_checkpoint).',
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
    }, pipelineMetric('reconcile', 'CallsLost', Duration.minutes(5)));

    // --- no session records during business hours ---------------------------------------------
    const sessionsPerHour = new cloudwatch.Metric({
      namespace: 'AWS/Events',
      metricName: 'MatchedEvents',
      dimensionsMap: { RuleName: props.sessionCreatedRule.ruleName },
      statistic: 'Sum',
      period: Duration.hours(1),
      label: 'session records',
    });
    const window = Duration.hours(props.noSessionAlarmHours);
    // Outside business hours (and at weekends) the expression is 1, so the alarm stays OK.
    const sessionsInWindow = new cloudwatch.MathExpression({
      expression: `IF(HOUR(s) >= ${start} && HOUR(s) < ${end} && DAY(s) <= 5, s, 1)`,
      usingMetrics: {
        s: new cloudwatch.MathExpression({ expression: 'FILL(m, 0)', usingMetrics: { m: sessionsPerHour.with({ period: window }) }, period: window }),
      },
      period: window,
      label: `session records in ${props.noSessionAlarmHours} h (business hours)`,
    });
    alarm('NoSessionRecords', {
      alarmDescription:
        `No session record arrived in ${props.noSessionAlarmHours} h during business hours (${start}:00-${end}:00 UTC, Mon-Fri): ` +
        'check the agent service, LiveKit dispatch and SIP trunk.',
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    }, sessionsInWindow);

    // --- agent: export failures from its logs, CPU and memory -------------------------------
    const exportFailures = new logs.MetricFilter(this, 'AgentExportFailuresFilter', {
      logGroup: props.agentLogGroup,
      filterPattern: logs.FilterPattern.literal(`"${EXPORT_FAILED_LOG_TEXT}"`),
      metricNamespace: METRICS_NAMESPACE,
      metricName: 'AgentExportFailures',
      metricValue: '1',
      defaultValue: 0,
    }).metric({ statistic: 'Sum', period: Duration.minutes(5), label: 'export failures' });
    alarm('AgentExportFailures', {
      alarmDescription: 'The agent could not write a session record to S3 (the call is lost for scoring and analytics until re-exported).',
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
    }, exportFailures);

    // --- agent: records waiting in a spool, or refused by a full one -------------------------
    const spool = props.agentExportMetrics;
    if (spool) {
      const ageSeconds = props.spoolAgeAlarmSeconds ?? 900;
      alarm('AgentSpoolOldestAge', {
        alarmDescription: `A session record has waited over ${ageSeconds} s in an agent task's spool (S3 keeps refusing it): check S3 access from the agent; README "Draining the spool by hand".`,
        threshold: ageSeconds,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
      }, spool.spoolOldestAge);
      alarm('AgentSpoolFull', {
        alarmDescription: 'An agent task\'s spool was full and refused a session record: only its last checkpoint is left (recovered as a partial record).',
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
      }, spool.spoolFull);
    }

    // --- dashboard ----------------------------------------------------------------------------
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `trialist-${props.envName}`,
      defaultInterval: Duration.days(1),
    });
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: 'Sessions per hour', left: [sessionsPerHour], width: 8 }),
      new cloudwatch.GraphWidget({
        title: 'Hot leads and alerts per hour',
        left: [
          pipelineMetric('score-lead', 'HotLeadAlerts'),
          props.hotLeadsTopic.metricNumberOfNotificationsFailed({ period: Duration.hours(1), label: 'SNS deliveries failed' }),
          pipelineMetric('slack-notify', 'SlackPosted'),
          pipelineMetric('slack-notify', 'SlackPostFailed'),
        ],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Alert latency (slack-notify duration, ms)',
        left: [props.functions['slack-notify']?.metricDuration({ statistic: 'p95', label: 'p95' }) ?? sessionsPerHour],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: 'Lambda errors', left: errors, width: 8 }),
      new cloudwatch.GraphWidget({ title: 'Lambda duration p95 (ms)', left: durations, width: 8 }),
      new cloudwatch.GraphWidget({ title: 'Dead-letter queue depth', left: dlqDepth, width: 8 }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Agent CPU and memory (%)',
        left: [props.agentService.metricCpuUtilization({ label: 'CPU' }), props.agentService.metricMemoryUtilization({ label: 'memory' })],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Agent active sessions (calls in progress)',
        left: [
          props.agentActiveSessions.with({ statistic: 'Average', label: 'per task (scaling target)' }),
          // every task publishes once a minute, so the minute's Sum is all calls in progress
          props.agentActiveSessions.with({ statistic: 'Sum', label: 'all tasks' }),
        ],
        right: [
          new cloudwatch.Metric({
            namespace: 'ECS/ContainerInsights',
            metricName: 'RunningTaskCount',
            dimensionsMap: { ClusterName: props.agentService.cluster.clusterName, ServiceName: props.agentService.serviceName },
            statistic: 'Average',
            period: Duration.minutes(1),
            label: 'running tasks',
          }),
        ],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Agent export failures and spool',
        left: [exportFailures, ...(spool ? [spool.exportFailures, spool.checkpointFailures, spool.spoolFull] : [])],
        right: spool ? [spool.spoolDepth, spool.spoolOldestAge] : [],
        width: 8,
      }),
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }),
    );
  }
}
