/**
 * Quantities as callers say them: digits ("1,200", "2k", "1.5 million"), words ("a hundred and
 * twenty", "twenty-five hundred", "a dozen", "a couple dozen", "a couple thousand", "2 lakh", "one point two lakh"), ranges ("100 to 150",
 * "40 or 50", "between 20 and 25", speech-to-text's "2 to 300" and "20, 25": the midpoint), changes ("went from 18 to 28": the new value)
 * and approximations ("about 40", "forty or so"). Spelled-out cardinals are converted by the
 * `words-to-numbers` library; this module only finds the spans and handles the spoken forms the
 * library does not (dozen, couple, "k", "and a half", colloquial hundreds, ranges).
 *
 * Digit runs that are not quantities are classified instead of dropped, so that callers of
 * `findQuantities` can ignore them: phone/card/account numbers, clock times, percentages,
 * ordinals ("12th", "first"), money ("$500", "300 bucks"). A number read out digit by digit, seven or
 * more digit words ("four one six, five five five, zero one nine two"), is a phone number too.
 */
import w2n from 'words-to-numbers';
import { wordList } from './lexicon';

/**
 * What a number-looking span is. Only `cardinal` and `money` carry a usable value. `vague` is a bare
 * plural scale ("hundreds", "thousands", "dozens") that no one refined; `restated` is the second
 * number of a self-correction ("ten agents, er, sorry, eleven"): its value moved to the first; or a denied first
 * ("not forty, fifty-five").
 */
export type QuantityKind = 'cardinal' | 'money' | 'phone' | 'time' | 'percent' | 'ordinal' | 'id' | 'vague' | 'restated';

/** One number span in an utterance; offsets index the utterance text (UTF-16 code units). */
export interface Quantity {
  /** The value used downstream: the number, a range's midpoint, or a change's new value. */
  value: number;
  /** Range bounds (equal to `value` for a single number). */
  lo: number;
  hi: number;
  start: number;
  end: number;
  kind: QuantityKind;
  /** "about", "around", "or so", a range: the caller approximated. */
  approx: boolean;
  /** A 4-digit number 1900-2099 with no separator: probably a year. */
  yearLike: boolean;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The token grammar `tokenize` implements by hand (kept as the specification; a test checks they agree). */
export const TOKEN_RE = /\$?\d+(?:,\d{3})*(?:\.\d+)?[a-z]*|[a-z]+(?:'[a-z]+)?|[^\s\w]/g;
const DIGIT_RE = /^(\$?)(\d+(?:,\d{3})*(?:\.\d+)?)([a-z]*)$/;

/** Spelled-out cardinal words (detection only: conversion is the library's job). */
const CARDINAL_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy eighty ninety hundred thousand million'
  ).split(' '),
);
/**
 * Spanish cardinals a Spanglish caller says inside English ("like doce cruise lines"), read as the English word. Left out:
 * "uno"/"una", "dos" and "once" (English words or names), "tres" (French "tres bien" without its accent), "cien" and "mil".
 */
const SPANISH_CARDINALS: ReadonlyMap<string, string> = new Map([
  ['cuatro', 'four'], ['cinco', 'five'], ['seis', 'six'], ['siete', 'seven'], ['ocho', 'eight'], ['nueve', 'nine'], ['diez', 'ten'],
  ['doce', 'twelve'], ['trece', 'thirteen'], ['catorce', 'fourteen'], ['quince', 'fifteen'], ['veinte', 'twenty'], ['treinta', 'thirty'],
  ['cuarenta', 'forty'], ['cincuenta', 'fifty'], ['sesenta', 'sixty'], ['setenta', 'seventy'], ['ochenta', 'eighty'], ['noventa', 'ninety'],
]);
/** A word of `SPANISH_CARDINALS` in the text. */
const SPANISH_NUMBER = new RegExp(`\\b(?:${[...SPANISH_CARDINALS.keys()].join('|')})\\b`);
/** Scale words; lakh and crore are how Indian English says 100,000 and 10,000,000. */
const SCALE: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  k: 1000,
  grand: 1000,
  lakh: 100_000,
  lakhs: 100_000,
  lac: 100_000,
  lacs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
};
const ORDINAL_WORDS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' '));
const APPROX_BEFORE = new Set('about around roughly approximately like maybe probably some almost nearly circa approx ~ over under upwards'.split(' '));
const CHANGE_VERBS = /\b(?:went|gone|grew|grown|growing|increased|jumped|expanded|doubled|scaled|dropped|shrunk|shrank|moved|go|going)\s+(?:up\s+|down\s+)?$/;
const CURRENCY_AFTER = new Set(['dollars', 'dollar', 'bucks', 'usd', 'euros', 'euro', 'pounds', 'grand', 'cents']);

