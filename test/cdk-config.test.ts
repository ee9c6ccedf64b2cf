import { DEFAULTS, DeploymentConfigError, loadDeploymentConfig, stackPrefix } from '../lib/config';

const from = (ctx: Record<string, unknown>) => loadDeploymentConfig((k) => ctx[k]);

describe('loadDeploymentConfig', () => {
  it('defaults to dev with the dev defaults', () => {
    const c = from({});
    expect(c.env).toBe('dev');
    expect(c.natGateways).toBe(DEFAULTS.dev.natGateways);
    expect(stackPrefix(c)).toBe('dev-Trialist');
  });

  it('takes the prod defaults for env=prod and lets context override them (strings from -c are coerced)', () => {
    const c = from({ env: 'prod', natGateways: '2', tracing: 'false', opsEmail: 'ops@example.com' });
    expect(c.env).toBe('prod');
    expect(c.natGateways).toBe(2);
    expect(c.tracing).toBe(false);
    expect(c.agentMinTasks).toBe(DEFAULTS.prod.agentMinTasks);
    expect(c.opsEmail).toBe('ops@example.com');
  });

  it('rejects an unknown environment name', () => {
    expect(() => from({ env: 'staging' })).toThrow(/env: must be one of dev, prod/);
  });

  it('lists every invalid key at once', () => {
    try {
      from({ natGateways: -1, agentCpu: 3, region: 'moon-1' });
      throw new Error('expected a DeploymentConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(DeploymentConfigError);
      const issues = (e as DeploymentConfigError).issues.join('\n');
      expect(issues).toMatch(/natGateways/);
      expect(issues).toMatch(/agentCpu/);
      expect(issues).toMatch(/region/);
    }
  });

  it('checks cross-field rules: Glacier after IA + 30 days, max >= min tasks, Fargate sizes, account with region', () => {
    expect(() => from({ sessionsInfrequentAccessDays: 60, sessionsGlacierDays: 80 })).toThrow(/sessionsGlacierDays/);
    expect(() => from({ agentMinTasks: 3, agentMaxTasks: 2 })).toThrow(/agentMaxTasks/);
    expect(() => from({ agentCpu: 1024, agentMemoryMiB: 1024 })).toThrow(/agentMemoryMiB/);
    expect(() => from({ account: '123456789012' })).toThrow(/both account and region/);
    expect(from({ account: '123456789012', region: 'eu-west-1' }).region).toBe('eu-west-1');
  });

  it('takes an optional https booking webhook URL and refuses anything else', () => {
    expect(from({}).bookingWebhookUrl).toBeUndefined();
    expect(from({ bookingWebhookUrl: 'https://hooks.example.com/book' }).bookingWebhookUrl).toBe('https://hooks.example.com/book');
    expect(() => from({ bookingWebhookUrl: 'http://hooks.example.com/book' })).toThrow(/bookingWebhookUrl must be an https:\/\/ URL/);
    expect(() => from({ bookingWebhookUrl: 'hooks.example.com' })).toThrow(/bookingWebhookUrl/);
  });

  it('targets 4 calls per task by default (the README cost estimate) and takes a whole number 1-50 from context', () => {
    expect(from({}).agentTargetSessionsPerTask).toBe(4);
    expect(from({ env: 'prod' }).agentTargetSessionsPerTask).toBe(4);
    expect(from({ agentCpu: 2048, agentMemoryMiB: 6144, agentTargetSessionsPerTask: '6' }).agentTargetSessionsPerTask).toBe(6);
    for (const bad of [0, -1, 2.5, 51, 'four']) expect(() => from({ agentTargetSessionsPerTask: bad })).toThrow(/agentTargetSessionsPerTask/);
  });

  it('refuses a target of calls per task the task size cannot hold (lib/agent-capacity.ts)', () => {
    // 1 vCPU / 2 GB holds 2 calls under the capacity bench's figures, 1 vCPU / 3 GB holds 4
    expect(() => from({ agentCpu: 1024, agentMemoryMiB: 2048 })).toThrow(/agentTargetSessionsPerTask 4 is more than a task of agentCpu 1024 \/ agentMemoryMiB 2048 holds \(2/);
    expect(from({ agentCpu: 1024, agentMemoryMiB: 2048, agentTargetSessionsPerTask: 2 }).agentMemoryMiB).toBe(2048);
    expect(() => from({ env: 'prod', agentTargetSessionsPerTask: 6 })).toThrow(/holds \(5/);
  });

  it('accepts only log retention values CloudWatch supports and drain limits Fargate allows', () => {
    expect(() => from({ logRetentionDays: 10 })).toThrow(/logRetentionDays/);
    expect(() => from({ agentDrainSeconds: 300 })).toThrow(/agentDrainSeconds/);
  });
});
