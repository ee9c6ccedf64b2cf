/**
 * Putting one object into S3 from the agent so that it cannot hang or fail silently: an S3 client
 * with connection and request timeouts (the SDK's own retries off), and `putWithRetry`, which
 * retries a put with exponential backoff and full jitter inside a time budget and, when the
 * budget is spent, throws an `ExportError` naming the reason in one word.
 *
 * Environment (all optional): EXPORT_BUDGET_SECONDS (10), S3_CONNECT_TIMEOUT_MS (2000),
 * S3_REQUEST_TIMEOUT_MS (5000); S3_ENDPOINT points the client at another S3 (path-style, e.g. the
 * local s3rver), with S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY for it.
 */
import { S3Client } from '@aws-sdk/client-s3';

/** How long an export may take (ms). */
export interface ExportPolicy {
  /** All attempts and the waits between them fit in this (ms). */
  budgetMs: number;
  /** Longest a TCP (and TLS) connection may take to open (ms). */
  connectTimeoutMs: number;
  /** Longest one request may take, connection included (ms). */
  attemptTimeoutMs: number;
  /** First backoff ceiling (ms); doubles per attempt up to `maxDelayMs`; the wait is uniform in [0, ceiling). */
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Defaults: the drain plan (./ops.ts) leaves each job 15 s to close its session and export, so the
 * record gets 10 s of attempts and the spool write the rest. A 20 KB record takes well under a
 * second to put on a healthy connection; 5 s per attempt leaves room for a slow one and still
 * allows two attempts.
 */
export const DEFAULT_EXPORT_POLICY: ExportPolicy = { budgetMs: 10_000, connectTimeoutMs: 2_000, attemptTimeoutMs: 5_000, baseDelayMs: 200, maxDelayMs: 2_000 };

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, scale = 1): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const v = Number(raw);
  if (!(Number.isFinite(v) && v > 0)) throw new Error(`${name}=${raw} is not a positive number`);
  return v * scale;
}

/**
 * The export policy from the environment (see the module header).
 * @throws Error naming a variable that is not a positive number.
 */
export function exportPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): ExportPolicy {
  return {
    ...DEFAULT_EXPORT_POLICY,
    budgetMs: positive(env, 'EXPORT_BUDGET_SECONDS', DEFAULT_EXPORT_POLICY.budgetMs, 1000),
    connectTimeoutMs: positive(env, 'S3_CONNECT_TIMEOUT_MS', DEFAULT_EXPORT_POLICY.connectTimeoutMs),
    attemptTimeoutMs: positive(env, 'S3_REQUEST_TIMEOUT_MS', DEFAULT_EXPORT_POLICY.attemptTimeoutMs),
  };
}

/**
 * The agent's S3 client: connection and request timeouts from `policy`, one attempt per send
 * (`putWithRetry` owns retries, so they stay inside the budget). S3_ENDPOINT (optional) for a
 * local or other S3-compatible endpoint.
 */
export function agentS3Client(policy: ExportPolicy = DEFAULT_EXPORT_POLICY, env: NodeJS.ProcessEnv = process.env): S3Client {
  const endpoint = env.S3_ENDPOINT?.trim();
  return new S3Client({
    maxAttempts: 1,
    requestHandler: {
      connectionTimeout: policy.connectTimeoutMs,
      requestTimeout: policy.attemptTimeoutMs,
      throwOnRequestTimeout: true,
    },
    ...(endpoint
      ? {
          endpoint,
          forcePathStyle: true,
          region: env.AWS_REGION || 'us-east-1',
          credentials: { accessKeyId: env.S3_ACCESS_KEY_ID || 'S3RVER', secretAccessKey: env.S3_SECRET_ACCESS_KEY || 'S3RVER' },
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }
      : {}),
  });
}

/**
 * Why a put failed, in one word (a log field and metric property):
 * `timeout` (no connection or no answer in time), `connection_refused`, `connection_reset`,
 * `unreachable` (DNS, no route), `throttled` (429, SlowDown), `server_error` (5xx),
 * `access_denied` (403), `client_error` (other 4xx), `no_budget` (no time left to try),
 * `unknown`.
 */
export type ExportFailureReason =
  | 'timeout'
  | 'connection_refused'
  | 'connection_reset'
  | 'unreachable'
  | 'throttled'
  | 'server_error'
  | 'access_denied'
  | 'client_error'
  | 'no_budget'
  | 'unknown';

/** What one failed attempt was, and whether another could succeed. */
export interface ClassifiedFailure {
  reason: ExportFailureReason;
  retryable: boolean;
  /** A short human description (status code, error code or message). */
  detail: string;
}

const NETWORK_CODES: Record<string, ExportFailureReason> = {
  ECONNREFUSED: 'connection_refused',
  ECONNRESET: 'connection_reset',
  EPIPE: 'connection_reset',
  ETIMEDOUT: 'timeout',
  ENOTFOUND: 'unreachable',
  EAI_AGAIN: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
};

