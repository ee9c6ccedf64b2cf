/**
 * Warm transfer of a hot lead, through a real AgentSession with FakeLLM and a stand-in transfer
 * runner (the live one is the framework's WarmTransferTask, which needs LiveKit SIP): offered only
 * when hot, in business hours, with a rep configured; a failed transfer falls back to booking and is
 * in the record; a successful one ends the agent's part without deleting the room.
 */
import { initializeLogger, loggerOptions, voice } from '@livekit/agents';
import { MemoryBookingAdapter } from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import { DEFAULT_TEMPLATE, modelsOf } from '../agent-container/src/template';
import { inBusinessHours, repsFromEnv, transferOffer, type TransferRunner } from '../agent-container/src/transfer';
import { MemorySink } from './fixtures';

beforeAll(() => {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
});

const HOURS = { timezone: 'America/New_York', days: [1, 2, 3, 4, 5], start_hour: 9, end_hour: 17 };
const REPS = [{ label: 'Sam, AE East', sip_call_to: '+16175550199' }];
const TUESDAY_NOON_ET = new Date('2026-12-01T17:00:00Z');
const SATURDAY_NOON_ET = new Date('2026-12-05T17:00:00Z');

function call(llm: voice.testing.FakeLLM, run: TransferRunner, hot: boolean, now = TUESDAY_NOON_ET) {
  const deleted: string[] = [];
  const c = createCallSession({
    collector: {
      sessionId: 'lk-transfer-0001',
      startedAt: new Date(),
      session: { channel: 'sip', room_name: 'room-t' },
      caller: { identity: 'sip_caller', name: null, phone: null },
      models: modelsOf(DEFAULT_TEMPLATE),
      liveCall: true,
    },
    session: { llm, vad: null },
    booking: new MemoryBookingAdapter(),
    sink: new MemorySink(),
    greet: false,
    transfer: { enabled: true, reps: REPS, hours: HOURS, run, now: () => now, isHot: () => hot },
    hangup: { room: 'room-t', service: { deleteRoom: async (r) => void deleted.push(r) } },
  });
  c.session.output.setAudioEnabled(false);
  c.session.output.setTranscriptionEnabled(false);
  return { c, deleted };
}

const ASK = 'Can I talk to someone in sales right now?';

describe('warm transfer', () => {
  it('a failed transfer falls back to booking and is in the record', async () => {
    const fallback = JSON.stringify({ transferred: false, reason: 'the rep could not be reached', next: 'Apologise briefly and offer to book a meeting with sales instead.' });
    const llm = new voice.testing.FakeLLM([
      { input: ASK, content: 'Let me connect you.', toolCalls: [{ name: 'transfer_to_sales_rep', args: {} }] },
      { input: fallback, content: 'Sorry, nobody picked up. Shall I book a meeting with sales instead?' },
    ]);
    const runs: string[] = [];
    const { c } = call(llm, async (rep) => (runs.push(rep.label), { status: 'failed', reason: 'no answer after 25 s' }), true);
    await c.session.start({ agent: c.agent });
    await c.session.run({ userInput: ASK }).wait();
    await c.end('caller_hangup');
    const { record } = await c.exported;
    expect(runs).toEqual(['Sam, AE East']);
    expect(record.live_call?.transfer).toEqual({ at_ms: expect.any(Number), status: 'failed', rep: 'Sam, AE East', reason: 'no answer after 25 s' });
    expect(record.transcript.at(-1)!.text).toMatch(/book a meeting/);
    expect(JSON.stringify(record)).not.toContain('6175550199');
  });

  it('a transferred call ends the agent part and keeps the room for the rep', async () => {
    const llm = new voice.testing.FakeLLM([{ input: ASK, content: 'Connecting you now.', toolCalls: [{ name: 'transfer_to_sales_rep', args: {} }] }]);
    const { c, deleted } = call(llm, async () => ({ status: 'transferred', reason: null }), true);
    await c.session.start({ agent: c.agent });
    await c.session.run({ userInput: ASK }).wait();
    const { record } = await c.exported;
    expect(record.live_call).toMatchObject({ end_detail: 'transferred', transfer: { status: 'transferred', rep: 'Sam, AE East' } });
    expect(await c.hungUp).toBeNull();
    expect(deleted).toEqual([]);
  });

  it('not offered to a lead that is not hot, outside business hours, or without a rep', async () => {
    const notHot = JSON.stringify({ transferred: false, reason: 'a live transfer is reserved for callers ready to buy', next: 'Say a live transfer is not possible right now and offer to book a meeting with sales.' });
    const llm = new voice.testing.FakeLLM([
      { input: ASK, content: 'One moment.', toolCalls: [{ name: 'transfer_to_sales_rep', args: {} }] },
      { input: notHot, content: 'I can book you a meeting with sales instead.' },
    ]);
    let ran = false;
    const { c } = call(llm, async () => ((ran = true), { status: 'transferred', reason: null }), false);
    await c.session.start({ agent: c.agent });
    await c.session.run({ userInput: ASK }).wait();
    await c.end('caller_hangup');
    const { record } = await c.exported;
    expect(ran).toBe(false);
    expect(record.live_call?.transfer).toBeUndefined();
    expect(transferOffer({ enabled: true, hot: true, reps: REPS, hours: HOURS, now: SATURDAY_NOON_ET })).toEqual({ offer: false, reason: 'it is outside business hours' });
    expect(transferOffer({ enabled: true, hot: true, reps: [], hours: HOURS, now: TUESDAY_NOON_ET }).offer).toBe(false);
    expect(transferOffer({ enabled: true, hot: true, reps: REPS, hours: HOURS, now: TUESDAY_NOON_ET })).toEqual({ offer: true, reason: null });
  });

  it('business hours in the team time zone; reps from the environment', () => {
    expect(inBusinessHours(new Date('2026-12-01T13:59:00Z'), HOURS)).toBe(false); // 08:59 ET
    expect(inBusinessHours(new Date('2026-12-01T14:00:00Z'), HOURS)).toBe(true); // 09:00 ET
    expect(inBusinessHours(new Date('2026-12-01T22:00:00Z'), HOURS)).toBe(false); // 17:00 ET
    expect(repsFromEnv({ WARM_TRANSFER_REPS: JSON.stringify(REPS) })).toEqual({ reps: REPS, warning: null });
    expect(repsFromEnv({ WARM_TRANSFER_REPS: '[{"label":"x","sip_call_to":"555"}]' }).warning).toMatch(/warm transfer is off/);
    expect(repsFromEnv({})).toEqual({ reps: [], warning: null });
  });
});
