/**
 * `trialist rescore --from YYYY-MM-DD --to YYYY-MM-DD [--dir DIR | --bucket NAME] [--rules FILE]`:
 * re-score every session in the range's day partitions after a rules change, with a progress bar
 * on stderr and one summary line on stdout. New score versions replace `scores/` and the replaced
 * ones are kept under `score-versions/` (see lib/pipeline/rescore.ts); only leads that newly
 * became hot are alerted, once per (session_id, rules_version) through the same idempotency
 * store score-lead uses (the local data folder's journal, or the DynamoDB table on AWS).
 *
 * Exit codes: 0 done; 1 some sessions failed transiently or conflict (same rules_version, new
 * score); 2 bad arguments or rules file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { IdempotentAlertOnce, SnsAlertPublisher } from '../../lib/alerts';
import { localLayout, startLocalStack } from '../../lib/local';
import { formatTierChanges, partitionsBetween, rescoreRange, type RescoreOptions, type RescoreResult } from '../../lib/pipeline';
import { DEFAULT_RULES, parseRulesConfig, RulesConfigError, type RulesConfig } from '../../lib/scoring';
import { displayPath } from '../cli/call-files';

interface RescoreCliOptions {
  from: string;
  to: string;
  dir: string;
  bucket?: string;
  rules?: string;
  topicArn?: string;
  idempotencyTable?: string;
  concurrency: string;
}

/** Read and validate a rules file. @throws RulesConfigError listing each problem; Error when unreadable or not JSON. */
export function loadRulesFile(file: string): RulesConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read rules file ${file}: ${(e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`rules file ${file} is not JSON: ${(e as Error).message}`);
  }
  return parseRulesConfig(value);
}

const n = (x: number) => x.toLocaleString('en-US');

/** The one-line summary printed at the end. */
export function summaryLine(r: RescoreResult, seconds: number): string {
  const parts = [
    `rescored ${n(r.sessions)} session(s) in ${n(r.partitions)} partition(s) with rules ${r.rules_version} in ${seconds.toFixed(1)} s`,
    `${n(r.written)} written (${n(r.archived)} previous version(s) kept under score-versions/)`,
    `${n(r.unchanged)} unchanged`,
    `tiers: ${formatTierChanges(r.tier_changes)}`,
    `${n(r.newly_hot.length)} newly hot: ${n(r.alerted.length)} alerted, ${n(r.already_alerted.length)} already alerted`,
  ];
  if (r.conflicts.length) parts.push(`${n(r.conflicts.length)} conflict(s)`);
  if (r.unreadable.length) parts.push(`${n(r.unreadable.length)} unreadable`);
  if (r.failed.length) parts.push(`${n(r.failed.length)} failed`);
  return parts.join('; ');
}

/** Up to `max` moved leads, biggest score change first: `  sess_1: 5 cold -> 45 warm (+next_step +interest)`. */
export function movedLines(r: RescoreResult, max = 20): string[] {
  const delta = (m: RescoreResult['moved'][number]) => Math.abs(m.to.score - (m.from?.score ?? 0));
  const sorted = [...r.moved].sort((a, b) => delta(b) - delta(a));
  const lines = sorted.slice(0, max).map((m) => {
    const from = m.from ? `${m.from.score} ${m.from.tier} (${m.from.rules_version})` : 'unscored';
    const rules = [...m.gained.map((g) => `+${g}`), ...m.lost.map((l) => `-${l}`)].join(' ');
    return `  ${m.session_id}: ${from} -> ${m.to.score} ${m.to.tier}${rules ? ` (${rules})` : ''}`;
  });
  if (sorted.length > max) lines.push(`  ... and ${sorted.length - max} more`);
  return lines;
}

