/**
 * `trialist replay <paths...>`: replay recorded calls through the agent's replay mode into the
 * local stack (default, `--dir .local/bucket`, kept between runs) or, with `--bucket NAME`, into
 * a real S3 bucket with the default AWS credentials (the deployed pipeline takes it from there).
 * Also exports the replay loop `trialist demo` shares.
 */
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Command } from 'commander';
import { startLocalStack, type LocalStack } from '../../lib/local';
import type { AgentTemplate } from '../../agent-container/src/template';
import { isAccessDenied, isNotFound } from '../../lib/pipeline/objects';
import { allocateReplaySessionId, loadRecordedCall, REPLAY_DIGEST_METADATA, sourceDigest } from '../../lib/recorded-call';
import type { LeadScore } from '../../lib/scoring';
import { sessionKey, type SessionRecord } from '../../lib/session-record';
import { S3SessionSink, type SessionSink } from '../../lib/storage/session-sink';
import { displayPath, expandCallPaths } from '../cli/call-files';
import { formatDuration, keySignals } from '../cli/summary';
import { formatTable } from '../cli/table';

/** Progress lines go to stderr; tables go to stdout. */
export const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** What happened to one call file. */
export type ReplayOutcome =
  | { file: string; ok: true; record: SessionRecord; key: string }
  | { file: string; ok: false; error: string };

/** Replays in flight at once by default: each call's session close waits ~0.5 s on a timer, not the CPU. */
export const DEFAULT_REPLAY_CONCURRENCY = 8;

/** Options of {@link replayFiles}. */
export interface ReplayFilesOptions {
  sink: SessionSink;
  agentSpeaker?: string;
  log?: (line: string) => void;
  /**
   * The replay digest stored with the record an id would be written to (null: none; '' a record
   * without one): how ids taken in the bucket by other recordings are found. Default: none taken.
   */
  existing?: (sessionId: string, startedAt: Date) => Promise<string | null>;
  /** Replays in flight at once (default DEFAULT_REPLAY_CONCURRENCY). */
  concurrency?: number;
  /** Most turns per call (default the replay's MAX_REPLAY_TURNS). */
  maxTurns?: number;
  /** Template the calls are replayed with (persona, models); default the shipped default. */
  template?: AgentTemplate;
}

/**
 * Parse and replay each file into `sink`, several at once, with a progress line per file. Session
 * ids are unique within the run and against records already stored (lib/recorded-call/session-ids.ts):
 * a recording never overwrites another's record. A file that cannot be parsed or replayed is
 * reported (`ok: false` with the reason) and the rest go on. Never throws for a bad file. Outcomes
 * are in the order of `files`.
 */
export async function replayFiles(files: readonly string[], opts: ReplayFilesOptions): Promise<ReplayOutcome[]> {
  const log = opts.log ?? progress;
  const out: ReplayOutcome[] = new Array(files.length);
  // Loaded on first use: the agent pulls in @livekit/agents, which `query` and `--help` do not need.
  const { replayCall } = await import('../../agent-container/src/replay');
  const usedInRun = new Map<string, string>();
  // ids are allocated one file at a time in the order of `files` (not the order loading finishes),
  // so two files of one run never take the same id and the same inputs always get the same ids
  const allocated = files.map(() => {
    let open!: () => void;
    const done = new Promise<void>((resolve) => (open = resolve));
    return { done, open };
  });
  const previousAllocated = (index: number) => (index === 0 ? Promise.resolve() : allocated[index - 1]!.done);
  let next = 0;
  let done = 0;
  const width = String(files.length).length;

  const replayOne = async (index: number): Promise<void> => {
    const file = files[index]!;
    const started = performance.now();
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      await previousAllocated(index);
      allocated[index]!.open();
    };
    try {
      const call = await loadRecordedCall(file, opts.agentSpeaker ? { agentSpeaker: opts.agentSpeaker } : {});
      const startedAt = call.started_at ? new Date(call.started_at) : new Date();
      const digest = call.source_sha256 ?? sourceDigest(JSON.stringify(call.turns));
      await previousAllocated(index);
      const allocation = await allocateReplaySessionId(call.call_id, digest, call.source_name, usedInRun, (id) =>
        opts.existing?.(id, startedAt) ?? Promise.resolve(null),
      ).finally(release);
      const { sessionId, note, duplicate } = allocation;
      if (note) log(`${displayPath(file)}: ${note}`);
      if (duplicate) throw new Error(`same bytes as another file of this run (session ${sessionId}): replayed once, not twice`);
      const sink: SessionSink = { write: (record) => opts.sink.write(record, { [REPLAY_DIGEST_METADATA]: digest }) };
      const { record, key } = await replayCall(call, { sink, sessionId, startedAt, maxTurns: opts.maxTurns, template: opts.template });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log(`[${String(++done).padStart(width)}/${files.length}] replayed ${displayPath(file)} -> ${key} (${record.transcript.length} turns, agent: ${call.agent_speaker}, ${seconds} s)`);
      out[index] = { file, ok: true, record, key };
    } catch (e) {
      await release();
      const error = e instanceof Error ? e.message : String(e);
      log(`[${String(++done).padStart(width)}/${files.length}] could not replay ${displayPath(file)}: ${error}`);
      out[index] = { file, ok: false, error };
    }
  };
  const worker = async () => {
    while (next < files.length) await replayOne(next++);
  };
  const concurrency = Math.max(1, Math.min(opts.concurrency ?? DEFAULT_REPLAY_CONCURRENCY, files.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

/** The replay digest stored with a session's record in `bucket` (see ReplayFilesOptions.existing). @throws S3 errors other than "not there". */
export function storedReplayDigest(s3: S3Client, bucket: string): (sessionId: string, startedAt: Date) => Promise<string | null> {
  return async (sessionId, startedAt) => {
    try {
      const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: sessionKey(sessionId, startedAt) }));
      return head.Metadata?.[REPLAY_DIGEST_METADATA] ?? '';
    } catch (e) {
      if (isNotFound(e) || isAccessDenied(e)) return null;
      throw e;
    }
  };
}

