/**
 * One caller utterance prepared for the extractors: the original text (quotes come from it), a
 * lowercased working copy without fillers (its offsets mapped back to the original by `rawOffset`), and a
 * "masked" copy of it where every quantity is a single placeholder character (so patterns can say "a number,
 * then a noun" without re-parsing numbers).
 */
import { findQuantities, type Quantity } from './numbers';
import { aboutSomeoneElse, mentionsSomeoneElse } from './someone-else';

/** First placeholder code point; quantity i is `String.fromCharCode(NUM_BASE + i)`. */
export const NUM_BASE = 0xe000;
/** Placeholder for digit runs that are not quantities (phone numbers, times, ordinals, percentages). */
export const NOT_A_NUMBER = '\ue0ff';
/** How many quantities get a placeholder of their own (the rest are dropped). */
const MAX_QUANTITIES = NOT_A_NUMBER.charCodeAt(0) - NUM_BASE;
/** Regex character-class body of the quantity placeholders (`[^.?!${QUANTITIES}]`: no quantity in between). */
export const QUANTITIES = '\\ue000-\\ue0fe';
/** Regex character-class body of every placeholder, `NOT_A_NUMBER` included. */
export const PLACEHOLDERS = '\\ue000-\\ue0ff';
/** Regex source matching one quantity placeholder (capture it to find the quantity). */
export const NUM = `[${QUANTITIES}]`;
/** The months' names, lowercase, January first (the readers' date and season phrases). */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];
/** Regex source for the first three letters of a month's name, which every way of saying it starts with ("sep", "sept", "september"). */
export const MONTH_STEM = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/** Plurals not made with "s" that the readers meet. */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { children: 'child' };
/**
 * The singular of a plural noun as the readers need it: "surgeries" -> "surgery", "agents" -> "agent", "children" -> "child" (a
 * word with no "s" as it is).
 */
export function singularOf(plural: string): string {
  return IRREGULAR_PLURALS[plural] ?? (plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.replace(/s$/, ''));
}
/** Whether char code `c` is a quantity's placeholder (`NUM`). */
export const isQuantityCode = (c: number): boolean => c >= NUM_BASE && c < NUM_BASE + MAX_QUANTITIES;
/** Whether char code `c` is any placeholder: a quantity's or `NOT_A_NUMBER`. */
export const isPlaceholderCode = (c: number): boolean => c >= NUM_BASE && c <= NUM_BASE + MAX_QUANTITIES;

export interface Utterance {
  /** The caller's words as received. */
  raw: string;
  /**
   * Lowercased; curly quotes/dashes normalized; e-mail addresses, fillers and false-start repeats blanked, and the
   * gaps they leave closed to one space ("we've got, like, six weeks" reads "we've got six weeks"). Offsets are
   * `raw`'s when nothing was closed (`rawAt` null); else map them with `rawOffset`.
   */
  lower: string;
  /** The caller's own letter case at `lower`'s offsets (for names matched by case: "Word", "Slack"). */
  cased: string;
  /** `rawAt[i]` is the offset in `raw` of `lower[i]` (length `lower.length`), or null when the offsets are the same. */
  rawAt: Int32Array | null;
  /** `lower` with each quantity replaced by its placeholder, padded with spaces to keep offsets. */
  masked: string;
  quantities: Quantity[];
  /** Offsets of the quantity placeholders in `masked` (cardinals and money), ascending. */
  numStarts: number[];
  /** Offsets where a sentence or clause ends (".", "?", "!", ";", " but ", ...), sorted. */
  clauseBreaks: number[];
  /** A relative or friend is named (their company's counts and industry are not the caller's: ./someone-else.ts). */
  someoneElse: boolean;
}

/** Curly quotes and dashes (normalized to ASCII; most transcripts have none, so one test skips three replaces). */
const TYPOGRAPHIC = /[\u2018\u2019\u02bc\u201c\u201d\u2013\u2014]/;
const EMAIL_RE = /\S+@\S+\.\S+/g;
const CLAUSE_RE = /[.?!;]+(?=\s|$)|\s(?:but|though|although|however|whereas)\s/g;

