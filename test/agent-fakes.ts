/**
 * Test stand-ins for providers that fail, next to the framework's own `voice.testing.FakeLLM`:
 * an LLM whose every request fails like an unreachable provider (the framework's
 * APIConnectionError), optionally after a delay, counting its requests; a streaming STT that never
 * connects anywhere; a TTS that is up (silent audio) or down; an LLM that answers every request
 * with one reply and reports token usage under a provider and model, as a real plugin does.
 */
import { APIConnectionError, DEFAULT_API_CONNECT_OPTIONS, llm, stt, tts, type APIConnectOptions } from '@livekit/agents';
import { AudioFrame } from '@livekit/rtc-node';

/** An LLM that is down: each request fails with APIConnectionError (retryable unless told otherwise) after `delayMs`. */
export class DownLLM extends llm.LLM {
  requests = 0;
  constructor(
    private readonly name = 'down-llm',
    private readonly opts: { delayMs?: number; retryable?: boolean } = {},
  ) {
    super();
  }

  label(): string {
    return this.name;
  }

  override get model(): string {
    return this.name;
  }

  chat({ chatCtx, toolCtx, connOptions = DEFAULT_API_CONNECT_OPTIONS }: { chatCtx: llm.ChatContext; toolCtx?: llm.ToolContext; connOptions?: APIConnectOptions }): llm.LLMStream {
    this.requests += 1;
    return new DownLLMStream(this, { chatCtx, toolCtx, connOptions }, this.opts);
  }
}

class DownLLMStream extends llm.LLMStream {
  constructor(
    owner: llm.LLM,
    params: { chatCtx: llm.ChatContext; toolCtx?: llm.ToolContext; connOptions: APIConnectOptions },
    private readonly opts: { delayMs?: number; retryable?: boolean },
  ) {
    super(owner, params);
  }

  protected async run(): Promise<void> {
    if (this.opts.delayMs) await new Promise((r) => setTimeout(r, this.opts.delayMs));
    throw new APIConnectionError({ message: 'provider unreachable (test)', options: { retryable: this.opts.retryable ?? true } });
  }
}

/** A streaming STT that connects nowhere and never transcribes (calls in these tests are text-only). */
export class QuietSTT extends stt.STT {
  label: string;
  constructor(name = 'quiet-stt') {
    super({ streaming: true, interimResults: false });
    this.label = name;
  }
  protected async _recognize(): Promise<stt.SpeechEvent> {
    return { type: stt.SpeechEventType.FINAL_TRANSCRIPT, alternatives: [] } as never;
  }
  stream(): stt.SpeechStream {
    return new QuietSpeechStream(this);
  }
}

class QuietSpeechStream extends stt.SpeechStream {
  label = 'quiet-stt.stream';
  protected async run(): Promise<void> {
    // consume audio until the input ends; never yields a transcript
    for await (const _ of this.input) void _;
  }
}

/** A non-streaming TTS: `down` fails each request like an unreachable provider; else one 10 ms silent frame per request. */
export class TestTTS extends tts.TTS {
  label: string;
  requests = 0;
  constructor(
    name = 'test-tts',
    readonly down = false,
  ) {
    super(24000, 1, { streaming: false });
    this.label = name;
  }
  synthesize(text: string, connOptions?: APIConnectOptions, abortSignal?: AbortSignal): tts.ChunkedStream {
    this.requests += 1;
    return new TestChunkedStream(text, this, connOptions, abortSignal);
  }
  stream(): tts.SynthesizeStream {
    throw new Error('TestTTS does not stream');
  }
}

class TestChunkedStream extends tts.ChunkedStream {
  label = 'test-tts.chunked';
  constructor(
    text: string,
    private readonly owner: TestTTS,
    connOptions?: APIConnectOptions,
    abortSignal?: AbortSignal,
  ) {
    super(text, owner, connOptions, abortSignal);
  }
  protected async run(): Promise<void> {
    if (this.owner.down) throw new APIConnectionError({ message: 'tts unreachable (test)', options: { retryable: true } });
    const frame = new AudioFrame(new Int16Array(240), 24000, 1, 240);
    this.queue.put({ requestId: 'test', segmentId: 'test', frame, final: true });
  }
}

/** An LLM that answers every request with `reply` and reports `usage` tokens under `provider`/`model` (the metrics' metadata). */
export class MeteredLLM extends llm.LLM {
  requests = 0;
  constructor(
    private readonly ref: { provider: string; model: string },
    readonly reply: string,
    readonly usage: { promptTokens: number; completionTokens: number },
  ) {
    super();
  }
  label(): string {
    return `metered-${this.ref.model}`;
  }
  override get model(): string {
    return this.ref.model;
  }
  override get provider(): string {
    return this.ref.provider;
  }
  chat({ chatCtx, toolCtx, connOptions = DEFAULT_API_CONNECT_OPTIONS }: { chatCtx: llm.ChatContext; toolCtx?: llm.ToolContext; connOptions?: APIConnectOptions }): llm.LLMStream {
    this.requests += 1;
    return new MeteredLLMStream(this, { chatCtx, toolCtx, connOptions });
  }
}

class MeteredLLMStream extends llm.LLMStream {
  constructor(
    private readonly owner: MeteredLLM,
    params: { chatCtx: llm.ChatContext; toolCtx?: llm.ToolContext; connOptions: APIConnectOptions },
  ) {
    super(owner, params);
  }
  protected async run(): Promise<void> {
    const { promptTokens, completionTokens } = this.owner.usage;
    this.queue.put({ id: 'metered', delta: { role: 'assistant', content: this.owner.reply } });
    this.queue.put({ id: 'metered', usage: { promptTokens, completionTokens, promptCachedTokens: 0, totalTokens: promptTokens + completionTokens } });
  }
}
