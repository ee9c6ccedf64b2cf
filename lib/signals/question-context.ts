/**
 * Answers to the agent's qualifying questions (call level). On a phone call the caller answers with a
 * fragment: "How many people on your team would be using it?" → "Maybe forty."; "Roughly how many
 * documents do you send a month?" → "Couple hundred."; "When do you need this up and running?" →
 * "End of the month."; "What are you using today?" → "Just email and paper."; "Which tools would it
 * need to connect to?" → "Outlook and Teams." Alone such a fragment names no field; read right after
 * the agent's question it does.
 *
 * Two pure steps, no state, no LiveKit or Lambda knowledge:
 * - `questionContext(agentText)`: which signal field the agent turn asks about (team size, monthly
 *   volume, urgency/timeline, current solution, integrations), from the small pattern set below, and
 *   the period the question names ("... a week?"). Only the turn's question sentences are read (the
 *   last sentence when none ends in "?"); a turn asking about two fields ("how many people, and how
 *   many contracts a month?") has no context. Scheduling questions ("when works for a demo?") are not
 *   timeline questions. Current solution and integrations share one reading (tools the caller uses),
 *   so a question matching both ("what CRM are you using today?") is a current-solution question.
 * - `readAnswer(ctx, callerText, turnIndex, found)`: the caller's reply read in that field's context.
 *   Evidence is only ever the caller's words (quote from the caller turn, `turnIndex` of the caller
 *   turn, confidence `ANSWER_CONFIDENCE`); the question only supplies the field. Nothing is read when
 *   the reply is longer than `MAX_ANSWER_WORDS`, deflects ("not sure", "I'd rather not say", "why do
 *   you ask?"), or when the per-utterance extractor already found that field in the reply (`found`).
 *
 * Per field:
 * - team_size / monthly_volume: exactly one number in the reply (numbers.ts: ranges are midpoints,
 *   "forty, forty five" → 43 people, "a couple hundred" → 200), a cardinal (never a phone number,
 *   time, date, ordinal, percentage, year or money such as "$500"/"forty grand"), with nothing around
 *   it but hedges ("maybe", "about", "I'd say", "we're") before and, after it, only words of that
 *   field: people words for a team ("40 people", "40 or so"), document and period words for a volume
 *   ("200 contracts", "50 a week"). "40 years" or "40 locations" is not an answer. A team is rounded
 *   to a whole person. A volume takes the reply's own period, else the question's ("how many a
 *   week?" → "Fifty." is 50 a week), else per month, normalized with `perMonth` (volume.ts).
 * - A number the agent itself said in the question ("How many reps, 30?" → "Yeah, 30.") is an echo,
 *   not the caller's own figure: confirm.ts decides about those; only a different number is read.
 * - urgency: the reply read as "we need it <reply>" (or "we need it by <reply>" when it starts with a
 *   weekday, "we need it within <reply>" when it starts with a duration) by the urgency rules
 *   (urgency.ts), and only when the time phrase is the reply's head: nothing but hedges before it and
 *   only hedges ("if possible", "at the latest", "ideally") after it. "Today we use DocuSign" is not
 *   a timeline.
 * - current_solution / integration_needs: the reply read as "we use <reply>" by the product rules
 *   (lexicon.ts, mentions.ts), so bare fragments the per-utterance rules leave alone ("Word, mostly.",
 *   "Outlook and Teams.", "sales force mostly") name the tools; negated and dropped products stay out.
 *   A current-solution reply naming only manual means ("Just email and paper.", "We print and scan.")
 *   is pain point `manual_process` (no document tool, so current_solution stays empty); any word
 *   besides manual means and glue words ("just", "mostly", "and", "we print them") makes it not one.
 */
import type { DiscoveredSignals, SignalEvidence, Urgency } from '../session-record';
import { analyzeUtterance } from './extract';
import { findQuantities } from './numbers';
import { bestUrgency, urgencyHits } from './urgency';
import { prepare, quantityAt, rawOffset } from './utterance';
import { perMonth, periodOfWord, type Period } from './volume';

/** The signal fields a qualifying question can ask about. */
export type AnswerField = 'team_size' | 'monthly_volume' | 'urgency' | 'current_solution' | 'integration_needs';

