/**
 * The processes of the fault bench (bench/faults.ts), run as `node --import tsx bench/faults-child.ts '<json>'`:
 *
 * - `call`: one call as a job process runs it: the real call wiring (createCallSession: real
 *   AgentSession, TrialAgent, SessionCollector), the FakeLLM standing in for the model, the
 *   agent's S3 sink (timeouts, retries, spool), checkpoints and the crash guard. It plays `turns`
 *   caller turns `turnGapMs` apart, then closes and exports. On SIGTERM it does what the job's
 *   shutdown callback does (close the session, export); `crashAfterTurn` throws an uncaught
 *   exception after that turn. Prints one JSON line per event on stdout (`turn` with the
 *   transcript's end offset so far, `exported`), so the bench knows what was said before a kill.
 * - `worker`: the worker's spool drainer (./agent-container/src/spool-drainer.ts) until SIGTERM.
 */
import { initializeLogger, voice } from '@livekit/agents';
import { MemoryBookingAdapter } from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import { DEFAULT_TEMPLATE, modelsOf } from '../agent-container/src/template';
import { guardJobProcess } from '../agent-container/src/crash-guard';
import type { ExportTelemetry } from '../agent-container/src/export-telemetry';
import { agentS3Client, DEFAULT_EXPORT_POLICY } from '../agent-container/src/s3-export';
import { S3RecordSink } from '../agent-container/src/s3-record-sink';
import { RecordSpool } from '../agent-container/src/spool';
import { SpoolDrainer } from '../agent-container/src/spool-drainer';

/** What the bench asks a child to do. */
export type ChildPlan =
  | {
      mode: 'call';
      sessionId: string;
      roomName: string;
      s3Endpoint: string;
      bucket: string;
      spoolDir: string;
      checkpointSeconds: number;
      exportBudgetSeconds: number;
      turns: number;
      turnGapMs: number;
      crashAfterTurn?: number;
    }
  | { mode: 'worker'; s3Endpoint: string; bucket: string; spoolDir: string; intervalMs: number; maxBackoffMs: number };

const emit = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);

/** Telemetry as JSON lines on stderr (the bench keeps them in its log folder). */
const telemetry: ExportTelemetry = {
  log: (level, message, fields) => process.stderr.write(`${JSON.stringify({ level, message, ...fields })}\n`),
  metric: (name, value, unit, properties) => process.stderr.write(`${JSON.stringify({ metric: name, value, unit, ...properties })}\n`),
};

function callerTurn(i: number): string {
  const lines = ['Hi, we are a team of 40 looking at tools.', 'We use spreadsheets today and it is painful.', 'We need this within a month.', 'We do about 2,000 orders a month.', 'Integration with HubSpot matters.'];
  return `${lines[i % lines.length]} (turn ${i + 1})`;
}

async function runCall(plan: Extract<ChildPlan, { mode: 'call' }>): Promise<void> {
  const policy = { ...DEFAULT_EXPORT_POLICY, budgetMs: plan.exportBudgetSeconds * 1000 };
  const sink = new S3RecordSink({ s3: agentS3Client(policy, { S3_ENDPOINT: plan.s3Endpoint }), bucket: plan.bucket, policy, spool: new RecordSpool(plan.spoolDir), telemetry });
  const llm = new voice.testing.FakeLLM(Array.from({ length: plan.turns }, (_, i) => ({ input: callerTurn(i), content: `Thanks, noted (${i + 1}). Tell me more.` })));
  const call = createCallSession({
    collector: {
      sessionId: plan.sessionId,
      startedAt: new Date(),
      session: { channel: 'webrtc', room_name: plan.roomName, call_type: 'inbound-qualified' },
      caller: { identity: `caller-${plan.sessionId}`, name: null, phone: null },
      models: modelsOf(DEFAULT_TEMPLATE),
      defaultEndReason: 'caller_hangup',
    },
    session: { llm, vad: null },
    booking: new MemoryBookingAdapter(),
    sink,
    greet: false,
    checkpoints: plan.checkpointSeconds > 0 ? { store: sink, intervalMs: plan.checkpointSeconds * 1000, telemetry } : null,
  });
  call.session.output.setAudioEnabled(false);
  call.session.output.setTranscriptionEnabled(false);
  const unguard = guardJobProcess(call, { telemetry, sessionId: plan.sessionId });
  const finish = async (why: string) => {
    if (call.collector.closedAtMs === null) {
      if (why === 'sigterm') call.collector.markEndReason('shutdown');
      await call.session.close().catch(() => undefined);
    }
    const r = await call.exportRecord();
    unguard();
    emit({ event: 'exported', why, key: r.key, spooled: r.spooledTo !== null, turns: r.record.transcript.length });
    process.exit(0);
  };
  // the job's shutdown callback (agent-container/src/agent.ts): close the session, export, exit
  process.once('SIGTERM', () => void finish('sigterm'));
  await call.session.start({ agent: call.agent });
  for (let i = 0; i < plan.turns; i++) {
    await call.session.run({ userInput: callerTurn(i) }).wait();
    const t = call.collector.state.facts().transcript;
    emit({ event: 'turn', turn: i + 1, transcript_turns: t.length, end_ms: t.at(-1)?.end_ms ?? 0 });
    if (plan.crashAfterTurn === i + 1) {
      setTimeout(() => {
        throw new Error('injected bug in the job');
      }, 0);
      await new Promise(() => undefined); // the crash guard exits the process
    }
    await new Promise((r) => setTimeout(r, plan.turnGapMs));
  }
  await finish('call_complete');
}

async function runWorker(plan: Extract<ChildPlan, { mode: 'worker' }>): Promise<void> {
  const policy = { ...DEFAULT_EXPORT_POLICY, budgetMs: DEFAULT_EXPORT_POLICY.attemptTimeoutMs };
  const sink = new S3RecordSink({ s3: agentS3Client(policy, { S3_ENDPOINT: plan.s3Endpoint }), bucket: plan.bucket, policy, telemetry });
  const drainer = new SpoolDrainer({ spool: new RecordSpool(plan.spoolDir), sink, telemetry, policy, intervalMs: plan.intervalMs, maxBackoffMs: plan.maxBackoffMs }).start();
  emit({ event: 'worker_started' });
  process.once('SIGTERM', () => {
    drainer.stop();
    void drainer.drainOnce().finally(() => process.exit(0));
  });
  setInterval(() => undefined, 60_000); // keep running until told to stop
}

const plan = JSON.parse(process.argv[2] ?? '{}') as ChildPlan;
initializeLogger({ pretty: false, level: 'silent' });
if (plan.mode === 'call') await runCall(plan);
else if (plan.mode === 'worker') await runWorker(plan);
else throw new Error(`unknown plan ${process.argv[2]}`);
