/**
 * The fault bench (`npm run bench -- --only faults`): calls run through the real agent code in
 * child processes (bench/faults-child.ts) against the local stack (s3rver, the pipeline, the
 * LiveKit webhook receiver and reconciliation of lib/local/stack.ts), one injected fault per
 * scenario. Each scenario counts, at the end, the calls with no record under `sessions/` (`lost`),
 * the records that are partial (`recovered`), and the most transcript time a record misses
 * compared with what the call's process reported said before it died (`seconds_lost_max`).
 */
import { ListObjectsV2Command, GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { closedPort, startHangingServer, startStatusServer } from '../lib/local/faulty-s3';
import { localLivekitCredentials, participantLeftBody, postWebhook, roomFinishedBody, signWebhookBody, type LocalCallEnd } from '../lib/local/livekit-webhook';
import { startLocalS3 } from '../lib/local/s3';
import { startLocalStack, type LocalStack } from '../lib/local/stack';
import { decodeSessionRecord, SESSIONS_PREFIX, type SessionRecord } from '../lib/session-record';
import type { ChildPlan } from './faults-child';

/** Checkpoint interval in the bench (seconds): shorter than production's 15 s so the bench stays short; the bound scales with it. */
export const BENCH_CHECKPOINT_SECONDS = 3;
/** How long s3rver stays stopped in the outage scenario (seconds). */
export const OUTAGE_SECONDS = 30;
const TURNS = 6;
const TURN_GAP_MS = 700;
const EXPORT_BUDGET_SECONDS = 3;
const GRACE_MS = 1_500;

export const FAULT_SCENARIOS = ['s3-refused', 's3-503', 's3-hanging', 's3rver-stopped-30s', 'sigterm-mid-call', 'sigkill-mid-call', 'uncaught-exception', 'webhook-twice-late'] as const;
export type FaultScenario = (typeof FAULT_SCENARIOS)[number];

/** One scenario's result line. */
export interface FaultResult {
  scenario: FaultScenario;
  calls: number;
  records: number;
  recovered: number;
  lost: number;
  secondsLostMax: number;
  pass: boolean;
  /** Why it failed, or what else is worth knowing. */
  note: string;
  seconds: number;
}

/** `PASS faults <scenario>: calls=N records=N recovered=R lost=L seconds_lost_max=S`. */
export function faultLine(r: FaultResult): string {
  return `${r.pass ? 'PASS' : 'FAIL'} faults ${r.scenario}: calls=${r.calls} records=${r.records} recovered=${r.recovered} lost=${r.lost} seconds_lost_max=${r.secondsLostMax.toFixed(1)}${r.note ? ` (${r.note})` : ''}`;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'faults-child.ts');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Child {
  proc: ChildProcess;
  events: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
  waitFor(pred: (e: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

function startChild(plan: ChildPlan, logFile: string): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(plan)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const events: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  createInterface({ input: proc.stdout!, crlfDelay: Infinity }).on('line', (line) => {
    try {
      events.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      /* not an event line */
    }
    for (const w of waiters.splice(0)) w();
  });
  proc.stderr!.pipe(createWriteStream(logFile));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => {
    for (const w of waiters.splice(0)) w();
    resolve(code);
  }));
  let done = false;
  void exited.then(() => (done = true));
  const waitFor = async (pred: (e: Record<string, unknown>) => boolean, timeoutMs = 120_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = events.find(pred);
      if (hit) return hit;
      if (done) throw new Error(`child exited before the expected event (${logFile})`);
      if (Date.now() > deadline) throw new Error(`no expected event within ${timeoutMs} ms (${logFile})`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 500);
      });
    }
  };
  return { proc, events, exited, waitFor };
}

/** What a call's process reported it had said last (ms from its start). */
function spokenMs(child: Child): number {
  return Math.max(0, ...child.events.filter((e) => e.event === 'turn').map((e) => Number(e.end_ms)));
}

async function recordsIn(s3: S3Client, bucket: string): Promise<Map<string, SessionRecord>> {
  const out = new Map<string, SessionRecord>();
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: SESSIONS_PREFIX, ContinuationToken: token }));
    for (const o of page.Contents ?? []) {
      const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: o.Key! }));
      const r = decodeSessionRecord(await got.Body!.transformToByteArray());
      out.set(r.session_id, r);
    }
    token = page.NextContinuationToken;
  } while (token);
  return out;
}

