/**
 * One source of truth for PII patterns: the TypeScript redactor and the SQL expression the curated
 * turns table is built with are both generated from PII_PATTERNS; here both run on the same inputs,
 * the SQL in real DuckDB, and must give the same text.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { PII_PATTERNS, PII_TRIGGER } from '../lib/privacy/pii-patterns';
import { findPii, redactPii } from '../lib/privacy/redact';
import { redactPiiSql } from '../lib/privacy/redact-pii';

const INPUTS = [
  'Mail me at dana.ruiz@harbor-pine.com or call +1 (415) 555-0134; card 4111 1111 1111 1111, account number 12345678.',
  'Yes, Tuesday 2-4pm Eastern works, dana@northwind.example.',
  'call me on (617) 555-0142 or +44 20 7946 0958 please',
  'my card is 4111-1111-1111-1111, expiry next May',
  'account 12345678, routing 021000021, sort code is 12-34-56 78',
  'it is six one seven, five five five, zero one four two',
  'mail Dana Dot Ruiz AT northwind dot com',
  'IBAN GB29 NWBK 6016 1331 9268 19 thanks',
  'local 555-0142, toll free 1-800-555-0199, dotted 617.555.0142, bare 6175550142',
  'Booked a meeting with sales for 2026-11-24 10:00, or 24.11.2026 at 9',
  'We are a team of 40 at a law firm and we send 500 contracts per month.',
  'Around 3,000 applications in two months, $1,200,000 in fees',
  'the meeting is 2026-11-24T15:00:00Z, version 3.2.1, 1.5 million, 2025 or 2026',
  'member id 98765432 and order 1234567 and ticket 12 34 56 78 90',
  "it's O'Brien's number: 617 555 0142 — don't share",
  'no pii at all here, just words',
  '',
  'ÉMILE at émile dot fr wrote 617-555-0142 ☎',
  'two numbers 6175550142 6175550143 and a long one 123456789012345678901234',
];

describe('PII patterns: TypeScript and SQL from one table', () => {
  let conn: Awaited<ReturnType<DuckDBInstance['connect']>>;
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    conn = await instance.connect();
  });
  afterAll(() => {
    conn.closeSync();
    instance.closeSync();
  });

  const viaDuckDb = async (texts: readonly (string | null)[]): Promise<(string | null)[]> => {
    const values = texts.map((t, i) => `(${i}, ${t === null ? 'NULL' : `'${t.replace(/'/g, "''")}'`})`).join(', ');
    const reader = await conn.runAndReadAll(`SELECT ${redactPiiSql('t', 'duckdb')} AS r FROM (VALUES ${values}) v(i, t) ORDER BY i`);
    return reader.getRowObjectsJS().map((row) => row.r as string | null);
  };

  it('DuckDB gives what redactPii gives, on every input', async () => {
    expect(await viaDuckDb(INPUTS)).toEqual(INPUTS.map((t) => redactPii(t)));
  });

  it('NULL stays NULL in SQL', async () => {
    expect(await viaDuckDb([null])).toEqual([null]);
  });

  it('the inputs exercise every rule of the table', () => {
    const used = new Set(INPUTS.flatMap((t) => findPii(t).map((m) => m.rule)));
    const redacting = PII_PATTERNS.filter((p) => p.kind !== 'shield').map((p) => p.name);
    expect(redacting.filter((n) => !used.has(n))).toEqual([]);
  });

  it('the trigger is a necessary condition: every match of every rule passes it alone', () => {
    const trigger = new RegExp(PII_TRIGGER, 'i');
    const matches = INPUTS.flatMap((t) => findPii(t));
    expect(matches.length).toBeGreaterThan(20);
    expect(matches.filter((m) => !trigger.test(m.value)).map((m) => `${m.rule}: ${m.value}`)).toEqual([]);
    // and most turns skip the rules entirely
    for (const t of ['We are a team of 40 and send 500 contracts a month.', 'Around 3,000 in fees, $1,200,000', 'meet at 10:00 on the 24th', 'one or two'])
      expect([t, trigger.test(t)]).toEqual([t, false]);
  });

  it('keeps what is not PII and names what was removed', () => {
    expect(redactPii(INPUTS[0]!)).toBe('Mail me at [email] or call [phone]; card [card], account number [account].');
    expect(redactPii(INPUTS[9]!)).toBe(INPUTS[9]);
    expect(redactPii(INPUTS[8]!)).toBe('local [phone], toll free [phone], dotted [phone], bare [phone]');
    expect(redactPii(INPUTS[4]!)).toBe('account [account], routing [account], sort code is [account]');
  });

  it('the Trino form spells group references with $ and has no DuckDB flags', () => {
    const trino = redactPiiSql('t.text', 'trino');
    expect(trino).not.toContain("'g')");
    expect(trino).toContain("'$1[account]'");
    expect(redactPiiSql('t.text', 'duckdb')).toContain("'\\1[account]', 'g')");
  });
});
