/**
 * The curated lake: compaction rebuilds whole day partitions (re-runs and late records never
 * duplicate rows, erased records drop out, the catalog swaps to a fresh prefix and the old one is
 * deleted), curated_turns text is PII-redacted (the same rules in TypeScript and DuckDB), change
 * markers drive what is rebuilt, `trialist sql` is read-only, and Athena runs go through the real
 * SDK against the local JSON-protocol stand-in (start, poll, page, bytes and cost).
 */
import { AthenaClient } from '@aws-sdk/client-athena';
import { jest } from '@jest/globals';
import { Command } from 'commander';
import { registerCompact } from '../bin/commands/compact';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CURATED_TABLES, CuratedSessionSchema, curatedSessionExpressions } from '../lib/analytics/curated';
import type { CallAnalysis } from '../lib/analysis/schema';
import { namedQuery, rangeParams } from '../lib/analytics/named-queries';
import { AthenaQueryError, runAthenaQuery, sqlLiteral } from '../lib/athena/run-query';
import { athenaQueryCostUsd } from '../lib/athena/pricing';
import { changeMarkerKey } from '../lib/lake/changes';
import { localLayout, objectFile, openLocalLake } from '../lib/local';
import { duckDbExecutor, startAwsJsonStandIn } from '../lib/local/aws-json-standin';
import { LocalPartitionCatalog } from '../lib/local/catalog';
import { compactLocal, rebuildCuratedDays } from '../lib/local/compact';
import { redactPii } from '../lib/privacy/redact-pii';
import { encodeLeadScore, scoreKey, scoreLead } from '../lib/scoring';
import { emptySignals, encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { makeRecord } from './fixtures';

const root = mkdtempSync(path.join(tmpdir(), 'trialist-curated-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `trialist compact` run in this process, its output captured. */
async function runCompactCli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const program = new Command().exitOverride();
  registerCompact(program);
  const out = { stdout: '', stderr: '' };
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out.stdout += String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((out.stderr += String(chunk)), true));
  try {
    await program.parseAsync(['compact', ...args], { from: 'user' });
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return out;
}

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
const turn = (i: number, role: 'user' | 'agent', text: string) => ({ turn_index: i, role, text, start_ms: i * 1000, end_ms: i * 1000 + 900, interrupted: false });

const PII_TEXT = 'Mail me at dana.ruiz@harbor-pine.com or call +1 (415) 555-0134; card 4111 1111 1111 1111, account number 12345678.';
const hot = makeRecord({
  session_id: 'hot_1',
  started_at: '2026-11-20T10:00:00.000Z',
  ended_at: '2026-11-20T10:05:00.000Z',
  duration_seconds: 300,
  transcript: [turn(0, 'agent', 'Hi, who am I speaking with?'), turn(1, 'user', PII_TEXT)],
  caller: { identity: 'c1', name: 'Dana', phone_hash: 'a'.repeat(64), returning_caller: false, call_count: 1 },
  discovered_signals: { ...emptySignals(), team_size: 40, monthly_volume: 900, urgency: 'high', industry: 'real_estate' },
  outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Tue 3pm', end_reason: 'caller_hangup' },
  cost_summary: { price_table_version: 't', total_usd: 0.5, by_provider: [{ provider: 'openai', service: 'llm', model: 'm', usd: 0.5 }] },
});
const cold = (id: string, startedAt: string, hash: string | null = null) =>
  makeRecord({
    session_id: id,
    started_at: startedAt,
    ended_at: new Date(Date.parse(startedAt) + 60_000).toISOString(),
    duration_seconds: 60,
    caller: { identity: id, name: null, phone_hash: hash, returning_caller: hash !== null, call_count: 1 },
    cost_summary: { price_table_version: 't', total_usd: 0.1, by_provider: [] },
  });

describe('PII redaction', () => {
  it('replaces e-mails, phones, cards and account numbers with labels, in TypeScript', () => {
    expect(redactPii(PII_TEXT)).toBe('Mail me at [email] or call [phone]; card [card], account number [account].');
    expect(redactPii('We are a team of 40 and send 900 contracts a month.')).toBe('We are a team of 40 and send 900 contracts a month.');
    expect(redactPii('IBAN GB82 WEST 1234 5698 7654 32 please')).toBe('IBAN [account] please');
  });
});

describe('curated schema', () => {
  it('every curated_sessions column has a SELECT expression, in schema order', () => {
    for (const engine of ['duckdb', 'trino'] as const) expect(Object.keys(curatedSessionExpressions(engine))).toEqual(Object.keys(CuratedSessionSchema.shape));
    const cols = CURATED_TABLES[0]!.columns();
    expect(cols.find((c) => c.name === 'next_step_at')?.type).toBe('timestamp');
    expect(cols.find((c) => c.name === 'objections')?.type).toBe('array<struct<kind:string,accepted:boolean>>');
    expect(cols.find((c) => c.name === 'competitors')?.type).toBe('array<string>');
    expect(cols.find((c) => c.name === 'started_at')?.type).toBe('timestamp');
    expect(cols.find((c) => c.name === 'cost_by_provider')?.type).toBe('array<struct<provider:string,service:string,model:string,usd:double>>');
  });
});

describe('local compaction', () => {
  const dir = path.join(root, 'lake');
  const catalog = () => new LocalPartitionCatalog(localLayout(dir).catalogFile);
  const count = async (sql: string) => {
    const lake = await openLocalLake({ directory: dir });
    try {
      return (await lake.run(sql)).rows;
    } finally {
      lake.close();
    }
  };

  beforeAll(() => {
    store(dir, hot);
    store(dir, cold('cold_1', '2026-11-21T08:00:00.000Z', 'b'.repeat(64)));
  });

  it('writes Parquet per day under curated/, points the catalog at it, and redacts turn text the same way as TypeScript', async () => {
    const done = await rebuildCuratedDays({ directory: dir, days: ['2026-11-20', '2026-11-21'] });
    expect(done.map((d) => [d.day, d.rows.curated_sessions, d.rows.curated_turns])).toEqual([
      ['2026-11-20', 1, 2],
      ['2026-11-21', 1, 2],
    ]);
    const parts = await catalog().list('curated_sessions');
    expect(parts.map((p) => p.path)).toEqual(['call_date=2026-11-20', 'call_date=2026-11-21']);
    expect(parts[0]!.location).toMatch(/^s3:\/\/trialist-local\/curated\/curated_sessions\/call_date=2026-11-20\/run-[0-9T]+-[0-9a-f]{8}\/$/);
    const rows = await count("SELECT text FROM curated_turns WHERE session_id = 'hot_1' ORDER BY turn_index");
    expect(rows.map((r) => r.text)).toEqual(['Hi, who am I speaking with?', redactPii(PII_TEXT)]);
    const s = await count("SELECT started_at, call_date, tier, cost_total_usd, cost_by_provider FROM curated_sessions WHERE session_id = 'hot_1'");
    expect(s).toEqual([{ started_at: '2026-11-20T10:00:00.000Z', call_date: '2026-11-20', tier: 'hot', cost_total_usd: 0.5, cost_by_provider: [{ provider: 'openai', service: 'llm', model: 'm', usd: 0.5 }] }]);
  });

  it('a re-run and a late record replace the day: no duplicate rows, the old prefix is gone', async () => {
    const before = (await catalog().list('curated_sessions'))[0]!.location;
    store(dir, cold('late_1', '2026-11-20T23:59:00.000Z'));
    await rebuildCuratedDays({ directory: dir, days: ['2026-11-20'] });
    await rebuildCuratedDays({ directory: dir, days: ['2026-11-20'] });
    expect(await count('SELECT call_date, count(*) AS n, count(DISTINCT session_id) AS ids FROM curated_sessions GROUP BY call_date ORDER BY call_date')).toEqual([
      { call_date: '2026-11-20', n: 2, ids: 2 },
      { call_date: '2026-11-21', n: 1, ids: 1 },
    ]);
    const after = (await catalog().list('curated_sessions'))[0]!.location;
    expect(after).not.toBe(before);
    const dayDir = path.join(localLayout(dir).bucketDir, 'curated', 'curated_sessions', 'call_date=2026-11-20');
    expect(readdirSync(dayDir)).toEqual([after.split('/').at(-2)]);
  });

  it('rebuilding after raw objects were deleted drops them; a day with none left loses its partitions', async () => {
    rmSync(objectFile(localLayout(dir), sessionKey('cold_1', '2026-11-21T08:00:00.000Z')));
    const [d] = await rebuildCuratedDays({ directory: dir, days: ['2026-11-21'] });
    expect(d!.rows).toEqual({ curated_sessions: 0, curated_turns: 0 });
    expect((await catalog().list('curated_turns')).map((p) => p.path)).toEqual(['call_date=2026-11-20']);
    expect(existsSync(path.join(localLayout(dir).bucketDir, 'curated', 'curated_turns', 'call_date=2026-11-21'))).toBe(false);
    expect(await count("SELECT count(*) AS n FROM curated_turns WHERE session_id = 'cold_1'")).toEqual([{ n: 0 }]);
  });

  it('compactLocal rebuilds the days the markers name and deletes only the markers it listed', async () => {
    store(dir, cold('marked_1', '2026-11-22T09:00:00.000Z'));
    put(dir, changeMarkerKey('marked_1', '2026-11-22T09:00:00.000Z'), Buffer.alloc(0));
    const report = await compactLocal({ directory: dir });
    expect(report.days.map((d) => d.day)).toEqual(['2026-11-22']);
    expect(report.markers).toBe(1);
    expect((await compactLocal({ directory: dir })).days).toEqual([]);
  });

  it('objects that are not gzip or not one JSON document are left out and reported by key, the others written once; a broken gzip fails the day', async () => {
    const odd = path.join(root, 'odd');
    const day = 'sessions/year=2026/month=11/day=25/';
    store(odd, cold('b_ok1', '2026-11-25T08:00:00.000Z'));
    store(odd, cold('c_ok2', '2026-11-25T09:00:00.000Z'));
    const whole = encodeSessionRecord(cold('a_cut', '2026-11-25T07:00:00.000Z'));
    put(odd, `${day}a-cut.json.gz`, gzipSync(gunzipSync(whole).subarray(0, 200))); // no closing brace, no newline
    put(odd, `${day}a-text.json.gz`, gzipSync('not json at all'));
    put(odd, `${day}a-plain.json.gz`, gunzipSync(whole));
    put(odd, `${day}a-noid.json.gz`, gzipSync(JSON.stringify({ ...cold('a_noid', '2026-11-25T07:30:00.000Z'), session_id: null })));
    put(odd, `${day}a-two.json.gz`, gzipSync(`${JSON.stringify(cold('d_ok3', '2026-11-25T10:00:00.000Z'))}\n[1, 2]\n`));
    const scoreDay = 'scores/year=2026/month=11/day=25/';
    put(odd, `${scoreDay}a-score.json.gz`, gzipSync('{"session_id": "b_ok1", "tier": '));
    const [d] = await rebuildCuratedDays({ directory: odd, days: ['2026-11-25'] });
    expect(d!.sessions).toBe(6);
    expect(d!.rows).toEqual({ curated_sessions: 3, curated_turns: 3 * cold('x', '2026-11-25T09:00:00.000Z').transcript.length });
    // every object left out, whole or in part, is reported with its key and why
    expect(d!.leftOut).toEqual([
      { key: `${day}a-plain.json.gz`, reason: 'not gzip' },
      { key: `${scoreDay}a-score.json.gz`, reason: 'not a JSON object' },
      { key: `${day}a-cut.json.gz`, reason: 'not a JSON object' },
      { key: `${day}a-text.json.gz`, reason: 'not a JSON object' },
      { key: `${day}a-two.json.gz`, reason: 'not a JSON object' },
      { key: `${day}a-noid.json.gz`, reason: 'no session_id' },
    ]);
    const cli = await runCompactCli(['--dir', odd, '--day', '2026-11-25']);
    expect(cli.stdout).toContain('1 day(s) rebuilt, 0 change marker(s) consumed, 6 object(s) left out');
    expect(cli.stdout).toContain(`left out (not gzip): ${day}a-plain.json.gz`);
    expect(cli.stdout).toContain(`left out (no session_id): ${day}a-noid.json.gz`);
    expect(cli.stderr).toContain('rebuilt 2026-11-25: 6 session(s), 6 object(s) left out');
    const lake = await openLocalLake({ directory: odd });
    try {
      expect((await lake.run('SELECT session_id, tier FROM curated_sessions ORDER BY session_id')).rows).toEqual([
        { session_id: 'b_ok1', tier: 'cold' },
        { session_id: 'c_ok2', tier: 'cold' },
        { session_id: 'd_ok3', tier: null },
      ]);
    } finally {
      lake.close();
    }
    const location = (await new LocalPartitionCatalog(localLayout(odd).catalogFile).list('curated_sessions'))[0]!.location;
    put(odd, `${day}a-broken.json.gz`, Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('not deflate')]));
    await expect(rebuildCuratedDays({ directory: odd, days: ['2026-11-25'] })).rejects.toThrow(/cannot gunzip .*a-broken\.json\.gz/);
    expect((await new LocalPartitionCatalog(localLayout(odd).catalogFile).list('curated_sessions'))[0]!.location).toBe(location);
  });

  it('named queries prune by --from/--to', async () => {
    const lake = await openLocalLake({ directory: dir });
    try {
      const q = namedQuery('calls-per-day');
      expect((await lake.run(q.sql, rangeParams(q, { from: '2026-11-22', to: '2026-11-30' }))).rows.map((r) => r.call_date)).toEqual(['2026-11-22']);
      const econ = (await lake.runNamed('unit-economics', { from: '2026-11-20', to: '2026-11-20' })).rows[0]!;
      expect(econ).toMatchObject({ calls: 2, hot_leads: 1, meetings_booked: 1, usd_per_hot_lead: 0.6, usd_per_meeting: 0.6 });
    } finally {
      lake.close();
    }
    expect(() => rangeParams(namedQuery('hot-leads'), { from: '2026-13-01' })).toThrow(/YYYY-MM-DD/);
  });

  it('read-only SQL: queries run, anything that writes or reads outside the lake is refused', async () => {
    const lake = await openLocalLake({ directory: dir, readOnly: true });
    try {
      expect((await lake.run('SELECT count(*) AS n FROM curated_sessions')).rows).toEqual([{ n: 3 }]);
      await expect(lake.run("SELECT * FROM read_csv('/etc/passwd')")).rejects.toThrow(/disabled/);
      await expect(lake.run(`COPY (SELECT 1) TO '${path.join(root, 'out.csv')}'`)).rejects.toThrow();
      await expect(lake.run('CREATE TABLE x AS SELECT 1')).rejects.toThrow(/only queries/);
      await expect(lake.run('SET enable_external_access = true')).rejects.toThrow();
      expect(existsSync(path.join(root, 'out.csv'))).toBe(false);
    } finally {
      lake.close();
    }
  });
});

