/**
 * slack-notify, the handler core: an SNS subscriber whose messages are hot-lead alerts (JSON).
 * Posts each as a Block Kit message to a Slack incoming webhook, retrying 429 and 5xx responses
 * and network errors with exponential backoff (full jitter) and honouring Retry-After. After the
 * last try it throws, so the invocation lands in the function's failure destination.
 */
import type { SNSEvent } from 'aws-lambda';
import { parseHotLeadAlert } from '../../lib/alerts/alert';
import { formatSlackMessage } from '../../lib/alerts/slack';
import { defaultLogger, NO_METRICS, type HandlerLogger, type HandlerMetrics } from '../shared/observability';

export const SERVICE_NAME = 'slack-notify';

/** Retry policy for webhook posts; all times in ms. */
export interface RetryPolicy {
  /** Total tries including the first. Default 4. */
  attempts: number;
  /** First backoff; doubles each retry. Default 500. */
  baseDelayMs: number;
  /** Longest wait between tries (backoff or Retry-After). Default 10,000. */
  maxDelayMs: number;
  /** Per-request timeout. Default 10,000. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 10_000, timeoutMs: 10_000 };

export interface SlackNotifyDeps {
  /** The incoming-webhook URL (a secret: never logged). Called per invocation; cache inside. */
  webhookUrl: () => Promise<string>;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  /** Waits between tries (tests shorten it). */
  sleep?: (ms: number) => Promise<void>;
  logger?: HandlerLogger;
  metrics?: HandlerMetrics;
}

/** What one invocation posted: session ids and how many tries each took. */
export interface SlackNotifyResult {
  posted: { session_id: string; attempts: number }[];
}

/** The webhook refused the message for good, or every try failed. */
export class SlackPostError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'SlackPostError';
  }
}

/** Retry-After as ms: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

const retryable = (status: number) => status === 429 || status >= 500;

/**
 * POST a JSON body to a webhook with retries.
 * @throws SlackPostError on a permanent status (4xx other than 429), when Retry-After exceeds
 *   `maxDelayMs`, or after the last try.
 */
export async function postWithRetry(
  url: string,
  body: unknown,
  opts: { fetch: typeof fetch; retry: RetryPolicy; sleep: (ms: number) => Promise<void>; logger: HandlerLogger },
): Promise<number> {
  const { retry } = opts;
  let lastStatus: number | null = null;
  let lastError = '';
  for (let attempt = 1; attempt <= retry.attempts; attempt++) {
    let wait: number | null = null;
    try {
      const res = await opts.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(retry.timeoutMs),
      });
      const text = await res.text().catch(() => '');
      if (res.ok) return attempt;
      lastStatus = res.status;
      lastError = `HTTP ${res.status} ${text.slice(0, 200)}`.trim();
      if (!retryable(res.status)) {
        throw new SlackPostError(`Slack webhook refused the message: ${lastError}`, res.status, attempt);
      }
      wait = retryAfterMs(res.headers.get('retry-after'));
      if (wait !== null && wait > retry.maxDelayMs) {
        throw new SlackPostError(`Slack asked to retry after ${wait} ms, over the ${retry.maxDelayMs} ms budget`, res.status, attempt);
      }
    } catch (e) {
      if (e instanceof SlackPostError) throw e;
      lastStatus = null;
      lastError = `request failed: ${(e as Error).message}`;
    }
    if (attempt === retry.attempts) break;
    const delay = wait ?? Math.round(Math.random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)));
    opts.logger.warn('Slack post failed; retrying', { attempt, status: lastStatus, error: lastError, delay_ms: delay });
    await opts.sleep(delay);
  }
  throw new SlackPostError(`Slack post failed after ${retry.attempts} tries: ${lastError}`, lastStatus, retry.attempts);
}

/** Build the slack-notify handler over its dependencies. */
export function makeSlackNotifyHandler(deps: SlackNotifyDeps): (event: SNSEvent) => Promise<SlackNotifyResult> {
  const doFetch = deps.fetch ?? globalThis.fetch;
  const retry = { ...DEFAULT_RETRY, ...deps.retry };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const logger = deps.logger ?? defaultLogger(SERVICE_NAME);
  const metrics = deps.metrics ?? NO_METRICS;

  return async (event) => {
    const result: SlackNotifyResult = { posted: [] };
    const errors: string[] = [];
    for (const record of event?.Records ?? []) {
      const messageId = record?.Sns?.MessageId;
      try {
        let value: unknown;
        try {
          value = JSON.parse(record.Sns.Message);
        } catch (e) {
          throw new Error(`SNS message ${messageId} is not JSON: ${(e as Error).message}`);
        }
        const alert = parseHotLeadAlert(value);
        const url = await deps.webhookUrl();
        const attempts = await postWithRetry(url, formatSlackMessage(alert), { fetch: doFetch, retry, sleep, logger });
        result.posted.push({ session_id: alert.session_id, attempts });
        metrics.addMetric('SlackPosted', 'Count', 1);
        logger.info('hot-lead alert posted to Slack', { session_id: alert.session_id, attempts, message_id: messageId });
      } catch (e) {
        metrics.addMetric('SlackPostFailed', 'Count', 1);
        logger.error('hot-lead alert not posted', { message_id: messageId, error: e as Error });
        errors.push((e as Error).message);
      }
    }
    if (errors.length) throw new Error(`slack-notify: ${errors.length} message(s) not posted: ${errors.join('; ').slice(0, 1000)}`);
    return result;
  };
}
