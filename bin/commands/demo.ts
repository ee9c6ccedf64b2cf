/**
 * `trialist demo [paths...]` (what `npm run demo` runs): the whole pipeline on one machine.
 * Starts the embedded local stack in a fresh data folder, replays each call (default: every
 * call in samples/) into the local bucket, waits for score-lead and partition-register, then
 * prints the calls with their scores, where the objects are, the outbox's alerts and the
 * `hot-leads` named query run by DuckDB over the bucket folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { callerLabel, type HotLeadAlert } from '../../lib/alerts';
import {
  displayPath,
  expandCallPaths,
  formatTable,
  localLayout,
  objectFile,
  openLocalLake,
  readOutbox,
  startLocalStack,
} from '../../lib/local';
import { scoreKey, type LeadScore } from '../../lib/scoring';
import { compactLocal } from '../../lib/local/compact';
import { callsTable, failuresTable, progress, replayIntoStack, type ReplayOutcome } from './replay';

/** The project's own sample calls. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples', import.meta.url));

/** What a local data folder may hold; anything else means `--dir` points somewhere it must not wipe. */
const LOCAL_DATA_ENTRIES = new Set(['s3', 'outbox', 'catalog.json', 'idempotency.json', 'dead-letter']);

/**
 * Empty a local data folder before a demo run. Refuses a folder holding anything the local stack
 * did not write, so a mistyped `--dir` cannot delete someone's files.
 * @throws Error naming the unexpected entries.
 */
export async function wipeLocalData(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  const foreign = readdirSync(dir).filter((n) => !LOCAL_DATA_ENTRIES.has(n) && !n.endsWith('.tmp'));
  if (foreign.length) {
    throw new Error(
      `refusing to wipe ${dir}: it holds files the local stack did not write (${foreign.slice(0, 5).join(', ')}); pick another --dir`,
    );
  }
  await rm(dir, { recursive: true, force: true });
}

const rel = (p: string) => displayPath(p);

interface DemoOptions {
  dir: string;
  agentSpeaker?: string;
  verbose?: boolean;
}

/** Run the demo; resolves to the exit code (0 ok; 1 nothing replayed or a pipeline failure). */
export async function runDemo(paths: readonly string[], opts: DemoOptions, out: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
  const args = paths.length ? paths : [SAMPLES_DIR];
  const { files, unmatched } = expandCallPaths(args);
  for (const u of unmatched) progress(u.message);
  if (files.length === 0) {
    progress('no call files to replay');
    return 1;
  }

  await wipeLocalData(opts.dir);
  const stack = await startLocalStack({ directory: opts.dir, verbose: opts.verbose });
  progress(`local stack: s3rver at ${stack.endpoint}, bucket ${stack.bucket}, data in ${rel(stack.layout.root)}`);
  let outcomes: ReplayOutcome[];
  let failedDeliveries: number;
  let scores: Map<string, LeadScore>;
  try {
    outcomes = await replayIntoStack(stack, files, opts.agentSpeaker);
    failedDeliveries = (await stack.drain()).failed.length;
    scores = stack.scores();
  } finally {
    await stack.stop();
  }
  const layout = localLayout(opts.dir, stack.bucket);
  const replayed = outcomes.filter((o): o is Extract<ReplayOutcome, { ok: true }> => o.ok);

  out(`\nCalls (${replayed.length} replayed${outcomes.length > replayed.length || unmatched.length ? `, ${outcomes.length - replayed.length + unmatched.length} not` : ''})\n`);
  out(callsTable(outcomes, scores));
  if (replayed.length < outcomes.length || unmatched.length) {
    out(`\nNot replayed\n${failuresTable(outcomes, unmatched)}`);
  }

  out(`\nObjects in the local bucket s3://${stack.bucket} (folder ${rel(layout.bucketDir)}, s3rver adds ._S3rver_object to each file)\n`);
  const objectRows = replayed.flatMap((o) => {
    const keys = [o.key];
    const score = scores.get(o.record.session_id);
    if (score) keys.push(scoreKey(score));
    return keys.map((key) => ({ key, stored: existsSync(objectFile(layout, key)) ? 'yes' : 'MISSING' }));
  });
  out(formatTable(['key', 'stored'], objectRows, { maxCellWidth: 120 }));

  const alerts = await readOutbox<HotLeadAlert>(layout.outboxDir);
  out(`\nHot-lead alerts in the outbox (${rel(layout.outboxDir)})${process.env.SLACK_WEBHOOK_URL ? ', also posted to Slack' : ''}\n`);
  out(
    formatTable(
      ['session id', 'score', 'caller', 'meeting', 'file'],
      alerts.map(({ file, alert }) => ({
        'session id': alert.session_id,
        score: alert.score,
        caller: callerLabel(alert),
        meeting: alert.meeting?.booked ? (alert.meeting.time ?? 'booked') : 'no',
        file: rel(file),
      })),
      { empty: '(no hot leads)' },
    ),
  );

  const compacted = await compactLocal({ directory: opts.dir, bucket: stack.bucket });
  out(`\nCompaction: ${compacted.markers} change marker(s), ${compacted.days.length} day(s) rebuilt as Parquet under curated/\n`);
  out(
    formatTable(
      ['day', 'sessions', 'curated_sessions rows', 'curated_turns rows', 'bytes'],
      compacted.days.map((d) => ({
        day: d.day,
        sessions: d.sessions,
        'curated_sessions rows': d.rows.curated_sessions ?? 0,
        'curated_turns rows': d.rows.curated_turns ?? 0,
        bytes: Object.values(d.bytes).reduce((a, b) => a + b, 0),
      })),
      { empty: '(nothing to compact)' },
    ),
  );

  const partitions = await stack.catalog.list();
  out(`\nPartitions in the local catalog (${rel(layout.catalogFile)}): ${partitions.map((p) => `${p.table}/${p.path}`).join(', ') || '(none)'}\n`);

  const lake = await openLocalLake({ directory: opts.dir, bucket: stack.bucket });
  for (const f of lake.skipped) progress(`skipped ${rel(f)}: not a gzip object, still under sessions/ (score-lead moves such objects to quarantine/ when their event arrives)`);
  try {
    const result = await lake.runNamed('hot-leads');
    out(`\nNamed query hot-leads (DuckDB over the curated Parquet tables)\n`);
    out(formatTable(result.columns, result.rows, { empty: '(no hot leads)' }));
  } finally {
    lake.close();
  }
  out(`\nMore: npm run --silent trialist -- query --list --dir ${opts.dir}`);
  out(`\n      npm run --silent trialist -- report --dir ${opts.dir} --out ${path.join(opts.dir, 'report.html')}\n`);

  if (failedDeliveries) progress(`${failedDeliveries} pipeline invocation(s) failed; events kept in ${rel(layout.deadLetterDir)}`);
  if (replayed.length === 0) progress('nothing could be replayed');
  return replayed.length === 0 || failedDeliveries ? 1 : 0;
}

/** `trialist demo`. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Run the whole pipeline locally on recorded calls (default: samples/) and show the results')
    .argument('[paths...]', 'call files (.json .md .txt), folders of them, or globs like calls/*.md')
    .option('-d, --dir <folder>', 'local data folder, wiped at start', '.local/demo')
    .option('-a, --agent-speaker <name>', 'speaker label (or participant name) of the agent; default: heuristic')
    .option('-v, --verbose', "also log the handlers' info lines")
    .action(async (paths: string[], opts: DemoOptions) => {
      process.exitCode = await runDemo(paths, opts);
    });
}
