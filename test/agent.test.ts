/**
 * The live call wiring (agent-container/src/call-session.ts) driven by the framework's own
 * `voice.testing.FakeLLM`: real AgentSession, real TrialAgent tools, real SessionCollector with
 * the live clock; plus the dispatch metadata parser, the booking adapters, the collector's
 * percentiles and the price table.
 */
import { initializeLogger, loggerOptions, voice } from '@livekit/agents';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDispatchMetadata } from '../agent-container/src/agent';
import { bookingId, LocalFileBookingAdapter, MemoryBookingAdapter, type BookingAdapter } from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import { LiveClock, SimulatedClock, speechDurationMs } from '../agent-container/src/clock';
import { percentile } from '../agent-container/src/collector';
import { callerPhoneHash, recordedIdentity } from '../lib/caller-phone-hash';
import { DEFAULT_TEMPLATE, modelsOf } from '../agent-container/src/template';
import { TOOL_FAILURE_MESSAGES } from '../agent-container/src/trial-agent';
import { findPrice, PRICE_TABLE, PRICE_TABLE_VERSION, priceCall } from '../lib/pricing';
import { parseSessionRecord } from '../lib/session-record';
import type { SessionSink } from '../lib/storage/session-sink';
import { MemorySink } from './fixtures';

beforeAll(() => {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
});


function liveCall(llm: voice.testing.FakeLLM, booking: BookingAdapter, sink: SessionSink) {
  const call = createCallSession({
    collector: {
      sessionId: 'lk-test-0001',
      startedAt: new Date(),
      session: { channel: 'webrtc', room_name: 'room-1', call_type: 'inbound-qualified' },
      caller: { identity: 'web-visitor-1', name: 'Dana', phone: '+16175550142' },
      models: modelsOf(DEFAULT_TEMPLATE),
      defaultEndReason: 'caller_hangup',
    },
    session: { llm, vad: null },
    booking,
    sink,
    greet: false,
  });
  call.session.output.setAudioEnabled(false);
  call.session.output.setTranscriptionEnabled(false);
  return call;
}

const BOOK_ARGS = { name: 'Dana Whitfield', email: 'dana@harborpine.com', time_window: 'Thursday 10am-12pm ET' };

