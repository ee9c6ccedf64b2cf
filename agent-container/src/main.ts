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
 */
import { cli, log, loggerOptions, WorkerOptions } from '@livekit/agents';
import { fileURLToPath } from 'node:url';
import { startActiveSessionsPublisher } from './active-sessions';
import { drainPlan } from './ops';

export { default } from './agent';

const plan = drainPlan(process.env.DRAIN_TIMEOUT_SECONDS ? Number(process.env.DRAIN_TIMEOUT_SECONDS) : undefined);
const port = Number(process.env.HEALTH_PORT || 8081);

cli.runApp(
  new WorkerOptions({
    agent: fileURLToPath(import.meta.url),
    agentName: process.env.AGENT_NAME ?? '',
    port,
    ...(plan ? { drainTimeout: plan.drainTimeoutMs, shutdownProcessTimeout: plan.shutdownProcessTimeoutMs } : {}),
  }),
);

// worker process in production only (job processes import this module with other arguments)
startActiveSessionsPublisher({
  port,
  onError: (message) => (loggerOptions() ? log().warn(message) : console.warn(message)),
});
