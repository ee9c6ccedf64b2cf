/**
 * Agent service: the LiveKit agent worker (agent-container/) as an ARM64 Fargate service. The worker
 * dials out to LiveKit (no load balancer, no inbound ports), writes each finished call's session
 * record under `sessions/` (and checkpoints under `checkpoints/`), reads its templates from
 * `templates/` of the same bucket and keeps caller memory in DynamoDB.
 *
 * Networking is configurable: `natGateways: 0` puts tasks in public subnets with public IPs and no
 * NAT (cheapest; tasks are still unreachable from outside: the security group allows no ingress);
 * `natGateways >= 1` puts them in private subnets behind NAT.
 */
import { CfnOutput, Duration, IgnoreMode, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecrAssets from 'aws-cdk-lib/aws-ecr-assets';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AgentRecordSpool, type AgentExportMetrics } from '../constructs/agent-record-spool';
import { grantObjectAccess } from '../constructs/grants';
import { REPO_ROOT } from '../constructs/pipeline-function';
import { CHECKPOINTS_PREFIX, SESSIONS_PREFIX, TEMPLATES_PREFIX } from '../bucket-layout';
import { taskCapacity } from '../agent-capacity';
import type { PhoneHashKeySecret } from '../constructs/phone-hash-key';
import { BOOKING_SECRET_KEY, LIVEKIT_SECRET_KEYS, PROVIDER_SECRET_KEYS } from './secrets-stack';

/** The worker's HTTP health endpoint (@livekit/agents serves `/` on 8081 in production mode). */
export const AGENT_HEALTH_PORT = 8081;

/** Namespace of the worker's EMF metrics (the pipeline's Powertools metrics share it). */
export const AGENT_METRICS_NAMESPACE = 'Trialist';
/** The worker's calls in progress, one datapoint per task per minute (agent-container/src/active-sessions.ts `ACTIVE_SESSIONS_METRIC`). */
export const ACTIVE_SESSIONS_METRIC = 'ActiveSessions';
/** The `service` dimension of the worker's metrics in one environment (the task's POWERTOOLS_SERVICE_NAME). */
export function agentMetricsService(envName: string): string {
  return `trialist-agent-${envName}`;
}

/** Props of {@link AgentServiceStack}. */
export interface AgentServiceStackProps extends StackProps {
  envName: string;
  sessionBucket: s3.IBucket;
  dataKey: kms.IKey;
  callerMemoryTable: dynamodb.ITableV2;
  livekitSecret: secretsmanager.ISecret;
  providerSecret: secretsmanager.ISecret;
  /** LiveKit agent name the dispatch rule targets. */
  agentName: string;
  natGateways: number;
  maxAzs: number;
  cpu: number;
  memoryMiB: number;
  minTasks: number;
  maxTasks: number;
  targetCpuPercent: number;
  /**
   * Target average calls in progress per task (the worker's `ActiveSessions` metric), tracked
   * beside the CPU target: the service scales out when either is above its target.
   */
  targetSessionsPerTask: number;
  /** Seconds between SIGTERM and SIGKILL: the worker's drain limit (Fargate max 120). */
  drainSeconds: number;
  /** The deployment runs on LiveKit Cloud: templates' noise cancellation is applied (NOISE_CANCELLATION=livekit-cloud). Default false. */
  noiseCancellation?: boolean;
  logRetention: logs.RetentionDays;
  /**
   * Prefix of the session bucket the agent loads templates from (`{prefix}{template_id}.json`),
   * read-only; default `templates/`. Must not overlap the prefixes the agent writes or the records'.
   */
  templatePrefix?: string;
  /**
   * Book sales meetings through this webhook: the task gets BOOKING_WEBHOOK_URL and, from `secret`
   * (JSON key BOOKING_WEBHOOK_SECRET), the shared secret header. Unset: bookings go to a file in the task.
   */
  bookingWebhook?: { url: string; secret: secretsmanager.ISecret };
  /** The phone-hash key set the agent hashes caller numbers with (read at start through PHONE_HASH_SECRET_ID). */
  phoneHashKey?: PhoneHashKeySecret;
  /** Size cap of the task's record spool (MiB); default 512. */
  spoolMaxMiB?: number;
  /** Seconds between checkpoints of a call in progress; default 15. */
  checkpointSeconds?: number;
}