const { wordsToNumbers } = w2n;
/** Bare plural scales: a quantity with no value unless the caller refines it ("thousands a year, I'd say three thousand"). */
const VAGUE_PLURALS = new Set(['hundreds', 'thousands', 'dozens']);
/** Digits said one by one (with "oh" for zero inside a run), for spoken phone numbers in `findQuantities`. */
const SPOKEN_DIGITS: ReadonlySet<string> = new Set(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
/** The value of a digit said as a word ("point five" → 5). */
const SPOKEN_DIGIT_VALUE: ReadonlyMap<string, number> = new Map([...SPOKEN_DIGITS].map((w, i) => [w, i]));
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Cheap pre-check: does the text contain anything that could start a number? */
const MAYBE_NUMBER = new RegExp(`\\d|\\b(?:${[...CARDINAL_WORDS, ...VAGUE_PLURALS, 'dozen', 'couple', 'few'].join('|')})\\b`);
/** The words after "a"/"an" with which `parseAt` reads a number ("a dozen", "a couple", "a few hundred", "a thousand"). */
const AFTER_ARTICLE: ReadonlySet<string> = new Set(['dozen', 'couple', 'few', 'hundred', 'thousand', 'million']);
/** Words that can start a number (anything else is skipped without parsing). */
const STARTERS = new Set([...CARDINAL_WORDS, ...VAGUE_PLURALS, 'a', 'an', 'half', 'dozen', 'couple', 'few']);
/** The longest of STARTERS. */
const STARTER_MAX = Math.max(...[...STARTERS].map((w) => w.length));
/**
 * For each pair of first letters (26 x 26), bit `1 << length` set when a word of STARTERS of that length starts with them:
 * "the", "that", "to" and "for" share first letters with starters but not a length, so they skip the set lookup.
 */
const STARTER_LENGTHS = new Uint16Array(26 * 26);
for (const w of STARTERS) if (w.length >= 2) STARTER_LENGTHS[(w.charCodeAt(0) - 97) * 26 + w.charCodeAt(1) - 97] |= 1 << w.length;

/** Whether the word token `t` is one of STARTERS, with a table test before the set lookup. */
function isStarter(t: string): boolean {
  const n = t.length;
  if (n < 2) return t === 'a';
  if (n > STARTER_MAX) return false;
  const c0 = t.charCodeAt(0) - 97;
  const c1 = t.charCodeAt(1) - 97;
  if (c0 < 0 || c0 >= 26 || c1 < 0 || c1 >= 26 || (STARTER_LENGTHS[c0 * 26 + c1] & (1 << n)) === 0) return false;
  return STARTERS.has(t);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;
/** `/^\d+$/.test(t)` without a regexp call (this runs on every numeric token). */
function allDigits(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) if (!isDigit(t.charCodeAt(i))) return false;
  return true;
}
const WHITE = /\s/;

/**
 * The tokens of `lower`, exactly as `TOKEN_RE` (global) would find them: a number ("$1,200.50",
 * "2k", "12th"), a word with an optional apostrophe part ("we're"), or one other non-space,
 * non-word character; white space and "_" separate tokens. A hand-written scanner because one
 * `exec` per token was a fifth of all regexp calls on a long utterance.
 */
export function tokenize(lower: string): Token[] {
  const out: Token[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    const start = i;
    if (isDigit(c) || (c === 36 && i + 1 < n && isDigit(lower.charCodeAt(i + 1)))) {
      // \$?\d+(?:,\d{3})*(?:\.\d+)?[a-z]*
      i += c === 36 ? 1 : 0;
      while (i < n && isDigit(lower.charCodeAt(i))) i += 1;
      while (i + 3 < n && lower.charCodeAt(i) === 44 && isDigit(lower.charCodeAt(i + 1)) && isDigit(lower.charCodeAt(i + 2)) && isDigit(lower.charCodeAt(i + 3))) i += 4;
      if (i + 1 < n && lower.charCodeAt(i) === 46 && isDigit(lower.charCodeAt(i + 1))) {
        i += 1;
        while (i < n && isDigit(lower.charCodeAt(i))) i += 1;
      }
      while (i < n && isLower(lower.charCodeAt(i))) i += 1;
    } else if (isLower(c)) {
      // [a-z]+(?:'[a-z]+)?
      while (i < n && isLower(lower.charCodeAt(i))) i += 1;
      if (i + 1 < n && lower.charCodeAt(i) === 39 && isLower(lower.charCodeAt(i + 1))) {
        i += 1;
        while (i < n && isLower(lower.charCodeAt(i))) i += 1;
      }
    } else if (c === 95 || (c >= 65 && c <= 90) || c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITE.test(lower[i]))) {
      // "_", A-Z (word characters no alternative starts with) and white space: not a token.
      i += 1;
      continue;
    } else {
      // [^\s\w]: one character
      i += 1;
    }
    out.push({ text: lower.slice(start, i), start, end: i });
  }
  return out;
}

