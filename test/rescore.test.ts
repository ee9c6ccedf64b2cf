/**
 * Rescore: the pure parts (date range, decision, archive key), then a rules change over a real
 * local stack (s3rver, score-lead on each put, outbox, idempotency journal): new score versions
 * written, previous ones kept under score-versions/, only newly hot leads alerted, once per
 * (session_id, rules_version), and the CLI's summary and exit codes.
 */
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { movedLines, runRescore, summaryLine } from '../bin/commands/rescore';
import { DEFAULT_LOCAL_BUCKET, localLayout, readOutbox, startLocalS3, startLocalStack, type LocalStack } from '../lib/local';
import { decideScore, listObjectKeys, partitionsBetween, readLeadScore, rescoreRange, SCORE_POLICIES, scoreVersionKey, type RescoreResult } from '../lib/pipeline';
import { compareRulesVersions, decodeLeadScore, parseRulesConfig, RULES_V1, scoreKey, scoreLead, type LeadScore, type RulesConfig } from '../lib/scoring';
import { emptySignals, encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { makeRecord } from './fixtures';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const { delivery: DELIVERY, rescore: RESCORE } = SCORE_POLICIES;

function rulesVariant(version: string, edit: (r: RulesConfig) => void): RulesConfig {
  const r = structuredClone(RULES_V1) as RulesConfig;
  r.rules_version = version;
  edit(r);
  return parseRulesConfig(r);
}
/** v2: hot from 40 (was 65), warm from 20. */
const RULES_V2 = rulesVariant('v2', (r) => {
  r.tiers = { hot: 40, warm: 20 };
});
/** v2 again, but medium urgency worth one point more: a rules change without a version bump. */
const RULES_V2_EDITED = rulesVariant('v2', (r) => {
  r.tiers = { hot: 40, warm: 20 };
  const urgency = r.rules.find((x) => x.kind === 'urgency');
  if (urgency?.kind === 'urgency') urgency.points.medium = 9;
});

function rec(id: string, day: string, signals: Partial<SessionRecord['discovered_signals']>, booked = false): SessionRecord {
  return makeRecord({
    session_id: id,
    started_at: `${day}T10:00:00.000Z`,
    ended_at: `${day}T10:05:00.000Z`,
    discovered_signals: { ...emptySignals(), ...signals },
    outcome: { stage_reached: booked ? 'book' : 'qualify', meeting_booked: booked, meeting_time: null, end_reason: 'caller_hangup' },
  });
}

describe('partitionsBetween', () => {
  test('every UTC day, both ends included, across month and year ends and a leap day', () => {
    expect(partitionsBetween('2027-12-30', '2028-01-02').map((p) => `${p.year}-${p.month}-${p.day}`)).toEqual([
      '2027-12-30',
      '2027-12-31',
      '2028-01-01',
      '2028-01-02',
    ]);
    expect(partitionsBetween('2028-02-28', '2028-03-01')).toHaveLength(3);
    expect(partitionsBetween('2026-11-20', '2026-11-20')).toEqual([{ year: '2026', month: '11', day: '20' }]);
  });

  test('rejects bad dates, reversed and oversized ranges with a clear message', () => {
    expect(() => partitionsBetween('2026-02-30', '2026-03-01')).toThrow(/--from must be a date YYYY-MM-DD, got "2026-02-30"/);
    expect(() => partitionsBetween('2026-11-01', 'yesterday')).toThrow(/--to must be a date/);
    expect(() => partitionsBetween('2026-11-02', '2026-11-01')).toThrow(/after --to/);
    expect(() => partitionsBetween('2000-01-01', '2026-01-01')).toThrow(/split the range/);
  });
});

describe('decideScore under the rescore policy', () => {
  const record = rec('d1', '2026-11-20', { team_size: 25, monthly_volume: 150, urgency: 'medium' });
  const v1 = scoreLead(record, RULES_V1, NOW); // 43, warm
  const v2 = scoreLead(record, RULES_V2, NOW); // 43, hot

  test('never scored: write; newly hot when hot', () => {
    expect(decideScore(null, v2, RESCORE)).toEqual({ action: 'write', archivePrevious: false, newlyHot: true });
    expect(decideScore(null, v1, RESCORE)).toEqual({ action: 'write', archivePrevious: false, newlyHot: false });
  });

  test('another rules version: write and archive; newly hot only when it was not hot', () => {
    expect([v1.tier, v2.tier]).toEqual(['warm', 'hot']);
    expect(decideScore(v1, v2, RESCORE)).toEqual({ action: 'write', archivePrevious: true, newlyHot: true });
    const hotV1 = { ...v2, rules_version: 'v1' } satisfies LeadScore;
    expect(decideScore(hotV1, v2, RESCORE)).toEqual({ action: 'write', archivePrevious: true, newlyHot: false });
    expect(decideScore(v2, v1, RESCORE)).toEqual({ action: 'write', archivePrevious: true, newlyHot: false });
  });

  test('same rules version: unchanged when only scored_at differs, a conflict when the score differs', () => {
    expect(decideScore(v2, { ...v2, scored_at: '2027-01-01T00:00:00.000Z' }, RESCORE)).toEqual({ action: 'unchanged', newlyHot: false });
    const edited = scoreLead(record, RULES_V2_EDITED, NOW);
    const d = decideScore(v2, edited, RESCORE);
    expect(d.action).toBe('conflict');
    expect(d.action === 'conflict' && d.message).toMatch(/43 \(hot\).*44 \(hot\).*bump rules_version/);
  });

  test('scoreVersionKey partitions archived scores by rules version, then day', () => {
    expect(scoreVersionKey(v1)).toBe('score-versions/rules_version=v1/year=2026/month=11/day=20/d1.json.gz');
    expect(() => scoreVersionKey({ ...v1, rules_version: 'v1/../x' })).toThrow(/cannot be a key segment/);
  });
});

describe('decideScore under the delivery policy (score-lead) and compareRulesVersions', () => {
  const record = rec('d2', '2026-11-20', { team_size: 25, monthly_volume: 150, urgency: 'medium' });
  const v1 = scoreLead(record, RULES_V1, NOW);
  const v2 = scoreLead(record, RULES_V2, NOW);

  test('rules versions order by their numbers, segment by segment', () => {
    expect(['v10', 'v2', 'v1.1', 'v1', 'v1.0.1', 'v1.10'].sort(compareRulesVersions)).toEqual(['v1', 'v1.0.1', 'v1.1', 'v1.10', 'v2', 'v10']);
    expect(compareRulesVersions('v1', 'v1.0')).toBe(0);
    expect(() => compareRulesVersions('v1', 'latest')).toThrow(/not a rules version: "latest"/);
  });

  test('none stored: write; an older version stored: archive it and write; a newer one: keep it', () => {
    expect(decideScore(null, v1, DELIVERY)).toEqual({ action: 'write', archivePrevious: false, newlyHot: false });
    expect(decideScore(v1, v2, DELIVERY)).toEqual({ action: 'write', archivePrevious: true, newlyHot: true });
    expect(decideScore(v2, v1, DELIVERY)).toEqual({ action: 'keep_newer', newlyHot: false, stored_rules_version: 'v2' });
  });

  test('same version: unchanged when only scored_at differs; the fresh score wins when the record changed', () => {
    expect(decideScore(v1, { ...v1, scored_at: '2027-01-01T00:00:00.000Z' }, DELIVERY)).toEqual({ action: 'unchanged', newlyHot: false });
    const changed = scoreLead(rec('d2', '2026-11-20', { team_size: 3 }), RULES_V1, NOW);
    expect(decideScore(v1, changed, DELIVERY)).toEqual({ action: 'write', archivePrevious: false, newlyHot: false });
  });
});

describe('rescore over the local stack', () => {
  let dir: string;
  let stack: LocalStack;
  const hotA = rec('resc_hot_a', '2026-11-19', { team_size: 60, monthly_volume: 1500, urgency: 'high' }, true); // 85 hot (v1, v2)
  const warmB = rec('resc_warm_b', '2026-11-20', { team_size: 25, monthly_volume: 150, urgency: 'medium' }); // 43: warm v1, hot v2
  const coldC = rec('resc_cold_c', '2026-11-21', {}); // 0 cold
  const outsideD = rec('resc_outside_d', '2026-11-25', { team_size: 25, monthly_volume: 150, urgency: 'medium' });
  const unscoredF = rec('resc_unscored_f', '2026-11-20', { team_size: 25, monthly_volume: 150, urgency: 'medium' });
  /** Written while the pipeline was down: score-lead never saw it, so it is still under sessions/. */
  const badKey = 'sessions/year=2026/month=11/day=21/resc_bad_e.json.gz';
  /** Written while the pipeline runs: score-lead moves it to quarantine, so rescore never sees it. */
  const movedKey = 'sessions/year=2026/month=11/day=20/resc_bad_g.json.gz';
  let first: RescoreResult;
  let progress: [number, number][];

  const getScore = async (r: SessionRecord) => readLeadScore(stack.s3, stack.bucket, r);
  const run = (rules: RulesConfig, extra: { onProgress?: (d: number, t: number) => void; to?: string } = {}) =>
    rescoreRange({
      s3: stack.s3,
      bucket: stack.bucket,
      from: '2026-11-19',
      to: '2026-11-21',
      rules,
      publisher: stack.publisher,
      alertOnce: stack.alertOnce,
      now: () => NOW,
      concurrency: 3,
      ...extra,
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rescore-'));
    const down = await startLocalS3({ directory: localLayout(dir).s3Dir, buckets: [DEFAULT_LOCAL_BUCKET] });
    await down.s3.send(new PutObjectCommand({ Bucket: DEFAULT_LOCAL_BUCKET, Key: badKey, Body: 'not gzip' }));
    await down.stop();
    stack = await startLocalStack({ directory: dir, log: () => undefined, rules: RULES_V1 });
    for (const r of [hotA, warmB, coldC, outsideD, unscoredF]) {
      await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: sessionKey(r.session_id, r.started_at), Body: encodeSessionRecord(r) }));
    }
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: movedKey, Body: 'not gzip either' }));
    await stack.drain();
    expect((await listObjectKeys(stack.s3, stack.bucket, 'quarantine/objects/')).sort()).toEqual([`quarantine/objects/${movedKey}`]);
    await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: scoreKey({ session_id: unscoredF.session_id, started_at: unscoredF.started_at }) }));
    expect(stack.published()).toEqual(['resc_hot_a']);
    progress = [];
    first = await run(RULES_V2, { onProgress: (d, t) => progress.push([d, t]) });
  });

  afterAll(async () => {
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('reads every session in the range and reports progress up to the total', () => {
    expect(first.partitions).toBe(3);
    expect(first.sessions).toBe(5); // A, B, C, F and the malformed one left in place; D is outside the range
    expect(progress[0]).toEqual([0, 5]);
    expect(progress[progress.length - 1]).toEqual([5, 5]);
    expect(first.unreadable).toEqual([{ key: badKey, reason: 'not_gzip', message: expect.stringContaining('gzip') }]);
    expect(first.failed).toEqual([]);
  });

  test('writes v2 scores and keeps each replaced v1 score under score-versions/', async () => {
    expect(first.written).toBe(4);
    expect(first.archived).toBe(3);
    for (const r of [hotA, warmB, coldC, unscoredF]) expect((await getScore(r))?.rules_version).toBe('v2');
    const archived = await stack.s3.send(
      new GetObjectCommand({ Bucket: stack.bucket, Key: 'score-versions/rules_version=v1/year=2026/month=11/day=20/resc_warm_b.json.gz' }),
    );
    const old = decodeLeadScore(await archived.Body!.transformToByteArray());
    expect(old).toMatchObject({ session_id: 'resc_warm_b', rules_version: 'v1', score: 43, tier: 'warm' });
    expect(archived.Metadata).toMatchObject({ 'rules-version': 'v1', 'replaced-by': 'v2' });
    expect((await getScore(outsideD))?.rules_version).toBe('v1');
    expect(first.tier_changes).toEqual({ 'hot->hot': 1, 'warm->hot': 1, 'cold->cold': 1, 'none->hot': 1 });
  });

  test('alerts only the leads that newly became hot, once each', async () => {
    expect(first.newly_hot).toEqual(['resc_unscored_f', 'resc_warm_b']);
    expect(first.alerted).toEqual(['resc_unscored_f', 'resc_warm_b']);
    expect([...stack.published()].sort()).toEqual(['resc_hot_a', 'resc_unscored_f', 'resc_warm_b']);
    const outbox = await readOutbox<{ session_id: string; rules_version: string }>(stack.layout.outboxDir);
    expect(outbox.map((o) => [o.alert.session_id, o.alert.rules_version])).toEqual([
      ['resc_hot_a', 'v1'],
      ['resc_unscored_f', 'v2'],
      ['resc_warm_b', 'v2'],
    ]);
  });

  test('a second run with the same rules changes nothing and alerts nobody', async () => {
    const again = await run(RULES_V2);
    expect(again).toMatchObject({ written: 0, archived: 0, unchanged: 4, newly_hot: [], alerted: [] });
    expect(stack.published()).toHaveLength(3);
  });

  test('a rules change without a version bump is a conflict: the stored score stays', async () => {
    const before = await getScore(warmB);
    const res = await run(RULES_V2_EDITED);
    expect(res.conflicts.map((c) => c.session_id).sort()).toEqual(['resc_unscored_f', 'resc_warm_b']);
    expect(res.unchanged).toBe(2);
    expect(await getScore(warmB)).toEqual(before);
  });

  test('listObjectKeys pages through a prefix with markers (s3rver cannot page ListObjectsV2)', async () => {
    for (let i = 0; i < 23; i++) await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `paging/k${String(i).padStart(2, '0')}`, Body: 'x' }));
    const keys = await listObjectKeys(stack.s3, stack.bucket, 'paging/', 5);
    expect(keys).toEqual(Array.from({ length: 23 }, (_, i) => `paging/k${String(i).padStart(2, '0')}`));
  });

  test('an alert already sent for (session, version), e.g. before a crash, is not sent again', async () => {
    const v3 = rulesVariant('v3', (r) => {
      r.tiers = { hot: 30, warm: 10 };
    });
    // As if an earlier v3 run alerted D and crashed before writing its score: D's stored score is still v1 warm.
    expect((await getScore(outsideD))?.tier).toBe('warm');
    expect(await stack.alertOnce.run({ session_id: outsideD.session_id, rules_version: 'v3' }, async () => undefined)).toBe(true);
    const published = stack.published().length;
    const res = await run(v3, { to: '2026-11-25' });
    expect(res.newly_hot).toEqual(['resc_outside_d']);
    expect(res.already_alerted).toEqual(['resc_outside_d']);
    expect(res.alerted).toEqual([]);
    expect(stack.published()).toHaveLength(published);
    expect(await getScore(outsideD)).toMatchObject({ rules_version: 'v3', tier: 'hot' });
  });
});