/** What the agent's last turn asks about. */
export interface QuestionContext {
  field: AnswerField;
  /** The period a volume question names ("how many a week?"), else null. */
  period: Period | null;
  /** Every number the agent said in its question sentences (an echo of one of them is not an answer). */
  agentNumbers: number[];
}

/**
 * Confidence of a reading from an answer: 0.6, below every direct product or timeline statement
 * (0.7-0.85) and the usual number statements (0.7-0.9), below a confirmed restatement (0.7), equal to
 * a corrected restatement (0.6), so reviewers can tell it came from an answer.
 */
export const ANSWER_CONFIDENCE = 0.6;

/** The most words an answer may have: a fragment or one short sentence (a longer turn is a statement of its own). */
export const MAX_ANSWER_WORDS = 12;

const PERIOD_WORDS = '(?:(?:a|an|per|each|every|in a|in an|on a|over a)\\s+(?:typical\\s+|normal\\s+|average\\s+|given\\s+|' +
  'usual\\s+|busy\\s+|good\\s+)?(?:business\\s+|work\\s+|working\\s+)?(day|week|fortnight|month|quarter|year)|' +
  '(daily|weekly|fortnightly|monthly|quarterly|yearly|annually))\\b';
const PERIOD_RE = new RegExp(`\\b${PERIOD_WORDS}`);

// ---- Question patterns (lowercased question sentence) -------------------------------------------

const PEOPLE = '(?:people|persons|users|reps|salespeople|seats|licen[cs]es|agents|employees|folks|team|staff|members|of you|' +
  'heads|headcount|attorneys|lawyers|brokers|recruiters|coordinators|paralegals|account executives|aes)';
const DOCS = '(?:documents?|docs|contracts?|agreements?|proposals?|quotes?|estimates?|bids?|ndas?|leases?|envelopes?|' +
  'offer letters?|forms?|invoices?|applications?|signatures?|packets?|waivers?|orders?|sows?|msas?|renewals?)';
const ASKS: readonly { field: AnswerField; re: RegExp }[] = [
  { field: 'team_size', re: new RegExp(`\\bhow (?:many|big|large)\\b[^?.!]{0,40}\\b${PEOPLE}\\b|\\bteam size\\b|\\bsize of (?:your|the) (?:team|group|` +
    `department|office|sales team|company)\\b|\\bheadcount\\b|\\bhow many\\b[^?.!]{0,20}\\b(?:would|will|need to|` +
    `are going to)\\b[^?.!]{0,20}\\b(?:use|using|need access|log in|be on)\\b`) },
  { field: 'monthly_volume', re: new RegExp(`\\bhow many\\b[^?.!]{0,40}\\b${DOCS}\\b|\\b(?:what(?:'s| is)?|what kind of|` +
    `how much)\\b[^?.!]{0,25}\\bvolume\\b|\\bhow many\\b[^?.!]{0,30}\\b(?:send|sign|process|handle|do|get signed|` +
    `go out|goes out|push out)\\b[^?.!]{0,20}?${PERIOD_WORDS}`) },
  { field: 'urgency', re: new RegExp(
    String.raw`\bwhen (?:do|would|are|will|did|were)? ?(?:you|y'all|your team|you guys)\b[^?.!]{0,40}\b(?:need|want|like|` +
    String.raw`hoping|hope|looking|plan|planning|aim|aiming|expect|expecting|going|trying|have to)\b|\b(?:what(?:'s| is)?|` +
    String.raw`what kind of|do you have a|is there a|any|got a)\b[^?.!]{0,25}\b(?:timeline|time ?frame|deadline|target date|` +
    String.raw`go-live date|launch date)\b|\bhow soon\b|\bby when\b|\bwhen (?:is|are) (?:you|` +
    String.raw`your)\b[^?.!]{0,30}\b(?:go(?:ing)? live|launch|roll(?:ing)? (?:it |this )?out|switch|start)\b`,
  ) },
  { field: 'current_solution', re: new RegExp(
    String.raw`\bwhat(?:'s| is| are| do| does)?\b[^?.!]{0,30}\b(?:using|use|you on|you're on)\b[^?.!]{0,30}\b(?:today|now|` +
    String.raw`currently|right now|at the moment|these days|for (?:that|this|signatures?|e-?signatures?|signing|contracts?|` +
    String.raw`documents?|docs|proposals?|quotes?|agreements?|paperwork|it))\b|\bwhat are you (?:currently )?using\b|` +
    String.raw`\bhow (?:are|do|does) (?:you|your team|y'all|you guys)\b[^?.!]{0,20}\b(?:handl|manag|process|send|sign|` +
    String.raw`collect|track|get(?:ting)? (?:them|these|those|it|things|documents|` +
    String.raw`contracts) signed)\w*[^?.!]{0,40}\b(?:today|now|currently|right now|at the moment|these days)\b|` +
    String.raw`\bcurrent (?:process|tool|solution|setup|set-up|system|workflow|platform|software|provider|vendor)\b`,
  ) },
  { field: 'integration_needs', re: new RegExp(
    String.raw`\b(?:what|which|any|anything|do you need|does it need|would it need)\b[^?.!]{0,40}\b(?:connect|integrat\w*|` +
    String.raw`sync|hook (?:up|into)|plug into|talk to)\b(?!\s+(?:with\s+)?(?:a|an|our|one of|someone|somebody|the team|` +
    String.raw`sales|a rep|us|you|me)\b)|\b(?:what|which)(?:'s| is)? (?:your )?(?:crm|crms|systems?|tools?|apps?|software|` +
    String.raw`tech stack|stack)\b`,
  ) },
];
/** Scheduling is not a timeline question ("when works for a demo?"). */
const SCHEDULING = /\b(?:demo|meeting|call|chat|appointment|book|schedule|follow[- ]up|available|availability|free|calendar)\b/;
const SENTENCES = /[^.?!]+[.?!]*/g;