/** Parse a run of cardinal words with the library; handles "twenty five hundred" (= 2,500) itself. */
function parseWords(words: string[]): number | null {
  if (words.length === 0) return null;
  // Colloquial hundreds: "two-fifty" = 250, "one twenty five" = 125 (a digit word, then a tens word).
  const u0 = UNIT_WORDS.indexOf(words[0]);
  const t1 = TENS_WORDS.indexOf(words[1]);
  if (u0 >= 0 && t1 >= 0 && (words.length === 2 || (words.length === 3 && UNIT_WORDS.includes(words[2])))) {
    return (u0 + 1) * 100 + (t1 + 2) * 10 + (words.length === 3 ? UNIT_WORDS.indexOf(words[2]) + 1 : 0);
  }
  const last = words[words.length - 1];
  if (last === 'hundred' && words.length >= 2 && !words.slice(0, -1).some((w) => w in SCALE)) {
    const head = parseWords(words.slice(0, -1));
    if (head !== null && head >= 11 && head <= 99) return head * 100;
  }
  return spokenCardinal(words) ?? libraryValue(words.join(' '));
}

const TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const BIG_SCALES: Readonly<Record<string, number>> = { thousand: 1000, million: 1_000_000 };

/**
 * A well-formed English cardinal ("twenty four thousand" = 24,000, "one hundred and twenty thousand" = 120,000,
 * "three hundred and sixty" = 360), read group by group; null for anything else (a juxtaposed range such as
 * "thirty forty", a lone scale word), which is left to the library. The library alone reads "twenty five
 * thousand" as 5,020.
 */
function spokenCardinal(words: readonly string[]): number | null {
  let total = 0;
  let group = 0;
  /** What the group ends with: 0 nothing, 1 a unit, 2 a teen, 3 a tens word, 4 "hundred". */
  let last = 0;
  let scaleSeen = Infinity;
  for (const w of words) {
    if (w === 'and') {
      if (last !== 4 && !(last === 0 && total > 0)) return null;
      continue;
    }
    const unit = UNIT_WORDS.indexOf(w);
    if (unit >= 0) {
      if (last === 1 || last === 2) return null;
      group += unit + 1;
      last = 1;
      continue;
    }
    const teen = TEEN_WORDS.indexOf(w);
    if (teen >= 0) {
      if (last !== 0 && last !== 4) return null;
      group += teen + 10;
      last = 2;
      continue;
    }
    const tens = TENS_WORDS.indexOf(w);
    if (tens >= 0) {
      if (last !== 0 && last !== 4) return null;
      group += (tens + 2) * 10;
      last = 3;
      continue;
    }
    if (w === 'hundred') {
      if (group === 0 || group >= 100 || last === 4) return null;
      group *= 100;
      last = 4;
      continue;
    }
    const scale = BIG_SCALES[w];
    if (scale === undefined || group === 0 || scale >= scaleSeen) return null;
    total += group * scale;
    scaleSeen = scale;
    group = 0;
    last = 0;
  }
  if (last === 0 && total === 0) return null;
  return total + group;
}

/**
 * Memo of the library's answers. Number-word runs come from a small closed vocabulary, so the same
 * few hundred keys repeat across calls; a library call costs microseconds (it runs its own
 * tokenizer), a lookup tens of nanoseconds. Bounded: cleared when it reaches WORDS_CACHE_MAX entries,
 * so a process that runs for weeks holds at most that many short strings.
 */
const wordsCache = new Map<string, number | null>();
/** Most distinct number-word runs kept at once (see `wordsCache`). */
export const WORDS_CACHE_MAX = 2048;

function libraryValue(phrase: string): number | null {
  const hit = wordsCache.get(phrase);
  if (hit !== undefined) return hit;
  const r = wordsToNumbers(phrase);
  const v = typeof r === 'number' && Number.isFinite(r) ? r : null;
  if (wordsCache.size >= WORDS_CACHE_MAX) wordsCache.clear();
  wordsCache.set(phrase, v);
  return v;
}

interface Parsed {
  value: number;
  /** A juxtaposed range ("thirty forty", "five six"): its bounds. */
  range?: [number, number];
  /** Token index just past the number. */
  next: number;
  /** A scale word ("thousand", "k") was applied at the end. */
  scaled: number;
  money: boolean;
  kind: QuantityKind;
  vague: boolean;
}

