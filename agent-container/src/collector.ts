/**
 * SessionCollector: listens to one AgentSession's events and builds its session record
 * (lib/session-record, schema_version 1). Live calls and replays use it the same way:
 *
 *   const collector = new SessionCollector({ ... });
 *   collector.attach(session);      // before session.start()
 *   ...                              // the call runs
 *   const { record, key } = await collector.finish(sink);
 *
 * It joins three parts: the call's state from the session's events (./call-state.ts), the pure
 * record builder (./session-record-build.ts) and the export (./record-export.ts). Caller memory
 * read at call start sets `caller.returning_caller` and `call_count`.
 */
import type { voice } from '@livekit/agents';
import type { CallerMemory } from '../../lib/caller-memory';
import { callerPhoneHash, recordedIdentity } from '../../lib/caller-phone-hash';
import { displayableCallerName } from '../../lib/privacy';
import type { Consent, ConsentRedaction, SessionRecord } from '../../lib/session-record';
import type { SessionSink } from '../../lib/storage/session-sink';
import { CallState, type EndReason } from './call-state';
import { LiveClock, type SessionClock } from './clock';
import { LiveCallLog } from './live-call';
import type { PipelineModels } from './config';
import type { ExportTelemetry } from './export-telemetry';
import { RecordExport, type CheckpointWriter, type ExportedRecord } from './record-export';
import type { CheckpointStore } from './s3-record-sink';
import { buildSessionRecord, type RecordContext } from './session-record-build';
import type { StageSnapshot } from './stages';

export { TOOL_OUTPUT_MAX_CHARS } from './call-state';
export { percentile } from './session-record-build';

export interface SessionCollectorOptions {
  sessionId: string;
  startedAt: Date;
  session: RecordContext['session'];
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
  /** Keep the line events of a live call (`live_call` in the record, ./live-call.ts); default false (replay). */
  liveCall?: boolean;
}

export class SessionCollector {
  /** The call as its events showed it so far. */
  readonly state: CallState;
  /** Everything the record needs that the events do not say. */
  readonly context: RecordContext;
  /** Line events of a live call (null in replay). */
  readonly live: LiveCallLog | null;
  private readonly export = new RecordExport();
  private unpriced: string[] = [];
  private lastRedaction: ConsentRedaction | null = null;

  constructor(opts: SessionCollectorOptions) {
    this.state = new CallState({
      clock: opts.clock ?? new LiveClock(opts.startedAt.getTime()),
      startedAt: opts.startedAt,
      measureLatency: opts.measureLatency !== false,
      memory: opts.caller.memory,
    });
    const keyed = callerPhoneHash(opts.caller.phone);
    this.context = {
      sessionId: opts.sessionId,
      startedAt: opts.startedAt,
      session: opts.session,
      caller: {
        identity: recordedIdentity(opts.caller.identity, opts.caller.phone),
        name: displayableCallerName(opts.caller.name),
        phone_hash: keyed.hash,
        phone_hash_key_id: keyed.key_id,
        previous_calls: opts.caller.memory?.call_count ?? 0,
      },
      models: opts.models,
      speechUsage: opts.speechUsage ?? 'metrics',
      defaultEndReason: opts.defaultEndReason ?? 'caller_hangup',
    };
    this.live = opts.liveCall ? new LiveCallLog(opts.startedAt.getTime()) : null;
  }

  /** Subscribe to the session's events. Call before `session.start()` so no item is missed. */
  attach(session: voice.AgentSession): void {
    this.state.attach(session);
    this.live?.attach(session);
  }

  /** Unsubscribe from the session (safe to call twice). Pending signal extraction still completes. */
  detach(): void {
    this.state.detach();
  }

  /** Note why the call is ending (e.g. `agent_ended` from the end_call tool). The first reason wins. */
  markEndReason(reason: EndReason): void {
    this.state.markEndReason(reason);
  }

  /**
   * Record the caller's consent answer (from the record_consent tool). Statuses not given keep
   * their previous value; `at` is when the caller answered.
   */
  recordConsent(answer: { recording?: 'granted' | 'denied'; data_processing?: 'granted' | 'denied' }, at?: Date): Consent {
    return this.state.recordConsent(answer, at);
  }

  /** Stages entered, qualification topics asked and learned, objections (no caller text). */
  stageSnapshot(): StageSnapshot {
    return this.state.stageSnapshot();
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
    return this.state.topics;
  }

  /** Final user transcripts seen (live STT); 0 in replay, where user turns arrive as text. */
  get finalTranscriptCount(): number {
    return this.state.finalTranscriptCount;
  }

  /** Session errors reported by the framework (and collector handler failures). */
  get errorCount(): number {
    return this.state.errorCount;
  }

  /**
   * The record as it stands now, as consent allows it to be kept; validated against the schema
   * (`buildSessionRecord`). What consent redaction removed is in `redaction`.
   * @throws SessionRecordError on a bug.
   */
  buildRecord(): SessionRecord {
    const facts = this.state.facts();
    const built = buildSessionRecord(facts, this.context, { liveCall: this.live?.facts(facts.endReason ?? this.context.defaultEndReason) });
    this.unpriced = built.unpriced;
    this.lastRedaction = built.redaction;
    return built.record;
  }

  /**
   * The in-progress record (`partial: true`) as it stands now, for a checkpoint; does not change
   * `unpricedModels` or `redaction`. @throws SessionRecordError on a bug.
   */
  buildCheckpoint(): SessionRecord {
    return buildSessionRecord(this.state.facts(), this.context, { partial: true }).record;
  }

  /**
   * Put a checkpoint of the call into `store` now, every `intervalMs` and at each stage change,
   * until the final export (./record-export.ts).
   */
  startCheckpoints(store: CheckpointStore, intervalMs: number, telemetry: ExportTelemetry): CheckpointWriter {
    const writer = this.export.startCheckpoints({ store, build: () => this.buildCheckpoint(), intervalMs, telemetry });
    this.state.onStageChange(() => this.export.requestCheckpoint());
    return writer;
  }

  /**
   * Stop checkpoints, build the record and keep it with `sink` (once: later calls return the same
   * promise); a sink with a spool says whether the record went to S3 or to the spool.
   * @returns the record, the S3 key it was (or will be) written under, and its spool file if spooled.
   */
  finish(sink: SessionSink): Promise<ExportedRecord> {
    return this.export.finish(() => this.buildRecord(), sink);
  }

  /** Epoch ms of the session's close event, or null while it runs. */
  get closedAtMs(): number | null {
    return this.state.closedAtMs;
  }
}
