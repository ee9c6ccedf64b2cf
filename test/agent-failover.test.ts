/**
 * Provider failover on a live call: the template's ordered provider lists become the framework's
 * FallbackAdapters (buildPipeline with test factories); a primary LLM that is down is skipped within
 * the same turn and the record says so (`live_call.failovers`, `turn_providers`); every LLM down
 * gives the template's apology with a call-back offer, a clean end (`error`, `providers_failed`) and
 * a hang-up (the local RoomService stand-in records it). Driven through a real AgentSession with
 * `voice.testing.FakeLLM`.
 */
import { initializeLogger, loggerOptions, voice } from '@livekit/agents';
import { MemoryBookingAdapter } from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import { roomServiceFromEnv } from '../agent-container/src/hangup';
import { buildPipeline, failoverOptionsOf, PROVIDER_ATTEMPT_TIMEOUT_MS, sessionConnOptions, type ProviderFactories } from '../agent-container/src/pipeline';
import { DEFAULT_TEMPLATE, modelsOf, parseTemplate, type AgentTemplate } from '../agent-container/src/template';
import { LocalRoomService } from '../lib/local/livekit-room-service';
import { findPrice, priceUsage } from '../lib/pricing';
import { servingModel } from '../agent-container/src/session-record-build';
import { DownLLM, MeteredLLM, QuietSTT, TestTTS } from './agent-fakes';
import { MemorySink } from './fixtures';

const KEY = 'APItest';
const SECRET = 'secret-of-at-least-32-characters-long';

beforeAll(() => {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
});

let lk: LocalRoomService;
beforeEach(async () => {
  lk = new LocalRoomService({ apiKey: KEY, apiSecret: SECRET, rooms: ['room-f'] });
  await lk.start();
});
afterEach(() => lk.stop());

const template: AgentTemplate = parseTemplate({
  ...JSON.parse(JSON.stringify(DEFAULT_TEMPLATE)),
  template_id: 'failover',
  llm: { provider: 'openai', model: 'gpt-4.1-mini', fallbacks: [{ provider: 'livekit', model: 'google/gemini-2.5-flash' }] },
  tts: { provider: 'elevenlabs', model: 'eleven_flash_v2_5', fallbacks: [{ provider: 'cartesia', model: 'cartesia/sonic-2' }] },
});

/** Factories handing out test LLMs by model; a quiet STT and working TTSs named after the entry. */
function factories(llms: Record<string, voice.testing.FakeLLM | DownLLM | MeteredLLM>): ProviderFactories {
  return {
    stt: (e) => new QuietSTT(`${e.provider}-stt`),
    llm: (e) => llms[e.model]!,
    tts: (e) => new TestTTS(`${e.provider}-tts`),
  };
}

function liveCall(f: ProviderFactories, t: AgentTemplate = template) {
  const pipeline = buildPipeline(t, null, f, () => 'vad' as never);
  const c = createCallSession({
    collector: {
      sessionId: 'lk-failover-0001',
      startedAt: new Date(),
      session: { channel: 'sip', room_name: 'room-f', template_id: t.template_id },
      caller: { identity: 'sip_caller', name: null, phone: null },
      models: modelsOf(t),
      defaultEndReason: 'caller_hangup',
      liveCall: true,
    },
    session: { ...pipeline.options, vad: null },
    template: t,
    booking: new MemoryBookingAdapter(),
    sink: new MemorySink(),
    greet: false,
    lineControls: true,
    hangup: { room: 'room-f', service: roomServiceFromEnv({ LIVEKIT_URL: lk.url, LIVEKIT_API_KEY: KEY, LIVEKIT_API_SECRET: SECRET }) },
  });
  c.collector.live!.watchFallback('llm', pipeline.llm);
  c.collector.live!.watchFallback('tts', pipeline.tts);
  c.collector.live!.watchFallback('stt', pipeline.stt);
  c.session.output.setAudioEnabled(false);
  c.session.output.setTranscriptionEnabled(false);
  return { c, pipeline };
}

