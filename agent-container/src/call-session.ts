/**
 * One live call's wiring, kept apart from the LiveKit job so tests can drive it with
 * `voice.testing.FakeLLM`: the AgentSession, the TrialAgent (template persona, knowledge base,
 * caller memory), the SessionCollector attached before start, the end_call control (mark the
 * reason, then drain and close), consent into the collector, and at close: the record exported to
 * the sink and the call merged into caller memory (each once, however many times asked; a memory
 * failure never blocks the export), then the hang-up: unless the caller hung up, the room is
 * deleted so a phone caller is disconnected rather than left in silence (./hangup.ts).
 */
import { voice } from '@livekit/agents';
import { callSummaryOf, type CallerMemory, type CallerMemoryStore } from '../../lib/caller-memory';
import type { SessionRecord } from '../../lib/session-record';
import type { SessionSink } from '../../lib/storage/session-sink';
import type { BookingAdapter } from './booking';
import { deleteRoom, shouldDeleteRoom, type HangupResult, type RoomService } from './hangup';
import { callerPhoneHash } from '../../lib/caller-phone-hash';
import { SessionCollector, type SessionCollectorOptions } from './collector';
import type { ExportTelemetry } from './export-telemetry';
import type { KnowledgeBase } from './knowledge';
import { attachLineControls, type LineControlOptions, type LineControls } from './line-controls';
import type { ExportedRecord } from './record-export';
import type { CheckpointStore } from './s3-record-sink';
import { DEFAULT_TEMPLATE, type AgentTemplate } from './template';
import { transferOffer, type BusinessHours, type Rep, type TransferRunner } from './transfer';
import { scoreLead } from '../../lib/scoring';
import { TrialAgent, type TransferControls } from './trial-agent';

export interface CallSessionOptions {
  /** Collector options; `caller.memory` is what memory held at call start (also shapes the instructions). */
  collector: SessionCollectorOptions;
  /** Models and VAD for the AgentSession (plugins live; FakeLLM in tests). */
  session: voice.AgentSessionOptions;
  booking: BookingAdapter;
  sink: SessionSink;
  /** Greet the caller on entry (true for live calls). */
  greet: boolean;
  /** Persona, greeting and consent policy; default: the shipped default template. */
  template?: AgentTemplate;
  /** Knowledge base for search_knowledge (null: the tool reports it unavailable). */
  knowledge?: KnowledgeBase | null;
  /** Where the call is remembered at the end (none: replay, or a caller without a number). */
  memoryStore?: CallerMemoryStore | null;
  /**
   * What end_call does after marking the end reason: `shutdown` drains and closes the session
   * (live); `mark` only records it and leaves closing to the driver (replay).
   */
  endCall?: 'shutdown' | 'mark';
  /** Called when the agent ends the call (after the reason is marked). */
  onEndCall?: () => void;
  /**
   * Live calls: apology when providers fail, away re-prompt, maximum length (./line-controls.ts);
   * needs `collector.liveCall`. `true` takes the limits from the template; tests may shorten them.
   */
  lineControls?: boolean | Pick<LineControlOptions, 'maxDurationMs' | 'awayGoodbyeAfterMs'>;
  /** Live calls: warm transfer to a rep (./transfer.ts); absent or no reps: no transfer tool. */
  transfer?: { enabled: boolean; reps: Rep[]; hours: BusinessHours; run: TransferRunner; now?: () => Date; isHot?: () => boolean } | null;
  /** Live calls: the room to delete when the call ends for any reason but the caller hanging up. */
  hangup?: { room: string; service: RoomService | null };
  /**
   * Checkpoint the call into `store` every `intervalMs` and at each stage change, from attach
   * until the final export (none: no checkpoints, as in replay).
   */
  checkpoints?: { store: CheckpointStore; intervalMs: number; telemetry: ExportTelemetry } | null;
}

export interface CallSession {
  session: voice.AgentSession;
  agent: TrialAgent;
  collector: SessionCollector;
  /** The line controls of a live call (null without `lineControls`). */
  line: LineControls | null;
  /** Write the record (idempotent); resolves with the record, its key and its spool file if S3 did not take it. */
  exportRecord(): Promise<ExportedRecord>;
  /**
   * Merge this call into caller memory (idempotent); null when there is no store, no phone number,
   * or the caller denied data processing (nothing from this call is kept for follow-up).
   */
  rememberCall(): Promise<CallerMemory | null>;
  /** Settles when the record has been exported after the session closed (rejects if the write failed). */
  exported: Promise<ExportedRecord>;
  /** Settles when caller memory has been updated after the session closed (rejects if the write failed). */
  remembered: Promise<CallerMemory | null>;
  /**
   * End the call from outside the conversation (a worker drain, the maximum length, an away caller):
   * note `reason` (the first reason wins) and close the session; resolves when it is closed.
   */
  end(reason: SessionRecord['outcome']['end_reason']): Promise<void>;
  /** Settles after the close with what the hang-up did; null when the caller hung up or no room was given. Never rejects. */
  hungUp: Promise<HangupResult | null>;
}

