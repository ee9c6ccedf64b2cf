/**
 * `trialist forget --phone <number> | --session <id> [--dir DIR | --bucket NAME] [--dry-run]`:
 * erase everything held about a caller (every session found through the caller index by keyed
 * phone hash, current and previous key; `--scan` reads every record instead) or about one session, and write an audit entry under `erasures/` with no personal
 * data (lib/erasure). Locally the data folder's bucket (s3rver), alert journal, outbox and dead
 * letters; on AWS the bucket, the caller-memory and idempotency tables. The phone-hash key comes
 * from --key-secret / PHONE_HASH_SECRET_ID or --key-file / PHONE_HASH_KEY_FILE (never created here).
 *
 * Exit codes: 0 done (or nothing held); 2 bad input (malformed number, unknown session, missing
 * key file or data folder): nothing changed.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { ErasureDeps, ErasureReport, ErasureSubject } from '../../lib/erasure';
import { localLayout } from '../../lib/local/layout';
import { DEFAULT_KEY_FILE } from '../../lib/privacy/phone-hash';
import { displayPath } from '../cli/call-files';

/** Options of `trialist forget`. */
export interface ForgetCliOptions {
  phone?: string;
  session?: string;
  dir: string;
  bucket?: string;
  dryRun?: boolean;
  spoolDir?: string;
  memoryDir?: string;
  memoryTable?: string;
  idempotencyTable?: string;
  keyFile?: string;
  keySecret?: string;
  /** Find a number's sessions by reading every record instead of the caller index. */
  scan?: boolean;
}

/** The operator's summary of a report (stdout). Session ids are printed, never written to the audit entry. */
export function formatErasureReport(r: ErasureReport): string {
  const verb = r.dry_run ? 'would remove' : 'removed';
  const lines = [
    `${r.dry_run ? 'dry run: ' : ''}${r.sessions.length} session(s) found${r.sessions.length ? `: ${r.sessions.join(', ')}` : ''}`,
    ...Object.entries(r.objects).map(([prefix, n]) => `${verb} ${n} object version(s) under ${prefix}`),
    ...r.keys.map((k) => `  ${k}`),
    `${verb} ${r.memory_entries} caller-memory entr${r.memory_entries === 1 ? 'y' : 'ies'}`,
  ];
  if (!r.dry_run) lines.push(`removed ${r.alert_keys} alert idempotency record(s)`);
  lines.push(`${verb} ${r.spool_files} spool file(s), ${r.local_files} local outbox/dead-letter file(s)`);
  if (r.curated_days.length) lines.push(`curated tables of ${r.curated_days.join(', ')}: ${r.dry_run ? 'would be ' : ''}${r.curated === 'rebuilt' ? 'rebuilt without these sessions' : 'deleted, to be rebuilt from the remaining records'}`);
  if (r.previously_erased_at) lines.push(`previously erased at ${r.previously_erased_at}`);
  lines.push(r.audit_key ? `audit entry: ${r.audit_key}` : r.dry_run ? 'nothing changed (dry run)' : 'nothing left to remove; no new audit entry');
  return `${lines.join('\n')}\n`;
}

