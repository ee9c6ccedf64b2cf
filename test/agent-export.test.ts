/**
 * The agent's record export against real endpoints: the real AWS SDK client with the agent's
 * timeouts, talking to a closed port, a local server answering 503, a socket that never answers,
 * and s3rver (lib/local); the spool on a temporary folder; the drainer re-sending to s3rver; and
 * checkpoints of a FakeLLM call (real AgentSession) landing in s3rver and removed by the final record.
 */
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { initializeLogger, loggerOptions, voice } from '@livekit/agents';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryBookingAdapter } from '../agent-container/src/booking';
import { createCallSession } from '../agent-container/src/call-session';
import { DEFAULT_TEMPLATE, modelsOf } from '../agent-container/src/template';
import { EXPORT_METRICS, RecordingTelemetry } from '../agent-container/src/export-telemetry';
import { EXPORT_FAILED_LOG_TEXT } from '../agent-container/src/ops';
import { guardJobProcess } from '../agent-container/src/crash-guard';
import { checkpointSecondsFromEnv, CheckpointWriter } from '../agent-container/src/record-export';
import { agentS3Client, backoffMs, classifyS3Error, exportPolicyFromEnv, putWithRetry, type ExportPolicy } from '../agent-container/src/s3-export';
import { RECORD_NOT_SAVED_LOG_TEXT, RecordNotSavedError, S3RecordSink } from '../agent-container/src/s3-record-sink';
import { RecordSpool, SpoolFullError, spoolFromEnv } from '../agent-container/src/spool';
import { SpoolDrainer } from '../agent-container/src/spool-drainer';
import { AGENT_EXPORT_METRIC_NAMES } from '../lib/constructs/agent-record-spool';
import { closedPort, startHangingServer, startStatusServer } from '../lib/local/faulty-s3';
import { startLocalS3, type LocalS3 } from '../lib/local/s3';
import { checkpointKey, decodeSessionRecord, encodeSessionRecord, sessionKey } from '../lib/session-record';
import { makeRecord } from './fixtures';

const BUCKET = 'sessions-test';
/** Short budgets so each failing export ends in about a second. */
const FAST: ExportPolicy = { budgetMs: 1_200, connectTimeoutMs: 300, attemptTimeoutMs: 400, baseDelayMs: 50, maxDelayMs: 200 };

let dir: string;
beforeAll(() => {
  if (!loggerOptions()) initializeLogger({ pretty: false, level: 'silent' });
});
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'trialist-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function sinkFor(endpoint: string, opts: { spool?: RecordSpool | null; policy?: ExportPolicy } = {}) {
  const telemetry = new RecordingTelemetry();
  const policy = opts.policy ?? FAST;
  const sink = new S3RecordSink({ s3: agentS3Client(policy, { S3_ENDPOINT: endpoint }), bucket: BUCKET, policy, spool: opts.spool === undefined ? new RecordSpool(path.join(dir, 'spool')) : opts.spool, telemetry });
  return { sink, telemetry };
}

