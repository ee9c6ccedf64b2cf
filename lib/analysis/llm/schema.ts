/**
 * The optional LLM call analysis: the same fields as the deterministic analysis (../schema.ts), as
 * a model fills them in through one tool call, and the stored result (`analysis-llm/...`) that adds
 * which model, when, and from what input. Derived from the analysis zod schema, so the tool's JSON
 * Schema, the validation of the model's answer and the deterministic contract cannot drift apart.
 */
import * as z from '../../zod-mini';
import { AnalysisEvidence, CallAnalysisSchema, InterestLevel } from '../schema';

/**
 * Interest as a model reports it: the level and the cues behind it in words. The deterministic
 * `interest` also has a score and cue ids from its cue table (../vocabulary), which a model has no use for.
 */
export const LlmInterest = z.object({
  level: InterestLevel,
  cues: z.array(z.object({ label: z.string().check(z.minLength(1)), evidence: AnalysisEvidence })),
});

/**
 * What the model must return (the tool's input): every field of CallAnalysisSchema but
 * `analyzer_version` (the model id takes its place), with {@link LlmInterest} for `interest`.
 * `evidence.confidence` is the model's own 0-1 estimate.
 */
export const LlmAnalysisFields = z.extend(z.omit(CallAnalysisSchema, { analyzer_version: true, interest: true }), { interest: LlmInterest });
export type LlmAnalysisFields = z.infer<typeof LlmAnalysisFields>;

/** Token counts Bedrock reported for the call (`usage` of the Converse response). */
export const LlmUsage = z.object({ input_tokens: z.int().check(z.nonnegative()), output_tokens: z.int().check(z.nonnegative()) });

/** One stored LLM analysis: `analysis-llm/year=YYYY/month=MM/day=DD/{session_id}.json.gz`. */
export const LlmCallAnalysisSchema = z.extend(LlmAnalysisFields, {
  session_id: z.string().check(z.minLength(1)),
  /** The Bedrock model (or inference profile) id that wrote it. */
  model_id: z.string().check(z.minLength(1)),
  /** ISO 8601 UTC time the model answered. */
  generated_at: z.iso.datetime(),
  /** Version of the prompt and tool (./prompt.ts PROMPT_VERSION). */
  prompt_version: z.string(),
  /** SHA-256 (hex) of the request's prompt text: the same input is not sent again. */
  input_sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  usage: z.nullable(LlmUsage),
});
export type LlmCallAnalysis = z.infer<typeof LlmCallAnalysisSchema>;

/**
 * The tool's input schema as JSON Schema (draft 2020-12 without `$schema`, which some Bedrock
 * models refuse in a tool definition), from {@link LlmAnalysisFields}.
 */
export function llmToolInputSchema(): Record<string, unknown> {
  const { $schema: _drop, ...schema } = z.toJSONSchema(LlmAnalysisFields, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  return schema;
}