/** Run `forget`; resolves to the exit code. Modules load here, so other commands do not pay for them at start. */
export async function runForget(opts: ForgetCliOptions, out: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
  const { ErasureInputError, forget } = await import('../../lib/erasure');
  const { loadPhoneHasher, PhoneHashKeyError } = await import('../../lib/privacy/phone-hash');
  const { DEFAULT_RULES } = await import('../../lib/scoring');
  type PhoneHasher = import('../../lib/privacy/phone-hash').PhoneHasher;
  const err = (line: string) => process.stderr.write(`${line}\n`);
  if ((opts.phone === undefined) === (opts.session === undefined)) {
    err('give exactly one of --phone <number> or --session <id>');
    return 2;
  }
  if (opts.scan && opts.phone === undefined) {
    err('--scan goes with --phone (a session is found by its id); nothing changed');
    return 2;
  }
  const subject: ErasureSubject = opts.phone !== undefined ? { phone: opts.phone } : { sessionId: opts.session! };
  let hasher: PhoneHasher;
  try {
    const secretId = opts.keySecret ?? process.env.PHONE_HASH_SECRET_ID;
    hasher = await loadPhoneHasher(secretId ? { secretId } : { file: opts.keyFile ?? process.env.PHONE_HASH_KEY_FILE ?? DEFAULT_KEY_FILE, create: false });
  } catch (e) {
    if (!(e instanceof PhoneHashKeyError)) throw e;
    err(`${e.message}; nothing changed`);
    return 2;
  }
  const spoolDir = opts.spoolDir ?? process.env.SPOOL_DIR;
  const rulesVersions = [DEFAULT_RULES.rules_version];
  const run = async (deps: ErasureDeps): Promise<number> => {
    try {
      out(formatErasureReport(await forget(subject, deps, { dryRun: opts.dryRun, scan: opts.scan })));
      return 0;
    } catch (e) {
      if (!(e instanceof ErasureInputError)) throw e;
      err(`${e.message}; nothing changed`);
      return 2;
    }
  };

  if (opts.bucket) {
    const { DynamoDBPersistenceLayer } = await import('@aws-lambda-powertools/idempotency/dynamodb');
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const { S3Client } = await import('@aws-sdk/client-s3');
    const { DynamoDBDocumentClient } = await import('@aws-sdk/lib-dynamodb');
    const { DynamoDbCallerMemoryStore } = await import('../../lib/caller-memory');
    const s3 = new S3Client({});
    const dynamo = new DynamoDBClient({});
    const table = opts.memoryTable ?? process.env.CALLER_MEMORY_TABLE;
    const idem = opts.idempotencyTable ?? process.env.IDEMPOTENCY_TABLE;
    if (!table || !idem) err(`warning: ${!table ? 'no --memory-table (CALLER_MEMORY_TABLE): caller memory not erased' : ''}${!table && !idem ? '; ' : ''}${!idem ? 'no --idempotency-table (IDEMPOTENCY_TABLE): alert records not erased' : ''}`);
    try {
      return await run({
        s3,
        bucket: opts.bucket,
        hasher,
        memory: table ? new DynamoDbCallerMemoryStore(DynamoDBDocumentClient.from(dynamo), table) : undefined,
        alertKeys: idem ? new DynamoDBPersistenceLayer({ tableName: idem, awsSdkV3Client: dynamo }) : undefined,
        spoolDir,
        rulesVersions,
      });
    } finally {
      s3.destroy();
      dynamo.destroy();
    }
  }

  const layout = localLayout(opts.dir);
  if (!existsSync(layout.bucketDir)) {
    err(`no local bucket in ${displayPath(layout.root)} (expected ${displayPath(layout.bucketDir)}); pass the data folder with --dir; nothing changed`);
    return 2;
  }
  const { LocalCallerMemoryStore } = await import('../../lib/caller-memory');
  const { startLocalS3 } = await import('../../lib/local/s3');
  const { LocalIdempotencyStore } = await import('../../lib/local/idempotency-store');
  const memoryDir = opts.memoryDir ?? process.env.CALLER_MEMORY_DIR;
  const memory: import('../../lib/caller-memory').ManagedCallerMemoryStore | undefined = memoryDir ? new LocalCallerMemoryStore(memoryDir) : undefined;
  const store = await startLocalS3({ directory: layout.s3Dir, buckets: [layout.bucket] });
  try {
    return await run({
      s3: store.s3,
      bucket: layout.bucket,
      hasher,
      memory,
      alertKeys: new LocalIdempotencyStore(layout.idempotencyFile),
      spoolDir,
      localDirs: [layout.outboxDir, layout.deadLetterDir],
      rulesVersions,
      // rebuild the affected curated days from the raw records left (older prefixes are deleted)
      rebuildCurated: async (days) => {
        const { rebuildCuratedDays } = await import('../../lib/local/compact');
        await rebuildCuratedDays({ directory: opts.dir, bucket: layout.bucket, days });
      },
    });
  } finally {
    await store.stop();
  }
}

/** `trialist forget`. */
export function registerForget(program: Command): void {
  program
    .command('forget')
    .description('Erase everything held about a caller (by phone number) or one session, every version; audit entry under erasures/')
    .option('-p, --phone <number>', "the caller's phone number (E.164 or a North American number)")
    .option('-s, --session <id>', 'one session id')
    .option('-d, --dir <folder>', 'local data folder (trialist replay uses .local/bucket, demo .local/demo)', '.local/bucket')
    .option('-b, --bucket <name>', 'erase in a real S3 bucket with the default AWS credentials instead of the local folder')
    .option('-n, --dry-run', 'find and list what would be removed; change nothing')
    .option('--scan', "with --phone: read every record in the bucket instead of the caller index (records from before the index)")
    .option('--spool-dir <folder>', "the agent's spool folder (default: $SPOOL_DIR)")
    .option('--memory-dir <folder>', 'local caller-memory folder (default: $CALLER_MEMORY_DIR)')
    .option('--memory-table <name>', 'with --bucket: the caller-memory DynamoDB table (default: $CALLER_MEMORY_TABLE)')
    .option('--idempotency-table <name>', 'with --bucket: the alert idempotency DynamoDB table (default: $IDEMPOTENCY_TABLE)')
    .option('--key-file <file>', `phone-hash key file (default: $PHONE_HASH_KEY_FILE or ${DEFAULT_KEY_FILE})`)
    .option('--key-secret <id>', 'phone-hash key set in Secrets Manager (default: $PHONE_HASH_SECRET_ID)')
    .action(async (opts: ForgetCliOptions) => {
      process.exitCode = await runForget(opts);
    });
}
