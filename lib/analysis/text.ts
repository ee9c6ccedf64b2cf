/**
 * Small text helpers: sentences of a turn, quotes clipped for evidence, and PII redaction of quotes
 * (the privacy module's `redactPii`, whose one pattern table also covers spoken "name at domain dot com" emails).
 */
import { redactPii } from '../privacy/redact';

/** Longest quote kept as evidence, characters. */
export const MAX_EVIDENCE_QUOTE = 240;

/** Emails (written or spoken), phone numbers and card/account-like numbers replaced: `redactPii` (lib/privacy/pii-patterns.ts). */
export function redactQuote(text: string): string {
  return redactPii(text);
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
