/**
 * Booking sales meetings: the `book_sales_meeting` tool validates the request and hands it to a
 * pluggable `BookingAdapter`. Here: a webhook (on AWS: an HTTPS endpoint of the team's calendar
 * or automation tool, `WebhookBookingAdapter`), a local JSON-lines file (the embedded default) and
 * an in-memory adapter (replay and tests). `bookingAdapterFromEnv` picks one.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { AGENT_NAME, AGENT_VERSION } from './config';

/** What the agent collected from the caller; validated before any adapter sees it. */
export const MeetingRequestSchema = z.object({
  name: z.string().trim().min(2, 'name is too short').max(120),
  email: z.email('not a valid email address'),
  /** The slot as the caller agreed it, e.g. "Tuesday 2-4pm ET" or "2026-11-24T15:00:00Z". */
  time_window: z.string().trim().min(3, 'time window is too short').max(120),
});
export type MeetingRequest = z.infer<typeof MeetingRequestSchema>;

/** A booked meeting as the adapter confirms it. */
export interface MeetingConfirmation {
  /** Stable id: the same session, email and time window always give the same id (safe to retry). */
  booking_id: string;
  name: string;
  email: string;
  time_window: string;
}

/**
 * Where meetings get booked. Throw to refuse: the tool logs the error and the agent tells the caller
 * the meeting is not booked and sales will follow up by email (trial-agent.ts).
 * `callerHash` is the keyed hash (lib/privacy) of the caller's phone number (the caller-memory key), null without one.
 */
export interface BookingAdapter {
  book(request: MeetingRequest, sessionId: string, callerHash?: string | null): Promise<MeetingConfirmation>;
}

/** `mtg_` + 16 hex chars of SHA-256(session id, email, time window). */
export function bookingId(request: MeetingRequest, sessionId: string): string {
  const h = createHash('sha256').update(`${sessionId}\n${request.email.toLowerCase()}\n${request.time_window}`).digest('hex');
  return `mtg_${h.slice(0, 16)}`;
}

function confirmation(request: MeetingRequest, sessionId: string): MeetingConfirmation {
  return { booking_id: bookingId(request, sessionId), name: request.name, email: request.email, time_window: request.time_window };
}

/** Keeps bookings in memory (replay, tests). */
export class MemoryBookingAdapter implements BookingAdapter {
  readonly bookings: Array<MeetingConfirmation & { session_id: string }> = [];

  async book(request: MeetingRequest, sessionId: string): Promise<MeetingConfirmation> {
    const c = confirmation(request, sessionId);
    if (!this.bookings.some((b) => b.booking_id === c.booking_id)) this.bookings.push({ ...c, session_id: sessionId });
    return c;
  }
}

/** Appends one JSON line per booking to a local file (the embedded default; sales reads it from there). */
export class LocalFileBookingAdapter implements BookingAdapter {
  constructor(private readonly filePath: string) {}

  async book(request: MeetingRequest, sessionId: string): Promise<MeetingConfirmation> {
    const c = confirmation(request, sessionId);
    await mkdir(dirname(this.filePath), { recursive: true });
    await appendFile(this.filePath, `${JSON.stringify({ ...c, session_id: sessionId, booked_at: new Date().toISOString() })}\n`, 'utf8');
    return c;
  }
}

/** Why a booking failed: `rejected` (the endpoint refused it: 4xx, redirect), `unavailable` (429/5xx after every retry), `timeout`, `unreachable` (network), `config`. */
export type BookingErrorKind = 'rejected' | 'unavailable' | 'timeout' | 'unreachable' | 'config';

/** A booking that did not go through; the message names the cause for the log (never spoken as is). */
export class BookingError extends Error {
  constructor(
    message: string,
    readonly kind: BookingErrorKind,
    /** HTTP status of the last answer, null when there was none. */
    readonly status: number | null = null,
    /** Requests made (1 = no retry). */
    readonly attempts = 0,
  ) {
    super(message);
    this.name = 'BookingError';
  }
}

