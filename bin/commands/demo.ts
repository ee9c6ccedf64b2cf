/**
 * `trialist demo [paths...]` (what `npm run demo` runs): the whole pipeline on one machine.
 * Starts the embedded local stack in a fresh data folder, replays each call (default: every
 * call in samples/) into the local bucket, waits for score-lead and partition-register, then
 * prints the calls with their scores, where the objects are, the outbox's alerts and the
 * `hot-leads` named query run by DuckDB over the bucket folder. On the samples (no paths given) it
 * also plays one call as a crashed LiveKit job (checkpoint only) and shows reconciliation
 * recovering it from signed webhooks.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { existsSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { callerLabel, type HotLeadAlert } from '../../lib/alerts';
import {
  localLayout,
  localLivekitCredentials,
  objectFile,
  openLocalLake,
  participantLeftBody,
  postWebhook,
  readOutbox,
  roomFinishedBody,
  signWebhookBody,
  startLocalStack,
  type LocalCallEnd,
  type LocalStack,
} from '../../lib/local';
import { checkpointKey } from '../../lib/session-record';
import { loadRecordedCall } from '../../lib/recorded-call';
import { decodeSessionRecord, encodeSessionRecord, sessionKey, type SessionRecord } from '../../lib/session-record';
import { scoreKey, type LeadScore } from '../../lib/scoring';
import { displayPath, expandCallPaths } from '../cli/call-files';
import { formatTable } from '../cli/table';
import { callsTable, failuresTable, progress, replayIntoStack, type ReplayOutcome } from './replay';

/** The project's own sample calls. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples', import.meta.url));

/** What a local data folder may hold; anything else means `--dir` points somewhere it must not wipe. */
const LOCAL_DATA_ENTRIES = new Set(['s3', 'outbox', 'catalog.json', 'idempotency.json', 'dead-letter', 'crm']);

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
  const stack = await startLocalStack({ directory: opts.dir, verbose: opts.verbose, crm: true });
  progress(`local stack: s3rver at ${stack.endpoint}, bucket ${stack.bucket}, data in ${rel(stack.layout.root)}`);
  let outcomes: ReplayOutcome[];
  let failedDeliveries: number;
  let scores: Map<string, LeadScore>;
  let crash: CrashDemo | null = null;
  try {
    outcomes = await replayIntoStack(stack, files, opts.agentSpeaker);
    // the shipped demo (no paths given) also shows a crashed call being reconciled: one that is not
    // hot, so the hot-lead alerts stay those of the table
    const tiers = stack.scores();
    const crashed = outcomes.find((o) => o.ok && tiers.get(o.record.session_id)?.tier !== 'hot');
    crash = crashed && paths.length === 0 ? await demoCrashedCall(stack, crashed.file) : null;
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

  if (stack.crm) {
    const hub = stack.crm;
    const contacts = new Map(hub.list('contacts').map((c) => [c.id, c]));
    const tasks = new Set(hub.list('tasks').map((t) => t.properties.trialist_session_id));
    out(`\nWritten to the CRM by crm-sync (local HubSpot stand-in, ${rel(path.join(layout.root, 'crm'))})\n`);
    out(
      formatTable(
        ['session id', 'contact', 'score', 'next step', 'call outcome', 'task'],
        hub.list('calls').map((c) => {
          const contact = contacts.get(c.associations[0]?.to.id ?? '');
          const p = contact?.properties ?? {};
          return {
            'session id': c.properties.trialist_session_id ?? '',
            contact: p.email ?? ([p.firstname, p.lastname].filter(Boolean).join(' ') || `#${contact?.id ?? '?'}`),
            score: p.trialist_score ? `${p.trialist_score} ${p.trialist_tier}` : '',
            'next step': p.trialist_next_step ?? '',
            'call outcome': c.properties.trialist_outcome ?? '',
            task: tasks.has(c.properties.trialist_session_id) ? 'yes' : 'no',
          };
        }),
        { empty: '(nothing written)', maxCellWidth: 48 },
      ),
    );
  }

  if (crash) {
    out(`\nA crashed call, reconciled (the agent job was killed mid-call: only its checkpoint reached the bucket)\n`);
    out(`  checkpoint ${crash.checkpointKey}: ${crash.checkpointTurns} of the call's ${crash.totalTurns} turns\n`);
    out(`  LiveKit webhooks to ${crash.webhookUrl}: participant_left ${crash.statuses[0]}, room_finished ${crash.statuses[1]}; unsigned post ${crash.forgedStatus} (nothing stored)\n`);
    out(
      crash.record
        ? `  after the grace period: ${crash.recordKey} (partial: ${crash.record.partial}, end reason ${crash.record.outcome.end_reason}, ${crash.record.transcript.length} turns), scored ${scores.get(crash.record.session_id)?.tier ?? '(not scored)'}\n`
        : `  no record was written (see the dead-letter folder)\n`,
    );
  }

  const partitions = await stack.catalog.list();
  out(`\nPartitions in the local catalog (${rel(layout.catalogFile)}): ${partitions.map((p) => `${p.table}/${p.path}`).join(', ') || '(none)'}\n`);

  const lake = await openLocalLake({ directory: opts.dir, bucket: stack.bucket });
  for (const f of lake.skipped) progress(`skipped ${rel(f)}: not a gzip object, still under sessions/ (score-lead moves such objects to quarantine/ when their event arrives)`);
  try {
    const result = await lake.runNamed('hot-leads');
    out(`\nNamed query hot-leads (DuckDB over the local bucket folder)\n`);
    out(formatTable(result.columns, result.rows, { empty: '(no hot leads)' }));
  } finally {
    lake.close();
  }
  out(`\nMore: npm run --silent trialist -- query --list --dir ${opts.dir}\n`);

  if (failedDeliveries) progress(`${failedDeliveries} pipeline invocation(s) failed; events kept in ${rel(layout.deadLetterDir)}`);
  if (replayed.length === 0) progress('nothing could be replayed');
  return replayed.length === 0 || failedDeliveries ? 1 : 0;
}

