/**
 * `trialist spool list|drain`: look into an agent's record spool (SPOOL_DIR) and re-send it by
 * hand, with the same code the worker's drainer runs (agent-container/src/spool-drainer.ts).
 */
import type { Command } from 'commander';

interface SpoolCliOptions {
  dir?: string;
  bucket?: string;
  endpoint?: string;
}

function spoolDir(opts: SpoolCliOptions): string {
  const dir = opts.dir ?? process.env.SPOOL_DIR;
  if (!dir) throw new Error('no spool folder: pass --dir or set SPOOL_DIR');
  return dir;
}

/** `trialist spool`. */
export function registerSpool(program: Command): void {
  const spool = program.command('spool').description("An agent's spool of session records S3 did not take: list it, or re-send it now");
  spool
    .command('list')
    .description('List spooled records, oldest first: session id, bytes, age, the S3 key each will get')
    .option('-d, --dir <folder>', 'the spool folder (default SPOOL_DIR)')
    .action(async (opts: SpoolCliOptions) => {
      const { RecordSpool } = await import('../../agent-container/src/spool');
      const { decodeSessionRecord, sessionKey } = await import('../../lib/session-record');
      const s = new RecordSpool(spoolDir(opts));
      const entries = await s.list();
      for (const e of entries) {
        let key: string;
        try {
          const r = decodeSessionRecord(await s.read(e));
          key = sessionKey(r.session_id, r.started_at);
        } catch (err) {
          key = `NOT A RECORD: ${(err as Error).message}`;
        }
        process.stdout.write(`${e.sessionId}\t${e.bytes} bytes\t${Math.round((Date.now() - e.spooledAtMs) / 1000)} s\t${key}\n`);
      }
      process.stdout.write(`${entries.length} record(s) in ${s.dir}\n`);
    });
  spool
    .command('drain')
    .description('Re-send every spooled record to S3 now (each deleted only once S3 confirmed it; unreadable files move to rejected/)')
    .option('-d, --dir <folder>', 'the spool folder (default SPOOL_DIR)')
    .option('-b, --bucket <name>', 'session bucket (default SESSION_BUCKET)')
    .option('-e, --endpoint <url>', 'S3 endpoint, e.g. the local s3rver (default S3_ENDPOINT, else AWS)')
    .action(async (opts: SpoolCliOptions) => {
      const { RecordSpool } = await import('../../agent-container/src/spool');
      const { SpoolDrainer } = await import('../../agent-container/src/spool-drainer');
      const { S3RecordSink } = await import('../../agent-container/src/s3-record-sink');
      const { agentS3Client, exportPolicyFromEnv } = await import('../../agent-container/src/s3-export');
      const { agentTelemetry } = await import('../../agent-container/src/export-telemetry');
      const { Metrics } = await import('@aws-lambda-powertools/metrics');
      const bucket = opts.bucket ?? process.env.SESSION_BUCKET;
      if (!bucket) throw new Error('no bucket: pass --bucket or set SESSION_BUCKET');
      const line = (level: string) => (fields: object, message: string) => process.stderr.write(`${level} ${message} ${JSON.stringify(fields)}\n`);
      // metrics off: a drain by hand is not a worker's datapoint
      const telemetry = agentTelemetry({ info: line('info'), warn: line('warn'), error: line('error') }, new Metrics({ namespace: 'Trialist', serviceName: 'trialist-cli' }));
      const quiet = { ...telemetry, metric: () => undefined };
      const policy = exportPolicyFromEnv();
      const env = { ...process.env, ...(opts.endpoint ? { S3_ENDPOINT: opts.endpoint } : {}) };
      const sink = new S3RecordSink({ s3: agentS3Client(policy, env), bucket, policy, telemetry: quiet });
      const round = await new SpoolDrainer({ spool: new RecordSpool(spoolDir(opts)), sink, telemetry: quiet, policy }).drainOnce();
      process.stdout.write(`delivered ${round.delivered}, rejected ${round.rejected}, left ${round.after.depth}${round.failed ? ' (S3 refused one: run again later)' : ''}\n`);
      if (round.failed) process.exitCode = 1;
    });
}
