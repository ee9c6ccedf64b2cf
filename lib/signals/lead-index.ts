/**
 * Where word-list matches can start, found once per string for every word list at once. Each list
 * (a `WordScanner`, ./word-regexp.ts) registers the leading literal text of its alternatives (its
 * first one to three characters, the "keys"); one pass over a string visits each word start (`\b(?=\w)`)
 * and records which lists have a key there, as a bit mask. A list then tries its exact pattern only
 * at its own candidate starts instead of scanning the whole string: a long caller turn is scanned by
 * more than a dozen lists (pains, industries, products, time phrases, ...) but tokenised once.
 *
 * The candidates are a superset of the starts of real matches (every match begins with one of its
 * alternatives' literal text), so the lists find exactly what a scan would.
 */

/** Most lists with a bit of their own; later ones scan with their regexp. */
const MAX_LISTS = 31;
/** Character codes below this can appear in a key (keys are ASCII literal text). */
const ASCII = 128;

/** Lists whose key is one character, by that character. */
const ONE = new Uint32Array(ASCII);
/** Lists whose key is these two characters. */
const TWO = new Uint32Array(ASCII * ASCII);
/**
 * Per two characters that begin some three-character key: its block (1, 2, ...) in `THREE`; 0 when none does.
 * `THREE[block * ASCII + c]` holds the lists whose key is those two characters then `c`.
 */
const THREE_BLOCK = new Uint32Array(ASCII * ASCII);
let THREE = new Uint32Array(ASCII);
let threeBlocks = 1;
/** Word characters (`\w`) among the ASCII codes. */
const WORD = Uint8Array.from({ length: ASCII }, (_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0));
let lists = 0;
/** Bumped on every registration, so that an index built before it is not reused. */
let generation = 0;

/**
 * Register a word list by the leading literal text of each of its alternatives (`null` when some
 * alternative has none: that list cannot use the index). @returns its bit, or -1 (scan with the regexp).
 */
export function registerLeads(leads: readonly string[] | null): number {
  if (leads === null || leads.length === 0 || lists >= MAX_LISTS) return -1;
  if (leads.some((l) => l === '' || l.charCodeAt(0) >= ASCII || l.charCodeAt(1) >= ASCII || l.charCodeAt(2) >= ASCII)) return -1;
  const bit = lists++;
  const b = 1 << bit;
  for (const l of leads) {
    const c0 = l.charCodeAt(0);
    if (l.length === 1) ONE[c0] |= b;
    else if (l.length === 2) TWO[c0 * ASCII + l.charCodeAt(1)] |= b;
    else {
      const i2 = c0 * ASCII + l.charCodeAt(1);
      if (THREE_BLOCK[i2] === 0) {
        THREE_BLOCK[i2] = threeBlocks++;
        const grown = new Uint32Array(threeBlocks * ASCII);
        grown.set(THREE);
        THREE = grown;
      }
      THREE[THREE_BLOCK[i2] * ASCII + l.charCodeAt(2)] |= b;
    }
  }
  generation += 1;
  return bit;
}

/** A number for the `len` (1-3) characters of `s` at `at` (distinct for distinct texts and lengths), or -1 when one is not ASCII or missing. */
export function keyCode(s: string, at: number, len: number): number {
  if (at + len > s.length) return -1;
  let k = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(at + i);
    if (c >= ASCII) return -1;
    k = k * ASCII + c;
  }
  return len === 1 ? k : len === 2 ? k + ASCII : k + ASCII + ASCII * ASCII;
}

/** The word starts of one string where some list has a key, with the lists' bits. */
export interface LeadIndex {
  text: string;
  generation: number;
  starts: number[];
  masks: number[];
  /**
   * The key codes (`keyCode`) of the text at each start, three per start: its first one, two and three
   * characters (-1 where a character is missing or not ASCII, and after that), so that the lists
   * looking at one start do not each recompute them.
   */
  keys: number[];
}

