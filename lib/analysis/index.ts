/**
 * Call analysis: what a sales rep needs from a call (the agreed next step, interest, objections,
 * authority, budget, competitors, the caller's questions, a summary), each item with its evidence
 * (turn index, PII-redacted quote, confidence). Pure and deterministic: no I/O, no model; the cue
 * tables are data (./vocabulary/*.json). See ./next-step.ts and ./cues.ts for the rules.
 */
import type { AnalysisInput } from './input';
import { detectAuthority, detectBudget, detectCompetitors, detectInterest, detectObjections, detectQuestions } from './cues';
import { detectNextStep } from './next-step';
import { displayableCallerName } from '../privacy/redact';
import { CallAnalysisSchema, type CallAnalysis } from './schema';
import { buildSummary } from './summary';
import { ANALYZER_VERSION } from './vocabulary';

export * from './schema';
export type { AnalysisInput, AnalysisTurn, AnalysisToolCall } from './input';
export { ANALYZER_VERSION } from './vocabulary';
export { redactQuote } from './text';
export { parseSpokenTime, resolveSpokenTime } from './time';

/** Analyse one call. The result always has a summary; fields with nothing found are `none`/`unknown`/empty. */
export function analyzeCall(input: AnalysisInput): CallAnalysis {
  const turns = [...input.transcript].sort((a, b) => a.turn_index - b.turn_index);
  const sorted = { ...input, transcript: turns };
  const next_step = detectNextStep(sorted);
  const interest = detectInterest(turns, next_step);
  const parts = {
    next_step,
    interest,
    objections: detectObjections(turns, { nextStep: next_step.kind, interest: interest.level }),
    authority: detectAuthority(turns),
    budget: detectBudget(turns),
    competitors: detectCompetitors(turns),
    questions: detectQuestions(turns),
  };
  // a caller "name" that is a phone number or an email is not shown (lib/privacy)
  return { analyzer_version: ANALYZER_VERSION, ...parts, summary: buildSummary(parts, displayableCallerName(input.caller?.name ?? null)) };
}

/** Validate a value as a call analysis. @throws a zod error listing the problems. */
export function parseCallAnalysis(value: unknown): CallAnalysis {
  return CallAnalysisSchema.parse(value);
}