/**
 * Longest the hang-up waits for the record export before deleting the room anyway (ms): the record
 * normally reaches S3 first, but a slow store must not keep a phone caller in silence (the job still
 * waits for the export before it exits).
 */
export const EXPORT_BEFORE_HANGUP_MAX_MS = 3000;

/** How long end_call waits for its own tool result to be reported before closing anyway (ms). */
export const END_CALL_CLOSE_FALLBACK_MS = 5000;

/**
 * Close the session once the running tool step has been reported (function_tools_executed), so
 * the end_call tool call itself is in the record; drain: the goodbye is spoken first.
 */
function closeAfterTools(session: voice.AgentSession): void {
  const close = () => {
    clearTimeout(fallback);
    session.off(voice.AgentSessionEventTypes.FunctionToolsExecuted, close);
    session.shutdown({ drain: true, reason: 'agent_ended' });
  };
  const fallback = setTimeout(close, END_CALL_CLOSE_FALLBACK_MS);
  fallback.unref();
  session.on(voice.AgentSessionEventTypes.FunctionToolsExecuted, close);
}

/** The transfer tool's controls: the offer policy on the call so far, the runner, and the result in the record. */
function transferControls(opts: CallSessionOptions, collector: SessionCollector, session: voice.AgentSession): TransferControls | null {
  const t = opts.transfer;
  if (!t || t.reps.length === 0) return null;
  const rep = t.reps[0]!;
  return {
    check: () =>
      transferOffer({ enabled: t.enabled, hot: t.isHot ? t.isHot() : scoreLead(collector.buildRecord()).tier === 'hot', reps: t.reps, hours: t.hours, now: (t.now ?? (() => new Date()))() }),
    run: async () => {
      const r = await t.run(rep);
      collector.live?.recordTransfer({ status: r.status, rep: rep.label, reason: r.reason });
      if (r.status === 'transferred') {
        collector.live?.markEndDetail('transferred');
        collector.markEndReason('agent_ended');
        closeAfterTools(session);
      }
      return r;
    },
  };
}

export function createCallSession(opts: CallSessionOptions): CallSession {
  const collector = new SessionCollector(opts.collector);
  const session = new voice.AgentSession(opts.session);
  collector.attach(session);
  if (opts.checkpoints) collector.startCheckpoints(opts.checkpoints.store, opts.checkpoints.intervalMs, opts.checkpoints.telemetry);
  const exportRecord = () => collector.finish(opts.sink);
  let remembering: Promise<CallerMemory | null> | null = null;
  const rememberCall = () =>
    (remembering ??= (async () => {
      if (!opts.memoryStore) return null;
      const record = collector.buildRecord();
      if (record.consent.data_processing === 'denied') return null;
      const summary = callSummaryOf(record, collector.topics);
      return summary ? opts.memoryStore.recordCall(summary) : null;
    })());
  const closed = new Promise<void>((resolve) => session.once(voice.AgentSessionEventTypes.Close, () => resolve()));
  const exported = closed.then(exportRecord);
  const remembered = closed.then(rememberCall);
  // the caller decides how to report failures; never an unhandled rejection
  exported.catch(() => undefined);
  remembered.catch(() => undefined);
  const hangup = opts.hangup;
  const hungUp: Promise<HangupResult | null> = !hangup
    ? Promise.resolve(null)
    : closed.then(async () => {
        let timer: NodeJS.Timeout | undefined;
        const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, EXPORT_BEFORE_HANGUP_MAX_MS)));
        const record = await Promise.race([exported.then((e) => e.record, () => null), waited.then(() => null)]);
        clearTimeout(timer);
        const endReason = (record ?? collector.buildRecord()).outcome.end_reason;
        // after a warm transfer the caller is talking to the rep in this room: never delete it
        if (collector.live?.endDetailSoFar === 'transferred') return null;
        return shouldDeleteRoom(endReason) ? deleteRoom(hangup.service, hangup.room) : null;
      });
  const agent = new TrialAgent({
    booking: opts.booking,
    sessionId: opts.collector.sessionId,
    callerHash: callerPhoneHash(opts.collector.caller.phone).hash,
    template: opts.template,
    knowledge: opts.knowledge ?? null,
    memory: opts.collector.caller.memory ?? null,
    callerName: opts.collector.caller.name,
    controls: {
      endCall: () => {
        collector.markEndReason('agent_ended');
        opts.onEndCall?.();
        if ((opts.endCall ?? 'shutdown') === 'shutdown') closeAfterTools(session);
      },
      recordConsent: (answer) => collector.recordConsent(answer),
    },
    transfer: transferControls(opts, collector, session),
    greet: opts.greet,
  });
  const end = async (reason: SessionRecord['outcome']['end_reason']) => {
    collector.markEndReason(reason);
    if (collector.closedAtMs === null) await session.close().catch(() => undefined);
  };
  const line =
    opts.lineControls && collector.live
      ? attachLineControls({ session, template: opts.template ?? DEFAULT_TEMPLATE, live: collector.live, end, ...(typeof opts.lineControls === 'object' ? opts.lineControls : {}) })
      : null;
  return { session, agent, collector, line, exportRecord, rememberCall, exported, remembered, hungUp, end };
}
