/**
 * Caller signal extraction (placeholder: the seed patterns, to be replaced by the real extractor).
 * Pure functions: no I/O, no LiveKit, no AWS.
 */
import { emptySignals, type DiscoveredSignals, type Role } from '../session-record';

/** One transcript turn as the extractor sees it. */
export interface SignalTurn {
  turn_index: number;
  role: Role;
  text: string;
}

/** Signals found in one caller utterance; evidence carries `turnIndex`. */
export function extractSignals(text: string, turnIndex = 0): DiscoveredSignals {
  const s = emptySignals();
  const team = /team of (\d+)|(\d+) (?:person|people|member|employee|user)s?/i.exec(text);
  if (team) {
    s.team_size = Number(team[1] ?? team[2]);
    s.evidence.push({ field: 'team_size', value: String(s.team_size), turn_index: turnIndex, quote: team[0], confidence: 0.6 });
  }
  const vol = /(\d+) (?:documents|contracts|agreements) per (month|year|week)/i.exec(text);
  if (vol) {
    const n = Number(vol[1]);
    s.monthly_volume = vol[2] === 'year' ? n / 12 : vol[2] === 'week' ? (n * 52) / 12 : n;
    s.evidence.push({ field: 'monthly_volume', value: String(s.monthly_volume), turn_index: turnIndex, quote: vol[0], confidence: 0.6 });
  }
  const urgent = /urgent|asap|immediately|right away|time-sensitive/i.exec(text);
  if (urgent) {
    s.urgency = 'high';
    s.evidence.push({ field: 'urgency', value: 'high', turn_index: turnIndex, quote: urgent[0], confidence: 0.6 });
  }
  return s;
}

/** Call-level signals over the caller's turns (agent turns ignored); later statements win. */
export function aggregateSignals(turns: readonly SignalTurn[]): DiscoveredSignals {
  const out = emptySignals();
  for (const t of turns) {
    if (t.role !== 'user') continue;
    const s = extractSignals(t.text, t.turn_index);
    out.team_size = s.team_size ?? out.team_size;
    out.monthly_volume = s.monthly_volume ?? out.monthly_volume;
    out.urgency = s.urgency ?? out.urgency;
    out.evidence.push(...s.evidence);
  }
  return out;
}