describe('a live call with FakeLLM', () => {
  it('runs and records the tools, ends on end_call and exports one valid record on close', async () => {
    const booking = new MemoryBookingAdapter();
    const expectedOutput = JSON.stringify({ booked: true, booking_id: bookingId(BOOK_ARGS, 'lk-test-0001'), time_window: BOOK_ARGS.time_window, email: BOOK_ARGS.email });
    const llm = new voice.testing.FakeLLM([
      { input: 'We are a team of 40 and need this asap.', content: 'Got it. Want me to book a call with sales?' },
      { input: 'Yes, Thursday morning, dana@harborpine.com', content: 'Booking it now.', toolCalls: [{ name: 'book_sales_meeting', args: BOOK_ARGS }] },
      { input: expectedOutput, content: 'You are booked for Thursday.' },
      { input: 'Thanks, bye.', content: 'Bye!', toolCalls: [{ name: 'end_call', args: {} }] },
    ]);
    const sink = new MemorySink();
    const call = liveCall(llm, booking, sink);
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'We are a team of 40 and need this asap.' }).wait();
    await call.session.run({ userInput: 'Yes, Thursday morning, dana@harborpine.com' }).wait();
    await call.session.run({ userInput: 'Thanks, bye.' }).wait();
    const { record } = await call.exported; // end_call drained and closed the session

    expect(sink.written).toHaveLength(1);
    expect(parseSessionRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(record.transcript.map((t) => [t.role, t.text])).toEqual([
      ['user', 'We are a team of 40 and need this asap.'],
      ['agent', 'Got it. Want me to book a call with sales?'],
      ['user', 'Yes, Thursday morning, dana@harborpine.com'],
      ['agent', 'Booking it now.'],
      ['agent', 'You are booked for Thursday.'],
      ['user', 'Thanks, bye.'],
      ['agent', 'Bye!'],
    ]);
    expect(record.tool_calls.map((c) => [c.name, c.outcome])).toEqual([
      ['book_sales_meeting', 'success'],
      ['end_call', 'success'],
    ]);
    expect(record.tool_calls[0]!.output).toBe(expectedOutput);
    expect(record.tool_calls[0]!.turn_index).toBe(3);
    expect(booking.bookings).toEqual([expect.objectContaining({ email: 'dana@harborpine.com', session_id: 'lk-test-0001' })]);
    // booked, then closed by the agent: the whole funnel, so the call reached `exit`
    expect(record.outcome).toEqual({ stage_reached: 'exit', meeting_booked: true, meeting_time: 'Thursday 10am-12pm ET', end_reason: 'agent_ended' });
    expect(record.session).toMatchObject({ channel: 'webrtc', room_name: 'room-1', replay_source: null });
    expect(record.caller.phone_hash).toBe(callerPhoneHash('+16175550142').hash);
    expect(JSON.stringify(record)).not.toContain('6175550142');
    expect(record.discovered_signals.team_size).toBe(40);
    expect(record.discovered_signals.urgency).toBe('high');
    // live latency comes from the framework's metrics events
    expect(record.metrics_summary.llm_ttft_ms.samples).toBeGreaterThan(0);
    expect(record.metrics_summary.llm_ttft_ms.p50).not.toBeNull();
    for (const t of record.transcript) expect(t.end_ms).toBeGreaterThanOrEqual(t.start_ms);
  });

  it('a booking adapter that throws is recorded as an error, the agent recovers and the call goes on', async () => {
    const broken: BookingAdapter = {
      book: async () => {
        throw new Error('calendar down');
      },
    };
    const llm = new voice.testing.FakeLLM([
      { input: 'Book me for Monday 9am, dana@harborpine.com', content: 'Booking.', toolCalls: [{ name: 'book_sales_meeting', args: { ...BOOK_ARGS, time_window: 'Monday 9am ET' } }] },
      { input: TOOL_FAILURE_MESSAGES.book_sales_meeting!, content: 'Sorry, the calendar is not responding. Sales will email you.' },
      { input: 'Ok thanks', content: 'You are welcome.' },
    ]);
    const sink = new MemorySink();
    const call = liveCall(llm, broken, sink);
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'Book me for Monday 9am, dana@harborpine.com' }).wait();
    await call.session.run({ userInput: 'Ok thanks' }).wait();
    await call.session.close();
    const { record } = await call.exported;

    // the LLM is told what to say instead; the adapter's own error stays out of the prompt and the record
    expect(record.tool_calls).toEqual([expect.objectContaining({ name: 'book_sales_meeting', outcome: 'error', output: TOOL_FAILURE_MESSAGES.book_sales_meeting })]);
    expect(JSON.stringify(record)).not.toContain('calendar down');
    expect(record.transcript.map((t) => t.text)).toContain('Sorry, the calendar is not responding. Sales will email you.');
    expect(record.transcript.at(-1)!.text).toBe('You are welcome.');
    expect(record.outcome.meeting_booked).toBe(false);
    expect(record.outcome.end_reason).toBe('caller_hangup');
  });

  it('invalid booking arguments come back to the LLM as a ToolError it can act on', async () => {
    const llm = new voice.testing.FakeLLM([
      { input: 'book it', content: 'Booking.', toolCalls: [{ name: 'book_sales_meeting', args: { ...BOOK_ARGS, email: 'dana at harborpine' } }] },
    ]);
    const call = liveCall(llm, new MemoryBookingAdapter(), new MemorySink());
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'book it' }).wait();
    await call.session.close();
    const { record } = await call.exported;
    expect(record.tool_calls[0]).toMatchObject({ outcome: 'error', output: expect.stringMatching(/^Cannot book: email: not a valid email address/) });
  });
});

describe('caller identity in the record', () => {
  it('replaces a phone number inside the participant identity (SIP: sip_<E.164>) by a prefix of its hash', () => {
    const tag = `#${callerPhoneHash('+16175550142').hash!.slice(0, 12)}`;
    expect(recordedIdentity('sip_+16175550142', '+16175550142')).toBe(`sip_${tag}`);
    expect(recordedIdentity('sip_16175550142', '+16175550142')).toBe(`sip_${tag}`);
    expect(recordedIdentity('web-visitor-1', '+16175550142')).toBe('web-visitor-1');
    expect(recordedIdentity('sip_+16175550142', null)).toBe('sip_+16175550142'); // no number known: nothing to match
    expect(recordedIdentity(null, '+16175550142')).toBeNull();
  });
});

