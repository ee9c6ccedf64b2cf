/**
 * Warm score-lead handler in process, excluding network: the handler core (read, gunzip,
 * validate, score, compare with the stored score and write it, alert-once check) over an in-memory object store that answers
 * GetObject/PutObject the way the S3 client does (a streamed body with Content-Length), so the
 * numbers are the handler's own CPU time. Also the codec + scoring alone, for comparison.
 */
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { makeScoreLeadHandler } from '../lambdas/score-lead/handler';
import type { HandlerLogger } from '../lambdas/shared/observability';
import { IdempotentAlertOnce, type HotLeadAlert } from '../lib/alerts';
import { s3EventOf, s3EventRecord } from '../lib/local/events';
import { LocalIdempotencyStore } from '../lib/local/idempotency-store';
import { scoreLead } from '../lib/scoring';
import { decodeSessionRecord, encodeSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { percentiles, type Percentiles } from './stats';

export { percentiles, type Percentiles };

/** Objects in memory behind the two S3 calls the handler makes. */
class MemoryS3 {
  readonly objects = new Map<string, Uint8Array>();
  async send(command: unknown): Promise<unknown> {
    if (command instanceof GetObjectCommand) {
      const bytes = this.objects.get(command.input.Key!);
      if (!bytes) throw Object.assign(new Error('NoSuchKey'), { name: 'NoSuchKey' });
      return {
        ContentLength: bytes.byteLength,
        Body: (async function* () {
          yield bytes;
        })(),
      };
    }
    if (command instanceof PutObjectCommand) {
      const body = command.input.Body;
      this.objects.set(command.input.Key!, typeof body === 'string' ? Buffer.from(body) : (body as Uint8Array));
      return {};
    }
    throw new Error(`MemoryS3 does not implement ${(command as object).constructor.name}`);
  }
}

const quiet: HandlerLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function eventFor(bucket: string, key: string, n: number): S3Event {
  return s3EventOf(s3EventRecord(bucket, key, { eventTime: '2026-11-20T10:00:00.000Z', sourceIPAddress: '10.0.0.1', sequencer: String(n) }));
}

/** A warm score-lead handler core over memory, with the records stored; returns a function running one record. */
export function warmHandler(records: readonly SessionRecord[]) {
  const s3 = new MemoryS3();
  const alerts: HotLeadAlert[] = [];
  const handler = makeScoreLeadHandler({
    s3: s3 as unknown as S3Client,
    publisher: { publish: async (a) => void alerts.push(a) },
    alertOnce: new IdempotentAlertOnce(new LocalIdempotencyStore()),
    logger: quiet,
  });
  const keys = records.map((r) => {
    const key = sessionKey(r.session_id, r.started_at);
    s3.objects.set(key, encodeSessionRecord(r));
    return key;
  });
  let n = 0;
  return {
    keys,
    alerts,
    /** Run the handler on the i-th record (modulo); resolves to the scored count (1). */
    async run(i: number): Promise<number> {
      const res = await handler(eventFor('bench', keys[i % keys.length]!, n++));
      if (res.scored.length !== 1) throw new Error(`expected one score, got ${JSON.stringify(res.quarantined)}`);
      return 1;
    },
  };
}

/** p50/p95 of the warm handler on one record, after `warmup` runs (ms per invocation). */
export async function benchWarmRecord(record: SessionRecord, runs = 1000, warmup = 200): Promise<Percentiles> {
  const h = warmHandler([record]);
  for (let i = 0; i < warmup; i++) await h.run(0);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await h.run(0);
    samples.push(performance.now() - t);
  }
  return percentiles(samples);
}

/** Records per second through the warm handler over distinct records, one record per invocation. */
export async function benchThroughput(records: readonly SessionRecord[], rounds = 2): Promise<{ recordsPerSecond: number; records: number; ms: number }> {
  const h = warmHandler(records);
  for (let i = 0; i < Math.min(200, records.length); i++) await h.run(i);
  const total = records.length * rounds;
  const t = performance.now();
  for (let i = 0; i < total; i++) await h.run(i);
  const ms = performance.now() - t;
  return { recordsPerSecond: (total / ms) * 1000, records: total, ms };
}

/** p50/p95 of decode (gunzip + JSON + zod) and score alone, ms. */
export function benchCore(record: SessionRecord, runs = 1000): Percentiles {
  const bytes = encodeSessionRecord(record);
  for (let i = 0; i < 100; i++) scoreLead(decodeSessionRecord(bytes));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    scoreLead(decodeSessionRecord(bytes));
    samples.push(performance.now() - t);
  }
  return percentiles(samples);
}