async function waitForRecords(s3: S3Client, bucket: string, ids: readonly string[], timeoutMs: number): Promise<Map<string, SessionRecord>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = await recordsIn(s3, bucket).catch(() => new Map<string, SessionRecord>());
    if (ids.every((id) => got.has(id)) || Date.now() > deadline) return got;
    await sleep(500);
  }
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function sendWebhooks(stack: LocalStack, call: LocalCallEnd, times: number): Promise<void> {
  const creds = localLivekitCredentials({});
  for (let i = 0; i < times; i++) {
    for (const body of [participantLeftBody(call), roomFinishedBody(call)]) {
      const res = await postWebhook(stack.webhookUrl, await signWebhookBody(body, creds));
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${res.body}`);
    }
  }
}

function callEnd(sessionId: string, startedAt: Date): LocalCallEnd {
  return { session_id: sessionId, room_name: `room-${sessionId}`, room_sid: `RM_${sessionId}`, caller_identity: `caller-${sessionId}`, channel: 'webrtc', joined_at: startedAt, ended_at: new Date() };
}

interface Tally {
  calls: string[];
  spoken: Map<string, number>;
}

function tally(scenario: FaultScenario, t: Tally, records: Map<string, SessionRecord>, started: number, expectRecovered: number, maxSecondsLost: number, extra = ''): FaultResult {
  let recovered = 0;
  let lostMs = 0;
  for (const id of t.calls) {
    const r = records.get(id);
    if (!r) continue;
    if (r.partial) recovered += 1;
    const kept = Math.max(0, ...r.transcript.map((x) => x.end_ms));
    lostMs = Math.max(lostMs, (t.spoken.get(id) ?? 0) - kept);
  }
  const present = t.calls.filter((id) => records.has(id)).length;
  const lost = t.calls.length - present;
  const secondsLostMax = Math.round(lostMs / 100) / 10;
  const problems = [
    lost > 0 ? `${lost} call(s) without a record` : '',
    recovered !== expectRecovered ? `expected ${expectRecovered} recovered` : '',
    secondsLostMax > maxSecondsLost ? `more than ${maxSecondsLost} s of transcript missing` : '',
  ].filter(Boolean);
  return {
    scenario,
    calls: t.calls.length,
    records: present,
    recovered,
    lost,
    secondsLostMax,
    pass: problems.length === 0,
    note: [problems.join('; '), extra].filter(Boolean).join('; '),
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

/** Run the scenarios (default all) in `dir` (wiped first); `onResult` hears each line as it is known. */
export async function runFaultBench(dir: string, opts: { only?: readonly FaultScenario[]; progress?: (l: string) => void; onResult?: (r: FaultResult) => void } = {}): Promise<FaultResult[]> {
  const progress = opts.progress ?? (() => undefined);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'logs'), { recursive: true });
  const stack = await startLocalStack({ directory: path.join(dir, 'stack'), reconcileGraceMs: GRACE_MS, log: () => undefined, slackWebhookUrl: '' });
  const results: FaultResult[] = [];
  try {
    for (const scenario of opts.only ?? FAULT_SCENARIOS) {
      progress(`faults: ${scenario}...`);
      const started = Date.now();
      let r: FaultResult;
      try {
        r = await runScenario(scenario, stack, dir, started);
      } catch (e) {
        r = { scenario, calls: 1, records: 0, recovered: 0, lost: 1, secondsLostMax: 0, pass: false, note: `bench error: ${(e as Error).message}`, seconds: (Date.now() - started) / 1000 };
      }
      results.push(r);
      opts.onResult?.(r);
    }
  } finally {
    await stack.stop();
  }
  return results;
}

async function runScenario(scenario: FaultScenario, stack: LocalStack, dir: string, started: number): Promise<FaultResult> {
  const log = (name: string) => path.join(dir, 'logs', `${scenario}-${name}.log`);
  const spoolDir = path.join(dir, 'spool', scenario);
  const callPlan = (sessionId: string, s3Endpoint: string, extra: Partial<Extract<ChildPlan, { mode: 'call' }>> = {}): ChildPlan => ({
    mode: 'call',
    sessionId,
    roomName: `room-${sessionId}`,
    s3Endpoint,
    bucket: stack.bucket,
    spoolDir,
    checkpointSeconds: BENCH_CHECKPOINT_SECONDS,
    exportBudgetSeconds: EXPORT_BUDGET_SECONDS,
    turns: TURNS,
    turnGapMs: TURN_GAP_MS,
    ...extra,
  });
  const worker = (s3Endpoint: string, bucket = stack.bucket) =>
    startChild({ mode: 'worker', s3Endpoint, bucket, spoolDir, intervalMs: 1_000, maxBackoffMs: 5_000 }, log('worker'));
  const id = `fault-${scenario.replace(/[^a-z0-9]/g, '')}-${Date.now().toString(36)}`;
  const t: Tally = { calls: [id], spoken: new Map() };

  // S3 failing at export time: the record goes to the spool, the worker's drainer delivers it
  if (scenario === 's3-refused' || scenario === 's3-503' || scenario === 's3-hanging') {
    const fault = scenario === 's3-refused' ? { ...(await closedPort()), hits: 0, stop: async () => undefined } : scenario === 's3-503' ? await startStatusServer(503) : await startHangingServer();
    const w = worker(stack.endpoint);
    try {
      const call = startChild(callPlan(id, fault.endpoint), log('call'));
      await call.exited;
      t.spoken.set(id, spokenMs(call));
      const spooled = call.events.find((e) => e.event === 'exported')?.spooled === true;
      const records = await waitForRecords(stack.s3, stack.bucket, t.calls, 30_000);
      return tally(scenario, t, records, started, 0, 0, `${spooled ? 'spooled, then drained by the worker' : 'not spooled'}${scenario === 's3-refused' ? '' : `; S3 stand-in hit ${fault.hits} time(s)`}`);
    } finally {
      w.proc.kill('SIGTERM');
      await w.exited;
      await fault.stop();
    }
  }

  // s3rver down for 30 s around the call's end, then back on the same port
  if (scenario === 's3rver-stopped-30s') {
    const port = await freePort();
    const bucket = 'outage';
    const s3dir = path.join(dir, 'outage-s3');
    let s3 = await startLocalS3({ directory: s3dir, buckets: [bucket], port });
    const w = worker(s3.endpoint, bucket);
    try {
      const call = startChild({ ...(callPlan(id, s3.endpoint) as Extract<ChildPlan, { mode: 'call' }>), bucket }, log('call'));
      await call.waitFor((e) => e.event === 'turn');
      await s3.stop();
      const stoppedAt = Date.now();
      await call.exited;
      t.spoken.set(id, spokenMs(call));
      await sleep(Math.max(0, OUTAGE_SECONDS * 1000 - (Date.now() - stoppedAt)));
      s3 = await startLocalS3({ directory: s3dir, buckets: [bucket], port });
      const records = await waitForRecords(s3.s3, bucket, t.calls, 30_000);
      return tally(scenario, t, records, started, 0, 0, `down ${Math.round((Date.now() - stoppedAt) / 1000)} s, spooled then drained`);
    } finally {
      w.proc.kill('SIGTERM');
      await w.exited;
      await s3.stop();
    }
  }

  if (scenario === 'sigterm-mid-call') {
    const call = startChild(callPlan(id, stack.endpoint), log('call'));
    const startedAt = new Date();
    await call.waitFor((e) => e.event === 'turn' && Number(e.turn) === 3);
    call.proc.kill('SIGTERM');
    await call.exited;
    t.spoken.set(id, spokenMs(call));
    await sendWebhooks(stack, callEnd(id, startedAt), 1);
    await stack.drain();
    const records = await waitForRecords(stack.s3, stack.bucket, t.calls, 10_000);
    return tally(scenario, t, records, started, 0, 0, `end_reason ${records.get(id)?.outcome.end_reason ?? 'none'}`);
  }

  if (scenario === 'uncaught-exception') {
    const call = startChild(callPlan(id, stack.endpoint, { crashAfterTurn: 3 }), log('call'));
    const startedAt = new Date();
    const code = await call.exited;
    t.spoken.set(id, spokenMs(call));
    await sendWebhooks(stack, callEnd(id, startedAt), 1);
    await stack.drain();
    const records = await waitForRecords(stack.s3, stack.bucket, t.calls, 10_000);
    return tally(scenario, t, records, started, 0, 0, `job exit code ${code}; end_reason ${records.get(id)?.outcome.end_reason ?? 'none'}`);
  }

  if (scenario === 'sigkill-mid-call') {
    const call = startChild(callPlan(id, stack.endpoint), log('call'));
    const startedAt = new Date();
    await call.waitFor((e) => e.event === 'turn' && Number(e.turn) === 4);
    call.proc.kill('SIGKILL');
    await call.exited;
    t.spoken.set(id, spokenMs(call));
    await sendWebhooks(stack, callEnd(id, startedAt), 1);
    await stack.drain();
    const records = await waitForRecords(stack.s3, stack.bucket, t.calls, 10_000);
    return tally(scenario, t, records, started, 1, BENCH_CHECKPOINT_SECONDS, `checkpoint every ${BENCH_CHECKPOINT_SECONDS} s; end_reason ${records.get(id)?.outcome.end_reason ?? 'none'}`);
  }

  // webhook twice and late: a finished call's webhooks after its record (twice), and a killed call's (twice)
  const killed = `${id}-k`;
  t.calls.push(killed);
  const done = startChild(callPlan(id, stack.endpoint), log('call'));
  const doneStart = new Date();
  const dead = startChild(callPlan(killed, stack.endpoint), log('killed'));
  const deadStart = new Date();
  await dead.waitFor((e) => e.event === 'turn' && Number(e.turn) === 3);
  dead.proc.kill('SIGKILL');
  await Promise.all([done.exited, dead.exited]);
  t.spoken.set(id, spokenMs(done));
  t.spoken.set(killed, spokenMs(dead));
  await sleep(2 * GRACE_MS); // late: well after the finished call's record landed
  await sendWebhooks(stack, callEnd(id, doneStart), 2);
  await sendWebhooks(stack, callEnd(killed, deadStart), 2);
  await stack.drain();
  const records = await waitForRecords(stack.s3, stack.bucket, t.calls, 10_000);
  const complete = records.get(id);
  const r = tally(scenario, t, records, started, 1, BENCH_CHECKPOINT_SECONDS, `finished call ${complete?.partial ? 'REPLACED by a recovered record' : 'kept its own record'}`);
  if (complete?.partial) return { ...r, pass: false };
  return r;
}
