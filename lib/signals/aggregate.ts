/**
 * Call-level signals over the caller's turns, with corrections applied. Agent turns are never a
 * source of signals; the agent's last question only tells how to read the caller's short answer to
 * it ("How many people are on your team?" → "About twelve." is a team size; "When do you need this
 * up and running?" → "End of the month." is high urgency): rules in question-context.ts, evidence on
 * the caller's turn quoting the caller's words, confidence ANSWER_CONFIDENCE (0.6).
 *
 * A short confirmation ("Yeah, roughly.", "Yep, 32.") of the agent's second-person restatement of the
 * caller's situation ("You've got 32 reps right now, is that about right?") is the caller's statement
 * of the restated facts (confidence 0.7, quote = agent sentence + caller reply; rules in confirm.ts);
 * a bare number in reply to a restatement of one number corrects it ("No, more like 40.").
 *
 * Rules: scalar fields take the latest statement; a later "sorry, 25" / "make that 40" corrects
 * the last number given; products later said to be dropped or not needed are removed
 * ("we use Salesforce" … "actually we moved off Salesforce"); pain points accumulate.
 * State is bounded: one value per scalar field, lists bounded by the canonical vocabularies, one
 * piece of evidence per (field, value), and only the last agent turn's text (at most 400 characters;
 * its question sentences are matched against a few patterns once per caller reply, and it is
 * extracted again only when the reply is a short confirmation or a bare number).
 */
import { emptySignals, type DiscoveredSignals, type Role, type SignalEvidence } from '../session-record';
import { CONFIRMED_CONFIDENCE, isShortConfirmation, restatedFacts, type Restatement } from './confirm';
import { analyzeUtterance, type UtteranceAnalysis } from './extract';
import { questionContext, readAnswer, type AnswerReading } from './question-context';
import { perMonth, periodIn, type Period } from './volume';

/** One transcript turn as the extractor sees it. */
export interface SignalTurn {
  turn_index: number;
  role: Role;
  text: string;
}

/** What may follow the number in a reply correcting the agent's restated number ("More like 40 now.", "40 a week"), so "10 years" is not one. */
const ENDS_AT_NUMBER = new RegExp(
  String.raw`^\s*(?:-?ish|or so|now|these days|today|really|tops|max|at most|at least|(?:a|an|per|each|every) (?:day|week|` +
  String.raw`fortnight|month|quarter|year)|(?:daily|weekly|monthly|quarterly|yearly))?\W*$`, 'i',
);
/** A bare answer: short, and mostly the number. */
const MAX_BARE_WORDS = 12;



/** Incremental aggregation for the agent (one `add` per turn); `aggregateSignals` uses it for whole transcripts. */
export class SignalAccumulator {
  private s: DiscoveredSignals = emptySignals();
  private evidence = new Map<string, SignalEvidence>();
  private lastNumeric: { field: 'team_size' | 'monthly_volume'; period: Period } | null = null;
  /** The last agent turn's last 400 characters, without a sentence cut by that bound (questions and restatements read whole sentences only). */
  private lastAgentWhole = '';

  /** Feed the next transcript turn (in order). Agent turns only set the question context. */
  add(turn: SignalTurn): void {
    if (turn.role !== 'user') {
      const tail = turn.text.slice(-400);
      this.lastAgentWhole = turn.text.length > 400 ? tail.replace(/^[^.?!]*[.?!]+\s*/, '') : tail;
      return;
    }
    this.addAnalysis(analyzeUtterance(turn.text, turn.turn_index), turn);
    this.lastAgentWhole = '';
  }

