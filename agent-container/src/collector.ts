/**
 * SessionCollector: listens to one AgentSession's events and builds its session record
 * (lib/session-record, schema_version 1). Live calls and replays use it the same way:
 *
 *   const collector = new SessionCollector({ ... });
 *   collector.attach(session);      // before session.start()
 *   ...                              // the call runs
 *   const { record, key } = await collector.finish(sink);
 *
 * Events used: conversation_item_added (transcript; each final caller turn also goes to signal
 * extraction and stage tracking, deferred with setImmediate so nothing heavy runs in the speech
 * path), function_tools_executed (tool calls with outcome and latency; stages; knowledge topics),
 * metrics_collected (latency percentiles; usage through the framework's ModelUsageCollector),
 * user_input_transcribed (final transcripts count), error, close (end reason). The record_consent
 * tool reports consent through `recordConsent`; caller memory read at call start sets
 * `caller.returning_caller` and `call_count`.
 */
import { llm, metrics, voice } from '@livekit/agents';
import type { CallerMemory } from '../../lib/caller-memory';
import { priceCall, type CallUsage } from '../../lib/pricing';
import { displayableCallerName, phoneHasher, redactEvidenceQuotes } from '../../lib/privacy';
import { extractSignals, SignalAccumulator } from '../../lib/signals';
import {
  parseSessionRecord,
  redactForConsent,
  SCHEMA_VERSION,
  type Consent,
  type ConsentRedaction,
  type SessionRecord,
  type ToolCall,
  type TranscriptTurn,
} from '../../lib/session-record';
import type { SessionSink } from '../../lib/storage/session-sink';
import { LiveClock, speechDurationMs, type SessionClock } from './clock';
import { AGENT_NAME, AGENT_VERSION, type PipelineModels } from './config';
import { StageTracker, type QualificationTopic, type StageSnapshot } from './stages';

type EndReason = SessionRecord['outcome']['end_reason'];

/** Tool output kept in the record, in characters (the schema's limit). */
export const TOOL_OUTPUT_MAX_CHARS = 2000;

export interface SessionCollectorOptions {
  sessionId: string;
  startedAt: Date;
  session: {
    channel: SessionRecord['session']['channel'];
    template_id?: string;
    call_type?: SessionRecord['session']['call_type'];
    lead_id?: string | null;
    room_name?: string | null;
    replay_source?: string | null;
  };
  caller: {
    identity: string | null;
    name: string | null;
    /** E.164 number; only its keyed hash (lib/privacy/phone-hash.ts) reaches the record. */
    phone: string | null;
    /** What caller memory held at call start (null: first call, or no number, or memory unavailable). */
    memory?: CallerMemory | null;
  };
  /** Models serving the call, for pricing. */
  models: PipelineModels;
  /** Turn placement; default LiveClock from `startedAt`. Replay passes a SimulatedClock. */
  clock?: SessionClock;
  /** Record latency percentiles from metrics events (default true; replay has no real latency). */
  measureLatency?: boolean;
  /**
   * Where STT/TTS usage comes from: `metrics` (the framework's STT/TTS metrics, live) or
   * `transcript` (estimated from the transcript: caller speaking time and agent characters, replay).
   */
  speechUsage?: 'metrics' | 'transcript';
  /** End reason when nothing more specific happened (live: caller_hangup; replay: replay_complete). */
  defaultEndReason?: EndReason;
}

/** Nearest-rank percentile of `values` (ms), rounded to 0.1 ms; null for no samples. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return Math.round(sorted[rank - 1]! * 10) / 10;
}

function latency(values: readonly number[]) {
  return { p50: percentile(values, 50), p95: percentile(values, 95), samples: values.length };
}

/** Keyed hash of a phone number under the process's current key (lib/privacy); null when there is none. */
export function phoneHash(phone: string | null): string | null {
  return phoneHasher().hash(phone)?.hash ?? null;
}

/**
 * The participant identity as the record keeps it: the caller's phone number, if the identity holds
 * it (LiveKit's SIP identities are `sip_<E.164>` by default), is replaced by `#` and the first 12 hex
 * characters of its hash, so only the hash of the number reaches the record.
 */
export function recordedIdentity(identity: string | null, phone: string | null): string | null {
  const hash = phoneHash(phone);
  if (identity === null || !phone || !hash) return identity;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return identity;
  return identity.replace(new RegExp(`\\+?${digits}`, 'g'), `#${hash.slice(0, 12)}`);
}

