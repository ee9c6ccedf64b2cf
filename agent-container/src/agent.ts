/**
 * The live agent: a LiveKit Agents 1.9 job entry. For each dispatched call it joins the room,
 * runs an AgentSession (Deepgram STT → OpenAI LLM → ElevenLabs TTS, Silero VAD loaded in prewarm)
 * with the TrialAgent, and a SessionCollector that turns the call into a session record written
 * to S3 (`BUCKET_NAME`) when the session closes. Replay (./replay.ts) uses the same TrialAgent and
 * SessionCollector without a room.
 *
 * Environment: LIVEKIT_URL / LIVEKIT_API_KEY / LIVEKIT_API_SECRET (worker, read by the CLI),
 * DEEPGRAM_API_KEY, OPENAI_API_KEY, ELEVEN_API_KEY (plugins), BUCKET_NAME or SESSION_BUCKET (records),
 * BOOKINGS_FILE (local booking adapter, default /tmp/trialist-bookings.jsonl), models: ./config.ts.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { defineAgent, log, type JobContext, type JobProcess } from '@livekit/agents';
import * as deepgram from '@livekit/agents-plugin-deepgram';
import * as elevenlabs from '@livekit/agents-plugin-elevenlabs';
import * as openai from '@livekit/agents-plugin-openai';
import * as silero from '@livekit/agents-plugin-silero';
import { ParticipantKind } from '@livekit/rtc-node';
import { z } from 'zod';
import { safeCallId } from '../../lib/recorded-call';
import { S3SessionSink, type SessionSink } from '../../lib/storage/session-sink';
import { LocalFileBookingAdapter } from './booking';
import { createCallSession } from './call-session';
import { pipelineModelsFromEnv } from './config';

/** Dispatch metadata on the job (JSON). Anything invalid falls back to the defaults, never drops the call. */
export const DispatchMetadataSchema = z.object({
  template_id: z.string().min(1).max(64).default('default'),
  call_type: z.enum(['inbound-qualified', 'unqualified', 'unknown']).default('unknown'),
  phone_number: z.string().regex(/^\+[1-9]\d{7,14}$/).nullable().default(null),
  lead_id: z.string().min(1).max(128).nullable().default(null),
});
export type DispatchMetadata = z.infer<typeof DispatchMetadataSchema>;

/** Parse job metadata; `warning` says why the defaults were used instead. */
export function parseDispatchMetadata(raw: string | undefined): { metadata: DispatchMetadata; warning: string | null } {
  const defaults = DispatchMetadataSchema.parse({});
  if (!raw || raw.trim() === '') return { metadata: defaults, warning: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { metadata: defaults, warning: `dispatch metadata is not JSON (${(e as Error).message}); using defaults` };
  }
  const result = DispatchMetadataSchema.safeParse(value);
  if (!result.success) {
    return { metadata: defaults, warning: `invalid dispatch metadata (${result.error.issues.map((i) => i.path.join('.')).join(', ')}); using defaults` };
  }
  return { metadata: result.data, warning: null };
}

/** The S3 sink for records: bucket from BUCKET_NAME (or SESSION_BUCKET, as the CDK task sets it). */
export function sinkFromEnv(env: NodeJS.ProcessEnv = process.env): SessionSink {
  const bucket = env.BUCKET_NAME || env.SESSION_BUCKET;
  if (!bucket) throw new Error('BUCKET_NAME (or SESSION_BUCKET) is not set: the agent cannot export session records');
  return new S3SessionSink(new S3Client({}), bucket);
}

export default defineAgent({
  prewarm: async (proc: JobProcess) => {
    // the Silero model ships inside the plugin package: nothing is downloaded here
    proc.userData.vad = await silero.VAD.load();
  },
  entry: async (ctx: JobContext) => {
    const logger = log().child({ component: 'trialist-agent' });
    const sink = sinkFromEnv();
    const models = pipelineModelsFromEnv();
    const { metadata, warning } = parseDispatchMetadata(ctx.job.metadata);
    if (warning) logger.warn({ job_id: ctx.job.id }, warning);

    await ctx.connect();
    const participant = await ctx.waitForParticipant();
    const sessionId = safeCallId(`lk-${ctx.job.id}`);
    const startedAt = new Date();
    const isSip = participant.kind === ParticipantKind.SIP;

    const call = createCallSession({
      collector: {
        sessionId,
        startedAt,
        session: {
          channel: isSip ? 'sip' : 'webrtc',
          template_id: metadata.template_id,
          call_type: metadata.call_type,
          lead_id: metadata.lead_id,
          room_name: ctx.room.name ?? null,
        },
        caller: {
          identity: participant.identity,
          name: participant.name || null,
          phone: participant.attributes['sip.phoneNumber'] ?? metadata.phone_number,
        },
        models,
        defaultEndReason: 'caller_hangup',
      },
      session: {
        vad: ctx.proc.userData.vad as silero.VAD,
        stt: new deepgram.STT({ model: models.stt.model, language: models.stt.language }),
        llm: new openai.LLM({ model: models.llm.model, temperature: models.llm.temperature }),
        tts: new elevenlabs.TTS({ model: models.tts.model, ...(models.tts.voiceId ? { voiceId: models.tts.voiceId } : {}) }),
      },
      booking: new LocalFileBookingAdapter(process.env.BOOKINGS_FILE ?? '/tmp/trialist-bookings.jsonl'),
      sink,
      greet: true,
    });
    const { session, agent } = call;
    call.exported.then(
      ({ key, record }) => logger.info({ session_id: sessionId, key, duration_seconds: record.duration_seconds }, 'session record exported'),
      (e: unknown) => logger.error({ session_id: sessionId, error: (e as Error).message }, 'session record export failed'),
    );
    // the job waits for shutdown callbacks: the record is written before the process exits
    ctx.addShutdownCallback(async () => {
      await call.exportRecord().catch(() => undefined);
      call.collector.detach();
    });

    await session.start({ agent, room: ctx.room });
  },
});