/**
 * Which field the agent turn asks about, or null when it asks about none or about more than one
 * (see the module rules). Reads only the question sentences of `agentText`.
 */
export function questionContext(agentText: string): QuestionContext | null {
  const sentences = (agentText.toLowerCase().match(SENTENCES) ?? []).map((s) => s.trim()).filter((s) => s !== '');
  if (sentences.length === 0) return null;
  let asked = sentences.filter((s) => s.endsWith('?'));
  if (asked.length === 0) asked = [sentences[sentences.length - 1]];
  const fields = new Set<AnswerField>();
  let period: Period | null = null;
  for (const s of asked) {
    for (const { field, re } of ASKS) {
      if (!re.test(s) || (field === 'urgency' && SCHEDULING.test(s))) continue;
      fields.add(field);
      if (field === 'monthly_volume') period ??= spokenPeriodIn(s);
    }
  }
  if (fields.size === 2 && fields.has('current_solution') && fields.has('integration_needs')) fields.delete('integration_needs');
  if (fields.size !== 1) return null;
  const [field] = fields;
  const agentNumbers: number[] = [];
  for (const s of asked) for (const q of findQuantities(s)) if (q.kind === 'cardinal') agentNumbers.push(q.value, q.lo, q.hi);
  return { field, period: field === 'monthly_volume' ? period : null, agentNumbers };
}

/** The period of a question or answer, in its wider phrasing ("in a typical week", "over a busy month"). */
function spokenPeriodIn(s: string): Period | null {
  const m = PERIOD_RE.exec(s);
  return periodOfWord(m?.[1] ?? m?.[2] ?? '');
}

// ---- The caller's reply -------------------------------------------------------------------------

/** A reply that declines or dodges the question. */
const DEFLECTION =
  new RegExp(
    String.raw`\b(?:not sure|unsure|no idea|(?:don't|dont|do not) know|dunno|(?:can't|cannot|couldn't) (?:say|tell|remember)|` +
    String.raw`hard to say|tough to say|rather not|prefer not|not comfortable|why do you ask|why do you need|` +
    String.raw`what do you mean|none of your business|(?:i'll|i will|i'd|let me|need to|have to|gotta) (?:have to )?(?:check|` +
    String.raw`ask|find out|look)|not at liberty|(?:it )?depends|it varies|varies|good question|no comment|i'll pass)\b|` +
    String.raw`\bwhy\s*\?`, 'i',
  );

