/**
 * A template's voice pipeline as LiveKit AgentSession options: the STT/LLM/TTS plugins (API keys
 * from the plugins' standard environment variables, never the template), each service an ordered
 * provider list behind the framework's FallbackAdapter (`llm.FallbackAdapter`,
 * `stt.FallbackAdapter`, `tts.FallbackAdapter`), tight connection options, the prewarmed Silero
 * VAD tuned to the template, and turn handling (LiveKit's local end-of-turn model by default,
 * endpointing, interruption, preemptive generation). `turnHandlingOf`, `vadOptionsOf` and
 * `failoverOptionsOf` are pure and tested; `buildPipeline` constructs plugins through
 * `ProviderFactories` (the live plugins, or fakes in tests).
 */
import { inference, llm, stt, tts, voice, type VAD } from '@livekit/agents';
import * as deepgram from '@livekit/agents-plugin-deepgram';
import * as elevenlabs from '@livekit/agents-plugin-elevenlabs';
import * as openai from '@livekit/agents-plugin-openai';
import type { AgentTemplate } from './template';

type TurnHandling = NonNullable<voice.AgentSessionOptions['turnHandling']>;
type TurnDetection = NonNullable<TurnHandling['turnDetection']>;

/** Silero VAD options from a template (the plugin's units: ms, probability 0-1). */
export function vadOptionsOf(t: AgentTemplate): { activationThreshold: number; minSilenceDuration: number; minSpeechDuration: number } {
  return { activationThreshold: t.vad.activation_threshold, minSilenceDuration: t.vad.min_silence_duration_ms, minSpeechDuration: t.vad.min_speech_duration_ms };
}

/** LiveKit's end-of-turn model run locally in the job's inference process (`v1-mini`; weights in @livekit/local-inference, nothing downloaded). */
export function localTurnDetector(): TurnDetection {
  return new inference.TurnDetector({ version: 'v1-mini' });
}

/** AgentSession `turnHandling` from a template. `turn_detector` builds LiveKit's end-of-turn model. */
export function turnHandlingOf(t: AgentTemplate, makeTurnDetector: () => TurnDetection = localTurnDetector): TurnHandling {
  const th = t.turn_handling;
  return {
    turnDetection: th.turn_detection === 'turn_detector' ? makeTurnDetector() : th.turn_detection,
    endpointing: { minDelay: th.endpointing.min_delay_ms, maxDelay: th.endpointing.max_delay_ms },
    interruption: { enabled: th.interruption.enabled, minDuration: th.interruption.min_duration_ms, minWords: th.interruption.min_words },
    preemptiveGeneration: { enabled: th.preemptive_generation },
  };
}

/** Longest one provider attempt may take before the next provider is tried (ms). */
export const PROVIDER_ATTEMPT_TIMEOUT_MS = 4000;
/** Pause before the one retry a lone provider gets (ms). */
export const PROVIDER_RETRY_INTERVAL_MS = 500;

/**
 * Connection options for a service with `providers` entries: each attempt at most
 * PROVIDER_ATTEMPT_TIMEOUT_MS; one retry in all: the next provider when there is one, else the same
 * provider once more. The framework's defaults (3 retries of 10 s) allowed ~40 s of dead air.
 * The session-level options do not retry the whole chain again.
 */
export function failoverOptionsOf(providers: number): { retryPerProvider: number; attemptTimeoutMs: number; retryIntervalMs: number } {
  return { retryPerProvider: providers > 1 ? 0 : 1, attemptTimeoutMs: PROVIDER_ATTEMPT_TIMEOUT_MS, retryIntervalMs: PROVIDER_RETRY_INTERVAL_MS };
}

/** AgentSession `connOptions`: no retry of a whole fallback chain; unrecoverable errors are handled by the call (apology, then the end). */
export function sessionConnOptions(): NonNullable<voice.AgentSessionOptions['connOptions']> {
  const once = { maxRetry: 0, timeoutMs: PROVIDER_ATTEMPT_TIMEOUT_MS, retryIntervalMs: PROVIDER_RETRY_INTERVAL_MS };
  return { sttConnOptions: once, llmConnOptions: once, ttsConnOptions: once, maxUnrecoverableErrors: 1 };
}

type SttEntry = AgentTemplate['stt']['fallbacks'][number];
type LlmEntry = AgentTemplate['llm']['fallbacks'][number];
type TtsEntry = AgentTemplate['tts']['fallbacks'][number];

/** Builds one provider instance per template entry. */
export interface ProviderFactories {
  stt(entry: SttEntry, language: string): stt.STT;
  llm(entry: LlmEntry, temperature: number): llm.LLM;
  tts(entry: TtsEntry, speed: number): tts.TTS;
}

