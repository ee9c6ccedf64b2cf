/**
 * The worker's `ActiveSessions` metric (agent-container/src/active-sessions.ts): the EMF line
 * Powertools writes to stdout, skipped minutes when the count cannot be read (never a negative or
 * made-up value), the timer (unref'd, stoppable, production worker only), and the count read from
 * a real @livekit/agents AgentServer's `GET /worker`.
 */
import { jest } from '@jest/globals';
import { AgentServer, initializeLogger, loggerOptions, ServerOptions } from '@livekit/agents';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACTIVE_SESSIONS_METRIC,
  ActiveSessionsPublisher,
  agentMetrics,
  startActiveSessionsPublisher,
  workerInfoSource,
  type ActiveSessionsSource,
} from '../agent-container/src/active-sessions';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

beforeAll(() => {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
});

/** Lines written to stdout while `fn` runs, parsed as JSON where they are JSON. */
async function stdoutLines(fn: () => Promise<unknown>): Promise<Record<string, any>[]> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

const metrics = () => agentMetrics({ POWERTOOLS_METRICS_NAMESPACE: 'Trialist', POWERTOOLS_SERVICE_NAME: 'trialist-agent-dev' });

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

describe('ActiveSessionsPublisher', () => {
  it('writes one EMF line per publish: namespace Trialist, dimension service only, ActiveSessions as a Count', async () => {
    const counts = [3, 0];
    const publisher = new ActiveSessionsPublisher({ source: async () => counts.shift()!, metrics: metrics() });
    const before = Date.now();
    let published: (number | null)[] = [];
    const lines = await stdoutLines(async () => {
      published = [await publisher.publishOnce(), await publisher.publishOnce()];
    });
    expect(published).toEqual([3, 0]);
    expect(lines).toHaveLength(2);
    for (const [i, line] of lines.entries()) {
      // https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
      expect(line._aws.CloudWatchMetrics).toEqual([
        { Namespace: 'Trialist', Dimensions: [['service']], Metrics: [{ Name: ACTIVE_SESSIONS_METRIC, Unit: 'Count' }] },
      ]);
      expect(line._aws.Timestamp).toBeGreaterThanOrEqual(before);
      expect(line._aws.Timestamp).toBeLessThanOrEqual(Date.now());
      expect(line.service).toBe('trialist-agent-dev');
      expect(line[ACTIVE_SESSIONS_METRIC]).toBe([3, 0][i]);
      expect(Object.keys(line).sort()).toEqual([ACTIVE_SESSIONS_METRIC, '_aws', 'service']);
    }
  });

  it('publishes nothing (no false 0, no negative) when the count cannot be read or is not a count', async () => {
    const errors: string[] = [];
    const bad: ActiveSessionsSource[] = [
      async () => {
        throw new Error('worker not listening');
      },
      async () => -1,
      async () => 1.5,
      async () => Number.NaN,
    ];
    for (const source of bad) {
      const publisher = new ActiveSessionsPublisher({ source, metrics: metrics(), onError: (m) => errors.push(m) });
      let result: number | null = 0;
      const lines = await stdoutLines(async () => {
        result = await publisher.publishOnce();
      });
      expect(result).toBeNull();
      expect(lines).toEqual([]);
    }
    expect(errors).toHaveLength(4);
    expect(errors[0]).toBe('active sessions not published: worker not listening');
    expect(errors[1]).toMatch(/source gave -1, not a count/);
  });

  it('shares one read between overlapping publishes (a slow read is not doubled by the next tick)', async () => {
    let reads = 0;
    let release!: (n: number) => void;
    const publisher = new ActiveSessionsPublisher({
      source: () => {
        reads += 1;
        return new Promise<number>((resolve) => (release = resolve));
      },
      metrics: metrics(),
    });
    const lines = await stdoutLines(async () => {
      const a = publisher.publishOnce();
      const b = publisher.publishOnce();
      release(2);
      expect(await Promise.all([a, b])).toEqual([2, 2]);
    });
    expect(reads).toBe(1);
    expect(lines).toHaveLength(1);
  });

  it('publishes on its interval until stopped', async () => {
    let reads = 0;
    const publisher = new ActiveSessionsPublisher({ source: async () => ++reads, metrics: metrics(), intervalMs: 15 });
    const lines = await stdoutLines(async () => {
      publisher.start().start();
      expect(publisher.running).toBe(true);
      await new Promise((r) => setTimeout(r, 120));
      publisher.stop();
      expect(publisher.running).toBe(false);
      const after = reads;
      await new Promise((r) => setTimeout(r, 60));
      expect(reads).toBe(after);
    });
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(lines.map((l) => l[ACTIVE_SESSIONS_METRIC])).toEqual(Array.from({ length: reads }, (_, i) => i + 1));
    expect(() => new ActiveSessionsPublisher({ source: async () => 0, metrics: metrics(), intervalMs: 0 })).toThrow(/intervalMs/);
  });

  it('never keeps the process alive: a started publisher lets node exit', () => {
    const script = [
      `import { ActiveSessionsPublisher, agentMetrics } from ${JSON.stringify(path.join(repoRoot, 'agent-container/src/active-sessions.ts'))};`,
      `new ActiveSessionsPublisher({ source: async () => 0, metrics: agentMetrics({}), intervalMs: 60000 }).start();`,
      `console.log('started');`,
    ].join('\n');
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8', timeout: 20_000 });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('started');
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});

describe('startActiveSessionsPublisher', () => {
  it('runs only in the production worker process (`start`), not in dev mode or a job process', () => {
    const onError = () => undefined;
    expect(startActiveSessionsPublisher({ argv: ['node', 'main.js', 'dev'], port: 1, onError })).toBeNull();
    expect(startActiveSessionsPublisher({ argv: ['node', '/app/node_modules/@livekit/agents/dist/ipc/job_proc_lazy_main.js', '/app/main.js'], port: 1, onError })).toBeNull();
    const sigterm = process.listenerCount('SIGTERM');
    const started = startActiveSessionsPublisher({ argv: ['node', 'main.js', 'start'], port: 1, onError, env: {} })!;
    expect(started.publisher.running).toBe(true);
    expect(process.listenerCount('SIGTERM')).toBe(sigterm + 1);
    started.stop();
    expect(started.publisher.running).toBe(false);
    expect(process.listenerCount('SIGTERM')).toBe(sigterm);
  });
});

describe('workerInfoSource', () => {
  it('reads active_jobs from a real @livekit/agents AgentServer\'s GET /worker', async () => {
    // A LiveKit stand-in that accepts the TCP connection and never answers the WebSocket upgrade:
    // the worker stays "connecting", its HTTP server runs, no job can arrive, so active_jobs is 0.
    const sockets: Socket[] = [];
    const livekit = createServer();
    livekit.on('upgrade', (_req, socket: Socket) => sockets.push(socket));
    const livekitPort = await listen(livekit);
    const port = await freePort();
    const server = new AgentServer(
      new ServerOptions({ agent: path.join(repoRoot, 'agent-container/src/main.ts'), wsURL: `ws://127.0.0.1:${livekitPort}`, apiKey: 'key', apiSecret: 'secret', host: '127.0.0.1', port, production: false }),
    );
    const running = server.run().catch(() => undefined);
    try {
      const source = workerInfoSource(port);
      let count: number | null = null;
      // The worker's HTTP server comes up after its inference process starts: seconds on a busy machine.
      for (const deadline = Date.now() + 30_000; count === null && Date.now() < deadline; ) {
        count = await source().catch(() => null);
        if (count === null) await new Promise((r) => setTimeout(r, 20));
      }
      expect(count).toBe(0);
      const publisher = new ActiveSessionsPublisher({ source, metrics: metrics() });
      const lines = await stdoutLines(() => publisher.publishOnce());
      expect(lines.map((l) => l[ACTIVE_SESSIONS_METRIC])).toEqual([0]);
    } finally {
      await server.close();
      await running;
      for (const s of sockets) s.destroy();
      await new Promise((r) => livekit.close(r));
    }
  });

  it('throws on a non-200 answer, an answer without a valid active_jobs, and nobody listening', async () => {
    const answers: [number, string][] = [
      [503, 'not connected'],
      [200, JSON.stringify({ active_jobs: -2 })],
      [200, JSON.stringify({ agent_name: 'x' })],
    ];
    const http = createServer((_req, res) => {
      const [status, body] = answers.shift()!;
      res.writeHead(status).end(body);
    });
    const port = await listen(http);
    try {
      const source = workerInfoSource(port);
      await expect(source()).rejects.toThrow(/answered 503/);
      await expect(source()).rejects.toThrow(/no valid active_jobs/);
      await expect(source()).rejects.toThrow(/no valid active_jobs/);
    } finally {
      await new Promise((r) => http.close(r));
    }
    await expect(workerInfoSource(await freePort(), 500)()).rejects.toThrow();
  });
});