function failureLine(t: RecordingTelemetry) {
  const lines = t.logs.filter((l) => l.message === EXPORT_FAILED_LOG_TEXT);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('export to an S3 that fails', () => {
  it('a closed port: the record is spooled, the failure logged as connection_refused and counted', async () => {
    const { endpoint } = await closedPort();
    const { sink, telemetry } = sinkFor(endpoint);
    const record = makeRecord({ session_id: 'sess-refused' });
    const d = await sink.deliver(record);
    expect(d).toMatchObject({ via: 'spool', key: sessionKey('sess-refused', record.started_at) });
    expect(d.attempts).toBeGreaterThan(1);
    expect(failureLine(telemetry).fields).toMatchObject({ session_id: 'sess-refused', reason: 'connection_refused', spooled: true });
    expect(telemetry.count(EXPORT_METRICS.exportFailures)).toBe(1);
    expect(telemetry.metrics.find((m) => m.name === EXPORT_METRICS.exportFailures)!.properties).toEqual({ reason: 'connection_refused' });
    expect(telemetry.count(EXPORT_METRICS.spooled)).toBe(1);
    // the spool holds exactly the bytes S3 would have stored, under the session id
    expect(d.spoolPath).toBe(path.join(dir, 'spool', 'sess-refused.json.gz'));
    expect(decodeSessionRecord(readFileSync(d.spoolPath!))).toEqual(record);
    expect(readdirSync(path.join(dir, 'spool'))).toEqual(['sess-refused.json.gz']);
  });

  it('503 on every request: retried with backoff inside the budget, then spooled as server_error', async () => {
    const server = await startStatusServer(503);
    try {
      const { sink, telemetry } = sinkFor(server.endpoint);
      const started = Date.now();
      const d = await sink.deliver(makeRecord({ session_id: 'sess-503' }));
      expect(Date.now() - started).toBeLessThan(FAST.budgetMs + 1_000);
      expect(d.via).toBe('spool');
      expect(server.hits).toBe(d.attempts);
      expect(server.hits).toBeGreaterThanOrEqual(2);
      expect(failureLine(telemetry).fields).toMatchObject({ reason: 'server_error', attempts: server.hits });
      expect(telemetry.count(EXPORT_METRICS.exportAttemptFailures)).toBe(server.hits);
    } finally {
      await server.stop();
    }
  });

  it('a server that never answers: the attempt times out, the failure is logged as timeout within the budget', async () => {
    const server = await startHangingServer();
    try {
      const { sink, telemetry } = sinkFor(server.endpoint);
      const started = Date.now();
      const d = await sink.deliver(makeRecord({ session_id: 'sess-hang' }));
      expect(Date.now() - started).toBeLessThan(FAST.budgetMs + 1_000);
      expect(d.via).toBe('spool');
      expect(server.hits).toBeGreaterThanOrEqual(1);
      expect(failureLine(telemetry).fields).toMatchObject({ reason: 'timeout', spooled: true });
    } finally {
      await server.stop();
    }
  });

  it('403 is not retried (it will not heal within a call) and the record is spooled', async () => {
    const server = await startStatusServer(403);
    try {
      const { sink, telemetry } = sinkFor(server.endpoint);
      const d = await sink.deliver(makeRecord({ session_id: 'sess-403' }));
      expect(server.hits).toBe(1);
      expect(d.via).toBe('spool');
      expect(failureLine(telemetry).fields).toMatchObject({ reason: 'access_denied', attempts: 1 });
    } finally {
      await server.stop();
    }
  });

  it('no spool configured: the record is reported not saved (both lines) and the export rejects', async () => {
    const { endpoint } = await closedPort();
    const { sink, telemetry } = sinkFor(endpoint, { spool: null });
    await expect(sink.deliver(makeRecord({ session_id: 'sess-nospool' }))).rejects.toThrow(RecordNotSavedError);
    expect(failureLine(telemetry).fields).toMatchObject({ spooled: false });
    expect(telemetry.logs.find((l) => l.message === RECORD_NOT_SAVED_LOG_TEXT)!.fields).toMatchObject({ reason: 'no_spool' });
  });

  it('a full spool refuses the record with a clear line and the SpoolFull metric', async () => {
    const { endpoint } = await closedPort();
    const spool = new RecordSpool(path.join(dir, 'spool'), 100);
    const { sink, telemetry } = sinkFor(endpoint, { spool });
    const err = await sink.deliver(makeRecord({ session_id: 'sess-full' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RecordNotSavedError);
    expect((err as RecordNotSavedError).reason).toBe('spool_full');
    expect(telemetry.count(EXPORT_METRICS.spoolFull)).toBe(1);
    const line = telemetry.logs.find((l) => l.message === RECORD_NOT_SAVED_LOG_TEXT)!;
    expect(line.fields).toMatchObject({ reason: 'spool_full', spool_dir: spool.dir });
    expect(String(line.fields.detail)).toMatch(/spool .* is full: 0 of 100 bytes used/);
    expect(await spool.list()).toEqual([]);
  });
});

describe('the spool', () => {
  it('writes atomically (no temporary file left), lists oldest first, ignores interrupted writes', async () => {
    const spool = new RecordSpool(path.join(dir, 'spool'));
    await spool.put('sess-a', encodeSessionRecord(makeRecord({ session_id: 'sess-a' })));
    await new Promise((r) => setTimeout(r, 20));
    await spool.put('sess-b', encodeSessionRecord(makeRecord({ session_id: 'sess-b' })));
    // a write killed before its rename leaves only a dot-file, never a partial record under the final name
    writeFileSync(path.join(spool.dir, '.sess-c.123.456.tmp'), 'partial');
    expect((await spool.list()).map((e) => e.sessionId)).toEqual(['sess-a', 'sess-b']);
    const stats = await spool.stats(Date.now() + 60_000);
    expect(stats.depth).toBe(2);
    expect(stats.oldestAgeSeconds).toBeGreaterThanOrEqual(60);
    expect(() => spool.pathOf('../etc/passwd')).toThrow(/unsafe session_id/);
  });

  it('reads SPOOL_DIR and SPOOL_MAX_MB, and names a bad size', () => {
    expect(spoolFromEnv({})).toBeNull();
    expect(spoolFromEnv({ SPOOL_DIR: '/var/spool/x', SPOOL_MAX_MB: '2' })).toMatchObject({ dir: '/var/spool/x', maxBytes: 2 * 1024 * 1024 });
    expect(() => spoolFromEnv({ SPOOL_DIR: '/x', SPOOL_MAX_MB: 'lots' })).toThrow(/SPOOL_MAX_MB=lots/);
  });
});

describe('the spool drainer', () => {
  let s3: LocalS3 | null = null;
  afterEach(async () => {
    await s3?.stop();
    s3 = null;
  });

  it('keeps records while S3 is down, backs off, then delivers each once S3 is back and deletes it only then', async () => {
    const spool = new RecordSpool(path.join(dir, 'spool'));
    const records = [makeRecord({ session_id: 'sess-d1' }), makeRecord({ session_id: 'sess-d2' })];
    for (const r of records) await spool.put(r.session_id, encodeSessionRecord(r));
    // down: a closed port
    const down = await closedPort();
    const t1 = new RecordingTelemetry();
    const drainerDown = new SpoolDrainer({ spool, sink: sinkFor(down.endpoint, { spool }).sink, telemetry: t1, policy: { ...FAST, budgetMs: FAST.attemptTimeoutMs }, intervalMs: 1_000, random: () => 0.5 });
    const round1 = await drainerDown.drainOnce();
    expect(round1).toMatchObject({ delivered: 0, failed: true, after: { depth: 2 } });
    expect(drainerDown.nextDelayMs()).toBeGreaterThanOrEqual(200);
    await drainerDown.drainOnce();
    expect(t1.metrics.filter((m) => m.name === EXPORT_METRICS.spoolDepth).map((m) => m.value)).toEqual([2, 2]);
    // back: s3rver on a folder, with a stale checkpoint for one of the calls
    s3 = await startLocalS3({ directory: path.join(dir, 's3'), buckets: [BUCKET] });
    const { sink, telemetry } = sinkFor(s3.endpoint, { spool });
    await sink.putCheckpoint({ ...records[0]!, partial: true });
    const drainer = new SpoolDrainer({ spool, sink, telemetry, policy: FAST });
    const round = await drainer.drainOnce();
    expect(round).toMatchObject({ delivered: 2, failed: false, after: { depth: 0, bytes: 0 } });
    for (const r of records) {
      const got = await s3.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: sessionKey(r.session_id, r.started_at) }));
      expect(decodeSessionRecord(await got.Body!.transformToByteArray())).toEqual(r);
    }
    await expect(s3.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: checkpointKey('sess-d1') }))).rejects.toThrow();
    expect(telemetry.count(EXPORT_METRICS.spoolDelivered)).toBe(2);
    expect(await spool.list()).toEqual([]);
  });

  it('moves a file that is not a record to rejected/ and counts it, never deleting it', async () => {
    const spool = new RecordSpool(path.join(dir, 'spool'));
    await spool.put('sess-bad', Buffer.from('not gzip'));
    s3 = await startLocalS3({ directory: path.join(dir, 's3'), buckets: [BUCKET] });
    const { sink, telemetry } = sinkFor(s3.endpoint, { spool });
    const round = await new SpoolDrainer({ spool, sink, telemetry, policy: FAST }).drainOnce();
    expect(round).toMatchObject({ delivered: 0, rejected: 1, after: { depth: 0 } });
    expect(readFileSync(path.join(spool.dir, 'rejected', 'sess-bad.json.gz'), 'utf8')).toBe('not gzip');
    expect(telemetry.count(EXPORT_METRICS.spoolRejected)).toBe(1);
  });
});

