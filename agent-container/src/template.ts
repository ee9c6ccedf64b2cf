/**
 * Agent templates: one JSON document per template id choosing the voice pipeline (STT, LLM and TTS
 * provider/model/voice, VAD, turn detection, endpointing and interruption, preemptive generation),
 * the persona (instructions, greeting) and whether recording consent is asked. Validated with zod
 * (`AgentTemplateSchema`, strict: unknown keys such as an `api_key` are refused; secrets come only
 * from the environment). Loaded by `template_id` from a folder (agent-container/templates/, shipped
 * in the image) or from S3 (`TEMPLATE_BUCKET` + `TEMPLATE_PREFIX`); an unknown or invalid template
 * falls back to the shipped default with a warning, never a dropped call.
 */
import { GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { TEMPLATES_PREFIX } from '../../lib/bucket-layout';
import { parseOrThrow, SchemaError } from '../../lib/validation';
import defaultTemplateJson from '../templates/default.json' with { type: 'json' };
import type { PipelineModels } from './config';

/** Template ids are safe as file names and S3 key segments. */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
export const DEFAULT_TEMPLATE_ID = 'default';

const Ms = z.number().int().nonnegative().max(60_000);
const SttProvider = z.enum(['deepgram', 'livekit']);
const LlmProvider = z.enum(['openai', 'livekit']);
const TtsProvider = z.enum(['elevenlabs', 'cartesia', 'openai']);

export const AgentTemplateSchema = z
  .object({
    template_id: z.string().regex(TEMPLATE_ID_PATTERN),
    description: z.string().max(500).default(''),
    stt: z.strictObject({
      /** `livekit`: LiveKit Inference (model e.g. `deepgram/nova-3`, `assemblyai/universal-streaming`; LiveKit credentials). */
      provider: SttProvider,
      model: z.string().min(1),
      language: z.string().min(2).default('en-US'),
      /** Tried in order when the one before fails (the framework's stt.FallbackAdapter). */
      fallbacks: z.array(z.strictObject({ provider: SttProvider, model: z.string().min(1) })).max(3).default([]),
    }),
    llm: z.strictObject({
      /** `livekit`: LiveKit Inference (model e.g. `openai/gpt-4.1-mini`, `google/gemini-2.5-flash`; LiveKit credentials). */
      provider: LlmProvider,
      model: z.string().min(1),
      temperature: z.number().min(0).max(2).default(0.4),
      /** Tried in order when the one before fails (the framework's llm.FallbackAdapter). */
      fallbacks: z.array(z.strictObject({ provider: LlmProvider, model: z.string().min(1) })).max(3).default([]),
    }),
    tts: z.strictObject({
      /** `cartesia` runs through LiveKit Inference (model e.g. `cartesia/sonic-2`, LiveKit credentials). */
      provider: TtsProvider,
      model: z.string().min(1),
      voice_id: z.string().min(1).nullable().default(null),
      /** Speaking rate, 1 = normal. */
      speed: z.number().min(0.7).max(1.3).default(1),
      /** Tried in order when the one before fails (the framework's tts.FallbackAdapter). */
      fallbacks: z.array(z.strictObject({ provider: TtsProvider, model: z.string().min(1), voice_id: z.string().min(1).nullable().default(null) })).max(3).default([]),
    }),
    vad: z
      .strictObject({
        /** Silero speech probability to start speech, 0-1. */
        activation_threshold: z.number().min(0.05).max(0.95).default(0.5),
        /** Silence (ms) after speech before the VAD ends it. */
        min_silence_duration_ms: Ms.default(550),
        min_speech_duration_ms: Ms.default(50),
      })
      .prefault({}),
    turn_handling: z
      .strictObject({
        /**
         * `turn_detector` (default, for phone calls): LiveKit's local end-of-turn model (inference.TurnDetector
         * `v1-mini`, weights in @livekit/local-inference), which waits while a caller spells an email;
         * `vad` / `stt`: end of turn from silence or the STT.
         */
        turn_detection: z.enum(['vad', 'stt', 'turn_detector']).default('turn_detector'),
        endpointing: z.strictObject({ min_delay_ms: Ms.default(500), max_delay_ms: Ms.default(3000) }).prefault({}),
        interruption: z
          .strictObject({ enabled: z.boolean().default(true), min_duration_ms: Ms.default(500), min_words: z.number().int().min(0).max(10).default(0) })
          .prefault({}),
        preemptive_generation: z.boolean().default(true),
      })
      .prefault({}),
    persona: z.strictObject({
      name: z.string().min(1).max(60),
      instructions: z.string().min(20).max(8000),
      /** How the LLM should open when there is no fixed `opening` (an instruction, not spoken text). */
      greeting: z.string().min(5).max(1000),
      /**
       * Spoken verbatim at the start (session.say: no LLM round trip): greeting and disclosure,
       * ending in one question. `{name}` is the persona name. When consent is required, the consent
       * question is appended unless the opening already asks it (`opening_asks_consent`).
       */
      opening: z.string().min(5).max(600).nullable().default(null),
      /** Sections of the system prompt beyond the persona text (./prompt.ts): guardrails on unless turned off. */
      guardrails: z.boolean().default(true),
    }),
    consent: z.strictObject({
      required: z.boolean(),
      prompt: z.string().min(5).max(1000).default('Ask the caller whether the call may be recorded and transcribed, then call record_consent.'),
      /** The consent question spoken right after the opening (verbatim). */
      question: z.string().min(5).max(300).default('This call is recorded and transcribed so our team can follow up. Is that okay with you?'),
    }),
    /** The call's limits and what the agent says at them. */
    call: z
      .strictObject({
        /** Longest call (seconds); the agent then says `max_duration_goodbye` and hangs up. */
        max_duration_seconds: z.number().int().min(60).max(7200).default(1200),
        /** Silence (seconds) before the caller counts as away (the framework's userAwayTimeout). */
        away_timeout_seconds: z.number().min(5).max(120).default(15),
        /** Said once when the caller goes quiet; if they stay quiet, `away_goodbye` and the call ends. */
        away_reprompt: z.string().min(3).max(300).default('Are you still there?'),
        away_goodbye: z.string().min(3).max(300).default("It sounds like now isn't a good time. Thanks for calling trialist, goodbye."),
        max_duration_goodbye: z.string().min(3).max(300).default("We're at the end of the time I have for this call. Our team will follow up by email. Thanks for calling, goodbye."),
        /** Said when every provider of a service failed, before the call ends. */
        apology: z
          .string()
          .min(3)
          .max(300)
          .default("I'm sorry, I'm having technical trouble on my side. Someone from our team will call you back shortly. Goodbye."),
        /** A quiet keyboard sound while a tool runs (BackgroundAudioPlayer), so the caller hears the agent working. */
        thinking_sound: z.boolean().default(true),
        /**
         * Noise cancellation of the caller's audio (LiveKit Cloud only, @livekit/noise-cancellation-node when
         * installed): `bvc_telephony` for phone lines; `none` elsewhere.
         */
        noise_cancellation: z.enum(['none', 'nc', 'bvc', 'bvc_telephony']).default('none'),
      })
      .prefault({}),
    /** Warm transfer of a hot lead to a sales rep (./transfer.ts); reps come from WARM_TRANSFER_REPS. */
    transfer: z
      .strictObject({
        enabled: z.boolean().default(false),
        business_hours: z
          .strictObject({
            /** IANA time zone of the sales team. */
            timezone: z.string().min(1).default('America/New_York'),
            /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
            days: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
            start_hour: z.number().int().min(0).max(23).default(9),
            end_hour: z.number().int().min(1).max(24).default(17),
          })
          .prefault({}),
      })
      .prefault({}),
  })
  .strict()
  .refine((t) => t.turn_handling.endpointing.min_delay_ms <= t.turn_handling.endpointing.max_delay_ms, {
    message: 'endpointing.min_delay_ms must not exceed max_delay_ms',
    path: ['turn_handling', 'endpointing'],
  });
export type AgentTemplate = z.infer<typeof AgentTemplateSchema>;

/** Raised for a template that is not valid; `issues` lists each problem by path. */
export class TemplateError extends SchemaError {
  override name = 'TemplateError';
}

/** Validate a parsed template. @throws TemplateError naming every invalid field. */
export function parseTemplate(value: unknown): AgentTemplate {
  return parseOrThrow(AgentTemplateSchema, value, 'template', TemplateError);
}

/** The shipped default (bundled into the image, so it is always there). */
export const DEFAULT_TEMPLATE: AgentTemplate = parseTemplate(defaultTemplateJson);

/** Where template documents come from. `load` resolves null when there is no such template. */
export interface TemplateSource {
  readonly name: string;
  load(templateId: string): Promise<unknown | null>;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new TemplateError(`${where} is not JSON: ${(e as Error).message}`);
  }
}

