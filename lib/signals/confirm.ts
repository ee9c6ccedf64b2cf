/**
 * Confirmed restatements: the agent states the caller's situation back ("You've got 32 reps right
 * now, is that about right?", "So you're sending about 200 contracts a month?", "You're on
 * Salesforce, right?") and the caller confirms it with a short reply ("Yeah, roughly.", "Yep, 32.").
 * The confirmed facts are the caller's statement; aggregation attributes them to the caller's turn.
 *
 * Conservative by design (a false team size is worse than a missed one):
 * - only sentences in the second person ("you", "your", "you're") count; a sentence with the agent's
 *   own first person plural ("we", "our", "us"), another client's story ("one of our clients",
 *   "companies like yours"), a hypothetical ("if", "say", "imagine", "would"), a wh-question
 *   ("how many reps do you have?") or alternatives ("DocuSign or PandaDoc?") counts for nothing;
 * - within a kept sentence, a clause about money ("$12,000 per month", "pricing", "budget") is
 *   dropped: a price quote is not the caller's fact;
 * - only team_size, monthly_volume, integration_needs, current_solution, industry and use_case are
 *   taken (urgency and pain points need the caller's own words);
 * - a reply is a confirmation only if it starts with an affirmation, is short, and carries no
 *   negation, hedge or correction ("no", "not really", "I'm not sure", "yes, but more like 40").
 * Pure functions; no state.
 */
import type { SignalEvidence } from '../session-record';
import { analyzeUtterance } from './extract';
import { findQuantities } from './numbers';

/** Fields a confirmed restatement may carry (never urgency or pain points). */
export const CONFIRMABLE_FIELDS = ['team_size', 'monthly_volume', 'integration_needs', 'current_solution', 'industry', 'use_case'] as const;

/** Confidence of a confirmed restatement: below a direct statement (0.8-0.85), equal to a bare answer. */
export const CONFIRMED_CONFIDENCE = 0.7;

/** The most words a confirming reply may have (a longer reply is a statement of its own). */
export const MAX_CONFIRM_WORDS = 10;

/** The caller facts an agent turn restates, each with the agent sentence it came from. */
export interface Restatement {
  team_size: number | null;
  monthly_volume: number | null;
  integration_needs: string[];
  current_solution: string[];
  industry: string | null;
  use_case: string | null;
  /** Products the agent restates as dropped or not needed ("so you moved off DocuSign?"). */
  dropped: { integration_needs: string[]; current_solution: string[] };
  /** Evidence per confirmable field, quoting the agent sentence (turn index as given). */
  evidence: SignalEvidence[];
  /** Every number in the kept sentences, to check a reply such as "yep, 32" against. */
  numbers: number[];
}

