/**
 * The webhook booking adapter against a real HTTP server (node:http on 127.0.0.1, port 0): what it
 * posts, retries on 429/5xx with backoff, timeouts, permanent failures, redirects, the deadline, the
 * adapter chosen from the environment, and a failed booking inside a live call (FakeLLM) recorded
 * as a tool error the agent speaks around.
 */
import { initializeLogger, loggerOptions, voice } from '@livekit/agents';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  bookingAdapterFromEnv,
  BookingError,
  bookingId,
  LocalFileBookingAdapter,
  UnavailableBookingAdapter,
  WebhookBookingAdapter,
  type BookingWebhookPayload,
} from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import { callerPhoneHash } from '../lib/caller-phone-hash';
import { DEFAULT_TEMPLATE, modelsOf } from '../agent-container/src/template';
import { TOOL_FAILURE_MESSAGES } from '../agent-container/src/trial-agent';
import { parseSessionRecord } from '../lib/session-record';
import { MemorySink } from './fixtures';

beforeAll(() => {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
});

/** What the server answers to one request: a status (and headers), or no answer at all. */
type Reply = { status: number; headers?: Record<string, string> } | 'hang';

interface Received {
  method: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** A real HTTP server answering from a script (the last reply repeats), recording every request. */
async function webhookServer(script: Reply[]): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push({ method: req.method!, headers: req.headers, body, at: Date.now() });
      const reply = script[Math.min(received.length - 1, script.length - 1)]!;
      if (reply === 'hang') return; // never answers; the client's timeout has to end it
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify({ ok: reply.status < 300 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/book?token=abc`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const REQUEST = { name: 'Dana Whitfield', email: 'dana@harborpine.com', time_window: 'Thursday 10am-12pm ET' };
const CALLER = callerPhoneHash('+16175550142').hash;
const fast = { backoffMs: 20, timeoutMs: 1000 };

describe('WebhookBookingAdapter (real HTTP server)', () => {
  let server: Awaited<ReturnType<typeof webhookServer>> | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('posts the booking as JSON with the secret header and an idempotency key, and confirms on 2xx', async () => {
    server = await webhookServer([{ status: 201 }]);
    const adapter = new WebhookBookingAdapter({ url: server.url, secret: 's3cret', now: () => Date.parse('2026-11-21T09:30:00Z') });
    const c = await adapter.book(REQUEST, 'lk-call-1', CALLER);
    expect(c).toEqual({ booking_id: bookingId(REQUEST, 'lk-call-1'), ...REQUEST });
    expect(server.received).toHaveLength(1);
    const [r] = server.received;
    expect(r!.method).toBe('POST');
    expect(r!.headers['content-type']).toBe('application/json');
    expect(r!.headers['x-trialist-webhook-secret']).toBe('s3cret');
    expect(r!.headers['idempotency-key']).toBe(c.booking_id);
    const payload = JSON.parse(r!.body) as BookingWebhookPayload;
    expect(payload).toEqual({
      booking_id: c.booking_id,
      ...REQUEST,
      session_id: 'lk-call-1',
      caller_hash: CALLER,
      requested_at: '2026-11-21T09:30:00.000Z',
    });
    expect(adapter.endpoint).toBe(server.url.replace('?token=abc', '')); // the query (maybe a token) stays out of logs
  });

  it('sends no secret header without a secret, and a custom header name when asked', async () => {
    server = await webhookServer([{ status: 200 }]);
    await new WebhookBookingAdapter({ url: server.url }).book(REQUEST, 's1');
    await new WebhookBookingAdapter({ url: server.url, secret: 'k', secretHeader: 'authorization' }).book(REQUEST, 's1');
    expect(server.received[0]!.headers['x-trialist-webhook-secret']).toBeUndefined();
    expect(JSON.parse(server.received[0]!.body).caller_hash).toBeNull();
    expect(server.received[1]!.headers.authorization).toBe('k');
  });

  it('retries a 5xx and a 429 with backoff, the same body and key each time, then confirms', async () => {
    server = await webhookServer([{ status: 503 }, { status: 429, headers: { 'retry-after': '0' } }, { status: 200 }]);
    const c = await new WebhookBookingAdapter({ url: server.url, ...fast }).book(REQUEST, 'lk-call-2', CALLER);
    expect(c.booking_id).toBe(bookingId(REQUEST, 'lk-call-2'));
    expect(server.received).toHaveLength(3);
    expect(new Set(server.received.map((r) => r.body)).size).toBe(1);
    expect(new Set(server.received.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    // exponential: >= 20 ms, then >= 40 ms between requests
    expect(server.received[1]!.at - server.received[0]!.at).toBeGreaterThanOrEqual(18);
    expect(server.received[2]!.at - server.received[1]!.at).toBeGreaterThanOrEqual(38);
  });

  it('honours Retry-After when it asks for longer than the backoff', async () => {
    server = await webhookServer([{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }]);
    await new WebhookBookingAdapter({ url: server.url, ...fast }).book(REQUEST, 's1');
    expect(server.received[1]!.at - server.received[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('gives up after maxAttempts of 5xx with an `unavailable` error naming the status', async () => {
    server = await webhookServer([{ status: 502 }]);
    const err = await new WebhookBookingAdapter({ url: server.url, ...fast, maxAttempts: 3 }).book(REQUEST, 's1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BookingError);
    expect(err).toMatchObject({ kind: 'unavailable', status: 502, attempts: 3, message: expect.stringMatching(/answered 502/) });
    expect(server.received).toHaveLength(3);
  });

  it('times out a request that gets no answer, retries, and fails with a `timeout` error', async () => {
    server = await webhookServer(['hang']);
    const t0 = Date.now();
    const err = await new WebhookBookingAdapter({ url: server.url, timeoutMs: 150, backoffMs: 10, maxAttempts: 2 }).book(REQUEST, 's1').catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'BookingError', kind: 'timeout', attempts: 2, message: expect.stringMatching(/did not answer within 150 ms/) });
    expect(server.received).toHaveLength(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('keeps the whole booking within the deadline, however many attempts are allowed', async () => {
    server = await webhookServer(['hang']);
    const t0 = Date.now();
    const err = await new WebhookBookingAdapter({ url: server.url, timeoutMs: 200, backoffMs: 10, maxAttempts: 10, deadlineMs: 500 }).book(REQUEST, 's1').catch((e: unknown) => e);
    const elapsed = Date.now() - t0;
    expect(err).toMatchObject({ kind: 'timeout' });
    expect(elapsed).toBeLessThan(900);
    expect(server.received.length).toBeLessThanOrEqual(3);
  });

  it('fails at once on a permanent answer (4xx) or a redirect, without retrying or following it', async () => {
    server = await webhookServer([{ status: 400 }]);
    await expect(new WebhookBookingAdapter({ url: server.url, ...fast }).book(REQUEST, 's1')).rejects.toMatchObject({ kind: 'rejected', status: 400, attempts: 1 });
    expect(server.received).toHaveLength(1);
    await server.close();

    server = await webhookServer([{ status: 302, headers: { location: 'http://127.0.0.1:1/elsewhere' } }]);
    await expect(new WebhookBookingAdapter({ url: server.url, ...fast }).book(REQUEST, 's1')).rejects.toMatchObject({ kind: 'rejected', status: 302 });
    expect(server.received).toHaveLength(1);
  });

  it('reports an endpoint nobody listens on as `unreachable`', async () => {
    server = await webhookServer([{ status: 200 }]);
    const url = server.url;
    await server.close();
    server = null;
    await expect(new WebhookBookingAdapter({ url, ...fast, maxAttempts: 2 }).book(REQUEST, 's1')).rejects.toMatchObject({ kind: 'unreachable', attempts: 2 });
  });

  it('refuses a URL that is not https (except loopback) or not a URL at all', () => {
    expect(() => new WebhookBookingAdapter({ url: 'http://hooks.example.com/book' })).toThrow(/must be https/);
    expect(() => new WebhookBookingAdapter({ url: 'not a url' })).toThrow(/not a valid URL/);
    expect(new WebhookBookingAdapter({ url: 'https://hooks.example.com/book' }).endpoint).toBe('https://hooks.example.com/book');
  });
});

describe('bookingAdapterFromEnv', () => {
  it('books through the webhook when BOOKING_WEBHOOK_URL is set, else into the local file', () => {
    const web = bookingAdapterFromEnv({ BOOKING_WEBHOOK_URL: 'https://hooks.example.com/book', BOOKING_WEBHOOK_SECRET: 'k' });
    expect(web.adapter).toBeInstanceOf(WebhookBookingAdapter);
    expect(web).toMatchObject({ description: 'webhook https://hooks.example.com/book', warning: null });
    const file = bookingAdapterFromEnv({ BOOKINGS_FILE: '/tmp/x/bookings.jsonl' });
    expect(file.adapter).toBeInstanceOf(LocalFileBookingAdapter);
    expect(file.description).toBe('file /tmp/x/bookings.jsonl');
  });

  it('a bad webhook URL gives an adapter that refuses bookings (never a local file nobody reads) and a warning', async () => {
    const bad = bookingAdapterFromEnv({ BOOKING_WEBHOOK_URL: 'http://hooks.example.com/book', BOOKINGS_FILE: '/tmp/x.jsonl' });
    expect(bad.adapter).toBeInstanceOf(UnavailableBookingAdapter);
    expect(bad.warning).toMatch(/must be https.*book_sales_meeting will fail/);
    await expect(bad.adapter.book(REQUEST, 's1')).rejects.toMatchObject({ kind: 'config' });
  });
});


describe('book_sales_meeting through the webhook in a live call (FakeLLM)', () => {
  let server: Awaited<ReturnType<typeof webhookServer>>;
  afterEach(() => server.close());

  function call(llm: voice.testing.FakeLLM, url: string) {
    const c = createCallSession({
      collector: {
        sessionId: 'lk-webhook-call',
        startedAt: new Date(),
        session: { channel: 'sip' },
        caller: { identity: 'sip_caller', name: null, phone: '+16175550142' },
        models: modelsOf(DEFAULT_TEMPLATE),
      },
      session: { llm, vad: null },
      booking: new WebhookBookingAdapter({ url, ...fast, maxAttempts: 2 }),
      sink: new MemorySink(),
      greet: false,
    });
    c.session.output.setAudioEnabled(false);
    c.session.output.setTranscriptionEnabled(false);
    return c;
  }

  it('books after a 5xx: the webhook gets the session id and caller hash, the record a booked meeting', async () => {
    server = await webhookServer([{ status: 500 }, { status: 200 }]);
    const id = bookingId(REQUEST, 'lk-webhook-call');
    const llm = new voice.testing.FakeLLM([
      { input: 'Book me Thursday morning.', content: 'Booking.', toolCalls: [{ name: 'book_sales_meeting', args: REQUEST }] },
      { input: JSON.stringify({ booked: true, booking_id: id, time_window: REQUEST.time_window, email: REQUEST.email }), content: 'You are booked.' },
    ]);
    const c = call(llm, server.url);
    await c.session.start({ agent: c.agent });
    await c.session.run({ userInput: 'Book me Thursday morning.' }).wait();
    await c.session.close();
    const { record } = await c.exported;
    expect(server.received).toHaveLength(2);
    expect(JSON.parse(server.received[1]!.body)).toMatchObject({ session_id: 'lk-webhook-call', caller_hash: CALLER, booking_id: id });
    expect(record.tool_calls).toEqual([expect.objectContaining({ name: 'book_sales_meeting', outcome: 'success' })]);
    expect(record.outcome).toMatchObject({ meeting_booked: true, meeting_time: REQUEST.time_window });
    expect(record.transcript.at(-1)!.text).toBe('You are booked.');
  });

  it('a permanent failure is recorded as a tool error; the agent says sales will email and the call goes on', async () => {
    server = await webhookServer([{ status: 422 }]);
    const llm = new voice.testing.FakeLLM([
      { input: 'Book me Thursday morning.', content: 'Booking.', toolCalls: [{ name: 'book_sales_meeting', args: REQUEST }] },
      { input: TOOL_FAILURE_MESSAGES.book_sales_meeting!, content: 'Sorry, I could not book it. Sales will email you to confirm a time.' },
      { input: 'Okay, thanks.', content: 'Anything else?' },
    ]);
    const c = call(llm, server.url);
    await c.session.start({ agent: c.agent });
    await c.session.run({ userInput: 'Book me Thursday morning.' }).wait();
    await c.session.run({ userInput: 'Okay, thanks.' }).wait();
    await c.session.close();
    const { record } = await c.exported;
    expect(server.received).toHaveLength(1);
    expect(parseSessionRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(record.tool_calls).toEqual([expect.objectContaining({ name: 'book_sales_meeting', outcome: 'error', output: TOOL_FAILURE_MESSAGES.book_sales_meeting })]);
    expect(JSON.stringify(record)).not.toContain('answered 422'); // the endpoint's answer stays in the log, not the prompt or the record
    expect(record.outcome.meeting_booked).toBe(false);
    expect(record.transcript.map((t) => t.text)).toEqual([
      'Book me Thursday morning.',
      'Booking.',
      'Sorry, I could not book it. Sales will email you to confirm a time.',
      'Okay, thanks.',
      'Anything else?',
    ]);
  });
});
