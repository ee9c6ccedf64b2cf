/**
 * The capacity bench (`npm run bench -- --only capacity`): memory and CPU per call with several
 * calls at once, run the way a LiveKit worker runs them. The bench bundles its worker
 * (bench/capacity-worker.ts) and job module (bench/capacity-agent.ts) with esbuild as the image's
 * `main.js` is bundled (npm packages external, node22 ESM) and starts the worker with plain node:
 * the framework's inference process (local end-of-turn model), the framework's process pool with
 * the production number of prewarmed idle job processes (the live agent's prewarm: Silero VAD,
 * knowledge index, phone-hash key), then `calls` jobs at once, each a full offline call (real
 * AgentSession, tools, collector, checkpoints and the record to s3rver; FakeLLM; caller audio at
 * real-time pace through VAD and the end-of-turn model) in its own job process.
 *
 * Every 250 ms it reads /proc for the worker and each descendant: RSS (VmRSS) and CPU time
 * (utime + stime). It reports the worker's and the inference process's RSS, a prewarmed idle job
 * process's RSS, each call's peak RSS, its job process's CPU over the call (vCPU = CPU seconds /
 * call seconds), the inference process's CPU per call, and the peak of the whole process tree.
 * Not measured here (no LiveKit server, no providers): WebRTC audio (Opus decode/encode and
 * jitter buffers in rtc-node's native code, in each job process) and the provider websockets.
 */
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startLocalS3 } from '../lib/local/s3';
import { decodeSessionRecord, SESSIONS_PREFIX } from '../lib/session-record';
import type { CapacityJobResult, CapacityPlan } from './capacity-agent';
import type { WorkerPlan } from './capacity-worker';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
/** Bundles live under the repository (its node_modules resolve the external packages). */
const BUILD_DIR = path.join(root, '.local', 'capacity-build');

/** Options of `runCapacityBench`. */
export interface CapacityOptions {
  /** Calls at once (default 6). */
  calls?: number;
  /** Caller turns per call (default 10) and caller speech per turn (s, default 4); 1.5 s pause each. */
  turns?: number;
  speechSeconds?: number;
  /** Prewarmed idle job processes (production: min(vCPUs, 4)); default 2. */
  idleProcesses?: number;
  progress?: (line: string) => void;
}

/** One process's figures. */
export interface ProcFigures {
  pid: number;
  role: 'worker' | 'inference' | 'job';
  /** Peak RSS over the run (MiB). */
  peakRssMiB: number;
  /** CPU seconds (user + system) over the whole run. */
  cpuSeconds: number;
}

/** One call's figures. */
export interface CallFigures extends CapacityJobResult {
  /** Peak RSS of its job process during the call (MiB). */
  peakRssMiB: number;
  /** Average vCPU of its job process over the call (CPU time / call time). */
  vcpu: number;
}

/** What the bench measured. */
export interface CapacityResult {
  calls: CallFigures[];
  failed: string[];
  records: number;
  /** Worker process RSS when ready (MiB), and the inference process's. */
  workerRssMiB: number;
  inferenceRssMiB: number;
  inferencePeakRssMiB: number;
  /** A prewarmed idle job process (median at ready, MiB). */
  idleJobRssMiB: number;
  idleProcesses: number;
  /** Inference process CPU while the calls ran, per call: its CPU seconds / the calls' total seconds (vCPU). */
  inferenceVcpuPerCall: number;
  /** The worker's, likewise (vCPU per call). */
  workerVcpuPerCall: number;
  /** The whole process tree's peak RSS (MiB) and how many calls were running at that sample. */
  treePeakRssMiB: number;
  callsAtTreePeak: number;
  seconds: number;
}

interface Sample {
  t: number;
  procs: Map<number, { role: ProcFigures['role']; rssKiB: number; cpuTicks: number }>;
}

const TICKS = 100; // CLK_TCK on Linux

function readProc(pid: number): { ppid: number; rssKiB: number; cpuTicks: number; cmd: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    // fields after the command: state(3) ppid(4) ... utime(14) stime(15), numbered from 1
    return { ppid: Number(rest[1]), rssKiB: rss ? Number(rss[1]) : 0, cpuTicks: Number(rest[11]) + Number(rest[12]), cmd };
  } catch {
    return null; // the process ended between listing and reading
  }
}