/** Parse one number starting at token i, or null. */
function parseAt(toks: Token[], i: number): Parsed | null {
  const t = toks[i].text;
  const c0 = t.charCodeAt(0);
  const d = isDigit(c0) || c0 === 36 ? DIGIT_RE.exec(t) : null;
  let value: number;
  let j = i + 1;
  let money = false;
  let scaled = 1;
  let vague = false;
  if (d) {
    money = d[1] === '$';
    value = Number(d[2].includes(',') ? d[2].replace(/,/g, '') : d[2]);
    const suffix = d[3];
    if (suffix === 'k') scaled = 1000;
    else if (suffix === 'm' || suffix === 'mm') scaled = 1_000_000;
    else if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') return { value, next: j, scaled: 1, money, kind: 'ordinal', vague };
    else if (suffix === 'am' || suffix === 'pm') return { value, next: j, scaled: 1, money, kind: 'time', vague };
    else if (suffix === 'ish') vague = true;
    else if (suffix !== '') return null;
    value *= scaled;
  } else if (t === 'a' || t === 'an' || t === 'half' || t === 'dozen' || t === 'couple' || t === 'few' || CARDINAL_WORDS.has(t)) {
    // Spoken quantifiers first: "half a dozen", "a dozen", "two dozen", "a couple (of)", "a few hundred".
    const w1 = toks[i + 1]?.text;
    const w2 = toks[i + 2]?.text;
    if (t === 'half' && (w1 === 'a' || w1 === 'an') && w2 === 'dozen') {
      value = 6;
      j = i + 3;
    } else if ((t === 'a' || t === 'an') && w1 === 'dozen') {
      value = 12;
      j = i + 2;
    } else if (t === 'dozen') {
      value = 12;
    } else if ((t === 'a' || t === 'an') && w1 === 'couple') {
      value = 2;
      j = i + 2;
      vague = true;
      if (toks[j]?.text === 'of' && toks[j + 1] && toks[j + 1].text in SCALE) j += 1;
    } else if ((t === 'couple' || t === 'few') && w1 !== undefined && ((w1 in SCALE && w1 !== 'k') || w1 === 'dozen')) {
      // speech-to-text often drops the article: "couple hundred", "few thousand"
      value = t === 'couple' ? 2 : 3;
      j = i + 1;
      vague = true;
    } else if ((t === 'a' || t === 'an') && w1 === 'few' && w2 !== undefined && ((w2 in SCALE && w2 !== 'k') || w2 === 'dozen')) {
      value = 3;
      j = i + 2;
      vague = true;
    } else if ((t === 'a' || t === 'an') && w1 !== undefined && (w1 === 'hundred' || w1 === 'thousand' || w1 === 'million')) {
      const words = ['a'];
      j = i + 1;
      j = collectWords(toks, j, words);
      const v = parseWords(words);
      if (v === null) return null;
      value = v;
      scaled = SCALE[words[words.length - 1]] ?? 1;
    } else if (CARDINAL_WORDS.has(t)) {
      const words: string[] = [];
      j = collectWords(toks, i, words);
      // "thirty forty contracts", "five six a day": two neighbouring round numbers said as a range.
      const jr =
        juxtaposedRange(words) ??
        halfStepRange(words) ??
        (words.length === 3 && i > 0 && RANGE_HEDGES.has(toks[i - 1].text) ? steppedRange(words) : null);
      if (jr) return { value: (jr[0] + jr[1]) / 2, range: jr, next: j, scaled: 1, money: false, kind: 'cardinal', vague: true };
      const v = parseWords(words);
      if (v === null) return null;
      value = v;
      if (words.length > 1) scaled = SCALE[words[words.length - 1]] ?? 1;
      if (toks[j]?.text === 'dozen') {
        value *= 12;
        j += 1;
      }
      // "one point two lakh", "two point five thousand": a spoken decimal before a scale.
      const tenths = toks[j]?.text === 'point' && words.length === 1 && scaled === 1 ? SPOKEN_DIGIT_VALUE.get(toks[j + 1]?.text ?? '') : undefined;
      if (tenths !== undefined && toks[j + 2] !== undefined && toks[j + 2].text in SCALE && toks[j + 2].text !== 'hundred') {
        value += tenths / 10;
        j += 2;
      }
    } else {
      return null;
    }
  } else {
    return null;
  }
  // "a couple dozen", "a couple of dozen", "a few dozen"
  if (vague && (toks[j]?.text === 'dozen' || (toks[j]?.text === 'of' && toks[j + 1]?.text === 'dozen'))) {
    value *= 12;
    j += toks[j].text === 'of' ? 2 : 1;
  }
  // "two and a half thousand", "1 and a half"; "a dozen and a half" is half a dozen more
  if (toks[j]?.text === 'and' && toks[j + 1]?.text === 'a' && toks[j + 2]?.text === 'half') {
    value += toks[j - 1]?.text === 'dozen' ? 6 : 0.5;
    j += 3;
  }
  // Trailing scale after a small number: "2 thousand", "a couple thousand", "10 k", "3 or 4 hundred".
  const sc = toks[j]?.text;
  if (scaled === 1 && sc !== undefined && sc in SCALE && (d || vague || value < 100)) {
    scaled = SCALE[sc];
    value *= scaled;
    j += 1;
    if (sc === 'grand') money = true;
  }
  const after = toks[j]?.text;
  if (after !== undefined && CURRENCY_AFTER.has(after)) money = true;
  return { value, next: j, scaled, money, kind: money ? 'money' : 'cardinal', vague };
}