describe('dispatch metadata', () => {
  it('parses valid metadata', () => {
    const { metadata, warning } = parseDispatchMetadata(JSON.stringify({ template_id: 'sales-v2', call_type: 'inbound-qualified', phone_number: '+15555550100', lead_id: 'L1' }));
    expect(warning).toBeNull();
    expect(metadata).toEqual({ template_id: 'sales-v2', call_type: 'inbound-qualified', phone_number: '+15555550100', lead_id: 'L1', recording_consent: null });
  });

  it('falls back to the defaults with a warning, never failing the call', () => {
    const defaults = { template_id: 'default', call_type: 'unknown', phone_number: null, lead_id: null, recording_consent: null };
    expect(parseDispatchMetadata('')).toEqual({ metadata: defaults, warning: null });
    expect(parseDispatchMetadata('{not json')).toEqual({ metadata: defaults, warning: expect.stringMatching(/not JSON/) });
    expect(parseDispatchMetadata(JSON.stringify({ call_type: 'vip', phone_number: '12' }))).toEqual({
      metadata: defaults,
      warning: expect.stringMatching(/call_type, phone_number/),
    });
  });
});

describe('booking adapters', () => {
  it('the local file adapter appends one JSON line per booking with a stable id', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trialist-book-'));
    try {
      const file = path.join(dir, 'nested', 'bookings.jsonl');
      const adapter = new LocalFileBookingAdapter(file);
      const a = await adapter.book(BOOK_ARGS, 's1');
      const b = await adapter.book(BOOK_ARGS, 's1');
      expect(a.booking_id).toBe(b.booking_id);
      expect(a.booking_id).not.toBe(bookingId(BOOK_ARGS, 's2'));
      const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatchObject({ ...BOOK_ARGS, session_id: 's1', booking_id: a.booking_id });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('clocks and percentiles', () => {
  it('percentile uses nearest rank', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([300, 100, 200], 50)).toBe(200);
    expect(percentile([...Array(100).keys()].map((i) => i + 1), 95)).toBe(95);
  });

  it('speech takes about 150 words per minute, never under 600 ms', () => {
    expect(speechDurationMs('one two three four five six seven eight nine ten')).toBe(4000);
    expect(speechDurationMs('Yes.')).toBe(600);
  });

  it('the simulated clock spaces turns by who speaks next', () => {
    const c = new SimulatedClock();
    const a = c.placeTurn({ role: 'agent', text: 'Hi there', createdAt: 0 });
    const u = c.placeTurn({ role: 'user', text: 'Hello', createdAt: 0 });
    const u2 = c.placeTurn({ role: 'user', text: 'Me too', createdAt: 0 });
    const a2 = c.placeTurn({ role: 'agent', text: 'Great', createdAt: 0 });
    expect([a.start_ms, u.start_ms - a.end_ms, u2.start_ms - u.end_ms, a2.start_ms - u2.end_ms]).toEqual([1000, 400, 300, 900]);
    expect(c.elapsedMs()).toBe(a2.end_ms + 1000);
  });

  it('the live clock uses the framework speaking timestamps when present', () => {
    const c = new LiveClock(1_000_000, () => 1_060_000);
    expect(c.placeTurn({ role: 'user', text: 'hi', createdAt: 1_010_000, startedSpeakingAt: 1_005.5, stoppedSpeakingAt: 1_007 })).toEqual({ start_ms: 5500, end_ms: 7000 });
    expect(c.placeTurn({ role: 'agent', text: 'one two three', createdAt: 1_020_000 })).toEqual({ start_ms: 18800, end_ms: 20000 });
    expect(c.elapsedMs()).toBe(60000);
  });
});

describe('price table', () => {
  it('prices every default model and cites a source for every price', () => {
    const models = modelsOf(DEFAULT_TEMPLATE);
    expect(findPrice('stt', models.stt)).toBeDefined();
    expect(findPrice('llm', models.llm)).toBeDefined();
    expect(findPrice('tts', models.tts)).toBeDefined();
    for (const p of PRICE_TABLE) {
      expect(p.source).toMatch(/^https:\/\//);
      expect(p.recorded).toMatch(/^\d{4}-\d{2}$/);
    }
  });

  it('computes USD per provider from usage', () => {
    const { cost, unpriced } = priceCall({
      stt: { provider: 'deepgram', model: 'nova-3', audioSeconds: 120 },
      llm: { provider: 'openai', model: 'gpt-4.1-mini', promptTokens: 1_000_000, cachedPromptTokens: 500_000, completionTokens: 100_000 },
      tts: { provider: 'elevenlabs', model: 'eleven_flash_v2_5', characters: 2000 },
    });
    const nova = findPrice('stt', { provider: 'deepgram', model: 'nova-3' })!;
    const mini = findPrice('llm', { provider: 'openai', model: 'gpt-4.1-mini' })!;
    const flash = findPrice('tts', { provider: 'elevenlabs', model: 'eleven_flash_v2_5' })!;
    const expected = {
      stt: 2 * nova.usdPerAudioMinute!,
      llm: 0.5 * mini.usdPerMillionPromptTokens! + 0.5 * mini.usdPerMillionCachedPromptTokens! + 0.1 * mini.usdPerMillionCompletionTokens!,
      tts: 2 * flash.usdPerThousandCharacters!,
    };
    expect(unpriced).toEqual([]);
    expect(cost.price_table_version).toBe(PRICE_TABLE_VERSION);
    for (const p of cost.by_provider) expect(p.usd).toBeCloseTo(expected[p.service as 'stt' | 'llm' | 'tts'], 6);
    expect(cost.total_usd).toBeCloseTo(expected.stt + expected.llm + expected.tts, 6);
  });

  it('prices Cartesia TTS as the templates name it (`cartesia/<model>`), under a bumped table version', () => {
    expect(PRICE_TABLE_VERSION).toBe('2026-11.1');
    for (const model of ['cartesia/sonic-2', 'cartesia/sonic-turbo', 'sonic-2']) {
      expect(findPrice('tts', { provider: 'cartesia', model })).toMatchObject({ provider: 'cartesia', service: 'tts', recorded: '2026-11' });
    }
    const { cost, unpriced } = priceCall({
      stt: { provider: 'deepgram', model: 'nova-3', audioSeconds: 0 },
      llm: { provider: 'openai', model: 'gpt-4.1-mini', promptTokens: 0, cachedPromptTokens: 0, completionTokens: 0 },
      tts: { provider: 'cartesia', model: 'cartesia/sonic-2', characters: 4000 },
    });
    expect(unpriced).toEqual([]);
    expect(cost.by_provider.find((p) => p.service === 'tts')).toEqual({ provider: 'cartesia', service: 'tts', model: 'sonic-2', usd: 0.2 });
    // a Cartesia model the table does not list is reported, not guessed
    expect(priceCall({ stt: { provider: 'deepgram', model: 'nova-3', audioSeconds: 0 }, llm: { provider: 'openai', model: 'gpt-4.1-mini', promptTokens: 0, cachedPromptTokens: 0, completionTokens: 0 }, tts: { provider: 'cartesia', model: 'cartesia/sonic-9', characters: 10 } }).unpriced).toEqual(['cartesia/sonic-9']);
  });

  it('reports models it has no price for instead of guessing', () => {
    const { cost, unpriced } = priceCall({
      stt: { provider: 'deepgram', model: 'nova-3', audioSeconds: 0 },
      llm: { provider: 'acme', model: 'giant-1', promptTokens: 10, cachedPromptTokens: 0, completionTokens: 10 },
      tts: { provider: 'elevenlabs', model: 'eleven_flash_v2_5', characters: 0 },
    });
    expect(unpriced).toEqual(['acme/giant-1']);
    expect(cost.by_provider.map((p) => p.service)).toEqual(['stt', 'tts']);
    expect(cost.total_usd).toBe(0);
  });
});
