/**
 * DuckDB over the local bucket folder: the views have the Glue tables' columns, and every named
 * query runs (on an empty folder and on real data) with the answers the data implies.
 * Also the small CLI helpers: call-path expansion and terminal tables.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sessionRecordGlueColumns } from '../lib/analytics/glue-columns';
import { NAMED_QUERIES, namedQuery } from '../lib/analytics/named-queries';
import { expandCallPaths, globSegmentToRegExp } from '../bin/cli/call-files';
import { formatDuration, keySignals } from '../bin/cli/summary';
import { formatTable } from '../bin/cli/table';
import { hiveToDuckDbType, HiveTypeError, localLayout, objectFile, openLocalLake, type LocalLake } from '../lib/local';
import { rebuildCuratedDays } from '../lib/local/compact';
import { encodeLeadScore, scoreKey, scoreLead } from '../lib/scoring';
import { emptySignals, encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { makeRecord } from './fixtures';

const root = mkdtempSync(path.join(tmpdir(), 'trialist-lake-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Store an object where s3rver would (`<key>._S3rver_object`). */
function put(dir: string, key: string, bytes: Buffer): void {
  const file = objectFile(localLayout(dir), key);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

function store(dir: string, record: SessionRecord): void {
  put(dir, sessionKey(record.session_id, record.started_at), encodeSessionRecord(record));
  const score = scoreLead(record, undefined, new Date('2026-11-22T00:00:00.000Z'));
  put(dir, scoreKey(score), encodeLeadScore(score));
}

const cost = (usd: number) => ({ price_table_version: 'test', total_usd: usd, by_provider: [] });

const records: SessionRecord[] = [
  makeRecord({
    session_id: 'a_hot',
    started_at: '2026-11-20T10:00:00.000Z',
    ended_at: '2026-11-20T10:05:00.000Z',
    duration_seconds: 300,
    discovered_signals: { ...emptySignals(), team_size: 40, monthly_volume: 900, urgency: 'high', industry: 'real_estate', integration_needs: ['salesforce', 'hubspot'] },
    outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Tuesday 3pm ET', end_reason: 'replay_complete' },
    cost_summary: cost(0.3),
  }),
  makeRecord({
    session_id: 'b_warm',
    started_at: '2026-11-20T12:00:00.000Z',
    ended_at: '2026-11-20T12:02:00.000Z',
    duration_seconds: 120,
    discovered_signals: { ...emptySignals(), team_size: 6, integration_needs: ['salesforce'] },
    cost_summary: cost(0.1),
  }),
  makeRecord({
    session_id: 'c_cold',
    started_at: '2026-11-21T08:00:00.000Z',
    ended_at: '2026-11-21T08:01:00.000Z',
    duration_seconds: 60,
    outcome: { stage_reached: 'greet', meeting_booked: false, meeting_time: null, end_reason: 'caller_hangup' },
    cost_summary: cost(0.05),
  }),
];

describe('hiveToDuckDbType', () => {
  it('maps Glue column types to DuckDB types', () => {
    expect(hiveToDuckDbType('string')).toBe('VARCHAR');
    expect(hiveToDuckDbType('array<struct<name:string,usd:double>>')).toBe('STRUCT("name" VARCHAR, "usd" DOUBLE)[]');
    expect(hiveToDuckDbType('map<string,bigint>')).toBe('MAP(VARCHAR, BIGINT)');
    expect(() => hiveToDuckDbType('struct<a:string')).toThrow(HiveTypeError);
    expect(() => hiveToDuckDbType('uniontype<int,string>')).toThrow(HiveTypeError);
  });

  it('types every column of the voice_sessions table', () => {
    for (const c of sessionRecordGlueColumns()) expect(() => hiveToDuckDbType(c.type)).not.toThrow();
  });
});

describe('named queries in DuckDB', () => {
  let lake: LocalLake;
  const dir = path.join(root, 'data');

  beforeAll(async () => {
    records.forEach((r) => store(dir, r));
    await rebuildCuratedDays({ directory: dir, days: ['2026-11-20', '2026-11-21'] });
    lake = await openLocalLake({ directory: dir });
  });
  afterAll(() => lake.close());

  it('every named query runs on an empty folder', async () => {
    const empty = await openLocalLake({ directory: path.join(root, 'nothing-here') });
    try {
      for (const q of NAMED_QUERIES) {
        const r = await empty.runNamed(q.name);
        // unit-economics aggregates without GROUP BY: one row of zero calls; every other query: no rows
        const expected = q.name === 'unit-economics' ? [expect.objectContaining({ calls: 0, usd_per_hot_lead: null })] : [];
        expect({ name: q.name, rows: r.rows }).toEqual({ name: q.name, rows: expected });
      }
    } finally {
      empty.close();
    }
  });

  it('names are unique and unknown names are refused with the list', () => {
    expect(new Set(NAMED_QUERIES.map((q) => q.name)).size).toBe(NAMED_QUERIES.length);
    expect(() => namedQuery('nope')).toThrow(/known: hot-leads/);
  });

  it('the views have the Glue columns plus string partition columns', async () => {
    const cols = await lake.run('DESCRIBE voice_sessions');
    expect(cols.rows.map((r) => r.column_name)).toEqual([...sessionRecordGlueColumns().map((c) => c.name), 'year', 'month', 'day']);
    expect(cols.rows.find((r) => r.column_name === 'started_at')?.column_type).toBe('VARCHAR');
    expect(cols.rows.find((r) => r.column_name === 'day')?.column_type).toBe('VARCHAR');
  });

  it('rows come back JSON-safe: safe BIGINTs as numbers, others as strings, timestamps in ISO form, order kept', async () => {
    const { rows, columns, columnTypes } = await lake.run(
      `SELECT 9007199254740993::BIGINT AS big, 42::BIGINT AS small, TIMESTAMP '2026-11-20 10:00:00.123456' AS ts, 0.1::DOUBLE + 0.2 AS d,
        NULL::VARCHAR AS n, true AS b, 'x"y\\z' AS s, 7::INTEGER AS i, [1, 2]::BIGINT[] AS l, DATE '2026-11-20' AS day`,
    );
    expect(columns).toEqual(['big', 'small', 'ts', 'd', 'n', 'b', 's', 'i', 'l', 'day']);
    expect(columnTypes?.slice(0, 4)).toEqual(['BIGINT', 'BIGINT', 'TIMESTAMP', 'DOUBLE']);
    expect(rows).toEqual([{ big: '9007199254740993', small: 42, ts: '2026-11-20T10:00:00.123Z', d: 0.30000000000000004, n: null, b: true, s: 'x"y\\z', i: 7, l: [1, 2], day: '2026-11-20T00:00:00.000Z' }]);
    const plain = await lake.run(`SELECT 9007199254740993::BIGINT AS big, TIMESTAMP '2026-11-20 10:00:00.123456' AS ts, 0.1::DOUBLE + 0.2 AS d, 'x"y' AS s, ? AS p`, ['v']);
    expect(plain.rows).toEqual([{ big: '9007199254740993', ts: '2026-11-20T10:00:00.123Z', d: 0.30000000000000004, s: 'x"y', p: 'v' }]);
    const ordered = await lake.run('SELECT i, i * 0.5 AS half FROM range(5000) r(i) ORDER BY i DESC');
    expect(ordered.rows.map((r) => r.i)).toEqual(Array.from({ length: 5000 }, (_, k) => 4999 - k));
    expect(ordered.rows[1]).toEqual({ i: 4998, half: 2499 });
  });

  it('hot-leads lists the hot lead', async () => {
    const { rows } = await lake.runNamed('hot-leads');
    expect(rows.map((r) => [r.session_id, r.tier])).toEqual([['a_hot', 'hot']]);
  });

  it('lead-tiers counts leads per tier', async () => {
    const { rows } = await lake.runNamed('lead-tiers');
    const total = rows.reduce((n, r) => n + (r.leads as number), 0);
    expect(total).toBe(3);
    expect(rows[0]).toMatchObject({ tier: 'hot', leads: 1, meetings_booked: 1 });
  });

  it('calls-per-day groups by UTC day', async () => {
    const { rows } = await lake.runNamed('calls-per-day');
    expect(rows).toEqual([
      { call_date: '2026-11-20', calls: 2, avg_duration_seconds: 210, meetings_booked: 1 },
      { call_date: '2026-11-21', calls: 1, avg_duration_seconds: 60, meetings_booked: 0 },
    ]);
  });

  it('signal-coverage counts the calls where each signal was found', async () => {
    const { rows } = await lake.runNamed('signal-coverage');
    const by = Object.fromEntries(rows.map((r) => [r.signal, r.calls_with_signal]));
    expect(by).toMatchObject({ team_size: 2, monthly_volume: 1, integration_needs: 2, urgency: 1, industry: 1, pain_points: 0 });
    expect(rows.find((r) => r.signal === 'team_size')?.pct_of_calls).toBeCloseTo(66.7, 1);
  });

  it('integrations-demand counts each integration with its hot leads', async () => {
    const { rows } = await lake.runNamed('integrations-demand');
    expect(rows).toEqual([
      { integration: 'salesforce', calls: 2, hot_leads: 1 },
      { integration: 'hubspot', calls: 1, hot_leads: 1 },
    ]);
  });

  it('meetings-booked, cost-per-call and stage-funnel read the nested fields', async () => {
    expect((await lake.runNamed('meetings-booked')).rows).toEqual([
      expect.objectContaining({ session_id: 'a_hot', industry: 'real_estate', tier: 'hot' }),
    ]);
    const cost = (await lake.runNamed('cost-per-call')).rows;
    expect(cost[0]).toMatchObject({ call_date: '2026-11-20', calls: 2, total_usd: 0.4, usd_per_call: 0.2 });
    expect(cost[0]!.usd_per_minute).toBeCloseTo(0.4 / 7, 4);
    const stages = (await lake.runNamed('stage-funnel')).rows;
    expect((await lake.runNamed('stage-funnel', { from: '2026-11-21', to: '2026-11-21' })).rows.map((r) => r.stage_reached)).toEqual(['greet']);
    expect(stages.map((r) => [r.stage_reached, r.calls])).toEqual([['greet', 1], ['qualify', 1], ['book', 1]]);
    expect(stages[0]).toMatchObject({ caller_hangups: 1 });
  });
});

describe('call paths and tables', () => {
  it('expands folders recursively, globs in the last segment, and reports what matched nothing', () => {
    const calls = path.join(root, 'calls');
    mkdirSync(path.join(calls, 'sub'), { recursive: true });
    for (const f of ['a.md', 'b.txt', 'README.md', 'LICENSE', 'notes.csv', 'sub/c.json']) writeFileSync(path.join(calls, f), 'x');
    expect(expandCallPaths([calls]).files.map((f) => path.relative(calls, f))).toEqual(['a.md', 'b.txt', path.join('sub', 'c.json')]);
    const globbed = expandCallPaths([path.join(calls, '*.md'), path.join(calls, 'a.md')]);
    expect(globbed.files.map((f) => path.basename(f))).toEqual(['README.md', 'a.md']);
    const missing = expandCallPaths([path.join(calls, 'nope.md'), path.join(calls, '*.xyz')]);
    expect(missing.files).toEqual([]);
    expect(missing.unmatched.map((u) => u.message)).toEqual([expect.stringMatching(/no such file/), expect.stringMatching(/no files match/)]);
    expect(globSegmentToRegExp('call-[0-9]?.md').test('call-12.md')).toBe(true);
    expect(globSegmentToRegExp('*.md').test('a.mdx')).toBe(false);
  });

  it('formats tables, durations and key signals', () => {
    expect(formatTable(['name', 'n'], [{ name: 'a', n: 5 }, { name: 'long', n: 12 }])).toBe('name   n\n----  --\na      5\nlong  12\n');
    expect(formatTable(['x'], [])).toBe('(no rows)\n');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(keySignals(records[0]!)).toBe('team 40, 900 docs/mo, urgency high, real_estate, salesforce+hubspot, meeting booked');
    expect(keySignals(records[2]!)).toBe('-');
  });
});
