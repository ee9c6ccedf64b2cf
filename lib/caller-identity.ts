/**
 * Who is calling, from what telephony gives us: the caller's number as E.164 (or null when it is
 * withheld or not a number), and a display name only when it is a person's name. LiveKit names SIP
 * participants `Phone +15551234567` (or `Phone XXXX-XXXX` for a withheld number); such a label, a
 * bare number or an email address is not a name and must never be used to greet anyone. Pure
 * functions; no I/O.
 *
 * E.164 (ITU-T Recommendation E.164): `+`, a country code that does not start with 0, at most 15
 * digits in all; we require at least 8 digits, the shortest real international numbers.
 */

/** `+` then 8-15 digits, the first 1-9. */
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;

/** What carriers and SIP trunks put in place of a withheld number (compared case-insensitively). */
export const WITHHELD_MARKERS: readonly string[] = ['anonymous', 'unknown', 'restricted', 'private', 'unavailable', 'withheld', 'blocked'];

/**
 * The caller's number as E.164, or null when it is withheld, missing or not a valid number.
 * Accepts the usual written forms: spaces, dashes, dots and brackets (`+1 (617) 555-0142`), a
 * `tel:` or `sip:` URI (`sip:+16175550142@trunk.example`), and the international `00` prefix
 * (`0044...` → `+44...`). A number without a country code (`6175550142`) is not guessed: null.
 */
export function normalizeE164(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  let s = raw.trim();
  if (s === '' || WITHHELD_MARKERS.includes(s.toLowerCase())) return null;
  s = s.replace(/^(?:tel|sips?):/i, '').replace(/[@;].*$/, '');
  s = s.replace(/[\s\-.()]/g, '');
  if (s.startsWith('00')) s = `+${s.slice(2)}`;
  return E164_PATTERN.test(s) ? s : null;
}

/** True when `text` is, or mostly is, a phone number (7+ digits and nothing but number punctuation). */
function looksLikePhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  return digits.length >= 7 && /^[\s+\d\-.()xX*#]+$/.test(text);
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** LiveKit's SIP participant name (`Phone +1...`, `Phone XXXX`) and other telephony labels. */
const TELEPHONY_LABEL = /^(?:phone|caller|sip|tel|anonymous|unknown|restricted|private|unavailable|withheld)\b/i;

/** Longest display name kept (characters). */
export const MAX_NAME_CHARS = 80;

/**
 * A name fit to greet someone by, from a participant name or caller-memory name; null for
 * LiveKit's `Phone ...` label, a phone number, an email address, a SIP identity (`sip_...`), a
 * withheld-number marker, or text without a letter. Whitespace is collapsed; at most MAX_NAME_CHARS.
 */
export function callerDisplayName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '' || !/\p{L}/u.test(name)) return null;
  if (TELEPHONY_LABEL.test(name) || /^sip_/i.test(name)) return null;
  if (EMAIL.test(name) || looksLikePhoneNumber(name) || /\d{5,}/.test(name.replace(/[\s\-.()]/g, ''))) return null;
  return name.slice(0, MAX_NAME_CHARS);
}

/**
 * The caller's name for the record and caller memory: the name the caller gave during the call
 * (e.g. for a booking) wins over the one known at the start (participant or memory); each must pass
 * `callerDisplayName`.
 */
export function callerNameOf(givenDuringCall: string | null | undefined, knownAtStart: string | null | undefined): string | null {
  return callerDisplayName(givenDuringCall) ?? callerDisplayName(knownAtStart);
}