export class SessionCollector {
  private readonly transcript: TranscriptTurn[] = [];
  private readonly toolCalls: ToolCall[] = [];
  private readonly clock: SessionClock;
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
  private unpriced: string[] = [];
  private lastRedaction: ConsentRedaction | null = null;
  private consent: Consent = { recording: 'not_asked', data_processing: 'not_asked', recorded_at: null };
  private finalTranscripts = 0;
  private endReason: EndReason | null = null;
  private closedAt: number | null = null;
  private errors = 0;
  private session: voice.AgentSession | null = null;
  private written: Promise<{ record: SessionRecord; key: string }> | null = null;
  private readonly listeners: Array<[string, (ev: never) => void]> = [];

  constructor(private readonly opts: SessionCollectorOptions) {
    this.clock = opts.clock ?? new LiveClock(opts.startedAt.getTime());
    const known = opts.caller.memory?.signals;
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

  /** Note why the call is ending (e.g. `agent_ended` from the end_call tool). The first reason wins. */
  markEndReason(reason: EndReason): void {
    this.endReason ??= reason;
  }

  /**
   * Record the caller's consent answer (from the record_consent tool). Statuses not given keep
   * their previous value; `at` is when the caller answered.
   */
  recordConsent(answer: { recording?: 'granted' | 'denied'; data_processing?: 'granted' | 'denied' }, at: Date = new Date(this.opts.startedAt.getTime() + this.clock.elapsedMs())): Consent {
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

  /** `provider/model` with usage but no price in the table, as of the last built record. */
  get unpricedModels(): string[] {
    return [...this.unpriced];
  }

  /** What consent redaction removed from the last built record (counts only); null when nothing was denied. */
  get redaction(): ConsentRedaction | null {
    return this.lastRedaction ? { ...this.lastRedaction } : null;
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

  private onItem(ev: voice.ConversationItemAddedEvent): void {
    const item = ev.item;
    if (!(item instanceof llm.ChatMessage)) return;
    if (item.role !== 'user' && item.role !== 'assistant') return;
    const role = item.role === 'assistant' ? 'agent' : 'user';
    const text = (item.textContent ?? '').trim();
    if (text === '') return;
    const timing = this.clock.placeTurn({
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
    if (role === 'agent' && item.metrics.e2eLatency !== undefined && this.opts.measureLatency !== false) {
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
    for (const turn of this.pendingTurns.splice(0)) {
      this.signals.add({ turn_index: turn.turn_index, role: turn.role, text: turn.text });
      if (turn.role === 'user') this.stages.onUserTurn(turn.turn_index, turn.text, extractSignals(turn.text, turn.turn_index));
      else this.stages.onAgentTurn(turn.turn_index, turn.text);
    }
  }

  private onTools(ev: voice.FunctionToolsExecutedEvent): void {
    this.drainTurns();
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
  }

  private onMetrics(m: metrics.AgentMetrics): void {
    const measure = this.opts.measureLatency !== false;
    this.modelUsage.collect(m);
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

  /** Usage totals from the framework's ModelUsageCollector (all providers summed per service). */
  private usageTotals() {
    const t = { promptTokens: 0, cachedPromptTokens: 0, completionTokens: 0, sttAudioSeconds: 0, ttsCharacters: 0, ttsAudioSeconds: 0 };
    for (const u of this.modelUsage.flatten()) {
      if (u.type === 'llm_usage') {
        t.promptTokens += u.inputTokens;
        t.cachedPromptTokens += u.inputCachedTokens;
        t.completionTokens += u.outputTokens;
      } else if (u.type === 'stt_usage') t.sttAudioSeconds += u.audioDurationMs / 1000;
      else if (u.type === 'tts_usage') {
        t.ttsCharacters += u.charactersCount;
        t.ttsAudioSeconds += u.audioDurationMs / 1000;
      }
    }
    return t;
  }

  /**
   * The record as it stands now, as consent allows it to be kept; validated against the schema.
   * @throws SessionRecordError on a bug.
   * Stage reached: the StageTracker's furthest stage (./stages.ts). Consent is `not_asked` until
   * record_consent records it. Signals: the caller's turns aggregated incrementally (lib/signals).
   * A denied recording or data-processing consent is applied last (`redactForConsent`,
   * lib/session-record/redact.ts), after usage and cost were measured on the full call; what it
   * removed is in `redaction`.
   */
  buildRecord(): SessionRecord {
    const { opts } = this;
    this.drainTurns();
    const usageTotals = this.usageTotals();
    const elapsedMs = this.clock.elapsedMs();
    const endedAt = new Date(opts.startedAt.getTime() + elapsedMs);
    const userTurns = this.transcript.filter((t) => t.role === 'user');
    const agentTurns = this.transcript.filter((t) => t.role === 'agent');
    const signals = this.signals.snapshot();

    const booked = this.toolCalls.find((c) => c.name === 'book_sales_meeting' && c.outcome === 'success');
    const stage = this.stages.stageReached;

    const speechFromTranscript = opts.speechUsage === 'transcript';
    const sttAudioSeconds = speechFromTranscript ? sum(userTurns.map((t) => t.end_ms - t.start_ms)) / 1000 : usageTotals.sttAudioSeconds;
    const ttsCharacters = speechFromTranscript ? sum(agentTurns.map((t) => t.text.length)) : usageTotals.ttsCharacters;
    const ttsAudioSeconds = speechFromTranscript ? sum(agentTurns.map((t) => speechDurationMs(t.text))) / 1000 : usageTotals.ttsAudioSeconds;
    const usage: CallUsage = {
      stt: { ...opts.models.stt, audioSeconds: sttAudioSeconds },
      llm: {
        ...opts.models.llm,
        promptTokens: usageTotals.promptTokens,
        cachedPromptTokens: usageTotals.cachedPromptTokens,
        completionTokens: usageTotals.completionTokens,
      },
      tts: { ...opts.models.tts, characters: ttsCharacters },
    };

    const priced = priceCall(usage);
    this.unpriced = priced.unpriced;
    const record: SessionRecord = {
      schema_version: SCHEMA_VERSION,
      session_id: opts.sessionId,
      session: {
        channel: opts.session.channel,
        agent_name: AGENT_NAME,
        agent_version: AGENT_VERSION,
        template_id: opts.session.template_id ?? 'default',
        call_type: opts.session.call_type ?? 'unknown',
        lead_id: opts.session.lead_id ?? null,
        room_name: opts.session.room_name ?? null,
        replay_source: opts.session.replay_source ?? null,
      },
      caller: {
        identity: recordedIdentity(opts.caller.identity, opts.caller.phone),
        name: displayableCallerName(opts.caller.name),
        phone_hash: phoneHash(opts.caller.phone),
        phone_hash_key_id: opts.caller.phone ? (phoneHasher().hash(opts.caller.phone)?.key_id ?? null) : null,
        returning_caller: (opts.caller.memory?.call_count ?? 0) > 0,
        call_count: (opts.caller.memory?.call_count ?? 0) + 1,
      },
      started_at: opts.startedAt.toISOString(),
      ended_at: endedAt.toISOString(),
      duration_seconds: Math.round(elapsedMs / 100) / 10,
      transcript: this.transcript.map((t) => ({ ...t })),
      discovered_signals: signals,
      tool_calls: this.toolCalls.map((c) => ({ ...c })),
      outcome: {
        stage_reached: stage,
        meeting_booked: booked !== undefined,
        meeting_time: booked ? meetingTime(booked.arguments) : null,
        end_reason: this.endReason ?? opts.defaultEndReason ?? 'caller_hangup',
      },
      consent: { ...this.consent },
      metrics_summary: {
        user_turns: userTurns.length,
        agent_turns: agentTurns.length,
        end_of_utterance_delay_ms: latency(this.eouDelays),
        llm_ttft_ms: latency(this.llmTtfts),
        tts_ttfb_ms: latency(this.ttsTtfbs),
        end_to_end_ms: latency(this.e2eLatencies),
        llm_prompt_tokens: usageTotals.promptTokens,
        llm_completion_tokens: usageTotals.completionTokens,
        stt_audio_seconds: round3(sttAudioSeconds),
        tts_characters: ttsCharacters,
        tts_audio_seconds: round3(ttsAudioSeconds),
      },
      cost_summary: priced.cost,
    };
    const kept = redactForConsent(redactEvidenceQuotes(record));
    this.lastRedaction = kept.redaction;
    return parseSessionRecord(kept.record);
  }

  /**
   * Build the record and write it with `sink` (once: later calls return the same promise).
   * @returns the record and the S3 key it was written under.
   */
  finish(sink: SessionSink): Promise<{ record: SessionRecord; key: string }> {
    this.written ??= (async () => {
      const record = this.buildRecord();
      const key = await sink.write(record);
      return { record, key };
    })();
    return this.written;
  }

  /** Epoch ms of the session's close event, or null while it runs. */
  get closedAtMs(): number | null {
    return this.closedAt;
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
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

function meetingTime(argsJson: string): string | null {
  try {
    const v = JSON.parse(argsJson) as { time_window?: unknown };
    return typeof v.time_window === 'string' ? v.time_window : null;
  } catch {
    return null;
  }
}
