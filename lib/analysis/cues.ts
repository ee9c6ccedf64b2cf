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
 * occurrence), plus the weight of the agreed next step. A positive cue is read only after a
 * sentence's last "but"; a negative cue never in a conditional sentence. `none` when a none-cue
 * fired and the score stays below the medium level; `high` needs the high score and a commitment
 * (a commit cue, or an agreed meeting or callback); else medium/low by score.
 */
export function detectInterest(
  turns: readonly AnalysisTurn[],
  nextStep: { kind: NextStepKind; evidence: AnalysisEvidence | null },
): { level: InterestLevel; score: number; cues: InterestCue[] } {
  const V = VOCABULARY.interest;
  const cues: InterestCue[] = [];
  let none = false;
  let committed = V.commitNextSteps.has(nextStep.kind);
  const afterContrast = (s: string) => {
    const parts = s.split(new RegExp(V.contrast.source, 'gi'));
    return parts[parts.length - 1]!;
  };
  for (const cue of V.cues) {
    for (const turn of callerTurns(turns)) {
      const s = sentences(turn.text).find((x) =>
        cue.weight > 0 ? cue.pattern.test(afterContrast(x)) : cue.pattern.test(x) && !V.conditional.test(x),
      );
      if (!s) continue;
      cues.push({ cue: cue.id, label: cue.label, weight: cue.weight, evidence: ev(turn, 0.7, s) });
      if (cue.none) none = true;
      if (cue.commit) committed = true;
      break;
    }
  }
  const stepWeight = V.nextStepWeights[nextStep.kind] ?? 0;
  if (stepWeight !== 0 && nextStep.evidence) {
    cues.push({ cue: `next_step_${nextStep.kind}`, label: `agreed next step: ${nextStep.kind.replace('_', ' ')}`, weight: stepWeight, evidence: nextStep.evidence });
  }
  const score = cues.reduce((s, c) => s + c.weight, 0);
  const level: InterestLevel =
    none && score < V.levels.medium ? 'none' : score >= V.levels.high && committed ? 'high' : score >= V.levels.medium ? 'medium' : 'low';
  cues.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { level, score, cues };
}

/**
 * Objections: the first caller sentence of each kind, and whether the caller accepted the answer
 * (see ./vocabulary/objections.json): the first accept or reject cue in the caller's turns after
 * the agent replied; failing that, the call's end decides (`outcome`), else null.
 */
export function detectObjections(
  turns: readonly AnalysisTurn[],
  outcome: { nextStep: NextStepKind; interest: InterestLevel },
): Objection[] {
  const V = VOCABULARY.objections;
  const out: Objection[] = [];
  turns.forEach((turn, i) => {
    if (turn.role !== 'user') return;
    for (const s of sentences(turn.text)) {
      for (const { kind, pattern, unless } of V.kinds) {
        if (!pattern.test(s) || (unless && unless.test(s)) || out.some((o) => o.kind === kind)) continue;
        let accepted: boolean | null = null;
        let response: AnalysisEvidence | null = null;
        const replied = turns.slice(i + 1).findIndex((t) => t.role === 'agent');
        if (replied !== -1) {
          const later = turns.slice(i + 1 + replied).filter((t) => t.role === 'user').slice(0, V.window);
          for (const t of later) {
            const rejects = sentences(t.text).find((x) => V.reject.test(x) || (pattern.test(x) && !(unless && unless.test(x))));
            const accepts = sentences(t.text).find((x) => V.accept.test(x));
            if (rejects || accepts) {
              accepted = !rejects;
              response = ev(t, 0.6, rejects ?? accepts);
              break;
            }
          }
        }
        if (accepted === null) {
          const agreed = outcome.nextStep !== 'none';
          if (agreed && (outcome.interest === 'high' || outcome.interest === 'medium')) accepted = true;
          else if (!agreed && (outcome.interest === 'low' || outcome.interest === 'none')) accepted = false;
        }
        out.push({ kind: kind as ObjectionKind, accepted, evidence: ev(turn, 0.7, s), response });
      }
    }
  });
  // "not interested, we already have X": the reason is the competitor
  const competitor = out.find((o) => o.kind === 'competitor');
  return out.filter((o) => !(o.kind === 'need' && competitor && Math.abs(o.evidence.turn_index - competitor.evidence.turn_index) <= 2));
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
      let topic = Q.topics.find((x) => x.pattern.test(s))?.topic ?? 'other';
      // an elliptical follow-up ("And if we don't see that?") keeps the topic of the question before it
      const prev = out[out.length - 1];
      if (topic === 'other' && prev && t.turn_index - prev.evidence.turn_index <= 2 && /^(?:and|so|but|or|what if|would|is that)\b/i.test(s)) topic = prev.topic;
      out.push({ topic, evidence: ev(t, 0.7, s) });
    }
  }
  return out;
}
