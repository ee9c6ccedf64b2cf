/**
 * PII redaction of free text that spreads beyond the session record (evidence and score quotes,
 * score reasons, alerts, logs, curated tables): email addresses, phone numbers, card-like and
 * account-like numbers are replaced by a placeholder; every other character of the text is kept,
 * so a quote still reads as the caller said it ("We send 500 contracts a month, mail me at [email]").
 *
 * What counts is the table in ./pii-patterns.ts, the one source the SQL form (`redactPiiSql`,
 * ./redact-pii.ts) is generated from too:
 * - `[email]`: `name@domain.tld`, and the spoken form speech-to-text writes (`dana at northwind dot com`);
 * - `[phone]`: `+` and 8-15 digits (E.164), a North American 10-digit number in any usual grouping
 *   (`(617) 555-0142`, `617.555.0142`, `1-617-555-0142`), a 7-digit local `555-0142`, and 7 or
 *   more digits spoken one by one (`six one seven five five five ...`);
 * - `[card]`: 13-19 digits, alone or in groups of single spaces or dashes (card number lengths);
 * - `[account]`: IBANs, a number of 4 or more digits said after "account", "routing" or "sort code"
 *   (the words stay), and any other run of 8 or more digits.
 * Dates (`2026-11-24`, `24.11.2026`), times, money amounts with commas (`3,000`, `$1,200,000`) and
 * numbers of up to 7 digits in other shapes are not personal data here and stay.
 */
import { callerDisplayName } from '../caller-identity';
import { PII_PATTERNS, PII_PLACEHOLDERS, PII_TRIGGER, SHIELD_CHARS, type PiiKind, type PiiPattern } from './pii-patterns';

export { PII_PLACEHOLDERS, type PiiKind } from './pii-patterns';

interface CompiledPattern {
  rule: PiiPattern;
  re: RegExp;
}

const compiled: readonly CompiledPattern[] = PII_PATTERNS.map((rule) => ({ rule, re: new RegExp(rule.pattern, rule.ignoreCase ? 'gi' : 'g') }));
const trigger = new RegExp(PII_TRIGGER, 'i');
const unshield = new RegExp(`[${SHIELD_CHARS.map(([c]) => c).join('')}]`, 'g');
const shieldSeparator = new Map(SHIELD_CHARS);

/** `$1`.. in a shield rule's replacement, filled from the match's groups. */
function expand(template: string, groups: readonly (string | undefined)[]): string {
  return template.replace(/\$(\d)/g, (_, i: string) => groups[Number(i) - 1] ?? '');
}

/** One piece of PII found in a text: its kind, the rule that found it and the text as written. */
export interface PiiMatch {
  kind: PiiKind;
  rule: string;
  value: string;
  /** Offset in the input, UTF-16 code units. */
  index: number;
}

/**
 * Every piece of PII in `text`, in order of position, found by the same rules in the same order as
 * `redactPii` (each match is blanked before the next rule runs, so nothing is found twice).
 */
export function findPii(text: string): PiiMatch[] {
  if (!trigger.test(text)) return [];
  const found: PiiMatch[] = [];
  let work = text;
  for (const { rule, re } of compiled) {
    work = work.replace(re, (m: string, ...rest: unknown[]) => {
      const offset = rest.find((x) => typeof x === 'number') as number;
      const groups = rest.slice(0, rest.indexOf(offset)) as (string | undefined)[];
      if (rule.kind === 'shield') return expand(rule.replacement, groups);
      const skip = rule.keepPrefix ? (groups[0] ?? '').length : 0;
      found.push({ kind: rule.kind, rule: rule.name, value: text.slice(offset + skip, offset + m.length), index: offset + skip });
      // blank with non-word characters of the same length: offsets stay, \b behaves as around a placeholder
      return m.slice(0, skip) + '\u0001'.repeat(m.length - skip);
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Every phone number written in digits in `text` (e.g. `(617) 555-0142`), as written, in order. */
export function findPhoneNumbers(text: string): string[] {
  return findPii(text)
    .filter((m) => m.kind === 'phone' && /[0-9]/.test(m.value))
    .map((m) => m.value);
}

/** Every email address written in `text` (not the spoken form), in order. */
export function findEmails(text: string): string[] {
  return findPii(text)
    .filter((m) => m.rule === 'email')
    .map((m) => m.value);
}

/** Counts of what `redactPiiCounted` replaced, by kind. */
export type PiiCounts = Record<PiiKind, number>;

/** `redactPii` plus how many of each kind it replaced (for logs: counts, never content). */
export function redactPiiCounted(text: string): { text: string; counts: PiiCounts } {
  const counts: PiiCounts = { email: 0, phone: 0, card: 0, account: 0 };
  if (!trigger.test(text)) return { text, counts };
  let out = text;
  for (const { rule, re } of compiled) {
    out = out.replace(re, (_m: string, ...rest: unknown[]) => {
      const groups = rest.slice(0, rest.findIndex((x) => typeof x === 'number')) as (string | undefined)[];
      if (rule.kind === 'shield') return expand(rule.replacement, groups);
      counts[rule.kind]++;
      return (rule.keepPrefix ? (groups[0] ?? '') : '') + PII_PLACEHOLDERS[rule.kind];
    });
  }
  return { text: out.replace(unshield, (c) => shieldSeparator.get(c) ?? c), counts };
}

/**
 * The text with email addresses, phone numbers, card-like and account-like numbers replaced by
 * `[email]`, `[phone]`, `[card]`, `[account]`; everything else kept as is. Pure; the rules are
 * `PII_PATTERNS` (./pii-patterns.ts), the same the curated tables' SQL applies.
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
  return findPii(text).length > 0;
}

/**
 * A caller's display name as it may be shown: the project's one caller-name rule,
 * `callerDisplayName` (lib/caller-identity.ts): null for LiveKit's `Phone ...` label, a number, an
 * email address or a SIP identity; otherwise the name, tidied.
 */
export const displayableCallerName = callerDisplayName;