/** The JSON body the webhook receives (one POST per booking; retries repeat it unchanged). */
export interface BookingWebhookPayload {
  /** Same as the `Idempotency-Key` header: a retried or repeated booking carries the same id. */
  booking_id: string;
  name: string;
  email: string;
  /** The slot as the caller agreed it, e.g. "Thursday 10am-12pm ET". */
  time_window: string;
  session_id: string;
  /** SHA-256 hex of the caller's phone number, null when the caller had none. */
  caller_hash: string | null;
  /** When the agent asked (ISO 8601 UTC). */
  requested_at: string;
}

export interface WebhookBookingOptions {
  /** HTTPS endpoint (plain http only to a loopback address, for local tests). */
  url: string;
  /** Shared secret sent in `secretHeader` so the endpoint can tell the agent's posts apart; none: no header. */
  secret?: string | null;
  /** Header carrying the secret; default `x-trialist-webhook-secret`. */
  secretHeader?: string;
  /** Longest one request may take (ms); default 3000. */
  timeoutMs?: number;
  /** Requests at most, first included; default 3. */
  maxAttempts?: number;
  /** First retry delay (ms), doubled per retry, plus up to 25% jitter; default 250. */
  backoffMs?: number;
  /** Longest the whole booking may take, retries included (ms); default 8000: the caller is waiting on the line. */
  deadlineMs?: number;
  /** Clock for `requested_at` and the deadline; tests only. */
  now?: () => number;
}

/** Statuses worth another try: request timeout, too early, rate limited, and server errors. */
function retryable(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** `Retry-After` in ms (seconds or an HTTP date), null when absent or unreadable. */
function retryAfterMs(value: string | null, now: number): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Books by POSTing a `BookingWebhookPayload` as JSON to an HTTPS endpoint (a calendar service, a
 * CRM, Zapier/Make/n8n). A 2xx answer confirms the booking (the body is not read). 408, 425, 429
 * and 5xx, a network error or a request timeout are retried with exponential backoff (honouring
 * `Retry-After`, within the deadline); any other answer, including a redirect (never followed: a
 * POST must not turn into a GET), fails at once. Every request carries `Idempotency-Key: <booking_id>`
 * so the endpoint can drop a repeat after a retry whose first answer was lost.
 * @throws BookingError from `book` when the booking did not go through; from the constructor (kind `config`) for a bad URL.
 */
export class WebhookBookingAdapter implements BookingAdapter {
  private readonly url: URL;
  private readonly opts: Required<Omit<WebhookBookingOptions, 'secret' | 'url'>> & { secret: string | null };

  constructor(options: WebhookBookingOptions) {
    let url: URL;
    try {
      url = new URL(options.url);
    } catch {
      throw new BookingError('BOOKING_WEBHOOK_URL is not a valid URL', 'config');
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
      throw new BookingError(`BOOKING_WEBHOOK_URL must be https (got ${url.protocol})`, 'config');
    }
    this.url = url;
    this.opts = {
      secret: options.secret || null,
      secretHeader: options.secretHeader || 'x-trialist-webhook-secret',
      timeoutMs: options.timeoutMs ?? 3000,
      maxAttempts: Math.max(1, options.maxAttempts ?? 3),
      backoffMs: options.backoffMs ?? 250,
      deadlineMs: options.deadlineMs ?? 8000,
      now: options.now ?? Date.now,
    };
  }

  /** The endpoint without its query string (which may hold a token), for logs. */
  get endpoint(): string {
    return `${this.url.origin}${this.url.pathname}`;
  }

  async book(request: MeetingRequest, sessionId: string, callerHash: string | null = null): Promise<MeetingConfirmation> {
    const c = confirmation(request, sessionId);
    const { now, timeoutMs, maxAttempts, backoffMs, deadlineMs, secret, secretHeader } = this.opts;
    const started = now();
    const payload: BookingWebhookPayload = { ...c, session_id: sessionId, caller_hash: callerHash, requested_at: new Date(started).toISOString() };
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': `${AGENT_NAME}/${AGENT_VERSION}`,
      'idempotency-key': c.booking_id,
      ...(secret ? { [secretHeader]: secret } : {}),
    };
    const body = JSON.stringify(payload);
    let last: BookingError | null = null;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const remaining = deadlineMs - (now() - started);
      if (remaining <= 0) break;
      let retryAfter: number | null = null;
      try {
        const res = await fetch(this.url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(Math.min(timeoutMs, remaining)) });
        await res.body?.cancel().catch(() => undefined);
        if (res.status >= 200 && res.status < 300) return c;
        if (!retryable(res.status)) {
          throw new BookingError(`booking webhook ${this.endpoint} answered ${res.status}; not retried`, 'rejected', res.status, attempt);
        }
        last = new BookingError(`booking webhook ${this.endpoint} answered ${res.status} ${attempt} time(s)`, 'unavailable', res.status, attempt);
        retryAfter = retryAfterMs(res.headers.get('retry-after'), now());
      } catch (e) {
        if (e instanceof BookingError) throw e;
        const err = e as Error;
        last =
          err.name === 'TimeoutError' || err.name === 'AbortError'
            ? new BookingError(`booking webhook ${this.endpoint} did not answer within ${Math.min(timeoutMs, remaining)} ms`, 'timeout', null, attempt)
            : new BookingError(`booking webhook ${this.endpoint} unreachable: ${(err.cause as Error | undefined)?.message ?? err.message}`, 'unreachable', null, attempt);
      }
      if (attempt === maxAttempts) break;
      const backoff = backoffMs * 2 ** (attempt - 1) * (1 + Math.random() * 0.25);
      const wait = Math.max(backoff, retryAfter ?? 0);
      if (now() - started + wait >= deadlineMs) break; // no time left for another request
      await sleep(wait);
    }
    throw last ?? new BookingError(`booking webhook ${this.endpoint}: no time left within ${deadlineMs} ms`, 'timeout', null, 0);
  }
}

