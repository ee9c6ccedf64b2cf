/**
 * `trialist replay <paths...>`: replay recorded calls through the agent's replay mode into the
 * local stack (default, `--dir .local/bucket`, kept between runs) or, with `--bucket NAME`, into
 * a real S3 bucket with the default AWS credentials (the deployed pipeline takes it from there).
 * Also exports the replay loop `trialist demo` shares.
 */
import { S3Client } from '@aws-sdk/client-s3';
import type { Command } from 'commander';
import { compactLocal } from '../../lib/local/compact';
import {
  displayPath,
  expandCallPaths,
  formatDuration,
  formatTable,
  keySignals,
  startLocalStack,
  type LocalStack,
} from '../../lib/local';
import { loadRecordedCall } from '../../lib/recorded-call';
import type { LeadScore } from '../../lib/scoring';
import type { SessionRecord } from '../../lib/session-record';
import { S3SessionSink, type SessionSink } from '../../lib/storage/session-sink';

/** Progress lines go to stderr; tables go to stdout. */
export const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** What happened to one call file. */
export type ReplayOutcome =
  | { file: string; ok: true; record: SessionRecord; key: string }
  | { file: string; ok: false; error: string };

/**
 * Parse and replay each file in turn into `sink`. A file that cannot be parsed or replayed is
 * reported (`ok: false` with the reason) and the rest go on. Never throws for a bad file.
 */
export async function replayFiles(
  files: readonly string[],
  opts: { sink: SessionSink; agentSpeaker?: string; log?: (line: string) => void },
): Promise<ReplayOutcome[]> {
  const log = opts.log ?? progress;
  const out: ReplayOutcome[] = [];
  // Loaded on first use: the agent pulls in @livekit/agents, which `query` and `--help` do not need.
  const { replayCall } = await import('../../agent-container/src/replay');
  for (const file of files) {
    try {
      const call = await loadRecordedCall(file, opts.agentSpeaker ? { agentSpeaker: opts.agentSpeaker } : {});
      const { record, key } = await replayCall(call, { sink: opts.sink });
      log(`replayed ${displayPath(file)} -> ${key} (${record.transcript.length} turns, agent: ${call.agent_speaker})`);
      out.push({ file, ok: true, record, key });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      log(`could not replay ${displayPath(file)}: ${error}`);
      out.push({ file, ok: false, error });
    }
  }
  return out;
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
): Promise<ReplayOutcome[]> {
  const outcomes = await replayFiles(files, { sink: new S3SessionSink(stack.s3, stack.bucket), agentSpeaker });
  await stack.drain();
  return outcomes;
}

interface ReplayOptions {
  dir: string;
  bucket?: string;
  agentSpeaker?: string;
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
    .action(async (paths: string[], opts: ReplayOptions) => {
      const { files, unmatched } = expandCallPaths(paths);
      for (const u of unmatched) progress(u.message);
      let outcomes: ReplayOutcome[];
      let failedDeliveries = 0;
      let scores: Map<string, LeadScore> | undefined;
      if (opts.bucket) {
        const s3 = new S3Client({});
        outcomes = await replayFiles(files, { sink: new S3SessionSink(s3, opts.bucket), agentSpeaker: opts.agentSpeaker });
        s3.destroy();
        process.stdout.write(`Session records written to s3://${opts.bucket}/ (the deployed pipeline scores them)\n`);
      } else {
        const stack = await startLocalStack({ directory: opts.dir });
        try {
          outcomes = await replayIntoStack(stack, files, opts.agentSpeaker);
          scores = stack.scores();
          failedDeliveries = (await stack.drain()).failed.length;
        } finally {
          await stack.stop();
        }
        // the curated tables `trialist query` reads: rebuild the days these calls changed
        const compacted = await compactLocal({ directory: opts.dir });
        progress(`compacted ${compacted.days.length} changed day(s) into the curated tables`);
        process.stdout.write(`Session records in the local bucket folder ${stack.layout.bucketDir}\n`);
      }
      process.stdout.write(callsTable(outcomes, scores));
      const failed = outcomes.filter((o) => !o.ok).length + unmatched.length;
      if (failed) process.stdout.write(`\nNot replayed (${failed}):\n${failuresTable(outcomes, unmatched)}`);
      if (failedDeliveries) progress(`${failedDeliveries} pipeline invocation(s) failed; see the dead-letter folder`);
      if (!outcomes.some((o) => o.ok) || failedDeliveries) process.exitCode = 1;
    });
}
