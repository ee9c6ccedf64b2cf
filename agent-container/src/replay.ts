/**
 * Replay mode: run a recorded call through the same AgentSession, the same TrialAgent (same
 * tools) and the same SessionCollector as a live call, with the recorded agent turns standing in
 * for the LLM (ReplayLLM). No room, no audio: caller turns go in as text, agent turns come out
 * as text, and tools in the recording run for real. The record lands in `sink` like a live one.
 *
 * Driving the session, turn by turn:
 * - agent turns before the first caller turn (the greeting) are asked for with generateReply();
 * - each caller turn goes in with generateReply({ userInput }), and the agent turns that follow it
 *   in the recording are queued on the ReplayLLM: the first answers the caller; the next one is
 *   served when the session asks the LLM again after a tool ran, else asked for explicitly;
 * - consecutive caller turns (several people on the line) each go in; the agent stays silent
 *   until the last of them;
 * - when the end_call tool runs, the replay stops there, as the live call would.
 * Timing comes from a SimulatedClock (./clock.ts), so offsets and duration look like the real call
 * even though the replay takes milliseconds.
 */
import { initializeLogger, loggerOptions, type voice } from '@livekit/agents';
import type { RecordedCall } from '../../lib/recorded-call';
import { SESSION_ID_PATTERN, type SessionRecord } from '../../lib/session-record';
import type { SessionSink } from '../../lib/storage/session-sink';
import { MemoryBookingAdapter, type BookingAdapter } from './booking';
import { SimulatedClock } from './clock';
import { createCallSession } from './call-session';
import type { PipelineModels } from './config';
import { KnowledgeBase, shippedDir } from './knowledge';
import { chatContextChars, ReplayLLM, type ReplayResponse } from './replay-llm';
import { DEFAULT_TEMPLATE, modelsOf, type AgentTemplate } from './template';

/** Longest a single replayed step may take before the replay is abandoned (ms). */
export const REPLAY_STEP_TIMEOUT_MS = 30_000;
/**
 * Most turns one replay takes (a one-hour call has ~600); a longer recording is refused with a
 * message saying so, rather than replayed for minutes.
 */
export const MAX_REPLAY_TURNS = 2_000;
/**
 * Chat-context items the replay keeps between steps. The framework serializes the whole context on
 * every LLM request (a trace attribute, the request messages), so an untrimmed context makes each
 * step cost O(turns so far) and a replay O(turns²); the recording, not the context, drives the
 * ReplayLLM, and the trimmed characters still count in the prompt estimate (ReplayLLM.noteTrimmed).
 */
export const REPLAY_CONTEXT_ITEMS = 24;

export interface ReplayOptions {
  /** Where the finished record is written. */
  sink: SessionSink;
  /** Session start; default the call's own `started_at`, else now. */
  startedAt?: Date;
  /** Session id; default the call's `call_id`. */
  sessionId?: string;
  /** Where book_sales_meeting books; default in memory (a replay books nothing real). */
  booking?: BookingAdapter;
  /** Persona, greeting, consent policy and models: the live call's template (default: the shipped default template). */
  template?: AgentTemplate;
  /** Models to price the call with; default the template's (`modelsOf`), as a live call would use. */
  models?: PipelineModels;
  /** Most turns accepted (default MAX_REPLAY_TURNS). */
  maxTurns?: number;
  /** Knowledge base for recorded search_knowledge calls; default the shipped one (loaded once per process). */
  knowledge?: KnowledgeBase | null;
}

let shippedKnowledge: Promise<KnowledgeBase> | null = null;
/** The shipped knowledge base, indexed once per process. */
function defaultKnowledge(): Promise<KnowledgeBase> {
  shippedKnowledge ??= KnowledgeBase.fromDirectory(shippedDir('knowledge', process.env.KNOWLEDGE_DIR));
  shippedKnowledge.catch(() => {
    shippedKnowledge = null;
  });
  return shippedKnowledge;
}

/** Raised when a replay cannot complete (the session stalled or failed). */
export class ReplayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayError';
  }
}

/**
 * The LiveKit logger writes to stdout, where CLI commands print their tables: in replay it is
 * initialized silent unless the process already set one up (e.g. a worker running replays).
 */
function ensureQuietLogger(): void {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
}