describe('checkpoints of a live call', () => {
  let s3: LocalS3 | null = null;
  afterEach(async () => {
    await s3?.stop();
    s3 = null;
  });

  it('are written while the call runs (partial, same schema) and removed when the final record lands', async () => {
    s3 = await startLocalS3({ directory: path.join(dir, 's3'), buckets: [BUCKET] });
    // s3rver on a busy 2-core machine can take longer than FAST's 400 ms per put
    const { sink, telemetry } = sinkFor(s3.endpoint, { policy: { ...FAST, budgetMs: 10_000, attemptTimeoutMs: 5_000, connectTimeoutMs: 2_000 } });
    const llm = new voice.testing.FakeLLM([
      { input: 'We are a team of 40 and need this asap.', content: 'Got it. What do you use today?' },
      { input: 'Spreadsheets.', content: 'Thanks.' },
    ]);
    const call = createCallSession({
      collector: {
        sessionId: 'lk-ckpt-0001',
        startedAt: new Date(),
        session: { channel: 'webrtc', room_name: 'room-ckpt' },
        caller: { identity: 'web-1', name: null, phone: null },
        models: modelsOf(DEFAULT_TEMPLATE),
      },
      session: { llm, vad: null },
      booking: new MemoryBookingAdapter(),
      sink,
      greet: false,
      checkpoints: { store: sink, intervalMs: 60_000, telemetry },
    });
    call.session.output.setAudioEnabled(false);
    call.session.output.setTranscriptionEnabled(false);
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'We are a team of 40 and need this asap.' }).wait();
    await call.session.run({ userInput: 'Spreadsheets.' }).wait();
    // stage changes asked for checkpoints; wait for the last one to land
    const writer = call.collector.startCheckpoints(sink, 60_000, telemetry);
    // (a read may race with s3rver rewriting the object: read again then)
    const readCheckpoint = async () => {
      const got = await s3!.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: checkpointKey('lk-ckpt-0001') }));
      return decodeSessionRecord(await got.Body!.transformToByteArray());
    };
    let checkpoint = await readCheckpoint().catch(() => null);
    for (let i = 0; i < 50 && (checkpoint?.transcript.length ?? 0) < 4; i++) {
      writer.request();
      await new Promise((r) => setTimeout(r, 50));
      checkpoint = await readCheckpoint().catch(() => null);
    }
    if (!checkpoint) throw new Error('no readable checkpoint after 2.5 s');
    expect(writer.written).toBeGreaterThanOrEqual(2);
    expect(checkpoint.partial).toBe(true);
    expect(checkpoint.outcome.end_reason).toBe('recovered_from_checkpoint');
    expect(checkpoint.transcript.map((t) => t.text)).toEqual(['We are a team of 40 and need this asap.', 'Got it. What do you use today?', 'Spreadsheets.', 'Thanks.']);
    expect(checkpoint.discovered_signals.team_size).toBe(40);

    await call.session.close();
    const exported = await call.exported;
    expect(exported.spooledTo).toBeNull();
    expect(exported.record.partial).toBeUndefined();
    const listed = await s3.s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    expect((listed.Contents ?? []).map((o) => o.Key)).toEqual([exported.key]);
    expect(telemetry.logs.filter((l) => l.message === 'checkpoint write failed')).toEqual([]);
  });

  it('a checkpoint that fails is logged and counted, and the call goes on', async () => {
    const { endpoint } = await closedPort();
    const { sink, telemetry } = sinkFor(endpoint);
    const llm = new voice.testing.FakeLLM([{ input: 'Hello', content: 'Hi there.' }]);
    const call = createCallSession({
      collector: { sessionId: 'lk-ckpt-0002', startedAt: new Date(), session: { channel: 'webrtc' }, caller: { identity: 'w', name: null, phone: null }, models: modelsOf(DEFAULT_TEMPLATE) },
      session: { llm, vad: null },
      booking: new MemoryBookingAdapter(),
      sink,
      greet: false,
      checkpoints: { store: sink, intervalMs: 60_000, telemetry },
    });
    call.session.output.setAudioEnabled(false);
    call.session.output.setTranscriptionEnabled(false);
    await call.session.start({ agent: call.agent });
    await call.session.run({ userInput: 'Hello' }).wait();
    for (let i = 0; i < 40 && telemetry.count(EXPORT_METRICS.checkpointFailures) === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(telemetry.count(EXPORT_METRICS.checkpointFailures)).toBeGreaterThanOrEqual(1);
    expect(telemetry.logs.some((l) => l.message === 'checkpoint write failed')).toBe(true);
    await call.session.close();
    const exported = await call.exported;
    expect(exported.spooledTo).toBe(path.join(dir, 'spool', 'lk-ckpt-0002.json.gz'));
    expect(existsSync(exported.spooledTo!)).toBe(true);
  });
});

