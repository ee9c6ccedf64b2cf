/**
 * ReplayLLM: an `llm.LLM` whose answers are the recorded agent turns. The replay driver queues
 * the agent turns that answer the next caller turn; each chat() the AgentSession makes serves the
 * next queued turn (its text, then its tool calls, which the session runs with the agent's real
 * tools). With nothing queued it answers with nothing, so the agent stays silent.
 *
 * Token usage is reported the way a provider would, estimated at 4 characters per token (OpenAI's
 * rule of thumb for English, https://help.openai.com/en/articles/4936856), so the record's usage
 * and cost show what a live LLM would have consumed for this conversation.
 */
import { DEFAULT_API_CONNECT_OPTIONS, llm, type APIConnectOptions } from '@livekit/agents';
import type { RecordedToolCall } from '../../lib/recorded-call';

/** One recorded agent turn served as an LLM response. */
export interface ReplayResponse {
  text: string;
  toolCalls: RecordedToolCall[];
  /** Recorded turn index, used for stable tool call ids (`replay_t{index}_{n}`). */
  turnIndex: number;
}

/** Characters per token for the usage estimate. */
export const CHARS_PER_TOKEN = 4;

function estimateTokens(chars: number): number {
  return Math.ceil(chars / CHARS_PER_TOKEN);
}

/** Characters of text, tool calls and tool outputs in a chat context (what the prompt estimate counts). */
export function chatContextChars(ctx: llm.ChatContext): number {
  let chars = 0;
  for (const item of ctx.items) {
    if (item.type === 'message') chars += (item.textContent ?? '').length;
    else if (item.type === 'function_call') chars += item.name.length + item.args.length;
    else if (item.type === 'function_call_output') chars += item.output.length;
  }
  return chars;
}

export class ReplayLLM extends llm.LLM {
  private readonly queue: ReplayResponse[] = [];
  private served = 0;
  private trimmedChars = 0;

  /**
   * Characters the replay trimmed from the session's chat context (to keep each step's work
   * constant): still counted in every later prompt estimate, as a live LLM would have read them.
   */
  noteTrimmed(chars: number): void {
    this.trimmedChars += chars;
  }

  label(): string {
    return 'trialist.ReplayLLM';
  }

  override get model(): string {
    return 'recorded-call';
  }

  override get provider(): string {
    return 'replay';
  }

  /** Queue agent turns to be served, in order, by the next chat() calls. */
  enqueue(responses: readonly ReplayResponse[]): void {
    this.queue.push(...responses);
  }

  /** Agent turns queued but not served yet. */
  get pending(): number {
    return this.queue.length;
  }

  /** Agent turns served so far. */
  get servedCount(): number {
    return this.served;
  }

  /** Drop anything still queued (e.g. after the call ended early). */
  clear(): void {
    this.queue.length = 0;
  }

  chat({
    chatCtx,
    toolCtx,
    connOptions = DEFAULT_API_CONNECT_OPTIONS,
  }: {
    chatCtx: llm.ChatContext;
    toolCtx?: llm.ToolContextLike;
    connOptions?: APIConnectOptions;
  }): llm.LLMStream {
    const response = this.queue.shift();
    if (response) this.served += 1;
    return new ReplayLLMStream(this, { chatCtx, toolCtx, connOptions }, response, chatContextChars(chatCtx) + this.trimmedChars);
  }
}

class ReplayLLMStream extends llm.LLMStream {
  constructor(
    replay: ReplayLLM,
    params: { chatCtx: llm.ChatContext; toolCtx?: llm.ToolContextLike; connOptions: APIConnectOptions },
    private readonly response: ReplayResponse | undefined,
    private readonly promptChars: number,
  ) {
    super(replay, params);
  }

  protected async run(): Promise<void> {
    const r = this.response;
    const id = r ? `replay_t${r.turnIndex}` : 'replay_none';
    if (r && r.text) this.queue.put({ id, delta: { role: 'assistant', content: r.text } });
    if (r && r.toolCalls.length > 0) {
      this.queue.put({
        id,
        delta: {
          role: 'assistant',
          toolCalls: r.toolCalls.map((c, n) =>
            llm.FunctionCall.create({ callId: `replay_t${r.turnIndex}_${n}`, name: c.name, args: JSON.stringify(c.arguments) }),
          ),
        },
      });
    }
    const completionChars = r ? r.text.length + r.toolCalls.reduce((s, c) => s + c.name.length + JSON.stringify(c.arguments).length, 0) : 0;
    const promptTokens = estimateTokens(this.promptChars);
    const completionTokens = estimateTokens(completionChars);
    this.queue.put({
      id,
      usage: { promptTokens, completionTokens, promptCachedTokens: 0, totalTokens: promptTokens + completionTokens },
    });
  }
}
