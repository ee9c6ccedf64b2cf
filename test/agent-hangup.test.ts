/**
 * Hang-ups that end the call: after end_call, an unrecoverable error or a worker drain, the agent
 * deletes the LiveKit room (disconnecting a phone caller) through livekit-server-sdk's
 * RoomServiceClient, here pointed at the local RoomService stand-in (lib/local/livekit-room-service.ts),
 * after the record was exported. A caller's own hang-up deletes nothing. The calls run through a
 * real AgentSession driven by `voice.testing.FakeLLM`.
 */
import { initializeLogger, loggerOptions, voice } from '@livekit/agents';
import { RoomServiceClient } from 'livekit-server-sdk';
import { MemoryBookingAdapter } from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import { DEFAULT_TEMPLATE, modelsOf } from '../agent-container/src/template';
import { deleteRoom, roomServiceFromEnv, shouldDeleteRoom, type RoomService } from '../agent-container/src/hangup';
import { LocalRoomService } from '../lib/local/livekit-room-service';
import type { SessionRecord } from '../lib/session-record';
import { DownLLM } from './agent-fakes';
import { MemorySink } from './fixtures';

const KEY = 'APItest';
const SECRET = 'secret-of-at-least-32-characters-long';

beforeAll(() => {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
});

let lk: LocalRoomService;
let service: RoomService;
beforeEach(async () => {
  lk = new LocalRoomService({ apiKey: KEY, apiSecret: SECRET, rooms: ['room-1'] });
  const url = await lk.start();
  service = roomServiceFromEnv({ LIVEKIT_URL: url.replace('http:', 'ws:'), LIVEKIT_API_KEY: KEY, LIVEKIT_API_SECRET: SECRET })!;
});
afterEach(() => lk.stop());

/** A sink that notes when each record arrived, to check the export came before the hang-up. */
class TimedSink extends MemorySink {
  readonly at: Date[] = [];
  override async write(record: SessionRecord): Promise<string> {
    this.at.push(new Date());
    return super.write(record);
  }
}

function call(llm: voice.testing.FakeLLM | DownLLM, sink: MemorySink, session: Partial<voice.AgentSessionOptions> = {}) {
  const c = createCallSession({
    collector: {
      sessionId: 'lk-hangup-0001',
      startedAt: new Date(),
      session: { channel: 'sip', room_name: 'room-1' },
      caller: { identity: 'sip_caller', name: null, phone: null },
      models: modelsOf(DEFAULT_TEMPLATE),
      defaultEndReason: 'caller_hangup',
    },
    session: { llm, vad: null, ...session },
    booking: new MemoryBookingAdapter(),
    sink,
    greet: false,
    hangup: { room: 'room-1', service },
  });
  c.session.output.setAudioEnabled(false);
  c.session.output.setTranscriptionEnabled(false);
  return c;
}

describe('hanging up', () => {
  it('end_call: goodbye, record exported, then the room is deleted', async () => {
    const llm = new voice.testing.FakeLLM([{ input: 'That is all, bye.', content: 'Thanks for calling, goodbye!', toolCalls: [{ name: 'end_call', args: {} }] }]);
    const sink = new TimedSink();
    const c = call(llm, sink);
    await c.session.start({ agent: c.agent });
    await c.session.run({ userInput: 'That is all, bye.' }).wait();
    const hung = await c.hungUp;

    expect(hung).toEqual({ room: 'room-1', deleted: true, error: null });
    expect(lk.deletedRooms).toEqual(['room-1']);
    expect(lk.rooms.has('room-1')).toBe(false);
    expect(sink.written.map((r) => r.outcome.end_reason)).toEqual(['agent_ended']);
    expect(sink.at[0]!.getTime()).toBeLessThanOrEqual(lk.calls[0]!.at.getTime());
  });

  it('an unrecoverable error closes the session and deletes the room', async () => {
    const sink = new MemorySink();
    const c = call(new DownLLM('down', { retryable: false }), sink, { connOptions: { maxUnrecoverableErrors: 0 } });
    await c.session.start({ agent: c.agent });
    c.session.generateReply({ userInput: 'Hello?' });
    const hung = await c.hungUp;
    expect(hung?.deleted).toBe(true);
    expect(sink.written[0]!.outcome.end_reason).toBe('error');
    expect(lk.deletedRooms).toEqual(['room-1']);
  });

  it('a worker drain (end with the caller still there) hangs up; a caller hang-up deletes nothing', async () => {
    const sink = new MemorySink();
    const drained = call(new voice.testing.FakeLLM([]), sink);
    await drained.session.start({ agent: drained.agent });
    await drained.end('shutdown');
    expect((await drained.hungUp)?.deleted).toBe(true);
    expect(sink.written[0]!.outcome.end_reason).toBe('shutdown');

    const hungUpOn = call(new voice.testing.FakeLLM([]), sink);
    await hungUpOn.session.start({ agent: hungUpOn.agent });
    await hungUpOn.end('caller_hangup');
    expect(await hungUpOn.hungUp).toBeNull();
    expect(lk.deletedRooms).toEqual(['room-1']);
  });

  it('a room service that fails or is not configured is reported, never thrown', async () => {
    lk.failNext = 10;
    const failing = new RoomServiceClient(lk.url, KEY, SECRET, { requestTimeout: 2, failover: false });
    const r = await deleteRoom(failing, 'room-1');
    expect(r).toMatchObject({ room: 'room-1', deleted: false });
    expect(r.error).toMatch(/stand-in told to fail|unavailable/);
    expect(await deleteRoom(null, 'room-1')).toMatchObject({ deleted: false, error: expect.stringMatching(/no room service configured/) });
    expect(roomServiceFromEnv({ LIVEKIT_URL: 'wss://x.livekit.cloud' })).toBeNull();
  });

  it('the stand-in refuses a request without a token or with one signed by another secret', async () => {
    await expect(new RoomServiceClient(lk.url, KEY, 'another-secret-of-at-least-32-chars').deleteRoom('room-1')).rejects.toThrow();
    expect(lk.calls.at(-1)!.status).toBe(401);
    const res = await fetch(`${lk.url}/twirp/livekit.RoomService/DeleteRoom`, { method: 'POST', body: '{"room":"room-1"}' });
    expect(res.status).toBe(401);
    expect(lk.rooms.has('room-1')).toBe(true);
  });

  it('deletes the room for every end reason but the caller hanging up and replay', () => {
    expect(['agent_ended', 'timeout', 'error', 'shutdown'].every((r) => shouldDeleteRoom(r as never))).toBe(true);
    expect(shouldDeleteRoom('caller_hangup')).toBe(false);
    expect(shouldDeleteRoom('replay_complete')).toBe(false);
  });
});