describe('the checkpoint writer', () => {
  it('coalesces requests into one write at a time, and stops without waiting long for a hung put', async () => {
    const telemetry = new RecordingTelemetry();
    let puts = 0;
    let release: (() => void) | null = null;
    const store = {
      putCheckpoint: async () => {
        puts += 1;
        await new Promise<void>((r) => (release = r));
        return 'checkpoints/x.json.gz';
      },
      removeCheckpoint: async () => undefined,
    };
    const writer = new CheckpointWriter({ store, build: () => makeRecord({ partial: true }), intervalMs: 60_000, telemetry });
    writer.start();
    for (let i = 0; i < 20 && puts === 0; i++) await new Promise((r) => setTimeout(r, 10));
    writer.request();
    writer.request();
    expect(puts).toBe(1); // one in flight; the two requests wait as one
    release!();
    for (let i = 0; i < 20 && puts === 1; i++) await new Promise((r) => setTimeout(r, 10));
    expect(puts).toBe(2);
    const t0 = Date.now();
    await writer.stop(50); // the second put never returns
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(writer.written).toBe(1);
  });
});

describe('export policy', () => {
  it('reads its settings from the environment and names a bad one', () => {
    expect(exportPolicyFromEnv({ EXPORT_BUDGET_SECONDS: '4', S3_REQUEST_TIMEOUT_MS: '900' })).toMatchObject({ budgetMs: 4_000, attemptTimeoutMs: 900, connectTimeoutMs: 2_000 });
    expect(() => exportPolicyFromEnv({ S3_CONNECT_TIMEOUT_MS: '-1' })).toThrow(/S3_CONNECT_TIMEOUT_MS=-1/);
    expect(checkpointSecondsFromEnv({})).toBe(15);
    expect(checkpointSecondsFromEnv({ CHECKPOINT_SECONDS: '0' })).toBe(0);
    expect(() => checkpointSecondsFromEnv({ CHECKPOINT_SECONDS: 'often' })).toThrow(/CHECKPOINT_SECONDS=often/);
  });

  it('backs off with full jitter under a doubling ceiling, and stops inside the budget', async () => {
    const policy = { budgetMs: 1_000, connectTimeoutMs: 100, attemptTimeoutMs: 100, baseDelayMs: 100, maxDelayMs: 400 };
    expect([1, 2, 3, 4, 5].map((a) => backoffMs(a, policy, () => 0.999))).toEqual([99, 199, 399, 399, 399]);
    let clock = 0;
    const waits: number[] = [];
    const err = await putWithRetry(
      async () => {
        clock += 50;
        throw Object.assign(new Error('boom'), { $metadata: { httpStatusCode: 500 } });
      },
      policy,
      { now: () => clock, random: () => 0.999, sleep: async (ms) => { waits.push(ms); clock += ms; } },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ExportError', reason: 'server_error' });
    expect(clock).toBeLessThan(policy.budgetMs);
    expect(waits).toEqual([99, 199, 399]);
  });

  it('publishes the metric names the CDK alarms on', () => {
    for (const [k, name] of Object.entries(AGENT_EXPORT_METRIC_NAMES)) expect(EXPORT_METRICS[k as keyof typeof EXPORT_METRICS]).toBe(name);
  });

  it('classifies what the SDK throws', () => {
    expect(classifyS3Error(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).reason).toBe('connection_refused');
    expect(classifyS3Error(Object.assign(new Error('x'), { name: 'TimeoutError' })).reason).toBe('timeout');
    expect(classifyS3Error(Object.assign(new Error('slow'), { $metadata: { httpStatusCode: 429 } }))).toMatchObject({ reason: 'throttled', retryable: true });
    expect(classifyS3Error(Object.assign(new Error('bad'), { $metadata: { httpStatusCode: 400 } }))).toMatchObject({ reason: 'client_error', retryable: false });
  });
});

describe('spool full errors', () => {
  it('say how much is used and what the cap is', async () => {
    const spool = new RecordSpool(path.join(dir, 'spool'), 10);
    await expect(spool.put('sess-x', Buffer.alloc(11))).rejects.toThrow(SpoolFullError);
  });
});

describe('the crash guard', () => {
  it('on an uncaught exception marks the call as ended by error, saves its record, then exits 1', async () => {
    const telemetry = new RecordingTelemetry();
    const marked: string[] = [];
    let exportCalls = 0;
    const exits: number[] = [];
    const call = {
      collector: { markEndReason: (r: string) => marked.push(r) },
      exportRecord: async () => {
        exportCalls += 1;
        return { record: makeRecord(), key: 'sessions/k.json.gz', spooledTo: '/spool/k.json.gz' };
      },
    };
    const before = process.listeners('uncaughtException');
    const unguard = guardJobProcess(call as never, { telemetry, sessionId: 'lk-crash', exit: (c) => exits.push(c), timeoutMs: 5_000 });
    const listener = process.listeners('uncaughtException').find((l) => !before.includes(l))!;
    listener(new Error('bug in a tool'), 'uncaughtException');
    listener(new Error('second failure while saving'), 'uncaughtException');
    for (let i = 0; i < 50 && exits.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    unguard();
    expect(process.listeners('uncaughtException')).not.toContain(listener);
    expect(marked).toEqual(['error']);
    expect(exportCalls).toBe(1);
    expect(exits).toEqual([1]);
    expect(telemetry.logs.map((l) => l.message)).toEqual(['job crashed; saving the call record before exiting', 'job crashed; call record saved']);
    expect(telemetry.logs[1]!.fields).toMatchObject({ spooled: true });
  });

  it('exits after its timeout when the record cannot be saved in time', async () => {
    const telemetry = new RecordingTelemetry();
    const exits: number[] = [];
    const call = { collector: { markEndReason: () => undefined }, exportRecord: () => new Promise<never>(() => undefined) };
    const before = process.listeners('uncaughtException');
    const unguard = guardJobProcess(call as never, { telemetry, sessionId: 'lk-stuck', exit: (c) => exits.push(c), timeoutMs: 50 });
    const listener = process.listeners('uncaughtException').find((l) => !before.includes(l))!;
    listener(new Error('bug'), 'uncaughtException');
    await new Promise((r) => setTimeout(r, 150));
    unguard();
    expect(exits).toEqual([1]);
    expect(telemetry.logs.at(-1)!.message).toBe('job crashed; record not saved in time');
  });
});
