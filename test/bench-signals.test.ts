/**
 * The signals section of `npm run bench` (bench/signals.ts): the utterances it times, and the
 * long-call check that `SignalAccumulator` state stays bounded (and that the check catches an
 * accumulator that grows). Timing itself is machine-dependent and asserted only by the bench.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchExtraction, benchFirstSeen, benchLongCall, compiledCodeMegabytes, evidenceBound, LABELLED_DIR, utterancesIn } from '../bench/signals';
import { emptySignals } from '../lib/session-record';
import { PAIN_POINT_LABELS, PRODUCTS, SignalAccumulator, type SignalTurn } from '../lib/signals';

const labelled = utterancesIn(LABELLED_DIR);

test('reads the labelled caller utterances; a missing folder is empty; a line without text is named', () => {
  expect(labelled.length).toBeGreaterThanOrEqual(150);
  expect(labelled.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-signals-'));
  try {
    expect(utterancesIn(path.join(dir, 'absent'))).toEqual([]);
    writeFileSync(path.join(dir, 'a.jsonl'), '{"id":"1","text":"we are 12 people"}\n\n{"id":"2"}\n');
    expect(() => utterancesIn(dir)).toThrow(/a\.jsonl:3: no "text" string/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('times every utterance once per round after the warm-up, in microseconds', () => {
  const t = benchExtraction(labelled.slice(0, 20), 3, 1);
  expect(t).toMatchObject({ n: 60, utterances: 20, rounds: 3, warmupRounds: 1 });
  expect(t.p50).toBeGreaterThan(0);
  expect(t.p50).toBeLessThanOrEqual(t.p99);
  expect(t.p99).toBeLessThanOrEqual(t.max);
});

test('times each utterance of the half not warmed on exactly once', () => {
  const t = benchFirstSeen(labelled.slice(0, 21), 2);
  expect(t).toMatchObject({ n: 10, timed: 10, warmed: 11, warmupRounds: 2 });
  expect(t.p50).toBeGreaterThan(0);
  expect(t.p50).toBeLessThanOrEqual(t.p99);
  expect(t.p99).toBeLessThanOrEqual(t.max);
  expect(() => benchFirstSeen(labelled.slice(0, 1))).toThrow(/at least two/);
});

test('counts the compiled code the process holds, growing as new regexps run', () => {
  const before = compiledCodeMegabytes();
  expect(before).toBeGreaterThan(0);
  // Twenty word lists (~2 MB of native code): more than the code space allocates at a time, so the growth shows.
  const kept: RegExp[] = []; // held, so their code stays while it is counted
  for (let k = 0; k < 20; k++) {
    const words = Array.from({ length: 400 }, (_, i) => `zq${k}x${i.toString(36)}x`).join('|');
    const re = new RegExp(`\\b(?:${words})\\b`);
    for (let i = 0; i < 3; i++) re.test(`a zq${k}x1x b ${i}`);
    kept.push(re);
  }
  expect(compiledCodeMegabytes()).toBeGreaterThan(before + 0.5);
});

test('a long call keeps SignalAccumulator bounded: evidence within the vocabularies, no growth', () => {
  const r = benchLongCall(labelled, 3000);
  expect(r.callerTurns).toBe(3000);
  expect(r.evidenceBound).toBe(5 + new Set(PRODUCTS.map((p) => p.id)).size + PAIN_POINT_LABELS.length);
  expect(r.evidenceMax).toBeGreaterThan(5); // the utterances do carry signals
  expect(r.evidenceMax).toBeLessThanOrEqual(r.evidenceBound);
  expect(r.bytesSecondHalfMax).toBeGreaterThan(0);
  expect(r.bounded).toBe(true);
  expect(evidenceBound()).toBe(r.evidenceBound);
});

test('the check fails for an accumulator that keeps every turn', () => {
  class Hoarder {
    private readonly turns: SignalTurn[] = [];
    private readonly inner = new SignalAccumulator();
    add(turn: SignalTurn): void {
      this.turns.push(turn);
      this.inner.add(turn);
    }
    snapshot() {
      return this.inner.snapshot();
    }
  }
  const r = benchLongCall(labelled, 2000, 100, () => new Hoarder());
  expect(r.bytesSecondHalfMax).toBeGreaterThan(r.bytesFirstHalfMax * 1.5);
  expect(r.bounded).toBe(false);
  // and one whose evidence grows without bound (while its retained size does not)
  class Piling {
    private n = 0;
    add(): void {
      this.n++;
    }
    snapshot() {
      return { ...emptySignals(), evidence: Array.from({ length: this.n }, () => ({ field: 'pain_points' as const, value: 'x', turn_index: 0, quote: 'x', confidence: 1 })) };
    }
  }
  const piling = () => new Piling();
  expect(benchLongCall(labelled, 500, 100, piling).bounded).toBe(false);
});
