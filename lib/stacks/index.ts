/**
 * The whole trialist deployment: builds every stack of one environment (dev or prod) into an App,
 * wires them together and adds the cdk-nag AwsSolutions checks. bin/app.ts and the tests both
 * call {@link buildTrialistApp}, so what is tested is what deploys.
 */
import { App, Tags, Validations, type Environment } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { glueColumnsOf, sessionRecordGlueColumns } from '../analytics/glue-columns';
import { NAMED_QUERIES } from '../analytics/named-queries';
import { CURATED_TABLES } from '../analytics/curated';
import { stackPrefix, type DeploymentConfig } from '../config';
import { retentionRows } from '../config/retention';
import { TrialistNagChecks } from '../constructs/nag';
import { LeadScoreSchema } from '../scoring/score';
import { AgentServiceStack } from './agent-service-stack';
import { AnalyticsStack } from './analytics-stack';
import { ObservabilityStack } from './observability-stack';
import { PipelineStack } from './pipeline-stack';
import { SecretsStack } from './secrets-stack';
import { StorageStack } from './storage-stack';

export { AgentServiceStack } from './agent-service-stack';
export { AnalyticsStack } from './analytics-stack';
export { ObservabilityStack } from './observability-stack';
export { PipelineStack } from './pipeline-stack';
export { SecretsStack } from './secrets-stack';
export { StorageStack } from './storage-stack';

/** Every stack of one environment. */
export interface TrialistStacks {
  storage: StorageStack;
  secrets: SecretsStack;
  analytics: AnalyticsStack;
  pipeline: PipelineStack;
  agent: AgentServiceStack;
  observability: ObservabilityStack;
}

/** Options of {@link buildTrialistApp}. */
export interface BuildOptions {
  /** Add AwsSolutionsChecks to the app (default true). */
  nag?: boolean;
}

/**
 * Add every stack of `config.env` to `app` (stack names `{env}-Trialist-{Part}`).
 * @returns the stacks, for tests and for the caller to add more.
 */
