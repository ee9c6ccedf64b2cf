/**
 * The job module of the capacity bench (bench/capacity.ts): what each job process of the bench's
 * worker (bench/capacity-worker.ts) imports, as a LiveKit job process imports the agent's
 * `main.js`. Its prewarm is the live agent's own (agent-container/src/agent.ts: phone-hash key,
 * Silero VAD, knowledge index), so an idle job process holds what a production one holds; the
 * module imports the agent (and so every plugin, the AWS SDK and lib/).
 *
 * Its entry runs one offline call for the `CapacityPlan` in the job's metadata: the real call
 * wiring (createCallSession: AgentSession, TrialAgent with the knowledge base, SessionCollector,
 * S3 sink to the local stack with checkpoints) with `voice.testing.FakeLLM` for the model, and
 * the caller's audio at real-time pace (synthetic voiced frames at the rate the room delivers,
 * 24 kHz) through the prewarmed Silero VAD and the local end-of-turn model (`inference.TurnDetector`
 * v1-mini, served by the worker's inference process over the job's IPC), one end-of-turn
 * prediction per caller turn, as the session's audio recognition does. No room, STT or TTS
 * provider is involved: WebRTC (Opus, jitter buffers in rtc-node's native code) and the provider
 * websockets are not in the figures (bench/capacity.ts says so).
 *
 * When the call is exported it writes `CapacityJobResult` as JSON to `plan.resultFile` and shuts
 * the job down, so the job process exits like a finished call's.
 */
import { defineAgent, inference, VADEventType, voice, type JobContext, type VAD } from '@livekit/agents';
import { AudioFrame } from '@livekit/rtc-node';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import agent from '../agent-container/src/agent';
import { MemoryBookingAdapter } from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import type { ExportTelemetry } from '../agent-container/src/export-telemetry';
import type { KnowledgeBase } from '../agent-container/src/knowledge';
import { modelsOf, DEFAULT_TEMPLATE } from '../agent-container/src/template';
import { agentS3Client, DEFAULT_EXPORT_POLICY } from '../agent-container/src/s3-export';
import { S3RecordSink } from '../agent-container/src/s3-record-sink';

/** One bench call, passed as the job's metadata (JSON). */
export interface CapacityPlan {
  sessionId: string;
  s3Endpoint: string;
  bucket: string;
  /** Caller turns; each is `speechSeconds` of caller audio, then the agent's reply. */
  turns: number;
  speechSeconds: number;
  /** Silence after each caller turn while the agent answers (s). */
  pauseSeconds: number;
  checkpointSeconds: number;
  resultFile: string;
}

/** What a bench job reports when its call is exported. */
export interface CapacityJobResult {
  sessionId: string;
  pid: number;
  /** Call length, first caller frame to export (ms). */
  callMs: number;
  /** CPU time of the job process over the call, user + system (ms; `process.cpuUsage`). */
  cpuMs: number;
  audioSeconds: number;
  vadWindows: number;
  /** Speech starts the VAD saw in the synthetic audio (one per caller turn when it takes it for speech). */
  speechStarts: number;
  eotPredictions: number;
  /** End-of-turn predictions that did not answer within 2 s. */
  eotTimeouts: number;
  transcriptTurns: number;
  key: string;
  spooled: boolean;
}

/** The room's audio input rate (agents' RoomIO default: 24 kHz mono) and frame length (10 ms). */
const SAMPLE_RATE = 24_000;
const FRAME_SAMPLES = SAMPLE_RATE / 100;

const silentTelemetry: ExportTelemetry = { log: () => undefined, metric: () => undefined };

function callerTurn(i: number): string {
  const lines = [
    'Hi, we are a team of 40 looking at tools for our sales team.',
    'We use spreadsheets today and it is painful.',
    'Does it integrate with HubSpot?',
    'We need this within a month.',
    'What does the business plan cost per seat?',
    'We do about 2,000 orders a month.',
  ];
  return `${lines[i % lines.length]} (turn ${i + 1})`;
}

/**
 * A 10 ms frame of voiced, speech-like audio (a 110-190 Hz glottal pitch with harmonics,
 * syllable-rate amplitude), or silence: enough for the VAD and the end-of-turn model to do the
 * work they do on a caller (they run on every window whatever it holds).
 */
