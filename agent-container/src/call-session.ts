/**
 * One live call's wiring, kept apart from the LiveKit job so tests can drive it with
 * `voice.testing.FakeLLM`: the AgentSession, the TrialAgent, the SessionCollector attached
 * before start, the end_call control (mark the reason, then drain and close), and the export of
 * the record to the sink when the session closes (once, however many times it is asked).
 */
import { voice } from '@livekit/agents';
import type { SessionRecord } from '../../lib/session-record';
import type { SessionSink } from '../../lib/storage/session-sink';
import type { BookingAdapter } from './booking';
import { SessionCollector, type SessionCollectorOptions } from './collector';
import { TrialAgent } from './trial-agent';

export interface CallSessionOptions {
  collector: SessionCollectorOptions;
  /** Models and VAD for the AgentSession (plugins live; FakeLLM in tests). */
  session: voice.AgentSessionOptions;
  booking: BookingAdapter;
  sink: SessionSink;
  /** Greet the caller on entry (true for live calls). */
  greet: boolean;
  /**
   * What end_call does after marking the end reason: `shutdown` drains and closes the session
   * (live); `mark` only records it and leaves closing to the driver (replay).
   */
  endCall?: 'shutdown' | 'mark';
  /** Called when the agent ends the call (after the reason is marked). */
  onEndCall?: () => void;
}

export interface CallSession {
  session: voice.AgentSession;
  agent: TrialAgent;
  collector: SessionCollector;
  /** Write the record (idempotent); resolves with the record and its key. */
  exportRecord(): Promise<{ record: SessionRecord; key: string }>;
  /** Settles when the record has been exported after the session closed (rejects if the write failed). */
  exported: Promise<{ record: SessionRecord; key: string }>;
}

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

export function createCallSession(opts: CallSessionOptions): CallSession {
  const collector = new SessionCollector(opts.collector);
  const session = new voice.AgentSession(opts.session);
  collector.attach(session);
  const exportRecord = () => collector.finish(opts.sink);
  const exported = new Promise<{ record: SessionRecord; key: string }>((resolve, reject) => {
    session.once(voice.AgentSessionEventTypes.Close, () => {
      exportRecord().then(resolve, reject);
    });
  });
  // the caller decides how to report a failed export; never an unhandled rejection
  exported.catch(() => undefined);
  const agent = new TrialAgent({
    booking: opts.booking,
    sessionId: opts.collector.sessionId,
    controls: {
      endCall: () => {
        collector.markEndReason('agent_ended');
        opts.onEndCall?.();
        if ((opts.endCall ?? 'shutdown') === 'shutdown') closeAfterTools(session);
      },
    },
    greet: opts.greet,
  });
  return { session, agent, collector, exportRecord, exported };
}
