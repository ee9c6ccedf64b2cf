/**
 * The worker's capacity settings: the ServerOptions main.ts gives `cli.runApp` carry the job
 * memory limits, idle processes, load function and threshold from the capacity bench's figures
 * (lib/agent-capacity.ts), also after the CLI rebuilds them for `start`; and the CDK task sizes
 * (dev and prod defaults) leave the headroom the README claims.
 */
import { ServerOptions, type AgentServer } from '@livekit/agents';
import { Template } from 'aws-cdk-lib/assertions';
import { JOB_MEMORY_LIMIT_MB, JOB_MEMORY_WARN_MB, workerCapacityOptions, workerOptions } from '../agent-container/src/capacity';
import { JOB_MEMORY_LIMIT_MIB, JOB_MEMORY_WARN_MIB, MEASURED_CAPACITY, TASK_MEMORY_RESERVE, taskCapacity } from '../lib/agent-capacity';
import { DEFAULTS } from '../lib/config';
import { buildTestApp } from './cdk-helpers';

/** What `cli.runApp` does with the options in `start` mode (@livekit/agents cli.js). */
function asStarted(opts: ServerOptions): ServerOptions {
  const { production: _, ...rest } = opts;
  return new ServerOptions({ ...rest, production: true });
}

const fakeWorker = (jobs: number) => ({ activeJobs: Array.from({ length: jobs }, () => ({})) }) as unknown as AgentServer;

describe('worker options from the capacity bench', () => {
  it('carry the job memory warning and limit, and a load threshold that survives the CLI (the default becomes Infinity)', () => {
    const started = asStarted(workerOptions('/app/main.js', { AGENT_NAME: 'trialist-agent' }));
    expect(started.jobMemoryWarnMB).toBe(400);
    expect(started.jobMemoryLimitMB).toBe(800);
    expect(started.loadThreshold).toBe(0.7);
    expect(started.agentName).toBe('trialist-agent');
    // what happens without an explicit threshold: the worker would never report itself full
    expect(asStarted(new ServerOptions({ agent: '/app/main.js' })).loadThreshold).toBe(Infinity);
  });

  it('with the task size: idle processes, threshold 1 and the calls the task holds', async () => {
    const env = { TASK_CPU_UNITS: '2048', TASK_MEMORY_MIB: '4096', DRAIN_TIMEOUT_SECONDS: '120' };
    const started = asStarted(workerOptions('/app/main.js', env));
    expect(started.numIdleProcesses).toBe(2);
    expect(started.loadThreshold).toBe(1);
    expect(started.jobMemoryWarnMB).toBe(JOB_MEMORY_WARN_MB);
    expect(started.jobMemoryLimitMB).toBe(JOB_MEMORY_LIMIT_MB);
    expect(started.drainTimeout).toBe(100_000);

    let cpu = 0.1;
    const opts = workerCapacityOptions(env, async () => cpu);
    const load = opts.loadFunc!;
    // 2 vCPU / 4 GB holds 5 calls: full (1) at the 5th, whatever the CPU
    expect(await load(fakeWorker(0))).toBeCloseTo(0.1 / 0.7);
    expect(await load(fakeWorker(4))).toBeCloseTo(0.8);
    expect(await load(fakeWorker(5))).toBe(1);
    expect(await load(fakeWorker(5))).toBeGreaterThanOrEqual(opts.loadThreshold);
    // or at 70 % CPU with fewer calls
    cpu = 0.7;
    expect(await load(fakeWorker(1))).toBe(1);
    cpu = 0.35;
    expect(await load(fakeWorker(1))).toBeCloseTo(0.5);
  });

  it('refuses half a task size, a bad number, or a task that holds no call', () => {
    expect(() => workerCapacityOptions({ TASK_CPU_UNITS: '1024' })).toThrow(/TASK_CPU_UNITS and TASK_MEMORY_MIB must both be positive numbers \(got 1024, unset\)/);
    expect(() => workerCapacityOptions({ TASK_CPU_UNITS: 'x', TASK_MEMORY_MIB: '2048' })).toThrow(/must both be positive/);
    expect(() => workerCapacityOptions({ TASK_CPU_UNITS: '512', TASK_MEMORY_MIB: '1024' })).toThrow(/holds no call/);
  });
});

