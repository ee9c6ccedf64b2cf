/**
 * CallState: what one AgentSession's events say about the call, gathered as they arrive. It knows
 * nothing of the record's shape; `facts()` hands a plain copy to `buildSessionRecord`
 * (./session-record-build.ts).
 *
 * Events used: conversation_item_added (transcript; each final caller turn also goes to signal
 * extraction and stage tracking, deferred with setImmediate so nothing heavy runs in the speech
 * path), function_tools_executed (tool calls with outcome and latency; stages; knowledge topics),
 * metrics_collected (latency samples; usage through the framework's ModelUsageCollector),
 * user_input_transcribed (final transcripts count), error, close (end reason). Consent comes from
 * the record_consent tool through `recordConsent`.
 */
import { llm, metrics, voice } from '@livekit/agents';
import type { CallerMemory } from '../../lib/caller-memory';
import type { Consent, DiscoveredSignals, SessionRecord, Stage, ToolCall, TranscriptTurn } from '../../lib/session-record';
import { extractSignals, SignalAccumulator } from '../../lib/signals';
import type { ServiceUsage } from '../../lib/pricing';
import type { SessionClock } from './clock';
import { StageTracker, type QualificationTopic, type StageSnapshot } from './stages';

export type EndReason = SessionRecord['outcome']['end_reason'];

/** Tool output kept in the record, in characters (the schema's limit). */
export const TOOL_OUTPUT_MAX_CHARS = 2000;

/** Model usage summed per service from the framework's metrics (all providers), and per provider/model. */
export interface UsageTotals {
  promptTokens: number;
  cachedPromptTokens: number;
  completionTokens: number;
  sttAudioSeconds: number;
  ttsCharacters: number;
  ttsAudioSeconds: number;
  /** The same usage per service and the provider/model the metrics name (what served it), in order first seen. */
  byModel: ServiceUsage[];
}

/**
 * Whether metrics come from a FallbackAdapter itself (label `FallbackAdapter`, `tts.FallbackAdapter`):
 * an adapter reports each request once itself and once more through the provider that served it,
 * so its own lines are left out of usage.
 */
export function isFallbackAdapterMetrics(m: metrics.AgentMetrics): boolean {
  return 'label' in m && typeof m.label === 'string' && m.label.includes('FallbackAdapter');
}

/** A plain copy of what the call has shown so far: the input of `buildSessionRecord`. */
export interface CallFacts {
  transcript: TranscriptTurn[];
  toolCalls: ToolCall[];
  /** Latency samples in ms. */
  eouDelays: number[];
  llmTtfts: number[];
  ttsTtfbs: number[];
  e2eLatencies: number[];
  usage: UsageTotals;
  signals: DiscoveredSignals;
  stageReached: Stage;
  consent: Consent;
  /** The most specific end reason seen so far; null while nothing ended the call. */
  endReason: EndReason | null;
  /** ms from session start to the moment the facts were taken. */
  elapsedMs: number;
}

export interface CallStateOptions {
  clock: SessionClock;
  /** Session start (consent answers without a time are placed on the clock from here). */
  startedAt: Date;
  /** Keep latency samples from metrics events (false in replay, which has no real latency). */
  measureLatency: boolean;
  /** What caller memory held at call start: topics it already knows are not asked again. */
  memory?: CallerMemory | null;
}

export class CallState {
  private readonly transcript: TranscriptTurn[] = [];
  private readonly toolCalls: ToolCall[] = [];
  private readonly eouDelays: number[] = [];
  private readonly llmTtfts: number[] = [];
  private readonly ttsTtfbs: number[] = [];
  private readonly e2eLatencies: number[] = [];
  /** The framework's own usage aggregation (per provider/model) over metrics events. */
  private readonly modelUsage = new metrics.ModelUsageCollector();
  private readonly stages = new StageTracker();
  private readonly signals = new SignalAccumulator();
  /** Transcript turns waiting for signal extraction (run off the speech path, in order). */
  private readonly pendingTurns: TranscriptTurn[] = [];
  private drainScheduled: NodeJS.Immediate | null = null;
  private readonly topicSet = new Set<string>();
  private consent: Consent = { recording: 'not_asked', data_processing: 'not_asked', recorded_at: null };
  private finalTranscripts = 0;
  private endReason: EndReason | null = null;
  private closedAt: number | null = null;
  private errors = 0;
  private session: voice.AgentSession | null = null;
  private readonly listeners: Array<[string, (ev: never) => void]> = [];
  private readonly stageListeners: Array<(stage: Stage) => void> = [];