export function buildTrialistApp(app: App, config: DeploymentConfig, options: BuildOptions = {}): TrialistStacks {
  const prefix = stackPrefix(config);
  const env: Environment | undefined = config.account && config.region ? { account: config.account, region: config.region } : undefined;
  const common = { env, envName: config.env };
  const logRetention = config.logRetentionDays as logs.RetentionDays;

  const storage = new StorageStack(app, `${prefix}-Storage`, {
    ...common,
    description: 'trialist: session bucket (KMS, versioned, lifecycle), query-results bucket, access logs',
    sessionsInfrequentAccessDays: config.sessionsInfrequentAccessDays,
    sessionsGlacierDays: config.sessionsGlacierDays,
    noncurrentVersionExpiryDays: config.noncurrentVersionExpiryDays,
    accessLogExpiryDays: config.accessLogExpiryDays,
    queryResultExpiryDays: config.athenaResultExpiryDays,
    retention: retentionRows(config),
  });

  const secrets = new SecretsStack(app, `${prefix}-Secrets`, {
    ...common,
    description: 'trialist: LiveKit and voice-provider secrets for the agent (values put by the operator)',
    secretsPrefix: config.secretsPrefix,
    bookingWebhook: config.bookingWebhookUrl !== undefined,
  });

  const analytics = new AnalyticsStack(app, `${prefix}-Analytics`, {
    ...common,
    description: 'trialist: Glue tables voice_sessions and lead_scores, Athena workgroup and named queries',
    sessionBucket: storage.sessionBucket,
    queryResultsBucket: storage.queryResultsBucket,
    dataKey: storage.dataKey,
    sessionColumns: sessionRecordGlueColumns(),
    leadScoreColumns: glueColumnsOf(LeadScoreSchema),
    bytesScannedCutoffPerQuery: config.athenaBytesScannedCutoff,
    namedQueries: NAMED_QUERIES,
    curatedTables: CURATED_TABLES.map((t) => ({ name: t.name, columns: t.columns() })),
    leadScoreYears: { from: config.projectionFirstYear, to: config.projectionLastYear },
  });

  const pipeline = new PipelineStack(app, `${prefix}-Pipeline`, {
    ...common,
    description: 'trialist: post-call Lambdas (score-lead, slack-notify, partition-register, livekit-webhook, reconcile), events, queues, alerts',
    sessionBucket: storage.sessionBucket,
    dataKey: storage.dataKey,
    glueDatabaseName: analytics.databaseName,
    glueTableNames: [analytics.voiceSessionsTableName, analytics.leadScoresTableName],
    glueSessionTableName: analytics.voiceSessionsTableName,
    lake: { queryResultsBucket: storage.queryResultsBucket, athenaWorkGroupName: analytics.workGroupName, curatedTableNames: analytics.curatedTableNames },
    logRetention,
    tracing: config.tracing,
    livekitSecret: secrets.livekitSecret,
    alertContact: config.alertContact,
    bedrockModelId: config.bedrockModelId,
  });

  const agent = new AgentServiceStack(app, `${prefix}-AgentService`, {
    ...common,
    description: 'trialist: LiveKit agent worker on ECS Fargate (ARM64)',
    sessionBucket: storage.sessionBucket,
    dataKey: storage.dataKey,
    callerMemoryTable: pipeline.callerMemoryTable,
    livekitSecret: secrets.livekitSecret,
    providerSecret: secrets.providerSecret,
    agentName: config.agentName,
    natGateways: config.natGateways,
    maxAzs: config.maxAzs,
    cpu: config.agentCpu,
    memoryMiB: config.agentMemoryMiB,
    minTasks: config.agentMinTasks,
    maxTasks: config.agentMaxTasks,
    targetCpuPercent: config.agentTargetCpuPercent,
    targetSessionsPerTask: config.agentTargetSessionsPerTask,
    drainSeconds: config.agentDrainSeconds,
    noiseCancellation: config.agentNoiseCancellation,
    logRetention,
    bookingWebhook: config.bookingWebhookUrl && secrets.bookingSecret ? { url: config.bookingWebhookUrl, secret: secrets.bookingSecret } : undefined,
    phoneHashKey: secrets.phoneHashKey,
  });
  agent.addStackDependency(secrets, 'the agent tasks read the secrets at start');

  const observability = new ObservabilityStack(app, `${prefix}-Observability`, {
    ...common,
    description: 'trialist: dashboard and alarms (dead letters, Lambda errors, no sessions, export failures) to the ops topic',
    functions: {
      'score-lead': pipeline.scoreLead.function,
      'partition-register': pipeline.partitionRegister.function,
      'livekit-webhook': pipeline.reconciliation.webhook.function,
      reconcile: pipeline.reconciliation.reconcile.function,
      'slack-notify': pipeline.slackNotify.function,
      ...(pipeline.compaction ? { compact: pipeline.compaction.fn.function } : {}),
      'crm-sync': pipeline.crmSync.function.function,
      ...(pipeline.llmSummary ? { 'llm-summary': pipeline.llmSummary.function.function } : {}),
    },
    scoreLeadLogGroup: pipeline.scoreLead.logGroup,
    deadLetterQueues: pipeline.deadLetterQueues,
    sessionCreatedRule: pipeline.sessionCreatedRule,
    hotLeadsTopic: pipeline.hotLeadsTopic,
    agentService: agent.service,
    agentActiveSessions: agent.activeSessionsMetric,
    agentLogGroup: agent.logGroup,
    agentExportMetrics: agent.exportMetrics,
    noSessionAlarmHours: config.noSessionAlarmHours,
    businessHoursUtc: { start: config.businessHoursStartUtc, end: config.businessHoursEndUtc },
    opsEmail: config.opsEmail,
  });

  Tags.of(app).add('project', 'trialist');
  Tags.of(app).add('environment', config.env);
  if (options.nag ?? true) Validations.of(app).addPlugins(new TrialistNagChecks(app));
  return { storage, secrets, analytics, pipeline, agent, observability };
}
