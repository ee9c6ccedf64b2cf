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
 * The models a call runs, from its template (./template.ts `modelsOf`): each service's primary, and the template's fallbacks in
 * order); replay prices its usage as if the primaries had served the call.
 */
export interface PipelineModels {
  stt: ModelRef & { language: string; fallbacks?: ModelRef[] };
  llm: ModelRef & { temperature: number; fallbacks?: ModelRef[] };
  tts: ModelRef & { voiceId: string | null; fallbacks?: ModelRef[] };
}

