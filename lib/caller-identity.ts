/**
 * Who is calling, from what telephony gives us: the caller's number as E.164 (or null when it is
 * withheld or not a number), and a display name only when it is a person's name. LiveKit names SIP
 * participants `Phone +15551234567` (or `Phone XXXX-XXXX` for a withheld number); such a label, a
 * bare number or an email address is not a name and must never be used to greet anyone. Pure
 * functions; no I/O. The one caller-name rule (`callerDisplayName`) of the project: the agent, the
 * record, the alert and the call summary use it (lib/privacy re-exports it as `displayableCallerName`).
 *
 * E.164 (ITU-T Recommendation E.164): `+`, a country code that does not start with 0, at most 15
 * digits in all; we require at least 8 digits, the shortest real international numbers.
 */
import { normalizePhoneNumber } from './privacy/phone-number';

export { E164_PATTERN, WITHHELD_MARKERS } from './privacy/phone-number';

/**
 * The caller's number as E.164, or null when it is withheld, missing or not a valid number
 * (`normalizePhoneNumber`, lib/privacy/phone-number.ts, the project's one normaliser). Accepts
 * spaces, dashes, dots and brackets, `tel:`/`sip:` URIs and the `00` prefix; a number without a
 * country code (`6175550142`) is not guessed from telephony: null.
 */
export function normalizeE164(raw: string | null | undefined): string | null {
  return normalizePhoneNumber(raw, { nationalAsNorthAmerican: false });
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