/** `<dir>/<template_id>.json`. */
export class DirectoryTemplateSource implements TemplateSource {
  readonly name: string;
  constructor(private readonly dir: string) {
    this.name = `dir:${dir}`;
  }

  async load(templateId: string): Promise<unknown | null> {
    try {
      return parseJson(await readFile(path.join(this.dir, `${templateId}.json`), 'utf8'), `template ${templateId}.json`);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }
}

/**
 * `s3://<bucket>/<prefix><template_id>.json`.
 *
 * A role with s3:GetObject but no s3:ListBucket (the agent's task role: it may read only its
 * template prefix) gets 403 AccessDenied, not 404 NoSuchKey, for a key that does not exist (S3
 * hides which keys exist from callers that may not list). With `accessDeniedIsMissing` (the
 * default) a 403 therefore counts as "no such template", so the next source (the shipped folder) is
 * asked; a grant that is really missing then shows as "not found in s3://..." warnings for the ids
 * only S3 holds.
 */
export class S3TemplateSource implements TemplateSource {
  readonly name: string;
  constructor(
    private readonly s3: Pick<S3Client, 'send'>,
    private readonly bucket: string,
    private readonly prefix = TEMPLATES_PREFIX,
    private readonly accessDeniedIsMissing = true,
  ) {
    this.name = `s3://${bucket}/${prefix}`;
  }

