/**
 * Agent configuration from the environment. Secrets (API keys) are read by the plugins themselves
 * from their standard variables (DEEPGRAM_API_KEY, OPENAI_API_KEY, ELEVEN_API_KEY) and never
 * appear here or in a session record.
 */
import type { ModelRef } from '../../lib/pricing';

/** Name and version written into every session record's `session` block. */
export const AGENT_NAME = 'trialist-agent';
export const AGENT_VERSION = '0.1.0';

/**
 * The models the live pipeline uses (each service's primary, and the template's fallbacks in
 * order); replay prices its usage as if the primaries had served the call.
 */
export interface PipelineModels {
  stt: ModelRef & { language: string; fallbacks?: ModelRef[] };
  llm: ModelRef & { temperature: number; fallbacks?: ModelRef[] };
  tts: ModelRef & { voiceId: string | null; fallbacks?: ModelRef[] };
}

/**
 * Models from the environment, with defaults:
 * STT_MODEL (nova-3), STT_LANGUAGE (en-US), LLM_MODEL (gpt-4.1-mini), LLM_TEMPERATURE (0.4),
 * TTS_MODEL (eleven_flash_v2_5), TTS_VOICE_ID (plugin default voice).
 */
export function pipelineModelsFromEnv(env: NodeJS.ProcessEnv = process.env): PipelineModels {
  const temperature = Number(env.LLM_TEMPERATURE ?? '0.4');
  return {
    stt: { provider: 'deepgram', model: env.STT_MODEL || 'nova-3', language: env.STT_LANGUAGE || 'en-US' },
    llm: { provider: 'openai', model: env.LLM_MODEL || 'gpt-4.1-mini', temperature: Number.isFinite(temperature) ? temperature : 0.4 },
    tts: { provider: 'elevenlabs', model: env.TTS_MODEL || 'eleven_flash_v2_5', voiceId: env.TTS_VOICE_ID || null },
  };
}
