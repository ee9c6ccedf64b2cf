/**
 * Small text helpers: sentences of a turn, quotes clipped for evidence, and PII redaction of quotes
 * (the privacy module's `redactPii`, plus spoken "name at domain dot com" emails).
 */
import { redactPii } from '../privacy/redact';

/** Longest quote kept as evidence, characters. */
export const MAX_EVIDENCE_QUOTE = 240;

const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;
const SPOKEN_EMAIL = /\b[A-Za-z0-9._-]+(?: dot [A-Za-z0-9_-]+)* at [A-Za-z0-9-]+(?: dot [A-Za-z]{2,})+\b/gi;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b/g;
const DIGITS = /\b(?:\d[ -]?){9,}\d\b/g;

/** Replace emails (written or spoken), phone numbers and card/account-like numbers (lib/privacy/redact.ts). */
export function redactQuote(text: string): string {
  return redactPii(text.replace(SPOKEN_EMAIL, '[email]')).replace(EMAIL, '[email]').replace(PHONE, '[phone]').replace(DIGITS, '[number]');
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