  constructor(private readonly opts: CallStateOptions) {
    const known = opts.memory?.signals;
    if (known) {
      const topics = (['team_size', 'monthly_volume', 'current_solution', 'integration_needs', 'urgency', 'industry', 'use_case'] as const).filter((k) => {
        const v = known[k];
        return Array.isArray(v) ? v.length > 0 : v !== null;
      });
      this.stages.markKnown(topics as QualificationTopic[]);
    }
  }

  /** Subscribe to the session's events. Call before `session.start()` so no item is missed. */
  attach(session: voice.AgentSession): void {
    if (this.session) throw new Error('SessionCollector is already attached to a session');
    this.session = session;
    const E = voice.AgentSessionEventTypes;
    this.on(session, E.ConversationItemAdded, (ev: voice.ConversationItemAddedEvent) => this.onItem(ev));
    this.on(session, E.FunctionToolsExecuted, (ev: voice.FunctionToolsExecutedEvent) => this.onTools(ev));
    this.on(session, E.MetricsCollected, (ev: voice.MetricsCollectedEvent) => this.onMetrics(ev.metrics));
    this.on(session, E.UserInputTranscribed, (ev: voice.UserInputTranscribedEvent) => {
      if (ev.isFinal) this.finalTranscripts += 1;
    });
    this.on(session, E.Error, (ev: voice.ErrorEvent) => {
      this.errors += 1;
      if (!ev.error.recoverable) this.endReason ??= 'error';
    });
    this.on(session, E.Close, (ev: voice.CloseEvent) => this.onClose(ev));
  }

  /** Unsubscribe from the session (safe to call twice). Pending signal extraction still completes. */
  detach(): void {
    if (!this.session) return;
    for (const [name, fn] of this.listeners) this.session.off(name as never, fn as never);
    this.listeners.length = 0;
    this.session = null;
  }

  private on<T>(session: voice.AgentSession, name: voice.AgentSessionEventTypes, fn: (ev: T) => void): void {
    const guarded = (ev: T) => {
      try {
        fn(ev);
      } catch (e) {
        // a collector bug must never take the call down; count it and carry on
        this.errors += 1;
        process.emitWarning(`SessionCollector: ${name} handler failed: ${(e as Error).message}`);
      }
    };
    session.on(name as never, guarded as never);
    this.listeners.push([name, guarded as (ev: never) => void]);
  }

  /** Call `fn` with the new stage each time the furthest stage reached moves on. */
  onStageChange(fn: (stage: Stage) => void): void {
    this.stageListeners.push(fn);
  }

  /** Note why the call is ending (e.g. `agent_ended` from the end_call tool). The first reason wins. */
  markEndReason(reason: EndReason): void {
    this.endReason ??= reason;
  }

  /**
   * Record the caller's consent answer (from the record_consent tool). Statuses not given keep
   * their previous value; `at` is when the caller answered.
   */
  recordConsent(answer: { recording?: 'granted' | 'denied'; data_processing?: 'granted' | 'denied' }, at: Date = new Date(this.opts.startedAt.getTime() + this.opts.clock.elapsedMs())): Consent {
    this.consent = {
      recording: answer.recording ?? this.consent.recording,
      data_processing: answer.data_processing ?? this.consent.data_processing,
      recorded_at: at.toISOString(),
    };
    return { ...this.consent };
  }

  /** Stages entered, qualification topics asked and learned, objections (no caller text). */
  stageSnapshot(): StageSnapshot {
    this.drainTurns();
    return this.stages.snapshot();
  }

