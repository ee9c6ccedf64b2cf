/**
 * PII redaction in SQL, for the transcript text of the curated turns table: the same rules as
 * `redactPii` (./redact.ts), generated from the one table `PII_PATTERNS` (./pii-patterns.ts), for
 * DuckDB (local compaction, RE2) and Athena/Trino (compaction on AWS, Java-style regular
 * expressions). test/privacy-sql.test.ts runs the DuckDB form and expects `redactPii`'s output.
 */
import { PII_PATTERNS, PII_PLACEHOLDERS, PII_TRIGGER, SHIELD_CHARS } from './pii-patterns';

export { redactPii } from './redact';

/** The SQL engines the curated tables are built with. */
export type SqlEngine = 'duckdb' | 'trino';

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** A `$1`-style replacement as the engine writes it: DuckDB (RE2) `\1`, Trino `$1`; a literal `\` or `$` escaped. */
function replacementFor(template: string, engine: SqlEngine): string {
  if (engine === 'trino') return template.replace(/\\/g, '\\\\').replace(/\$(?!\d)/g, '\\$');
  return template.replace(/\\/g, '\\\\').replace(/\$(\d)/g, '\\$1');
}

function regexpReplace(expr: string, pattern: string, replacement: string, engine: SqlEngine): string {
  const args = `${expr}, ${sqlString(pattern)}, ${sqlString(replacementFor(replacement, engine))}`;
  return engine === 'duckdb' ? `regexp_replace(${args}, 'g')` : `regexp_replace(${args})`;
}

/**
 * A SQL expression redacting the string expression `expr` (evaluated more than once: pass a column
 * or another side-effect-free expression) with the rules of `PII_PATTERNS`, for DuckDB
 * (`regexp_replace(..., 'g')`) or Trino (`regexp_replace` replaces every match). Texts no rule can
 * match (`PII_TRIGGER`; DuckDB `regexp_matches`, Trino `regexp_like`) skip the regular expressions; NULL stays NULL.
 */
export function redactPiiSql(expr: string, engine: SqlEngine): string {
  let out = expr;
  for (const r of PII_PATTERNS) {
    const pattern = (r.ignoreCase ? '(?i)' : '') + r.pattern;
    const replacement = r.kind === 'shield' ? r.replacement : `${r.keepPrefix ? '$1' : ''}${PII_PLACEHOLDERS[r.kind]}`;
    out = regexpReplace(out, pattern, replacement, engine);
  }
  for (const [c, sep] of SHIELD_CHARS) out = `replace(${out}, ${sqlString(c)}, ${sqlString(sep)})`;
  const like = engine === 'duckdb' ? 'regexp_matches' : 'regexp_like';
  return `CASE WHEN ${like}(${expr}, ${sqlString(`(?i)${PII_TRIGGER}`)}) THEN ${out} ELSE ${expr} END`;
}
