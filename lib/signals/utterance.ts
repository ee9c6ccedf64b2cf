/**
 * One caller utterance prepared for the extractors: the original text (quotes come from it), a
 * lowercased copy with the same offsets, and a "masked" copy where every quantity is a single
 * placeholder character (so patterns can say "a number, then a noun" without re-parsing numbers).
 */
import { findQuantities, type Quantity } from './numbers';

/** First placeholder code point; quantity i is `String.fromCharCode(NUM_BASE + i)`. */
export const NUM_BASE = 0xe000;
/** Placeholder for digit runs that are not quantities (phone numbers, times, ordinals, percentages). */
export const NOT_A_NUMBER = '\ue0ff';
/** Regex source matching one quantity placeholder (capture it to find the quantity). */
export const NUM = '[\\ue000-\\ue0fe]';

export interface Utterance {
  /** The caller's words as received. */
  raw: string;
  /** Lowercased, same length and offsets as `raw`; curly quotes/dashes normalized; e-mail addresses blanked. */
  lower: string;
  /** `lower` with each quantity replaced by its placeholder, padded with spaces to keep offsets. */
  masked: string;
  quantities: Quantity[];
  /** Offsets where a sentence or clause ends (".", "?", "!", ";", " but ", ...), sorted. */
  clauseBreaks: number[];
}

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

/** Prepare an utterance for extraction. Pure; O(length). */
export function prepare(text: string): Utterance {
  let lower = lowerSameLength(text)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
  lower = lower.replace(EMAIL_RE, (m) => ' '.repeat(m.length));
  const quantities = findQuantities(lower).slice(0, NOT_A_NUMBER.charCodeAt(0) - NUM_BASE);
  let masked = '';
  let pos = 0;
  quantities.forEach((q, i) => {
    masked += lower.slice(pos, q.start);
    const ch = q.kind === 'cardinal' || q.kind === 'money' ? String.fromCharCode(NUM_BASE + i) : NOT_A_NUMBER;
    masked += ch + ' '.repeat(q.end - q.start - 1);
    pos = q.end;
  });
  masked += lower.slice(pos);
  const clauseBreaks: number[] = [];
  CLAUSE_RE.lastIndex = 0;
  for (let m = CLAUSE_RE.exec(lower); m; m = CLAUSE_RE.exec(lower)) clauseBreaks.push(m.index);
  return { raw: text, lower, masked, quantities, clauseBreaks };
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
  return u.raw.slice(start, end).replace(/^[\s,;:.-]+|[\s,;:-]+$/g, '');
}
