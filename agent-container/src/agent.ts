/**
 * The live agent: a LiveKit Agents 1.9 job entry. For each dispatched call it parses the dispatch
 * metadata, resolves the call's template (file or S3; default on any problem), reads caller memory
 * (bounded wait), joins the room and runs an AgentSession built from the template with the
 * TrialAgent, the product knowledge base and a SessionCollector. When the session closes the record
 * is written to S3 and the call merged into caller memory; one `session_analytics` JSON log line
 * summarises the call (no transcript text). Replay (./replay.ts) uses the same wiring without a room.
 *
 * Environment: LIVEKIT_URL / LIVEKIT_API_KEY / LIVEKIT_API_SECRET (worker, read by the CLI),
 * DEEPGRAM_API_KEY, OPENAI_API_KEY, ELEVEN_API_KEY (plugins; secrets only ever come from here),
 * SESSION_BUCKET (records), SESSIONS_PREFIX (default `sessions/`),
 * TEMPLATE_BUCKET + TEMPLATE_PREFIX (templates in S3, optional), TEMPLATES_DIR / KNOWLEDGE_DIR
 * (override the shipped folders), CALLER_MEMORY_TABLE (DynamoDB) or CALLER_MEMORY_DIR (local
 * store, default /tmp/trialist-caller-memory), BOOKING_WEBHOOK_URL (+ BOOKING_WEBHOOK_SECRET,
 * BOOKING_WEBHOOK_SECRET_HEADER: the webhook booking adapter) or BOOKINGS_FILE (local file adapter).
 * Record export (./s3-record-sink.ts): EXPORT_BUDGET_SECONDS, S3_CONNECT_TIMEOUT_MS,
 * S3_REQUEST_TIMEOUT_MS, S3_ENDPOINT (./s3-export.ts); SPOOL_DIR, SPOOL_MAX_MB (./spool.ts);
 * CHECKPOINT_SECONDS (./record-export.ts; 0: no checkpoints). NOISE_CANCELLATION=livekit-cloud
 * (./noise-cancellation.ts: the template's noise cancellation, where the plugin is installed). PHONE_HASH_SECRET_ID (the
 * phone-hash key set in Secrets Manager) or PHONE_HASH_KEY_FILE (local key file, default
 * `.local/phone-hash-key.json`, created on first use).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defineAgent, log, voice, type JobContext, type JobProcess, type VAD } from '@livekit/agents';
import * as silero from '@livekit/agents-plugin-silero';
import { ParticipantKind } from '@livekit/rtc-node';
import { z } from 'zod';
import { TEMPLATES_PREFIX } from '../../lib/bucket-layout';
import { callerDisplayName, E164_PATTERN, normalizeE164 } from '../../lib/caller-identity';
import { DynamoDbCallerMemoryStore, LocalCallerMemoryStore, lookupCallerMemory, type CallerMemory, type CallerMemoryStore } from '../../lib/caller-memory';
import { callAttributes } from '../../lib/pipeline/reconcile';
import { keySourceFromEnv, loadPhoneHasher, phoneHasher, setPhoneHasher } from '../../lib/privacy';
import { safeCallId } from '../../lib/recorded-call';
import { bookingAdapterFromEnv } from './booking';
import { roomServiceFromEnv } from './hangup';
import { repsFromEnv, warmTransferRunner } from './transfer';
import { createCallSession } from './call-session';
import { guardJobProcess } from './crash-guard';
import { agentTelemetry, type ExportTelemetry } from './export-telemetry';
import { KnowledgeBase, shippedDir } from './knowledge';
import { loadNoiseCancellation, noiseCancellationFor, type NoiseCancellationSupport } from './noise-cancellation';
import { EXPORT_FAILED_LOG_TEXT, SESSION_ANALYTICS_MSG, sessionAnalytics } from './ops';
import { buildPipeline, recordingFor } from './pipeline';
import { checkpointSecondsFromEnv } from './record-export';
import { agentS3Client, exportPolicyFromEnv } from './s3-export';
import { RecordNotSavedError, S3RecordSink } from './s3-record-sink';
import { spoolFromEnv } from './spool';
import { CachingTemplateSource, DirectoryTemplateSource, modelsOf, resolveTemplate, S3TemplateSource, TEMPLATE_ID_PATTERN, type TemplateSource } from './template';

/** Dispatch metadata on the job (JSON). Anything invalid falls back to the defaults, never drops the call. */
export const DispatchMetadataSchema = z.object({
  template_id: z.string().regex(TEMPLATE_ID_PATTERN).default('default'),
  call_type: z.enum(['inbound-qualified', 'unqualified', 'unknown']).default('unknown'),
  phone_number: z.string().regex(E164_PATTERN).nullable().default(null),
  lead_id: z.string().min(1).max(128).nullable().default(null),
  /** Recording consent the caller already gave elsewhere (e.g. a web form); null: unknown. */
  recording_consent: z.enum(['granted', 'denied']).nullable().default(null),
});
export type DispatchMetadata = z.infer<typeof DispatchMetadataSchema>;

