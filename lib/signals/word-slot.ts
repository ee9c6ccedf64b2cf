/**
 * Patterns with a word of the utterance in them, `BEFORE<word>AFTER`, built once at module load instead of once per word.
 *
 * A new regexp per word costs a compile (10-20 ms for those with the document alternations) on every turn with a new
 * thing word, and its native code stays in the process. Here the word is found with `indexOf`, the text before it is
 * checked with a fixed sticky lookbehind `(?<=BEFORE)` at the word and the text after it with a fixed sticky `AFTER`
 * after it. Both run on the whole text, so `\b`, lookaheads and lookbehinds see what they see in the one regexp, and a
 * match of `BEFORE<word>AFTER` exists exactly when, at some occurrence of the word, `BEFORE` can end there and `AFTER`
 * can start after it (the word is literal text: `isPlainWord`).
 */

import { NUM } from './utterance';

/** A word with no regexp syntax that matches only itself: letters, apostrophes, hyphens and inner spaces. */
const PLAIN_WORD = /^[a-z'-][a-z' -]*$/;

/** `word` is literal text in a regexp source (so `indexOf` finds exactly where the regexp can match it). */
export function isPlainWord(word: string): boolean {
  return PLAIN_WORD.test(word);
}

/** Regexps built from a source that is not plain (never for the words the readers pass; bounded, cleared when full). */
const BUILT = new Map<string, RegExp>();
const BUILT_MAX = 256;

/** The regexp for `source` and `flags`, built on first use: the exact fallback for a word that is not plain. */
export function builtRegExp(source: string, flags = ''): RegExp {
  let re = BUILT.get(`${flags}/${source}`);
  if (re === undefined) {
    if (BUILT.size >= BUILT_MAX) BUILT.clear();
    re = new RegExp(source, flags);
    BUILT.set(`${flags}/${source}`, re);
  }
  return re;
}

/** `BEFORE<word>AFTER` for any word, answering `new RegExp(BEFORE + word + AFTER).test(m)` without building it. */
export class WordSlot {
  private readonly before: RegExp | null;
  private readonly after: RegExp;

  constructor(private readonly beforeSource: string, private readonly afterSource: string) {
    this.before = beforeSource === '' ? null : new RegExp(`(?<=${beforeSource})`, 'y');
    this.after = new RegExp(afterSource, 'y');
  }

  /** Whether `BEFORE<word>AFTER` matches somewhere in `m`. */
  test(m: string, word: string): boolean {
    if (!isPlainWord(word)) return builtRegExp(this.beforeSource + word + this.afterSource).test(m);
    for (let p = m.indexOf(word); p >= 0; p = m.indexOf(word, p + 1)) {
      this.after.lastIndex = p + word.length;
      if (!this.after.test(m)) continue;
      if (this.before === null) return true;
      this.before.lastIndex = p;
      if (this.before.test(m)) return true;
    }
    return false;
  }
}

/** A count placeholder, its white space, and one word with its white space if one follows (group 1 the first white space). */
const NUM_WORD_LEAD = new RegExp(`${NUM}(\\s+)(?:[a-z'-]+\\s+)?`, 'y');
/** A count placeholder and two or three single letters after it (initials spelled out: "four g p practices"). */
const NUM_INITIALS_LEAD = new RegExp(`${NUM}\\s+(?:[a-z]\\s+){2,3}`, 'y');

/**
 * `(NUM)\s+(?:[a-z'-]+\s+)?<word>AFTER` tried at `n` only (a sticky regexp at `n`), with `after` the sticky `AFTER`: its
 * match, or null. Exact for a plain word (not starting with white space): the optional word, when there, is the whole
 * run of `[a-z'-]` after the white space (it must be followed by white space), and its white space all of the run before
 * the word, so the word can only start right after it (preferred: the optional group is greedy) or right after the
 * count's white space; at either, `after`'s own preferred match is the one the whole regexp takes. Failing both, the word
 * may follow two or three spelled-out initials ("four g p practices").
 */
export function numWordAt(m: string, n: number, word: string, after: RegExp): RegExpExecArray | null {
  NUM_WORD_LEAD.lastIndex = n;
  const x = NUM_WORD_LEAD.exec(m);
  if (!x) return null;
  const p1 = n + 1 + x[1].length;
  const p2 = n + x[0].length;
  if (p2 > p1 && m.startsWith(word, p2)) {
    after.lastIndex = p2 + word.length;
    const s = after.exec(m);
    if (s) return s;
  }
  if (m.startsWith(word, p1)) {
    after.lastIndex = p1 + word.length;
    return after.exec(m);
  }
  // "four g p practices": initials spelled out letter by letter stand for the one word.
  NUM_INITIALS_LEAD.lastIndex = n;
  const y = NUM_INITIALS_LEAD.exec(m);
  if (!y || !m.startsWith(word, n + y[0].length)) return null;
  after.lastIndex = n + y[0].length + word.length;
  return after.exec(m);
}