/** Refuses every booking with the reason it cannot book (a misconfigured webhook): calls go on, bookings fail gracefully. */
export class UnavailableBookingAdapter implements BookingAdapter {
  constructor(readonly reason: string) {}

  async book(): Promise<MeetingConfirmation> {
    throw new BookingError(`booking is not configured correctly: ${this.reason}`, 'config');
  }
}

/**
 * The booking adapter the environment asks for: `WebhookBookingAdapter` when BOOKING_WEBHOOK_URL is
 * set (secret from BOOKING_WEBHOOK_SECRET, which ECS fills from Secrets Manager; header name from
 * BOOKING_WEBHOOK_SECRET_HEADER), else `LocalFileBookingAdapter` on BOOKINGS_FILE (default
 * /tmp/trialist-bookings.jsonl). A webhook URL that is not valid gives an adapter that refuses
 * every booking and a `warning` to log: a bad setting never drops a call, nor books into a local file
 * nobody reads.
 */
export function bookingAdapterFromEnv(env: NodeJS.ProcessEnv = process.env): { adapter: BookingAdapter; description: string; warning: string | null } {
  const url = env.BOOKING_WEBHOOK_URL?.trim();
  if (url) {
    try {
      const adapter = new WebhookBookingAdapter({ url, secret: env.BOOKING_WEBHOOK_SECRET?.trim() || null, secretHeader: env.BOOKING_WEBHOOK_SECRET_HEADER?.trim() || undefined });
      return { adapter, description: `webhook ${adapter.endpoint}`, warning: null };
    } catch (e) {
      const reason = (e as Error).message;
      return { adapter: new UnavailableBookingAdapter(reason), description: 'unavailable', warning: `${reason}: book_sales_meeting will fail until it is fixed` };
    }
  }
  const file = env.BOOKINGS_FILE || '/tmp/trialist-bookings.jsonl';
  return { adapter: new LocalFileBookingAdapter(file), description: `file ${file}`, warning: null };
}
