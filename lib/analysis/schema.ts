/**
 * The call analysis contract: what a sales rep acts on after a call (next step, interest,
 * objections, authority, budget, competitors, questions, summary), each item with its evidence.
 * zod/mini so the session record (../session-record/schema.ts) can embed it as its `analysis` block;
 * Glue columns and the JSON Schema derive from it.
 */
import * as z from '../zod-mini';

const NonNegInt = z.int().check(z.nonnegative());

/** Where an item came from: transcript turn, the quote (PII redacted, clipped), confidence 0-1. */
export const AnalysisEvidence = z.object({
  turn_index: NonNegInt,
  quote: z.string(),
  confidence: z.number().check(z.gte(0), z.lte(1)),
});

export const NextStepKind = z.enum(['meeting', 'callback', 'send_info', 'trial_followup', 'none']);
export const InterestLevel = z.enum(['high', 'medium', 'low', 'none']);
export const ObjectionKind = z.enum(['price', 'timing', 'authority', 'competitor', 'need', 'security', 'integration']);
export const AuthorityLevel = z.enum(['decision_maker', 'influencer', 'unknown']);

/** The agreed next step. `when_iso`: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` (no zone said) or with the offset. */
export const NextStep = z.object({
  kind: NextStepKind,
  /** The time as said (e.g. "Friday at 10"), else null. */
  when_text: z.nullable(z.string()),
  when_iso: z.nullable(z.string()),
  evidence: z.nullable(AnalysisEvidence),
});

/** One interest cue: its id in the cue table, the weight it added (negative lowers interest), evidence. */
export const InterestCue = z.object({
  cue: z.string(),
  label: z.string(),
  weight: z.int(),
  evidence: AnalysisEvidence,
});

export const Interest = z.object({ level: InterestLevel, score: z.int(), cues: z.array(InterestCue) });

/** An objection the caller raised; `accepted` is whether the caller accepted the answer (null: the call does not say). */
export const Objection = z.object({
  kind: ObjectionKind,
  accepted: z.nullable(z.boolean()),
  evidence: AnalysisEvidence,
  /** The caller's words that accepted or kept up the objection, else null. */
  response: z.nullable(AnalysisEvidence),
});

export const Authority = z.object({ level: AuthorityLevel, evidence: z.nullable(AnalysisEvidence) });
export const Budget = z.object({ mentioned: z.boolean(), evidence: z.nullable(AnalysisEvidence) });
export const Competitor = z.object({ id: z.string(), name: z.string(), evidence: AnalysisEvidence });
export const CallerQuestion = z.object({ topic: z.string(), evidence: AnalysisEvidence });

/** The whole analysis of one call (the session record's `analysis` block). */
export const CallAnalysisSchema = z.object({
  /** Version of the analyser and its cue tables (lib/analysis/vocabulary). */
  analyzer_version: z.string(),
  next_step: NextStep,
  interest: Interest,
  objections: z.array(Objection),
  authority: Authority,
  budget: Budget,
  competitors: z.array(Competitor),
  questions: z.array(CallerQuestion),
  /** Two or three sentences built from the fields above; always present. */
  summary: z.string().check(z.minLength(1)),
});

export type CallAnalysis = z.infer<typeof CallAnalysisSchema>;
export type AnalysisEvidence = z.infer<typeof AnalysisEvidence>;
export type NextStep = z.infer<typeof NextStep>;
export type NextStepKind = z.infer<typeof NextStepKind>;
export type InterestLevel = z.infer<typeof InterestLevel>;
export type ObjectionKind = z.infer<typeof ObjectionKind>;
export type AuthorityLevel = z.infer<typeof AuthorityLevel>;
export type Objection = z.infer<typeof Objection>;
export type InterestCue = z.infer<typeof InterestCue>;
