/**
 * The soak replay: generated sessions written through the embedded local stack (s3rver, S3-shaped
 * events, score-lead, partition-register, outbox, idempotency journal) with a share of the events
 * delivered twice (some at once, some later, out of order) and a share of the objects malformed,
 * then the invariants checked against what the stack stored:
 *
 * - every valid session has exactly one score object, under the key of its own partition;
 * - every session the rules make hot was alerted exactly once (outbox file and publish count),
 *   and nothing else was alerted;
 * - every malformed object has a quarantine note with the expected reason and no score, and was
 *   moved: gone from `sessions/` (which the Glue table reads), its bytes unchanged under
 *   `quarantine/objects/`; redeliveries of moved objects are recognized as already quarantined;
 * - no invocation ended in the local dead-letter folder; every day partition is in the catalog.
 *
 * Used by `npm run bench` (10,000 sessions) and test/soak.test.ts (a few hundred).
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3EventRecord } from 'aws-lambda';
import { gzipSync } from 'node:zlib';
import { readOutbox, s3EventOf, s3EventRecord, startLocalStack } from '../lib/local';
import { listObjectKeys, QUARANTINE_PREFIX, quarantinedObjectKey, quarantineKey, type QuarantineReason } from '../lib/pipeline';
import { DEFAULT_RULES, scoreLead, SCORES_PREFIX } from '../lib/scoring';
import { DEFAULT_DECODE_LIMITS, encodeSessionRecord, partitionOf, partitionPath, SESSIONS_PREFIX, sessionKey, type SessionRecord } from '../lib/session-record';
import { generateSession, seededRandom } from './generate';

/** Options of `runSoak`. */
export interface SoakOptions {
  /** Local data folder (must be empty or absent; left in place). */
  directory: string;
  /** Objects written (valid + malformed). */
  sessions: number;
  seed?: number;
  /** Share of events delivered a second time, 0-1 (default 0.05). */
  duplicateRate?: number;
  /** Share of objects that are malformed, 0-1 (default 0.01). */
  malformedRate?: number;
  /** Puts in flight at once (default 16). */
  concurrency?: number;
  /** Transcript exchanges per generated call (default: the generator's 90-170). */
  exchanges?: number;
  onProgress?: (written: number, total: number) => void;
}

/** The counts and the invariants' verdicts. */
export interface SoakReport {
  objects: number;
  valid: number;
  malformed: number;
  duplicatesDelivered: number;
  /** Sessions the rules make hot (expected alerts). */
  hot: number;
  /** Valid sessions with exactly one score object. */
  scoredOnce: number;
  /** score-lead runs that scored a record (first deliveries plus redeliveries of valid records). */
  scoringRuns: number;
  /** Hot sessions published exactly once. */
  alertedOnce: number;
  alertsPublished: number;
  outboxFiles: number;
  /** Malformed objects quarantined with the expected reason. */
  quarantined: number;
  /** Malformed objects gone from `sessions/` with their bytes unchanged under `quarantine/objects/`. */
  moved: number;
  /** Redelivered events that found their object already moved to quarantine. */
  alreadyQuarantined: number;
  quarantineByReason: Record<string, number>;
  deadLettered: number;
  partitions: number;
  partitionsRegistered: number;
  /** Wall time from the first put to the drained pipeline, ms. */
  elapsedMs: number;
  /** Every broken invariant, one line each (empty when all hold). */
  violations: string[];
}

let bomb: Buffer | undefined;
/** A small gzip stream that inflates past the decode cap (made once). */
function gzipBomb(): Buffer {
  bomb ??= gzipSync(Buffer.alloc(DEFAULT_DECODE_LIMITS.maxDecompressedBytes + 1024, 0x20));
  return bomb;
}

