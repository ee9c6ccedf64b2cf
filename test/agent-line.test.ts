/**
 * No dead air, through a real AgentSession with FakeLLM: the fixed opening is spoken without an LLM
 * request and is the first turn; a caller who goes quiet is re-prompted once, then the call ends
 * politely (`timeout`, `caller_away`) and is hung up; the template's maximum length ends the call
 * (`timeout`, `max_duration`); time to first audio is in the record. Timers are shortened for the
 * test (the template's own are seconds to minutes).
 */
import { initializeLogger, loggerOptions, voice } from '@livekit/agents';
import { MemoryBookingAdapter } from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import { roomServiceFromEnv } from '../agent-container/src/hangup';
import { DEFAULT_TEMPLATE, modelsOf } from '../agent-container/src/template';
import { openingText } from '../agent-container/src/trial-agent';
import { LocalRoomService } from '../lib/local/livekit-room-service';
import { MemorySink } from './fixtures';

const KEY = 'APItest';
const SECRET = 'secret-of-at-least-32-characters-long';

beforeAll(() => {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
});

let lk: LocalRoomService;
beforeEach(async () => {
  lk = new LocalRoomService({ apiKey: KEY, apiSecret: SECRET, rooms: ['room-l'] });
  await lk.start();
});
afterEach(() => lk.stop());

/** An LLM that counts requests and answers nothing. */
class CountingLLM extends voice.testing.FakeLLM {
  requests = 0;
  override chat(args: Parameters<voice.testing.FakeLLM['chat']>[0]) {
    this.requests += 1;
    return super.chat(args);
  }
}

function liveCall(llm: voice.testing.FakeLLM, line: { maxDurationMs?: number; awayGoodbyeAfterMs?: number }, awaySeconds: number | null = null) {
  const c = createCallSession({
    collector: {
      sessionId: 'lk-line-0001',
      startedAt: new Date(),
      session: { channel: 'sip', room_name: 'room-l' },
      caller: { identity: 'sip_caller', name: null, phone: null },
      models: modelsOf(DEFAULT_TEMPLATE),
      liveCall: true,
    },
    session: { llm, vad: null, userAwayTimeout: awaySeconds },
    template: DEFAULT_TEMPLATE,
    booking: new MemoryBookingAdapter(),
    sink: new MemorySink(),
    greet: true,
    lineControls: line,
    hangup: { room: 'room-l', service: roomServiceFromEnv({ LIVEKIT_URL: lk.url, LIVEKIT_API_KEY: KEY, LIVEKIT_API_SECRET: SECRET }) },
  });
  c.session.output.setAudioEnabled(false);
  c.session.output.setTranscriptionEnabled(false);
  return c;
}

describe('no dead air', () => {
  it('an away caller is re-prompted once, then ended politely and hung up', async () => {
    const llm = new CountingLLM([]);
    const c = liveCall(llm, { awayGoodbyeAfterMs: 300 }, 0.3);
    await c.session.start({ agent: c.agent });
    expect(await c.line!.ended).toBe('caller_away');
    const { record } = await c.exported;
    const opening = openingText(DEFAULT_TEMPLATE)!;
    expect(record.transcript.map((t) => [t.role, t.text])).toEqual([
      ['agent', opening],
      ['agent', DEFAULT_TEMPLATE.call.away_reprompt],
      ['agent', DEFAULT_TEMPLATE.call.away_goodbye],
    ]);
    // the opening is spoken as is: one question, and no LLM request before the caller says anything
    expect(opening.split('?').length - 1).toBe(1);
    expect(llm.requests).toBe(0);
    expect(record.outcome.end_reason).toBe('timeout');
    expect(record.live_call).toMatchObject({ end_detail: 'caller_away', away_prompts: 1 });
    expect(record.live_call!.time_to_first_audio_ms).not.toBeNull();
    expect((await c.hungUp)?.deleted).toBe(true);
  });

  it('a caller who answers the re-prompt is not ended', async () => {
    const llm = new voice.testing.FakeLLM([{ input: 'Sorry, I am here.', content: 'No problem. How is your trial going?' }]);
    const c = liveCall(llm, { awayGoodbyeAfterMs: 5000 }, 0.3);
    await c.session.start({ agent: c.agent });
    await new Promise((r) => setTimeout(r, 1500)); // opening, then away, then the re-prompt
    await c.session.run({ userInput: 'Sorry, I am here.' }).wait();
    await c.end('caller_hangup');
    const { record } = await c.exported;
    expect(record.live_call?.away_prompts).toBe(1);
    expect(record.live_call?.end_detail).toBe('caller_hangup');
    expect(record.transcript.map((t) => t.text)).toContain(DEFAULT_TEMPLATE.call.away_reprompt);
    expect(record.transcript.map((t) => t.text)).not.toContain(DEFAULT_TEMPLATE.call.away_goodbye);
    expect(lk.deletedRooms).toEqual([]);
  });

  it('the maximum call length ends the call with a goodbye', async () => {
    const c = liveCall(new voice.testing.FakeLLM([]), { maxDurationMs: 500 });
    await c.session.start({ agent: c.agent });
    expect(await c.line!.ended).toBe('max_duration');
    const { record } = await c.exported;
    expect(record.transcript.at(-1)).toMatchObject({ role: 'agent', text: DEFAULT_TEMPLATE.call.max_duration_goodbye });
    expect(record.outcome.end_reason).toBe('timeout');
    expect(record.live_call?.end_detail).toBe('max_duration');
    expect((await c.hungUp)?.deleted).toBe(true);
    expect(lk.deletedRooms).toEqual(['room-l']);
  });
});