/** A progress bar on stderr (drawn only when stderr is a terminal). */
function progressBar(): { update: (done: number, total: number) => void; stop: () => void } {
  const bar = new SingleBar(
    { stream: process.stderr, format: 'rescore [{bar}] {percentage}% | {value}/{total} sessions | ETA {eta_formatted}', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

/** Run a rescore with the CLI options; resolves to the exit code. Output: bar and problems on stderr, summary on stdout. */
export async function runRescore(opts: RescoreCliOptions, out: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
  const err = (line: string) => process.stderr.write(`${line}\n`);
  let rules: RulesConfig;
  try {
    partitionsBetween(opts.from, opts.to);
    rules = opts.rules ? loadRulesFile(opts.rules) : DEFAULT_RULES;
  } catch (e) {
    err(e instanceof RulesConfigError ? `${e.message}\n  ${e.issues.join('\n  ')}` : (e as Error).message);
    return 2;
  }
  const concurrency = Number(opts.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    err(`--concurrency must be an integer 1-64, got ${opts.concurrency}`);
    return 2;
  }

  const problems: string[] = [];
  const bar = progressBar();
  const common = {
    from: opts.from,
    to: opts.to,
    rules,
    concurrency,
    onProgress: bar.update,
    log: (line: string) => problems.push(line),
  } satisfies Partial<RescoreOptions>;
  const started = performance.now();
  let result: RescoreResult;

  if (opts.bucket) {
    const topicArn = opts.topicArn ?? process.env.HOT_LEADS_TOPIC_ARN;
    const table = opts.idempotencyTable ?? process.env.IDEMPOTENCY_TABLE;
    if (!topicArn || !table) {
      err('with --bucket, give --topic-arn (or HOT_LEADS_TOPIC_ARN) and --idempotency-table (or IDEMPOTENCY_TABLE): alerts go to the hot-leads topic, once per session and rules version');
      return 2;
    }
    const s3 = new S3Client({});
    const sns = new SNSClient({});
    const dynamo = new DynamoDBClient({});
    try {
      result = await rescoreRange({
        ...common,
        s3,
        bucket: opts.bucket,
        publisher: new SnsAlertPublisher(sns, topicArn),
        alertOnce: new IdempotentAlertOnce(new DynamoDBPersistenceLayer({ tableName: table, awsSdkV3Client: dynamo })),
      });
    } finally {
      bar.stop();
      s3.destroy();
      sns.destroy();
      dynamo.destroy();
    }
  } else {
    const layout = localLayout(opts.dir);
    if (!existsSync(layout.bucketDir)) {
      err(`no local bucket in ${displayPath(layout.root)} (expected ${displayPath(layout.bucketDir)}); run trialist replay or demo first, or pass --dir`);
      return 2;
    }
    const stack = await startLocalStack({ directory: opts.dir, log: err });
    try {
      result = await rescoreRange({ ...common, s3: stack.s3, bucket: stack.bucket, publisher: stack.publisher, alertOnce: stack.alertOnce });
    } finally {
      bar.stop();
      await stack.stop();
    }
  }

  for (const line of problems.slice(0, 50)) err(line);
  if (problems.length > 50) err(`... and ${problems.length - 50} more`);
  out(`${summaryLine(result, (performance.now() - started) / 1000)}\n`);
  const moved = movedLines(result);
  if (moved.length) out(`moved:\n${moved.join('\n')}\n`);
  return result.failed.length || result.conflicts.length ? 1 : 0;
}

/** `trialist rescore`. */
export function registerRescore(program: Command): void {
  program
    .command('rescore')
    .description('Re-score the sessions of a date range after a rules change; alert only leads that newly became hot')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD (UTC, the partition date)')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD, included')
    .option('-d, --dir <folder>', 'local data folder (trialist replay uses .local/bucket, demo .local/demo)', '.local/bucket')
    .option('-b, --bucket <name>', 'rescore a real S3 bucket with the default AWS credentials instead of the local folder')
    .option('-r, --rules <file>', 'rules config JSON (default: the built-in rules, lib/scoring/rules.v1.json)')
    .option('--topic-arn <arn>', 'with --bucket: the hot-leads SNS topic (default: $HOT_LEADS_TOPIC_ARN)')
    .option('--idempotency-table <name>', 'with --bucket: the alert idempotency DynamoDB table (default: $IDEMPOTENCY_TABLE)')
    .option('-c, --concurrency <n>', 'sessions in flight at once', '8')
    .action(async (opts: RescoreCliOptions) => {
      process.exitCode = await runRescore(opts);
    });
}