/** True when `text` deflects the question ("not sure", "I'd rather not say", "why do you ask?"). */
export function isDeflection(text: string): boolean {
  return DEFLECTION.test(text);
}

/** True when `text` can be an answer: non-empty, at most `MAX_ANSWER_WORDS` words, not a deflection. */
export function isAnswerShaped(text: string): boolean {
  const t = text.trim();
  return t !== '' && t.split(/\s+/).length <= MAX_ANSWER_WORDS && !isDeflection(t);
}

/** What an answer adds, with evidence on the caller turn. */
export interface AnswerReading {
  team_size: number | null;
  monthly_volume: number | null;
  /** The period the volume was given in (for a later "sorry, 60"). */
  volumePeriod: Period | null;
  urgency: Urgency | null;
  integration_needs: string[];
  current_solution: string[];
  pain_points: string[];
  evidence: SignalEvidence[];
}

const HEDGE =
  "(?:um+|uh+|er+|erm|hmm+|oh|so|well|yeah|yes|yep|ok|okay|honestly|probably|maybe|perhaps|about|around|roughly|" +
    "approximately|approx|like|i'd say|id say|i would say|i think|i guess|i'd guess|let's say|lets say|say|" +
    "close to|nearly|almost|just under|just over|under|over|at least|at most|somewhere around|somewhere between|" +
    "between|anywhere from|it's|its|it is|it's about|currently|right now|now|today|hopefully|ideally|realistically|" +
    "gosh|oh gosh|probably around|definitely|basically|just|only)";
const PUNCT = "[\\s,.!?;:'\"-]*";
/** Before a number: hedges, or a reply correcting a number the agent offered ("No, more like 45."). */
const NUMBER_HEAD = `(?:${HEDGE}|no|nope|nah|more like|closer to|actually)`;
const HEAD_OK = new RegExp(`^${PUNCT}(?:${NUMBER_HEAD}${PUNCT})*$`);
const TEAM_HEAD_OK = new RegExp(`^${PUNCT}(?:(?:${NUMBER_HEAD}|we're|we are|were|we have|we've got|we got|there's|there are|that'd be|` +
  `that would be|it'd be|it would be|it'll be|it will be)${PUNCT})*$`);
const TAIL_HEDGE =
  "(?:or so|give or take|max|tops|at most|at the most|at least|ish|maybe|probably|i'd say|id say|i think|i guess|" +
    "i'd guess|roughly|right now|now|currently|today|at the moment|these days|for now|to start|to start with|" +
    "initially|at first|or more|or less|more or less|total|in total|all in|altogether|on average|yeah|so|honestly|" +
    "i believe|i'm guessing|or something|or something like that|something like that)";
const TEAM_TAIL_OK = new RegExp(
  `^${PUNCT}(?:(?:${TAIL_HEDGE}|${PEOPLE}|person|user|rep|seat|of us|guys|(?:on|in) (?:the|my|our) (?:team|` +
    `office|department|sales team|crew)|(?:who|that)?\\s*(?:'d|would|will|need to|are going to)? ?(?:use|be using|` +
    `need|need access to) (?:it|this|that)|plus|or|and|people total|users total|give or take a few)${PUNCT})*$`,
);
const VOLUME_TAIL_OK = new RegExp(`^${PUNCT}(?:(?:${TAIL_HEDGE}|${DOCS}|of (?:them|those|these)|${PERIOD_WORDS}|on a good month|on a busy month|sometimes more|depending|or)${PUNCT})*$`);

