/**
 * LiveCallLog: what happened on the line during a live call, for the record's optional `live_call`
 * block (lib/session-record): how the call ended in detail, time to first audio (caller joined →
 * the agent's first speech), start-up time, provider failovers (the FallbackAdapters'
 * `*_availability_changed` events), which LLM and TTS served each agent turn (the provider/model of
 * the framework's latest LLM and TTS metrics when the turn was added), the warm transfer, and the
 * re-prompts of a caller who went quiet. Fed by the AgentSession's events and by the call's own
 * controls; replay does not use it.
 */
import { llm, voice, type metrics } from '@livekit/agents';
import type { EndDetail, LiveCall, ProviderFailover, SessionRecord, WarmTransfer } from '../../lib/session-record';

type Service = ProviderFailover['service'];

/** `provider/model` of a plugin instance (or of a metrics event's metadata), else its label. */
export function providerName(p: { provider?: string; model?: string; label?: string | (() => string) } | undefined): string {
  if (!p) return 'unknown';
  const label = typeof p.label === 'function' ? p.label() : p.label;
  const provider = p.provider && p.provider !== 'unknown' ? p.provider : null;
  const model = p.model && p.model !== 'unknown' ? p.model : null;
  if (provider && model) return `${provider}/${model}`;
  return model ?? provider ?? label ?? 'unknown';
}

/** The end detail an end reason implies when nothing more specific was noted; null for reasons a live call does not end with. */
export function endDetailOf(endReason: SessionRecord['outcome']['end_reason']): EndDetail | null {
  const map: Partial<Record<SessionRecord['outcome']['end_reason'], EndDetail>> = {
    caller_hangup: 'caller_hangup',
    agent_ended: 'agent_goodbye',
    shutdown: 'worker_drain',
    error: 'session_error',
  };
  return map[endReason] ?? null;
}

/** Something that emits a FallbackAdapter's availability events. */
interface AvailabilityEmitter {
  on(event: string, fn: (ev: Record<string, unknown>) => void): unknown;
}

export class LiveCallLog {
  private endDetail: EndDetail | null = null;
  private firstAudioAtMs: number | null = null;
  private startupMs: number | null = null;
  private readonly failovers: ProviderFailover[] = [];
  private readonly turnProviders: LiveCall['turn_providers'] = [];
  private transfer: WarmTransfer | null = null;
  private awayPrompts = 0;
  private turnCount = 0;
  private lastLlm: string | null = null;
  private lastTts: string | null = null;

  /** @param startedAtMs epoch ms the caller joined (the record's `started_at`). */
  constructor(
    private readonly startedAtMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private sinceStart(atMs = this.now()): number {
    return Math.max(0, atMs - this.startedAtMs);
  }

  /** Listen to the session: first speech, per-turn providers. Call before `session.start()`. */
  attach(session: voice.AgentSession): void {
    const E = voice.AgentSessionEventTypes;
    session.on(E.AgentStateChanged, (ev: voice.AgentStateChangedEvent) => {
      if (ev.newState === 'speaking' && this.firstAudioAtMs === null) this.firstAudioAtMs = ev.createdAt;
    });
    session.on(E.MetricsCollected, (ev: voice.MetricsCollectedEvent) => this.onMetrics(ev.metrics));
    session.on(E.ConversationItemAdded, (ev: voice.ConversationItemAddedEvent) => {
      const item = ev.item;
      // the same turns, in the same order, as the transcript (./call-state.ts)
      if (!(item instanceof llm.ChatMessage) || (item.role !== 'user' && item.role !== 'assistant')) return;
      if ((item.textContent ?? '').trim() === '') return;
      const index = this.turnCount++;
      if (item.role === 'assistant') this.turnProviders.push({ turn_index: index, llm: this.lastLlm, tts: this.lastTts });
    });
  }

  private onMetrics(m: metrics.AgentMetrics): void {
    // a FallbackAdapter reports its own metrics as well as forwarding those of the provider that served
    if ('label' in m && m.label.includes('FallbackAdapter')) return;
    if (m.type === 'llm_metrics') this.lastLlm = providerName({ provider: m.metadata?.modelProvider, model: m.metadata?.modelName, label: m.label });
    else if (m.type === 'tts_metrics') this.lastTts = providerName({ provider: m.metadata?.modelProvider, model: m.metadata?.modelName, label: m.label });
  }

  /** Record the availability events of a FallbackAdapter (`llm_availability_changed`, `stt_…`, `tts_…`). */
  watchFallback(service: Service, adapter: AvailabilityEmitter, onChange?: (f: ProviderFailover) => void): void {
    adapter.on(`${service}_availability_changed`, (ev) => {
      const instance = ev[service] as Parameters<typeof providerName>[0];
      const f: ProviderFailover = { at_ms: this.sinceStart(), service, provider: providerName(instance), available: ev.available === true };
      this.failovers.push(f);
      onChange?.(f);
    });
  }

  /** How the call ended; the first detail wins. */
  markEndDetail(detail: EndDetail): void {
    this.endDetail ??= detail;
  }

  get endDetailSoFar(): EndDetail | null {
    return this.endDetail;
  }

  /** ms from the job starting to the caller being greeted (template, memory, room join). */
  setStartupMs(ms: number): void {
    this.startupMs = Math.max(0, Math.round(ms));
  }

  recordTransfer(t: Omit<WarmTransfer, 'at_ms'>, atMs = this.now()): void {
    this.transfer = { at_ms: this.sinceStart(atMs), ...t };
  }

  noteAwayPrompt(): void {
    this.awayPrompts += 1;
  }

  get failoverEvents(): readonly ProviderFailover[] {
    return this.failovers;
  }

  /** The record's `live_call` block as it stands now; without a noted detail the end detail follows `endReason`. */
  facts(endReason?: SessionRecord['outcome']['end_reason']): LiveCall {
    const endDetail = this.endDetail ?? (endReason ? endDetailOf(endReason) : null);
    return {
      ...(endDetail ? { end_detail: endDetail } : {}),
      time_to_first_audio_ms: this.firstAudioAtMs === null ? null : this.sinceStart(this.firstAudioAtMs),
      startup_ms: this.startupMs,
      failovers: this.failovers.map((f) => ({ ...f })),
      turn_providers: this.turnProviders.map((t) => ({ ...t })),
      ...(this.transfer ? { transfer: { ...this.transfer } } : {}),
      away_prompts: this.awayPrompts,
    };
  }
}
