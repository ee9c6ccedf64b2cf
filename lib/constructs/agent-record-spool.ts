/**
 * The agent's record safety net in the task: a task volume on the Fargate task's ephemeral
 * storage mounted at SPOOL_DIR (records S3 did not take wait there for the worker's drainer), the
 * spool cap and checkpoint interval as environment, and the metrics the agent publishes about its
 * exports and its spool (EMF, agent-container/src/export-telemetry.ts `EXPORT_METRICS`).
 *
 * The volume lives as long as the task: it survives a crashed or killed job process (the worker
 * drains it), not the task itself; the worker makes one last drain on SIGTERM, and a record still
 * spooled when the task is gone survives as its checkpoint in S3.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as ecs from 'aws-cdk-lib/aws-ecs';
import { Construct } from 'constructs';

/** Where the spool is mounted in the agent container. */
export const AGENT_SPOOL_DIR = '/var/spool/trialist';

/** Metric names the agent publishes (agent-container/src/export-telemetry.ts `EXPORT_METRICS`). */
export const AGENT_EXPORT_METRIC_NAMES = {
  exportFailures: 'SessionExportFailures',
  spoolDepth: 'SpoolDepth',
  spoolOldestAge: 'SpoolOldestAgeSeconds',
  spoolFull: 'SpoolFull',
  checkpointFailures: 'CheckpointWriteFailures',
} as const;

export interface AgentRecordSpoolProps {
  taskDefinition: ecs.TaskDefinition;
  container: ecs.ContainerDefinition;
  /** Spool size cap (MiB); must fit the task's ephemeral storage (20 GiB by default on Fargate). */
  maxMiB: number;
  /** Seconds between checkpoints of a call in progress (0: none). */
  checkpointSeconds: number;
  /** Namespace and `service` dimension of the agent's EMF metrics. */
  metricsNamespace: string;
  metricsService: string;
}

/** The agent's export and spool metrics, for alarms and the dashboard. */
export interface AgentExportMetrics {
  /** Final records S3 did not take in time (spooled or not), per 5 minutes. */
  exportFailures: cloudwatch.Metric;
  /** Records waiting in the spools, the largest per task, per 5 minutes. */
  spoolDepth: cloudwatch.Metric;
  /** Age of the oldest spooled record of any task (seconds), per 5 minutes. */
  spoolOldestAge: cloudwatch.Metric;
  /** Records a full spool refused, per 5 minutes. */
  spoolFull: cloudwatch.Metric;
  /** Checkpoint puts that failed, per 5 minutes. */
  checkpointFailures: cloudwatch.Metric;
}

export class AgentRecordSpool extends Construct {
  readonly metrics: AgentExportMetrics;

  constructor(scope: Construct, id: string, props: AgentRecordSpoolProps) {
    super(scope, id);
    if (!(Number.isInteger(props.maxMiB) && props.maxMiB >= 1 && props.maxMiB <= 16 * 1024)) {
      throw new Error(`spool maxMiB must be a whole number 1-16384 (got ${props.maxMiB})`);
    }
    if (!(Number.isFinite(props.checkpointSeconds) && props.checkpointSeconds >= 0)) {
      throw new Error(`checkpointSeconds must be >= 0 (got ${props.checkpointSeconds})`);
    }
    // no host path and no EFS: a Fargate bind mount on the task's ephemeral storage
    props.taskDefinition.addVolume({ name: 'record-spool' });
    props.container.addMountPoints({ sourceVolume: 'record-spool', containerPath: AGENT_SPOOL_DIR, readOnly: false });
    props.container.addEnvironment('SPOOL_DIR', AGENT_SPOOL_DIR);
    props.container.addEnvironment('SPOOL_MAX_MB', String(props.maxMiB));
    props.container.addEnvironment('CHECKPOINT_SECONDS', String(props.checkpointSeconds));

    const metric = (metricName: string, statistic: string, label: string) =>
      new cloudwatch.Metric({ namespace: props.metricsNamespace, metricName, dimensionsMap: { service: props.metricsService }, statistic, period: Duration.minutes(5), label });
    this.metrics = {
      exportFailures: metric(AGENT_EXPORT_METRIC_NAMES.exportFailures, 'Sum', 'exports failed'),
      spoolDepth: metric(AGENT_EXPORT_METRIC_NAMES.spoolDepth, 'Maximum', 'records spooled (largest task)'),
      spoolOldestAge: metric(AGENT_EXPORT_METRIC_NAMES.spoolOldestAge, 'Maximum', 'oldest spooled record (s)'),
      spoolFull: metric(AGENT_EXPORT_METRIC_NAMES.spoolFull, 'Sum', 'records refused by a full spool'),
      checkpointFailures: metric(AGENT_EXPORT_METRIC_NAMES.checkpointFailures, 'Sum', 'checkpoint writes failed'),
    };
  }
}
