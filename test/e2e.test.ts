/**
 * End to end, as a user runs it: `trialist demo` on recorded calls (a hot caller who books a
 * meeting, a caller who gives nothing, and a file that is not a call) replays them through the
 * agent's replay mode into the local stack, and the per-call table, the bucket objects under the
 * documented key layout, the outbox alert and the hot-leads query all agree. Then the real CLI
 * (tsx bin/trialist.ts): stdout carries the tables, stderr the progress, exit codes as documented.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runDemo, wipeLocalData } from '../bin/commands/demo';
import { replayIntoStack } from '../bin/commands/replay';
import { localLayout, openLocalLake, readOutbox, startLocalStack } from '../lib/local';
import type { HotLeadAlert } from '../lib/alerts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = mkdtempSync(path.join(tmpdir(), 'trialist-e2e-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const calls = path.join(root, 'calls');
mkdirSync(calls);
writeFileSync(
  path.join(calls, 'hot-booked.json'),
  JSON.stringify({
    format_version: 1,
    call_id: 'e2e-hot-booked',
    started_at: '2026-11-19T16:00:00Z',
    agent_speaker: 'Agent',
    caller: { name: 'Dana Whitfield', company: 'Northwind Legal' },
    turns: [
      { speaker: 'Agent', text: 'Hi, thanks for trying trialist. What brings you in today?' },
      { speaker: 'Dana', text: 'We are a team of 40 at a law firm and we send 500 contracts per month.' },
      { speaker: 'Agent', text: 'That is a good fit. How soon do you need this?' },
      { speaker: 'Dana', text: 'It is urgent, our current tool renews in three weeks.' },
      { speaker: 'Agent', text: 'Would you like to meet our sales team?' },
      { speaker: 'Dana', text: 'Yes, Tuesday 2-4pm Eastern works, dana@northwind.example.' },
      {
        speaker: 'Agent',
        text: 'Booked. You will get an invite shortly.',
        tool_calls: [{ name: 'book_sales_meeting', arguments: { name: 'Dana Whitfield', email: 'dana@northwind.example', time_window: 'Tuesday 2-4pm ET' } }],
      },
      { speaker: 'Dana', text: 'Great, thanks.' },
    ],
  }),
);
writeFileSync(
  path.join(calls, 'cold-nothing.txt'),
  'Agent: Hi, thanks for trying trialist. How can I help?\nCaller: Just looking around.\nAgent: Sure. Anything you would like to know?\nCaller: No, that is all. Bye.\n',
);
writeFileSync(path.join(calls, 'not-a-call.json'), '{"hello": "world"}');

const KEY_LAYOUT = /^sessions\/year=\d{4}\/month=(0[1-9]|1[0-2])\/day=(0[1-9]|[12]\d|3[01])\/[A-Za-z0-9][A-Za-z0-9_-]*\.json\.gz$/;

/** Object keys in a local bucket folder (s3rver's `<key>._S3rver_object` files). */
function bucketKeys(dir: string): string[] {
  const bucketDir = localLayout(dir).bucketDir;
  return (readdirSync(bucketDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('._S3rver_object'))
    .map((f) => f.split(path.sep).join('/').replace(/\._S3rver_object$/, ''))
    .sort();
}

describe('trialist demo, in process', () => {
  const dir = path.join(root, 'demo');
  let text = '';
  let code: number;

  beforeAll(async () => {
    code = await runDemo([calls], { dir }, (t) => (text += t));
  });

  it('exits 0 and prints a row per replayed call with its score and tier', () => {
    expect(code).toBe(0);
    expect(text).toMatch(/Calls \(2 replayed, 1 not\)/);
    expect(text).toMatch(/e2e-hot-booked\s+\d+:\d\d\s+team 40, 500 docs\/mo, urgency high.*meeting booked\s+\d+\s+hot/);
    expect(text).toMatch(/cold-nothing\s+\d+:\d\d\s+.*\s\d+\s+cold/);
  });

  it('reports the file it could not replay, with the reason', () => {
    expect(text).toMatch(/Not replayed[\s\S]*not-a-call\.json\s+.*not a trialist call file/);
  });

  it('stores gzip JSON objects under the documented key layout', () => {
    const keys = bucketKeys(dir);
    const sessions = keys.filter((k) => k.startsWith('sessions/'));
    expect(sessions).toHaveLength(2);
    expect(sessions).toContain('sessions/year=2026/month=11/day=19/e2e-hot-booked.json.gz');
    expect(sessions.some((k) => k.endsWith('/cold-nothing.json.gz'))).toBe(true);
    for (const k of sessions) expect(k).toMatch(KEY_LAYOUT);
    expect(keys).toContain('scores/year=2026/month=11/day=19/e2e-hot-booked.json.gz');
  });

  it('lands an alert in the outbox for the hot lead', async () => {
    const alerts = await readOutbox<HotLeadAlert>(localLayout(dir).outboxDir);
    expect(alerts.map((a) => a.alert.session_id)).toEqual(['e2e-hot-booked']);
    expect(alerts[0]!.alert).toMatchObject({ tier: 'hot', meeting: { booked: true }, caller: { name: 'Dana Whitfield' } });
    expect(text).toMatch(/Hot-lead alerts in the outbox[\s\S]*e2e-hot-booked\s+\d+\s+Dana Whitfield/);
  });

  it('prints the hot-leads query result, and DuckDB finds the same lead later', async () => {
    expect(text).toMatch(/Named query hot-leads[\s\S]*e2e-hot-booked\s+2026-11-19T16:00:00\.000Z\s+\d+\s+hot/);
    const lake = await openLocalLake({ directory: dir });
    try {
      expect((await lake.runNamed('hot-leads')).rows.map((r) => r.session_id)).toEqual(['e2e-hot-booked']);
      expect((await lake.runNamed('meetings-booked')).rows.map((r) => r.session_id)).toEqual(['e2e-hot-booked']);
    } finally {
      lake.close();
    }
  });

  it('wipes its own data folder on the next run, but refuses a folder holding other files', async () => {
    let again = '';
    expect(await runDemo([path.join(calls, 'cold-nothing.txt')], { dir }, (t) => (again += t))).toBe(0);
    expect(bucketKeys(dir).filter((k) => k.startsWith('sessions/'))).toEqual([expect.stringMatching(/cold-nothing/)]);
    expect(existsSync(localLayout(dir).outboxDir)).toBe(false);
    const precious = path.join(root, 'precious');
    mkdirSync(precious);
    writeFileSync(path.join(precious, 'thesis.docx'), 'x');
    await expect(wipeLocalData(precious)).rejects.toThrow(/refusing to wipe/);
    expect(existsSync(path.join(precious, 'thesis.docx'))).toBe(true);
  });

  it('exits 1 when nothing could be replayed', async () => {
    expect(await runDemo([path.join(calls, 'not-a-call.json'), path.join(calls, 'missing.md')], { dir: path.join(root, 'none') }, () => undefined)).toBe(1);
  });
});

describe('trialist demo on the bundled samples (what npm run demo runs)', () => {
  it('exits 0 with at least one hot lead, whose alert is in the outbox and which the hot-leads query returns', async () => {
    const dir = path.join(root, 'samples-demo');
    let text = '';
    expect(await runDemo([], { dir }, (t) => (text += t))).toBe(0);
    const table = text.split('\n\nObjects')[0]!;
    const hotInTable = [...table.matchAll(/^(\S+)\s.*\s(\d+)\s+hot$/gm)].map((m) => m[1]).sort();
    expect(hotInTable.length).toBeGreaterThanOrEqual(1);
    expect(table).toMatch(/\scold$/m);
    const outbox = (await readOutbox<HotLeadAlert>(localLayout(dir).outboxDir)).map((a) => a.alert.session_id).sort();
    expect(outbox).toEqual(hotInTable);
    const lake = await openLocalLake({ directory: dir });
    try {
      expect((await lake.runNamed('hot-leads')).rows.map((r) => r.session_id).sort()).toEqual(hotInTable);
      const calls = await lake.run('SELECT count(*) AS n FROM voice_sessions');
      expect(calls.rows[0]!.n).toBeGreaterThanOrEqual(5);
      // the crashed call: signed webhooks accepted, the forged one refused, the checkpoint promoted
      expect(text).toMatch(/participant_left 200, room_finished 200; unsigned post 401/);
      const recovered = await lake.run("SELECT outcome.end_reason AS reason FROM voice_sessions WHERE session_id = 'lk-AJ_demoCrash1'");
      expect(recovered.rows).toEqual([{ reason: 'recovered_from_checkpoint' }]);
    } finally {
      lake.close();
    }
    for (const k of bucketKeys(dir).filter((k) => k.startsWith('sessions/'))) expect(k).toMatch(KEY_LAYOUT);
  });
});

const execFileP = promisify(execFile);
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

describe('the trialist CLI', () => {
  it('replay writes to a local folder that later runs add to, and query reads it (tables on stdout, progress on stderr)', async () => {
    const dir = path.join(root, 'cli');
    const run = (...args: string[]) => execFileP(tsx, ['bin/trialist.ts', ...args], { cwd: repoRoot, env: { ...process.env, SLACK_WEBHOOK_URL: '' } });
    const first = await run('replay', path.join(calls, 'hot-booked.json'), '--dir', dir);
    expect(first.stdout).toMatch(/e2e-hot-booked\s+.*hot/);
    expect(first.stderr).toMatch(/replayed .*hot-booked\.json -> sessions\/year=2026\/month=11\/day=19\/e2e-hot-booked\.json\.gz/);
    expect(first.stdout).not.toMatch(/replayed /);
    // A second replay into the same folder (in process, to keep the test fast) adds to it.
    const stack = await startLocalStack({ directory: dir, slackWebhookUrl: '', log: () => undefined });
    try {
      await replayIntoStack(stack, [path.join(calls, 'cold-nothing.txt')], undefined);
    } finally {
      await stack.stop();
    }
    const tiers = await run('query', 'lead-tiers', '--dir', dir, '--json');
    const rows = tiers.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.tier, r.leads])).toEqual([['hot', 1], ['cold', 1]]);
  }, 60_000);
});
