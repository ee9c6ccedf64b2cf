/**
 * Signal extraction speed and state, for `npm run bench` (targets in bench/run.ts):
 *
 * - speed: `extractSignals` per utterance over every labelled caller utterance in
 *   eval/signals/*.jsonl plus, when present, the off-domain corpus (../shared/corpus/off-domain/*.jsonl).
 *   Warm-up rounds first (JIT and regexp tier-up, not timed), then each round times every utterance
 *   once in a shuffled order (fixed seed) with `process.hrtime.bigint()` (its own cost, well under
 *   1 µs, is included). Target: p99 <= 60 µs. `npm run bench` runs this in a fresh node process
 *   (`measureSignalsInChild`), so the heap the other sections built (the soak's 10,000 sessions,
 *   the generator's lexicon) does not weigh on the garbage collector during the timing.
 * - state: a very long call through `SignalAccumulator` (the agent's per-turn aggregation):
 *   10,000 caller turns (the labelled utterances over and over) each after an agent question. Its
 *   whole retained state is measured every 100 turns as the byte length of `v8.serialize` of the
 *   accumulator (every field, Maps included), with the evidence count. Bounded means: evidence never
 *   more than one per scalar field plus one per product and pain-point label (the vocabularies in
 *   lib/signals/lexicons/), and no growth once the state has seen every utterance (the largest
 *   size in the second half of the call is within 10% of the largest in the first half).
 *
 * Read-only use of lib/signals.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getHeapSpaceStatistics, serialize } from 'node:v8';
import { CORPUS_DIR } from '../eval/signals/snapshot';
import { extractSignals, PAIN_POINT_LABELS, PRODUCTS, SignalAccumulator } from '../lib/signals';
import { seededRandom } from './random';
import { percentiles, type Percentiles } from './stats';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The labelled caller utterances (the evaluation sets). */
export const LABELLED_DIR = path.join(REPO_ROOT, 'eval', 'signals');
/** Off-domain dialog turns shared by the project (absent on some machines; see `CORPUS_DIR`). */
export const OFF_DOMAIN_DIR = path.join(CORPUS_DIR, 'off-domain');

/** The `text` of every line of every `*.jsonl` file in `dir` (files in name order); [] when the folder is absent. */
export function utterancesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .flatMap((l, i) => {
          if (l.trim() === '') return [];
          const text = (JSON.parse(l) as { text?: unknown }).text;
          if (typeof text !== 'string') throw new Error(`${path.join(dir, f)}:${i + 1}: no "text" string`);
          return [text];
        }),
    );
}

function shuffle<T>(xs: readonly T[], rng: () => number): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One `extractSignals` call on `text`, µs (`process.hrtime.bigint()`, its own cost included). */
function microsToExtract(text: string): number {
  const start = process.hrtime.bigint();
  extractSignals(text, 0);
  return Number(process.hrtime.bigint() - start) / 1000;
}

/** Per-utterance extraction time, µs (p50/p95/p99/mean over every timed call). */
export interface ExtractionTiming extends Percentiles {
  max: number;
  utterances: number;
  rounds: number;
  warmupRounds: number;
}

/**
 * Time `extractSignals` on each utterance, `rounds` times (shuffled per round), after
 * `warmupRounds` untimed rounds. @returns times in microseconds.
 */
export function benchExtraction(texts: readonly string[], rounds = 20, warmupRounds = 30): ExtractionTiming {
  if (texts.length === 0) throw new Error('no utterances to time');
  for (let r = 0; r < warmupRounds; r++) for (const t of texts) extractSignals(t, 0);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of shuffle(texts, seededRandom(r + 1))) samples.push(microsToExtract(t));
  }
  return { ...percentiles(samples), max: Math.max(...samples), utterances: texts.length, rounds, warmupRounds };
}

/** Per-utterance extraction time on text the process has not read before, µs. */
export interface FirstSeenTiming extends Percentiles {
  max: number;
  /** Utterances warmed on (every other one) and timed once each (the rest). */
  warmed: number;
  timed: number;
  warmupRounds: number;
}

/**
 * Time `extractSignals` on turns it has not read before, as a live call's are: warm up on every other
 * utterance (`warmupRounds` rounds), then time each of the others once, in order. This pays what the
 * warm loop (`benchExtraction`, the same turns again and again) never does: regexps compiled the first
 * time a pattern or a word list's start text is met. Reported beside the target, not held to it.
 */
export function benchFirstSeen(texts: readonly string[], warmupRounds = 10): FirstSeenTiming {
  const warm = texts.filter((_, i) => i % 2 === 0);
  const fresh = texts.filter((_, i) => i % 2 === 1);
  if (fresh.length === 0) throw new Error('need at least two utterances');
  for (let r = 0; r < warmupRounds; r++) for (const t of warm) extractSignals(t, 0);
  const samples: number[] = [];
  for (const t of fresh) samples.push(microsToExtract(t));
  return { ...percentiles(samples), max: Math.max(...samples), warmed: warm.length, timed: fresh.length, warmupRounds };
}

/** The most evidence a `SignalAccumulator` may hold: one per scalar field, one per product id and pain-point label. */
export function evidenceBound(): number {
  const scalars = ['team_size', 'monthly_volume', 'urgency', 'industry', 'use_case'].length;
  return scalars + new Set(PRODUCTS.map((p) => p.id)).size + PAIN_POINT_LABELS.length;
}