  private addAnalysis(a: UtteranceAnalysis, turn: SignalTurn): void {
    const x = a.signals;
    const words = turn.text.trim().split(/\s+/).length;
    const bareReply = x.team_size === null && x.monthly_volume === null && a.bareNumber !== null && words <= MAX_BARE_WORDS;
    // The caller's reply to the agent's qualifying question, read in the asked field's context (question-context.ts).
    const context = this.lastAgentWhole !== '' ? questionContext(this.lastAgentWhole) : null;
    const answer = context ? readAnswer(context, turn.text, turn.turn_index, x) : null;
    const answeredNumber = answer !== null && (answer.team_size !== null || answer.monthly_volume !== null);
    // At most one extraction of the previous agent turn, and only for a short confirmation or a bare number.
    const confirms = this.lastAgentWhole !== '' && isShortConfirmation(turn.text);
    const restated =
      this.lastAgentWhole !== '' && (confirms || (bareReply && !answeredNumber)) ? restatedFacts(this.lastAgentWhole, turn.turn_index) : null;
    // "Yep, 32." confirms only the number the agent said; "Yeah, 40." is a correction (below).
    const confirmed = confirms && restated !== null && (a.bareNumber === null || restated.numbers.includes(a.bareNumber.value));
    if (confirmed) this.addConfirmed(restated, turn);
    if (answer) this.addAnswer(answer, turn, confirmed ? restated : null);
    // A bare number not read as an answer corrects the agent's restated number or the last number the caller gave.
    if (bareReply && a.bareNumber && !answeredNumber) {
      const n = a.bareNumber;
      const q = turn.text.slice(n.start, n.end);
      const restatedOne =
        !confirmed && restated !== null && (restated.team_size === null) !== (restated.monthly_volume === null) && words <= 6 && ENDS_AT_NUMBER.test(turn.text.slice(n.end));
      if (restatedOne && restated.team_size !== null) {
        if (Number.isInteger(n.value)) this.setTeam(n.value, turn, q, 0.6);
      } else if (restatedOne) {
        const e = restated.evidence.find((v) => v.field === 'monthly_volume');
        const period = n.period ?? periodIn(e?.quote ?? '') ?? 'month';
        this.setVolume(perMonth(n.value, period), period, turn, q, 0.6);
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
      this.setVolume(x.monthly_volume, periodIn(e?.quote ?? '') ?? 'month', turn, e?.quote ?? turn.text, e?.confidence ?? 0.7, true);
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

  /** The agent's restated facts, confirmed by the caller in `turn`: the caller's statement at CONFIRMED_CONFIDENCE. */
  private addConfirmed(r: Restatement, turn: SignalTurn): void {
    const reply = turn.text.trim().slice(0, 100);
    const quoteOf = (field: string, value: string): string => {
      const agent = r.evidence.find((e) => e.field === field && e.value === value)?.quote ?? '';
      return agent ? `${agent} / ${reply}` : reply;
    };
    const c = CONFIRMED_CONFIDENCE;
    if (r.team_size !== null) this.setTeam(r.team_size, turn, quoteOf('team_size', String(r.team_size)), c);
    if (r.monthly_volume !== null) {
      const q = quoteOf('monthly_volume', String(r.monthly_volume));
      this.setVolume(r.monthly_volume, periodIn(q) ?? 'month', turn, q, c, true);
    }
    for (const f of ['industry', 'use_case'] as const) {
      const v = r[f];
      if (v === null) continue;
      this.dropEvidence(f);
      this.s[f] = v;
      this.keep({ field: f, value: v, turn_index: turn.turn_index, quote: quoteOf(f, v), confidence: c });
    }
    for (const f of ['integration_needs', 'current_solution'] as const) {
      for (const id of r.dropped[f]) {
        this.s[f] = this.s[f].filter((v) => v !== id);
        this.evidence.delete(`${f}:${id}`);
      }
      for (const id of r[f]) {
        if (!this.s[f].includes(id)) this.s[f].push(id);
        this.keep({ field: f, value: id, turn_index: turn.turn_index, quote: quoteOf(f, id), confidence: c });
      }
    }
  }

  /**
   * What the caller's answer to the agent's question adds (ANSWER_CONFIDENCE, quoting the caller). A field the
   * same reply confirmed from the agent's restatement is not counted twice.
   */
  private addAnswer(r: AnswerReading, turn: SignalTurn, confirmed: Restatement | null): void {
    const evOf = (field: string, value: string) => r.evidence.find((e) => e.field === field && e.value === value);
    if (r.team_size !== null && confirmed?.team_size == null) this.setTeam(r.team_size, turn, evOf('team_size', String(r.team_size))!.quote, evOf('team_size', String(r.team_size))!.confidence);
    if (r.monthly_volume !== null && confirmed?.monthly_volume == null) {
      const e = evOf('monthly_volume', String(r.monthly_volume))!;
      this.setVolume(r.monthly_volume, r.volumePeriod ?? 'month', turn, e.quote, e.confidence, true);
    }
    if (r.urgency !== null) {
      this.dropEvidence('urgency');
      this.s.urgency = r.urgency;
      this.keep(evOf('urgency', r.urgency));
    }
    for (const f of ['integration_needs', 'current_solution', 'pain_points'] as const) {
      for (const id of r[f]) {
        if (this.s[f].includes(id)) continue;
        this.s[f].push(id);
        this.keep(evOf(f, id));
      }
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
