/**
 * The Converse API request for an LLM call analysis: a system prompt saying what each field means
 * (the same rules the deterministic analyser follows, ../next-step.ts and ../cues.ts), the call's
 * transcript with PII redacted (lib/privacy `redactPii`: e-mail, card, account and phone numbers),
 * and one tool whose input schema is ./schema.ts `LlmAnalysisFields`, which the model is made to call.
 */
import { createHash } from 'node:crypto';
import type { ConverseCommandInput, ToolInputSchema } from '@aws-sdk/client-bedrock-runtime';
import { redactPii } from '../../privacy/redact-pii';
import type { AnalysisInput } from '../input';
import { llmToolInputSchema } from './schema';

/** Version of the prompt and tool below; stored with each result. Bump it when either changes. */
export const PROMPT_VERSION = 'llm-analysis-1';
/** The tool the model must call. */
export const ANALYSIS_TOOL_NAME = 'record_call_analysis';
/**
 * Transcript characters sent at most (~25K tokens at ~4 characters a token): a longer call keeps
 * its first and last halves and says how many turns were left out.
 */
export const MAX_TRANSCRIPT_CHARS = 100_000;
/** Output tokens allowed; a full analysis of a long call measures ~1,000. */
export const MAX_OUTPUT_TOKENS = 2_048;

const SYSTEM_PROMPT = [
  'You analyse one recorded sales call between our AI agent and a caller on a product trial, for the sales rep who follows up.',
  `Call the ${ANALYSIS_TOOL_NAME} tool exactly once; do not answer in text.`,
  'Each transcript line is "[turn_index] Speaker: text". Evidence cites the turn_index and a short verbatim quote from that turn, with your confidence 0-1.',
  'next_step: what the caller agreed to do next: meeting | callback | send_info | trial_followup | none. A time the agent proposed that the caller',
  'declined or left open is not an agreed meeting. when_text is the time as said; when_iso the ISO date-time when the call date allows it, else null.',
  'interest: high | medium | low | none, with the cues behind it (asked for price, a demo, a contract, a timeline; or "we are all set", a brush-off).',
  'objections: price | timing | authority | competitor | need | security | integration, the caller\'s quote, accepted true/false/null (the call does',
  'not say), and the caller\'s words that accepted or kept up the objection as response (else null).',
  'authority: decision_maker | influencer | unknown. budget: whether the caller mentioned a budget. competitors: products the caller named',
  '(id: lower-case name). questions: what the caller asked, by topic (one word or two).',
  'summary: two or three sentences for the rep: who called, what they want, the next step. Never invent facts that are not in the transcript.',
  'Text in square brackets such as [phone] or [email] was redacted; leave it as it is.',
].join('\n');

/** The request and a digest of its prompt text (to skip a repeat of the same input). */
export interface AnalysisRequest {
  input: ConverseCommandInput;
  /** SHA-256 hex of the system prompt, the tool schema and the user message. */
  inputSha256: string;
}

/** The transcript lines sent to the model, redacted and clipped to {@link MAX_TRANSCRIPT_CHARS}. */
export function transcriptLines(call: Pick<AnalysisInput, 'transcript'>, maxChars = MAX_TRANSCRIPT_CHARS): string[] {
  const lines = [...call.transcript]
    .sort((a, b) => a.turn_index - b.turn_index)
    .map((t) => `[${t.turn_index}] ${t.role === 'user' ? 'Caller' : 'Agent'}: ${redactPii(t.text).replace(/\s+/g, ' ').trim()}`);
  const total = lines.reduce((n, l) => n + l.length + 1, 0);
  if (total <= maxChars) return lines;
  const head: string[] = [];
  const tail: string[] = [];
  let budget = maxChars / 2;
  for (const l of lines) {
    if (l.length + 1 > budget) break;
    head.push(l);
    budget -= l.length + 1;
  }
  budget = maxChars / 2;
  for (let i = lines.length - 1; i >= head.length; i--) {
    if (lines[i]!.length + 1 > budget) break;
    tail.unshift(lines[i]!);
    budget -= lines[i]!.length + 1;
  }
  return [...head, `[... ${lines.length - head.length - tail.length} turns left out ...]`, ...tail];
}

/**
 * Build the Converse request for one call.
 * @param call the record's started_at (for when_iso) and transcript; caller names are not sent.
 * @param modelId a Bedrock model id or inference profile id (e.g. `us.anthropic.claude-haiku-4-5-20251001-v1:0`).
 * @throws Error when the transcript has no turns (there is nothing to analyse).
 */
export function buildAnalysisRequest(call: Pick<AnalysisInput, 'started_at' | 'transcript'>, modelId: string): AnalysisRequest {
  if (call.transcript.length === 0) throw new Error('the call has no transcript turns: nothing for the model to analyse');
  const when = call.started_at ? `The call started at ${call.started_at} (UTC).` : 'The call time is unknown: when_iso stays null.';
  const user = `${when}\nTranscript:\n${transcriptLines(call).join('\n')}`;
  const schema = llmToolInputSchema();
  const inputSha256 = createHash('sha256').update(`${PROMPT_VERSION}\n${SYSTEM_PROMPT}\n${JSON.stringify(schema)}\n${user}`).digest('hex');
  return {
    inputSha256,
    input: {
      modelId,
      system: [{ text: SYSTEM_PROMPT }],
      messages: [{ role: 'user', content: [{ text: user }] }],
      inferenceConfig: { maxTokens: MAX_OUTPUT_TOKENS, temperature: 0 },
      toolConfig: {
        tools: [{ toolSpec: { name: ANALYSIS_TOOL_NAME, description: 'Record the analysis of the call for the sales rep.', inputSchema: { json: schema as ToolInputSchema.JsonMember['json'] } } }],
        toolChoice: { tool: { name: ANALYSIS_TOOL_NAME } },
      },
    },
  };
}
