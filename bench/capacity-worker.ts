/**
 * The worker process of the capacity bench (bench/capacity.ts), run as
 * `node --enable-source-maps capacity-worker.mjs '<json WorkerPlan>'` from the bench's esbuild
 * bundle. It is the agent worker minus the LiveKit connection: the framework's own
 * `InferenceProcExecutor` (the local end-of-turn model in its inference process, registered as
 * `AgentServer` registers it) and the framework's `ProcPool` forking job processes of the job
 * module (bench/capacity-agent.ts), with the worker's memory options from
 * agent-container/src/capacity.ts, the production number of idle (prewarmed) processes, and the
 * framework's memory supervision. It launches `jobs` calls at once as fake jobs (no room), waits
 * for them to end, and prints JSON lines on stdout for the bench: `ready` (inference process
 * initialized, idle processes warm), `launched`, `done`.
 *
 * The pool and the executor are internal to @livekit/agents 1.9 (not in its exports map), so
 * they are loaded from its dist folder next to the package's entry.
 */
import { initializeLogger, InferenceRunner } from '@livekit/agents';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JOB_MEMORY_LIMIT_MB, JOB_MEMORY_WARN_MB } from '../agent-container/src/capacity';

/** What the bench asks the worker to do. */
export interface WorkerPlan {
  /** The bundled job module (bench/capacity-agent.ts). */
  agent: string;
  /** Job metadata (a CapacityPlan as JSON) per call, all launched at once. */
  jobs: string[];
  /** Idle prewarmed job processes kept by the pool (production: min(vCPUs, 4)). */
  idleProcesses: number;
}

interface ProcLike {
  runningJob?: unknown;
  join(): Promise<void>;
}
interface ProcPoolLike {
  processes: ProcLike[];
  start(): void;
  launchJob(info: unknown): Promise<void>;
  close(): Promise<void>;
}
interface InferenceExecutorLike {
  start(): Promise<void>;
  initialize(): Promise<void>;
  close(): Promise<void>;
}

const emit = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);

const plan = JSON.parse(process.argv[2] ?? '{}') as WorkerPlan;
initializeLogger({ pretty: false, level: process.env.CAPACITY_LOG_LEVEL || 'warn' });
const dist = path.dirname(createRequire(import.meta.url).resolve('@livekit/agents'));
const load = (file: string) => import(pathToFileURL(path.join(dist, file)).href);
const { ProcPool } = (await load('ipc/proc_pool.js')) as { ProcPool: new (o: Record<string, unknown>) => ProcPoolLike };
const { InferenceProcExecutor } = (await load('ipc/inference_proc_executor.js')) as { InferenceProcExecutor: { createIfNeeded(): InferenceExecutorLike | undefined } };
const { EOT_INFERENCE_METHOD } = (await load('inference/eot/runner.js')) as { EOT_INFERENCE_METHOD: string };

// as AgentServer does (worker.js maybeRegisterLocalEotRunner): the end-of-turn model in the inference process
InferenceRunner.registerRunner(EOT_INFERENCE_METHOD, pathToFileURL(path.join(dist, 'inference/eot/runner.js')).href);
const inference = InferenceProcExecutor.createIfNeeded();
if (!inference) throw new Error('no inference runner registered: @livekit/local-inference is missing');
await inference.start();
await inference.initialize();

const pool = new ProcPool({
  agent: plan.agent,
  numIdleProcesses: plan.idleProcesses,
  initializeTimeout: 60_000,
  closeTimeout: 10_000,
  sessionEndTimeout: 60_000,
  inferenceExecutor: inference,
  memoryWarnMB: JOB_MEMORY_WARN_MB,
  memoryLimitMB: JOB_MEMORY_LIMIT_MB,
});
pool.start();
// wait until the idle processes are prewarmed (the pool keeps plan.idleProcesses ready)
const warmDeadline = Date.now() + 120_000;
const warm = () => (pool as unknown as { warmedProcQueue: { items: unknown[] } }).warmedProcQueue.items.length;
while (warm() < Math.max(0, plan.idleProcesses) && Date.now() < warmDeadline) await new Promise((r) => setTimeout(r, 200));
emit({ event: 'ready', idle: warm(), expectedIdle: plan.idleProcesses });

process.stdin.resume();
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));

await Promise.all(
  plan.jobs.map((metadata, i) =>
    pool.launchJob({
      acceptArguments: { name: 'trialist-agent', identity: `agent-${i}`, metadata: '' },
      job: { id: `AJ_bench${i}`, type: 0, room: { sid: `RM_bench${i}`, name: `bench-room-${i}` }, metadata, agentName: 'trialist-agent', dispatchId: '' },
      url: 'ws://127.0.0.1:1',
      token: '',
      workerId: 'capacity-bench',
      fakeJob: true,
    }),
  ),
);
emit({ event: 'launched', jobs: plan.jobs.length });
// the jobs end themselves; wait for every process that ran one
const running = () => pool.processes.filter((p) => p.runningJob);
await Promise.all(running().map((p) => p.join()));
emit({ event: 'done' });
await pool.close();
await inference.close();
process.exit(0);
