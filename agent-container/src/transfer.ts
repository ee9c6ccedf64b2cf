/**
 * Warm transfer of a hot lead to a sales rep: offered only when the lead scores `hot` (lib/scoring,
 * on the call so far), a rep is configured and it is business hours in the template's time zone;
 * otherwise (and when the transfer fails) the agent falls back to booking a meeting. The live
 * transfer is the framework's `workflows.WarmTransferTask` (the agent dials the rep through the
 * outbound SIP trunk, briefs them, then moves the caller to them); its result goes into the record
 * (`live_call.transfer`).
 *
 * Environment: WARM_TRANSFER_REPS (JSON `[{"label": "Sam, AE East", "sip_call_to": "+1..."}]`, the
 * first rep is dialled), LIVEKIT_SIP_OUTBOUND_TRUNK (the framework's outbound trunk id variable).
 */
import { workflows } from '@livekit/agents';
import { z } from 'zod';
import { E164_PATTERN } from '../../lib/caller-identity';
import type { WarmTransfer } from '../../lib/session-record';

export const RepSchema = z.object({ label: z.string().min(1).max(80), sip_call_to: z.string().regex(E164_PATTERN) });
export type Rep = z.infer<typeof RepSchema>;

/** Business hours of a template: weekdays (1 = Monday ... 7 = Sunday), hours [start, end) in `timezone` (IANA). */
export interface BusinessHours {
  timezone: string;
  days: number[];
  start_hour: number;
  end_hour: number;
}

/** Reps from WARM_TRANSFER_REPS; [] when unset; `warning` says why a set value was refused. */
export function repsFromEnv(env: NodeJS.ProcessEnv = process.env): { reps: Rep[]; warning: string | null } {
  const raw = env.WARM_TRANSFER_REPS;
  if (!raw) return { reps: [], warning: null };
  try {
    return { reps: z.array(RepSchema).parse(JSON.parse(raw)), warning: null };
  } catch (e) {
    return { reps: [], warning: `WARM_TRANSFER_REPS is not a JSON list of {label, sip_call_to (E.164)}: ${(e as Error).message.slice(0, 200)}; warm transfer is off` };
  }
}

/** True when `now` falls inside `hours` (weekday and hour in the hours' time zone). */
export function inBusinessHours(now: Date, hours: BusinessHours): boolean {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: hours.timezone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' }).formatToParts(now);
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.find((p) => p.type === 'weekday')!.value) + 1;
  const hour = Number(parts.find((p) => p.type === 'hour')!.value);
  return hours.days.includes(weekday) && hour >= hours.start_hour && hour < hours.end_hour;
}

/** Whether a transfer may be offered now, and if not why (the text the LLM gets). */
export function transferOffer(opts: { enabled: boolean; hot: boolean; reps: readonly Rep[]; hours: BusinessHours; now: Date }): { offer: boolean; reason: string | null } {
  if (!opts.enabled || opts.reps.length === 0) return { offer: false, reason: 'no sales rep is set up for live transfers' };
  if (!inBusinessHours(opts.now, opts.hours)) return { offer: false, reason: 'it is outside business hours' };
  if (!opts.hot) return { offer: false, reason: 'a live transfer is reserved for callers ready to buy' };
  return { offer: true, reason: null };
}

/** Runs the transfer to `rep`; resolves with how it went (never rejects). */
export type TransferRunner = (rep: Rep) => Promise<Omit<WarmTransfer, 'at_ms' | 'rep'>>;

/** The live runner: `workflows.WarmTransferTask` through LIVEKIT_SIP_OUTBOUND_TRUNK. */
export function warmTransferRunner(summary: () => string): TransferRunner {
  return async (rep) => {
    try {
      await new workflows.WarmTransferTask({ sipCallTo: rep.sip_call_to, ringingTimeout: 25_000, instructions: `Brief the sales rep in two sentences: ${summary()}` }).run();
      return { status: 'transferred', reason: null };
    } catch (e) {
      return { status: 'failed', reason: (e as Error).message.slice(0, 200) };
    }
  };
}