function frameAt(t: number, speaking: boolean): AudioFrame {
  const data = new Int16Array(FRAME_SAMPLES);
  if (speaking) {
    for (let i = 0; i < FRAME_SAMPLES; i++) {
      const s = t + i / SAMPLE_RATE;
      const pitch = 150 + 40 * Math.sin(2 * Math.PI * 0.7 * s);
      const env = 0.5 + 0.5 * Math.sin(2 * Math.PI * 4 * s);
      let v = 0;
      for (let h = 1; h <= 6; h++) v += Math.sin(2 * Math.PI * pitch * h * s) / h;
      data[i] = Math.round(6000 * env * v);
    }
  }
  return new AudioFrame(data, SAMPLE_RATE, 1, FRAME_SAMPLES);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runCall(ctx: JobContext, plan: CapacityPlan): Promise<CapacityJobResult> {
  const policy = { ...DEFAULT_EXPORT_POLICY, budgetMs: 5_000 };
  const sink = new S3RecordSink({ s3: agentS3Client(policy, { S3_ENDPOINT: plan.s3Endpoint }), bucket: plan.bucket, policy, telemetry: silentTelemetry });
  const llm = new voice.testing.FakeLLM(
    Array.from({ length: plan.turns }, (_, i) => ({
      input: callerTurn(i),
      content: `Thanks, noted. Here is what I can tell you about that (${i + 1}). What else matters to your team?`,
      ...(i % 3 === 2 ? { toolCalls: [{ name: 'search_knowledge', args: { query: callerTurn(i) } }] } : {}),
    })),
  );
  const vad = ctx.proc.userData.vad as VAD;
  const call = createCallSession({
    collector: {
      sessionId: plan.sessionId,
      startedAt: new Date(),
      session: { channel: 'sip', room_name: `room-${plan.sessionId}`, call_type: 'inbound-qualified', template_id: DEFAULT_TEMPLATE.template_id },
      caller: { identity: `caller-${plan.sessionId}`, name: null, phone: null },
      models: modelsOf(DEFAULT_TEMPLATE),
      defaultEndReason: 'caller_hangup',
    },
    session: { llm, vad },
    template: DEFAULT_TEMPLATE,
    knowledge: ctx.proc.userData.knowledge as KnowledgeBase,
    booking: new MemoryBookingAdapter(),
    sink,
    greet: false,
    checkpoints: plan.checkpointSeconds > 0 ? { store: sink, intervalMs: plan.checkpointSeconds * 1000, telemetry: silentTelemetry } : null,
  });
  call.session.output.setAudioEnabled(false);
  call.session.output.setTranscriptionEnabled(false);
  await call.session.start({ agent: call.agent });

  // the caller's audio path: VAD on every window, end-of-turn model at the end of each caller turn
  const vadStream = vad.stream();
  let vadWindows = 0;
  let speechStarts = 0;
  const vadDrain = (async () => {
    for await (const ev of vadStream) {
      if (ev.type === VADEventType.INFERENCE_DONE) vadWindows += 1;
      else if (ev.type === VADEventType.START_OF_SPEECH) speechStarts += 1;
    }
  })();
  const detector = new inference.TurnDetector({ version: 'v1-mini' });
  const eot = detector.stream();
  let eotPredictions = 0;
  let eotTimeouts = 0;

  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  let audioMs = 0;
  // pushes frames until `untilMs` of audio, paced by the wall clock (20 ms steps)
  const play = async (untilMs: number, speaking: boolean) => {
    while (audioMs < untilMs) {
      const due = Math.min(untilMs, performance.now() - started);
      while (audioMs < due) {
        const f = frameAt(audioMs / 1000, speaking);
        vadStream.pushFrame(f);
        eot.pushAudio(f);
        audioMs += 10;
      }
      if (audioMs < untilMs) await sleep(20);
    }
  };
  for (let i = 0; i < plan.turns; i++) {
    await play(audioMs + plan.speechSeconds * 1000, true);
    await play(audioMs + 300, false);
    const prediction = await Promise.race([eot.predict().await, sleep(2_000).then(() => null)]);
    if (prediction) eotPredictions += 1;
    else eotTimeouts += 1;
    const reply = call.session.run({ userInput: callerTurn(i) }).wait();
    await Promise.all([reply, play(audioMs + plan.pauseSeconds * 1000, false)]);
  }
  vadStream.close();
  await vadDrain.catch(() => undefined);
  await eot.aclose().catch(() => undefined);
  await call.session.close();
  const exported = await call.exportRecord();
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    sessionId: plan.sessionId,
    pid: process.pid,
    callMs: Math.round(performance.now() - started),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    audioSeconds: audioMs / 1000,
    vadWindows,
    speechStarts,
    eotPredictions,
    eotTimeouts,
    transcriptTurns: exported.record.transcript.length,
    key: exported.key,
    spooled: exported.spooledTo !== null,
  };
}

export default defineAgent({
  prewarm: agent.prewarm,
  entry: async (ctx: JobContext) => {
    const plan = JSON.parse(ctx.job.metadata) as CapacityPlan;
    try {
      const result = await runCall(ctx, plan);
      writeFileSync(plan.resultFile, JSON.stringify(result));
    } catch (e) {
      writeFileSync(plan.resultFile, JSON.stringify({ sessionId: plan.sessionId, pid: process.pid, error: (e as Error).stack ?? String(e) }));
    }
    ctx.shutdown('call finished');
  },
});