describe('task capacity under the measured figures', () => {
  it('warns above the measured call peak with room to spare, and kills only well above it', () => {
    expect(JOB_MEMORY_WARN_MIB).toBeGreaterThanOrEqual(1.5 * MEASURED_CAPACITY.callPeakRssMiB);
    expect(JOB_MEMORY_LIMIT_MIB).toBeGreaterThanOrEqual(2 * JOB_MEMORY_WARN_MIB);
  });

  it('is bounded by memory for the default sizes and by CPU for a small task', () => {
    expect(taskCapacity({ cpuUnits: 1024, memoryMiB: 3072 })).toMatchObject({ idleProcesses: 1, memorySessions: 4, cpuSessions: 5, maxSessions: 4 });
    expect(taskCapacity({ cpuUnits: 2048, memoryMiB: 4096 })).toMatchObject({ idleProcesses: 2, memorySessions: 5, cpuSessions: 11, maxSessions: 5 });
    expect(taskCapacity({ cpuUnits: 1024, memoryMiB: 2048 }).maxSessions).toBe(2);
    expect(taskCapacity({ cpuUnits: 512, memoryMiB: 4096 })).toMatchObject({ memorySessions: 6, cpuSessions: 2, maxSessions: 2 });
    expect(() => taskCapacity({ cpuUnits: 0, memoryMiB: 2048 })).toThrow(RangeError);
  });

  for (const env of ['dev', 'prod'] as const) {
    it(`${env}: the synthesized task size holds the target calls with the README's headroom`, () => {
      const { stacks, config } = buildTestApp({ context: { env } });
      const template = Template.fromStack(stacks.agent);
      const task = Object.values(template.findResources('AWS::ECS::TaskDefinition'))[0]!.Properties as {
        Cpu: string;
        Memory: string;
        ContainerDefinitions: { Environment: { Name: string; Value: string }[] }[];
      };
      const cpuUnits = Number(task.Cpu);
      const memoryMiB = Number(task.Memory);
      expect(cpuUnits).toBe(DEFAULTS[env].agentCpu);
      expect(memoryMiB).toBe(DEFAULTS[env].agentMemoryMiB);
      const envVars = Object.fromEntries(task.ContainerDefinitions[0]!.Environment.map((e) => [e.Name, e.Value]));
      expect(envVars).toMatchObject({ TASK_CPU_UNITS: String(cpuUnits), TASK_MEMORY_MIB: String(memoryMiB) });

      const c = taskCapacity({ cpuUnits, memoryMiB });
      const target = config.agentTargetSessionsPerTask;
      expect(target).toBeLessThanOrEqual(c.maxSessions);
      // README: at the worker's cap, every job at the warning level still leaves 10 % of the task free
      expect(c.plannedMiB).toBeLessThanOrEqual(memoryMiB * (1 - TASK_MEMORY_RESERVE));
      // one job at the kill limit with all others at the warning still fits the task
      expect(c.runawayMiB).toBeLessThanOrEqual(memoryMiB);
      // at the scaling target, the measured peaks use at most two thirds of the task
      const m = MEASURED_CAPACITY;
      const measuredAtTarget = m.workerRssMiB + m.inferenceRssMiB + target * m.callPeakRssMiB + c.idleProcesses * m.idleJobRssMiB;
      expect(measuredAtTarget).toBeLessThanOrEqual((2 / 3) * memoryMiB);
      // and the measured CPU at the target stays under half the task's vCPUs
      expect(target * m.vcpuPerCall).toBeLessThanOrEqual(0.5 * c.vcpus);
    });
  }
});
