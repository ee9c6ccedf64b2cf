/**
 * PII redaction of free text that spreads beyond the session record (evidence and score quotes,
 * score reasons, alerts, logs, curated tables): email addresses, phone numbers, card-like and
 * account-like numbers are replaced by a placeholder; every other character of the text is kept,
 * so a quote still reads as the caller said it ("We send 500 contracts a month, mail me at [email]").
 *
 * What counts (the placeholders are in `PII_PLACEHOLDERS`):
 * - `[email]`: `name@domain.tld`, and the spoken form speech-to-text writes (`dana at northwind dot com`);
 * - `[card]`: 13-19 digits, alone or in groups, passing the Luhn check (ISO/IEC 7812 card numbers);
 * - `[phone]`: `+` and 8-15 digits (E.164), a North American 10-digit number in any usual grouping
 *   (`(617) 555-0142`, `617.555.0142`, `1-617-555-0142`), a 7-digit local `555-0142`, and 7 or
 *   more digits spoken one by one (`six one seven five five five ...`);
 * - `[account]`: any other run of 8 or more digits (with single spaces or dashes between groups),
 *   and IBANs (two letters, two check digits, 11-30 letters and digits).
 * Dates (`2026-11-24`), times, money amounts with commas (`3,000`, `$1,200,000`) and numbers of up
 * to 6 digits are not personal data here and stay.
 */
import { callerDisplayName } from '../caller-identity';

/** The placeholders that stand in for what was removed. */
export const PII_PLACEHOLDERS = { email: '[email]', phone: '[phone]', card: '[card]', account: '[account]' } as const;
export type PiiKind = keyof typeof PII_PLACEHOLDERS;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** Spoken emails as transcribed: `dana dot ruiz at northwind dot com`. */
const SPOKEN_EMAIL = /\b[A-Za-z0-9_-]+(?:\s+dot\s+[A-Za-z0-9_-]+)*\s+at\s+[A-Za-z0-9-]+(?:\s+dot\s+[A-Za-z]{2,})+\b/gi;
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/g;
const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
/** Seven or more digit words in a row (a number read out one digit at a time). */
const SPOKEN_DIGITS = new RegExp(`\\b${DIGIT_WORD}(?:[\\s,-]+${DIGIT_WORD}){6,}\\b`, 'gi');
/**
 * A run of digits joined by single separators: `+1 (617) 555-0142`, `4111 1111 1111 1111`,
 * `12345678`. Commas are not separators, so `3,000` never joins its neighbours.
 */
const DIGIT_RUN = /(?<![\w.])\+?\(?\d(?:\d|[ .-]\(?\d|\)[ .-]?\d)*(?![\w])/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Luhn checksum (ISO/IEC 7812-1 Annex B) over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** What a digit run is: a kind of PII, or null to keep it. */
function classifyDigits(run: string): PiiKind | null {
  if (ISO_DATE.test(run)) return null;
  const digits = run.replace(/\D/g, '');
  const n = digits.length;
  if (n < 7) return null;
  if (n >= 13 && n <= 19 && luhnValid(digits) && !run.startsWith('+')) return 'card';
  if (run.startsWith('+') && n >= 8 && n <= 15) return 'phone';
  if (n === 10 && /^[2-9]/.test(digits)) return 'phone';
  if (n === 11 && digits.startsWith('1') && /^[2-9]/.test(digits.slice(1))) return 'phone';
  if (n === 7 && /^\d{3}[ .-]\d{4}$/.test(run)) return 'phone';
  return n >= 8 ? 'account' : null;
}

/** Every phone number written in digits in `text`, as written (e.g. `(617) 555-0142`), in order. */
export function findPhoneNumbers(text: string): string[] {
  return [...text.matchAll(DIGIT_RUN)].map((m) => m[0]).filter((run) => classifyDigits(run) === 'phone');
}

/** Every email address written in `text` (not the spoken form), in order. */
export function findEmails(text: string): string[] {
  return [...text.matchAll(EMAIL)].map((m) => m[0]);
}

/** Counts of what `redactPiiCounted` replaced, by kind. */
export type PiiCounts = Record<PiiKind, number>;

/** `redactPii` plus how many of each kind it replaced (for logs: counts, never content). */
export function redactPiiCounted(text: string): { text: string; counts: PiiCounts } {
  const counts: PiiCounts = { email: 0, phone: 0, card: 0, account: 0 };
  const sub = (kind: PiiKind) => {
    counts[kind]++;
    return PII_PLACEHOLDERS[kind];
  };
  let out = text.replace(EMAIL, () => sub('email')).replace(SPOKEN_EMAIL, () => sub('email'));
  out = out.replace(IBAN, (m) => (/\d{2}/.test(m.slice(2, 4)) && m.replace(/\s/g, '').length >= 15 ? sub('account') : m));
  out = out.replace(SPOKEN_DIGITS, () => sub('phone'));
  out = out.replace(DIGIT_RUN, (m) => {
    const kind = classifyDigits(m);
    return kind ? sub(kind) : m;
  });
  return { text: out, counts };
}

/**
 * The text with email addresses, phone numbers, card-like and account-like numbers replaced by
 * `[email]`, `[phone]`, `[card]`, `[account]`; everything else kept as is.
 */
export function redactPii(text: string): string {
  return redactPiiCounted(text).text;
}

/** `redactPii` for a nullable value. */
export function redactPiiOrNull(text: string | null): string | null {
  return text === null ? null : redactPii(text);
}

/** True when the text holds something `redactPii` would replace. */
export function containsPii(text: string): boolean {
  return redactPii(text) !== text;
}

/**
 * A caller's display name as it may be shown: the project's one caller-name rule,
 * `callerDisplayName` (lib/caller-identity.ts): null for LiveKit's `Phone ...` label, a number, an
 * email address or a SIP identity; otherwise the name, tidied.
 */
export const displayableCallerName = callerDisplayName;
