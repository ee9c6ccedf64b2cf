/**
 * The one table of PII patterns. Every redactor is generated from it: `redactPii` and friends in
 * TypeScript (./redact.ts) and `redactPiiSql`, the SQL expression the curated turns table is built
 * with in DuckDB locally and in Athena (Trino) on AWS (./redact-pii.ts). A test runs both on the same
 * inputs in real DuckDB and expects the same output.
 *
 * So that one pattern means the same in JavaScript, RE2 (DuckDB) and Java/Joni (Trino), patterns use
 * only what the three agree on: character classes, `\b` (ASCII word characters), `\s`, greedy and
 * bounded repetition, alternation and groups; no look-around, back-references or lazy quantifiers.
 * Where a look-behind would be needed, the context is captured as group 1 and written back
 * (`keepPrefix`); replacements use only `$1`, which the SQL generator spells per engine.
 *
 * The rules apply in order, each on the output of the one before; order matters (see each entry).
 * Rules marked `shield` do not redact: they hide the separators of text that must stay (ISO dates)
 * behind private-use characters so no later rule reads it as a number, and `SHIELD_CHARS` puts them
 * back at the end.
 */

/** What a pattern removes, and the placeholder that stands in for it. */
export const PII_PLACEHOLDERS = { email: '[email]', phone: '[phone]', card: '[card]', account: '[account]' } as const;
export type PiiKind = keyof typeof PII_PLACEHOLDERS;

/** One row of the table: a pattern that redacts, or a shield that keeps. */
export type PiiPattern = PiiPatternBase & (RedactingPattern | ShieldPattern);

interface PiiPatternBase {
  /** Short stable name (tests, counts by rule). */
  name: string;
  /** Regular expression source in the shared subset above. */
  pattern: string;
  /** Match letters in any case (JavaScript flag `i`, SQL prefix `(?i)`). */
  ignoreCase?: boolean;
}

interface RedactingPattern {
  /** The kind removed; its placeholder is `PII_PLACEHOLDERS[kind]`. */
  kind: PiiKind;
  /** Group 1 is context before the PII, written back in front of the placeholder. */
  keepPrefix?: boolean;
}

interface ShieldPattern {
  /** Text kept as is: its separators are hidden from the later rules. */
  kind: 'shield';
  /** The replacement, `$1`-style, with separators swapped for `SHIELD_CHARS`. */
  replacement: string;
}

/** Private-use characters that stand in for a shielded separator, and the separator each restores. */
export const SHIELD_CHARS: readonly (readonly [string, string])[] = [
  ['\uE000', '-'],
  ['\uE001', '.'],
];

const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';

/** The rules, in the order they apply. */
export const PII_PATTERNS: readonly PiiPattern[] = [
  // ISO dates (2026-11-24) and day.month.year dates stay: without this a date and the time after it
  // ("2026-11-24 10:00") would read as an 8-10 digit number.
  { name: 'iso-date', kind: 'shield', pattern: '\\b([0-9]{4})-([0-9]{2})-([0-9]{2})\\b', replacement: '$1\uE000$2\uE000$3' },
  { name: 'dotted-date', kind: 'shield', pattern: '\\b([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})\\b', replacement: '$1\uE001$2\uE001$3' },
  // name@domain.tld
  { name: 'email', kind: 'email', pattern: '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+' },
  // an email as speech-to-text writes it: "dana dot ruiz at northwind dot com"
  {
    name: 'spoken-email',
    kind: 'email',
    pattern: '\\b[A-Za-z0-9_-]+(?:\\s+dot\\s+[A-Za-z0-9_-]+)*\\s+at\\s+[A-Za-z0-9-]+(?:\\s+dot\\s+[A-Za-z]{2,})+\\b',
    ignoreCase: true,
  },
  // IBAN (ISO 13616): country, check digits, 12-31 letters and digits, optionally in groups of four;
  // before the digit rules, whose groups it contains
  { name: 'iban', kind: 'account', pattern: '\\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b' },
  // a number said with its name: the words stay, the number goes ("account number [account]")
  {
    name: 'named-account',
    kind: 'account',
    pattern: '(\\b(?:account|acct|routing|sort code)(?: number| no\\.?| #)?(?: is)?[ :#.]*)[0-9](?:[ -]?[0-9]){3,}\\b',
    ignoreCase: true,
    keepPrefix: true,
  },
  // E.164: + and 8-15 digits, any single separators and an area code in parentheses; before cards
  { name: 'e164', kind: 'phone', pattern: '\\+[0-9](?:[ .-]?\\(?[0-9]|\\)[ .-]?[0-9]){7,14}\\b' },
  // card-like: 13-19 digits (ISO/IEC 7812 lengths), alone or grouped by single spaces or dashes
  { name: 'card', kind: 'card', pattern: '\\b[0-9](?:[ -]?[0-9]){12,18}\\b' },
  // North American 10 digits in any usual grouping, optional leading 1: (617) 555-0142, 1-617-555-0142
  {
    name: 'nanp',
    kind: 'phone',
    pattern: '(?:\\b1[ .-]?)?(?:\\([2-9][0-9]{2}\\)[ .-]?|\\b[2-9][0-9]{2}[ .-]?)[0-9]{3}[ .-]?[0-9]{4}\\b',
  },
  // a 7-digit local number: 555-0142
  { name: 'local', kind: 'phone', pattern: '\\b[2-9][0-9]{2}[ .-][0-9]{4}\\b' },
  // seven or more digits read out one by one: "six one seven, five five five ..."
  { name: 'spoken-digits', kind: 'phone', pattern: `\\b${DIGIT_WORD}(?:[\\s,-]+${DIGIT_WORD}){6,}\\b`, ignoreCase: true },
  // account-like: any other run of 8 or more digits, single spaces, dots or dashes between groups
  { name: 'digits', kind: 'account', pattern: '\\b[0-9](?:[ .-]?[0-9]){7,}\\b' },
];

/**
 * A text no rule can match fails this test (case-insensitive), so redactors return it untouched
 * without running the rules, the SQL form included (most turns: "a team of 40", "3,000 a month",
 * "10:00"). Every rule needs one of: four digits with only `[ .()-]` between them, an `@`, the word
 * "dot", two letters and two digits starting a word (an IBAN), or two digit words in a row.
 */
export const PII_TRIGGER = `[0-9](?:[ .()-]*[0-9]){3}|@|\\bdot\\b|\\b[a-z]{2}[0-9]{2}|\\b${DIGIT_WORD}[\\s,-]+${DIGIT_WORD}\\b`;
