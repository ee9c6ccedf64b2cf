/**
 * Caller identity and consent: E.164 normalisation (withheld and invalid numbers are no number),
 * display names (LiveKit's `Phone +1...` label, numbers and emails are never a name; the name given
 * during the call wins), no caller memory read or written for an anonymous caller (through a real
 * AgentSession with FakeLLM), and what LiveKit may record before consent is known.
 */
import { initializeLogger, loggerOptions, voice } from '@livekit/agents';
import { readCallerMemory } from '../agent-container/src/agent';
import { MemoryBookingAdapter } from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import { recordingFor } from '../agent-container/src/pipeline';
import { DEFAULT_TEMPLATE, modelsOf, parseTemplate } from '../agent-container/src/template';
import { openingText } from '../agent-container/src/trial-agent';
import { callerDisplayName, callerNameOf, normalizeE164 } from '../lib/caller-identity';
import type { CallerMemory, CallerMemoryStore, CallSummary } from '../lib/caller-memory';
import { MemorySink } from './fixtures';

beforeAll(() => {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
});

describe('normalizeE164', () => {
  it('accepts written forms of a number with a country code', () => {
    expect(normalizeE164('+16175550142')).toBe('+16175550142');
    expect(normalizeE164(' +1 (617) 555-0142 ')).toBe('+16175550142');
    expect(normalizeE164('sip:+442079460958@trunk.example.com')).toBe('+442079460958');
    expect(normalizeE164('tel:+49.30.1234567')).toBe('+49301234567');
    expect(normalizeE164('0044 20 7946 0958')).toBe('+442079460958');
  });

  it('gives null for withheld, missing and invalid numbers', () => {
    for (const raw of [null, undefined, '', 'anonymous', 'Anonymous', 'unknown', 'restricted', 'PRIVATE', '6175550142', '+0123456789', '+1234', '+1234567890123456', 'not a number', '+1617555O142']) {
      expect([raw, normalizeE164(raw)]).toEqual([raw, null]);
    }
  });
});

describe('callerDisplayName', () => {
  it("drops LiveKit's Phone label, numbers, emails and SIP identities", () => {
    for (const raw of ['Phone +16175550142', 'Phone XXXX-XXXX', 'phone 555', '+1 617 555 0142', '6175550142', 'dana@harborpine.com', 'sip_+16175550142', 'Anonymous', 'Unknown caller', '', '   ', '12345', null]) {
      expect([raw, callerDisplayName(raw)]).toEqual([raw, null]);
    }
  });

  it('keeps real names, tidied', () => {
    expect(callerDisplayName('  Dana   Whitfield ')).toBe('Dana Whitfield');
    expect(callerDisplayName('José Álvarez-Núñez')).toBe('José Álvarez-Núñez');
    expect(callerDisplayName("O'Brien")).toBe("O'Brien");
    expect(callerDisplayName('Phoebe')).toBe('Phoebe'); // starts like "Phone", but is a name
  });

  it('the name given during the call wins; a label never does', () => {
    expect(callerNameOf('Dana Whitfield', 'Phone +16175550142')).toBe('Dana Whitfield');
    expect(callerNameOf(null, 'Phone +16175550142')).toBeNull();
    expect(callerNameOf('dana@harborpine.com', 'Dana')).toBe('Dana');
  });
});

/** A caller-memory store that counts what is asked of it. */
class CountingStore implements CallerMemoryStore {
  gets = 0;
  writes: CallSummary[] = [];
  async get(): Promise<CallerMemory | null> {
    this.gets += 1;
    return null;
  }
  async recordCall(summary: CallSummary): Promise<CallerMemory> {
    this.writes.push(summary);
    return { name: summary.name, call_count: 1 } as CallerMemory;
  }
}

