/**
 * Worker entry point: `node dist/main.js start` (production) or `npx tsx agent-container/src/main.ts dev`.
 * The worker registers with LiveKit (LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET), serves its
 * health check on HTTP port 8081 and runs each dispatched call as a job that imports this module
 * for the agent definition (hence the re-export).
 *
 * LIVEKIT_AGENT_NAME (or AGENT_NAME): empty = automatic dispatch; a name = explicit dispatch
 * (e.g. a SIP dispatch rule). DRAIN_TIMEOUT_SECONDS: the ECS stop timeout; on SIGTERM the worker
 * stops taking jobs and lets calls run up to 10 s less than that, leaving time to export records.
 */
import { cli, WorkerOptions } from '@livekit/agents';
import { fileURLToPath } from 'node:url';

export { default } from './agent';

/** Seconds kept back from the ECS stop timeout for the final record exports. */
export const EXPORT_MARGIN_SECONDS = 10;

const stopTimeout = Number(process.env.DRAIN_TIMEOUT_SECONDS);

cli.runApp(
  new WorkerOptions({
    agent: fileURLToPath(import.meta.url),
    agentName: process.env.LIVEKIT_AGENT_NAME ?? process.env.AGENT_NAME ?? '',
    ...(Number.isFinite(stopTimeout) && stopTimeout > 0
      ? { drainTimeout: Math.max(5, stopTimeout - EXPORT_MARGIN_SECONDS) * 1000 }
      : {}),
  }),
);