async function withTimeout<T>(what: string, p: Promise<T>, ms = REPLAY_STEP_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReplayError(`replay stalled: ${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Group the recording into steps: an optional caller turn and the agent turns answering it. */
function replaySteps(call: RecordedCall): Array<{ userText: string | null; answers: ReplayResponse[] }> {
  const steps: Array<{ userText: string | null; answers: ReplayResponse[] }> = [];
  call.turns.forEach((t, i) => {
    if (t.role === 'user') {
      steps.push({ userText: t.text, answers: [] });
      return;
    }
    const answer: ReplayResponse = { text: t.text, toolCalls: t.tool_calls ?? [], turnIndex: i };
    const last = steps[steps.length - 1];
    if (last) last.answers.push(answer);
    else steps.push({ userText: null, answers: [answer] });
  });
  return steps;
}

/** Keep the agent's chat context at REPLAY_CONTEXT_ITEMS (see there), counting what is dropped. */
async function trimContext(agent: voice.Agent, replayLlm: ReplayLLM): Promise<void> {
  const ctx = agent.chatCtx;
  if (ctx.items.length <= REPLAY_CONTEXT_ITEMS * 2) return;
  const kept = ctx.copy().truncate(REPLAY_CONTEXT_ITEMS);
  replayLlm.noteTrimmed(chatContextChars(ctx) - chatContextChars(kept));
  await agent.updateChatCtx(kept);
}

/**
 * Replay one recorded call and write its session record with `opts.sink`.
 * @returns the validated record and the key it was written under.
 * @throws ReplayError for an unsafe session id or if the session stalls; SessionRecordError if the record would be invalid;
 *   whatever the sink throws on write.
 */
export async function replayCall(call: RecordedCall, opts: ReplayOptions): Promise<{ record: SessionRecord; key: string }> {
  ensureQuietLogger();
  const sessionId = opts.sessionId ?? call.call_id;
  if (!SESSION_ID_PATTERN.test(sessionId)) {
    throw new ReplayError(`unsafe session id ${JSON.stringify(sessionId.slice(0, 200))}: must match ${SESSION_ID_PATTERN}`);
  }
  const maxTurns = opts.maxTurns ?? MAX_REPLAY_TURNS;
  if (call.turns.length > maxTurns) {
    throw new ReplayError(`${call.source_name}: ${call.turns.length} turns is over the ${maxTurns}-turn replay limit (split the recording, or raise the limit with --max-turns)`);
  }
  const startedAt = opts.startedAt ?? (call.started_at ? new Date(call.started_at) : new Date());
  if (Number.isNaN(startedAt.getTime())) throw new ReplayError(`invalid startedAt for ${call.source_name}`);

  const knowledge = opts.knowledge !== undefined ? opts.knowledge : await defaultKnowledge();
  const template = opts.template ?? DEFAULT_TEMPLATE;
  const replayLlm = new ReplayLLM();
  let ended = false;
  // the live call's wiring (call-session.ts), with the recording in place of the models
  const { session, agent, collector, exportRecord } = createCallSession({
    collector: {
      sessionId,
      startedAt,
      session: {
        channel: 'replay',
        template_id: template.template_id,
        call_type: call.call_type,
        lead_id: call.lead_id,
        replay_source: call.source_name,
      },
      caller: { identity: call.caller_speaker, name: call.caller.name, phone: call.caller.phone },
      models: opts.models ?? modelsOf(template),
      clock: new SimulatedClock(),
      measureLatency: false,
      speechUsage: 'transcript',
      defaultEndReason: 'replay_complete',
    },
    // no STT/TTS/VAD: caller turns arrive as text and agent turns leave as text
    session: { llm: replayLlm, vad: null },
    booking: opts.booking ?? new MemoryBookingAdapter(),
    template,
    knowledge,
    sink: opts.sink,
    greet: false,
    endCall: 'mark',
    onEndCall: () => {
      ended = true;
    },
  });
  session.output.setAudioEnabled(false);
  session.output.setTranscriptionEnabled(false);

  try {
    await withTimeout('session start', session.start({ agent }));
    for (const step of replaySteps(call)) {
      replayLlm.enqueue(step.answers);
      const first = step.userText !== null ? session.generateReply({ userInput: step.userText }) : session.generateReply();
      await withTimeout(`turn ${step.answers[0]?.turnIndex ?? '(caller)'}`, first.waitForPlayout());
      // agent turns the session did not ask for on its own (no tool chained them): ask in order
      while (replayLlm.pending > 0 && !ended) {
        const before = replayLlm.pending;
        await withTimeout('agent follow-up turn', session.generateReply().waitForPlayout());
        if (replayLlm.pending === before) throw new ReplayError(`replay of ${call.source_name} made no progress`);
      }
      if (ended) {
        replayLlm.clear();
        break;
      }
      await trimContext(agent, replayLlm);
    }
  } finally {
    await withTimeout('session close', session.close()).catch(() => undefined);
    collector.detach();
  }
  return exportRecord();
}
