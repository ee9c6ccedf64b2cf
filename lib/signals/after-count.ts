/**
 * Cheap necessary conditions on the text right after a count placeholder in `Utterance.masked`, so that a
 * pattern whose count is always followed by one of a few words ("12 of us", "that's 14 now", "40 reps")
 * is tried only at the placeholders where one of them follows, or not at all when none does. A gate may
 * pass where its pattern then fails (the pattern confirms); it never fails where the pattern could match.
 */
import { keyCode } from './lead-index';

const SPACE = /\s/;
const ASCII = 128;

/** `c` is a character `\s` matches. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= ASCII && SPACE.test(String.fromCharCode(c)));
}

/** The first offset at or after `i` that is not white space (`s.length` when none). */
export function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The offset just past the last character of `s` that is not white space (0 when none). */
export function trimmedEnd(s: string): number {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/** For each placeholder offset in `numStarts`, the offset of the first character after it and its spaces. */
export function afterSpaces(m: string, numStarts: readonly number[]): number[] {
  const out = new Array<number>(numStarts.length);
  for (let k = 0; k < numStarts.length; k++) out[k] = skipSpaces(m, numStarts[k] + 1);
  return out;
}

/** Punctuation that ends a clause (`[.,;!?]` in the patterns' lookaheads). */
const CLAUSE_END = '.,;!?';
const isLetter = (c: number) => c >= 97 && c <= 122;
/** `[a-z'-]`: a character of a modifier word. */
const isModChar = (c: number) => isLetter(c) || c === 39 || c === 45;

/** What may come first after a count and its spaces. */
export interface NextSpec {
  /** Texts one of which starts there (a word or a word's beginning). */
  words?: readonly string[];
  /** Also the end of the text or clause punctuation (`[.,;!?]`). */
  clauseEnd?: boolean;
  /** Also any of these characters ("," in "nine, would use it", "-" in "15-person"). */
  chars?: string;
}

/** A gate on the first thing after a count placeholder and its spaces (see `NextSpec`). */
export class NextGate {
  /** By first character (ASCII): 0 nothing starts with it, 1 it passes by itself, 2 a word of `byFirst` must start there. */
  private readonly first = new Uint8Array(ASCII);
  private readonly byFirst: string[][] = [];
  private readonly clauseEnd: boolean;
  constructor(spec: NextSpec) {
    for (const w of spec.words ?? []) {
      const c = w.charCodeAt(0);
      if (c >= ASCII) throw new Error(`NextGate: not ASCII: ${w}`);
      (this.byFirst[c] ??= []).push(w);
      this.first[c] = 2;
    }
    this.clauseEnd = spec.clauseEnd ?? false;
    for (const ch of (spec.chars ?? '') + (this.clauseEnd ? CLAUSE_END : '')) this.first[ch.charCodeAt(0)] = 1;
  }
  /** Whether what starts at `i` of `m` (the first offset after the placeholder at `_p` and its spaces, see `afterSpaces`) is allowed. */
  test(m: string, _p: number, i: number): boolean {
    if (i >= m.length) return this.clauseEnd;
    const c = m.charCodeAt(i);
    const f = c < ASCII ? this.first[c] : 0;
    if (f !== 2) return f === 1;
    for (const w of this.byFirst[c]) if (m.startsWith(w, i)) return true;
    return false;
  }
}

/**
 * A gate for `<count>\s+(?:[a-z][a-z'-]*\s+){0,n}<noun>`: one of `leads` (the literal text every
 * alternative of the noun pattern starts with, up to three characters) begins one of the first n + 1
 * words after the count.
 */
export class AfterModifiers {
  /** The leads as `keyCode`s of their characters. */
  private readonly keys = new Set<number>();
  /** The first two characters of the leads of two or three characters (`c0 * 128 + c1`), and the one-character leads. */
  private readonly two = new Uint8Array(ASCII * ASCII);
  private readonly one = new Uint8Array(ASCII);
  constructor(leads: readonly string[], private readonly n: number) {
    for (const l of leads) {
      const k = l === '' ? -1 : keyCode(l, 0, Math.min(3, l.length));
      if (k < 0) throw new Error(`AfterModifiers: no key for lead "${l}"`);
      this.keys.add(k);
      if (l.length === 1) this.one[l.charCodeAt(0)] = 1;
      else this.two[l.charCodeAt(0) * ASCII + l.charCodeAt(1)] = 1;
    }
  }
  /** Some lead starts at `j` of `m`. */
  private leadAt(m: string, j: number): boolean {
    const c0 = m.charCodeAt(j);
    if (c0 >= ASCII) return false;
    if (this.one[c0] === 1) return true;
    const c1 = j + 1 < m.length ? m.charCodeAt(j + 1) : ASCII;
    if (c1 >= ASCII || this.two[c0 * ASCII + c1] === 0) return false;
    return this.keys.has(keyCode(m, j, 2)) || this.keys.has(keyCode(m, j, 3));
  }
  /** Whether a lead starts one of the first n + 1 words after the placeholder at `p` of `m`; `i` is `afterSpaces` of it. */
  test(m: string, p: number, i: number): boolean {
    if (i === p + 1) return false;
    for (let k = 0; ; k++) {
      if (i >= m.length) return false;
      if (this.leadAt(m, i)) return true;
      if (k === this.n || !isLetter(m.charCodeAt(i))) return false;
      let e = i + 1;
      while (e < m.length && isModChar(m.charCodeAt(e))) e++;
      i = skipSpaces(m, e);
      if (i === e) return false;
    }
  }
}

/** The placeholders of `numStarts` where `gate` passes (all of them when it is undefined); `after` is `afterSpaces` of them. */
export function placesWhere(m: string, numStarts: readonly number[], after: readonly number[], gate: NextGate | AfterModifiers | undefined): readonly number[] {
  if (gate === undefined) return numStarts;
  let out: number[] | null = null;
  let all = true;
  for (let k = 0; k < numStarts.length; k++) {
    if (gate.test(m, numStarts[k], after[k])) {
      if (!all) (out ??= []).push(numStarts[k]);
    } else if (all) {
      all = false;
      if (k > 0) out = numStarts.slice(0, k);
    }
  }
  return all ? numStarts : out ?? NONE;
}
const NONE: readonly number[] = [];

/** The next match of the sticky `re` in `m` starting at one of `places` (ascending) at or after `from` (`execMasked` over a subset of the placeholders). */
export function stickyAt(m: string, re: RegExp, places: readonly number[], from: number): RegExpExecArray | null {
  for (const p of places) {
    if (p < from) continue;
    re.lastIndex = p;
    const x = re.exec(m);
    if (x) return x;
  }
  return null;
}
