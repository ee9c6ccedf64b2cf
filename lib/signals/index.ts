/**
 * Caller signal extraction: team size, monthly document volume, integrations, current tools,
 * urgency, industry, use case and pain points, each with evidence (turn index, quoted span,
 * confidence 0-1). Pure functions: no I/O, no LiveKit, no AWS; fast enough to run on every caller
 * turn (tens of microseconds per utterance).
 *
 * - `extractSignals(text, turnIndex)` reads one caller utterance.
 * - `aggregateSignals(turns)` reads a whole transcript: caller turns only, latest statement wins,
 *   corrections and dropped products applied; a short caller confirmation ("Yeah, roughly.") of the
 *   agent's second-person restatement ("You've got 32 reps?") counts as the caller's statement
 *   (confirm.ts); a short answer to the agent's qualifying question ("How many people would use it?"
 *   → "Maybe forty.") is read in the asked field (question-context.ts). `SignalAccumulator` does the
 *   same incrementally.
 */
import type { DiscoveredSignals } from '../session-record';
import { analyzeUtterance } from './extract';

export { aggregateSignals, SignalAccumulator, type SignalTurn } from './aggregate';
export { analyzeUtterance, type UtteranceAnalysis } from './extract';
export { CONFIRMED_CONFIDENCE, isShortConfirmation, restatedFacts, type Restatement } from './confirm';
export { ANSWER_CONFIDENCE, MAX_ANSWER_WORDS, isAnswerShaped, isDeflection, questionContext, readAnswer, type AnswerField, type AnswerReading, type QuestionContext } from './question-context';
export { BUSINESS_DAYS_PER_MONTH, perMonth, type Period } from './volume';
export { findQuantities, type Quantity } from './numbers';
export { PRODUCTS, INDUSTRY_CUES, USE_CASE_CUES, PAIN_CUES, USE_CASE_LABELS, PAIN_POINT_LABELS, type LabelInfo } from './lexicon';

/** Signals found in one caller utterance; every piece of evidence carries `turnIndex`. */
export function extractSignals(text: string, turnIndex = 0): DiscoveredSignals {
  return analyzeUtterance(text, turnIndex).signals;
}
