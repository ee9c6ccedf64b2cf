/**
 * Scoring for caller signal extraction (used by `npm run eval:signals` and its tests).
 *
 * Per field, over all labelled utterances:
 * - scalar fields (team_size, monthly_volume, urgency, industry, use_case): a non-null gold value
 *   matched by the prediction is a true positive; a non-null gold value with a different or null
 *   prediction is a false negative; a non-null prediction that does not match is a false positive
 *   (so a wrong value counts as one FP and one FN); both null counts nothing.
 * - numbers match after normalization when |pred - gold| <= max(0.5, 1% of gold): rounding
 *   (216.67 vs 216.666…, 23 vs 22.5) matches, a different reading does not.
 * - list fields (integration_needs, current_solution, pain_points) are sets: TP = |pred ∩ gold|,
 *   FP = |pred \ gold|, FN = |gold \ pred|; order and duplicates do not matter.
 * Micro-average sums TP/FP/FN over all fields. Precision/recall are 1 when their denominator is 0.
 */

export const SCALAR_FIELDS = ['team_size', 'monthly_volume', 'urgency', 'industry', 'use_case'] as const;
export const LIST_FIELDS = ['integration_needs', 'current_solution', 'pain_points'] as const;
export const FIELDS = [...SCALAR_FIELDS, ...LIST_FIELDS] as const;
export type Field = (typeof FIELDS)[number];

/** Gold or predicted signals (evidence ignored). Missing gold fields mean null / []. */
export interface Labels {
  team_size?: number | null;
  monthly_volume?: number | null;
  urgency?: string | null;
  industry?: string | null;
  use_case?: string | null;
  integration_needs?: string[];
  current_solution?: string[];
  pain_points?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Number match rule (see module doc). */
export function numbersMatch(pred: number, gold: number): boolean {
  return Math.abs(pred - gold) <= Math.max(0.5, Math.abs(gold) * 0.01);
}

/** TP/FP/FN of one field for one utterance. */
export function compareField(field: Field, pred: Labels, gold: Labels): Counts {
  if ((LIST_FIELDS as readonly string[]).includes(field)) {
    const p = new Set((pred[field as (typeof LIST_FIELDS)[number]] ?? []) as string[]);
    const g = new Set((gold[field as (typeof LIST_FIELDS)[number]] ?? []) as string[]);
    let tp = 0;
    for (const v of p) if (g.has(v)) tp += 1;
    return { tp, fp: p.size - tp, fn: g.size - tp };
  }
  const p = (pred[field as (typeof SCALAR_FIELDS)[number]] ?? null) as number | string | null;
  const g = (gold[field as (typeof SCALAR_FIELDS)[number]] ?? null) as number | string | null;
  if (p === null && g === null) return { tp: 0, fp: 0, fn: 0 };
  if (p === null) return { tp: 0, fp: 0, fn: 1 };
  if (g === null) return { tp: 0, fp: 1, fn: 0 };
  const same = typeof p === 'number' && typeof g === 'number' ? numbersMatch(p, g) : p === g;
  return same ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

export function toScore(c: Counts): FieldScore {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export interface Report {
  fields: Record<Field, FieldScore>;
  micro: FieldScore;
  n: number;
}

/** Score predictions against gold labels, pairwise. @throws Error when the arrays differ in length. */
export function score(preds: readonly Labels[], golds: readonly Labels[]): Report {
  if (preds.length !== golds.length) throw new Error(`score: ${preds.length} predictions for ${golds.length} labelled utterances`);
  const totals = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
  preds.forEach((p, i) => {
    for (const f of FIELDS) {
      const c = compareField(f, p, golds[i]);
      totals[f].tp += c.tp;
      totals[f].fp += c.fp;
      totals[f].fn += c.fn;
    }
  });
  const micro = FIELDS.reduce((a, f) => ({ tp: a.tp + totals[f].tp, fp: a.fp + totals[f].fp, fn: a.fn + totals[f].fn }), { tp: 0, fp: 0, fn: 0 });
  return { fields: Object.fromEntries(FIELDS.map((f) => [f, toScore(totals[f])])) as Record<Field, FieldScore>, micro: toScore(micro), n: preds.length };
}

/** Off-domain false positive: any team_size, monthly_volume or integration found. */
export function isOffDomainFalsePositive(p: Labels): boolean {
  return (p.team_size ?? null) !== null || (p.monthly_volume ?? null) !== null || (p.integration_needs ?? []).length > 0;
}