  /** Knowledge documents the agent consulted (the best passage of each search_knowledge), in first-use order. */
  get topics(): string[] {
    return [...this.topicSet];
  }

  /** Final user transcripts seen (live STT); 0 in replay, where user turns arrive as text. */
  get finalTranscriptCount(): number {
    return this.finalTranscripts;
  }

  /** Session errors reported by the framework (and collector handler failures). */
  get errorCount(): number {
    return this.errors;
  }

  /** Epoch ms of the session's close event, or null while it runs. */
  get closedAtMs(): number | null {
    return this.closedAt;
  }

  /** A plain copy of everything known now (pending signal extraction is run first). */
  facts(): CallFacts {
    this.drainTurns();
    return {
      transcript: this.transcript.map((t) => ({ ...t })),
      toolCalls: this.toolCalls.map((c) => ({ ...c })),
      eouDelays: [...this.eouDelays],
      llmTtfts: [...this.llmTtfts],
      ttsTtfbs: [...this.ttsTtfbs],
      e2eLatencies: [...this.e2eLatencies],
      usage: this.usageTotals(),
      signals: this.signals.snapshot(),
      stageReached: this.stages.stageReached,
      consent: { ...this.consent },
      endReason: this.endReason,
      elapsedMs: this.opts.clock.elapsedMs(),
    };
  }

  private onItem(ev: voice.ConversationItemAddedEvent): void {
    const item = ev.item;
    if (!(item instanceof llm.ChatMessage)) return;
    if (item.role !== 'user' && item.role !== 'assistant') return;
    const role = item.role === 'assistant' ? 'agent' : 'user';
    const text = (item.textContent ?? '').trim();
    if (text === '') return;
    const timing = this.opts.clock.placeTurn({
      role,
      text,
      createdAt: item.createdAt,
      startedSpeakingAt: item.metrics.startedSpeakingAt,
      stoppedSpeakingAt: item.metrics.stoppedSpeakingAt,
    });
    const turn: TranscriptTurn = { turn_index: this.transcript.length, role, text, ...timing, interrupted: role === 'agent' && item.interrupted };
    this.transcript.push(turn);
    this.pendingTurns.push(turn);
    this.drainScheduled ??= setImmediate(() => this.drainTurns());
    if (role === 'agent' && item.metrics.e2eLatency !== undefined && this.opts.measureLatency) {
      this.e2eLatencies.push(item.metrics.e2eLatency * 1000);
    }
  }

  /**
   * Signal extraction and stage tracking for the turns added since the last drain, in order.
   * Scheduled with setImmediate from the conversation event; run synchronously before a record
   * or snapshot is built so nothing is missed.
   */
  private drainTurns(): void {
    if (this.drainScheduled) clearImmediate(this.drainScheduled);
    this.drainScheduled = null;
    const before = this.stages.stageReached;
    for (const turn of this.pendingTurns.splice(0)) {
      this.signals.add({ turn_index: turn.turn_index, role: turn.role, text: turn.text });
      if (turn.role === 'user') this.stages.onUserTurn(turn.turn_index, turn.text, extractSignals(turn.text, turn.turn_index));
      else this.stages.onAgentTurn(turn.turn_index, turn.text);
    }
    this.notifyStage(before);
  }

  private notifyStage(before: Stage): void {
    const after = this.stages.stageReached;
    if (after === before) return;
    for (const fn of this.stageListeners) {
      try {
        fn(after);
      } catch (e) {
        process.emitWarning(`SessionCollector: stage listener failed: ${(e as Error).message}`);
      }
    }
  }

  private onTools(ev: voice.FunctionToolsExecutedEvent): void {
    this.drainTurns();
    const before = this.stages.stageReached;
    for (const [call, out] of voice.zipFunctionCallsAndOutputs(ev)) {
      const outcome = out === undefined || out.isError ? 'error' : 'success';
      const turnIndex = Math.max(0, this.transcript.length - 1);
      this.stages.onToolCall(call.name, outcome, turnIndex);
      if (call.name === 'search_knowledge' && outcome === 'success') for (const doc of citedDocs(out?.output ?? '')) this.topicSet.add(doc);
      this.toolCalls.push({
        call_id: call.callId,
        name: call.name,
        arguments: normalizeArgs(call.args),
        outcome,
        output: (out?.output ?? 'no output').slice(0, TOOL_OUTPUT_MAX_CHARS),
        latency_ms: out ? Math.max(0, out.createdAt - call.createdAt) : 0,
        turn_index: turnIndex,
      });
    }
    this.notifyStage(before);
  }