function lowerSameLength(text: string): string {
  const l = text.toLowerCase();
  if (l.length === text.length) return l;
  let out = '';
  for (const ch of text) {
    const c = ch.toLowerCase();
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/**
 * Hesitations a speech-to-text engine writes out (Deepgram's filler words: "um", "uh", "ah", "hmm") and
 * comma-fenced fillers (", like,", ", you know,", ", em,", ", eh,"); each is blanked with the commas around it, so
 * "200, uh, contracts a month" reads as "200 contracts a month". Kept between two numbers
 * ("25, um, 26" and "22 agents, um, 24 actually" are self-corrections `findQuantities` reads from the filler).
 */
const HESITATION_RE = /\b(?:u+m+|u+h+|a+h+|uhm|erm|hmm+)\b/g;
const FENCED_FILLER_RE = /,\s*(?:like|you know|em|ehm|eh|er|och)\s*,/g;
/** An oath said as a filler ("they are eleven wallah, plus ..."): blanked alone, its commas kept. */
const OATH_RE = /\bwallah(?:i)?\b/g;
/** A denial said twice is meant twice ("we don't, we don't have anything"): no false start. */
const DENIAL = /n't\b|\b(?:not|never|no)\b/;
/** A number word said twice is a restatement ("twenty, twenty five"), except the article ("a, a stone works"). */
const isCountingWord = (w: string): boolean => w !== 'a' && w !== 'an' && NUMBER_WORD.test(w);
/** Number words (a repeated one is a number said twice, which `findQuantities` reads as a restatement). */
const NUMBER_WORD = new RegExp(
  String.raw`^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|` +
  String.raw`seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|` +
  String.raw`dozen|couple|few)$`,
);
/** A number, maybe with its noun, just before a filler ("22 agents, um, 24 actually"). */
const NUMBER_BEFORE = new RegExp(
  String.raw`(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|` +
  String.raw`sixty|seventy|eighty|ninety|hundred|thousand|dozen))(?:\s+[a-z][a-z'-]*)?[\s,]*$`,
);
/** A number just after a filler. */
const NUMBER_AFTER = new RegExp(
  String.raw`^\s*(?:\$?\d|an?\s+(?:hundred|thousand|dozen|couple|few)\b|(?:one|two|three|four|five|six|seven|eight|nine|` +
  String.raw`ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|` +
  String.raw`sixty|seventy|eighty|ninety|hundred|dozen|couple)\b)`,
);

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isWordChar = (c: number) => (c >= 97 && c <= 122) || c === 39;

/** Whether `s` has the same `len` characters at `a` and at `b` (`s.startsWith(s.slice(a, a + len), b)` without the copy). */
function sameText(s: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

/** Record [a, b) (a filler span) for blanking unless a number sits on both sides of it. */
function blankFiller(lower: string, spans: number[], a: number, b: number): void {
  if (NUMBER_BEFORE.test(lower.slice(Math.max(0, a - 30), a)) && NUMBER_AFTER.test(lower.slice(b, b + 12))) return;
  spans.push(a, b);
}

/** `s` with the [start, end) pairs in `spans` replaced by spaces (pairs in any order, may overlap, within `s`). */
function blankSpans(s: string, spans: number[]): string {
  if (spans.length === 0) return s;
  const n = s.length;
  const blank = new Uint8Array(n);
  for (let i = 0; i < spans.length; i += 2) blank.fill(1, spans[i], spans[i + 1]);
  const parts: string[] = [];
  for (let i = 0; i < n; ) {
    const b = blank[i];
    let j = i + 1;
    while (j < n && blank[j] === b) j++;
    parts.push(b === 1 ? ' '.repeat(j - i) : s.slice(i, j));
    i = j;
  }
  return parts.join('');
}

/**
 * `lower` with disfluencies blanked (same length and offsets, so quotes still come from the raw
 * text): fillers (see HESITATION_RE) with their commas, then false starts, a word said again across
 * a comma or a blanked filler ("the, the, the problem", "team of, of 12": the repeats go, the first
 * stays) unless it is a number word. Streaming STT text is full of both ("we have, we have about,
 * um, 25 people"); the patterns are written for fluent text. Hand-written scans: this runs on every utterance.
 */
function unstutter(lower: string): string {
  const spans: number[] = [];
  HESITATION_RE.lastIndex = 0;
  for (let x = HESITATION_RE.exec(lower); x; x = HESITATION_RE.exec(lower)) {
    let a = x.index;
    let b = a + x[0].length;
    // the commas (and spaces) around it: ", uh," -> all blank
    let k = a;
    while (k > 0 && isSpace(lower.charCodeAt(k - 1))) k--;
    if (k > 0 && lower.charCodeAt(k - 1) === 44) a = k - 1;
    k = b;
    while (k < lower.length && isSpace(lower.charCodeAt(k))) k++;
    if (lower.charCodeAt(k) === 44) b = k + 1;
    blankFiller(lower, spans, a, b);
  }
  if (lower.includes('wallah')) {
    OATH_RE.lastIndex = 0;
    for (let x = OATH_RE.exec(lower); x; x = OATH_RE.exec(lower)) spans.push(x.index, x.index + x[0].length);
  }
  const hasComma = lower.includes(',');
  if (hasComma) {
    FENCED_FILLER_RE.lastIndex = 0;
    for (let f = FENCED_FILLER_RE.exec(lower); f; f = FENCED_FILLER_RE.exec(lower)) blankFiller(lower, spans, f.index, f.index + f[0].length);
  }
  if (!hasComma && spans.length === 0) return lower;
  const s = blankSpans(lower, spans);
  // False starts: a separator run with a comma or two spaces between the same word twice.
  const n = s.length;
  const repeats: number[] = [];
  // Visit each comma and each run start of two spaces (found with indexOf, not a loop over every character).
  let comma = s.indexOf(',');
  let twoSpaces = s.indexOf('  ');
  for (let i = 0; ; ) {
    if (comma >= 0 && comma < i) comma = s.indexOf(',', i);
    if (twoSpaces >= 0 && twoSpaces < i) twoSpaces = s.indexOf('  ', i);
    if (comma < 0 && twoSpaces < 0) break;
    i = comma < 0 ? twoSpaces : twoSpaces < 0 ? comma : Math.min(comma, twoSpaces);
    let ws = i;
    while (ws > 0 && isWordChar(s.charCodeAt(ws - 1))) ws--;
    let b = i;
    while (b < n && (s.charCodeAt(b) === 44 || isSpace(s.charCodeAt(b)))) b++;
    // One word said again goes ("team of, of 12"); a run of two or three said again ("we are, we are a", "it's a, it's a
    // nightmare keeping track") loses its first saying, so the second stays joined to what follows. A repeated denial
    // ("we don't, we don't have anything") is said twice on purpose.
    let from = ws;
    let best = -1;
    for (let words = 1; words <= 3 && from < i; words++) {
      const len = i - from;
      if (b + len <= n && !isWordChar(s.charCodeAt(b + len)) && sameText(s, from, b, len)) {
        const said = s.slice(from, i);
        if (words > 1 ? !DENIAL.test(said) : !isCountingWord(said)) best = from;
      }
      if (from < 2 || s.charCodeAt(from - 1) !== 32 || !isWordChar(s.charCodeAt(from - 2))) break;
      from -= 2;
      while (from > 0 && isWordChar(s.charCodeAt(from - 1))) from--;
    }
    if (best === ws) repeats.push(i, b + (i - ws));
    else if (best >= 0) repeats.push(best, b);
    i = b;
  }
  return blankSpans(s, repeats);
}

/**
 * `lower` and `cased` (same length, offsets of `raw`) with each run of two or more white-space characters closed to
 * one space, and the map from the new offsets to the old; the strings unchanged and a null map when there is no run.
 */
function closeGaps(lower: string, cased: string): { lower: string; cased: string; rawAt: Int32Array | null } {
  GAP_RE.lastIndex = 0;
  let gap = GAP_RE.exec(lower);
  if (gap === null) return { lower, cased, rawAt: null };
  const rawAt = new Int32Array(lower.length);
  const lo: string[] = [];
  const ca: string[] = [];
  let k = 0;
  let from = 0;
  for (; gap !== null; gap = GAP_RE.exec(lower)) {
    const to = gap.index + 1; // the run's first white-space character stays, as one space
    lo.push(lower.slice(from, gap.index), ' ');
    ca.push(cased.slice(from, gap.index), ' ');
    for (let t = from; t < to; t++) rawAt[k++] = t;
    from = gap.index + gap[0].length;
  }
  lo.push(lower.slice(from));
  ca.push(cased.slice(from));
  for (let t = from; t < lower.length; t++) rawAt[k++] = t;
  return { lower: lo.join(''), cased: ca.join(''), rawAt: rawAt.slice(0, k) };
}
/** A run of two or more white-space characters. */
const GAP_RE = /\s{2,}/g;

/** `text` with the characters `lower` blanked (a space in `lower`, none in `typed`, both `text`'s length) blanked too. */
function blankedAlike(text: string, typed: string, lower: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) !== 32 || typed.charCodeAt(i) === 32) continue;
    let j = i + 1;
    while (j < lower.length && lower.charCodeAt(j) === 32 && typed.charCodeAt(j) !== 32) j++;
    parts.push(text.slice(from, i), ' '.repeat(j - i));
    from = j;
    i = j - 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * The offset in `u.raw` of offset `i` in `u.lower` (and `masked`). For the end of a span (`end` true), the offset just
 * after its last character, so a span never takes in the blanked words of a closed gap.
 */
export function rawOffset(u: Utterance, i: number, end = false): number {
  const m = u.rawAt;
  if (m === null) return i;
  if (i <= 0) return end ? 0 : m.length > 0 ? m[0] : 0;
  if (i >= m.length) return u.raw.length;
  return end ? m[i - 1] + 1 : m[i];
}

/** Prepare an utterance for extraction. Pure; O(length). */
export function prepare(text: string): Utterance {
  let lower = lowerSameLength(text);
  if (TYPOGRAPHIC.test(lower)) {
    lower = lower.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-');
  }
  const typed = lower;
  if (lower.includes('@')) lower = lower.replace(EMAIL_RE, (m) => ' '.repeat(m.length));
  lower = unstutter(lower);
  // the caller's case wherever `lower` still has a character of theirs (blanked spans stay blank)
  const cased = lower === typed ? text : blankedAlike(text, typed, lower);
  const closed = closeGaps(lower, cased);
  lower = closed.lower;
  const found = findQuantities(lower);
  // at most as many quantities as there are placeholders (a copy only when there are more)
  const quantities = found.length > MAX_QUANTITIES ? found.slice(0, MAX_QUANTITIES) : found;
  let masked = '';
  let pos = 0;
  const numStarts: number[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i];
    masked += lower.slice(pos, q.start);
    const isNum = q.kind === 'cardinal' || q.kind === 'money';
    if (isNum) numStarts.push(q.start);
    masked += (isNum ? String.fromCharCode(NUM_BASE + i) : NOT_A_NUMBER) + ' '.repeat(q.end - q.start - 1);
    pos = q.end;
  }
  masked += lower.slice(pos);
  const clauseBreaks: number[] = [];
  CLAUSE_RE.lastIndex = 0;
  for (let m = CLAUSE_RE.exec(lower); m; m = CLAUSE_RE.exec(lower)) clauseBreaks.push(m.index);
  return { raw: text, lower, cased: closed.cased, rawAt: closed.rawAt, masked, quantities, numStarts, clauseBreaks, someoneElse: mentionsSomeoneElse(lower) };
}

/**
 * The next match of `re` in `u.masked` at or after `from`, as a `g` regexp would find it. `sticky` is
 * the same pattern with the `y` flag, for patterns that can only start at a quantity placeholder: it
 * is tried at the placeholders only (one or two per utterance) instead of scanning the text.
 */
export function execMasked(u: Utterance, re: RegExp, sticky: RegExp | null, from: number): RegExpExecArray | null {
  if (sticky === null) {
    re.lastIndex = from;
    return re.exec(u.masked);
  }
  for (const p of u.numStarts) {
    if (p < from) continue;
    sticky.lastIndex = p;
    const x = sticky.exec(u.masked);
    if (x) return x;
  }
  return null;
}

/** Offset `pos` of `u` describes a relative's or friend's business, not the caller's (`aboutSomeoneElse`, gated by `someoneElse`). */
export function aboutOthers(u: Utterance, pos: number): boolean {
  return u.someoneElse && aboutSomeoneElse(u.lower, pos);
}

/** A sticky copy of `re` when every match of it starts with a quantity placeholder (see `execMasked`), else null. */
export function stickyIfNumLed(re: RegExp): RegExp | null {
  return re.source.startsWith(`(${NUM})`) ? new RegExp(re.source, 'y') : null;
}

const SPACE = /\s/;
/** `/\s/.test(s[i])`, with the regexp only for non-ASCII characters. */
function isWhiteAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(s[i]));
}

