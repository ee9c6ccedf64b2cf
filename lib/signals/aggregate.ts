/**
 * Call-level signals over the caller's turns, with corrections applied. Agent turns are never a
 * source of signals; the agent's last question only tells how to read a bare answer ("How many
 * people are on your team?" → "About twelve." is a team size).
 *
 * Rules: scalar fields take the latest statement; a later "sorry, 25" / "make that 40" corrects
 * the last number given; products later said to be dropped or not needed are removed
 * ("we use Salesforce" … "actually we moved off Salesforce"); pain points accumulate.
 * State is bounded: one value per scalar field, lists bounded by the canonical vocabularies, one
 * piece of evidence per (field, value), and only the last agent turn.
 */
import { emptySignals, type DiscoveredSignals, type Role, type SignalEvidence } from '../session-record';
import { analyzeUtterance, type UtteranceAnalysis } from './extract';
import { perMonth, type Period } from './volume';

/** One transcript turn as the extractor sees it. */
export interface SignalTurn {
  turn_index: number;
  role: Role;
  text: string;
}

const ASKS_TEAM = /\bhow (?:many|big)\b[^?]{0,40}\b(?:people|users|reps|seats|licen[cs]es|agents|employees|folks|team|staff|members|of you)\b|\bteam size\b|\bsize of (?:your|the) team\b/i;
const ASKS_VOLUME = /\bhow many\b[^?]{0,40}\b(?:documents?|docs|contracts?|agreements?|proposals?|quotes?|ndas?|leases?|envelopes?|offer letters?|forms?|invoices?|applications?)\b|\b(?:what|what's)(?: is)? (?:your|the) (?:monthly |typical )?volume\b/i;
const PERIOD_IN = /\b(?:a|an|per|each|every)\s+(day|week|fortnight|month|quarter|year)\b|\b(daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\b/i;
/** A bare answer: short, and mostly the number. */
const MAX_BARE_WORDS = 12;

function periodOf(text: string): Period | null {
  const m = PERIOD_IN.exec(text);
  const w = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  if (!w) return null;
  if (w.startsWith('da')) return 'day';
  if (w.startsWith('week')) return 'week';
  if (w.startsWith('fortnight')) return 'fortnight';
  if (w.startsWith('month')) return 'month';
  if (w.startsWith('quarter')) return 'quarter';
  return 'year';
}

/** Incremental aggregation for the agent (one `add` per turn); `aggregateSignals` uses it for whole transcripts. */
export class SignalAccumulator {
  private s: DiscoveredSignals = emptySignals();
  private evidence = new Map<string, SignalEvidence>();
  private lastNumeric: { field: 'team_size' | 'monthly_volume'; period: Period } | null = null;
  private lastAgent = '';

  /** Feed the next transcript turn (in order). Agent turns only set the question context. */
  add(turn: SignalTurn): void {
    if (turn.role !== 'user') {
      this.lastAgent = turn.text.slice(-400);
      return;
    }
    this.addAnalysis(analyzeUtterance(turn.text, turn.turn_index), turn);
    this.lastAgent = '';
  }

  private addAnalysis(a: UtteranceAnalysis, turn: SignalTurn): void {
    const x = a.signals;
    const words = turn.text.trim().split(/\s+/).length;
    // A bare number answers the agent's question, or corrects the last number the caller gave.
    if (x.team_size === null && x.monthly_volume === null && a.bareNumber && words <= MAX_BARE_WORDS) {
      const n = a.bareNumber;
      const q = turn.text.slice(n.start, n.end);
      if (ASKS_VOLUME.test(this.lastAgent)) {
        const period = n.period ?? periodOf(this.lastAgent) ?? 'month';
        this.setVolume(perMonth(n.value, period), period, turn, q, 0.7);
      } else if (ASKS_TEAM.test(this.lastAgent) && Number.isInteger(n.value)) {
        this.setTeam(n.value, turn, q, 0.7);
      } else if (a.isCorrection && this.lastNumeric) {
        if (this.lastNumeric.field === 'team_size' && Number.isInteger(n.value)) this.setTeam(n.value, turn, q, 0.6);
        else if (this.lastNumeric.field === 'monthly_volume') {
          const period = n.period ?? this.lastNumeric.period;
          this.setVolume(perMonth(n.value, period), period, turn, q, 0.6);
        }
      }
    }
    const evOf = (field: string, value: string) => x.evidence.find((e) => e.field === field && e.value === value);
    if (x.team_size !== null) this.setTeam(x.team_size, turn, evOf('team_size', String(x.team_size))?.quote ?? turn.text, evOf('team_size', String(x.team_size))?.confidence ?? 0.7);
    if (x.monthly_volume !== null) {
      const e = evOf('monthly_volume', String(x.monthly_volume));
      this.setVolume(x.monthly_volume, periodOf(e?.quote ?? '') ?? 'month', turn, e?.quote ?? turn.text, e?.confidence ?? 0.7, true);
    }
    for (const f of ['urgency', 'industry', 'use_case'] as const) {
      const v = x[f];
      if (v === null) continue;
      this.dropEvidence(f);
      (this.s[f] as string | null) = v;
      this.keep(evOf(f, v));
    }
    for (const f of ['integration_needs', 'current_solution'] as const) {
      for (const id of a.dropped[f]) {
        this.s[f] = this.s[f].filter((v) => v !== id);
        this.evidence.delete(`${f}:${id}`);
      }
      for (const id of x[f]) {
        if (!this.s[f].includes(id)) this.s[f].push(id);
        this.keep(evOf(f, id));
      }
    }
    for (const p of x.pain_points) {
      if (!this.s.pain_points.includes(p)) this.s.pain_points.push(p);
      this.keep(evOf('pain_points', p));
    }
  }

  private keep(e: SignalEvidence | undefined): void {
    if (e) this.evidence.set(`${e.field}:${e.value}`, e);
  }

  private dropEvidence(field: string): void {
    for (const k of this.evidence.keys()) if (k.startsWith(`${field}:`)) this.evidence.delete(k);
  }

  private setTeam(value: number, turn: SignalTurn, q: string, confidence: number): void {
    this.dropEvidence('team_size');
    this.s.team_size = value;
    this.keep({ field: 'team_size', value: String(value), turn_index: turn.turn_index, quote: q, confidence });
    this.lastNumeric = { field: 'team_size', period: 'month' };
  }

  private setVolume(value: number, period: Period, turn: SignalTurn, q: string, confidence: number, normalized = false): void {
    this.dropEvidence('monthly_volume');
    this.s.monthly_volume = value;
    this.keep({ field: 'monthly_volume', value: String(value), turn_index: turn.turn_index, quote: q, confidence });
    this.lastNumeric = { field: 'monthly_volume', period: normalized ? period : period };
  }

  /** The call-level signals so far (a fresh object; evidence ordered by turn). */
  snapshot(): DiscoveredSignals {
    const evidence = [...this.evidence.values()].sort((a, b) => a.turn_index - b.turn_index);
    return {
      ...this.s,
      integration_needs: [...this.s.integration_needs],
      current_solution: [...this.s.current_solution],
      pain_points: [...this.s.pain_points],
      evidence,
    };
  }
}

/** Call-level signals over the caller's turns (agent turns ignored as sources), corrections applied. */
export function aggregateSignals(turns: readonly SignalTurn[]): DiscoveredSignals {
  const acc = new SignalAccumulator();
  for (const t of [...turns].sort((a, b) => a.turn_index - b.turn_index)) acc.add(t);
  return acc.snapshot();
}