/** Manual means named as the current process. */
const MANUAL_MEANS = new RegExp(
  String.raw`\b(?:e-?mails?|e-?mailing|paper|paperwork|pen and paper|print(?:ing|ed|s)?|scan(?:ning|ned|s)?|fax(?:ing|ed|` +
  String.raw`es)?|by hand|manual(?:ly)?|wet ink|hard cop(?:y|ies)|snail mail|mail(?:ing)? (?:them|it)|pdfs?)\b`, 'g',
);
/** What else a manual-means answer may say ("we just print them and scan them back in"); any other word makes it something else ("I want to update my email"). */
const MANUAL_GLUE =
  new RegExp(
    String.raw`\b(?:just|mostly|only|and|or|plus|then|we|i|use|using|it's|its|it|all|basically|still|honestly|pretty much|` +
    String.raw`old school|good old|the|a|an|lot of|lots of|them|out|over|via|by|through|back and forth|back|in|send|sending|` +
    String.raw`sign|signing|signed|attachments?|attached|really|right now|now|today|currently|yeah|yep|so|um|uh|like|` +
    String.raw`nothing fancy|stuff|things|docs|documents|contracts|forms|copies|mail|hand|ink|pen|on|with|to|sadly|` +
    String.raw`unfortunately)\b`, 'g',
  );