/** Two cardinal words said back to back as a range: tens ("thirty forty") or consecutive units ("five six"). */
function juxtaposedRange(words: string[]): [number, number] | null {
  if (words.length !== 2) return null;
  const [a, b] = words;
  const ta = TENS_WORDS.indexOf(a);
  const tb = TENS_WORDS.indexOf(b);
  if (ta >= 0 && tb === ta + 1) return [(ta + 2) * 10, (tb + 2) * 10];
  const ua = UNIT_WORDS.indexOf(a);
  const ub = UNIT_WORDS.indexOf(b);
  if (ua >= 0 && ub === ua + 1) return [ua + 1, ub + 1];
  return null;
}

/** A tens-and-five, then the next tens ("twenty five thirty", "forty five fifty"): the range between them, else null. */
function halfStepRange(words: string[]): [number, number] | null {
  if (words.length !== 3 || words[1] !== 'five') return null;
  const ta = TENS_WORDS.indexOf(words[0]);
  if (ta < 0 || TENS_WORDS.indexOf(words[2]) !== ta + 1) return null;
  return [(ta + 2) * 10 + 5, (ta + 3) * 10];
}

/** Hedges before which "twenty twenty five" is a range (20-25), not the year 2025. */
const RANGE_HEDGES: ReadonlySet<string> = new Set(['like', 'about', 'around', 'maybe', 'roughly', 'say', 'probably', 'approximately']);
/** A tens word, then the same tens and "five" ("twenty twenty five", after a hedge): the range from one to the other, else null. */
function steppedRange(words: string[]): [number, number] | null {
  const ta = TENS_WORDS.indexOf(words[0]);
  if (ta < 0 || words[1] !== words[0] || words[2] !== 'five') return null;
  return [(ta + 2) * 10, (ta + 2) * 10 + 5];
}

function collectWords(toks: Token[], i: number, words: string[]): number {
  let j = i;
  while (j < toks.length) {
    const w = toks[j].text;
    if (CARDINAL_WORDS.has(w)) {
      words.push(w);
      j += 1;
    } else if (w === '-' && words.length && toks[j + 1] && CARDINAL_WORDS.has(toks[j + 1].text) && toks[j + 1].start === toks[j].end) {
      j += 1;
    } else if (
      // dialect "three hundred an fifty" is "and"
      (w === 'and' || w === 'an') &&
      words.length &&
      (words[words.length - 1] === 'hundred' || words[words.length - 1] === 'thousand' || words[words.length - 1] === 'million') &&
      toks[j + 1] &&
      CARDINAL_WORDS.has(toks[j + 1].text) &&
      !(toks[j + 1].text in SCALE)
    ) {
      words.push('and');
      j += 1;
    } else break;
  }
  return j;
}

/**
 * The first bound of a range whose scale speech-to-text wrote only on the second: Deepgram's
 * smart_format renders "two to three hundred" as "2 to 300" and "three or four thousand" as
 * "3 or 4,000". The bare first number takes the scale when the second is a round k x 100 (k < 10) or
 * k x 1,000 (k < 100) and k is just above it (a < k <= 2a + 1). Otherwise `a` unchanged.
 */
function sttSharedScale(a: number, b: number): number {
  if (!Number.isInteger(a) || a < 1) return a;
  for (const [scale, maxK] of [[1000, 100], [100, 10]] as const) {
    if (b % scale !== 0) continue;
    const k = b / scale;
    if (k < maxK && k > a && k <= 2 * a + 1) return a * scale;
  }
  return a;
}

/** Two bare digit runs that read as a range, not a phone number: both round (multiples of ten), rising, at most ×4. */
function roundPair(a: string, b: string): boolean {
  if (!allDigits(a) || !allDigits(b) || a.startsWith('0') || b.startsWith('0')) return false;
  const x = Number(a);
  const y = Number(b);
  return x >= 10 && x % 10 === 0 && y % 10 === 0 && y > x && y <= 4 * x;
}

function digitCount(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) if (isDigit(t.charCodeAt(i))) n += 1;
  return n;
}

/**
 * All number spans in `lower` (the lowercased utterance), in text order.
 * Pure and allocation-light: one tokenization pass, library calls only on word runs.
 */