function build(s: string): LeadIndex {
  const starts: number[] = [];
  const masks: number[] = [];
  const keys: number[] = [];
  const n = s.length;
  let p = 0;
  while (p < n) {
    const c0 = s.charCodeAt(p);
    if (c0 >= ASCII || WORD[c0] === 0) {
      p++;
      continue;
    }
    // A word starts at p: file it, then skip to the word's end.
    let m = ONE[c0];
    let k2 = -1;
    let k3 = -1;
    const c1 = p + 1 < n ? s.charCodeAt(p + 1) : ASCII;
    if (c1 < ASCII) {
      const i2 = c0 * ASCII + c1;
      m |= TWO[i2];
      k2 = i2 + ASCII;
      const c2 = p + 2 < n ? s.charCodeAt(p + 2) : ASCII;
      if (c2 < ASCII) {
        k3 = i2 * ASCII + c2 + ASCII + ASCII * ASCII;
        const block = THREE_BLOCK[i2];
        if (block !== 0) m |= THREE[block * ASCII + c2];
      }
    }
    if (m !== 0) {
      starts.push(p);
      masks.push(m);
      keys.push(c0, k2, k3);
    }
    for (p++; p < n; p++) {
      const c = s.charCodeAt(p);
      if (c >= ASCII || WORD[c] === 0) break;
    }
  }
  return { text: s, generation, starts, masks, keys };
}

/** The last strings indexed (an utterance's lowercased, masked and original text are scanned in turn). */
const recent: LeadIndex[] = [];
const RECENT_MAX = 4;
let next = 0;

/** The index returned last: most calls ask for the same string again. */
let last: LeadIndex | null = null;

/** The index of `s`, built on first use and kept for the next few calls (extraction is synchronous). */
export function leadIndexOf(s: string): LeadIndex {
  if (last !== null && last.text === s && last.generation === generation) return last;
  for (const ix of recent) if (ix.text === s && ix.generation === generation) return (last = ix);
  const ix = (last = build(s));
  if (recent.length < RECENT_MAX) recent.push(ix);
  else {
    recent[next] = ix;
    next = (next + 1) % RECENT_MAX;
  }
  return ix;
}

/**
 * A few words (or word beginnings, at least three characters) looked up where words start, through the
 * shared lead index: `found` tells which of them begin a word in a string, as a bit mask, in one pass
 * over the string's indexed starts. A cheap fact to gate a pattern on when its every match has one of the
 * words at a word start. Falls back to `String.includes` (a superset) when the index has no bit left.
 */
export class WordSet {
  private readonly bit: number;
  private readonly byKey = new Map<number, number[]>();
  /** @throws Error for more than 31 words or a word shorter than three characters. */
  constructor(private readonly words: readonly string[]) {
    if (words.length > 31 || words.some((w) => w.length < 3)) throw new Error('WordSet: 1-31 words of 3+ characters');
    this.bit = registerLeads(words.map((w) => w.slice(0, 3)));
    words.forEach((w, i) => {
      const k = keyCode(w, 0, 3);
      const list = this.byKey.get(k);
      if (list) list.push(i);
      else this.byKey.set(k, [i]);
    });
  }
  /** The mask of `some` (words of this set). @throws Error for a word not in the set. */
  mask(some: readonly string[]): number {
    let m = 0;
    for (const w of some) {
      const i = this.words.indexOf(w);
      if (i < 0) throw new Error(`WordSet.mask: "${w}" is not in the set`);
      m |= 1 << i;
    }
    return m;
  }
  /** Bit i set when word i of the set begins a word of `s` (or, without an index bit, occurs in `s`). */
  found(s: string): number {
    let m = 0;
    if (this.bit < 0) {
      this.words.forEach((w, i) => {
        if (s.includes(w)) m |= 1 << i;
      });
      return m;
    }
    const { starts, masks, keys } = leadIndexOf(s);
    const b = 1 << this.bit;
    for (let j = 0; j < starts.length; j++) {
      if ((masks[j] & b) === 0) continue;
      const p = starts[j];
      const list = this.byKey.get(keys[3 * j + 2]);
      if (list !== undefined) for (const i of list) if (s.startsWith(this.words[i], p)) m |= 1 << i;
    }
    return m;
  }
}