describe('provider failover', () => {
  it('a primary LLM that is down is skipped in the same turn; the record shows the failover and who answered', async () => {
    const primary = new DownLLM('openai-down');
    const backup = new voice.testing.FakeLLM([{ input: 'How much is the Business plan?', content: 'Business is 40 dollars per user per month.' }]);
    const { c } = liveCall(factories({ 'gpt-4.1-mini': primary, 'google/gemini-2.5-flash': backup }));
    await c.session.start({ agent: c.agent });
    const started = Date.now();
    await c.session.run({ userInput: 'How much is the Business plan?' }).wait();
    const answeredInMs = Date.now() - started;
    await c.end('caller_hangup');
    const { record } = await c.exported;

    expect(primary.requests).toBeGreaterThanOrEqual(1);
    expect(record.transcript.map((t) => t.text)).toEqual(['How much is the Business plan?', 'Business is 40 dollars per user per month.']);
    expect(record.live_call?.failovers).toEqual([{ at_ms: expect.any(Number), service: 'llm', provider: 'openai-down', available: false }]);
    expect(record.live_call?.turn_providers).toEqual([{ turn_index: 1, llm: 'fake-llm', tts: null }]);
    expect(record.live_call?.end_detail).toBe('caller_hangup');
    expect(record.outcome.end_reason).toBe('caller_hangup');
    // a provider failing fast costs no retry delay: the backup answered in the same turn
    expect(answeredInMs).toBeLessThan(PROVIDER_ATTEMPT_TIMEOUT_MS);
    expect(lk.deletedRooms).toEqual([]);
  });

  it("turns a fallback LLM served are priced at the fallback's rate, counted once", async () => {
    // plugins report their own provider names (the OpenAI plugin: its API host)
    const priced = parseTemplate({ ...JSON.parse(JSON.stringify(template)), llm: { provider: 'openai', model: 'gpt-4.1-mini', fallbacks: [{ provider: 'openai', model: 'gpt-4o-mini' }] } });
    const primary = new DownLLM('gpt-4.1-mini');
    const backup = new MeteredLLM({ provider: 'api.openai.com', model: 'gpt-4o-mini' }, 'Business is 40 dollars per user per month.', { promptTokens: 10_000, completionTokens: 1_000 });
    const { c } = liveCall(factories({ 'gpt-4.1-mini': primary, 'gpt-4o-mini': backup }), priced);
    await c.session.start({ agent: c.agent });
    await c.session.run({ userInput: 'How much is the Business plan?' }).wait();
    await c.end('caller_hangup');
    const { record } = await c.exported;

    expect(record.transcript.at(-1)?.text).toBe('Business is 40 dollars per user per month.');
    // the adapter reports each request itself and through the provider that served it: counted once
    expect(record.metrics_summary.llm_prompt_tokens).toBe(10_000);
    expect(record.metrics_summary.llm_completion_tokens).toBe(1_000);
    const mini = findPrice('llm', { provider: 'openai', model: 'gpt-4o-mini' })!;
    const expected = (10_000 * mini.usdPerMillionPromptTokens! + 1_000 * mini.usdPerMillionCompletionTokens!) / 1e6;
    const llmLines = record.cost_summary.by_provider.filter((p) => p.service === 'llm');
    expect(llmLines).toEqual([{ provider: 'openai', service: 'llm', model: 'gpt-4o-mini', usd: expected }]);
    // at the primary's rate it would have cost more: the difference is real
    const primaryPrice = findPrice('llm', { provider: 'openai', model: 'gpt-4.1-mini' })!;
    expect((10_000 * primaryPrice.usdPerMillionPromptTokens! + 1_000 * primaryPrice.usdPerMillionCompletionTokens!) / 1e6).toBeGreaterThan(expected);
  });

  it('every LLM down: the caller hears the apology with a call-back offer, the call ends and is hung up', async () => {
    const { c } = liveCall(factories({ 'gpt-4.1-mini': new DownLLM('openai-down'), 'google/gemini-2.5-flash': new DownLLM('gemini-down') }));
    await c.session.start({ agent: c.agent });
    c.session.generateReply({ userInput: 'Hello, is anyone there?' });
    const detail = await c.line!.ended;
    const { record } = await c.exported;
    const hung = await c.hungUp;

    expect(detail).toBe('providers_failed');
    expect(record.transcript.at(-1)).toMatchObject({ role: 'agent', text: template.call.apology });
    expect(template.call.apology).toMatch(/call you back/);
    expect(record.outcome.end_reason).toBe('error');
    expect(record.live_call?.end_detail).toBe('providers_failed');
    expect(record.live_call?.failovers.map((f) => [f.service, f.provider, f.available])).toEqual([
      ['llm', 'openai-down', false],
      ['llm', 'gemini-down', false],
    ]);
    expect(hung).toMatchObject({ deleted: true });
    expect(lk.deletedRooms).toEqual(['room-f']);
  });

  it('a TTS marked down by its adapter, and its recovery, are recorded', async () => {
    const { c, pipeline } = liveCall(factories({ 'gpt-4.1-mini': new voice.testing.FakeLLM([]), 'google/gemini-2.5-flash': new voice.testing.FakeLLM([]) }));
    await c.session.start({ agent: c.agent });
    const adapter = pipeline.tts as unknown as NodeJS.EventEmitter;
    const recovered = new Promise((r) => adapter.once('tts_availability_changed', () => adapter.once('tts_availability_changed', r)));
    pipeline.tts.markUnAvailable(0);
    await recovered; // the adapter's recovery probe got audio from the (working) test TTS
    await c.end('caller_hangup');
    const { record } = await c.exported;
    expect(record.live_call?.failovers).toEqual([
      { at_ms: expect.any(Number), service: 'tts', provider: 'elevenlabs-tts', available: false },
      { at_ms: expect.any(Number), service: 'tts', provider: 'elevenlabs-tts', available: true },
    ]);
  });

  it('tight connection options: one retry in all, a few seconds per attempt, no second pass over the chain', () => {
    expect(failoverOptionsOf(1)).toEqual({ retryPerProvider: 1, attemptTimeoutMs: 4000, retryIntervalMs: 500 });
    expect(failoverOptionsOf(2).retryPerProvider).toBe(0);
    const conn = sessionConnOptions();
    expect(conn.llmConnOptions).toEqual({ maxRetry: 0, timeoutMs: 4000, retryIntervalMs: 500 });
    const p = buildPipeline(template, null, factories({ 'gpt-4.1-mini': new voice.testing.FakeLLM([]), 'google/gemini-2.5-flash': new voice.testing.FakeLLM([]) }), () => 'vad' as never);
    expect(p.llm.llms).toHaveLength(2);
    expect(p.llm.attemptTimeout).toBe(4);
    expect(p.llm.maxRetryPerLLM).toBe(0);
    expect(p.tts.ttsInstances).toHaveLength(2);
    expect(p.stt).toBeDefined();
    expect(p.options.userAwayTimeout).toBe(template.call.away_timeout_seconds);
  });
});

