/**
 * A template's voice pipeline as LiveKit AgentSession options: the STT/LLM/TTS plugins (API keys
 * from the plugins' standard environment variables, never the template), the prewarmed Silero VAD
 * tuned to the template, and turn handling (turn detection, endpointing, interruption, preemptive
 * generation). `turnHandlingOf` and `vadOptionsOf` are pure and tested; `buildPipeline` only
 * constructs plugins.
 */
import { inference, voice, type VAD } from '@livekit/agents';
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

/** AgentSession `turnHandling` from a template. `turn_detector` builds LiveKit's end-of-turn model. */
export function turnHandlingOf(t: AgentTemplate, makeTurnDetector: () => TurnDetection = () => new inference.TurnDetector()): TurnHandling {
  const th = t.turn_handling;
  return {
    turnDetection: th.turn_detection === 'turn_detector' ? makeTurnDetector() : th.turn_detection,
    endpointing: { minDelay: th.endpointing.min_delay_ms, maxDelay: th.endpointing.max_delay_ms },
    interruption: { enabled: th.interruption.enabled, minDuration: th.interruption.min_duration_ms, minWords: th.interruption.min_words },
    preemptiveGeneration: { enabled: th.preemptive_generation },
  };
}

/** The TTS plugin a template names. */
function ttsOf(t: AgentTemplate) {
  const { provider, model, voice_id: voiceId, speed } = t.tts;
  switch (provider) {
    case 'elevenlabs':
      return new elevenlabs.TTS({
        model,
        ...(voiceId ? { voiceId } : {}),
        ...(speed !== 1 ? { voiceSettings: { stability: 0.5, similarity_boost: 0.75, speed } } : {}),
      });
    case 'cartesia':
      // Cartesia through LiveKit Inference (LIVEKIT_API_KEY/SECRET): no separate plugin or key
      return new inference.TTS({ model, ...(voiceId ? { voice: voiceId } : {}), modelOptions: { speed } });
    case 'openai':
      return new openai.TTS({ model, speed, ...(voiceId ? { voice: voiceId as never } : {}) });
  }
}

/**
 * AgentSession options for a live call from `template`, with the process's prewarmed `vad`
 * (its options are set to the template's: each job has its own process).
 */
export function buildPipeline(template: AgentTemplate, vad: VAD): voice.AgentSessionOptions {
  (vad as VAD & { updateOptions?: (o: ReturnType<typeof vadOptionsOf>) => void }).updateOptions?.(vadOptionsOf(template));
  return {
    vad,
    stt: new deepgram.STT({ model: template.stt.model, language: template.stt.language }),
    llm: new openai.LLM({ model: template.llm.model, temperature: template.llm.temperature }),
    tts: ttsOf(template),
    turnHandling: turnHandlingOf(template),
  };
}
