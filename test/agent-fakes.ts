/**
 * Test stand-ins for providers that fail, next to the framework's own `voice.testing.FakeLLM`:
 * an LLM whose every request fails like an unreachable provider (the framework's
 * APIConnectionError), optionally after a delay, counting its requests.
 */
import { APIConnectionError, DEFAULT_API_CONNECT_OPTIONS, llm, type APIConnectOptions } from '@livekit/agents';

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