describe('trialist rescore (CLI core)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rescore-cli-'));
    const stack = await startLocalStack({ directory: dir, log: () => undefined, rules: RULES_V1 });
    const r = rec('cli_warm', '2026-11-20', { team_size: 25, monthly_volume: 150, urgency: 'medium' });
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: sessionKey(r.session_id, r.started_at), Body: encodeSessionRecord(r) }));
    await stack.stop();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('rescores the folder with a rules file and prints one summary line', async () => {
    const rulesFile = join(dir, 'rules.v2.json');
    writeFileSync(rulesFile, JSON.stringify(RULES_V2));
    const out: string[] = [];
    const code = await runRescore({ from: '2026-11-20', to: '2026-11-20', dir, rules: rulesFile, concurrency: '4' }, (t) => out.push(t));
    expect(code).toBe(0);
    expect(out.join('')).toMatch(
      /^rescored 1 session\(s\) in 1 partition\(s\) with rules v2 in [\d.]+ s; 1 written \(1 previous version\(s\) kept under score-versions\/\); 0 unchanged; tiers: warm->hot 1; 1 newly hot: 1 alerted, 0 already alerted\nmoved:\n  cli_warm: 43 warm \(v1\) -> 43 hot\n$/,
    );
    const outbox = await readOutbox(join(dir, 'outbox'));
    expect(outbox.map((o) => o.alert.session_id)).toEqual(['cli_warm']);
  });

  test('bad arguments exit 2 without touching anything', async () => {
    const bad = join(dir, 'bad-rules.json');
    writeFileSync(bad, JSON.stringify({ ...RULES_V2, tiers: { hot: 10, warm: 50 } }));
    const out: string[] = [];
    expect(await runRescore({ from: '2026-11-20', to: '2026-11-20', dir, rules: bad, concurrency: '4' }, (t) => out.push(t))).toBe(2);
    expect(await runRescore({ from: '2026-11-21', to: '2026-11-20', dir, concurrency: '4' }, (t) => out.push(t))).toBe(2);
    expect(await runRescore({ from: '2026-11-20', to: '2026-11-20', dir: join(dir, 'nothing-here'), concurrency: '4' }, (t) => out.push(t))).toBe(2);
    expect(await runRescore({ from: '2026-11-20', to: '2026-11-20', dir, concurrency: '0' }, (t) => out.push(t))).toBe(2);
    expect(out).toEqual([]);
  });

  test('movedLines lists the biggest moves first with the rules gained and lost', () => {
    const base = { rules_version: 'v2', partitions: 1, sessions: 2, written: 2, archived: 2, unchanged: 0, conflicts: [], newly_hot: [], alerted: [], already_alerted: [], tier_changes: {}, unreadable: [], failed: [] };
    const lines = movedLines({
      ...base,
      moved: [
        { session_id: 'small', from: { score: 40, tier: 'warm', rules_version: 'v1' }, to: { score: 45, tier: 'warm' }, gained: ['interest'], lost: [] },
        { session_id: 'big', from: { score: 5, tier: 'cold', rules_version: 'v1' }, to: { score: 45, tier: 'warm' }, gained: ['next_step'], lost: ['meeting_booked'] },
      ],
    });
    expect(lines).toEqual(['  big: 5 cold (v1) -> 45 warm (+next_step -meeting_booked)', '  small: 40 warm (v1) -> 45 warm (+interest)']);
  });

  test('summaryLine lists conflicts, unreadable records and failures when there are any', () => {
    const line = summaryLine(
      {
        rules_version: 'v9',
        partitions: 2,
        sessions: 1234,
        written: 1000,
        archived: 990,
        unchanged: 200,
        conflicts: [{ session_id: 'x', message: 'm' }],
        newly_hot: ['a', 'b'],
        alerted: ['a'],
        already_alerted: ['b'],
        moved: [],
        tier_changes: { 'warm->hot': 2, 'cold->warm': 5 },
        unreadable: [{ key: 'k', reason: 'invalid_json', message: 'm' }],
        failed: [{ key: 'k2', error: 'SlowDown' }],
      },
      3.25,
    );
    expect(line).toBe(
      'rescored 1,234 session(s) in 2 partition(s) with rules v9 in 3.3 s; 1,000 written (990 previous version(s) kept under score-versions/); 200 unchanged; tiers: cold->warm 5, warm->hot 2; 2 newly hot: 1 alerted, 1 already alerted; 1 conflict(s); 1 unreadable; 1 failed',
    );
  });
});
