/**
 * Worker entry point: `node dist/main.js start` (production) or `npx tsx agent-container/src/main.ts dev`.
 * The worker registers with LiveKit (LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET), serves its
 * health check on HTTP port 8081 and runs each dispatched call as a job that imports this module
 * for the agent definition (hence the re-export).
 */
import { cli, WorkerOptions } from '@livekit/agents';
import { fileURLToPath } from 'node:url';

export { default } from './agent';

cli.runApp(
  new WorkerOptions({
    agent: fileURLToPath(import.meta.url),
    // empty name = automatic dispatch; set LIVEKIT_AGENT_NAME for explicit (e.g. SIP rule) dispatch
    agentName: process.env.LIVEKIT_AGENT_NAME ?? '',
  }),
);
