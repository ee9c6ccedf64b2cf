/**
 * Planted PII, end to end through the local pipeline (replay -> s3rver -> score-lead -> outbox):
 * calls carry emails, phone numbers (digits, grouped, spoken), card and account numbers and a SIP
 * display name that is a number, in many positions (evidence turns, the booking turn, the booking
 * tool call, the caller's name), and a stray object whose key holds an email and a number. None may
 * reach the logs (the handlers' log lines), `scores/`, the curated tables or any alert field other
 * than `contact`. Then `trialist forget --phone` leaves no trace of the caller anywhere in the data
 * folder (objects decompressed before the search): not the number, the email, the session id or
 * the phone hash; the other caller stays; a second run changes nothing; bad input changes nothing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runForget } from '../bin/commands/forget';
import { replayIntoStack } from '../bin/commands/replay';
import type { HotLeadAlert } from '../lib/alerts';
import { callSummaryOf, LocalCallerMemoryStore } from '../lib/caller-memory';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { localLayout, openLocalLake, readOutbox, startLocalStack } from '../lib/local';
import { rebuildCuratedDays } from '../lib/local/compact';
import { startLocalS3 } from '../lib/local/s3';
import { legacyPhoneHash, PhoneHasher, readPhoneHashKeyFile } from '../lib/privacy';
import type { SessionRecord } from '../lib/session-record';

const root = mkdtempSync(path.join(tmpdir(), 'trialist-pii-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const keyFile = path.join(root, 'keys', 'phone-hash-key.json');
process.env.PHONE_HASH_KEY_FILE = keyFile;

const A = { phone: '+16175550142', email: 'dana.whitfield@northwind.example', session: 'pii-caller-a' };
const B = { phone: '+14155550199', email: 'sam@contoso.example', session: 'pii-caller-b' };
const CARD = '4111 1111 1111 1111';
/** A stray object whose key carries PII: it is quarantined, and its key reaches the handler's logs. */
const STRAY = { email: 'lee.stray@fabrikam.example', phone: '6465550177' };
const ACCOUNT = '12345678';
/** Every planted string that must not spread (forms of A's and B's numbers and emails, card, account). */
const PLANTED = [
  '6175550142', '617-555-0142', '(617) 555-0142', 'six one seven five five five', A.email, 'dana.whitfield', 'dana dot whitfield',
  '4155550199', '415 555 0199', B.email, '4111 1111', ACCOUNT, STRAY.email, STRAY.phone,
];

function call(who: typeof A, displayName: string, callId: string) {
  return {
    format_version: 1,
    call_id: callId,
    started_at: '2026-11-19T16:00:00Z',
    agent_speaker: 'Agent',
    caller: { name: displayName, phone: who.phone },
    turns: [
      { speaker: 'Agent', text: 'Hi, thanks for trying trialist. What brings you in?' },
      { speaker: 'Caller', text: `We are a team of 40 at a law firm, call me back on ${who === A ? '(617) 555-0142' : '415 555 0199'} if we get cut off.` },
      { speaker: 'Agent', text: 'How many documents a month?' },
      { speaker: 'Caller', text: `We send 500 contracts per month, our account number is ${ACCOUNT} if you need it.` },
      { speaker: 'Agent', text: 'How soon do you need this?' },
      { speaker: 'Caller', text: `It is urgent, our tool renews in three weeks. My card is ${CARD} for the upgrade.` },
      { speaker: 'Agent', text: 'We need Salesforce?' },
      { speaker: 'Caller', text: `Yes it has to work with Salesforce. Or text six one seven five five five zero one four two, or mail ${who.email === A.email ? 'dana dot whitfield at northwind dot example' : 'sam at contoso dot example'}.` },
      { speaker: 'Agent', text: 'Would you like to meet our sales team?' },
      { speaker: 'Caller', text: `Yes, Tuesday 2-4pm Eastern works, ${who.email}.` },
      {
        speaker: 'Agent',
        text: 'Booked. You will get an invite shortly.',
        tool_calls: [{ name: 'book_sales_meeting', arguments: { name: 'Dana Whitfield', email: who.email, time_window: 'Tuesday 2-4pm ET' } }],
      },
      { speaker: 'Caller', text: 'Great, thanks.' },
    ],
  };
}

/** Every file under `dir` as text, gzip members decompressed. */
function folderText(dir: string): { file: string; text: string }[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((file) => {
      const bytes = readFileSync(file);
      let text = bytes.toString('utf8');
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) text = gunzipSync(bytes).toString('utf8');
      return { file: path.relative(dir, file), text };
    });
}