/** The process tree under `rootPid`, read from /proc. */
function sampleTree(rootPid: number): Sample {
  const all = new Map<number, NonNullable<ReturnType<typeof readProc>>>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const p = readProc(Number(name));
    if (p) all.set(Number(name), p);
  }
  const procs: Sample['procs'] = new Map();
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 10; hops++) {
      if (p === rootPid) return true;
      p = all.get(p)?.ppid ?? 0;
    }
    return false;
  };
  for (const [pid, p] of all) {
    if (!inTree(pid)) continue;
    const role = pid === rootPid ? 'worker' : p.cmd.includes('inference_proc_lazy_main') ? 'inference' : p.cmd.includes('job_proc_lazy_main') ? 'job' : null;
    if (role) procs.set(pid, { role, rssKiB: p.rssKiB, cpuTicks: p.cpuTicks });
  }
  return { t: Date.now(), procs };
}

async function bundle(): Promise<{ worker: string; agent: string }> {
  mkdirSync(BUILD_DIR, { recursive: true });
  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node22', packages: 'external', sourcemap: true, logLevel: 'warning' } as const;
  const worker = path.join(BUILD_DIR, 'worker.mjs');
  const agent = path.join(BUILD_DIR, 'agent.mjs');
  await build({ ...common, entryPoints: [path.join(here, 'capacity-worker.ts')], outfile: worker });
  await build({ ...common, entryPoints: [path.join(here, 'capacity-agent.ts')], outfile: agent });
  return { worker, agent };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : 0;
};

