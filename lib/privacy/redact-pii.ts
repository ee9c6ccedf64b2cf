/**
 * A minimal PII redactor for transcript text stored in the curated lake: e-mail addresses →
 * `[email]`, card-like digit runs → `[card]`, bank account numbers → `[account]`, phone numbers →
 * `[phone]`. The rules are data (REDACTION_RULES), applied in order, so the same rules run in
 * three places with the same result: in TypeScript (`redactPii`), in DuckDB (local compaction) and
 * in Athena/Trino (compaction on AWS), through `redactPiiSql`.
 *
 * Patterns use only the syntax RE2 (DuckDB), Joni/Java (Trino) and JavaScript agree on: character
 * classes, `\b`, bounded repetition and non-capturing groups; no look-around, no back-references,
 * no group references in replacements. Case-insensitive rules carry `ignoreCase` (JavaScript has
 * no inline `(?i)`; the SQL form gets the prefix).
 *
 * Spoken forms ("five five five, one two...") and names are not caught here.
 */

/** One redaction rule: every match of `pattern` becomes `label`. */
export interface RedactionRule {
  label: '[email]' | '[card]' | '[account]' | '[phone]';
  /** Regular expression source in the shared subset described above. */
  pattern: string;
  ignoreCase?: boolean;
}

/**
 * The rules, in the order they apply (IBANs before cards, whose digit groups they contain; cards
 * before phones, so a 16-digit card is not read as a phone number; account phrases before phones,
 * so "account number 12345678" is an account).
 */
export const REDACTION_RULES: readonly RedactionRule[] = [
  { label: '[email]', pattern: '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}' },
  // IBAN: country code, check digits, 11-30 alphanumerics (ISO 13616), optionally in groups of four
  { label: '[account]', pattern: '\\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b' },
  // 13-19 digits, optionally grouped by single spaces or dashes (card numbers, ISO/IEC 7812)
  { label: '[card]', pattern: '\\b[0-9](?:[ -]?[0-9]){12,18}\\b' },
  // an account, routing or sort-code number said with its name
  {
    label: '[account]',
    pattern: '\\b(?:account|acct|routing|sort code|iban)(?: number| no\\.?| #)?(?: is)?[ :#.]*[0-9](?:[ -]?[0-9]){3,}\\b',
    ignoreCase: true,
  },
  // phone numbers: optional +country, 7-15 digits with spaces, dots, dashes or parentheses
  { label: '[phone]', pattern: '(?:\\+[0-9]{1,3}[ .-]?)?(?:\\([0-9]{2,4}\\)[ .-]?)?[0-9](?:[ .-]?[0-9]){6,13}\\b' },
];

/** Characters without which no rule can match: a text with none of them is returned as is. */
export const REDACTION_TRIGGER = '[0-9@]';

const compiled = REDACTION_RULES.map((r) => ({ label: r.label, re: new RegExp(r.pattern, r.ignoreCase ? 'gi' : 'g') }));
const trigger = new RegExp(REDACTION_TRIGGER);

/** `text` with every match of REDACTION_RULES replaced by its label, rules applied in order. */
export function redactPii(text: string): string {
  if (!trigger.test(text)) return text;
  let out = text;
  for (const { label, re } of compiled) out = out.replace(re, label);
  return out;
}

/** The SQL engines the curated tables are built with. */
export type SqlEngine = 'duckdb' | 'trino';

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * A SQL expression redacting the string expression `expr` with the same rules, for DuckDB
 * (`regexp_replace(..., 'g')`) or Trino (`regexp_replace` replaces every match). Texts without a
 * digit or `@` skip the regular expressions.
 */
export function redactPiiSql(expr: string, engine: SqlEngine): string {
  let out = expr;
  for (const r of REDACTION_RULES) {
    const pattern = sqlString((r.ignoreCase ? '(?i)' : '') + r.pattern);
    out = engine === 'duckdb' ? `regexp_replace(${out}, ${pattern}, ${sqlString(r.label)}, 'g')` : `regexp_replace(${out}, ${pattern}, ${sqlString(r.label)})`;
  }
  return `CASE WHEN regexp_like(${expr}, ${sqlString(REDACTION_TRIGGER)}) THEN ${out} ELSE ${expr} END`;
}
