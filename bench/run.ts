/**
 * `npm run bench` (and `trialist bench`): the performance targets (`TARGETS`) measured on this
 * machine, each with PASS or FAIL. Exit code 1 when any target fails.
 *
 * - bundles: each Lambda (lambdas/<name>/index.ts) built as deployed with lib/build/lambda-bundle.ts
 *   (the AWS SDK bundled, tree-shaken, minified ESM): size <= 1 MB (1,000,000 bytes); import/init
 *   median <= 100 ms over fresh node processes; and no slower than the same function built against
 *   the runtime's SDK (bench/runtime-sdk.ts): init ratio <= 1.0, the two timed in turns in one run.
 *   Each function's mandated floor (bench/floor.ts: the Powertools/middy/parser stack and the same
 *   SDK clients, no trialist code) is timed in the same turns and printed, without a verdict.
 * - handler: warm score-lead core on a typical 20 KB gzip record (read, gunzip, validate, score,
 *   compare with the stored score and write it, alert-once check; in-memory store, no network): p50 <= 5 ms; >= 1,000
 *   records/s over distinct records.
 * - e2e: local call end → alert in the outbox, p95 <= 1 s.
 * - signals: `extractSignals` per utterance over the labelled utterances in
 *   eval/signals/*.jsonl plus ../shared/corpus/off-domain/*.jsonl when present, after warm-up:
 *   p99 <= 60 µs (turns read before; the time on turns not read before is printed beside it); and
 *   `SignalAccumulator` state bounded over a 10,000-caller-turn call (see bench/signals.ts).
 * - soak: N generated sessions (default 10,000) through the local stack, 5% of events delivered
 *   twice, 1% malformed: every valid session scored once, every hot one alerted once, every
 *   malformed one quarantined (moved out of sessions/, bytes kept) (the counts are printed).
 * - faults: calls through the real agent code in child processes against the local stack, one
 *   injected fault each (S3 refusing, 503, hanging, s3rver down 30 s, SIGTERM, SIGKILL, an uncaught
 *   exception, webhooks twice and late): one `PASS faults <scenario>: calls=N records=N
 *   recovered=R lost=L seconds_lost_max=S` line each (bench/faults.ts).
 *
 * - capacity: N calls at once (default 6) through the framework's process pool and inference
 *   process, each a full offline call in its own job process (bench/capacity.ts): memory per call
 *   (peak RSS of its job process) within `jobMemoryWarnMB`, CPU per call, the worker's and the
 *   inference process's RSS; the figures lib/agent-capacity.ts plans with still hold; the dev and
 *   prod task sizes hold their target calls with the measured peaks.
 * - lake: N generated sessions (default 100,000) compacted into the curated Parquet tables at
 *   >= 2,000 sessions/s with peak RSS <= 2 GB; every named query <= 1 s and reading >= 20x fewer
 *   bytes than the raw tables (bench/lake.ts); a paper Athena cost estimate.
 *
 * Usage: npm run bench -- [--sessions N] [--lake-sessions N] [--capacity-calls N] [--only bundles,handler,e2e,soak,signals,faults,replay,lake,capacity] [--dir .local/bench]
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeSessionRecord } from '../lib/session-record';
import { benchBundles, type BundleMeasure } from './bundles';
import { benchEndToEnd } from './e2e';
import { faultLine, runFaultBench } from './faults';
import { benchReplay } from './replay';
import { generateSessions, typicalRecord } from './generate';
import { benchCore, benchThroughput, benchWarmRecord } from './handler';
import { measureSignalsInChild, OFF_DOMAIN_DIR } from './signals';
import { runSoak } from './soak';
import { athenaEstimate, runLakeBench } from './lake';
import { runCapacityBench } from './capacity';
import { JOB_MEMORY_WARN_MIB, MEASURED_CAPACITY, taskCapacity } from '../lib/agent-capacity';
import { DEFAULTS } from '../lib/config';

/** The targets `npm run bench` checks. */
export const TARGETS = {
  /** Each Lambda bundle as deployed (AWS SDK included), bytes: 1 MB. */
  bundleBytes: 1_000_000,
  /** Each Lambda's import/init median in a fresh node process on this machine, ms. */
  initMs: 100,
  /** Each Lambda's init median over the same function's built against the runtime's SDK, timed in turns. */
  initRatioToRuntimeSdk: 1.0,
  warmP50Ms: 5,
  recordsPerSecond: 1_000,
  endToEndP95Ms: 1_000,
  /** Signal extraction per utterance, p99 (µs). */
  signalsP99Micros: 60,
  /** Caller turns of the long call that checks the signal accumulator stays bounded. */
  longCallTurns: 10_000,
  /** The lake: sessions generated and compacted, compaction rate, peak RSS, query time and bytes ratio. */
  lakeSessions: 100_000,
  compactSessionsPerSecond: 2_000,
  compactPeakRssBytes: 2_000_000_000,
  lakeQueryMs: 1_000,
  lakeBytesRatio: 20,
  /** Replay of 500 small calls: at least 5x faster than the 0.53 s per call measured before. */
  replaySecondsPerCall: 0.53 / 5,
  replayCalls: 500,
} as const;

