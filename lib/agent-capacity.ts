/**
 * How many calls one agent task (one LiveKit worker: the worker process, the framework's
 * inference process with the local end-of-turn model, one job process per call and the
 * prewarmed idle job processes) can hold, from what the capacity bench measured
 * (`npm run bench -- --only capacity`, bench/capacity.ts; figures in RESULTS.md). The CDK config
 * refuses a task size whose target calls per task exceed `taskCapacity(...).maxSessions`, the
 * stack gives the worker its task size, and the worker sets its job memory supervision and its
 * "full" point from the same numbers (agent-container/src/capacity.ts).
 *
 * Units: memory in MiB (what LiveKit's `jobMemoryWarnMB`/`jobMemoryLimitMB` and Fargate call MB),
 * CPU in vCPU (Fargate CPU units / 1024).
 */

/**
 * The capacity bench on 2026-12-05 (x86-64 Linux, Node 20, @livekit/agents 1.9.0; 6 calls of 10
 * turns, ~60 s each, at once, 2 prewarmed idle processes): RSS of the worker process when ready,
 * of the inference process at its peak, of a prewarmed idle job process, and the largest peak of
 * a job process during a call; CPU per call = the busiest call's job process (0.092 vCPU) plus its
 * share of the inference process (0.0065) and the worker (0.0024) = 0.101, plus 20 % for the
 * noise of CPU time on a shared machine. Not in these
 * figures: WebRTC audio (Opus, jitter buffers in rtc-node's native code) and the provider
 * websockets, which the job memory budget and the CPU threshold leave room for.
 */
export const MEASURED_CAPACITY = {
  date: '2026-12-05',
  workerRssMiB: 149,
  inferenceRssMiB: 395,
  idleJobRssMiB: 210,
  callPeakRssMiB: 246,
  vcpuPerCall: 0.12,
} as const;

/**
 * Job process RSS above which LiveKit logs a warning (`jobMemoryWarnMB`): 1.6x the measured call
 * peak (246 MiB), leaving ~150 MiB for what the bench cannot run offline (WebRTC buffers, provider
 * websockets, a long call's chat context). Each call is budgeted at this figure.
 */
export const JOB_MEMORY_WARN_MIB = 400;

/**
 * Job process RSS above which LiveKit kills the job (`jobMemoryLimitMB`): 2x the warning. A job
 * that large is a leak; killing it ends one call (its last checkpoint is reconciled into a partial
 * record) instead of letting the task run out of memory and drop every call on it.
 * `taskCapacity` checks that one job at this limit, with every other at the warning, still fits.
 */
export const JOB_MEMORY_LIMIT_MIB = 800;

/** Share of the task's memory kept free at the planned load (the runtime, page cache, spikes). */
export const TASK_MEMORY_RESERVE = 0.1;

/** CPU load (0-1 of the task's vCPUs) at which the worker takes no more calls: LiveKit's production default. */
export const CPU_LOAD_THRESHOLD = 0.7;

/** A Fargate task size: CPU units (1024 = 1 vCPU) and memory (MiB). */
export interface TaskSize {
  cpuUnits: number;
  memoryMiB: number;
}

/** What a task of a given size holds. */
export interface TaskCapacity {
  vcpus: number;
  /** Prewarmed idle job processes the worker keeps: LiveKit's production default min(vCPUs, 4), at least 1. */
  idleProcesses: number;
  /** Calls that fit the memory: (memory x (1 - reserve) - worker - inference) / JOB_MEMORY_WARN_MIB - idle. */
  memorySessions: number;
  /** Calls that fit the CPU: CPU_LOAD_THRESHOLD x vCPUs / vcpuPerCall. */
  cpuSessions: number;
  /** The lower of the two (0: the task cannot hold a call). */
  maxSessions: number;
  /** Memory planned at `maxSessions` calls, each job at the warning level (MiB). */
  plannedMiB: number;
  /** Memory with one job at the kill limit and the others at the warning (MiB); must stay within the task. */
  runawayMiB: number;
}

/**
 * The capacity of a task of `size` under the measured figures.
 * @throws RangeError for a non-positive CPU or memory size.
 */
export function taskCapacity(size: TaskSize, measured: typeof MEASURED_CAPACITY = MEASURED_CAPACITY): TaskCapacity {
  if (!(size.cpuUnits > 0) || !(size.memoryMiB > 0)) throw new RangeError(`task size must be positive (got ${size.cpuUnits} CPU units, ${size.memoryMiB} MiB)`);
  const vcpus = size.cpuUnits / 1024;
  const idleProcesses = Math.min(Math.max(1, Math.floor(vcpus)), 4);
  const fixed = measured.workerRssMiB + measured.inferenceRssMiB;
  const memorySessions = Math.max(0, Math.floor((size.memoryMiB * (1 - TASK_MEMORY_RESERVE) - fixed) / JOB_MEMORY_WARN_MIB) - idleProcesses);
  const cpuSessions = Math.floor((CPU_LOAD_THRESHOLD * vcpus) / measured.vcpuPerCall + 1e-9);
  const maxSessions = Math.min(memorySessions, cpuSessions);
  const jobs = maxSessions + idleProcesses;
  return {
    vcpus,
    idleProcesses,
    memorySessions,
    cpuSessions,
    maxSessions,
    plannedMiB: fixed + jobs * JOB_MEMORY_WARN_MIB,
    runawayMiB: fixed + Math.max(0, jobs - 1) * JOB_MEMORY_WARN_MIB + JOB_MEMORY_LIMIT_MIB,
  };
}