/** The kinds of malformed object the soak writes, in rotation, with the reason each must be quarantined for. */
const MALFORMED_KINDS: { reason: QuarantineReason; make: (r: SessionRecord, i: number) => { key: string; body: Uint8Array | string } }[] = [
  { reason: 'not_gzip', make: (r) => ({ key: sessionKey(r.session_id, r.started_at), body: JSON.stringify(r) }) },
  { reason: 'invalid_json', make: (r) => ({ key: sessionKey(r.session_id, r.started_at), body: gzipSync(JSON.stringify(r).slice(0, 500)) }) },
  {
    reason: 'unsupported_schema_version',
    make: (r) => ({ key: sessionKey(r.session_id, r.started_at), body: gzipSync(JSON.stringify({ ...r, schema_version: 3 })) }),
  },
  {
    reason: 'invalid_record',
    make: (r) => {
      const { outcome: _missing, ...rest } = r;
      return { key: sessionKey(r.session_id, r.started_at), body: gzipSync(JSON.stringify(rest)) };
    },
  },
  {
    reason: 'decompressed_too_large',
    make: (r) => ({ key: sessionKey(r.session_id, r.started_at), body: gzipBomb() }),
  },
  {
    reason: 'key_record_mismatch',
    make: (r) => {
      const elsewhere = new Date(Date.parse(r.started_at) - 86_400_000).toISOString();
      return { key: sessionKey(r.session_id, elsewhere), body: encodeSessionRecord(r) };
    },
  },
  {
    reason: 'key_outside_layout',
    make: (r, i) => ({ key: `sessions/${partitionPath(partitionOf(r.started_at))}/bad id+${i}=x.json.gz`, body: encodeSessionRecord(r) }),
  },
];

/** A redelivered ObjectCreated record for a key, as S3 sends it (URL-encoded key, an IPv6 source address). */
function createdRecord(bucket: string, key: string, sequencer: string): S3EventRecord {
  return s3EventRecord(bucket, key, { sequencer, sourceIPAddress: '2001:db8::1', configurationId: 'soak-redelivery' });
}