export function findQuantities(lower: string): Quantity[] {
  const spanish = SPANISH_NUMBER.test(lower);
  if (!spanish && !MAYBE_NUMBER.test(lower)) return [];
  const toks = tokenize(lower);
  if (spanish) for (const t of toks) t.text = SPANISH_CARDINALS.get(t.text) ?? t.text;
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i].text;
    const c0 = t.charCodeAt(0);
    const numberStart = (c0 >= 48 && c0 <= 57) || c0 === 36;
    if (!numberStart && !isStarter(t)) {
      i += 1;
      continue;
    }
    // The article starts a number only before a word of `AFTER_ARTICLE` ("a dozen", "a few hundred"): most "a"s stop here.
    if ((t === 'a' || t === 'an') && !AFTER_ARTICLE.has(toks[i + 1]?.text ?? '')) {
      i += 1;
      continue;
    }
    // Phone, card and account numbers: several digit groups, or one long bare digit run.
    if (isDigit(c0)) {
      let j = i;
      let digits = 0;
      let groups = 0;
      let len0 = 0;
      let len1 = 0;
      while (j < toks.length && allDigits(toks[j].text)) {
        digits += toks[j].text.length;
        if (groups === 0) len0 = toks[j].text.length;
        else if (groups === 1) len1 = toks[j].text.length;
        groups += 1;
        const sep = toks[j + 1];
        if (sep && (sep.text === '-' || sep.text === '.' || sep.text === ')') && toks[j + 2] && allDigits(toks[j + 2].text) && sep.start === toks[j].end) j += 2;
        else if (toks[j + 1] && allDigits(toks[j + 1].text)) j += 1;
        else break;
      }
      const phoneLike = groups >= 3 ? digits >= 7 : groups === 2 ? !roundPair(toks[i].text, toks[j].text) && ((len0 === 3 && len1 === 4) || digits >= 8) : false;
      if (phoneLike || (groups === 1 && digitCount(t) >= 7 && !t.includes(','))) {
        out.push({ value: NaN, lo: NaN, hi: NaN, start: toks[i].start, end: toks[Math.max(j, i)].end, kind: groups === 1 ? 'id' : 'phone', approx: false, yearLike: false });
        i = Math.max(j, i) + 1;
        continue;
      }
      // Clock times "3:30", "5.45 pm" are handled by the ':' check below.
      if (toks[i + 1]?.text === ':' && toks[i + 2] && /^\d\d/.test(toks[i + 2].text)) {
        out.push({ value: NaN, lo: NaN, hi: NaN, start: toks[i].start, end: toks[i + 2].end, kind: 'time', approx: false, yearLike: false });
        i += 3;
        continue;
      }
    }
    // A number read out digit by digit ("four one six, five five five, zero one nine two"): seven or more digit words.
    if (SPOKEN_DIGITS.has(t) && SPOKEN_DIGITS.has(toks[i + 1]?.text ?? '')) {
      let j = i;
      let last = i;
      let n = 0;
      for (; j < toks.length && (SPOKEN_DIGITS.has(toks[j].text) || toks[j].text === 'oh' || toks[j].text === ','); j++) {
        if (toks[j].text !== ',') {
          n += 1;
          last = j;
        }
      }
      if (n >= 7) {
        out.push({ value: NaN, lo: NaN, hi: NaN, start: toks[i].start, end: toks[last].end, kind: 'phone', approx: false, yearLike: false });
        i = last + 1;
        continue;
      }
    }
    if (ORDINAL_WORDS.has(t)) {
      i += 1;
      continue;
    }
    if (VAGUE_PLURALS.has(t)) {
      if (toks[i + 1]?.text !== 'of' || !VAGUE_PLURALS.has(toks[i + 2]?.text ?? '')) {
        out.push({ value: NaN, lo: NaN, hi: NaN, start: toks[i].start, end: toks[i].end, kind: 'vague', approx: true, yearLike: false });
      }
      i += 1;
      continue;
    }
    const p = parseAt(toks, i);
    if (!p) {
      i += 1;
      continue;
    }
    let { value, next } = p;
    let kind = p.kind;
    let lo = p.range ? p.range[0] : value;
    let hi = p.range ? p.range[1] : value;
    let approx = p.vague;
    let yearLike = t.length === 4 && allDigits(t) && value >= 1900 && value <= 2099;
    const startTok = i;
    // Range / change: "100 to 150", "100-150", "40 or 50", "between 20 and 25", "from 18 to 28".
    // "maybe like 500 1000 a month": two round numbers back to back are a spoken range.
    if (kind === 'cardinal' && p.scaled === 1 && allDigits(t) && next === i + 1 && toks[next] && roundPair(t, toks[next].text)) {
      const b = Number(toks[next].text);
      lo = value;
      hi = b;
      value = (value + b) / 2;
      approx = true;
      next += 1;
    }
    const conn = toks[next]?.text;
    const between = toks[i - 1]?.text === 'between';
    if (
      kind !== 'ordinal' &&
      kind !== 'time' &&
      (conn === 'to' || conn === '-' || conn === 'or' || conn === 'through' || (conn === 'and' && between)) &&
      toks[next + 1]
    ) {
      const q = parseAt(toks, next + 1);
      if (q && (q.kind === 'cardinal' || q.kind === 'money')) {
        let a = value;
        // Shared trailing scale: "3 or 4 hundred", "between 1 and 2k", "2 to 3 thousand".
        if (p.scaled === 1 && q.scaled > 1 && a * q.scaled <= q.value) a *= q.scaled;
        else if (p.scaled === 1 && q.scaled === 1 && allDigits(t)) a = sttSharedScale(a, q.value);
        if (q.value > a) {
          const fromIdx = toks[i - 1]?.text === 'from' ? i - 1 : -1;
          const before = fromIdx > 0 ? lower.slice(Math.max(0, toks[fromIdx].start - 40), toks[fromIdx].start) : '';
          if (fromIdx > 0 && CHANGE_VERBS.test(before)) {
            value = q.value;
            lo = q.value;
            hi = q.value;
          } else {
            lo = a;
            hi = q.value;
            value = (a + q.value) / 2;
            approx = true;
          }
          if (q.kind === 'money') kind = 'money';
          next = q.next;
          yearLike = false;
        }
      }
    }
    if (kind === 'cardinal' || kind === 'money') {
      const after = toks[next]?.text;
      if (after === '%' || after === 'percent') kind = 'percent';
      else if (after === 'o' && toks[next + 1]?.text === "'" ) kind = 'time';
      else if (after === "o'clock" || after === 'am' || after === 'pm' || ((after === 'a' || after === 'p') && toks[next + 1]?.text === '.' && toks[next + 2]?.text === 'm')) kind = 'time';
      else if (after === 'or' && toks[next + 1]?.text === 'so') {
        approx = true;
        next += 2;
      } else if (after === '-' && toks[next + 1]?.text === 'ish') {
        approx = true;
        next += 2;
      } else if (after === 'ish') {
        approx = true;
        next += 1;
      }
      const before = toks[startTok - 1]?.text;
      if (before !== undefined && APPROX_BEFORE.has(before)) approx = true;
    }
    const endTok = Math.min(next, toks.length) - 1;
    out.push({ value, lo, hi, start: toks[startTok].start, end: toks[endTok].end, kind, approx, yearLike });
    i = Math.max(next, i + 1);
  }
  const merged = applyCommaRanges(lower, out);
  applySelfCorrections(lower, merged);
  return merged;
}