describe('call analysis in curated_sessions', () => {
  const dir = path.join(root, 'analysis');
  const ev = (turn_index: number, quote: string) => ({ turn_index, quote, confidence: 0.9 });
  const analysis = (over: Partial<CallAnalysis>): CallAnalysis => ({
    analyzer_version: 'test-1',
    next_step: { kind: 'none', when_text: null, when_iso: null, evidence: null },
    interest: { level: 'low', score: 0, cues: [] },
    objections: [],
    authority: { level: 'unknown', evidence: null },
    budget: { mentioned: false, evidence: null },
    competitors: [],
    questions: [],
    summary: 'A test call.',
    ...over,
  });
  const analysed = (id: string, startedAt: string, template: string, a: CallAnalysis) => ({
    ...cold(id, startedAt),
    session: { ...makeRecord().session, template_id: template },
    analysis: a,
  });

  beforeAll(async () => {
    store(dir, analysed('a_meeting', '2026-11-16T10:00:00.000Z', 'default', analysis({
      next_step: { kind: 'meeting', when_text: 'Friday at 10', when_iso: '2026-11-20T10:00+02:00', evidence: ev(3, 'Friday at 10 works.') },
      interest: { level: 'high', score: 7, cues: [] },
      objections: [
        { kind: 'price', accepted: true, evidence: ev(1, 'too expensive'), response: ev(3, 'ok') },
        { kind: 'timing', accepted: null, evidence: ev(2, 'bad time'), response: null },
      ],
      authority: { level: 'decision_maker', evidence: ev(1, 'I sign off') },
      budget: { mentioned: true, evidence: ev(2, 'we have budget') },
      competitors: [{ id: 'docusign', name: 'DocuSign', evidence: ev(2, 'we use DocuSign') }],
      questions: [{ topic: 'pricing', evidence: ev(1, 'how much?') }, { topic: 'security', evidence: ev(2, 'SOC 2?') }],
    })));
    store(dir, analysed('a_price', '2026-11-17T10:00:00.000Z', 'default', analysis({
      next_step: { kind: 'send_info', when_text: 'tomorrow', when_iso: '2026-11-18', evidence: ev(2, 'send it tomorrow') },
      objections: [{ kind: 'price', accepted: false, evidence: ev(1, 'too pricey'), response: ev(2, 'still too much') }],
    })));
    store(dir, analysed('a_next_week', '2026-11-24T10:00:00.000Z', 'partner', analysis({
      next_step: { kind: 'callback', when_text: 'later', when_iso: 'not a time', evidence: null },
      objections: [{ kind: 'price', accepted: true, evidence: ev(1, 'expensive'), response: null }],
    })));
    store(dir, cold('old_v1', '2026-11-17T12:00:00.000Z')); // no analysis block (a schema_version 1 record)
    await rebuildCuratedDays({ directory: dir, days: ['2026-11-16', '2026-11-17', '2026-11-24'] });
  });

  const query = async (sql: string, params?: string[]) => {
    const lake = await openLocalLake({ directory: dir });
    try {
      return (await lake.run(sql, params)).rows;
    } finally {
      lake.close();
    }
  };

  it('the analysis block becomes columns: kinds, time in UTC, levels, arrays without quotes; NULL without a block', async () => {
    const cols = 'session_id, analyzer_version, next_step_kind, next_step_at, interest_level, interest_score, authority_level, budget_mentioned, objections, competitors, question_topics';
    expect(await query(`SELECT ${cols} FROM curated_sessions ORDER BY session_id`)).toEqual([
      { session_id: 'a_meeting', analyzer_version: 'test-1', next_step_kind: 'meeting', next_step_at: '2026-11-20T08:00:00.000Z', interest_level: 'high', interest_score: 7,
        authority_level: 'decision_maker', budget_mentioned: true, objections: [{ kind: 'price', accepted: true }, { kind: 'timing', accepted: null }],
        competitors: ['docusign'], question_topics: ['pricing', 'security'] },
      { session_id: 'a_next_week', analyzer_version: 'test-1', next_step_kind: 'callback', next_step_at: null, interest_level: 'low', interest_score: 0,
        authority_level: 'unknown', budget_mentioned: false, objections: [{ kind: 'price', accepted: true }], competitors: [], question_topics: [] },
      { session_id: 'a_price', analyzer_version: 'test-1', next_step_kind: 'send_info', next_step_at: '2026-11-18T00:00:00.000Z', interest_level: 'low', interest_score: 0,
        authority_level: 'unknown', budget_mentioned: false, objections: [{ kind: 'price', accepted: false }], competitors: [], question_topics: [] },
      { session_id: 'old_v1', analyzer_version: null, next_step_kind: null, next_step_at: null, interest_level: null, interest_score: null,
        authority_level: null, budget_mentioned: null, objections: null, competitors: null, question_topics: null },
    ]);
  });

  it('objections-by-week counts each kind per week with the accepted share', async () => {
    const lake = await openLocalLake({ directory: dir });
    try {
      expect((await lake.runNamed('objections-by-week')).rows).toEqual([
        { week: '2026-11-16T00:00:00.000Z', objection: 'price', objections: 2, accepted: 1, kept_up: 1, pct_accepted: 50 },
        { week: '2026-11-16T00:00:00.000Z', objection: 'timing', objections: 1, accepted: 0, kept_up: 0, pct_accepted: 0 },
        { week: '2026-11-23T00:00:00.000Z', objection: 'price', objections: 1, accepted: 1, kept_up: 0, pct_accepted: 100 },
      ]);
      expect((await lake.runNamed('objections-by-week', { from: '2026-11-20', to: '2026-11-30' })).rows.map((r) => r.week)).toEqual(['2026-11-23T00:00:00.000Z']);
      expect((await lake.runNamed('next-steps-by-template')).rows).toEqual([
        { template_id: 'default', next_step: 'meeting', calls: 1, pct_of_template_calls: 33.3, with_time: 1, hot_leads: 0, meetings_booked: 0 },
        { template_id: 'default', next_step: 'not analysed', calls: 1, pct_of_template_calls: 33.3, with_time: 0, hot_leads: 0, meetings_booked: 0 },
        { template_id: 'default', next_step: 'send_info', calls: 1, pct_of_template_calls: 33.3, with_time: 1, hot_leads: 0, meetings_booked: 0 },
        { template_id: 'partner', next_step: 'callback', calls: 1, pct_of_template_calls: 100, with_time: 0, hot_leads: 0, meetings_booked: 0 },
      ]);
    } finally {
      lake.close();
    }
  });
});

