/**
 * The versioned price table and the cost of one call (`cost_summary` in the session record).
 * Pure: no I/O. All prices are USD list prices for pay-as-you-go API use; each entry cites the
 * public page it comes from and when it was recorded. Prices change: when one does, add the new
 * value and bump `PRICE_TABLE_VERSION`, so records priced with the old table stay explainable.
 *
 * Not priced: LiveKit transport (plan-dependent minutes; self-hosted LiveKit has none) and the
 * compute the agent runs on (ECS Fargate), which are per-fleet rather than per-call costs.
 */
import type { CostSummary } from '../session-record';

/**
 * Version of the table below, written into every `cost_summary.price_table_version`
 * (`YYYY-MM.n`). 2025-06.1: Deepgram, OpenAI, ElevenLabs. 2026-11.1: + Cartesia via LiveKit Inference.
 */
export const PRICE_TABLE_VERSION = '2026-11.1';

/** Price of one model. Exactly the unit fields that apply to its service are set. */
export interface ModelPrice {
  provider: string;
  service: 'stt' | 'llm' | 'tts';
  model: string;
  /** STT: USD per minute of audio streamed. */
  usdPerAudioMinute?: number;
  /** LLM: USD per 1M prompt tokens (uncached). */
  usdPerMillionPromptTokens?: number;
  /** LLM: USD per 1M prompt tokens served from the provider's prompt cache. */
  usdPerMillionCachedPromptTokens?: number;
  /** LLM: USD per 1M completion tokens. */
  usdPerMillionCompletionTokens?: number;
  /** TTS: USD per 1,000 characters synthesized. */
  usdPerThousandCharacters?: number;
  /** Where the price is published, and when it was recorded here (YYYY-MM). */
  source: string;
  recorded: string;
}

/** The price table, version `PRICE_TABLE_VERSION`. */
export const PRICE_TABLE: readonly ModelPrice[] = [
  // Deepgram, https://deepgram.com/pricing — Pay As You Go, streaming, English ("monolingual").
  { provider: 'deepgram', service: 'stt', model: 'nova-3', usdPerAudioMinute: 0.0077, source: 'https://deepgram.com/pricing', recorded: '2025-06' },
  { provider: 'deepgram', service: 'stt', model: 'nova-2', usdPerAudioMinute: 0.0058, source: 'https://deepgram.com/pricing', recorded: '2025-06' },
  // OpenAI, https://openai.com/api/pricing/ — Standard tier, per 1M tokens.
  {
    provider: 'openai', service: 'llm', model: 'gpt-4.1-mini',
    usdPerMillionPromptTokens: 0.4, usdPerMillionCachedPromptTokens: 0.1, usdPerMillionCompletionTokens: 1.6,
    source: 'https://openai.com/api/pricing/', recorded: '2025-06',
  },
  {
    provider: 'openai', service: 'llm', model: 'gpt-4.1',
    usdPerMillionPromptTokens: 2.0, usdPerMillionCachedPromptTokens: 0.5, usdPerMillionCompletionTokens: 8.0,
    source: 'https://openai.com/api/pricing/', recorded: '2025-06',
  },
  {
    provider: 'openai', service: 'llm', model: 'gpt-4o-mini',
    usdPerMillionPromptTokens: 0.15, usdPerMillionCachedPromptTokens: 0.075, usdPerMillionCompletionTokens: 0.6,
    source: 'https://openai.com/api/pricing/', recorded: '2025-06',
  },
  // ElevenLabs, https://elevenlabs.io/pricing/api — API pay-as-you-go per 1K characters.
  { provider: 'elevenlabs', service: 'tts', model: 'eleven_flash_v2_5', usdPerThousandCharacters: 0.05, source: 'https://elevenlabs.io/pricing/api', recorded: '2025-06' },
  { provider: 'elevenlabs', service: 'tts', model: 'eleven_turbo_v2_5', usdPerThousandCharacters: 0.05, source: 'https://elevenlabs.io/pricing/api', recorded: '2025-06' },
  { provider: 'elevenlabs', service: 'tts', model: 'eleven_multilingual_v2', usdPerThousandCharacters: 0.1, source: 'https://elevenlabs.io/pricing/api', recorded: '2025-06' },
  // Cartesia Sonic through LiveKit Inference (how the agent runs Cartesia: pipeline.ts), billed by
  // LiveKit per character synthesized: https://livekit.io/pricing/inference#tts — $50 per 1M characters.
  // Templates name them `cartesia/<model>`; findPrice drops the `cartesia/` prefix.
  { provider: 'cartesia', service: 'tts', model: 'sonic-2', usdPerThousandCharacters: 0.05, source: 'https://livekit.io/pricing/inference#tts', recorded: '2026-11' },
  { provider: 'cartesia', service: 'tts', model: 'sonic-turbo', usdPerThousandCharacters: 0.05, source: 'https://livekit.io/pricing/inference#tts', recorded: '2026-11' },
  { provider: 'cartesia', service: 'tts', model: 'sonic', usdPerThousandCharacters: 0.05, source: 'https://livekit.io/pricing/inference#tts', recorded: '2026-11' },
];