/** Run the soak replay and check its invariants. @throws only when the local stack cannot start. */
export async function runSoak(opts: SoakOptions): Promise<SoakReport> {
  const seed = opts.seed ?? 42;
  const rng = seededRandom(seed);
  const dupRate = opts.duplicateRate ?? 0.05;
  const badRate = opts.malformedRate ?? 0.01;
  const stack = await startLocalStack({ directory: opts.directory, log: () => undefined });
  const violations: string[] = [];
  const valid = new Map<string, SessionRecord>();
  const expectedHot = new Set<string>();
  const malformed = new Map<string, QuarantineReason>();
  const malformedBodies = new Map<string, Uint8Array | string>();
  const days = new Set<string>();
  let duplicates = 0;
  let written = 0;
  let kind = 0;
  const started = performance.now();
  try {
    // Plan every object first (deterministic), then write them concurrently.
    const plan: { key: string; body: Uint8Array | string; duplicate: 'now' | 'later' | null }[] = [];
    for (let i = 0; i < opts.sessions; i++) {
      const record = generateSession(rng, seed, i, { exchanges: opts.exchanges });
      const r = rng();
      const duplicate = rng() < dupRate ? (rng() < 0.5 ? 'now' : 'later') : null;
      if (r < badRate) {
        const k = MALFORMED_KINDS[kind++ % MALFORMED_KINDS.length]!;
        const { key, body } = k.make(record, i);
        malformed.set(key, k.reason);
        malformedBodies.set(key, body);
        plan.push({ key, body, duplicate });
      } else {
        const key = sessionKey(record.session_id, record.started_at);
        valid.set(record.session_id, record);
        days.add(partitionPath(partitionOf(record.started_at)));
        if (scoreLead(record, DEFAULT_RULES).tier === 'hot') expectedHot.add(record.session_id);
        plan.push({ key, body: encodeSessionRecord(record), duplicate });
      }
    }
    const later: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < plan.length) {
        const p = plan[next++]!;
        await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: p.key, Body: p.body }));
        if (p.duplicate === 'now') {
          stack.deliver(s3EventOf(createdRecord(stack.bucket, p.key, `dup-${next}`)));
          duplicates++;
        } else if (p.duplicate === 'later') later.push(p.key);
        opts.onProgress?.(++written, plan.length);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency ?? 16 }, worker));
    // Late redeliveries, in reverse order, once the first deliveries are under way.
    for (const key of later.reverse()) {
      stack.deliver(s3EventOf(createdRecord(stack.bucket, key, `late-${key}`)));
      duplicates++;
    }
    const drained = await stack.drain();
    const elapsedMs = performance.now() - started;

    // Scores: exactly one object per valid session, none for malformed ones.
    const scoreKeys = await listObjectKeys(stack.s3, stack.bucket, SCORES_PREFIX);
    const scoreKeySet = new Set(scoreKeys);
    const scoresBySession = new Map<string, number>();
    for (const k of scoreKeys) {
      const id = k.slice(k.lastIndexOf('/') + 1).replace(/\.json\.gz$/, '');
      scoresBySession.set(id, (scoresBySession.get(id) ?? 0) + 1);
    }
    let scoredOnce = 0;
    for (const [id, r] of valid) {
      const n = scoresBySession.get(id) ?? 0;
      if (n === 1 && scoreKeySet.has(sessionKey(id, r.started_at, SCORES_PREFIX))) scoredOnce++;
      else violations.push(`valid session ${id} has ${n} score object(s)`);
    }
    for (const id of scoresBySession.keys()) if (!valid.has(id)) violations.push(`score written for ${id}, which is not a valid session`);
    const scoringRuns = stack
      .deliveries()
      .filter((d) => d.fn === 'score-lead' && d.ok)
      .reduce((n, d) => n + ((d.result as { scored?: unknown[] })?.scored?.length ?? 0), 0);

    // Alerts: each expected hot session published exactly once; nothing else.
    const published = new Map<string, number>();
    for (const id of stack.published()) published.set(id, (published.get(id) ?? 0) + 1);
    let alertedOnce = 0;
    for (const id of expectedHot) {
      const n = published.get(id) ?? 0;
      if (n === 1) alertedOnce++;
      else violations.push(`hot session ${id} alerted ${n} time(s)`);
    }
    for (const [id, n] of published) if (!expectedHot.has(id)) violations.push(`${id} alerted ${n} time(s) but is not hot`);
    const outbox = await readOutbox(stack.layout.outboxDir);
    if (outbox.length !== expectedHot.size) violations.push(`${outbox.length} outbox file(s) for ${expectedHot.size} hot session(s)`);

    // Quarantine: each malformed object noted under quarantine/<expected reason>/<key>.json and
    // moved: gone from sessions/, its bytes unchanged under quarantine/objects/<key>.
    const quarantineKeys = new Set(await listObjectKeys(stack.s3, stack.bucket, QUARANTINE_PREFIX));
    const sessionKeys = new Set(await listObjectKeys(stack.s3, stack.bucket, SESSIONS_PREFIX));
    const quarantineByReason: Record<string, number> = {};
    let quarantined = 0;
    let moved = 0;
    for (const [key, reason] of malformed) {
      if (quarantineKeys.has(quarantineKey(reason, key))) {
        quarantined++;
        quarantineByReason[reason] = (quarantineByReason[reason] ?? 0) + 1;
      } else violations.push(`malformed ${key} not quarantined as ${reason}`);
      if (sessionKeys.has(key)) violations.push(`malformed ${key} is still under sessions/`);
      else if (!quarantineKeys.has(quarantinedObjectKey(key))) violations.push(`malformed ${key} is gone but not under ${quarantinedObjectKey(key)}`);
      else {
        const res = await stack.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: quarantinedObjectKey(key) }));
        if (Buffer.from(await res.Body!.transformToByteArray()).equals(Buffer.from(malformedBodies.get(key)!))) moved++;
        else violations.push(`quarantined bytes of ${key} differ from what was written`);
      }
    }
    const alreadyQuarantined = stack
      .deliveries()
      .filter((d) => d.fn === 'score-lead' && d.ok)
      .reduce((n, d) => n + ((d.result as { already_quarantined?: unknown[] })?.already_quarantined?.length ?? 0), 0);

    if (drained.failed.length) violations.push(`${drained.failed.length} invocation(s) dead-lettered, e.g. ${drained.failed[0]!.fn} ${drained.failed[0]!.subject}: ${drained.failed[0]!.error}`);
    const registered = new Set((await stack.catalog.list('voice_sessions')).map((p) => p.path));
    for (const d of days) if (!registered.has(d)) violations.push(`partition ${d} not in the catalog`);

    return {
      objects: plan.length,
      valid: valid.size,
      malformed: malformed.size,
      duplicatesDelivered: duplicates,
      hot: expectedHot.size,
      scoredOnce,
      scoringRuns,
      alertedOnce,
      alertsPublished: stack.published().length,
      outboxFiles: outbox.length,
      quarantined,
      moved,
      alreadyQuarantined,
      quarantineByReason,
      deadLettered: drained.failed.length,
      partitions: days.size,
      partitionsRegistered: [...days].filter((d) => registered.has(d)).length,
      elapsedMs,
      violations,
    };
  } finally {
    await stack.stop();
  }
}