/** Run the bench in `dir` (wiped first). @throws Error when the worker fails to start or a call never ends. */
export async function runCapacityBench(dir: string, opts: CapacityOptions = {}): Promise<CapacityResult> {
  const progress = opts.progress ?? (() => undefined);
  const calls = opts.calls ?? 6;
  const turns = opts.turns ?? 10;
  const speechSeconds = opts.speechSeconds ?? 4;
  const idleProcesses = opts.idleProcesses ?? 2;
  const started = Date.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'results'), { recursive: true });
  progress('capacity: bundling the bench worker and job module (esbuild, as agent-container/build.mjs)...');
  const files = await bundle();
  const bucket = 'capacity-bench';
  const s3 = await startLocalS3({ directory: path.join(dir, 's3'), buckets: [bucket] });
  const plans: CapacityPlan[] = Array.from({ length: calls }, (_, i) => ({
    sessionId: `capacity-${i + 1}`,
    s3Endpoint: s3.endpoint,
    bucket,
    turns,
    speechSeconds,
    pauseSeconds: 1.5,
    checkpointSeconds: 15,
    resultFile: path.join(dir, 'results', `capacity-${i + 1}.json`),
  }));
  const plan: WorkerPlan = { agent: files.agent, jobs: plans.map((p) => JSON.stringify(p)), idleProcesses };
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    KNOWLEDGE_DIR: path.join(root, 'agent-container', 'knowledge'),
    PHONE_HASH_KEY_FILE: path.join(dir, 'phone-hash-key.json'),
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_REGION: 'us-east-1',
  };
  // its own process group, so a failed run can end the worker with its job and inference processes
  const worker = spawn(process.execPath, ['--enable-source-maps', files.worker, JSON.stringify(plan)], { env, stdio: ['pipe', 'pipe', 'pipe'], cwd: root, detached: true });
  const events: string[] = [];
  let stderr = '';
  worker.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-20_000)));
  createInterface({ input: worker.stdout! }).on('line', (line) => {
    try {
      events.push(String((JSON.parse(line) as { event: string }).event));
    } catch {
      /* a log line */
    }
  });
  let exited = false;
  const exit = new Promise<number | null>((r) => worker.on('exit', (code) => ((exited = true), r(code))));
  const waitEvent = async (name: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!events.includes(name)) {
      if (exited) throw new Error(`capacity worker exited before '${name}': ${stderr.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`capacity worker: no '${name}' within ${timeoutMs / 1000} s: ${stderr.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const samples: Sample[] = [];
  let sampling: NodeJS.Timeout | undefined;
  try {
    await waitEvent('ready', 180_000);
    await new Promise((r) => setTimeout(r, 1_000)); // let the idle processes settle after prewarm
    const ready = sampleTree(worker.pid!);
    const idleRss = [...ready.procs.values()].filter((p) => p.role === 'job').map((p) => p.rssKiB / 1024);
    progress(`capacity: worker ready (${idleRss.length} prewarmed idle job processes); launching ${calls} calls of ${turns} turns at once...`);
    samples.push(ready);
    sampling = setInterval(() => samples.push(sampleTree(worker.pid!)), 250);
    worker.stdin!.write('go\n');
    await waitEvent('done', (turns * (speechSeconds + 4) + 180) * 1000);
    clearInterval(sampling);
    samples.push(sampleTree(worker.pid!));
    await exit;

    const results = new Map<number, CapacityJobResult>();
    const failed: string[] = [];
    for (const p of plans) {
      if (!existsSync(p.resultFile)) {
        failed.push(`${p.sessionId}: no result`);
        continue;
      }
      const r = JSON.parse(readFileSync(p.resultFile, 'utf8')) as CapacityJobResult & { error?: string };
      if (r.error) failed.push(`${p.sessionId}: ${r.error.split('\n')[0]}`);
      else results.set(r.pid, r);
    }
    const series = (pid: number) => samples.map((s) => ({ t: s.t, p: s.procs.get(pid) })).filter((x) => x.p);
    const figures: CallFigures[] = [];
    for (const [pid, r] of results) {
      const xs = series(pid);
      figures.push({ ...r, peakRssMiB: Math.max(...xs.map((x) => x.p!.rssKiB)) / 1024, vcpu: r.cpuMs / r.callMs });
    }
    const rolePids = (role: ProcFigures['role']) => [...new Set(samples.flatMap((s) => [...s.procs].filter(([, p]) => p.role === role).map(([pid]) => pid)))];
    const cpuDuring = (pid: number) => {
      const xs = series(pid);
      return xs.length ? (xs[xs.length - 1]!.p!.cpuTicks - xs[0]!.p!.cpuTicks) / TICKS : 0;
    };
    const inferencePid = rolePids('inference')[0] ?? -1;
    const callPids = new Set(results.keys());
    let treePeak = 0;
    let callsAtTreePeak = 0;
    for (const s of samples) {
      const total = [...s.procs.values()].reduce((a, p) => a + p.rssKiB, 0) / 1024;
      if (total > treePeak) {
        treePeak = total;
        callsAtTreePeak = [...s.procs.keys()].filter((pid) => callPids.has(pid)).length;
      }
    }
    // the records in the bucket
    let records = 0;
    const listed = await s3.s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: SESSIONS_PREFIX }));
    for (const o of listed.Contents ?? []) {
      const got = await s3.s3.send(new GetObjectCommand({ Bucket: bucket, Key: o.Key! }));
      if (decodeSessionRecord(await got.Body!.transformToByteArray()).session_id.startsWith('capacity-')) records += 1;
    }
    const callSeconds = Math.max(1, figures.reduce((a, f) => a + f.callMs / 1000, 0));
    return {
      calls: figures.sort((a, b) => a.sessionId.localeCompare(b.sessionId, 'en', { numeric: true })),
      failed,
      records,
      workerRssMiB: (ready.procs.get(worker.pid!)?.rssKiB ?? 0) / 1024,
      inferenceRssMiB: (ready.procs.get(inferencePid)?.rssKiB ?? 0) / 1024,
      inferencePeakRssMiB: Math.max(0, ...series(inferencePid).map((x) => x.p!.rssKiB)) / 1024,
      idleJobRssMiB: median(idleRss),
      idleProcesses: idleRss.length,
      inferenceVcpuPerCall: cpuDuring(inferencePid) / callSeconds,
      workerVcpuPerCall: cpuDuring(worker.pid!) / callSeconds,
      treePeakRssMiB: treePeak,
      callsAtTreePeak,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    clearInterval(sampling);
    if (!exited) {
      try {
        process.kill(-worker.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    await s3.stop();
  }
}
