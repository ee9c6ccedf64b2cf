/**
 * Small text helpers: sentences of a turn, quotes clipped for evidence, and PII redaction of quotes.
 *
 * Redaction here is minimal (emails, phone numbers, long digit runs such as card or account
 * numbers, spoken "name at domain dot com" emails); the project's privacy module, when merged,
 * is the one to use for everything else.
 */

/** Longest quote kept as evidence, characters. */
export const MAX_EVIDENCE_QUOTE = 240;

const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;
const SPOKEN_EMAIL = /\b[A-Za-z0-9._-]+(?: dot [A-Za-z0-9_-]+)* at [A-Za-z0-9-]+(?: dot [A-Za-z]{2,})+\b/gi;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b/g;
const DIGITS = /\b(?:\d[ -]?){9,}\d\b/g;

/** Replace emails, phone numbers and long digit runs by `[email]`, `[phone]`, `[number]`. */
export function redactQuote(text: string): string {
  return text.replace(EMAIL, '[email]').replace(SPOKEN_EMAIL, '[email]').replace(PHONE, '[phone]').replace(DIGITS, '[number]');
}

/** A redacted quote clipped to MAX_EVIDENCE_QUOTE characters. */
export function quoteOf(text: string): string {
  const q = redactQuote(text.trim());
  return q.length > MAX_EVIDENCE_QUOTE ? `${q.slice(0, MAX_EVIDENCE_QUOTE - 1)}…` : q;
}

/** Sentences of a turn: split after `.`, `?`, `!` or an ellipsis/dash before a capital or the end. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!…]|—|--)\s+(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