/** What a long call did to the accumulator's state. */
export interface LongCallState {
  callerTurns: number;
  /** Evidence entries at the end, and the most seen at any sample. */
  evidenceEnd: number;
  evidenceMax: number;
  evidenceBound: number;
  /** Retained state (`v8.serialize` of the accumulator), bytes: largest in each half of the call, and at the end. */
  bytesFirstHalfMax: number;
  bytesSecondHalfMax: number;
  bytesEnd: number;
  /** Mean `add` time of a caller turn, µs, over the first and the last 1,000 caller turns. */
  addMicrosFirst: number;
  addMicrosLast: number;
  bounded: boolean;
}

/** Agent turns between the caller's: questions that make a bare number a team size or a volume, and small talk. */
const AGENT_TURNS = ['How many people are on your team?', 'And how many contracts do you send a month?', 'Got it, thanks.', 'What tools do you use today?'];

/** What the long call needs of an accumulator (`SignalAccumulator` fits). */
export type TurnAccumulator = Pick<SignalAccumulator, 'add' | 'snapshot'>;

/**
 * Feed `callerTurns` caller turns (cycling through `texts`, each after an agent turn) to one
 * accumulator (a `SignalAccumulator` unless `make` gives another), sampling its retained size and
 * evidence every `every` caller turns.
 */
export function benchLongCall(
  texts: readonly string[],
  callerTurns = 10_000,
  every = 100,
  make: () => TurnAccumulator = () => new SignalAccumulator(),
): LongCallState {
  if (texts.length === 0) throw new Error('no utterances to feed');
  const acc = make();
  const bound = evidenceBound();
  const half = callerTurns / 2;
  let firstMax = 0;
  let secondMax = 0;
  let evidenceMax = 0;
  let first = 0;
  let last = 0;
  let turn = 0;
  for (let i = 0; i < callerTurns; i++) {
    acc.add({ turn_index: turn++, role: 'agent', text: AGENT_TURNS[i % AGENT_TURNS.length]! });
    const start = process.hrtime.bigint();
    acc.add({ turn_index: turn++, role: 'user', text: texts[i % texts.length]! });
    const us = Number(process.hrtime.bigint() - start) / 1000;
    if (i < 1000) first += us;
    if (i >= callerTurns - 1000) last += us;
    if ((i + 1) % every === 0) {
      const bytes = serialize(acc).byteLength;
      if (i < half) firstMax = Math.max(firstMax, bytes);
      else secondMax = Math.max(secondMax, bytes);
      evidenceMax = Math.max(evidenceMax, acc.snapshot().evidence.length);
    }
  }
  const evidenceEnd = acc.snapshot().evidence.length;
  const n = Math.min(1000, callerTurns);
  return {
    callerTurns,
    evidenceEnd,
    evidenceMax,
    evidenceBound: bound,
    bytesFirstHalfMax: firstMax,
    bytesSecondHalfMax: secondMax,
    bytesEnd: serialize(acc).byteLength,
    addMicrosFirst: first / n,
    addMicrosLast: last / n,
    bounded: evidenceMax <= bound && secondMax <= firstMax * 1.1,
  };
}

/** Everything the signals section reports. */
export interface SignalsMeasure {
  labelled: number;
  offDomain: number;
  /** Turns not read before (timed first: the process has not seen them). */
  firstSeen: FirstSeenTiming;
  extraction: ExtractionTiming;
  /** Compiled code the process holds after the timing, MB (JS and regexp native code). */
  codeMegabytes: number;
  longCall: LongCallState;
}

/**
 * Compiled code this process holds, MB (V8's code spaces: JavaScript and regexp native code). V8 compiles a
 * regexp without its optimisations once the process holds more than 16 MB of executable code
 * (`TooMuchRegExpCode`, src/regexp/regexp.cc), so this tells how much of lib/signals runs optimised.
 */
export function compiledCodeMegabytes(): number {
  const code = getHeapSpaceStatistics().filter((s) => s.space_name.startsWith('code'));
  return code.reduce((sum, s) => sum + s.space_used_size, 0) / 1e6;
}

/** Measure extraction speed and the long call in this process. */
export function measureSignals(callerTurns = 10_000): SignalsMeasure {
  const labelled = utterancesIn(LABELLED_DIR);
  const offDomain = utterancesIn(OFF_DOMAIN_DIR);
  const texts = [...labelled, ...offDomain];
  const firstSeen = benchFirstSeen(texts);
  return {
    labelled: labelled.length,
    offDomain: offDomain.length,
    firstSeen,
    extraction: benchExtraction(texts),
    codeMegabytes: compiledCodeMegabytes(),
    longCall: benchLongCall(labelled, callerTurns),
  };
}

/**
 * `measureSignals` in a fresh `node --import tsx` process (this file run directly prints the
 * measure as JSON). @throws Error with the child's stderr when it fails.
 */
export function measureSignalsInChild(callerTurns = 10_000): SignalsMeasure {
  const file = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', file, String(callerTurns)], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out) as SignalsMeasure;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.stdout.write(`${JSON.stringify(measureSignals(Number(process.argv[2] ?? 10_000)))}\n`);
}
