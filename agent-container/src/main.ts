/**
 * Worker entry point: `node dist/main.js start` (production) or `npx tsx agent-container/src/main.ts dev`.
 * The worker registers with LiveKit (LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET), serves its
 * health check on HTTP port HEALTH_PORT (default 8081; `GET /` answers 200 while the worker is
 * connected) and runs each dispatched call as a job that imports this module for the agent
 * definition (hence the re-export).
 *
 * AGENT_NAME: empty = automatic dispatch; a name = explicit dispatch
 * (e.g. a SIP dispatch rule). DRAIN_TIMEOUT_SECONDS: the ECS stop timeout. On SIGTERM (production
 * `start` mode) the worker marks itself full (no new jobs), lets calls run until
 * `drainPlan(...).drainTimeoutMs`, then closes each remaining session and exports its record
 * within `shutdownProcessTimeoutMs`, all before ECS's SIGKILL (./ops.ts).
 *
 * In `start` mode the worker process also publishes its calls in progress once a minute as the
 * `ActiveSessions` EMF metric (POWERTOOLS_METRICS_NAMESPACE, POWERTOOLS_SERVICE_NAME; ./active-sessions.ts).
 * Capacity (./capacity.ts): job processes warn at 400 MiB RSS and are killed at 800 MiB; with
 * TASK_CPU_UNITS / TASK_MEMORY_MIB (the Fargate task size) the worker keeps the idle processes and
 * reports itself full at the calls the task holds (lib/agent-capacity.ts) or at 70 % CPU.
 * With SPOOL_DIR set, the worker process also re-sends records its calls spooled when S3 failed
 * (./spool-drainer.ts), at start and while it runs.
 *
 * Every process (worker and jobs) PII-redacts what it writes to stdout and stderr line by line
 * (lib/privacy/log-redaction.ts): LiveKit's pino JSON lines keep their shape with every string field
 * redacted, so no email, phone, card- or account-like number reaches the logs, whoever logged it.
 */
import { cli, log, loggerOptions } from '@livekit/agents';
import { fileURLToPath } from 'node:url';
import { redactWrites } from '../../lib/privacy/log-redaction';
import { startActiveSessionsPublisher } from './active-sessions';
import { workerOptions } from './capacity';
import { agentTelemetry } from './export-telemetry';
import { agentS3Client, exportPolicyFromEnv } from './s3-export';
import { S3RecordSink } from './s3-record-sink';
import { spoolFromEnv } from './spool';
import { startSpoolDrainer } from './spool-drainer';

export { default } from './agent';

redactWrites(process.stdout);
redactWrites(process.stderr);

const port = Number(process.env.HEALTH_PORT || 8081);

// agent name, port, drain plan, job memory supervision, idle processes and the worker's "full"
// point from the capacity bench (./capacity.ts)
cli.runApp(workerOptions(fileURLToPath(import.meta.url)));

// worker process in production only (job processes import this module with other arguments)
startActiveSessionsPublisher({
  port,
  onError: (message) => (loggerOptions() ? log().warn(message) : console.warn(message)),
});

// worker process only: re-send spooled records (job processes never drain)
const workerLog = () => (loggerOptions() ? log() : { info: console.log, warn: console.warn, error: console.error });
const spool = spoolFromEnv();
const bucket = process.env.SESSION_BUCKET;
if (spool && bucket) {
  const telemetry = agentTelemetry({
    info: (f, m) => workerLog().info(f, m),
    warn: (f, m) => workerLog().warn(f, m),
    error: (f, m) => workerLog().error(f, m),
  });
  const policy = exportPolicyFromEnv();
  startSpoolDrainer({ telemetry, spool, policy, sink: new S3RecordSink({ s3: agentS3Client(policy), bucket, policy, telemetry }) });
}