  private onMetrics(m: metrics.AgentMetrics): void {
    const measure = this.opts.measureLatency;
    if (!isFallbackAdapterMetrics(m)) this.modelUsage.collect(m);
    switch (m.type) {
      case 'llm_metrics':
        if (measure && m.ttftMs >= 0 && !m.cancelled) this.llmTtfts.push(m.ttftMs);
        break;
      case 'tts_metrics':
        if (measure && m.ttfbMs >= 0 && !m.cancelled) this.ttsTtfbs.push(m.ttfbMs);
        break;
      case 'eou_metrics':
        if (measure && m.endOfUtteranceDelayMs > 0) this.eouDelays.push(m.endOfUtteranceDelayMs);
        break;
      default:
        break;
    }
  }

  private onClose(ev: voice.CloseEvent): void {
    this.closedAt = ev.createdAt;
    if (ev.error) this.endReason ??= 'error';
    const reason = String(ev.reason);
    if (reason === voice.CloseReason.PARTICIPANT_DISCONNECTED) this.endReason ??= 'caller_hangup';
    else if (reason === voice.CloseReason.JOB_SHUTDOWN) this.endReason ??= 'shutdown';
    else if (reason === voice.CloseReason.ERROR) this.endReason ??= 'error';
  }

  /**
   * Usage from the framework's ModelUsageCollector: summed per service, and per provider/model
   * (a FallbackAdapter's own duplicate metrics were not collected).
   */
  private usageTotals(): UsageTotals {
    const t: UsageTotals = { promptTokens: 0, cachedPromptTokens: 0, completionTokens: 0, sttAudioSeconds: 0, ttsCharacters: 0, ttsAudioSeconds: 0, byModel: [] };
    for (const u of this.modelUsage.flatten()) {
      if (!('model' in u)) continue;
      const ref = { provider: u.provider, model: u.model };
      if (u.type === 'llm_usage') {
        t.promptTokens += u.inputTokens;
        t.cachedPromptTokens += u.inputCachedTokens;
        t.completionTokens += u.outputTokens;
        t.byModel.push({ service: 'llm', ...ref, promptTokens: u.inputTokens, cachedPromptTokens: u.inputCachedTokens, completionTokens: u.outputTokens });
      } else if (u.type === 'stt_usage') {
        t.sttAudioSeconds += u.audioDurationMs / 1000;
        t.byModel.push({ service: 'stt', ...ref, audioSeconds: u.audioDurationMs / 1000 });
      } else if (u.type === 'tts_usage') {
        t.ttsCharacters += u.charactersCount;
        t.ttsAudioSeconds += u.audioDurationMs / 1000;
        t.byModel.push({ service: 'tts', ...ref, characters: u.charactersCount });
      }
    }
    return t;
  }
}

/** Tool arguments as compact JSON object text (the schema stores them as text). */
function normalizeArgs(args: string): string {
  try {
    const v: unknown = JSON.parse(args || '{}');
    return JSON.stringify(v !== null && typeof v === 'object' && !Array.isArray(v) ? v : { value: v });
  } catch {
    return JSON.stringify({ raw: args });
  }
}

/**
 * The topic of a search_knowledge output (`{ passages: [{ citation: "doc#section" }] }`): the
 * document of the best passage; lower-ranked passages are often incidental matches.
 */
function citedDocs(output: string): string[] {
  try {
    const v = JSON.parse(output) as { passages?: Array<{ citation?: unknown }> };
    return (v.passages ?? []).slice(0, 1).map((p) => String(p.citation ?? '').split('#')[0]!).filter((d) => d !== '');
  } catch {
    return [];
  }
}