const hits = (texts: { file: string; text: string }[], needles: readonly string[]) =>
  texts.flatMap(({ file, text }) => needles.filter((n) => text.toLowerCase().includes(n.toLowerCase()) || file.includes(n)).map((n) => `${file}: ${n}`));

describe('planted PII through the local pipeline, then forget', () => {
  const dir = path.join(root, 'data');
  const calls = path.join(root, 'calls');
  const memoryDir = path.join(root, 'memory');
  const spoolDir = path.join(root, 'spool');
  const logs: string[] = [];
  let records: SessionRecord[] = [];
  let alerts: HotLeadAlert[] = [];

  beforeAll(async () => {
    mkdirSync(calls, { recursive: true });
    writeFileSync(path.join(calls, 'a.json'), JSON.stringify(call(A, 'Phone +16175550142', A.session)));
    writeFileSync(path.join(calls, 'b.json'), JSON.stringify(call(B, 'Sam Lee', B.session)));
    const stack = await startLocalStack({ directory: dir, slackWebhookUrl: '', log: (l) => logs.push(l), verbose: true });
    try {
      const outcomes = await replayIntoStack(stack, [path.join(calls, 'a.json'), path.join(calls, 'b.json')], undefined);
      records = outcomes.flatMap((o) => (o.ok ? [o.record] : []));
      const strayKey = `sessions/year=2026/month=11/day=19/${STRAY.email}-${STRAY.phone}.json.gz`;
      await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: strayKey, Body: `not a record: card ${CARD}, call ${STRAY.phone}` }));
      await stack.drain();
    } finally {
      await stack.stop();
    }
    alerts = (await readOutbox<HotLeadAlert>(localLayout(dir).outboxDir)).map((a) => a.alert);
    // the curated tables of the calls' day, as compaction builds them
    await rebuildCuratedDays({ directory: dir, days: ['2026-11-19'] });
    // a curated partition of the calls' day (the curated tables are built per call date from raw)
    const s3 = await startLocalS3({ directory: localLayout(dir).s3Dir, buckets: [localLayout(dir).bucket] });
    try {
      await s3.s3.send(new PutObjectCommand({ Bucket: localLayout(dir).bucket, Key: 'curated/curated_turns/call_date=2026-11-19/part-0.json', Body: JSON.stringify({ text: `mail ${A.email}` }) }));
      await s3.s3.send(new PutObjectCommand({ Bucket: localLayout(dir).bucket, Key: 'curated/curated_turns/call_date=2026-11-18/part-0.json', Body: '{"text":"another day"}' }));
    } finally {
      await s3.stop();
    }
    // caller memory as the agent writes it at call end, and A's record waiting in a spool
    const memory = new LocalCallerMemoryStore(memoryDir);
    for (const r of records) await memory.recordCall(callSummaryOf(r, [])!);
    mkdirSync(spoolDir, { recursive: true });
    const aKey = (readdirSync(localLayout(dir).bucketDir, { recursive: true }) as string[]).find((f) => f.startsWith('sessions') && f.endsWith(`${A.session}.json.gz._S3rver_object`))!;
    writeFileSync(path.join(spoolDir, `${A.session}.json.gz`), readFileSync(path.join(localLayout(dir).bucketDir, aKey)));
  }, 120_000);

  it('replays both calls into hot leads with keyed hashes and a dropped numeric display name', () => {
    expect(records.map((r) => r.session_id).sort()).toEqual([A.session, B.session]);
    const a = records.find((r) => r.session_id === A.session)!;
    const hasher = new PhoneHasher(readPhoneHashKeyFile(keyFile));
    expect(a.caller.phone_hash).toBe(hasher.hash(A.phone)!.hash);
    expect(a.caller.phone_hash_key_id).toBe(hasher.keyId);
    // score-lead filed each call in the caller index, by keyed hash (what forget --phone reads)
    const index = (readdirSync(localLayout(dir).bucketDir, { recursive: true }) as string[]).filter((f) => f.startsWith('callers'));
    expect(index.some((f) => f.includes(path.join('callers', a.caller.phone_hash!, 'day=2026-11-19', A.session)))).toBe(true);
    // the numeric display name is dropped; the name given for the booking is kept (lib/caller-identity.ts callerNameOf)
    expect(a.caller.name).toBe('Dana Whitfield');
    expect(alerts.map((x) => x.session_id).sort()).toEqual([A.session, B.session]);
    // the transcript keeps what was said
    expect(JSON.stringify(a.transcript)).toContain(A.email);
  });

  it('keeps the planted PII out of logs, scores/ and every alert field but contact', () => {
    expect(logs.length).toBeGreaterThan(0);
    expect(hits([{ file: 'logs', text: logs.join('\n') }], PLANTED)).toEqual([]);
    // not vacuous: the stray object's key (an email and a number) was logged, as placeholders
    expect(logs.find((l) => l.includes('record quarantined'))).toMatch(/key=sessions\/year=2026\/month=11\/day=19\/\[email\]/);
    const scores = folderText(path.join(localLayout(dir).bucketDir, 'scores'));
    expect(scores.length).toBeGreaterThanOrEqual(2);
    expect(hits(scores, PLANTED)).toEqual([]);
    // not vacuous: the scores quote the caller's words
    expect(scores.map((s) => s.text).join('\n')).toContain('500 contracts per month');
    for (const alert of alerts) {
      const { contact, ...rest } = alert;
      expect(hits([{ file: `alert ${alert.session_id}`, text: JSON.stringify(rest) }], PLANTED)).toEqual([]);
      const who = alert.session_id === A.session ? A : B;
      expect(contact).toEqual({ phone: who.phone, email: who.email });
    }
    // the records' signal evidence quotes are redacted too (checked after the curated tables below)
    for (const r of records) expect(hits([{ file: r.session_id, text: JSON.stringify(r.discovered_signals) }], PLANTED)).toEqual([]);
  });

  it('keeps the planted PII out of the curated tables analysts query', async () => {
    const lake = await openLocalLake({ directory: dir, readOnly: true });
    try {
      const json = (rows: unknown) => JSON.stringify(rows, (_, v) => (typeof v === 'bigint' ? Number(v) : v));
      const turns = (await lake.run("SELECT * FROM curated_turns WHERE call_date = '2026-11-19'")).rows;
      const sessions = (await lake.run("SELECT * FROM curated_sessions WHERE call_date = '2026-11-19'")).rows;
      expect([turns.length, sessions.length]).toEqual([24, 2]);
      expect(hits([{ file: 'curated_turns', text: json(turns) }, { file: 'curated_sessions', text: json(sessions) }], PLANTED)).toEqual([]);
      // not vacuous: the caller's words are there, with placeholders
      expect(json(turns)).toContain('our account number is [account] if you need it');
      expect(json(turns)).toContain('[email]');
    } finally {
      lake.close();
    }
  });

  const forgetA = (extra: Partial<Parameters<typeof runForget>[0]> = {}) => {
    let text = '';
    return runForget({ phone: '(617) 555-0142', dir, memoryDir, spoolDir, keyFile, ...extra }, (t) => (text += t)).then((code) => ({ code, text }));
  };
  // s3rver writes an object's `.md5` sidecar the first time it lists it (Parquet files are written by DuckDB)
  const snapshot = () => folderText(root).filter((f) => !f.file.endsWith('._S3rver_object.md5')).map((f) => `${f.file}:${f.text.length}`).sort();

  /** forgetA's exit code and what it wrote to stderr. */
  const refused = async (extra: Partial<Parameters<typeof runForget>[0]>) => {
    const lines: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string | Uint8Array) => (lines.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      const { code, text } = await forgetA(extra);
      return { code, text, stderr: lines.join('') };
    } finally {
      process.stderr.write = write;
    }
  };

  it('refuses bad input and a missing key file, and a dry run, changing nothing', async () => {
    const before = snapshot();
    const cases: [Partial<Parameters<typeof runForget>[0]>, RegExp][] = [
      [{ phone: '617-CALL-NOW' }, /^"617-CALL-NOW" is not a phone number: .*; nothing changed\n$/],
      [{ phone: '12' }, /^"12" has no country code: write it in international form.*; nothing changed\n$/],
      [{ phone: undefined, session: 'no-such-session' }, /^no session "no-such-session" in bucket trialist-local or the spool .*; nothing changed\n$/],
      [{ phone: undefined, session: '../etc/passwd' }, /^"\.\.\/etc\/passwd" is not a session id .*; nothing changed\n$/],
      [{ keyFile: path.join(root, 'missing.json') }, /^phone hash key file .*missing\.json does not exist .*; nothing changed\n$/],
      [{ dir: path.join(root, 'no-such-folder') }, /^no local bucket in .*no-such-folder.*; nothing changed\n$/],
      [{ session: A.session }, /^give exactly one of --phone <number> or --session <id>\n$/],
      [{ phone: undefined, session: A.session, scan: true }, /^--scan goes with --phone .*; nothing changed\n$/],
    ];
    for (const [extra, message] of cases) {
      const r = await refused(extra);
      expect([extra, r.code, r.text]).toEqual([extra, 2, '']);
      expect(r.stderr).toMatch(message);
    }
    const dry = await forgetA({ dryRun: true });
    expect(dry.code).toBe(0);
    expect(dry.text).toMatch(/dry run: 1 session\(s\) found: pii-caller-a/);
    expect(dry.text).toMatch(/would remove \d+ object version\(s\) under sessions\//);
    expect(snapshot()).toEqual(before);
  });

  it('forget --phone leaves no trace of the caller in the data folder, spool or memory, and keeps the other caller', async () => {
    const hasher = new PhoneHasher(readPhoneHashKeyFile(keyFile));
    const { code, text } = await forgetA();
    expect(code).toBe(0);
    expect(text).toMatch(/removed 1 object version\(s\) under scores\//);
    expect(text).toMatch(/removed 1 caller-memory entry/);
    expect(text).toMatch(/removed 1 alert idempotency record/);
    expect(text).toMatch(/removed 1 spool file\(s\), 1 local outbox/);
    const needles = [A.phone, '6175550142', A.email, 'dana dot whitfield', A.session, hasher.hash(A.phone)!.hash, legacyPhoneHash(A.phone)];
    expect(hits(folderText(dir), needles)).toEqual([]);
    expect(hits(folderText(memoryDir), needles)).toEqual([]);
    expect(readdirSync(spoolDir)).toEqual([]);
    // B is untouched
    const all = folderText(dir);
    expect(all.some((f) => f.file.includes(`sessions`) && f.file.includes(B.session))).toBe(true);
    expect(all.some((f) => f.file.includes(`scores`) && f.file.includes(B.session))).toBe(true);
    expect(readdirSync(memoryDir)).toEqual([`${hasher.hash(B.phone)!.hash}.json`]);
    // the calls' curated day was rebuilt from what remains: B's rows only, in one fresh prefix; another day stays
    expect(text).toMatch(/curated tables of 2026-11-19: rebuilt/);
    const curatedDay = all.filter((f) => f.file.includes('curated/') && f.file.includes('call_date=2026-11-19') && f.file.endsWith('._S3rver_object'));
    expect(new Set(curatedDay.map((f) => f.file.replace(/\/[^/]*$/, ''))).size).toBe(2); // curated_sessions, curated_turns
    const lake = await openLocalLake({ directory: dir, readOnly: true });
    try {
      const ids = (await lake.run("SELECT session_id FROM curated_sessions WHERE call_date = '2026-11-19'")).rows.map((r) => r.session_id);
      expect(ids).toEqual([B.session]);
    } finally {
      lake.close();
    }
    expect(all.some((f) => f.file.includes('call_date=2026-11-18'))).toBe(true);
    // one audit entry, with counts and no personal data
    const audits = all.filter((f) => f.file.includes('erasures'));
    expect(audits.filter((f) => f.file.endsWith('._S3rver_object'))).toHaveLength(1);
    const entry = JSON.parse(audits.find((f) => f.file.endsWith('._S3rver_object'))!.text);
    expect(entry).toMatchObject({ mode: 'phone', sessions: 1, memory_entries: 1, spool_files: 1 });
    expect(hits(audits, [...needles, B.session])).toEqual([]);
  });

  it('is idempotent: a second run finds nothing and writes no new audit entry', async () => {
    const before = snapshot();
    const again = await forgetA();
    expect(again.code).toBe(0);
    expect(again.text).toMatch(/0 session\(s\) found/);
    expect(again.text).toMatch(/previously erased at/);
    expect(again.text).toMatch(/no new audit entry/);
    expect(snapshot()).toEqual(before);
  });

  it('forget --session erases one session by id', async () => {
    const { code, text } = await forgetA({ phone: undefined, session: B.session });
    expect(code).toBe(0);
    expect(text).toMatch(/1 session\(s\) found: pii-caller-b/);
    expect(hits(folderText(dir), [B.session, B.email, '4155550199'])).toEqual([]);
    expect(readdirSync(memoryDir)).toEqual([]);
    // once erased, the id is known to the audit trail: a repeat is not an error and removes nothing
    const again = await forgetA({ phone: undefined, session: B.session });
    expect(again.code).toBe(0);
    expect(again.text).toMatch(/^0 session\(s\) found/);
    expect(again.text).toMatch(/previously erased at/);
  });
});