  async load(templateId: string): Promise<unknown | null> {
    const key = `${this.prefix}${templateId}.json`;
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return parseJson(await out.Body!.transformToString('utf8'), `s3://${this.bucket}/${key}`);
    } catch (e) {
      if (e instanceof NoSuchKey || (e as Error).name === 'NoSuchKey') return null;
      if (this.accessDeniedIsMissing && isAccessDenied(e)) return null;
      throw e;
    }
  }
}

function isAccessDenied(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'AccessDenied' || err?.$metadata?.httpStatusCode === 403;
}

/** A template and, when it is the default standing in for the one asked for, why. */
export interface ResolvedTemplate {
  template: AgentTemplate;
  warning: string | null;
}

/**
 * Load `templateId` from `sources` (first that has it). Never throws: an unsafe id, a template no
 * source has, a source that fails, an invalid document or one whose `template_id` differs from its
 * name all give the default template with a warning.
 */
export async function resolveTemplate(templateId: string, sources: readonly TemplateSource[], fallback: AgentTemplate = DEFAULT_TEMPLATE): Promise<ResolvedTemplate> {
  const fallBack = (why: string): ResolvedTemplate => ({ template: fallback, warning: `template ${JSON.stringify(templateId.slice(0, 80))}: ${why}; using template "${fallback.template_id}"` });
  if (!TEMPLATE_ID_PATTERN.test(templateId)) return fallBack(`id must match ${TEMPLATE_ID_PATTERN}`);
  for (const source of sources) {
    let doc: unknown;
    try {
      doc = await source.load(templateId);
    } catch (e) {
      return fallBack(`${source.name} failed: ${(e as Error).message}`);
    }
    if (doc === null) continue;
    try {
      const t = parseTemplate(doc);
      if (t.template_id !== templateId) return fallBack(`document names itself "${t.template_id}"`);
      return { template: t, warning: null };
    } catch (e) {
      return fallBack((e as Error).message);
    }
  }
  if (templateId === fallback.template_id) return { template: fallback, warning: null };
  return fallBack(`not found in ${sources.map((s) => s.name).join(', ') || 'any source'}`);
}

/** Caches loaded templates per id for `ttlMs`, so each call does not pay an S3 round trip. */
export class CachingTemplateSource implements TemplateSource {
  private readonly cache = new Map<string, { at: number; doc: Promise<unknown | null> }>();
  readonly name: string;
  constructor(
    private readonly inner: TemplateSource,
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    this.name = inner.name;
  }

  load(templateId: string): Promise<unknown | null> {
    const hit = this.cache.get(templateId);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.doc;
    const doc = this.inner.load(templateId);
    this.cache.set(templateId, { at: this.now(), doc });
    doc.catch(() => this.cache.delete(templateId));
    return doc;
  }
}

/** The models a template runs (primaries and fallbacks, in order), for pricing and the record. */
export function modelsOf(t: AgentTemplate): PipelineModels {
  const refs = (list: readonly { provider: string; model: string }[]) => list.map(({ provider, model }) => ({ provider, model }));
  return {
    stt: { provider: t.stt.provider, model: t.stt.model, language: t.stt.language, fallbacks: refs(t.stt.fallbacks) },
    llm: { provider: t.llm.provider, model: t.llm.model, temperature: t.llm.temperature, fallbacks: refs(t.llm.fallbacks) },
    tts: { provider: t.tts.provider, model: t.tts.model, voiceId: t.tts.voice_id, fallbacks: refs(t.tts.fallbacks) },
  };
}