describe('pricing per serving provider', () => {
  const tts = modelsOf(template).tts; // elevenlabs eleven_flash_v2_5, fallback cartesia/sonic-2 (LiveKit Inference)

  it("maps the plugins' provider names to the template's entries; an unknown model is priced as the primary", () => {
    expect(servingModel({ provider: 'livekit', model: 'cartesia/sonic-2' }, tts)).toEqual({ provider: 'cartesia', model: 'cartesia/sonic-2' });
    expect(servingModel({ provider: 'ElevenLabs', model: 'eleven_flash_v2_5' }, tts)).toEqual({ provider: 'elevenlabs', model: 'eleven_flash_v2_5' });
    expect(servingModel({ provider: 'livekit', model: 'sonic-2' }, tts)).toEqual({ provider: 'cartesia', model: 'cartesia/sonic-2' });
    expect(servingModel({ provider: 'replay', model: 'recorded-call' }, tts)).toEqual({ provider: 'elevenlabs', model: 'eleven_flash_v2_5' });
  });

  it('prices each line at its rate, merges lines of one model, drops a failed provider with no usage, lists the unpriced once', () => {
    const { cost, unpriced } = priceUsage([
      { service: 'tts', provider: 'elevenlabs', model: 'eleven_multilingual_v2', characters: 1000 },
      { service: 'tts', provider: 'elevenlabs', model: 'eleven_flash_v2_5', characters: 0 },
      { service: 'tts', provider: 'cartesia', model: 'cartesia/sonic-2', characters: 2000 },
      { service: 'tts', provider: 'elevenlabs', model: 'eleven_multilingual_v2', characters: 500 },
      { service: 'llm', provider: 'livekit', model: 'google/gemini-2.5-flash', promptTokens: 10, cachedPromptTokens: 0, completionTokens: 5 },
      { service: 'llm', provider: 'livekit', model: 'google/gemini-2.5-flash', promptTokens: 10, cachedPromptTokens: 0, completionTokens: 5 },
      { service: 'stt', provider: 'deepgram', model: 'nova-3', audioSeconds: 0 },
    ]);
    expect(cost.by_provider).toEqual([
      { provider: 'elevenlabs', service: 'tts', model: 'eleven_multilingual_v2', usd: 0.15 },
      { provider: 'cartesia', service: 'tts', model: 'sonic-2', usd: 0.1 },
      { provider: 'deepgram', service: 'stt', model: 'nova-3', usd: 0 },
    ]);
    expect(cost.total_usd).toBe(0.25);
    expect(unpriced).toEqual(['livekit/google/gemini-2.5-flash']);
  });
});