const AGENT_DOCKERFILE = 'agent-container/Dockerfile';

/**
 * The agent image, built at deploy time from the repository root (the agent imports `lib/`) with
 * `agent-container/Dockerfile`. Only what its `Dockerfile.dockerignore` lets in is staged, so
 * synth never copies node_modules or local data.
 */
function agentImage(): ecs.ContainerImage {
  const ignore = readFileSync(path.join(REPO_ROOT, `${AGENT_DOCKERFILE}.dockerignore`), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  return ecs.ContainerImage.fromAsset(REPO_ROOT, {
    file: AGENT_DOCKERFILE,
    ignoreMode: IgnoreMode.DOCKER,
    exclude: ignore,
    platform: ecrAssets.Platform.LINUX_ARM64,
  });
}

export class AgentServiceStack extends Stack {
  readonly vpc: ec2.Vpc;
  readonly cluster: ecs.Cluster;
  readonly service: ecs.FargateService;
  readonly taskDefinition: ecs.FargateTaskDefinition;
  readonly logGroup: logs.LogGroup;
  /** Average calls in progress per task over one minute (the scaling policy's and the dashboard's metric). */
  readonly activeSessionsMetric: cloudwatch.Metric;
  /** The agent's export, spool and checkpoint metrics (for the observability stack). */
  readonly exportMetrics: AgentExportMetrics;

  constructor(scope: Construct, id: string, props: AgentServiceStackProps) {
    super(scope, id, props);
    const templatePrefix = props.templatePrefix ?? TEMPLATES_PREFIX;
    for (const p of [SESSIONS_PREFIX, CHECKPOINTS_PREFIX]) {
      if (templatePrefix.startsWith(p) || p.startsWith(templatePrefix)) {
        throw new Error(`templatePrefix ${JSON.stringify(templatePrefix)} overlaps ${p}: the agent would read session data or write its own templates`);
      }
    }
    if (!(Number.isInteger(props.targetSessionsPerTask) && props.targetSessionsPerTask >= 1)) {
      throw new Error(`targetSessionsPerTask must be a whole number >= 1 (got ${props.targetSessionsPerTask})`);
    }
    // the calls a task of this size holds under the capacity bench's figures (lib/agent-capacity.ts)
    const capacity = taskCapacity({ cpuUnits: props.cpu, memoryMiB: props.memoryMiB });
    if (props.targetSessionsPerTask > capacity.maxSessions) {
      throw new Error(
        `targetSessionsPerTask ${props.targetSessionsPerTask} is more than a task of ${props.cpu} CPU units and ${props.memoryMiB} MiB holds (${capacity.maxSessions}; lib/agent-capacity.ts)`,
      );
    }
    const usePrivateSubnets = props.natGateways > 0;

    this.vpc = new ec2.Vpc(this, 'Vpc', {
      maxAzs: props.maxAzs,
      natGateways: props.natGateways,
      subnetConfiguration: usePrivateSubnets
        ? [
            { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
            { name: 'agents', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
          ]
        : [{ name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 22 }],
      restrictDefaultSecurityGroup: true,
    });
    // Keep S3 and DynamoDB traffic off the NAT (and off the internet): free gateway endpoints.
    this.vpc.addGatewayEndpoint('S3Endpoint', { service: ec2.GatewayVpcEndpointAwsService.S3 });
    this.vpc.addGatewayEndpoint('DynamoDbEndpoint', { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB });
    const flowLogGroup = new logs.LogGroup(this, 'VpcFlowLogs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    this.vpc.addFlowLog('FlowLogs', {
      destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogGroup),
      trafficType: ec2.FlowLogTrafficType.REJECT,
    });

    this.cluster = new ecs.Cluster(this, 'Cluster', {
      vpc: this.vpc,
      containerInsightsV2: ecs.ContainerInsights.ENABLED,
    });

    this.logGroup = new logs.LogGroup(this, 'AgentLogs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });

    this.taskDefinition = new ecs.FargateTaskDefinition(this, 'TaskDefinition', {
      cpu: props.cpu,
      memoryLimitMiB: props.memoryMiB,
      runtimePlatform: { cpuArchitecture: ecs.CpuArchitecture.ARM64, operatingSystemFamily: ecs.OperatingSystemFamily.LINUX },
    });

    const secretEnv = (secret: secretsmanager.ISecret, keys: readonly string[]) =>
      Object.fromEntries(keys.map((k) => [k, ecs.Secret.fromSecretsManager(secret, k)]));

    const container = this.taskDefinition.addContainer('agent', {
      image: agentImage(),
      essential: true,
      logging: ecs.LogDrivers.awsLogs({ logGroup: this.logGroup, streamPrefix: 'agent', mode: ecs.AwsLogDriverMode.NON_BLOCKING }),
      environment: {
        NODE_ENV: 'production',
        AGENT_NAME: props.agentName,
        SESSION_BUCKET: props.sessionBucket.bucketName,
        SESSIONS_PREFIX,
        CHECKPOINT_PREFIX: CHECKPOINTS_PREFIX,
        TEMPLATE_BUCKET: props.sessionBucket.bucketName,
        TEMPLATE_PREFIX: templatePrefix,
        CALLER_MEMORY_TABLE: props.callerMemoryTable.tableName,
        DRAIN_TIMEOUT_SECONDS: String(props.drainSeconds),
        // the task size: the worker derives its idle processes and its "full" point from it
        TASK_CPU_UNITS: String(props.cpu),
        TASK_MEMORY_MIB: String(props.memoryMiB),
        ...(props.noiseCancellation ? { NOISE_CANCELLATION: 'livekit-cloud' } : {}),
        HEALTH_PORT: String(AGENT_HEALTH_PORT),
        // the worker's ActiveSessions EMF metric (Powertools reads these)
        POWERTOOLS_METRICS_NAMESPACE: AGENT_METRICS_NAMESPACE,
        POWERTOOLS_SERVICE_NAME: agentMetricsService(props.envName),
        ...(props.bookingWebhook ? { BOOKING_WEBHOOK_URL: props.bookingWebhook.url } : {}),
        ...(props.phoneHashKey ? props.phoneHashKey.environment() : {}),
      },
      secrets: {
        ...secretEnv(props.livekitSecret, LIVEKIT_SECRET_KEYS),
        ...secretEnv(props.providerSecret, PROVIDER_SECRET_KEYS),
        ...(props.bookingWebhook ? secretEnv(props.bookingWebhook.secret, [BOOKING_SECRET_KEY]) : {}),
      },
      healthCheck: {
        // node:22-slim has no curl/wget: ask the worker's own HTTP server with Node's fetch.
        command: [
          'CMD',
          'node',
          '-e',
          `fetch('http://127.0.0.1:${AGENT_HEALTH_PORT}/').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))`,
        ],
        interval: Duration.seconds(30),
        timeout: Duration.seconds(5),
        retries: 3,
        startPeriod: Duration.seconds(60),
      },
      stopTimeout: Duration.seconds(props.drainSeconds),
      readonlyRootFilesystem: false,
    });

    this.exportMetrics = new AgentRecordSpool(this, 'RecordSpool', {
      taskDefinition: this.taskDefinition,
      container,
      maxMiB: props.spoolMaxMiB ?? 512,
      checkpointSeconds: props.checkpointSeconds ?? 15,
      metricsNamespace: AGENT_METRICS_NAMESPACE,
      metricsService: agentMetricsService(props.envName),
    }).metrics;

    // Task role: write its prefixes of the session bucket, delete only its own checkpoints (once the final record is in S3), read only the templates
    // (templates are SSE-KMS encrypted like everything in the bucket: kms:Decrypt on the data key),
    // and use caller memory. No s3:ListBucket: a missing template answers 403, which the agent's
    // S3 template source treats as "not there" (agent-container/src/template.ts).
    const taskRole = this.taskDefinition.taskRole;
    grantObjectAccess(taskRole, { bucket: props.sessionBucket, key: props.dataKey, read: [templatePrefix], write: [SESSIONS_PREFIX, CHECKPOINTS_PREFIX], delete: [CHECKPOINTS_PREFIX] });
    // DeleteItem: an entry found under the previous phone-hash key is moved to the current key
    props.callerMemoryTable.grant(taskRole, 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem');
    props.phoneHashKey?.grantRead(taskRole);

    new CfnOutput(this, 'TemplateLocation', {
      description: 'Upload agent templates here as <template_id>.json (README "Deploy")',
      value: `s3://${props.sessionBucket.bucketName}/${templatePrefix}`,
    });

    const securityGroup = new ec2.SecurityGroup(this, 'AgentSecurityGroup', {
      vpc: this.vpc,
      description: 'LiveKit agent workers: outbound only (LiveKit signalling/media, providers, AWS APIs); no inbound',
      allowAllOutbound: true,
    });

    this.service = new ecs.FargateService(this, 'Service', {
      cluster: this.cluster,
      taskDefinition: this.taskDefinition,
      desiredCount: props.minTasks,
      assignPublicIp: !usePrivateSubnets,
      vpcSubnets: { subnetType: usePrivateSubnets ? ec2.SubnetType.PRIVATE_WITH_EGRESS : ec2.SubnetType.PUBLIC },
      securityGroups: [securityGroup],
      circuitBreaker: { enable: true, rollback: true },
      // Start new tasks before stopping old ones, so calls in progress are never cut short by a deploy.
      minHealthyPercent: 100,
      maxHealthyPercent: 200,
      enableExecuteCommand: false,
      propagateTags: ecs.PropagatedTagSource.SERVICE,
    });

    const scaling = this.service.autoScaleTaskCount({ minCapacity: props.minTasks, maxCapacity: props.maxTasks });
    scaling.scaleOnCpuUtilization('CpuScaling', {
      targetUtilizationPercent: props.targetCpuPercent,
      // Scale in slowly: a task that stops drains its calls for up to drainSeconds.
      scaleInCooldown: Duration.minutes(10),
      scaleOutCooldown: Duration.minutes(1),
    });
    // Calls per task: each task's worker publishes its calls in progress once a minute (EMF on
    // stdout, extracted by CloudWatch Logs), so the Average over a minute is the per-task load.
    // A minute with no datapoint (a task starting or draining) does not count as 0.
    this.activeSessionsMetric = new cloudwatch.Metric({
      namespace: AGENT_METRICS_NAMESPACE,
      metricName: ACTIVE_SESSIONS_METRIC,
      dimensionsMap: { service: agentMetricsService(props.envName) },
      statistic: cloudwatch.Stats.AVERAGE,
      period: Duration.minutes(1),
      label: 'calls in progress per task',
    });
    scaling.scaleToTrackCustomMetric('ActiveSessionsScaling', {
      metric: this.activeSessionsMetric,
      targetValue: props.targetSessionsPerTask,
      scaleInCooldown: Duration.minutes(10),
      scaleOutCooldown: Duration.minutes(1),
    });

    Validations.of(this.taskDefinition.obtainExecutionRole()).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'ecr:GetAuthorizationToken, which ECS needs to pull the agent image, supports no resource-level permissions.',
    });
    Validations.of(this.taskDefinition).acknowledge({
      id: 'AwsSolutions-ECS2',
      reason: 'The environment holds only non-secret configuration (bucket, table and agent names, the booking webhook URL); every credential comes from Secrets Manager.',
    });
  }
}
