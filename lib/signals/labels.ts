/**
 * use_case and pain_points: short canonical labels (see USE_CASE_CUES and PAIN_CUES in
 * ./lexicon.ts). use_case is the first document workflow the caller names; pain_points are every
 * pain they state, skipping adjective cues that are negated ("it's not slow").
 */
import { PAIN_CUES, USE_CASE_CUES } from './lexicon';
import type { Utterance } from './utterance';

export interface LabelHit {
  value: string;
  start: number;
  end: number;
  confidence: number;
}

/** One alternation per vocabulary: group k+1 matches label k. */
const USE = new RegExp(`\\b(?:${USE_CASE_CUES.map((c) => `(${c.re})`).join('|')})\\b`, 'g');
const PAIN = new RegExp(`\\b(?:${PAIN_CUES.map((c) => `(${c.re})`).join('|')})\\b`, 'g');

function groupOf(x: RegExpExecArray): number {
  let k = 1;
  while (x[k] === undefined) k += 1;
  return k - 1;
}
const NEGATED = /\b(?:not|isn't|aren't|wasn't|never|no longer|don't|doesn't|hardly|without)\s+(?:\w+\s+){0,2}$/;
const NOT_OURS = /\b(?:don't|do not|doesn't|never|no)\s+(?:\w+\s+){0,2}$/;

/** The caller's primary use case: the earliest cue in the utterance. */
export function useCaseHit(u: Utterance): LabelHit | null {
  USE.lastIndex = 0;
  for (let x = USE.exec(u.lower); x; x = USE.exec(u.lower)) {
    if (NOT_OURS.test(u.lower.slice(Math.max(0, x.index - 25), x.index))) continue;
    return { value: USE_CASE_CUES[groupOf(x)].id, start: x.index, end: x.index + x[0].length, confidence: 0.7 };
  }
  return null;
}

/** Every pain point stated, one hit per label (its first cue). */
export function painHits(u: Utterance): LabelHit[] {
  const out: LabelHit[] = [];
  PAIN.lastIndex = 0;
  for (let x = PAIN.exec(u.lower); x; x = PAIN.exec(u.lower)) {
    const c = PAIN_CUES[groupOf(x)];
    if (out.some((h) => h.value === c.id)) continue;
    if (c.negatable && NEGATED.test(u.lower.slice(Math.max(0, x.index - 30), x.index))) continue;
    out.push({ value: c.id, start: x.index, end: x.index + x[0].length, confidence: 0.7 });
  }
  return out;
}
