/**
 * The worker's options (LiveKit `ServerOptions`, `workerOptions`): agent name, health port, the
 * drain plan (./ops.ts) and the capacity options, from the capacity bench's measurement
 * (lib/agent-capacity.ts, RESULTS.md):
 *
 * - `jobMemoryWarnMB` 400 / `jobMemoryLimitMB` 800: a call's job process peaked at 246 MiB RSS in
 *   the bench; the framework checks each job process's RSS every few seconds, logs a warning above
 *   the first and kills the job above the second (the task's other calls live on).
 * - With the task size in the environment (`TASK_CPU_UNITS`, `TASK_MEMORY_MIB`, set by the CDK
 *   agent service from the Fargate task size): `numIdleProcesses` (prewarmed job processes) and a
 *   load function that reports the worker full at `taskCapacity(...).maxSessions` calls or at
 *   LiveKit's CPU threshold (0.7 of the task's vCPUs), whichever comes first: load =
 *   max(CPU / 0.7, calls / maxSessions), full at 1. Without them (local development) the
 *   framework's CPU load with threshold 0.7.
 * - `loadThreshold` is always explicit: `cli.runApp` rebuilds the options from an already-built
 *   `ServerOptions` (production false when main.ts builds them, so the threshold resolved to
 *   Infinity) and keeps that Infinity in `start` mode, so a worker left to the default never
 *   reports itself full (checked in test/agent-capacity.test.ts).
 */
import { ServerOptions, type AgentServer } from '@livekit/agents';
import { drainPlan } from './ops';
import { CPU_LOAD_THRESHOLD, JOB_MEMORY_LIMIT_MIB, JOB_MEMORY_WARN_MIB, taskCapacity } from '../../lib/agent-capacity';

/** Job process RSS (MiB) above which the framework warns: lib/agent-capacity.ts JOB_MEMORY_WARN_MIB. */
export const JOB_MEMORY_WARN_MB = JOB_MEMORY_WARN_MIB;
/** Job process RSS (MiB) above which the framework kills the job: lib/agent-capacity.ts JOB_MEMORY_LIMIT_MIB. */
export const JOB_MEMORY_LIMIT_MB = JOB_MEMORY_LIMIT_MIB;

/** The ServerOptions fields this module sets. */
export interface WorkerCapacityOptions {
  jobMemoryWarnMB: number;
  jobMemoryLimitMB: number;
  numIdleProcesses?: number;
  loadThreshold: number;
  loadFunc?: (worker: AgentServer) => Promise<number>;
}

/** The framework's own CPU load function (cgroup-aware), taken from a default ServerOptions. */
function frameworkCpuLoad(): (worker: AgentServer) => Promise<number> {
  return new ServerOptions({ agent: 'unused' }).loadFunc;
}

/**
 * Capacity options from `env`: always the job memory limits and a load threshold (0.7 of the CPU);
 * with TASK_CPU_UNITS and TASK_MEMORY_MIB the idle processes and the load function, threshold 1.
 * @throws Error when only one of the two is set, either is not a positive number, or the task
 *   cannot hold a single call.
 */
export function workerCapacityOptions(env: NodeJS.ProcessEnv = process.env, cpuLoad: (worker: AgentServer) => Promise<number> = frameworkCpuLoad()): WorkerCapacityOptions {
  const memory = { jobMemoryWarnMB: JOB_MEMORY_WARN_MB, jobMemoryLimitMB: JOB_MEMORY_LIMIT_MB };
  const cpuRaw = env.TASK_CPU_UNITS;
  const memRaw = env.TASK_MEMORY_MIB;
  if (!cpuRaw && !memRaw) return { ...memory, loadThreshold: CPU_LOAD_THRESHOLD };
  const cpuUnits = Number(cpuRaw);
  const memoryMiB = Number(memRaw);
  if (!cpuRaw || !memRaw || !(cpuUnits > 0) || !(memoryMiB > 0)) {
    throw new Error(`TASK_CPU_UNITS and TASK_MEMORY_MIB must both be positive numbers (got ${cpuRaw ?? 'unset'}, ${memRaw ?? 'unset'})`);
  }
  const capacity = taskCapacity({ cpuUnits, memoryMiB });
  if (capacity.maxSessions < 1) throw new Error(`a task of ${cpuUnits} CPU units and ${memoryMiB} MiB holds no call (lib/agent-capacity.ts)`);
  return {
    ...memory,
    numIdleProcesses: capacity.idleProcesses,
    loadThreshold: 1,
    loadFunc: async (worker) => Math.min(1, Math.max((await cpuLoad(worker)) / CPU_LOAD_THRESHOLD, worker.activeJobs.length / capacity.maxSessions)),
  };
}

/**
 * The worker's `ServerOptions` for the agent module at `agentPath`: AGENT_NAME (empty: automatic
 * dispatch), HEALTH_PORT (default 8081), DRAIN_TIMEOUT_SECONDS (./ops.ts drainPlan) and the
 * capacity options above.
 * @throws Error for an invalid DRAIN_TIMEOUT_SECONDS or task size.
 */
export function workerOptions(agentPath: string, env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const plan = drainPlan(env.DRAIN_TIMEOUT_SECONDS ? Number(env.DRAIN_TIMEOUT_SECONDS) : undefined);
  return new ServerOptions({
    agent: agentPath,
    agentName: env.AGENT_NAME ?? '',
    port: Number(env.HEALTH_PORT || 8081),
    ...workerCapacityOptions(env),
    ...(plan ? { drainTimeout: plan.drainTimeoutMs, shutdownProcessTimeout: plan.shutdownProcessTimeoutMs } : {}),
  });
}
