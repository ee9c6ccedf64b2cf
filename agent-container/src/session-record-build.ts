/**
 * `buildSessionRecord`: the session record (lib/session-record, schema_version 2) from what the
 * call showed (`CallFacts`, ./call-state.ts) and what was known before it began (`RecordContext`).
 * Pure: no clock, no events, no I/O; the same facts give the same record.
 */
import { analysisOf } from '../../lib/analysis/record';
import { callerNameOf } from '../../lib/caller-identity';
import { priceUsage, type ModelRef, type ServiceUsage } from '../../lib/pricing';
import { redactEvidenceQuotes } from '../../lib/privacy';
import { parseSessionRecord, redactForConsent, SCHEMA_VERSION, type ConsentRedaction, type LiveCall, type SessionRecord } from '../../lib/session-record';
import type { CallFacts, EndReason } from './call-state';
import { speechDurationMs } from './clock';
import { AGENT_NAME, AGENT_VERSION, type PipelineModels } from './config';

/** What the record says that the call's events do not: ids, channel, the caller as identified at start. */
export interface RecordContext {
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
  /** The caller as the record keeps it: identity already stripped of the phone number, only its hash. */
  caller: { identity: string | null; name: string | null; phone_hash: string | null; phone_hash_key_id?: string | null; previous_calls: number };
  /** Models serving the call, for pricing. */
  models: PipelineModels;
  /**
   * Where STT/TTS usage comes from: `metrics` (the framework's STT/TTS metrics, live) or
   * `transcript` (estimated from the transcript: caller speaking time and agent characters, replay).
   */
  speechUsage: 'metrics' | 'transcript';
  /** End reason when nothing more specific happened (live: caller_hangup; replay: replay_complete). */
  defaultEndReason: EndReason;
}

/** A built record with what building it found. */
export interface BuiltRecord {
  /** Validated against the schema, as consent allows it to be kept. */
  record: SessionRecord;
  /** What consent redaction removed (counts only); null when nothing was denied. */
  redaction: ConsentRedaction | null;
  /** `provider/model` with usage but no price in the table. */
  unpriced: string[];
}

/**
 * Which of a service's configured models (primary, then fallbacks) served a usage line, matched
 * by model name (case-insensitive; a `vendor/` prefix on either side ignored), so the line is
 * priced under the template's provider name (plugins report `Deepgram`, `api.openai.com`,
 * `livekit`). A line that matches none is priced as the primary: replay's stand-in LLM and test
 * models, which stand for the primary.
 */
