/**
 * The `ActiveSessions` CloudWatch metric: how many calls one worker (one ECS task) has in progress,
 * published once a minute as an Embedded Metric Format (EMF) line on stdout with Powertools
 * `Metrics`. The ECS awslogs driver ships stdout to CloudWatch Logs, which turns the line into the
 * metric `Trialist/ActiveSessions` with the single dimension `service` (e.g. `trialist-agent-prod`);
 * the agent service scales on its per-task average (lib/stacks/agent-service-stack.ts).
 *
 * Where the count comes from: @livekit/agents runs every call as a job in its own child process
 * (one job per process), so a counter inside the job entry would only ever read 0 or 1. The worker
 * (main) process is the one place that sees every call of the task: it counts a job from launch
 * until its process has finished (the session closed, its shutdown callbacks (record export,
 * caller-memory write) ran, and the process exited or crashed) and serves that count as
 * `active_jobs` on its HTTP server's `GET /worker` (the same server as the health check). The
 * publisher reads that figure; a throwing or crashing call cannot leak a count, because the
 * framework drops a job when its process ends, however it ends.
 *
 * Runs only in the worker process, never in a job process: nothing here touches the audio path.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { z } from 'zod';

/** Metric name; the agent service stack scales on it (lib/stacks/agent-service-stack.ts `ACTIVE_SESSIONS_METRIC`). */
export const ACTIVE_SESSIONS_METRIC = 'ActiveSessions';
/** Default namespace when POWERTOOLS_METRICS_NAMESPACE is unset (the stacks' `METRICS_NAMESPACE`). */
export const DEFAULT_METRICS_NAMESPACE = 'Trialist';
/** Default `service` dimension when POWERTOOLS_SERVICE_NAME is unset (the stack sets `trialist-agent-{env}`). */
export const DEFAULT_AGENT_SERVICE = 'trialist-agent';
/** How often the count is published (ms): CloudWatch's standard one-minute resolution. */
export const ACTIVE_SESSIONS_INTERVAL_MS = 60_000;
/** Longest one read of the worker's count may take before that minute is skipped (ms). */
export const WORKER_INFO_TIMEOUT_MS = 2_000;

/** Reads how many calls the worker has in progress (>= 0); throws when it cannot tell. */
export type ActiveSessionsSource = () => Promise<number>;

/** The part of the worker's `GET /worker` answer (@livekit/agents 1.9 `getWorkerInfo`) used here. */
const WorkerInfoSchema = z.object({ active_jobs: z.number().int().nonnegative() });

/**
 * A source reading `active_jobs` from the worker's own HTTP server on 127.0.0.1:`port`.
 * @throws Error (from the returned function) when the server does not answer 200 with a
 *   non-negative integer `active_jobs` within `timeoutMs`.
 */
export function workerInfoSource(port: number, timeoutMs = WORKER_INFO_TIMEOUT_MS): ActiveSessionsSource {
  const url = `http://127.0.0.1:${port}/worker`;
  return async () => {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
    const parsed = WorkerInfoSchema.safeParse(await res.json());
    if (!parsed.success) throw new Error(`GET ${url} gave no valid active_jobs: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data.active_jobs;
  };
}

/**
 * Powertools `Metrics` for the agent: namespace POWERTOOLS_METRICS_NAMESPACE (default `Trialist`),
 * dimension `service` = POWERTOOLS_SERVICE_NAME (default `trialist-agent`). Outside Lambda it
 * writes EMF JSON to stdout, one line per publish.
 */
export function agentMetrics(env: NodeJS.ProcessEnv = process.env): Metrics {
  return new Metrics({
    namespace: env.POWERTOOLS_METRICS_NAMESPACE || DEFAULT_METRICS_NAMESPACE,
    serviceName: env.POWERTOOLS_SERVICE_NAME || DEFAULT_AGENT_SERVICE,
  });
}

export interface ActiveSessionsPublisherOptions {
  source: ActiveSessionsSource;
  metrics: Metrics;
  /** Publish period (ms); default {@link ACTIVE_SESSIONS_INTERVAL_MS}. */
  intervalMs?: number;
  /** Told why a minute was skipped (the count could not be read). */
  onError?: (message: string) => void;
}

/**
 * Publishes the worker's active-session count on a timer. A minute whose count cannot be read
 * publishes nothing (no datapoint, rather than a false 0 that would let the service scale in),
 * and a read still running when the next tick comes is not doubled. The timer is unref'd, so it
 * never keeps the process alive; `stop()` clears it.
 */
export class ActiveSessionsPublisher {
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<number | null> | null = null;
  private readonly intervalMs: number;

  constructor(private readonly opts: ActiveSessionsPublisherOptions) {
    this.intervalMs = opts.intervalMs ?? ACTIVE_SESSIONS_INTERVAL_MS;
    if (!(Number.isFinite(this.intervalMs) && this.intervalMs >= 1)) throw new Error(`intervalMs must be >= 1 (got ${opts.intervalMs})`);
  }

  /** True between `start()` and `stop()`. */
  get running(): boolean {
    return this.timer !== null;
  }

  /**
   * Publish every interval, the first one interval from now (by then the worker's HTTP server is
   * listening); calling it again while running does nothing.
   */
  start(): this {
    if (this.timer) return this;
    this.timer = setInterval(() => void this.publishOnce(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  /** Stop publishing (idempotent). A read in flight may still publish its one line. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Read the count and write one EMF line with it. Resolves with the count published, or null
   * when the read failed (nothing written; `onError` told). Never rejects. Concurrent calls share
   * one read.
   */
  publishOnce(): Promise<number | null> {
    return (this.inFlight ??= this.readAndPublish().finally(() => {
      this.inFlight = null;
    }));
  }

  private async readAndPublish(): Promise<number | null> {
    let count: number;
    try {
      count = await this.opts.source();
      if (!(Number.isInteger(count) && count >= 0)) throw new Error(`source gave ${count}, not a count`);
    } catch (e) {
      this.opts.onError?.(`active sessions not published: ${(e as Error).message}`);
      return null;
    }
    this.opts.metrics.addMetric(ACTIVE_SESSIONS_METRIC, MetricUnit.Count, count);
    this.opts.metrics.publishStoredMetrics();
    return count;
  }
}

/**
 * Start the publisher when this process is the production worker (`main.js start`), reading the
 * worker's HTTP server on `port`; null otherwise (dev mode, and the job processes, which import the
 * same entry module with the agent file as their argument). It stops on SIGTERM/SIGINT: a
 * draining task takes no new calls, so it should not count in the per-task average the service
 * scales on. `stop()` stops it and removes those signal listeners.
 */
export function startActiveSessionsPublisher(opts: {
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  port: number;
  onError: (message: string) => void;
}): { publisher: ActiveSessionsPublisher; stop: () => void } | null {
  const argv = opts.argv ?? process.argv;
  if (argv[2] !== 'start') return null;
  const publisher = new ActiveSessionsPublisher({ source: workerInfoSource(opts.port), metrics: agentMetrics(opts.env), onError: opts.onError }).start();
  const stop = () => {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    publisher.stop();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return { publisher, stop };
}