/** True when `lower` names manual means and nothing but glue words besides. */
function manualOnly(lower: string): boolean {
  const rest = lower.replace(MANUAL_MEANS, ' ');
  if (rest === lower) return false;
  return rest.replace(MANUAL_GLUE, ' ').replace(/[\s,.!?;:'"&-]+/g, '') === '';
}

const URGENCY_HEAD_OK = new RegExp(`^${PUNCT}(?:(?:${HEDGE}|we need it|we'd like it|we want it|we'd want it|need it|want it|we're hoping for|` +
  `hoping for|i'd say|by|before|within|in|sometime|no later than|the|for)${PUNCT})*$`);
const URGENCY_TAIL_OK = new RegExp(`^${PUNCT}(?:(?:if (?:possible|we can|at all possible)|at the latest|latest|ideally|hopefully|honestly|or so|` +
  `or sooner|if not sooner|or earlier|tops|at most|really|i (?:think|guess|hope)|i'd say|probably|maybe|` +
  `would be (?:great|ideal|nice|good|perfect)|that'd be (?:great|ideal|nice|good)|ish|yeah|or so|is the goal|` +
  `is the plan|is the deadline|ideally yeah)${PUNCT})*$`);
const WEEKDAY_HEAD = new RegExp(`^${PUNCT}(?:${HEDGE}${PUNCT})*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`, 'i');
const DURATION_HEAD = new RegExp(`^${PUNCT}(?:(?:like|about|around|maybe|probably|roughly|hopefully|ideally|approximately|just)${PUNCT})*(?:a|` +
  `an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|a couple of|a few)\\s+(?:business\\s+)?(?:days?|` +
  `weeks?|months?)\\b`, 'i');

function emptyReading(): AnswerReading {
  return { team_size: null, monthly_volume: null, volumePeriod: null, urgency: null, integration_needs: [], current_solution: [], pain_points: [], evidence: [] };
}

/**
 * The caller's reply `callerText` read in the context `ctx` (see the module rules), or null when it
 * adds nothing. `found` is what the per-utterance extractor read from the same reply: a field it
 * found is never read again. Evidence quotes the caller's words and carries `turnIndex`.
 */
export function readAnswer(ctx: QuestionContext, callerText: string, turnIndex: number, found: DiscoveredSignals): AnswerReading | null {
  if (!isAnswerShaped(callerText)) return null;
  const r = emptyReading();
  switch (ctx.field) {
    case 'team_size':
      if (found.team_size === null) readNumber(ctx, callerText, turnIndex, r);
      break;
    case 'monthly_volume':
      if (found.monthly_volume === null) readNumber(ctx, callerText, turnIndex, r);
      break;
    case 'urgency':
      if (found.urgency === null) readTimeline(callerText, turnIndex, r);
      break;
    case 'current_solution':
    case 'integration_needs':
      readTools(ctx.field, callerText, turnIndex, found, r);
      break;
  }
  return r.evidence.length > 0 ? r : null;
}

function evidence(field: SignalEvidence['field'], value: string, turnIndex: number, quote: string): SignalEvidence {
  return { field, value, turn_index: turnIndex, quote: quote.trim().slice(0, 200), confidence: ANSWER_CONFIDENCE };
}

/** One number, hedges around it and only the field's words after it. */
function readNumber(ctx: QuestionContext, text: string, turnIndex: number, r: AnswerReading): void {
  const u = prepare(text);
  if (u.quantities.length !== 1 || u.numStarts.length !== 1) return;
  const q = quantityAt(u, u.masked.charAt(u.numStarts[0]));
  if (!q || q.kind !== 'cardinal' || q.yearLike) return;
  const before = u.masked.slice(0, q.start);
  const after = u.masked.slice(q.end);
  const value = q.value;
  const start = q.start;
  // An echo of the agent's own number is the agent's figure, not the caller's (confirm.ts's case).
  if (ctx.agentNumbers.includes(value)) return;
  const rawEnd = rawOffset(u, q.end, true);
  const quote = text.slice(rawOffset(u, start), rawEnd);
  if (ctx.field === 'team_size') {
    if (!TEAM_HEAD_OK.test(before) || !TEAM_TAIL_OK.test(after)) return;
    const n = Math.round(value);
    if (n < 1 || n > 1_000_000) return;
    r.team_size = n;
    r.evidence.push(evidence('team_size', String(n), turnIndex, quote + tailWords(text, rawEnd)));
  } else {
    if (!HEAD_OK.test(before) || !VOLUME_TAIL_OK.test(after)) return;
    const period = spokenPeriodIn(after) ?? ctx.period ?? 'month';
    const v = perMonth(value, period);
    if (v <= 0 || v > 10_000_000) return;
    r.monthly_volume = v;
    r.volumePeriod = period;
    r.evidence.push(evidence('monthly_volume', String(v), turnIndex, quote + tailWords(text, rawEnd)));
  }
}

/** The caller's words after the number up to the first punctuation ("40 people", "50 a week"), for the quote. */
function tailWords(text: string, end: number): string {
  const m = /^[^.,!?;]*/.exec(text.slice(end));
  return (m ? m[0] : '').replace(/\s+$/, '');
}

/** The reply as a timeline, only when the time phrase is its head. */
function readTimeline(text: string, turnIndex: number, r: AnswerReading): void {
  const lead = WEEKDAY_HEAD.test(text) ? 'we need it by ' : DURATION_HEAD.test(text) ? 'we need it within ' : 'we need it ';
  const u = prepare(lead + text);
  const hit = bestUrgency(urgencyHits(u));
  // A cue may begin in the lead-in ("need it" + "now"): only the caller's part is quoted and checked.
  const e = hit ? rawOffset(u, hit.end, true) - lead.length : 0;
  if (!hit || e <= 0) return;
  const s = Math.max(0, rawOffset(u, hit.start) - lead.length);
  if (!URGENCY_HEAD_OK.test(text.slice(0, s).toLowerCase()) || !URGENCY_TAIL_OK.test(text.slice(e).toLowerCase())) return;
  r.urgency = hit.value;
  r.evidence.push(evidence('urgency', hit.value, turnIndex, text.slice(s, e)));
}

/** The reply as "we use <reply>"; a current-solution reply of manual means only is `manual_process`. */
function readTools(field: 'current_solution' | 'integration_needs', text: string, turnIndex: number, found: DiscoveredSignals, r: AnswerReading): void {
  const lead = 'we use ';
  const framed = analyzeUtterance(lead + text, turnIndex).signals;
  for (const f of ['current_solution', 'integration_needs'] as const) {
    if (found[f].length > 0) continue;
    for (const id of framed[f]) {
      const quoted = framed.evidence.find((v) => v.field === f && v.value === id)?.quote ?? '';
      const at = quoted ? (lead + text).indexOf(quoted) : -1;
      // The quote is the caller's words: a span reaching into the lead-in is cut at the reply's start.
      const q = at < 0 ? text : at < lead.length ? (lead + text).slice(lead.length, at + quoted.length) : quoted;
      r[f].push(id);
      r.evidence.push(evidence(f, id, turnIndex, q));
    }
  }
  const anyTool = found.current_solution.length + found.integration_needs.length + r.current_solution.length + r.integration_needs.length > 0;
  if (field === 'current_solution' && !anyTool && !found.pain_points.includes('manual_process')) {
    if (manualOnly(prepare(text).lower)) {
      r.pain_points.push('manual_process');
      r.evidence.push(evidence('pain_points', 'manual_process', turnIndex, text));
    }
  }
}