/** What the crashed-call part of the demo did. */
interface CrashDemo {
  checkpointKey: string;
  checkpointTurns: number;
  totalTurns: number;
  webhookUrl: string;
  statuses: [number, number];
  forgedStatus: number;
  recordKey: string;
  record: SessionRecord | null;
}

/** Session id of the demo's crashed call, shaped like a LiveKit job's (`lk-{job id}`). */
export const DEMO_CRASH_SESSION_ID = 'lk-AJ_demoCrash1';

/**
 * Replay `file` as a LiveKit call whose job was killed two thirds of the way in: its record never
 * reaches sessions/, only the checkpoint written before the kill (the transcript so far,
 * `partial: true`) is in checkpoints/. Then LiveKit's webhooks arrive, signed as the server signs
 * them, at the stack's webhook receiver; after the grace period the checkpoint is promoted.
 */
async function demoCrashedCall(stack: LocalStack, file: string): Promise<CrashDemo> {
  const { replayCall } = await import('../../agent-container/src/replay');
  const call = await loadRecordedCall(file);
  let full: SessionRecord | null = null;
  await replayCall(call, { sessionId: DEMO_CRASH_SESSION_ID, sink: { write: async (r) => ((full = r), 'memory') } });
  const record = full as unknown as SessionRecord;
  const kept = Math.max(1, Math.floor((record.transcript.length * 2) / 3));
  const lastTurn = record.transcript[kept - 1]!;
  const checkpointAt = new Date(Date.parse(record.started_at) + lastTurn.end_ms);
  const checkpoint: SessionRecord = {
    ...record,
    session: { ...record.session, channel: 'sip', room_name: 'call-demo-crash', replay_source: null },
    transcript: record.transcript.slice(0, kept),
    tool_calls: record.tool_calls.filter((t) => t.turn_index < kept),
    ended_at: checkpointAt.toISOString(),
    duration_seconds: lastTurn.end_ms / 1000,
    partial: true,
  };
  const cpKey = checkpointKey(DEMO_CRASH_SESSION_ID);
  await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: cpKey, Body: encodeSessionRecord(checkpoint), ContentEncoding: 'gzip' }));
  const end: LocalCallEnd = {
    session_id: DEMO_CRASH_SESSION_ID,
    room_name: 'call-demo-crash',
    room_sid: 'RM_demoCrash1',
    caller_identity: record.caller.identity ?? 'caller',
    channel: 'sip',
    joined_at: new Date(record.started_at),
    ended_at: new Date(Date.parse(record.ended_at) + 20_000), // LiveKit notices the dead agent after its timeout
  };
  const creds = localLivekitCredentials();
  const left = await postWebhook(stack.webhookUrl, await signWebhookBody(participantLeftBody(end), creds));
  const finished = await postWebhook(stack.webhookUrl, await signWebhookBody(roomFinishedBody(end), creds));
  const forged = await fetch(stack.webhookUrl, { method: 'POST', body: participantLeftBody({ ...end, session_id: 'lk-AJ_forged' }) });
  await stack.drain();
  const recordKey = sessionKey(DEMO_CRASH_SESSION_ID, checkpoint.started_at);
  let stored: SessionRecord | null = null;
  try {
    const res = await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: recordKey }));
    stored = decodeSessionRecord(await res.Body!.transformToByteArray());
  } catch {
    stored = null;
  }
  return {
    checkpointKey: cpKey,
    checkpointTurns: kept,
    totalTurns: record.transcript.length,
    webhookUrl: stack.webhookUrl,
    statuses: [left.status, finished.status],
    forgedStatus: forged.status,
    recordKey,
    record: stored,
  };
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