/** The provider and model that served one part of the pipeline. */
export interface ModelRef {
  provider: string;
  model: string;
}

/** What one call consumed, per service. */
export interface CallUsage {
  stt: ModelRef & { audioSeconds: number };
  llm: ModelRef & { promptTokens: number; cachedPromptTokens: number; completionTokens: number };
  tts: ModelRef & { characters: number };
}

/** The cost of a call and the models the table had no price for. */
export interface PricedCall {
  cost: CostSummary;
  /** `provider/model` of services with usage but no price in the table (left out of `cost`). */
  unpriced: string[];
}

/** Find a price; model names match case-insensitively, ignoring a `provider/` prefix. */
export function findPrice(service: ModelPrice['service'], ref: ModelRef, table: readonly ModelPrice[] = PRICE_TABLE): ModelPrice | undefined {
  const model = ref.model.toLowerCase().replace(/^[a-z0-9-]+\//, '');
  return table.find((p) => p.service === service && p.provider === ref.provider.toLowerCase() && p.model === model);
}

/** `provider/model` for reports, without repeating a provider prefix the model already has (`cartesia/sonic-9`). */
function label(ref: ModelRef): string {
  return ref.model.toLowerCase().startsWith(`${ref.provider.toLowerCase()}/`) ? ref.model : `${ref.provider}/${ref.model}`;
}

/** Round USD to micro-dollars so sums stay stable in JSON. */
function usd(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** What one provider/model consumed on one service (a call has one per service and model that served it). */
export type ServiceUsage =
  | (ModelRef & { service: 'stt'; audioSeconds: number })
  | (ModelRef & { service: 'llm'; promptTokens: number; cachedPromptTokens: number; completionTokens: number })
  | (ModelRef & { service: 'tts'; characters: number });

function hasUsage(u: ServiceUsage): boolean {
  if (u.service === 'stt') return u.audioSeconds > 0;
  if (u.service === 'llm') return u.promptTokens + u.completionTokens > 0;
  return u.characters > 0;
}

function costOf(u: ServiceUsage, price: ModelPrice): number {
  if (u.service === 'stt') return (u.audioSeconds / 60) * (price.usdPerAudioMinute ?? 0);
  if (u.service === 'tts') return (u.characters / 1000) * (price.usdPerThousandCharacters ?? 0);
  const uncached = Math.max(0, u.promptTokens - u.cachedPromptTokens);
  return (
    (uncached * (price.usdPerMillionPromptTokens ?? 0) +
      u.cachedPromptTokens * (price.usdPerMillionCachedPromptTokens ?? price.usdPerMillionPromptTokens ?? 0) +
      u.completionTokens * (price.usdPerMillionCompletionTokens ?? 0)) /
    1e6
  );
}

/**
 * Price each provider/model's usage at its own rate (a call whose fallback provider served some
 * turns pays that provider's price for them). Entries for the same service and priced model are
 * summed into one `by_provider` line, in the order first seen. A model with zero usage is listed
 * (at 0) only when nothing else on its service was used (a provider that failed before answering
 * costs nothing and adds no line); a model with usage but no price is reported in `unpriced`
 * (once) and left out.
 */
export function priceUsage(usages: readonly ServiceUsage[], table: readonly ModelPrice[] = PRICE_TABLE, version = PRICE_TABLE_VERSION): PricedCall {
  const byProvider: CostSummary['by_provider'] = [];
  const unpriced: string[] = [];
  for (const u of usages) {
    if (!hasUsage(u) && usages.some((o) => o.service === u.service && hasUsage(o))) continue;
    const price = findPrice(u.service, u, table);
    if (!price) {
      if (hasUsage(u) && !unpriced.includes(label(u))) unpriced.push(label(u));
      continue;
    }
    const line = byProvider.find((p) => p.service === u.service && p.provider === price.provider && p.model === price.model);
    if (line) line.usd = usd(line.usd + costOf(u, price));
    else byProvider.push({ provider: price.provider, service: u.service, model: price.model, usd: usd(costOf(u, price)) });
  }
  return {
    cost: { price_table_version: version, total_usd: usd(byProvider.reduce((s, p) => s + p.usd, 0)), by_provider: byProvider },
    unpriced,
  };
}

/**
 * Price one call's usage with the table, one model per service (see `priceUsage` for calls
 * served by several). A service with zero usage costs 0 and is listed only when it has a price; a
 * service with usage but no price is reported in `unpriced`.
 */
export function priceCall(usage: CallUsage, table: readonly ModelPrice[] = PRICE_TABLE, version = PRICE_TABLE_VERSION): PricedCall {
  return priceUsage(
    [
      { service: 'stt', ...usage.stt },
      { service: 'llm', ...usage.llm },
      { service: 'tts', ...usage.tts },
    ],
    table,
    version,
  );
}