/**
 * Parse job metadata field by field: each invalid field falls back to its default (the valid ones
 * are kept) and `warning` names the fields that did; unknown fields are ignored.
 */
export function parseDispatchMetadata(raw: string | undefined): { metadata: DispatchMetadata; warning: string | null } {
  const defaults = DispatchMetadataSchema.parse({});
  if (!raw || raw.trim() === '') return { metadata: defaults, warning: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { metadata: defaults, warning: `dispatch metadata is not JSON (${(e as Error).message}); using defaults` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { metadata: defaults, warning: 'dispatch metadata is not a JSON object; using defaults' };
  }
  const input = value as Record<string, unknown>;
  const metadata: Record<string, unknown> = { ...defaults };
  const bad: string[] = [];
  for (const [key, schema] of Object.entries(DispatchMetadataSchema.shape)) {
    if (!(key in input)) continue;
    const r = (schema as z.ZodType).safeParse(input[key]);
    if (r.success) metadata[key] = r.data;
    else bad.push(key);
  }
  return {
    metadata: metadata as DispatchMetadata,
    warning: bad.length > 0 ? `invalid dispatch metadata (${bad.join(', ')}); using defaults for those fields` : null,
  };
}

/**
 * The S3 sink for records and checkpoints: bucket from SESSION_BUCKET (as the CDK task sets it), timeouts and retry budget from the environment, the spool in SPOOL_DIR.
 * @throws Error when no bucket is set or a setting is invalid.
 */
export function sinkFromEnv(telemetry: ExportTelemetry, env: NodeJS.ProcessEnv = process.env): S3RecordSink {
  const bucket = env.SESSION_BUCKET;
  if (!bucket) throw new Error('SESSION_BUCKET is not set: the agent cannot export session records');
  const policy = exportPolicyFromEnv(env);
  return new S3RecordSink({ s3: agentS3Client(policy, env), bucket, policy, spool: spoolFromEnv(env), telemetry });
}

/** Caller memory: DynamoDB when CALLER_MEMORY_TABLE is set, else the local store in CALLER_MEMORY_DIR. */
export function memoryStoreFromEnv(env: NodeJS.ProcessEnv = process.env): CallerMemoryStore {
  if (env.CALLER_MEMORY_TABLE) {
    return new DynamoDbCallerMemoryStore(DynamoDBDocumentClient.from(new DynamoDBClient({})), env.CALLER_MEMORY_TABLE);
  }
  return new LocalCallerMemoryStore(env.CALLER_MEMORY_DIR || '/tmp/trialist-caller-memory');
}

/** Template sources: S3 (TEMPLATE_BUCKET, TEMPLATE_PREFIX default `templates/`) first when set, then the shipped folder. */
export function templateSourcesFromEnv(env: NodeJS.ProcessEnv = process.env, s3?: S3Client): TemplateSource[] {
  const sources: TemplateSource[] = [];
  if (env.TEMPLATE_BUCKET) sources.push(new CachingTemplateSource(new S3TemplateSource(s3 ?? new S3Client({}), env.TEMPLATE_BUCKET, env.TEMPLATE_PREFIX ?? TEMPLATES_PREFIX)));
  sources.push(new CachingTemplateSource(new DirectoryTemplateSource(shippedDir('templates', env.TEMPLATES_DIR))));
  return sources;
}

/** Longest the call start waits for caller memory before treating the caller as new (ms). */
export const MEMORY_READ_TIMEOUT_MS = 1500;

/**
 * What memory holds for `phone` (under the current phone-hash key, else the previous one, moving
 * the entry to the current key), within `timeoutMs`; null for no number, a first call, or a store
 * that failed or was too slow (`onError` says which).
 */
export async function readCallerMemory(
  store: CallerMemoryStore,
  phone: string | null,
  onError: (message: string) => void,
  timeoutMs = MEMORY_READ_TIMEOUT_MS,
): Promise<CallerMemory | null> {
  const candidates = phoneHasher().candidates(phone);
  if (candidates.length === 0) return null;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      lookupCallerMemory(store, candidates),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (e) {
    onError((e as Error).message);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export default defineAgent({
  prewarm: async (proc: JobProcess) => {
    // the phone-hash key set (Secrets Manager on AWS, .local/ file otherwise), before any call is hashed
    setPhoneHasher(await loadPhoneHasher(keySourceFromEnv()));
    // the Silero model ships inside the plugin package: nothing is downloaded here
    proc.userData.vad = await silero.VAD.load();
    proc.userData.knowledge = await KnowledgeBase.fromDirectory(shippedDir('knowledge', process.env.KNOWLEDGE_DIR));
    // noise cancellation only where the deployment supports it (LiveKit Cloud, plugin in the image)
    proc.userData.noiseCancellation = await loadNoiseCancellation();
  },
  entry: async (ctx: JobContext) => {
    const jobStartedAt = Date.now();
    const logger = log().child({ component: 'trialist-agent' });
    const telemetry = agentTelemetry(logger);
    const sink = sinkFromEnv(telemetry);
    const checkpointSeconds = checkpointSecondsFromEnv();
    const memoryStore = memoryStoreFromEnv();
    const booking = bookingAdapterFromEnv();
    if (booking.warning) logger.error({ job_id: ctx.job.id }, booking.warning);
    const { metadata, warning } = parseDispatchMetadata(ctx.job.metadata);
    if (warning) logger.warn({ job_id: ctx.job.id }, warning);

    // start-up work in parallel: the template read, the room join and the wait for the caller;
    // caller memory as soon as the caller's number is known
    const [resolved, participant] = await Promise.all([
      resolveTemplate(metadata.template_id, templateSourcesFromEnv()),
      ctx.connect().then(() => ctx.waitForParticipant()),
    ]);
    if (resolved.warning) logger.warn({ job_id: ctx.job.id, template_id: metadata.template_id }, resolved.warning);
    const template = resolved.template;
    const sessionId = safeCallId(`lk-${ctx.job.id}`);
    const startedAt = new Date();
    const isSip = participant.kind === ParticipantKind.SIP;
    // a withheld or invalid number is no number: no caller memory is read or written for it
    const phone = normalizeE164(participant.attributes['sip.phoneNumber'] ?? metadata.phone_number);
    // how reconciliation finds this call's session from LiveKit's webhooks (lib/pipeline/reconcile.ts)
    ctx.room.localParticipant
      ?.setAttributes(callAttributes(sessionId, participant.identity, isSip ? 'sip' : 'webrtc'))
      .catch((e: unknown) => logger.warn({ session_id: sessionId, error: (e as Error).message }, 'could not set the session attributes'));
    const memory = await readCallerMemory(memoryStore, phone, (m) => logger.warn({ session_id: sessionId }, `caller memory read failed: ${m}`));
    const pipeline = buildPipeline(template, ctx.proc.userData.vad as VAD);
    const nc = noiseCancellationFor(template, ctx.proc.userData.noiseCancellation as NoiseCancellationSupport);
    if (nc.warning) logger.warn({ session_id: sessionId }, nc.warning);
    const reps = repsFromEnv();
    if (reps.warning) logger.error({ job_id: ctx.job.id }, reps.warning);

    const call = createCallSession({
      collector: {
        sessionId,
        startedAt,
        session: {
          channel: isSip ? 'sip' : 'webrtc',
          template_id: template.template_id,
          call_type: metadata.call_type,
          lead_id: metadata.lead_id,
          room_name: ctx.room.name ?? null,
        },
        // LiveKit names SIP callers `Phone +1...`: only a real name is kept (lib/caller-identity.ts)
        caller: { identity: participant.identity, name: callerDisplayName(participant.name) ?? callerDisplayName(memory?.name), phone, memory },
        models: modelsOf(template),
        defaultEndReason: 'caller_hangup',
        liveCall: true,
      },
      session: pipeline.options,
      template,
      knowledge: ctx.proc.userData.knowledge as KnowledgeBase,
      memoryStore: phone ? memoryStore : null,
      booking: booking.adapter,
      sink,
      greet: true,
      lineControls: true,
      transfer: { enabled: template.transfer.enabled, reps: reps.reps, hours: template.transfer.business_hours, run: warmTransferRunner(() => call.collector.stageSnapshot().learned.join(', ')) },
      hangup: { room: ctx.room.name ?? '', service: roomServiceFromEnv() },
      checkpoints: checkpointSeconds > 0 ? { store: sink, intervalMs: checkpointSeconds * 1000, telemetry } : null,
    });
    const live = call.collector.live!;
    for (const service of ['stt', 'llm', 'tts'] as const) {
      live.watchFallback(service, pipeline[service] as never, (f) =>
        logger.warn({ session_id: sessionId, service: f.service, provider: f.provider, available: f.available }, f.available ? 'provider recovered' : 'provider failed over'),
      );
    }
    const { session, agent } = call;
    // an uncaught exception in this job saves the record (or spools it) before the process exits
    const unguard = guardJobProcess(call, { telemetry, sessionId });
    // export, analytics line and memory write: once, when the session closes or the job shuts down
    let finalizing: Promise<void> | null = null;
    const finalize = () =>
      (finalizing ??= Promise.allSettled([
        call.exportRecord().then(
          ({ key, record, spooledTo }) => {
            if (spooledTo) logger.warn({ session_id: sessionId, key, spool_path: spooledTo }, 'session record kept in the spool until S3 takes it');
            else logger.info({ session_id: sessionId, key, duration_seconds: record.duration_seconds }, 'session record exported');
            logger.info(sessionAnalytics(record, call.collector.stageSnapshot(), call.collector.unpricedModels, call.collector.redaction), SESSION_ANALYTICS_MSG);
          },
          // the sink has already logged and counted a record it could not keep; anything else (a bug building the record) is logged here
          (e: unknown) => (e instanceof RecordNotSavedError ? undefined : logger.error({ session_id: sessionId, error: (e as Error).message }, EXPORT_FAILED_LOG_TEXT)),
        ),
        call.rememberCall().then(
          (m) =>
            m
              ? logger.info({ session_id: sessionId, call_count: m.call_count }, 'caller memory updated')
              : call.collector.redaction?.data_processing_denied && logger.info({ session_id: sessionId }, 'caller memory not updated: data processing consent denied'),
          (e: unknown) => logger.warn({ session_id: sessionId, error: (e as Error).message }, 'caller memory write failed'),
        ),
      ]).then(() => undefined));
    call.exported.finally(finalize).catch(() => undefined);
    call.hungUp.then((h) => {
      if (h?.deleted) logger.info({ session_id: sessionId }, 'call hung up: room deleted');
      else if (h) logger.warn({ session_id: sessionId, error: h.error }, 'call hang-up failed: room not deleted');
    });
    // the job waits for shutdown callbacks: on a worker drain or a hang-up the record is written
    // before the process exits. A shutdown with the caller still in the room is a drain: the agent
    // says so in the record and hangs up.
    ctx.addShutdownCallback(async () => {
      const callerStillHere = ctx.room.remoteParticipants.has(participant.identity);
      await call.end(callerStillHere ? 'shutdown' : 'caller_hangup');
      await finalize();
      await call.hungUp;
      unguard();
      call.collector.detach();
    });

    await session.start({
      agent,
      room: ctx.room,
      record: recordingFor(template, metadata.recording_consent),
      ...(nc.options ? { inputOptions: { noiseCancellation: nc.options } } : {}),
    });
    live.setStartupMs(Date.now() - jobStartedAt);
    if (template.call.thinking_sound) {
      // a quiet keyboard while the agent thinks or a tool runs (a booking can take seconds)
      const background = new voice.BackgroundAudioPlayer({ thinkingSound: [{ source: voice.BuiltinAudioClip.KEYBOARD_TYPING, volume: 0.5 }] });
      background.start({ room: ctx.room, agentSession: session }).catch((e: unknown) => logger.warn({ session_id: sessionId, error: (e as Error).message }, 'thinking sound unavailable'));
    }
  },
});
