/**
 * Local end to end, call end → alert in the outbox: the agent's call-end export (`S3SessionSink`
 * encodes and puts the record into s3rver), s3rver's event, score-lead (read, validate, score,
 * write the score, alert once) and the outbox file written. Timed per hot call, one call at a time.
 */
import { S3SessionSink } from '../lib/storage/session-sink';
import { startLocalStack } from '../lib/local';
import { DEFAULT_RULES, scoreLead } from '../lib/scoring';
import type { SessionRecord } from '../lib/session-record';
import { generateSession, seededRandom } from './generate';
import { percentiles, type Percentiles } from './stats';

/** `count` generated calls that the rules score hot (strong profiles, seeded). */
export function hotCalls(count: number, seed = 7): SessionRecord[] {
  const rng = seededRandom(seed);
  const out: SessionRecord[] = [];
  for (let i = 0; out.length < count; i++) {
    const r = generateSession(rng, seed, i, { profile: 'strong', exchanges: 150 });
    if (scoreLead(r, DEFAULT_RULES).tier === 'hot') out.push(r);
  }
  return out;
}

/** Latency from the start of the record's write to its alert file being in the outbox, ms. */
export async function benchEndToEnd(directory: string, calls = 50): Promise<Percentiles> {
  const waiting = new Map<string, () => void>();
  const stack = await startLocalStack({
    directory,
    log: (line) => {
      const m = /^hot-lead alert: (\S+)/.exec(line);
      if (m) waiting.get(m[1]!)?.();
    },
  });
  try {
    const sink = new S3SessionSink(stack.s3, stack.bucket);
    const records = hotCalls(calls + 5);
    const samples: number[] = [];
    for (const [i, record] of records.entries()) {
      const alerted = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no alert for ${record.session_id} within 10 s`)), 10_000);
        waiting.set(record.session_id, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      const t = performance.now();
      await sink.write(record);
      await alerted;
      if (i >= 5) samples.push(performance.now() - t); // the first calls warm up s3rver and the handlers
    }
    await stack.drain();
    return percentiles(samples);
  } finally {
    await stack.stop();
  }
}