function call(phone: string | null, name: string | null, store: CallerMemoryStore, llm: voice.testing.FakeLLM) {
  const c = createCallSession({
    collector: {
      sessionId: 'lk-identity-0001',
      startedAt: new Date(),
      session: { channel: 'sip' },
      caller: { identity: 'sip_caller', name, phone, memory: null },
      models: modelsOf(DEFAULT_TEMPLATE),
    },
    session: { llm, vad: null },
    booking: new MemoryBookingAdapter(),
    sink: new MemorySink(),
    greet: false,
    memoryStore: store,
  });
  c.session.output.setAudioEnabled(false);
  c.session.output.setTranscriptionEnabled(false);
  return c;
}

const BOOK = { name: 'Dana Whitfield', email: 'dana@harborpine.com', time_window: 'Thursday 10am ET' };

describe('caller identity on a call', () => {
  it('an anonymous caller reads and writes no memory', async () => {
    const store = new CountingStore();
    const phone = normalizeE164('anonymous');
    expect(await readCallerMemory(store, phone, () => undefined)).toBeNull();
    const c = call(phone, callerDisplayName('Phone XXXX-XXXX'), store, new voice.testing.FakeLLM([{ input: 'Hi there', content: 'Hello!' }]));
    await c.session.start({ agent: c.agent });
    await c.session.run({ userInput: 'Hi there' }).wait();
    await c.session.close();
    const { record } = await c.exported;
    expect(await c.remembered).toBeNull();
    expect(store.gets).toBe(0);
    expect(store.writes).toEqual([]);
    expect(record.caller).toMatchObject({ name: null, phone_hash: null });
  });

  it("'Phone +1...' is never the caller's name; the name given for the booking is, and memory keeps it", async () => {
    const store = new CountingStore();
    const llm = new voice.testing.FakeLLM([
      { input: 'Book me Thursday 10am, Dana Whitfield, dana@harborpine.com', content: 'Booking.', toolCalls: [{ name: 'book_sales_meeting', args: BOOK }] },
    ]);
    const c = call('+16175550142', 'Phone +16175550142', store, llm);
    await c.session.start({ agent: c.agent });
    await c.session.run({ userInput: 'Book me Thursday 10am, Dana Whitfield, dana@harborpine.com' }).wait();
    await c.session.close();
    const { record } = await c.exported;
    await c.remembered;
    expect(record.caller.name).toBe('Dana Whitfield');
    expect(store.writes.map((w) => w.name)).toEqual(['Dana Whitfield']);
    expect(JSON.stringify(record)).not.toContain('Phone +1');
  });

  it('the opening greets a returning caller by name only when it is a name', () => {
    const memory = { name: 'Phone +16175550142', call_count: 2 } as CallerMemory;
    expect(openingText(DEFAULT_TEMPLATE, memory, null)).toBe(`Welcome back! Hi, this is Riley, trialist's AI assistant. ${DEFAULT_TEMPLATE.consent.question}`);
    expect(openingText(DEFAULT_TEMPLATE, { ...memory, name: 'Dana' }, null)).toMatch(/^Welcome back, Dana! /);
  });
});

describe('recording from consent', () => {
  const noConsent = parseTemplate({ ...JSON.parse(JSON.stringify(DEFAULT_TEMPLATE)), template_id: 'open', consent: { required: false } });
  it('LiveKit records audio and transcript only when consent is not needed or was already granted', () => {
    expect(recordingFor(DEFAULT_TEMPLATE, null)).toEqual({ audio: false, transcript: false, traces: true, logs: true });
    expect(recordingFor(DEFAULT_TEMPLATE, 'granted')).toMatchObject({ audio: true, transcript: true });
    expect(recordingFor(DEFAULT_TEMPLATE, 'denied')).toMatchObject({ audio: false, transcript: false });
    expect(recordingFor(noConsent, null)).toMatchObject({ audio: true, transcript: true });
    expect(recordingFor(noConsent, 'denied')).toMatchObject({ audio: false, transcript: false });
  });
});