/** A number for a spoken range: up to 20 any whole number ("10, 12 people"), above it a multiple of 5 (of 10 from 100 up, so "415, 555" is not one). */
const roundForRange = (v: number) => v >= 2 && Number.isInteger(v) && (v <= 20 || v % (v >= 100 ? 10 : 5) === 0);

/**
 * Two round numbers said one after the other with only a comma between them, the second a little
 * higher, are a spoken range: "like 20, 25 closings a month" (22.5), "a hundred, hundred twenty
 * contracts" (110), "ten, maybe twelve" (11). Not in a list ("10, 15, 20") and not when the second is at most as large (a
 * restatement or a correction goes through `applySelfCorrections`). Returns the new list.
 */
function applyCommaRanges(lower: string, qs: Quantity[]): Quantity[] {
  if (qs.length < 2 || !lower.includes(',')) return qs;
  const out: Quantity[] = [];
  for (let k = 0; k < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    if (
      b !== undefined &&
      a.kind === 'cardinal' &&
      b.kind === 'cardinal' &&
      a.lo === a.hi &&
      b.lo === b.hi &&
      !a.yearLike &&
      !b.yearLike &&
      roundForRange(a.value) &&
      roundForRange(b.value) &&
      b.value > a.value &&
      b.value <= 2 * a.value &&
      RANGE_GAP.test(lower.slice(a.end, b.start)) &&
      !NOT_BEFORE.test(lower.slice(Math.max(0, a.start - 12), a.start)) &&
      !LIST_AFTER.test(lower.slice(b.end, b.end + 8)) &&
      !(out.length > 0 && COMMA_GAP.test(lower.slice(out[out.length - 1].end, a.start)))
    ) {
      out.push({ ...a, value: (a.value + b.value) / 2, lo: a.value, hi: b.value, end: b.end, approx: true });
      k += 1;
      continue;
    }
    out.push(a);
  }
  return out;
}
const COMMA_GAP = /^\s*,\s*$/;
/** Between the bounds of a spoken range: a comma, maybe a hedge ("ten, maybe twelve"). */
const RANGE_GAP = /^\s*,\s*(?:(?:maybe|perhaps)\s+)?$/;
/** "not forty, fifty-five": the first number denied, the second the caller's (a correction, not a range). */
const NOT_BEFORE = /\bnot\s+$/;
const LIST_AFTER = /^\s*,\s*(?:\d|(?:and|or)\s+\d)/;

