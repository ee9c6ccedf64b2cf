/**
 * Noise cancellation of the caller's audio, a template option (`call.noise_cancellation`: `nc`,
 * `bvc`, `bvc_telephony`) applied only where the deployment supports it. LiveKit's enhanced noise
 * cancellation (Krisp models through `@livekit/noise-cancellation-node`) works only when the audio
 * goes through LiveKit Cloud (https://docs.livekit.io/transport/media/noise-cancellation), so a
 * deployment turns it on with NOISE_CANCELLATION=livekit-cloud (CDK `agentNoiseCancellation`) and
 * the image must hold the plugin package. Anywhere else a template that asks for it gets a warning
 * at call start and the call runs without it, never failing.
 */
import type { NoiseCancellationOptions } from '@livekit/rtc-node';
import type { AgentTemplate } from './template';

/** The plugin's factory for each template value (@livekit/noise-cancellation-node exports). */
export const NOISE_CANCELLATION_FACTORIES = {
  nc: 'NoiseCancellation',
  bvc: 'BackgroundVoiceCancellation',
  bvc_telephony: 'TelephonyBackgroundVoiceCancellation',
} as const;

/** The plugin package, imported at run time only where the deployment turns noise cancellation on. */
export const NOISE_CANCELLATION_PACKAGE = '@livekit/noise-cancellation-node';

type Factories = Partial<Record<(typeof NOISE_CANCELLATION_FACTORIES)[keyof typeof NOISE_CANCELLATION_FACTORIES], () => NoiseCancellationOptions>>;

/** Whether this deployment can apply noise cancellation, and the plugin's factories when it can. */
export type NoiseCancellationSupport = { available: true; factories: Factories } | { available: false; reason: string };

/**
 * The deployment's support: NOISE_CANCELLATION must be `livekit-cloud` and `importer` (default: a
 * dynamic import of the plugin package) must load the plugin. Never throws: a failure is the
 * reason it is unavailable.
 */
export async function loadNoiseCancellation(
  env: NodeJS.ProcessEnv = process.env,
  importer: (name: string) => Promise<unknown> = (name) => import(name),
): Promise<NoiseCancellationSupport> {
  if (env.NOISE_CANCELLATION !== 'livekit-cloud') {
    return { available: false, reason: 'this deployment does not run on LiveKit Cloud (NOISE_CANCELLATION is not livekit-cloud)' };
  }
  try {
    const mod = (await importer(NOISE_CANCELLATION_PACKAGE)) as Factories & { default?: Factories };
    const factories = mod.NoiseCancellation ? mod : (mod.default ?? {});
    return { available: true, factories };
  } catch (e) {
    return { available: false, reason: `${NOISE_CANCELLATION_PACKAGE} is not installed in this image (${(e as Error).message.split('\n')[0]})` };
  }
}

/**
 * What a call applies for `template`: the plugin's options for its `call.noise_cancellation`
 * when asked for and supported; null otherwise, with a warning when it was asked for.
 */
export function noiseCancellationFor(template: AgentTemplate, support: NoiseCancellationSupport): { options: NoiseCancellationOptions | null; warning: string | null } {
  const asked = template.call.noise_cancellation;
  if (asked === 'none') return { options: null, warning: null };
  const skip = (why: string) => ({ options: null, warning: `template ${template.template_id} asks for noise cancellation '${asked}', not applied: ${why}` });
  if (!support.available) return skip(support.reason);
  const factory = support.factories[NOISE_CANCELLATION_FACTORIES[asked]];
  if (!factory) return skip(`${NOISE_CANCELLATION_PACKAGE} has no ${NOISE_CANCELLATION_FACTORIES[asked]}()`);
  return { options: factory(), warning: null };
}