export function servingModel(line: ModelRef, configured: ModelRef & { fallbacks?: ModelRef[] }): ModelRef {
  const candidates = [configured, ...(configured.fallbacks ?? [])];
  const norm = (s: string) => s.toLowerCase();
  const bare = (s: string) => norm(s).replace(/^[a-z0-9-]+\//, '');
  const hit = candidates.find((c) => norm(c.model) === norm(line.model)) ?? candidates.find((c) => bare(c.model) === bare(line.model));
  const r = hit ?? configured;
  return { provider: r.provider, model: r.model };
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

/** Options of `buildSessionRecord`. */
export interface BuildOptions {
  /**
   * An in-progress record (a checkpoint): `partial: true`, and, while nothing ended the call, the
   * end reason `recovered_from_checkpoint` (what it stands for if it is ever promoted to a record).
   */
  partial?: boolean;
  /** Live calls only (./live-call.ts): becomes the record's `live_call` block. */
  liveCall?: LiveCall;
}

/**
 * The record for `facts` in `context`.
 * @throws SessionRecordError on a bug (the record does not validate).
 * Stage reached: the StageTracker's furthest stage (./stages.ts). Consent is `not_asked` until
 * record_consent records it. Signals: the caller's turns aggregated incrementally (lib/signals).
 * A denied recording or data-processing consent is applied last (`redactForConsent`,
 * lib/session-record/redact.ts), after usage and cost were measured on the full call.
 * The caller's name is the one given for a booking when there is one, else the one known at the
 * start; neither is kept when it is a telephony label, number or email (lib/caller-identity.ts).
 * `liveCall` (live calls only, ./live-call.ts) becomes the record's `live_call` block.
 */
export function buildSessionRecord(facts: CallFacts, context: RecordContext, options: BuildOptions = {}): BuiltRecord {
  const endedAt = new Date(context.startedAt.getTime() + facts.elapsedMs);
  const userTurns = facts.transcript.filter((t) => t.role === 'user');
  const agentTurns = facts.transcript.filter((t) => t.role === 'agent');
  const booked = facts.toolCalls.find((c) => c.name === 'book_sales_meeting' && c.outcome === 'success');

  const speechFromTranscript = context.speechUsage === 'transcript';
  const sttAudioSeconds = speechFromTranscript ? sum(userTurns.map((t) => t.end_ms - t.start_ms)) / 1000 : facts.usage.sttAudioSeconds;
  const ttsCharacters = speechFromTranscript ? sum(agentTurns.map((t) => t.text.length)) : facts.usage.ttsCharacters;
  const ttsAudioSeconds = speechFromTranscript ? sum(agentTurns.map((t) => speechDurationMs(t.text))) / 1000 : facts.usage.ttsAudioSeconds;
  // each provider/model priced at its own rate (a fallback that served turns at the fallback's);
  // usage with no per-model lines (replay's estimates, no metrics) at the primary's
  const m = context.models;
  const lines = (service: ServiceUsage['service']) => (speechFromTranscript && service !== 'llm' ? [] : facts.usage.byModel.filter((u) => u.service === service));
  const served = (u: ServiceUsage): ServiceUsage => ({ ...u, ...servingModel(u, m[u.service]) });
  const ref = (r: ModelRef) => ({ provider: r.provider, model: r.model });
  const usages: ServiceUsage[] = [
    ...(lines('stt').length ? lines('stt').map(served) : [{ service: 'stt' as const, ...ref(m.stt), audioSeconds: sttAudioSeconds }]),
    ...(lines('llm').length
      ? lines('llm').map(served)
      : [{ service: 'llm' as const, ...ref(m.llm), promptTokens: facts.usage.promptTokens, cachedPromptTokens: facts.usage.cachedPromptTokens, completionTokens: facts.usage.completionTokens }]),
    ...(lines('tts').length ? lines('tts').map(served) : [{ service: 'tts' as const, ...ref(m.tts), characters: ttsCharacters }]),
  ];
  const priced = priceUsage(usages);
  const record: SessionRecord = {
    schema_version: SCHEMA_VERSION,
    session_id: context.sessionId,
    session: {
      channel: context.session.channel,
      agent_name: AGENT_NAME,
      agent_version: AGENT_VERSION,
      template_id: context.session.template_id ?? 'default',
      call_type: context.session.call_type ?? 'unknown',
      lead_id: context.session.lead_id ?? null,
      room_name: context.session.room_name ?? null,
      replay_source: context.session.replay_source ?? null,
    },
    caller: {
      identity: context.caller.identity,
      name: callerNameOf(booked ? argOf(booked.arguments, 'name') : null, context.caller.name),
      phone_hash: context.caller.phone_hash,
      ...(context.caller.phone_hash_key_id ? { phone_hash_key_id: context.caller.phone_hash_key_id } : {}),
      returning_caller: context.caller.previous_calls > 0,
      call_count: context.caller.previous_calls + 1,
    },
    started_at: context.startedAt.toISOString(),
    ended_at: endedAt.toISOString(),
    duration_seconds: Math.round(facts.elapsedMs / 100) / 10,
    transcript: facts.transcript.map((t) => ({ ...t })),
    discovered_signals: facts.signals,
    tool_calls: facts.toolCalls.map((c) => ({ ...c })),
    outcome: {
      stage_reached: facts.stageReached,
      meeting_booked: booked !== undefined,
      meeting_time: booked ? meetingTime(booked.arguments) : null,
      end_reason: facts.endReason ?? (options.partial ? 'recovered_from_checkpoint' : context.defaultEndReason),
    },
    consent: { ...facts.consent },
    metrics_summary: {
      user_turns: userTurns.length,
      agent_turns: agentTurns.length,
      end_of_utterance_delay_ms: latency(facts.eouDelays),
      llm_ttft_ms: latency(facts.llmTtfts),
      tts_ttfb_ms: latency(facts.ttsTtfbs),
      end_to_end_ms: latency(facts.e2eLatencies),
      llm_prompt_tokens: facts.usage.promptTokens,
      llm_completion_tokens: facts.usage.completionTokens,
      stt_audio_seconds: round3(sttAudioSeconds),
      tts_characters: ttsCharacters,
      tts_audio_seconds: round3(ttsAudioSeconds),
    },
    cost_summary: priced.cost,
    ...(options.liveCall ? { live_call: options.liveCall } : {}),
    ...(options.partial ? { partial: true } : {}),
  };
  // evidence quotes travel on (score reasons, alerts, tables): no emails or numbers in them
  const kept = redactForConsent(redactEvidenceQuotes(record));
  // the call analysis reads what consent let us keep (no analysis at all when data processing was denied)
  const analysis = analysisOf(kept.record);
  const withAnalysis = analysis ? { ...kept.record, analysis } : kept.record;
  return { record: parseSessionRecord(withAnalysis), redaction: kept.redaction, unpriced: priced.unpriced };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function meetingTime(argsJson: string): string | null {
  return argOf(argsJson, 'time_window');
}

/** A string argument of a tool call's JSON arguments, else null. */
function argOf(argsJson: string, key: string): string | null {
  try {
    const v = (JSON.parse(argsJson) as Record<string, unknown>)[key];
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}