/** The per-call table: session id, duration, key signals, score, tier (score/tier blank when unscored). */
export function callsTable(outcomes: readonly ReplayOutcome[], scores?: Map<string, LeadScore>): string {
  const rows = outcomes.flatMap((o) => {
    if (!o.ok) return [];
    const score = scores?.get(o.record.session_id);
    return [
      {
        'session id': o.record.session_id,
        duration: formatDuration(o.record.duration_seconds),
        'key signals': keySignals(o.record),
        score: score?.score ?? null,
        tier: score?.tier ?? (scores ? '(not scored)' : ''),
      },
    ];
  });
  const columns = scores ? ['session id', 'duration', 'key signals', 'score', 'tier'] : ['session id', 'duration', 'key signals'];
  return formatTable(columns, rows, { maxCellWidth: 70, empty: '(no calls replayed)' });
}

/** The files that could not be replayed, with why. */
export function failuresTable(outcomes: readonly ReplayOutcome[], unmatched: readonly { arg: string; message: string }[]): string {
  const rows = [
    ...unmatched.map((u) => ({ file: u.arg, reason: u.message })),
    ...outcomes.flatMap((o) => (o.ok ? [] : [{ file: displayPath(o.file), reason: o.error }])),
  ];
  return formatTable(['file', 'reason'], rows, { maxCellWidth: 120 });
}

/** Replay into a running local stack and wait for the pipeline; returns the outcomes. */
export async function replayIntoStack(
  stack: LocalStack,
  files: readonly string[],
  agentSpeaker: string | undefined,
  options: Pick<ReplayFilesOptions, 'concurrency' | 'maxTurns' | 'log'> = {},
): Promise<ReplayOutcome[]> {
  const outcomes = await replayFiles(files, {
    ...options,
    sink: new S3SessionSink(stack.s3, stack.bucket),
    agentSpeaker,
    existing: storedReplayDigest(stack.s3, stack.bucket),
  });
  await stack.drain();
  return outcomes;
}

interface ReplayOptions {
  dir: string;
  bucket?: string;
  agentSpeaker?: string;
  concurrency: string;
  maxTurns?: string;
}

/** `trialist replay`. Exit code 1 when no call could be replayed or the pipeline failed on one. */
export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('Replay recorded calls into the local stack (default) or a real S3 bucket (--bucket)')
    .argument('<paths...>', 'call files (.json .md .txt), folders of them, or globs like calls/*.md')
    .option('-d, --dir <folder>', 'local data folder (kept between runs)', '.local/bucket')
    .option('-b, --bucket <name>', 'write to this S3 bucket with the default AWS credentials instead of the local stack')
    .option('-a, --agent-speaker <name>', 'speaker label (or participant name) of the agent; default: heuristic')
    .option('-j, --concurrency <n>', 'calls replayed at once', String(DEFAULT_REPLAY_CONCURRENCY))
    .option('--max-turns <n>', 'refuse recordings with more turns than this (default 2000)')
    .action(async (paths: string[], opts: ReplayOptions) => {
      const { files, unmatched } = expandCallPaths(paths);
      const concurrency = Number(opts.concurrency);
      const maxTurns = opts.maxTurns === undefined ? undefined : Number(opts.maxTurns);
      if (!Number.isInteger(concurrency) || concurrency < 1 || (maxTurns !== undefined && (!Number.isInteger(maxTurns) || maxTurns < 1))) {
        progress(`--concurrency and --max-turns take whole numbers of at least 1 (got ${opts.concurrency}, ${opts.maxTurns ?? '-'})`);
        process.exitCode = 2;
        return;
      }
      for (const u of unmatched) progress(u.message);
      let outcomes: ReplayOutcome[];
      let failedDeliveries = 0;
      let scores: Map<string, LeadScore> | undefined;
      if (opts.bucket) {
        const s3 = new S3Client({});
        outcomes = await replayFiles(files, {
          sink: new S3SessionSink(s3, opts.bucket),
          agentSpeaker: opts.agentSpeaker,
          existing: storedReplayDigest(s3, opts.bucket),
          concurrency,
          maxTurns,
        });
        s3.destroy();
        process.stdout.write(`Session records written to s3://${opts.bucket}/ (the deployed pipeline scores them)\n`);
      } else {
        const stack = await startLocalStack({ directory: opts.dir });
        try {
          outcomes = await replayIntoStack(stack, files, opts.agentSpeaker, { concurrency, maxTurns });
          scores = stack.scores();
          failedDeliveries = (await stack.drain()).failed.length;
        } finally {
          await stack.stop();
        }
        process.stdout.write(`Session records in the local bucket folder ${stack.layout.bucketDir}\n`);
      }
      process.stdout.write(callsTable(outcomes, scores));
      const failed = outcomes.filter((o) => !o.ok).length + unmatched.length;
      if (failed) process.stdout.write(`\nNot replayed (${failed}):\n${failuresTable(outcomes, unmatched)}`);
      if (failedDeliveries) progress(`${failedDeliveries} pipeline invocation(s) failed; see the dead-letter folder`);
      if (!outcomes.some((o) => o.ok) || failedDeliveries) process.exitCode = 1;
    });
}