export const SECTIONS = ['bundles', 'handler', 'e2e', 'soak', 'signals', 'faults', 'replay', 'lake', 'capacity'] as const;
export type Section = (typeof SECTIONS)[number];

/** Options of `runBench`. */
export interface BenchOptions {
  sessions: number;
  /** Sessions the lake section generates and compacts (default 100,000). */
  lakeSessions?: number;
  /** Calls the capacity section runs at once (default 6). */
  capacityCalls?: number;
  only: readonly Section[];
  /** Working folder for bundles and local stacks (wiped per section). */
  dir: string;
  out?: (line: string) => void;
  /** Progress lines (stderr). */
  progress?: (line: string) => void;
}

/** One verdict line. */
export interface BenchCheck {
  section: Section;
  name: string;
  measured: string;
  target: string;
  pass: boolean;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const n = (x: number) => Math.round(x).toLocaleString('en-US');

function bundleLines(list: BundleMeasure[], out: (l: string) => void): void {
  const pad = ''.padEnd(21);
  for (const m of list) {
    const top = m.bundle.initByPackage
      .slice(0, 5)
      .map((p) => `${p.name} ${kb(p.bytes)}`)
      .join(', ');
    const rt = m.runtimeSdk;
    const vsFloor = m.initMs.median - m.floor.initMs.median;
    const cpu = (t: BundleMeasure['initMs']) => `(CPU ${ms(t.cpuMedian)})`;
    out(`  ${m.name.padEnd(19)}  ${kb(m.bundle.bytes)} (${kb(m.bundle.initBytes)} read at init), init median ${ms(m.initMs.median)} ${cpu(m.initMs)}, max ${ms(m.initMs.max)}; largest read at init: ${top}`);
    out(`${pad}runtime's SDK: ${kb(rt.bundle.bytes)} + ${rt.packages.join(' ')} from the runtime, init median ${ms(rt.initMs.median)} ${cpu(rt.initMs)}; ratio ${m.ratio.toFixed(2)}`);
    out(`${pad}floor: ${kb(m.floor.bundle.bytes)}, init median ${ms(m.floor.initMs.median)} ${cpu(m.floor.initMs)}; trialist's code adds ${vsFloor >= 0 ? '+' : '-'}${ms(Math.abs(vsFloor))}`);
  }
}

/** Run the selected sections; resolves to every verdict. */
export async function runBench(opts: BenchOptions): Promise<BenchCheck[]> {
  const out = opts.out ?? ((l: string) => process.stdout.write(`${l}\n`));
  const progress = opts.progress ?? ((l: string) => process.stderr.write(`${l}\n`));
  const checks: BenchCheck[] = [];
  const check = (c: BenchCheck) => {
    checks.push(c);
    out(`${c.pass ? 'PASS' : 'FAIL'}  ${c.section.padEnd(8)} ${c.name}: ${c.measured} (target ${c.target})`);
  };
  const dir = path.resolve(opts.dir);

  if (opts.only.includes('bundles')) {
    progress('bundles: building with lib/build/lambda-bundle.ts and timing init in fresh processes...');
    const deployed = await benchBundles(path.join(dir, 'bundles'));
    const runs = deployed[0]?.initMs.runs ?? 0;
    out(`\nLambda bundles (esbuild, minified, tree-shaken ESM, node22, the AWS SDK bundled; nothing left to the first invocation)`);
    out(`  each timed in turns with the same function built against the runtime's SDK (loaded with require) and with its floor`);
    out(`  (the Powertools/middy/parser stack and the same SDK clients, no trialist code), ${runs} fresh processes each`);
    out(`  (wall-clock times, with the CPU time of the import, which machine load inflates much less):`);
    bundleLines(deployed, out);
    for (const m of deployed) {
      const mb = `${(TARGETS.bundleBytes / 1e6).toFixed(0)} MB`;
      check({ section: 'bundles', name: `${m.name} bundle size`, measured: `${kb(m.bundle.bytes)} (${n(m.bundle.bytes)} bytes)`, target: `<= ${mb}`, pass: m.bundle.bytes <= TARGETS.bundleBytes });
      check({ section: 'bundles', name: `${m.name} import/init`, measured: `median ${ms(m.initMs.median)} of ${m.initMs.runs}`, target: `<= ${ms(TARGETS.initMs)}`, pass: m.initMs.median <= TARGETS.initMs });
      check({
        section: 'bundles',
        name: `${m.name} init vs the runtime's SDK`,
        measured: `ratio ${m.ratio.toFixed(2)} (${ms(m.initMs.median)} / ${ms(m.runtimeSdk.initMs.median)})`,
        target: `<= ${TARGETS.initRatioToRuntimeSdk.toFixed(1)}`,
        pass: m.ratio <= TARGETS.initRatioToRuntimeSdk,
      });
    }
  }

  if (opts.only.includes('handler')) {
    progress('handler: warm score-lead in process...');
    const typical = typicalRecord();
    const gz = encodeSessionRecord(typical).byteLength;
    const warm = await benchWarmRecord(typical);
    const core = benchCore(typical);
    const records = generateSessions(11, 1000);
    const tput = await benchThroughput(records, 2);
    const avgGz = records.reduce((s, r) => s + encodeSessionRecord(r).byteLength, 0) / records.length;
    out(`\nWarm score-lead handler, in process, no network (typical record ${kb(gz)} gzip, ${typical.transcript.length} turns)`);
    out(`  handler: p50 ${ms(warm.p50)}, p95 ${ms(warm.p95)}, p99 ${ms(warm.p99)} over ${n(warm.n)} runs`);
    out(`  of which gunzip + parse + validate + score: p50 ${ms(core.p50)}, p95 ${ms(core.p95)}`);
    out(`  throughput: ${n(tput.records)} distinct records (avg ${kb(avgGz)} gzip) in ${ms(tput.ms)}`);
    check({ section: 'handler', name: 'warm handler p50 on a typical record', measured: ms(warm.p50), target: `<= ${ms(TARGETS.warmP50Ms)}`, pass: warm.p50 <= TARGETS.warmP50Ms });
    check({ section: 'handler', name: 'score-lead throughput', measured: `${n(tput.recordsPerSecond)} records/s`, target: `>= ${n(TARGETS.recordsPerSecond)} records/s`, pass: tput.recordsPerSecond >= TARGETS.recordsPerSecond });
  }

  if (opts.only.includes('e2e')) {
    progress('e2e: call end -> alert in the outbox through the local stack...');
    const e2eDir = path.join(dir, 'e2e');
    rmSync(e2eDir, { recursive: true, force: true });
    const p = await benchEndToEnd(e2eDir, 50);
    out(`\nLocal end to end, call end (record written to s3rver) -> alert file in the outbox, ${p.n} hot calls one at a time`);
    out(`  p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, p99 ${ms(p.p99)}`);
    check({ section: 'e2e', name: 'call end -> alert p95', measured: ms(p.p95), target: `<= ${ms(TARGETS.endToEndP95Ms)}`, pass: p.p95 <= TARGETS.endToEndP95Ms });
  }

  if (opts.only.includes('soak')) {
    const soakDir = path.join(dir, 'soak');
    rmSync(soakDir, { recursive: true, force: true });
    progress(`soak: ${n(opts.sessions)} sessions through the local stack (5% duplicated events, 1% malformed)...`);
    let lastTenth = -1;
    const r = await runSoak({
      directory: soakDir,
      sessions: opts.sessions,
      onProgress: (done, total) => {
        const tenth = Math.floor((done / total) * 10);
        if (tenth !== lastTenth) progress(`  soak: ${n(done)}/${n(total)} written`);
        lastTenth = tenth;
      },
    });
    rmSync(soakDir, { recursive: true, force: true });
    out(`\nReplay of ${n(r.objects)} generated sessions through the local stack in ${(r.elapsedMs / 1000).toFixed(1)} s (${n((r.objects / r.elapsedMs) * 1000)} sessions/s)`);
    out(`  valid ${n(r.valid)}, malformed ${n(r.malformed)}, duplicate events delivered ${n(r.duplicatesDelivered)}`);
    out(`  scored once: ${n(r.scoredOnce)}/${n(r.valid)} valid sessions have exactly one score (${n(r.scoringRuns)} scoring runs incl. redeliveries, each rewriting the same score)`);
    out(`  alerted once: ${n(r.alertedOnce)}/${n(r.hot)} hot sessions; ${n(r.alertsPublished)} alerts published, ${n(r.outboxFiles)} outbox files`);
    out(`  quarantined: ${n(r.quarantined)}/${n(r.malformed)} malformed (${Object.entries(r.quarantineByReason).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})`);
    out(`  moved out of sessions/: ${n(r.moved)}/${n(r.malformed)} (bytes unchanged under quarantine/objects/); redeliveries recognized as already quarantined: ${n(r.alreadyQuarantined)}`);
    out(`  partitions registered: ${n(r.partitionsRegistered)}/${n(r.partitions)}; dead-lettered invocations: ${n(r.deadLettered)}`);
    for (const v of r.violations.slice(0, 20)) out(`  violation: ${v}`);
    check({ section: 'soak', name: 'every valid session scored once', measured: `${n(r.scoredOnce)}/${n(r.valid)}`, target: 'all', pass: r.scoredOnce === r.valid && !r.violations.some((v) => v.startsWith('score written')) });
    check({ section: 'soak', name: 'every hot session alerted once', measured: `${n(r.alertedOnce)}/${n(r.hot)}, ${n(r.alertsPublished)} published`, target: 'all, no extra', pass: r.alertedOnce === r.hot && r.alertsPublished === r.hot && r.outboxFiles === r.hot });
    check({ section: 'soak', name: 'every malformed session quarantined', measured: `${n(r.quarantined)}/${n(r.malformed)}`, target: 'all', pass: r.quarantined === r.malformed });
    check({ section: 'soak', name: 'every malformed session moved out of sessions/', measured: `${n(r.moved)}/${n(r.malformed)}`, target: 'all', pass: r.moved === r.malformed });
    check({ section: 'soak', name: 'no invariant broken', measured: `${r.violations.length} violation(s), ${r.deadLettered} dead-lettered`, target: '0', pass: r.violations.length === 0 });
  }

  if (opts.only.includes('signals')) {
    progress('signals: extraction time per utterance, and the accumulator over a long call...');
    const { labelled, offDomain, firstSeen: f, extraction: t, codeMegabytes, longCall: long } = measureSignalsInChild(TARGETS.longCallTurns);
    const us = (x: number) => `${x.toFixed(1)} µs`;
    out(`\nSignal extraction (lib/signals extractSignals), one utterance per call, warm, in a fresh node process`);
    out(
      `  ${n(labelled)} labelled (eval/signals/*.jsonl) + ${n(offDomain)} off-domain utterances${offDomain ? '' : ` (none: ${OFF_DOMAIN_DIR} is absent)`}, ` +
        `${t.rounds} timed rounds after ${t.warmupRounds} warm-up rounds = ${n(t.n)} calls`,
    );
    out(`  p50 ${us(t.p50)}, p95 ${us(t.p95)}, p99 ${us(t.p99)}, mean ${us(t.mean)}, max ${us(t.max)}`);
    out(
      `  turns not read before (after ${f.warmupRounds} rounds on the other ${n(f.warmed)}, each of ${n(f.timed)} timed once): ` +
        `p50 ${us(f.p50)}, p95 ${us(f.p95)}, p99 ${us(f.p99)}, mean ${us(f.mean)}, max ${us(f.max)}`,
    );
    out(`  compiled code held after the timing: ${codeMegabytes.toFixed(1)} MB (V8 stops optimising regexps compiled past 16 MB)`);
    check({ section: 'signals', name: 'extraction per utterance p99', measured: us(t.p99), target: `<= ${us(TARGETS.signalsP99Micros)}`, pass: t.p99 <= TARGETS.signalsP99Micros });
    out(`  long call: ${n(long.callerTurns)} caller turns (each after an agent question) through one SignalAccumulator`);
    out(`    evidence entries: ${long.evidenceEnd} at the end, at most ${long.evidenceMax} (bound ${long.evidenceBound}: 5 scalar fields + product ids + pain-point labels)`);
    out(`    retained state (v8.serialize of the accumulator): largest ${n(long.bytesFirstHalfMax)} bytes in the first half, ${n(long.bytesSecondHalfMax)} in the second, ${n(long.bytesEnd)} at the end`);
    out(`    add() per caller turn: mean ${us(long.addMicrosFirst)} over the first 1,000 turns, ${us(long.addMicrosLast)} over the last 1,000`);
    check({
      section: 'signals',
      name: 'accumulator state bounded over a long call',
      measured: `${long.evidenceMax} evidence (bound ${long.evidenceBound}); ${n(long.bytesSecondHalfMax)} vs ${n(long.bytesFirstHalfMax)} bytes`,
      target: 'evidence <= bound, no growth after the first half (+10%)',
      pass: long.bounded,
    });
  }

  if (opts.only.includes('lake')) {
    const lakeSessions = opts.lakeSessions ?? TARGETS.lakeSessions;
    progress(`lake: ${n(lakeSessions)} generated sessions compacted into the curated Parquet tables, then every named query...`);
    const r = await runLakeBench({ sessions: lakeSessions, dir: path.join(dir, 'lake'), progress });
    const mb = (b: number) => `${(b / 1e6).toFixed(b < 1e7 ? 2 : 0)} MB`;
    out(`\nlake: ${n(r.sessions)} sessions, raw ${mb(r.rawBytes)} gzip JSON (sessions/ + scores/) -> curated ${mb(r.curatedBytes)} Parquet ZSTD`);
    check({ section: 'lake', name: 'compaction rate', measured: `${n(r.sessionsPerSecond)} sessions/s (${r.compactSeconds.toFixed(1)} s)`, target: `>= ${n(TARGETS.compactSessionsPerSecond)} sessions/s`, pass: r.sessionsPerSecond >= TARGETS.compactSessionsPerSecond });
    check({ section: 'lake', name: 'compaction memory', measured: `peak RSS ${mb(r.peakRssBytes)} (start ${mb(r.baselineRssBytes)})`, target: `<= ${mb(TARGETS.compactPeakRssBytes)} (one day at a time, DuckDB limit 1 GB)`, pass: r.peakRssBytes <= TARGETS.compactPeakRssBytes });
    for (const q of r.queries) {
      check({ section: 'lake', name: `${q.name} time`, measured: ms(q.medianMs), target: `<= ${ms(TARGETS.lakeQueryMs)}`, pass: q.medianMs <= TARGETS.lakeQueryMs });
      const ratio = q.rawBytes / Math.max(1, q.curatedBytes);
      check({ section: 'lake', name: `${q.name} bytes`, measured: `curated ${mb(q.curatedBytes)} vs raw ${mb(q.rawBytes)} (${ratio.toFixed(0)}x fewer)`, target: `>= ${TARGETS.lakeBytesRatio}x fewer`, pass: ratio >= TARGETS.lakeBytesRatio });
    }
    for (const perDay of [1_000, 100_000]) {
      const e = athenaEstimate(r, perDay);
      const top = Object.entries(e.perQueryUsd).sort((a, b) => b[1] - a[1]);
      out(`lake: Athena paper estimate at ${n(perDay)} calls/day (30-day range, USD 5/TB, 10 MB minimum): per query USD ${top[top.length - 1]![1].toFixed(5)}-${top[0]![1].toFixed(5)} (most: ${top[0]![0]}); dashboards of all ${r.queries.length} queries hourly USD ${e.dashboardsPerMonthUsd.toFixed(2)}/month (on raw tables: USD ${e.rawDashboardsPerMonthUsd.toFixed(2)}); compaction USD ${e.compactionPerMonthUsd.toFixed(2)}/month`);
    }
  }

  if (opts.only.includes('faults')) {
    progress('faults: calls in child processes against the local stack, one injected fault each (a few minutes; s3rver stays down 30 s in one)...');
    await runFaultBench(path.join(dir, 'faults'), {
      progress,
      onResult: (r) => {
        out(faultLine(r));
        checks.push({ section: 'faults', name: r.scenario, measured: `lost=${r.lost} seconds_lost_max=${r.secondsLostMax}`, target: 'lost=0', pass: r.pass });
      },
    });
  }

  if (opts.only.includes('replay')) {
    progress(`replay: ${TARGETS.replayCalls} small calls into the local stack...`);
    const dir = path.join(opts.dir, 'replay');
    rmSync(dir, { recursive: true, force: true });
    const r = await benchReplay(dir, TARGETS.replayCalls);
    out(`\nReplay (trialist replay into the local stack, pipeline drained), ${n(r.calls)} copies of the samples, ${r.concurrency} at once`);
    out(`  ${n(r.replayed)}/${n(r.calls)} replayed in ${r.seconds.toFixed(1)} s: ${r.secondsPerCall.toFixed(3)} s per call`);
    check({
      section: 'replay',
      name: 'replay seconds per small call',
      measured: `${r.secondsPerCall.toFixed(3)} s (${n(r.replayed)}/${n(r.calls)} ok)`,
      target: `<= ${TARGETS.replaySecondsPerCall.toFixed(3)} s`,
      pass: r.replayed === r.calls && r.secondsPerCall <= TARGETS.replaySecondsPerCall,
    });
  }

  if (opts.only.includes('capacity')) {
    const calls = opts.capacityCalls ?? 6;
    progress(`capacity: ${calls} calls at once, each in its own job process of a bench worker (about 3 minutes)...`);
    const r = await runCapacityBench(path.join(dir, 'capacity'), { calls, progress });
    const mib = (x: number) => `${Math.round(x)} MiB`;
    const peak = Math.max(0, ...r.calls.map((c) => c.peakRssMiB));
    const jobVcpu = Math.max(0, ...r.calls.map((c) => c.vcpu));
    const vcpu = jobVcpu + r.inferenceVcpuPerCall + r.workerVcpuPerCall;
    const callSeconds = r.calls.reduce((a, c) => a + c.callMs / 1000, 0) / Math.max(1, r.calls.length);
    out(`\nCapacity: ${r.calls.length} calls at once (${Math.round(callSeconds)} s each, ${r.calls[0]?.eotPredictions ?? 0} caller turns), one job process each, as a LiveKit worker runs them`);
    out(`  worker process ${mib(r.workerRssMiB)}; inference process (end-of-turn model) ${mib(r.inferenceRssMiB)} ready, ${mib(r.inferencePeakRssMiB)} peak; ${r.idleProcesses} prewarmed idle job process(es) ${mib(r.idleJobRssMiB)} each`);
    for (const c of r.calls) {
      out(`  ${c.sessionId}: peak RSS ${mib(c.peakRssMiB)}, job CPU ${(c.cpuMs / 1000).toFixed(1)} s over ${(c.callMs / 1000).toFixed(0)} s = ${c.vcpu.toFixed(3)} vCPU; VAD windows ${c.vadWindows}, end-of-turn predictions ${c.eotPredictions}`);
    }
    out(`  memory per call: peak ${mib(peak)} (${mib(peak - r.idleJobRssMiB)} over an idle job process); CPU per call: ${vcpu.toFixed(3)} vCPU (job ${jobVcpu.toFixed(3)} + inference ${r.inferenceVcpuPerCall.toFixed(4)} + worker ${r.workerVcpuPerCall.toFixed(4)})`);
    out(`  whole process tree: peak ${mib(r.treePeakRssMiB)} with ${r.callsAtTreePeak} calls; not measured offline: WebRTC audio (rtc-node) and provider websockets`);
    const m = MEASURED_CAPACITY;
    const failures = r.failed.length ? ` (${r.failed.slice(0, 3).join('; ')})` : '';
    check({ section: 'capacity', name: 'every call ran and exported its record', measured: `${r.records}/${calls} records${failures}`, target: 'all', pass: r.records === calls && r.failed.length === 0 });
    const eotOk = r.calls.every((c) => c.eotTimeouts === 0 && c.eotPredictions > 0);
    check({ section: 'capacity', name: 'end-of-turn model answered every caller turn', measured: `${r.calls.reduce((a, c) => a + c.eotPredictions, 0)} predictions, ${r.calls.reduce((a, c) => a + c.eotTimeouts, 0)} timed out`, target: '0 timed out', pass: eotOk });
    check({ section: 'capacity', name: 'memory per call within jobMemoryWarnMB', measured: `peak ${mib(peak)}`, target: `<= ${JOB_MEMORY_WARN_MIB} MiB`, pass: peak <= JOB_MEMORY_WARN_MIB });
    const fixed = r.workerRssMiB + r.inferencePeakRssMiB;
    const holds = peak <= m.callPeakRssMiB * 1.1 && fixed <= (m.workerRssMiB + m.inferenceRssMiB) * 1.1 && vcpu <= m.vcpuPerCall;
    check({
      section: 'capacity',
      name: 'figures lib/agent-capacity.ts plans with still hold',
      measured: `call ${mib(peak)}, worker + inference ${mib(fixed)}, ${vcpu.toFixed(3)} vCPU`,
      target: `<= +10% of ${m.callPeakRssMiB} MiB and ${m.workerRssMiB + m.inferenceRssMiB} MiB, <= ${m.vcpuPerCall} vCPU`,
      pass: holds,
    });
    for (const env of ['dev', 'prod'] as const) {
      const d = DEFAULTS[env];
      const c = taskCapacity({ cpuUnits: d.agentCpu, memoryMiB: d.agentMemoryMiB });
      const t = d.agentTargetSessionsPerTask;
      const used = fixed + t * peak + c.idleProcesses * r.idleJobRssMiB;
      check({
        section: 'capacity',
        name: `${env} task (${d.agentCpu / 1024} vCPU, ${d.agentMemoryMiB} MiB) at ${t} calls`,
        measured: `${mib(used)} (${Math.round((100 * used) / d.agentMemoryMiB)}%), ${((t * vcpu * 100) / c.vcpus).toFixed(0)}% CPU; holds ${c.maxSessions}`,
        target: '<= 2/3 of memory, <= 50% CPU',
        pass: used <= (2 / 3) * d.agentMemoryMiB && t * vcpu <= 0.5 * c.vcpus && t <= c.maxSessions,
      });
    }
  }

  const failed = checks.filter((c) => !c.pass);
  out(`\n${checks.length - failed.length}/${checks.length} targets met${failed.length ? `; FAIL: ${failed.map((c) => c.name).join('; ')}` : ''}`);
  return checks;
}

/** Parse `--sessions N`, `--only a,b`, `--dir D`. @throws Error naming a bad flag. */
export function parseBenchArgs(argv: readonly string[]): Omit<BenchOptions, 'out' | 'progress'> {
  const opts: Omit<BenchOptions, 'out' | 'progress'> = { sessions: 10_000, only: [...SECTIONS] as Section[], dir: '.local/bench' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (flag === '--sessions') {
      const v = Number(value);
      if (!Number.isInteger(v) || v < 1) throw new Error(`--sessions needs a positive integer, got ${value}`);
      opts.sessions = v;
      i++;
    } else if (flag === '--only') {
      const list = (value ?? '').split(',').filter(Boolean);
      const bad = list.filter((s) => !(SECTIONS as readonly string[]).includes(s));
      if (!list.length || bad.length) throw new Error(`--only takes a comma list of ${SECTIONS.join(', ')}; got ${value}`);
      opts.only = list as Section[];
      i++;
    } else if (flag === '--lake-sessions') {
      const v = Number(value);
      if (!Number.isInteger(v) || v < 1) throw new Error(`--lake-sessions needs a positive integer, got ${value}`);
      opts.lakeSessions = v;
      i++;
    } else if (flag === '--capacity-calls') {
      const v = Number(value);
      if (!Number.isInteger(v) || v < 1 || v > 32) throw new Error(`--capacity-calls needs a whole number 1-32, got ${value}`);
      opts.capacityCalls = v;
      i++;
    } else if (flag === '--dir') {
      if (!value) throw new Error('--dir needs a folder');
      opts.dir = value;
      i++;
    } else throw new Error(`unknown flag ${flag} (use --sessions N, --lake-sessions N, --capacity-calls N, --only ${SECTIONS.join(',')}, --dir D)`);
  }
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  let args: ReturnType<typeof parseBenchArgs>;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const checks = await runBench(args);
  process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
}
