/**
 * Interest, objections, authority, budget, competitors and questions from the caller's turns
 * (never the agent's: a price or a headcount the agent states is not the caller's). Cue tables:
 * ./vocabulary/*.json.
 */
import type { AnalysisEvidence, AuthorityLevel, InterestCue, InterestLevel, NextStepKind, Objection, ObjectionKind } from './schema';
import type { AnalysisTurn } from './input';
import { quoteOf, sentences } from './text';
import { VOCABULARY } from './vocabulary';

const ev = (turn: AnalysisTurn, confidence: number, text = turn.text): AnalysisEvidence => ({
  turn_index: turn.turn_index,
  quote: quoteOf(text),
  confidence,
});

const callerTurns = (turns: readonly AnalysisTurn[]) => turns.filter((t) => t.role === 'user');

/**
 * Interest level and its cues: each cue of ./vocabulary/interest.json counts once (its first
 * occurrence), plus the weight of the agreed next step. `none` when a none-cue fired and the score
 * stays below the medium level; otherwise high/medium/low by the table's levels.
 */
export function detectInterest(
  turns: readonly AnalysisTurn[],
  nextStep: { kind: NextStepKind; evidence: AnalysisEvidence | null },
): { level: InterestLevel; score: number; cues: InterestCue[] } {
  const V = VOCABULARY.interest;
  const cues: InterestCue[] = [];
  let none = false;
  for (const cue of V.cues) {
    for (const turn of callerTurns(turns)) {
      const s = sentences(turn.text).find((x) => cue.pattern.test(x));
      if (!s) continue;
      cues.push({ cue: cue.id, label: cue.label, weight: cue.weight, evidence: ev(turn, 0.7, s) });
      if (cue.none) none = true;
      break;
    }
  }
  const stepWeight = V.nextStepWeights[nextStep.kind] ?? 0;
  if (stepWeight !== 0 && nextStep.evidence) {
    cues.push({ cue: `next_step_${nextStep.kind}`, label: `agreed next step: ${nextStep.kind.replace('_', ' ')}`, weight: stepWeight, evidence: nextStep.evidence });
  }
  const score = cues.reduce((s, c) => s + c.weight, 0);
  const level: InterestLevel = none && score < V.levels.medium ? 'none' : score >= V.levels.high ? 'high' : score >= V.levels.medium ? 'medium' : 'low';
  cues.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { level, score, cues };
}

/**
 * Objections: the first caller sentence of each kind, and whether the caller accepted the answer:
 * read in the caller's next two turns after the agent replied (accept/reject cues), else null.
 */
export function detectObjections(turns: readonly AnalysisTurn[]): Objection[] {
  const V = VOCABULARY.objections;
  const out: Objection[] = [];
  turns.forEach((turn, i) => {
    if (turn.role !== 'user') return;
    for (const s of sentences(turn.text)) {
      for (const { kind, pattern } of V.kinds) {
        if (!pattern.test(s) || out.some((o) => o.kind === kind)) continue;
        let accepted: boolean | null = null;
        let response: AnalysisEvidence | null = null;
        const agentReplied = turns[i + 1]?.role === 'agent';
        if (agentReplied) {
          const later = turns.slice(i + 1).filter((t) => t.role === 'user').slice(0, 2);
          for (const t of later) {
            const rejects = sentences(t.text).find((x) => V.reject.test(x) || pattern.test(x));
            const accepts = sentences(t.text).find((x) => V.accept.test(x));
            if (rejects) {
              accepted = false;
              response = ev(t, 0.6, rejects);
              break;
            }
            if (accepts) {
              accepted = true;
              response = ev(t, 0.6, accepts);
              break;
            }
          }
        }
        out.push({ kind: kind as ObjectionKind, accepted, evidence: ev(turn, 0.7, s), response });
      }
    }
  });
  return out;
}

/** BANT authority: the caller says they decide (decision maker), that someone else decides (influencer), else unknown. */
export function detectAuthority(turns: readonly AnalysisTurn[]): { level: AuthorityLevel; evidence: AnalysisEvidence | null } {
  const A = VOCABULARY.authority;
  const find = (re: RegExp) => {
    for (const t of callerTurns(turns)) {
      const s = sentences(t.text).find((x) => re.test(x));
      if (s) return ev(t, 0.75, s);
    }
    return null;
  };
  const decides = find(A.decisionMaker);
  if (decides) return { level: 'decision_maker', evidence: decides };
  const other = find(A.influencer);
  if (other) return { level: 'influencer', evidence: other };
  const commits = find(A.commits);
  if (commits) return { level: 'decision_maker', evidence: { ...commits, confidence: 0.5 } };
  return { level: 'unknown', evidence: null };
}

/** BANT budget: the caller spoke of their own budget or spending. */
export function detectBudget(turns: readonly AnalysisTurn[]): { mentioned: boolean; evidence: AnalysisEvidence | null } {
  for (const t of callerTurns(turns)) {
    const s = sentences(t.text).find((x) => VOCABULARY.budget.test(x));
    if (s) return { mentioned: true, evidence: ev(t, 0.75, s) };
  }
  return { mentioned: false, evidence: null };
}

/** Competitors the caller named, first mention each. */
export function detectCompetitors(turns: readonly AnalysisTurn[]): { id: string; name: string; evidence: AnalysisEvidence }[] {
  const out: { id: string; name: string; evidence: AnalysisEvidence }[] = [];
  for (const t of callerTurns(turns)) {
    for (const s of sentences(t.text)) {
      for (const c of VOCABULARY.competitors) {
        if (c.pattern.test(s) && !out.some((o) => o.id === c.id)) out.push({ id: c.id, name: c.name, evidence: ev(t, 0.9, s) });
      }
    }
  }
  return out;
}

/** The caller's questions (a sentence ending in `?` or opening with a question word), each with its topic. */
export function detectQuestions(turns: readonly AnalysisTurn[]): { topic: string; evidence: AnalysisEvidence }[] {
  const Q = VOCABULARY.questions;
  const out: { topic: string; evidence: AnalysisEvidence }[] = [];
  for (const t of callerTurns(turns)) {
    for (const s of sentences(t.text)) {
      if (!s.endsWith('?') && !Q.start.test(s)) continue;
      if (!s.endsWith('?') && s.split(/\s+/).length < 4) continue;
      const topic = Q.topics.find((x) => x.pattern.test(s))?.topic ?? 'other';
      out.push({ topic, evidence: ev(t, 0.7, s) });
    }
  }
  return out;
}