/** `s.split(/\s+/).length` without building the array: maximal white-space runs + 1. */
export function splitCount(s: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = isWhiteAt(s, i);
    if (space && !inSpace) n += 1;
    inSpace = space;
  }
  return n;
}

/** The quantity behind a placeholder character, or undefined. */
export function quantityAt(u: Utterance, placeholder: string): Quantity | undefined {
  return u.quantities[placeholder.charCodeAt(0) - NUM_BASE];
}

/** [start, end) of the clause containing `pos`. */
export function clauseOf(u: Utterance, pos: number): [number, number] {
  let start = 0;
  let end = u.lower.length;
  for (const b of u.clauseBreaks) {
    if (b < pos) start = b + 1;
    else {
      end = b;
      break;
    }
  }
  return [start, end];
}

/** The original text of [start, end), trimmed of surrounding spaces and punctuation. */
export function quote(u: Utterance, start: number, end: number): string {
  const s = u.raw;
  let a = rawOffset(u, Math.max(0, start));
  let b = Math.min(s.length, rawOffset(u, end, true));
  while (a < b && trimmedAt(s, a)) a++;
  while (b > a && s.charCodeAt(b - 1) !== 46 && trimmedAt(s, b - 1)) b--;
  return s.slice(a, b);
}
/** `s[i]` is trimmed off a quote's ends: white space or one of `,;:.-` (a trailing "." stays: see `quote`). */
function trimmedAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 45 || isWhiteAt(s, i);
}