describe('Athena through the JSON-protocol stand-in', () => {
  it('starts, polls with backoff, pages the rows and reports bytes scanned and cost', async () => {
    const dir = path.join(root, 'lake');
    const lake = await openLocalLake({ directory: dir, readOnly: true });
    const standIn = await startAwsJsonStandIn({ execute: duckDbExecutor((sql, p) => lake.run(sql, p), () => 123_456_789), pollsBeforeDone: 3 });
    const client = new AthenaClient({ endpoint: standIn.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    const delays: number[] = [];
    try {
      const q = namedQuery('calls-per-day');
      const r = await runAthenaQuery(client, q.sql, {
        workGroup: 'trialist-dev',
        database: 'trialist_dev',
        executionParameters: rangeParams(q).map(sqlLiteral),
        pageSize: 1,
        sleep: async (ms) => void delays.push(ms),
      });
      expect(r.columns).toEqual(['call_date', 'calls', 'avg_duration_seconds', 'meetings_booked']);
      expect(r.rows).toEqual([
        { call_date: '2026-11-20', calls: 2, avg_duration_seconds: 180, meetings_booked: 1 },
        { call_date: '2026-11-22', calls: 1, avg_duration_seconds: 60, meetings_booked: 0 },
      ]);
      expect(delays).toEqual([250, 500, 1000]);
      expect(r.bytesScanned).toBe(123_456_789);
      expect(r.costUsd).toBeCloseTo(athenaQueryCostUsd(123_456_789), 12);
      expect(standIn.queries[0]).toMatchObject({ workGroup: 'trialist-dev', database: 'trialist_dev', parameters: ["'0001-01-01'", "'9999-12-31'"] });
      expect(standIn.calls.filter((c) => c === 'AmazonAthena.GetQueryResults')).toHaveLength(3);
      await expect(runAthenaQuery(client, 'SELECT nope FROM curated_sessions', { workGroup: 'w', sleep: async () => undefined })).rejects.toThrow(AthenaQueryError);
    } finally {
      client.destroy();
      await standIn.stop();
      lake.close();
    }
  });

  it('trialist query --athena prints the rows and the bytes scanned with their cost', async () => {
    const dir = path.join(root, 'lake');
    const lake = await openLocalLake({ directory: dir, readOnly: true });
    const standIn = await startAwsJsonStandIn({ execute: duckDbExecutor((sql, p) => lake.run(sql, p), () => 50_000_000) });
    try {
      const out = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
        execFile(
          path.join('node_modules', '.bin', 'tsx'),
          ['bin/trialist.ts', 'query', 'hot-leads', '--athena', '--endpoint', standIn.endpoint, '--region', 'us-east-1', '--json'],
          { env: { ...process.env, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y' } },
          (e, stdout, stderr) => (e ? reject(Object.assign(e, { stderr })) : resolve({ stdout, stderr })),
        );
      });
      expect(out.stdout.trim().split('\n').map((l) => JSON.parse(l).session_id)).toEqual(['hot_1']);
      expect(out.stderr).toContain(`50.0 MB scanned, USD ${athenaQueryCostUsd(50_000_000).toFixed(6)}`);
      expect(standIn.queries[0]).toMatchObject({ workGroup: 'trialist-dev', database: 'trialist_dev' });
    } finally {
      await standIn.stop();
      lake.close();
    }
  });
});