const SECOND_PERSON = /\b(?:you|your|yours|you're|youre|you've|you'd|you'll|y'all|ya)\b/i;
/**
 * The caller's situation stated about them ("you've got 32 reps", "you're on Salesforce", "your team
 * sends..."), as opposed to the agent pitching what the product lets them do ("you can import...").
 */
const CALLER_STATE =
  new RegExp(
    String.raw`\b(?:you(?:'ve|ve| have)(?: got)?|you(?:'re| are)|youre|you(?:'re| are)? (?:currently |now |still |` +
    String.raw`already )?(?:use|using|send|sending|sign|signing|run|running|process|processing|handle|handling|manage|` +
    String.raw`managing|employ|do|doing|get|getting|need|work|working)|y'all (?:have|are|use)|your (?:team|company|firm|` +
    String.raw`office|org|organi[sz]ation|reps|staff|people|volume|business|agents|group|department|sales team|crm|stack))\b`, 'i',
  );
const AGENT_OR_OTHERS = new RegExp(
  String.raw`\b(?:we|we're|we've|we'd|we'll|our|ours|us|let's)\b|\b(?:clients?|customers?|compan(?:y|ies)|teams|firms|` +
  String.raw`folks|people)\s+(?:like|who|that|we)\b|\b(?:a|one|another|other|similar|most|many|some|` +
  String.raw`typical)\s+(?:of\s+)?(?:(?:our|the|my)\s+)?(?:clients?|customers?|compan(?:y|ies)|teams|firms|accounts)\b`, 'i',
);
const HYPOTHETICAL = /\b(?:if|say|suppose|supposing|imagine|assuming|would|could|might|once|whenever|unless)\b/i;
const WH_QUESTION = /^\W*(?:so\W+|and\W+|okay\W+|ok\W+)?(?:how|what|which|who|whom|where|when|why)\b/i;
const ALTERNATIVES = /\bor\b(?!\s+so\b)/i;
const MONEY = new RegExp(
  String.raw`[$€£¥]|\b(?:dollars?|euros?|pounds|bucks|usd|price[ds]?|pricing|costs?|budget(?:ed)?|pay(?:ing)?|` +
  String.raw`invest(?:ment)?|revenue|quote[ds]?|discount|fee|fees)\b|\b\d+(?:\.\d+)?\s*(?:k|m|mm)\b`, 'i',
);
const SENTENCE_END = /[.?!]+(?=\s|$)|\n+/;
const CLAUSE_BREAK = /[,;:()]|\s[—–-]{1,2}\s|[—–]/;

const CONFIRM_HEAD = new RegExp(
  String.raw`^(?:(?:oh|um+|uh+|er+|well|so|and)\W+)?(?:yes|yeah|yea|yep|yup|ya|yah|aye|correct|exactly|right|precisely|` +
  String.raw`absolutely|definitely|indeed|affirmative|bingo|uh[- ]?huh|mm[- ]?hm+|that's (?:right|correct|it|true|` +
  String.raw`accurate)|that is (?:right|correct|true|accurate)|about right|roughly|pretty much|more or less|spot on|` +
  String.raw`you got it|you've got it|sounds (?:about )?right|true)\b`, 'i',
);
const NOT_CONFIRM = new RegExp(
  String.raw`\b(?:no|nope|nah|not|never|n't|but|though|although|except|unsure|sure\?|maybe|perhaps|might|guess|dunno|wish|` +
  String.raw`hope|actually|sorry|rather|instead|used to|anymore|more like|closer to|make that|well,? no|depends)\b|n't\b`, 'i',
);

/** True when `text` is a short affirmation with no negation, hedge or correction ("Yeah, roughly.", "Yep, 32."). */
export function isShortConfirmation(text: string): boolean {
  const t = text.trim();
  if (!t || !CONFIRM_HEAD.test(t)) return false;
  if (t.split(/\s+/).length > MAX_CONFIRM_WORDS) return false;
  return !NOT_CONFIRM.test(t);
}

/** The second-person, money-free text of one agent sentence, or '' when the sentence cannot restate a caller fact. */
function restatingText(sentence: string): string {
  if (!SECOND_PERSON.test(sentence) || !CALLER_STATE.test(sentence)) return '';
  if (AGENT_OR_OTHERS.test(sentence) || HYPOTHETICAL.test(sentence)) return '';
  if (WH_QUESTION.test(sentence) || ALTERNATIVES.test(sentence)) return '';
  return sentence
    .split(CLAUSE_BREAK)
    .filter((c) => !MONEY.test(c))
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .join(', ');
}

/**
 * The caller facts an agent turn restates (see the module rules), or null when it restates none.
 * Runs the per-utterance extractor once over the kept sentences. `turnIndex` is stamped on the
 * evidence; each evidence quote is the agent sentence (at most 200 characters) it came from.
 */
export function restatedFacts(agentText: string, turnIndex: number): Restatement | null {
  const kept: string[] = [];
  for (const s of agentText.split(SENTENCE_END)) {
    const r = restatingText(s.trim());
    if (r) kept.push(r);
  }
  if (kept.length === 0) return null;
  const joined = kept.join('. ');
  const a = analyzeUtterance(joined, turnIndex);
  const x = a.signals;
  const out: Restatement = {
    team_size: x.team_size,
    monthly_volume: x.monthly_volume,
    integration_needs: x.integration_needs,
    current_solution: x.current_solution,
    industry: x.industry,
    use_case: x.use_case,
    dropped: a.dropped,
    evidence: [],
    numbers: [],
  };
  for (const e of x.evidence) {
    if (!(CONFIRMABLE_FIELDS as readonly string[]).includes(e.field)) continue;
    const sentence = kept.find((k) => k.includes(e.quote)) ?? joined;
    out.evidence.push({ ...e, quote: sentence.slice(0, 200) });
  }
  if (a.bareNumber || x.team_size !== null || x.monthly_volume !== null) {
    for (const q of findQuantities(joined.toLowerCase())) out.numbers.push(q.value, q.lo, q.hi);
    if (x.team_size !== null) out.numbers.push(x.team_size);
    if (a.bareNumber) out.numbers.push(a.bareNumber.value);
  }
  const empty =
    out.evidence.length === 0 && out.dropped.integration_needs.length === 0 && out.dropped.current_solution.length === 0;
  return empty ? null : out;
}
