/**
 * Per-field scores of the call analyser against the labelled set: accuracy for single-valued
 * fields, precision/recall/F1 for sets, and the meeting checks the issue sets as targets
 * (every agreed meeting found; no meeting reported for a declined or open time).
 */
import type { CallAnalysis } from '../../lib/analysis';
import type { CallLabel } from './dataset';

const LEVELS = ['none', 'low', 'medium', 'high'] as const;

export interface FieldScore {
  field: string;
  correct: number;
  total: number;
  /** For set fields: precision, recall, F1 over all items; else undefined. */
  prf?: { p: number; r: number; f1: number };
}

export interface CallMiss {
  id: string;
  field: string;
  expected: string;
  got: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9:]+/g, ' ').trim();
const setKey = (xs: readonly string[]) => [...new Set(xs)].sort().join(',');

/** The tokens of a spoken time that must be present (weekdays, numbers, relative words). */
function timeTokens(s: string): string[] {
  return norm(s)
    .split(' ')
    .filter((w) => /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|next|week|april|hour|\d+(:\d+)?)$/.test(w));
}

/** Score predictions against labels; `pairs` in label order. */
export function scoreCalls(pairs: readonly { label: CallLabel; got: CallAnalysis }[]): { fields: FieldScore[]; misses: CallMiss[] } {
  const misses: CallMiss[] = [];
  const acc = (field: string, items: { id: string; expected: string; got: string; ok: boolean }[]): FieldScore => {
    for (const i of items) if (!i.ok) misses.push({ id: i.id, field, expected: i.expected, got: i.got });
    return { field, correct: items.filter((i) => i.ok).length, total: items.length };
  };
  const prf = (field: string, items: { id: string; expected: string[]; got: string[] }[]): FieldScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let exact = 0;
    for (const i of items) {
      const e = new Set(i.expected);
      const g = new Set(i.got);
      const t = [...g].filter((x) => e.has(x)).length;
      tp += t;
      fp += g.size - t;
      fn += e.size - t;
      if (setKey(i.expected) === setKey(i.got)) exact += 1;
      else misses.push({ id: i.id, field, expected: setKey(i.expected) || '-', got: setKey(i.got) || '-' });
    }
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    const r = tp + fn === 0 ? 1 : tp / (tp + fn);
    return { field, correct: exact, total: items.length, prf: { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) } };
  };

  const fields: FieldScore[] = [];
  fields.push(acc('next_step.kind', pairs.map(({ label, got }) => ({ id: label.id, expected: label.next_step.kind, got: got.next_step.kind, ok: label.next_step.kind === got.next_step.kind }))));
  fields.push(
    acc(
      'meeting.agreed_found',
      pairs.filter((p) => p.label.next_step.kind === 'meeting').map(({ label, got }) => ({ id: label.id, expected: 'meeting', got: got.next_step.kind, ok: got.next_step.kind === 'meeting' })),
    ),
  );
  fields.push(
    acc(
      'meeting.none_when_not_agreed',
      pairs.filter((p) => p.label.next_step.kind !== 'meeting').map(({ label, got }) => ({ id: label.id, expected: label.next_step.kind, got: got.next_step.kind, ok: got.next_step.kind !== 'meeting' })),
    ),
  );
  fields.push(
    acc(
      'next_step.when_iso',
      pairs.filter((p) => p.label.next_step.when_iso !== null).map(({ label, got }) => ({ id: label.id, expected: label.next_step.when_iso!, got: got.next_step.when_iso ?? 'null', ok: got.next_step.when_iso === label.next_step.when_iso })),
    ),
  );
  fields.push(
    acc(
      'next_step.when_text',
      pairs.filter((p) => p.label.next_step.when_text !== null).map(({ label, got }) => {
        const want = timeTokens(label.next_step.when_text!);
        const have = new Set(timeTokens(got.next_step.when_text ?? ''));
        const ok = got.next_step.when_text !== null && want.every((w) => have.has(w));
        return { id: label.id, expected: label.next_step.when_text!, got: got.next_step.when_text ?? 'null', ok };
      }),
    ),
  );
  fields.push(acc('interest.level', pairs.map(({ label, got }) => ({ id: label.id, expected: label.interest, got: got.interest.level, ok: label.interest === got.interest.level }))));
  const within = pairs.map(({ label, got }) => Math.abs(LEVELS.indexOf(label.interest) - LEVELS.indexOf(got.interest.level)) <= 1);
  fields.push({ field: 'interest.within_one', correct: within.filter(Boolean).length, total: within.length });
  fields.push(prf('objections.kinds', pairs.map(({ label, got }) => ({ id: label.id, expected: label.objections.map((o) => o.kind), got: got.objections.map((o) => o.kind) }))));
  fields.push(
    acc(
      'objections.accepted',
      pairs.flatMap(({ label, got }) =>
        label.objections
          .filter((o) => o.accepted !== null && got.objections.some((g) => g.kind === o.kind))
          .map((o) => {
            const g = got.objections.find((x) => x.kind === o.kind)!;
            return { id: `${label.id}/${o.kind}`, expected: String(o.accepted), got: String(g.accepted), ok: g.accepted === o.accepted };
          }),
      ),
    ),
  );
  fields.push(acc('authority', pairs.map(({ label, got }) => ({ id: label.id, expected: label.authority, got: got.authority.level, ok: label.authority === got.authority.level }))));
  fields.push(acc('budget_mentioned', pairs.map(({ label, got }) => ({ id: label.id, expected: String(label.budget_mentioned), got: String(got.budget.mentioned), ok: label.budget_mentioned === got.budget.mentioned }))));
  fields.push(prf('competitors', pairs.map(({ label, got }) => ({ id: label.id, expected: label.competitors, got: got.competitors.map((c) => c.id) }))));
  fields.push(prf('question_topics', pairs.map(({ label, got }) => ({ id: label.id, expected: label.question_topics, got: got.questions.map((q) => q.topic) }))));
  return { fields, misses };
}
