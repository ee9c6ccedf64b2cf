/**
 * The optional LLM call analysis (off unless a Bedrock model id is configured): one Converse API
 * call per session with the redacted transcript (./prompt.ts), the model made to answer through a
 * tool whose schema derives from the analysis zod schema, the answer validated by zod and checked
 * against the call (every evidence turn must be one of its turns), quotes and summary redacted
 * again. The result is stored beside the record (./store.ts), never in it: the deterministic
 * `analysis` block stays what the score, the alert and the CRM read. Nothing here knows of Lambda.
 */
import { ConverseCommand, type ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import { redactPii } from '../../privacy/redact-pii';
import type { AnalysisInput } from '../input';
import { ANALYSIS_TOOL_NAME, buildAnalysisRequest, PROMPT_VERSION } from './prompt';
import { LlmAnalysisFields, LlmCallAnalysisSchema, type LlmCallAnalysis } from './schema';

export * from './schema';
export { ANALYSIS_TOOL_NAME, buildAnalysisRequest, MAX_OUTPUT_TOKENS, MAX_TRANSCRIPT_CHARS, PROMPT_VERSION, transcriptLines } from './prompt';

/**
 * The model's answer is not a usable analysis (no tool call, cut short, fields invalid, evidence
 * citing turns the call does not have). Permanent for this input: asking again gets the same answer.
 */
export class LlmOutputError extends Error {
  override name = 'LlmOutputError';
  constructor(
    readonly modelId: string,
    readonly problems: string[],
  ) {
    super(`Bedrock model ${modelId} returned no valid call analysis: ${problems.join('; ').slice(0, 1500)}`);
  }
}

/** What sends the Converse command: a BedrockRuntimeClient (or anything with its `send`). */
export interface ConverseSender {
  send(command: ConverseCommand): Promise<ConverseCommandOutput>;
}

const evidenceOf = (f: LlmAnalysisFields) => [
  f.next_step.evidence,
  ...f.interest.cues.map((c) => c.evidence),
  ...f.objections.flatMap((o) => [o.evidence, o.response]),
  f.authority.evidence,
  f.budget.evidence,
  ...f.competitors.map((c) => c.evidence),
  ...f.questions.map((q) => q.evidence),
];

/**
 * The analysis fields out of a Converse response: the input of the one `record_call_analysis`
 * tool call, validated by {@link LlmAnalysisFields}, every evidence turn one of `turnIndexes`,
 * every quote and the summary passed through `redactPii` again.
 * @throws LlmOutputError naming each problem (and the stop reason when the model stopped early).
 */
export function parseAnalysisResponse(response: ConverseCommandOutput, modelId: string, turnIndexes: ReadonlySet<number>): LlmAnalysisFields {
  const content = response.output && 'message' in response.output ? (response.output.message?.content ?? []) : [];
  const use = content.map((c) => c.toolUse).find((t) => t?.name === ANALYSIS_TOOL_NAME);
  if (!use) {
    const said = content.map((c) => c.text).filter(Boolean).join(' ').slice(0, 200);
    throw new LlmOutputError(modelId, [`no ${ANALYSIS_TOOL_NAME} tool call (stop reason ${response.stopReason ?? 'none'})${said ? `; it said: ${JSON.stringify(said)}` : ''}`]);
  }
  if (response.stopReason === 'max_tokens') throw new LlmOutputError(modelId, ['the answer was cut at the output token limit']);
  const parsed = LlmAnalysisFields.safeParse(use.input);
  if (!parsed.success) {
    throw new LlmOutputError(modelId, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const fields = parsed.data;
  const bad = evidenceOf(fields).filter((e) => e !== null && !turnIndexes.has(e.turn_index));
  if (bad.length) throw new LlmOutputError(modelId, bad.map((e) => `evidence cites turn ${e!.turn_index}, which the call does not have`));
  for (const e of evidenceOf(fields)) if (e) e.quote = redactPii(e.quote);
  fields.summary = redactPii(fields.summary);
  return fields;
}

/** Options of {@link analyzeWithBedrock}. */
export interface BedrockAnalysisOptions {
  client: ConverseSender;
  /** Bedrock model id or inference profile id. */
  modelId: string;
  /** Clock for `generated_at`. */
  now?: () => Date;
}

/**
 * Analyse one call with a Bedrock model.
 * @throws LlmOutputError for an unusable answer; the SDK's errors (ThrottlingException after the
 *   client's retries, AccessDeniedException, ValidationException...) as they come.
 */
export async function analyzeWithBedrock(
  call: Pick<AnalysisInput, 'started_at' | 'transcript'> & { session_id: string },
  opts: BedrockAnalysisOptions,
): Promise<LlmCallAnalysis> {
  const request = buildAnalysisRequest(call, opts.modelId);
  const response = await opts.client.send(new ConverseCommand(request.input));
  const fields = parseAnalysisResponse(response, opts.modelId, new Set(call.transcript.map((t) => t.turn_index)));
  const usage = response.usage;
  return LlmCallAnalysisSchema.parse({
    session_id: call.session_id,
    model_id: opts.modelId,
    generated_at: (opts.now ?? (() => new Date()))().toISOString(),
    prompt_version: PROMPT_VERSION,
    input_sha256: request.inputSha256,
    usage: usage ? { input_tokens: usage.inputTokens ?? 0, output_tokens: usage.outputTokens ?? 0 } : null,
    ...fields,
  });
}
export { decodeLlmAnalysis, llmAnalysisKey, readLlmAnalysis, writeLlmAnalysis } from './store';
