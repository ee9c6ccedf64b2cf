/**
 * The named queries against Trino's own grammar (dt-sql-parser's TrinoSQL, generated from Trino's
 * ANTLR grammar): Athena engine v3 is Trino, and nothing here can run Athena, so this is the check
 * that each query at least parses as Trino SQL. test/local-lake.test.ts runs the same queries in
 * DuckDB; between the two, a query that only one engine accepts fails a test.
 *
 * dt-sql-parser ships ES modules without `"type": "module"`, which jest's loader cannot read, so
 * the parser runs in one tsx child process over every statement.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMED_QUERIES } from '../lib/analytics/named-queries';
import { CURATED_TABLES } from '../lib/analytics/curated';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Trino syntax errors per statement (empty when it parses). */
function trinoErrors(statements: readonly string[]): string[][] {
  const script = `import { TrinoSQL } from 'dt-sql-parser';
const trino = new TrinoSQL();
const statements = JSON.parse(process.env.STATEMENTS);
process.stdout.write(JSON.stringify(statements.map((s) => trino.validate(s).map((e) => e.startLine + ':' + e.startColumn + ' ' + e.message))));`;
  const out = execFileSync(path.join(repo, 'node_modules', '.bin', 'tsx'), ['--eval', script], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, STATEMENTS: JSON.stringify(statements) },
  });
  return JSON.parse(out) as string[][];
}

const BAD = ['SELECT score::int FROM lead_scores', 'SELECT * EXCLUDE (reasons) FROM lead_scores', 'SELEC tier FROM lead_scores'];
let errors: string[][];
beforeAll(() => {
  errors = trinoErrors([...NAMED_QUERIES.map((q) => q.sql), ...BAD, ...CURATED_TABLES.map((t) => t.sql('2026-11-20', 'trino'))]);
});

test.each(CURATED_TABLES.map((t, i) => [t.name, i] as const))('the compaction SELECT of %s (the body of its Athena UNLOAD) parses as Trino SQL', (_name, i) => {
  expect(errors[NAMED_QUERIES.length + BAD.length + i]).toEqual([]);
});

test.each(NAMED_QUERIES.map((q, i) => [q.name, i] as const))('named query %s parses as Trino SQL', (_name, i) => {
  expect(errors[i]).toEqual([]);
});

test('the grammar rejects what Trino rejects: DuckDB-only syntax (::, EXCLUDE) and typos', () => {
  const bad = errors.slice(NAMED_QUERIES.length, NAMED_QUERIES.length + BAD.length);
  expect(bad).toHaveLength(BAD.length);
  for (const e of bad) expect(e.length).toBeGreaterThan(0);
});