/** Words that mark a spoken self-correction or refinement between two numbers. */
const CORRECTION_MARK = `(?:${wordList('correcting')}|rather|make that|more like|closer to|scratch that|correction|oops|` +
  "perd[oó]n|pardon|i'd say|id say|let's say|lets say|say|call it|really)";
const CORRECTION_FILL = "(?:um+|uh+|er+|erm|hmm+|oh|like|about|around|maybe|probably|roughly|so|you know|it's|it is)";
/** Up to four words (the first number's noun and period), then only markers and fillers, with a marker. */
const CORRECTION_GAP = new RegExp(`^(?:\\s+[a-z][a-z'-]*){0,4}?[\\s,.;-]*(?:${CORRECTION_FILL}\\b[\\s,.;-]*)*(?<![a-z'-])${CORRECTION_MARK}\\b[\\s,.;-]*(?:(?:${CORRECTION_MARK}|` +
  `${CORRECTION_FILL})\\b[\\s,.;-]*)*$`);
/** Or a pause with only fillers ("25, um, 26"), right after the number or its noun. */
const FILLER_GAP = new RegExp(`^(?:\\s+[a-z][a-z'-]*){0,1}?\\s*[,-]\\s*(?:(?:um+|uh+|er+|erm|hmm+)\\b[\\s,.;-]*)+$`);
/** A vague plural refined by a number: "thousands a year, I'd say three thousand", "dozens, maybe 30". */
const VAGUE_GAP = new RegExp(`^(?:\\s+[a-z][a-z'-]*){0,4}?[\\s,.;-]*(?:(?:${CORRECTION_MARK}|${CORRECTION_FILL})\\b[\\s,.;-]*)+$`);
/** After the corrected number: nothing that starts a new noun phrase ("3 doctors, um, 9 nurses" is two counts). */
const CORRECTION_FOLLOW = new RegExp(
  String.raw`^(?:\s*(?:[,.;!?]|$)|\s+(?:actually|now|i think|i guess|counting|with|including|total|in total|or so|` +
  String.raw`give or take|since|if|tops|max|at most|and|but|so|of (?:us|them|'em)|a|an|per|each|every|something|odd)\b)`,
);

/**
 * Spoken self-corrections: "ten agents, er, sorry, eleven", "we're twenty, well, twenty-two",
 * "60 a month now, well closer to 80", "25, um, 26 counting me". The first number (the one attached
 * to the noun and period) takes the second's value; the second becomes `restated`. A vague plural
 * refined by a number ("thousands a year, I'd say three thousand") takes the number the same way. A denied number
 * before the caller's ("not forty, fifty-five trucks") is `restated` itself: the second, said with the noun, stands.
 * The latest statement wins, as for corrections across turns.
 */
function applySelfCorrections(lower: string, qs: Quantity[]): void {
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    if (b.kind !== 'cardinal' || b.yearLike) continue;
    const gap = lower.slice(a.end, b.start);
    if (a.kind === 'vague') {
      if (!VAGUE_GAP.test(gap)) continue;
    } else {
      if (a.kind !== 'cardinal' || a.yearLike) continue;
      if (COMMA_GAP.test(gap) && NOT_BEFORE.test(lower.slice(Math.max(0, a.start - 12), a.start))) {
        a.kind = 'restated';
        continue;
      }
      if (!CORRECTION_GAP.test(gap) && !FILLER_GAP.test(gap)) continue;
      const after = lower.slice(b.end, b.end + 20);
      const firstNoun = /^\s+([a-z]+)/.exec(gap)?.[1];
      if (!CORRECTION_FOLLOW.test(after) && !(firstNoun !== undefined && after.startsWith(` ${firstNoun}`))) continue;
    }
    // "about forty hires a week across the three, no, more like forty five": a correction far from the count just before it
    // corrects the one said a few words earlier that it is near.
    const p = a.kind === 'cardinal' && k > 0 && far(a.value, b.value) ? qs[k - 1] : undefined;
    const target = p && p.kind === 'cardinal' && !p.yearLike && !far(p.value, b.value) && EARLIER_GAP.test(lower.slice(p.end, a.start)) ? p : a;
    target.value = b.value;
    target.lo = b.lo;
    target.hi = b.hi;
    target.approx = b.approx;
    target.kind = 'cardinal';
    b.kind = 'restated';
  }
}

/** Two counts more than four times apart (a correction of one by the other is unlikely). */
function far(x: number, y: number): boolean {
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) > 4;
}
/** Between a count and the next a correction skips: a few words, no sentence end ("hires a week across the"). */
const EARLIER_GAP = /^(?:\s+[a-z][a-z'-]*){1,6}\s+$/;