const NETWORK_CODE_IN_TEXT = new RegExp(`\\b(${Object.keys(NETWORK_CODES).join('|')})\\b`);

/** Classify an error thrown by an S3 send (SDK service error, network error, timeout or abort). */
export function classifyS3Error(e: unknown): ClassifiedFailure {
  const err = (e ?? {}) as Error & { code?: string; $metadata?: { httpStatusCode?: number }; cause?: { code?: string } };
  const status = err.$metadata?.httpStatusCode;
  // the SDK wraps errors from another realm (e.g. a test VM) as a message only: read the code from it then
  const code = err.code ?? err.cause?.code ?? NETWORK_CODE_IN_TEXT.exec(err.message ?? '')?.[1];
  const detail = [status ? `HTTP ${status}` : null, err.name && err.name !== 'Error' ? err.name : null, code ?? null, err.message ? err.message.slice(0, 200) : null]
    .filter((x) => x)
    .join(': ');
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || code === 'ETIMEDOUT' || /timed? ?out|timeout/i.test(err.message ?? '')) {
    return { reason: 'timeout', retryable: true, detail };
  }
  if (code && NETWORK_CODES[code]) return { reason: NETWORK_CODES[code]!, retryable: true, detail };
  if (status !== undefined) {
    if (status === 429 || err.name === 'SlowDown') return { reason: 'throttled', retryable: true, detail };
    if (status >= 500) return { reason: 'server_error', retryable: true, detail };
    if (status === 403) return { reason: 'access_denied', retryable: false, detail };
    if (status === 408) return { reason: 'timeout', retryable: true, detail };
    if (status >= 400) return { reason: 'client_error', retryable: false, detail };
  }
  return { reason: 'unknown', retryable: true, detail: detail || String(e) };
}

/** Raised when a put did not succeed within its budget; the reason is the last attempt's. */
export class ExportError extends Error {
  constructor(
    readonly reason: ExportFailureReason,
    message: string,
    readonly attempts: number,
    readonly elapsedMs: number,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** Clock, randomness and sleep, injectable for tests. */
export interface RetryEnv {
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Told about each failed attempt (a retry may follow). */
  onAttemptFailed?: (failure: ClassifiedFailure & { attempt: number; elapsedMs: number }) => void;
}

/** The wait before attempt `attempt + 1` (ms): full jitter over min(max, base * 2^(attempt-1)). */
export function backoffMs(attempt: number, policy: Pick<ExportPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
}

/**
 * Run `put` until it succeeds, retrying retryable failures with backoff while the budget lasts.
 * Each attempt gets an AbortSignal that fires at min(attemptTimeoutMs, time left), so a server
 * that accepts the connection and never answers still ends the attempt.
 * @returns the number of attempts made.
 * @throws ExportError with the last failure's reason (or `no_budget`), attempts and elapsed ms.
 */
export async function putWithRetry(put: (signal: AbortSignal) => Promise<unknown>, policy: ExportPolicy, env: RetryEnv = {}): Promise<number> {
  const now = env.now ?? Date.now;
  const random = env.random ?? Math.random;
  const sleep = env.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const started = now();
  let last: ClassifiedFailure | null = null;
  for (let attempt = 1; ; attempt++) {
    const remaining = policy.budgetMs - (now() - started);
    if (remaining <= 0) {
      throw new ExportError(last?.reason ?? 'no_budget', `no success within ${policy.budgetMs} ms (${attempt - 1} attempts; last: ${last?.detail ?? 'none'})`, attempt - 1, now() - started);
    }
    const timeoutMs = Math.min(policy.attemptTimeoutMs, remaining);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: 'TimeoutError' })), timeoutMs);
    try {
      await put(controller.signal);
      return attempt;
    } catch (e) {
      const failure: ClassifiedFailure = controller.signal.aborted ? { reason: 'timeout', retryable: true, detail: `no answer within ${timeoutMs} ms` } : classifyS3Error(e);
      env.onAttemptFailed?.({ ...failure, attempt, elapsedMs: now() - started });
      // an attempt cut short by the end of the budget says less than the full ones before it
      const cutShort = controller.signal.aborted && timeoutMs < policy.attemptTimeoutMs;
      if (!(cutShort && last)) last = failure;
      if (!last.retryable) throw new ExportError(last.reason, `${last.detail}; not retried`, attempt, now() - started);
    } finally {
      clearTimeout(timer);
    }
    const wait = backoffMs(attempt, policy, random);
    if (now() - started + wait >= policy.budgetMs) {
      throw new ExportError(last.reason, `${last.detail} (${attempt} attempts in ${now() - started} ms; budget ${policy.budgetMs} ms)`, attempt, now() - started);
    }
    await sleep(wait);
  }
}