/** The live plugins: Deepgram, OpenAI, ElevenLabs, and LiveKit Inference (`livekit`, and `cartesia` TTS). */
export const LIVE_PLUGINS: ProviderFactories = {
  stt: ({ provider, model }, language) =>
    provider === 'deepgram' ? new deepgram.STT({ model: model as never, language }) : new inference.STT({ model: model as never, language: language as never }),
  llm: ({ provider, model }, temperature) =>
    provider === 'openai' ? new openai.LLM({ model, temperature }) : new inference.LLM({ model: model as never, modelOptions: { temperature } }),
  tts: ({ provider, model, voice_id: voiceId }, speed) => {
    switch (provider) {
      case 'elevenlabs':
        return new elevenlabs.TTS({
          model,
          ...(voiceId ? { voiceId } : {}),
          ...(speed !== 1 ? { voiceSettings: { stability: 0.5, similarity_boost: 0.75, speed } } : {}),
        });
      case 'cartesia':
        // Cartesia through LiveKit Inference (LIVEKIT_API_KEY/SECRET): no separate plugin or key
        return new inference.TTS({ model: model as never, ...(voiceId ? { voice: voiceId } : {}), modelOptions: { speed } as never });
      case 'openai':
        return new openai.TTS({ model, speed, ...(voiceId ? { voice: voiceId as never } : {}) });
    }
  },
};

/** A call's pipeline: the session options and the three adapters (whose availability events the record keeps). */
export interface Pipeline {
  options: voice.AgentSessionOptions;
  stt: stt.FallbackAdapter;
  llm: llm.FallbackAdapter;
  tts: tts.FallbackAdapter;
}

/**
 * AgentSession options for a live call from `template`, with the process's prewarmed `vad` (its
 * options are set to the template's: each job has its own process). Each service is its primary
 * followed by the template's `fallbacks`, in order.
 */
export function buildPipeline(template: AgentTemplate, vad: VAD | null, factories: ProviderFactories = LIVE_PLUGINS, makeTurnDetector?: () => TurnDetection): Pipeline {
  if (vad) (vad as VAD & { updateOptions?: (o: ReturnType<typeof vadOptionsOf>) => void }).updateOptions?.(vadOptionsOf(template));
  const sttEntries: SttEntry[] = [template.stt, ...template.stt.fallbacks];
  const llmEntries: LlmEntry[] = [template.llm, ...template.llm.fallbacks];
  const ttsEntries: TtsEntry[] = [template.tts, ...template.tts.fallbacks];
  const s = failoverOptionsOf(sttEntries.length);
  const l = failoverOptionsOf(llmEntries.length);
  const t = failoverOptionsOf(ttsEntries.length);
  const sttAdapter = new stt.FallbackAdapter({
    sttInstances: sttEntries.map((e) => factories.stt(e, template.stt.language)),
    ...(vad ? { vad } : {}),
    attemptTimeoutMs: s.attemptTimeoutMs,
    maxRetryPerSTT: s.retryPerProvider,
    retryIntervalMs: s.retryIntervalMs,
  });
  const llmAdapter = new llm.FallbackAdapter({
    llms: llmEntries.map((e) => factories.llm(e, template.llm.temperature)),
    attemptTimeout: l.attemptTimeoutMs / 1000,
    maxRetryPerLLM: l.retryPerProvider,
    retryInterval: l.retryIntervalMs / 1000,
  });
  const ttsAdapter = new tts.FallbackAdapter({
    ttsInstances: ttsEntries.map((e) => factories.tts(e, template.tts.speed)),
    maxRetryPerTTS: t.retryPerProvider,
  });
  return {
    options: {
      ...(vad ? { vad } : {}),
      stt: sttAdapter,
      llm: llmAdapter,
      tts: ttsAdapter,
      turnHandling: turnHandlingOf(template, makeTurnDetector),
      connOptions: sessionConnOptions(),
      userAwayTimeout: template.call.away_timeout_seconds,
    },
    stt: sttAdapter,
    llm: llmAdapter,
    tts: ttsAdapter,
  };
}

/**
 * What LiveKit records of the session (`session.start({ record })`: audio, transcript, traces,
 * logs to LiveKit Cloud). Recording cannot be turned on later in the call, so audio and transcript
 * are recorded only when the template asks no consent or the caller already granted it
 * (`priorConsent`, e.g. from dispatch metadata); a denied or not-yet-given consent keeps them off.
 * Traces and logs (no caller audio or words) stay on.
 */
export function recordingFor(template: AgentTemplate, priorConsent: 'granted' | 'denied' | null): { audio: boolean; transcript: boolean; traces: boolean; logs: boolean } {
  const allowed = priorConsent === 'granted' || (priorConsent === null && !template.consent.required);
  return { audio: allowed, transcript: allowed, traces: true, logs: true };
}
