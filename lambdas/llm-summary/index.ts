/**
 * llm-summary Lambda entry (esbuild-bundled, ESM, Node 22), invoked by the EventBridge rule on new
 * objects under `scores/` (the crm-sync rule's second target); deployed only when the deploy
 * config names a Bedrock model (`bedrockModelId`). BEDROCK_MODEL_ID: the model or inference profile
 * id. The SDK's own AWS_ENDPOINT_URL_BEDROCK_RUNTIME points the client elsewhere (e.g. a VPC endpoint).
 * The client retries throttling (ThrottlingException, 429) with the SDK's standard strategy, 3 attempts.
 */
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { S3EventEnvelope } from '../../lib/pipeline/events';
import { requireEnv } from '../shared/observability';
import { powertools, withPowertools } from '../shared/powertools';
import { makeLlmSummaryHandler, SERVICE_NAME, type LlmSummaryDeps, type LlmSummaryResult } from './handler';

const pt = powertools(SERVICE_NAME);
const s3 = pt.tracer.captureAWSv3Client(new S3Client({}));
const bedrock = pt.tracer.captureAWSv3Client(new BedrockRuntimeClient({ maxAttempts: 3 }));

const deps: Omit<LlmSummaryDeps, 'modelId'> = { s3, bedrock, logger: pt.logger, metrics: pt.metrics };
// the model id is read at the first event, so a missing one fails that invocation, not the init
let core: ((event: S3Event) => Promise<LlmSummaryResult>) | undefined;
const handle = (event: S3Event) => (core ??= makeLlmSummaryHandler({ ...deps, modelId: requireEnv('BEDROCK_MODEL_ID') }))(event);

export const handler = withPowertools<S3Event, LlmSummaryResult>(handle, pt, S3EventEnvelope);
