/**
 * The `scores/` fan-out's event records, as crm-sync and llm-summary take them: one score object
 * each (S3 event notification shape, keys URL-encoded with spaces as '+').
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3EventRecord } from 'aws-lambda';
import { SCORES_PREFIX } from '../../lib/bucket-layout';
import { readObjectBytes } from '../../lib/pipeline/objects';
import { decodeLeadScore, type LeadScore } from '../../lib/scoring/score';

/** A score object named by an event record: its bucket and decoded key, or the key and why it is not one. */
export type ScoreObjectRef = { ok: true; bucket: string; key: string } | { ok: false; key: string; why: 'not a score object' };

/** The score object an event record names (a record with no bucket, or a key outside `scores/`, is not one). */
export function scoreObjectOf(r: S3EventRecord | undefined): ScoreObjectRef {
  const bucket = r?.s3?.bucket?.name;
  const key = decodeURIComponent((r?.s3?.object?.key ?? '').replace(/\+/g, ' '));
  return bucket && key.startsWith(SCORES_PREFIX) ? { ok: true, bucket, key } : { ok: false, key, why: 'not a score object' };
}

/**
 * Read and validate the lead score at `key` (at most 1 MiB compressed and decompressed).
 * @throws as readObjectBytes and decodeLeadScore (S3 errors, a missing or oversized object, an invalid score).
 */
export async function readScoreObject(s3: S3Client, bucket: string, key: string): Promise<LeadScore> {
  return decodeLeadScore(await readObjectBytes(s3, bucket, key, { maxCompressedBytes: 1024 * 1024, maxDecompressedBytes: 1024 * 1024 }));
}

/** `service: N what: key: message; ...` for a batch's failures (the list cut at 1,000 characters). */
export function batchFailureMessage(service: string, what: string, failures: readonly { key: string; error: unknown }[]): string {
  const each = failures.map((f) => `${f.key}: ${(f.error as Error)?.message ?? String(f.error)}`).join('; ').slice(0, 1000);
  return `${service}: ${failures.length} ${what}: ${each}`;
}
