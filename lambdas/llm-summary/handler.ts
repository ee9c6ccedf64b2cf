/**
 * llm-summary, the handler core (deployed only when a Bedrock model id is configured): for each
 * lead score under `scores/`, read the score and its session record and, unless the caller denied
 * data processing or this model already analysed this exact input, ask the model for the call
 * analysis (lib/analysis/llm) and store it under `analysis-llm/`, beside the record (which is never
 * written). An unusable answer (LlmOutputError) is logged and counted, not retried: the record's
 * deterministic analysis stands. Anything else (throttling beyond the SDK's retries, S3) is thrown
 * after the whole batch was tried, for Lambda's retries and then the dead-letter queue.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { analyzeWithBedrock, buildAnalysisRequest, LlmOutputError, llmAnalysisKey, readLlmAnalysis, writeLlmAnalysis, type ConverseSender } from '../../lib/analysis/llm';
import { readSessionRecord } from '../../lib/pipeline/objects';
import { sessionKey } from '../../lib/session-record';
import { batchFailureMessage, readScoreObject, scoreObjectOf } from '../shared/score-event';
import { defaultLogger, NO_METRICS, type HandlerLogger, type HandlerMetrics } from '../shared/observability';

export const SERVICE_NAME = 'llm-summary';

/** What the handler core needs: the clients, the model, and optional logging, metrics and clock. */
export interface LlmSummaryDeps {
  s3: S3Client;
  bedrock: ConverseSender;
  /** Bedrock model id or inference profile id (BEDROCK_MODEL_ID). */
  modelId: string;
  logger?: HandlerLogger;
  metrics?: HandlerMetrics;
  now?: () => Date;
}

/** What one invocation did, per score object. */
export interface LlmSummaryResult {
  written: { session_id: string; key: string; input_tokens: number | null; output_tokens: number | null }[];
  /** Scores not sent to the model, and why (not a score, consent denied, already analysed). */
  skipped: { key: string; why: string }[];
  /** Answers that were not a valid analysis (logged, not retried). */
  invalid: { session_id: string; error: string }[];
}

/** Thrown after the batch was tried when some scores failed for a reason worth retrying. */
export class LlmSummaryBatchError extends Error {
  constructor(
    readonly result: LlmSummaryResult,
    readonly failures: { key: string; error: unknown }[],
  ) {
    super(batchFailureMessage('llm-summary', 'score(s) not analysed', failures));
    this.name = 'LlmSummaryBatchError';
  }
}

/** Build the llm-summary handler over its dependencies. */
export function makeLlmSummaryHandler(deps: LlmSummaryDeps): (event: S3Event) => Promise<LlmSummaryResult> {
  const logger = deps.logger ?? defaultLogger(SERVICE_NAME);
  const metrics = deps.metrics ?? NO_METRICS;
  return async (event) => {
    const result: LlmSummaryResult = { written: [], skipped: [], invalid: [] };
    const failures: { key: string; error: unknown }[] = [];
    for (const r of event?.Records ?? []) {
      const ref = scoreObjectOf(r);
      if (!ref.ok) {
        result.skipped.push({ key: ref.key, why: ref.why });
        continue;
      }
      const { bucket, key } = ref;
      let sessionId = '';
      try {
        const score = await readScoreObject(deps.s3, bucket, key);
        sessionId = score.session_id;
        const record = await readSessionRecord(deps.s3, bucket, sessionKey(score.session_id, score.started_at));
        if (record.consent.data_processing === 'denied') {
          result.skipped.push({ key, why: 'the caller denied data processing' });
          continue;
        }
        if (record.transcript.length === 0) {
          result.skipped.push({ key, why: 'no transcript' });
          continue;
        }
        const { inputSha256 } = buildAnalysisRequest(record, deps.modelId);
        const existing = await readLlmAnalysis(deps.s3, bucket, llmAnalysisKey(record.session_id, record.started_at)).catch((e: Error) => {
          logger.warn('stored LLM analysis unreadable; writing it again', { key, error: e.message });
          return null;
        });
        if (existing && existing.model_id === deps.modelId && existing.input_sha256 === inputSha256) {
          result.skipped.push({ key, why: `already analysed by ${deps.modelId}` });
          continue;
        }
        const analysis = await analyzeWithBedrock(record, { client: deps.bedrock, modelId: deps.modelId, now: deps.now });
        const written = await writeLlmAnalysis(deps.s3, bucket, analysis, record.started_at);
        result.written.push({ session_id: record.session_id, key: written, input_tokens: analysis.usage?.input_tokens ?? null, output_tokens: analysis.usage?.output_tokens ?? null });
        metrics.addMetric('LlmAnalysesWritten', 'Count', 1);
        if (analysis.usage) {
          metrics.addMetric('LlmInputTokens', 'Count', analysis.usage.input_tokens);
          metrics.addMetric('LlmOutputTokens', 'Count', analysis.usage.output_tokens);
        }
        logger.info('LLM analysis written', { session_id: record.session_id, key: written, model_id: deps.modelId, usage: analysis.usage });
      } catch (error) {
        if (error instanceof LlmOutputError) {
          logger.error('LLM answer not a valid analysis; the deterministic analysis stands', { key, session_id: sessionId, error: error.message });
          metrics.addMetric('LlmAnalysesInvalid', 'Count', 1);
          result.invalid.push({ session_id: sessionId, error: error.message });
          continue;
        }
        logger.error('LLM analysis failed', { key, error: error as Error });
        metrics.addMetric('LlmAnalysesFailed', 'Count', 1);
        failures.push({ key, error });
      }
    }
    if (failures.length) throw new LlmSummaryBatchError(result, failures);
    return result;
  };
}
