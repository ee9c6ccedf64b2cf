/**
 * Phone numbers in E.164 form (ITU-T E.164: `+`, a country code starting 1-9, at most 15 digits in
 * all). A minimal normaliser for hashing and erasure: separators (spaces, dots, dashes, brackets)
 * are dropped, an international `00` prefix becomes `+`, and a bare 10-digit or `1`+10-digit
 * number is read as North American (+1, the product's home market) unless `nationalAsNorthAmerican`
 * is false (telephony input: the agent never guesses a country). Anything else without a country
 * code is refused rather than guessed. `tel:`/`sip:` URIs (`sip:+4420...@trunk`) are unwrapped and
 * carriers' withheld-number markers (`anonymous`, `restricted`, ...) are refused. The one E.164
 * normaliser of the project: the keyed hash, forget, alerts and the agent (lib/caller-identity.ts).
 */

/** `+` then 8-15 digits, the first 1-9. */
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;

/** What carriers and SIP trunks put in place of a withheld number (compared case-insensitively). */
export const WITHHELD_MARKERS: readonly string[] = ['anonymous', 'unknown', 'restricted', 'private', 'unavailable', 'withheld', 'blocked'];

/** Options of `parsePhoneNumber`. */
export interface PhoneNumberOptions {
  /** Read a bare 10-digit or `1`+10-digit number as +1 (default true; false for telephony input). */
  nationalAsNorthAmerican?: boolean;
}

/** Raised by `parsePhoneNumber` for input that is not a phone number; the message says why. */
export class PhoneNumberError extends Error {
  override name = 'PhoneNumberError';
}

/** Fewest digits accepted after `+` (shortest national numbers with their country code). */
const MIN_DIGITS = 8;
/** E.164's maximum digits. */
const MAX_DIGITS = 15;

/**
 * The E.164 form of `raw`, e.g. `(617) 555-0142` -> `+16175550142`.
 * @throws PhoneNumberError naming what is wrong.
 */
export function parsePhoneNumber(raw: string, options: PhoneNumberOptions = {}): string {
  const text = raw.trim();
  if (!text) throw new PhoneNumberError('phone number is empty');
  if (WITHHELD_MARKERS.includes(text.toLowerCase())) throw new PhoneNumberError(`"${text}" is a withheld number`);
  const bare = text.replace(/^(?:tel|sips?):/i, '').replace(/[@;].*$/, '');
  if (/[^\d\s().+-]/.test(bare)) throw new PhoneNumberError(`"${text}" is not a phone number: only digits, +, spaces, dots, dashes and brackets are allowed`);
  let digits = bare.replace(/[\s().-]/g, '');
  if (digits.indexOf('+') > 0 || (digits.match(/\+/g)?.length ?? 0) > 1) throw new PhoneNumberError(`"${text}" is not a phone number: + only at the start`);
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (!digits.startsWith('+')) {
    if (options.nationalAsNorthAmerican === false) throw new PhoneNumberError(`"${text}" has no country code`);
    if (/^\d{10}$/.test(digits) && /^[2-9]/.test(digits)) digits = `+1${digits}`;
    else if (/^1\d{10}$/.test(digits)) digits = `+${digits}`;
    else throw new PhoneNumberError(`"${text}" has no country code: write it in international form, e.g. +44 20 7946 0958`);
  }
  const body = digits.slice(1);
  if (!/^[1-9]\d*$/.test(body)) throw new PhoneNumberError(`"${text}" is not a phone number: the country code cannot start with 0`);
  if (body.length < MIN_DIGITS || body.length > MAX_DIGITS) {
    throw new PhoneNumberError(`"${text}" is not a phone number: E.164 numbers have ${MIN_DIGITS}-${MAX_DIGITS} digits after +, this has ${body.length}`);
  }
  return digits;
}

/** The E.164 form of `raw`, or null when it is missing or not a phone number. */
export function normalizePhoneNumber(raw: string | null | undefined, options: PhoneNumberOptions = {}): string | null {
  if (raw === null || raw === undefined) return null;
  try {
    return parsePhoneNumber(raw, options);
  } catch {
    return null;
  }
}
