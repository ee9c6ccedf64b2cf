/**
 * Operations helpers for the worker, pure and tested: the drain plan that fits calls and their
 * record exports inside the ECS stop timeout, the one `session_analytics` log line per call (no
 * transcript text, no phone number), and the log message the export-failure alarm matches.
 */
import type { PricedCall } from '../../lib/pricing';
import type { ConsentRedaction, SessionRecord } from '../../lib/session-record';
import type { StageSnapshot } from './stages';

/**
 * The agent's log message for a failed session record export. The observability stack's metric
 * filter matches this exact text (lib/stacks/observability-stack.ts `EXPORT_FAILED_LOG_TEXT`).
 */
export const EXPORT_FAILED_LOG_TEXT = 'session record export failed';
/** Message of the one analytics line per call. */
export const SESSION_ANALYTICS_MSG = 'session_analytics';

/** Seconds kept back from the ECS stop timeout for the final record exports and memory writes. */
export const EXPORT_MARGIN_SECONDS = 20;

/** How the worker spends the stop timeout after SIGTERM (ms). */
export interface DrainPlan {
  /** Calls may go on this long after SIGTERM (no new jobs are taken meanwhile). */
  drainTimeoutMs: number;
  /** Then each job process gets this long to close its session and export its record. */
  shutdownProcessTimeoutMs: number;
}

/**
 * Split the ECS stop timeout (seconds between SIGTERM and SIGKILL; 120 s in the stack) into the
 * drain and the final export: calls run until `stop - EXPORT_MARGIN_SECONDS`, then get
 * `EXPORT_MARGIN_SECONDS - 5` s to close and export, leaving 5 s of slack before SIGKILL.
 * Null (framework defaults) when no stop timeout is configured.
 * @throws Error for a stop timeout under 30 s, too short to drain anything.
 */
export function drainPlan(stopTimeoutSeconds: number | undefined): DrainPlan | null {
  if (stopTimeoutSeconds === undefined || !Number.isFinite(stopTimeoutSeconds) || stopTimeoutSeconds <= 0) return null;
  if (stopTimeoutSeconds < 30) throw new Error(`DRAIN_TIMEOUT_SECONDS=${stopTimeoutSeconds} is too short: calls need at least 30 s to drain and export`);
  return {
    drainTimeoutMs: (stopTimeoutSeconds - EXPORT_MARGIN_SECONDS) * 1000,
    shutdownProcessTimeoutMs: (EXPORT_MARGIN_SECONDS - 5) * 1000,
  };
}

/**
 * The fields of the `session_analytics` log line for one call: ids, outcome, stages, counts,
 * latency percentiles, usage and cost, and `consent_redaction` (what a denied consent removed from
 * the exported record, as counts; null when nothing was denied). Never transcript text, signal
 * quotes, names or phone data.
 */
export function sessionAnalytics(
  record: SessionRecord,
  stages: StageSnapshot,
  unpriced: PricedCall['unpriced'] = [],
  redaction: ConsentRedaction | null = null,
): Record<string, unknown> {
  const tools: Record<string, { calls: number; errors: number; max_latency_ms: number }> = {};
  for (const c of record.tool_calls) {
    const t = (tools[c.name] ??= { calls: 0, errors: 0, max_latency_ms: 0 });
    t.calls += 1;
    if (c.outcome === 'error') t.errors += 1;
    t.max_latency_ms = Math.max(t.max_latency_ms, Math.round(c.latency_ms));
  }
  const s = record.discovered_signals;
  const m = record.metrics_summary;
  return {
    event: SESSION_ANALYTICS_MSG,
    session_id: record.session_id,
    template_id: record.session.template_id,
    channel: record.session.channel,
    call_type: record.session.call_type,
    lead_id: record.session.lead_id,
    started_at: record.started_at,
    duration_seconds: record.duration_seconds,
    end_reason: record.outcome.end_reason,
    stage_reached: record.outcome.stage_reached,
    stages: stages.history.map((h) => h.stage),
    asked: stages.asked,
    learned: stages.learned,
    objections: stages.objections,
    meeting_booked: record.outcome.meeting_booked,
    returning_caller: record.caller.returning_caller,
    call_count: record.caller.call_count,
    consent_recording: record.consent.recording,
    consent_data_processing: record.consent.data_processing,
    transcript_retained: record.consent.recording !== 'denied',
    consent_redaction: redaction,
    user_turns: m.user_turns,
    agent_turns: m.agent_turns,
    interrupted_agent_turns: record.transcript.filter((t) => t.interrupted).length,
    tools,
    signals_found: [
      ...(['team_size', 'monthly_volume', 'urgency', 'industry', 'use_case'] as const).filter((k) => s[k] !== null),
      ...(['integration_needs', 'current_solution', 'pain_points'] as const).filter((k) => s[k].length > 0),
    ],
    eou_delay_ms: { p50: m.end_of_utterance_delay_ms.p50, p95: m.end_of_utterance_delay_ms.p95 },
    llm_ttft_ms: { p50: m.llm_ttft_ms.p50, p95: m.llm_ttft_ms.p95 },
    tts_ttfb_ms: { p50: m.tts_ttfb_ms.p50, p95: m.tts_ttfb_ms.p95 },
    end_to_end_ms: { p50: m.end_to_end_ms.p50, p95: m.end_to_end_ms.p95 },
    llm_prompt_tokens: m.llm_prompt_tokens,
    llm_completion_tokens: m.llm_completion_tokens,
    stt_audio_seconds: m.stt_audio_seconds,
    tts_characters: m.tts_characters,
    cost_usd: record.cost_summary.total_usd,
    price_table_version: record.cost_summary.price_table_version,
    unpriced_models: unpriced,
  };
}
