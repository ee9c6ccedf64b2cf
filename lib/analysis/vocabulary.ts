/**
 * The analyser's cue tables (./vocabulary/*.json), validated and compiled once at load. Every
 * pattern is a case-insensitive JS regular expression; a bad table fails at import with the path
 * of the bad entry, never at analysis time.
 */
import * as z from '../zod-mini';
import { parseOrThrow, SchemaError } from '../validation';
import bantJson from './vocabulary/bant.json' with { type: 'json' };
import competitorsJson from './vocabulary/competitors.json' with { type: 'json' };
import interestJson from './vocabulary/interest.json' with { type: 'json' };
import nextStepJson from './vocabulary/next-step.json' with { type: 'json' };
import objectionsJson from './vocabulary/objections.json' with { type: 'json' };
import questionsJson from './vocabulary/questions.json' with { type: 'json' };
import zonesJson from './vocabulary/zones.json' with { type: 'json' };

/** Version of the analyser and these tables, written into every analysis; bump it with any change to either. */
export const ANALYZER_VERSION = 'a1';

const Pattern = z.string().check(
  z.refine((p) => {
    try {
      new RegExp(p, 'i');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
);
const Patterns = z.array(Pattern);

const NextStepTable = z.object({
  agree: Pattern,
  agree_time: Patterns,
  decline: Patterns,
  open: Patterns,
  meeting_words: Pattern,
  meeting_booking_tools: Pattern,
  callback_request: Patterns,
  callback_offer: Patterns,
  trial_followup: Patterns,
  send_request: Patterns,
  send_offer: Patterns,
  caller_wish: Pattern,
  negated_send: Pattern,
  offer: Pattern,
  meeting_window: z.int().check(z.positive()),
});
const InterestTable = z.object({
  levels: z.object({ high: z.int(), medium: z.int() }),
  next_step_weights: z.record(z.string(), z.int()),
  conditional: Pattern,
  contrast: Pattern,
  commit_next_steps: z.array(z.string()),
  cues: z.array(
    z.object({ id: z.string(), label: z.string(), weight: z.int(), none: z.optional(z.boolean()), commit: z.optional(z.boolean()), pattern: Pattern }),
  ),
});
const ObjectionTable = z.object({
  kinds: z.record(z.string(), z.object({ pattern: Pattern, unless: z.optional(Pattern) })),
  window: z.int().check(z.positive()),
  accept: Pattern,
  reject: Pattern,
});
const BantTable = z.object({
  authority: z.object({ decision_maker: Pattern, influencer: Pattern, commits: Pattern }),
  budget: Pattern,
});
const CompetitorTable = z.object({ competitors: z.array(z.object({ id: z.string(), name: z.string(), pattern: Pattern })) });
const QuestionTable = z.object({ question_start: Pattern, topics: z.array(z.object({ topic: z.string(), pattern: Pattern })) });
const ZoneTable = z.object({ zones: z.record(z.string(), z.string()) });

/** Raised at load when a cue table is invalid. */
export class VocabularyError extends SchemaError {
  override name = 'VocabularyError';
}

const re = (p: string) => new RegExp(p, 'i');
const anyOf = (ps: readonly string[]) => new RegExp(ps.map((p) => `(?:${p})`).join('|'), 'i');

type SafeParse<T> = { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

function load<T>(schema: { safeParse(v: unknown): SafeParse<T> }, value: unknown, name: string): T {
  return parseOrThrow(schema, value, `analysis vocabulary ${name}`, VocabularyError);
}

const ns = load(NextStepTable, nextStepJson, 'next-step.json');
const it = load(InterestTable, interestJson, 'interest.json');
const ob = load(ObjectionTable, objectionsJson, 'objections.json');
const bt = load(BantTable, bantJson, 'bant.json');
const cp = load(CompetitorTable, competitorsJson, 'competitors.json');
const qs = load(QuestionTable, questionsJson, 'questions.json');
const zs = load(ZoneTable, zonesJson, 'zones.json');

/** The compiled tables. */
export const VOCABULARY = {
  nextStep: {
    agree: re(ns.agree),
    agreeTime: anyOf(ns.agree_time),
    decline: anyOf(ns.decline),
    open: anyOf(ns.open),
    meetingWords: re(ns.meeting_words),
    bookingTool: re(ns.meeting_booking_tools),
    callbackRequest: anyOf(ns.callback_request),
    callbackOffer: anyOf(ns.callback_offer),
    trialFollowup: anyOf(ns.trial_followup),
    sendRequest: anyOf(ns.send_request),
    sendOffer: anyOf(ns.send_offer),
    callerWish: re(ns.caller_wish),
    negatedSend: re(ns.negated_send),
    offer: re(ns.offer),
    meetingWindow: ns.meeting_window,
  },
  interest: {
    levels: it.levels,
    nextStepWeights: it.next_step_weights,
    conditional: re(it.conditional),
    contrast: re(it.contrast),
    commitNextSteps: new Set(it.commit_next_steps),
    cues: it.cues.map((c) => ({ id: c.id, label: c.label, weight: c.weight, none: c.none === true, commit: c.commit === true, pattern: re(c.pattern) })),
  },
  objections: {
    kinds: Object.entries(ob.kinds).map(([kind, k]) => ({ kind, pattern: re(k.pattern), unless: k.unless ? re(k.unless) : null })),
    window: ob.window,
    accept: re(ob.accept),
    reject: re(ob.reject),
  },
  authority: {
    decisionMaker: re(bt.authority.decision_maker),
    influencer: re(bt.authority.influencer),
    commits: re(bt.authority.commits),
  },
  budget: re(bt.budget),
  competitors: cp.competitors.map((c) => ({ id: c.id, name: c.name, pattern: re(c.pattern) })),
  questions: { start: re(qs.question_start), topics: qs.topics.map((t) => ({ topic: t.topic, pattern: re(t.pattern) })) },
  /** Lower-case spoken zone name → IANA zone. */
  zones: zs.zones as Readonly<Record<string, string>>,
};
