/**
 * Where LLM call analyses live: `analysis-llm/year=YYYY/month=MM/day=DD/{session_id}.json.gz`
 * (lib/bucket-layout.ts ANALYSIS_LLM_PREFIX; partitioned like `sessions/` and `scores/`, so
 * retention and erasure treat it as they treat scores), gzip JSON. The session record is never written.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ANALYSIS_LLM_PREFIX } from '../../bucket-layout';
import { PipelineError } from '../../pipeline/errors';
import { readObjectBytes } from '../../pipeline/objects';
import { sessionKey } from '../../session-record/keys';
import { LlmCallAnalysisSchema, type LlmCallAnalysis } from './schema';

/** Stored analyses are small (a few KB); anything over this is not ours. */
const MAX_BYTES = 1024 * 1024;

/** The key of a session's LLM analysis. @throws KeyLayoutError for an unsafe id or a bad time. */
export function llmAnalysisKey(sessionId: string, startedAt: string | Date): string {
  return sessionKey(sessionId, startedAt, ANALYSIS_LLM_PREFIX);
}

/** Validate a stored LLM analysis. @throws Error listing the problems. */
export function decodeLlmAnalysis(bytes: Uint8Array): LlmCallAnalysis {
  const parsed = LlmCallAnalysisSchema.safeParse(JSON.parse(gunzipSync(bytes, { maxOutputLength: MAX_BYTES }).toString('utf8')));
  if (!parsed.success) throw new Error(`not an LLM call analysis: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/**
 * The stored LLM analysis at `key`, or null when there is none.
 * @throws Error when the object is not a valid analysis; the S3 client's errors.
 */
export async function readLlmAnalysis(s3: S3Client, bucket: string, key: string): Promise<LlmCallAnalysis | null> {
  try {
    return decodeLlmAnalysis(await readObjectBytes(s3, bucket, key, { maxCompressedBytes: MAX_BYTES, maxDecompressedBytes: MAX_BYTES }));
  } catch (e) {
    if (e instanceof PipelineError && e.reason === 'object_missing') return null;
    throw e;
  }
}

/**
 * Write an LLM analysis under `analysis-llm/` (validated first), with the model id as object
 * metadata; resolves to the key. @throws a zod error for an invalid analysis; the S3 client's errors.
 */
export async function writeLlmAnalysis(s3: S3Client, bucket: string, analysis: LlmCallAnalysis, startedAt: string | Date): Promise<string> {
  const valid = LlmCallAnalysisSchema.parse(analysis);
  const key = llmAnalysisKey(valid.session_id, startedAt);
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: gzipSync(JSON.stringify(valid)),
      ContentType: 'application/json',
      ContentEncoding: 'gzip',
      Metadata: { 'model-id': valid.model_id, 'prompt-version': valid.prompt_version },
    }),
  );
  return key;
}
