/**
 * use_case and pain_points: short canonical labels (see USE_CASE_CUES and PAIN_CUES in
 * ./lexicon.ts; the vocabularies are USE_CASE_LABELS and PAIN_POINT_LABELS, tabled in ./README.md).
 * use_case is the first document workflow the caller names; pain_points are every pain they state,
 * skipping adjective cues that are negated ("it's not slow") and generic distress ("a nightmare")
 * when a specific pain is named.
 */
import { PAIN_CUES, USE_CASE_CUES } from './lexicon';
import { MONTH_NAMES, MONTH_STEM, aboutOthers, type Utterance } from './utterance';
import { WordScanner } from './word-regexp';

export interface LabelHit {
  value: string;
  start: number;
  end: number;
  confidence: number;
}

/** One alternation per vocabulary: group k+1 matches label k. */
const USE = new WordScanner(USE_CASE_CUES.map((c) => `(${c.re})`).join('|'));
const PAIN = new WordScanner(PAIN_CUES.map((c) => `(${c.re})`).join('|'));

function groupOf(x: RegExpExecArray): number {
  let k = 1;
  while (x[k] === undefined) k += 1;
  return k - 1;
}
/** "since the two new hires", "plus the new employees": particular people counted in a team, not onboarding paperwork. */
const NAMED_PEOPLE = /\b(?:the|since the|with the|plus the|including the)\s+(?:\S+\s+)?$/;
/** A condition on the new product, or a guess about it, said just before a missing link ("if this can't", "you probably don't"). */
const IF_NEW_TOOL = new RegExp(String.raw`\b(?:if|unless|as long as) (?:this|it|you|you guys|your (?:\w+ )?(?:tool|product|platform|app|software|system))\s+$|` +
  String.raw`\b(?:you|you guys)(?: (?:probably|likely|maybe|might|may|possibly))?\s+$`);
const AUDIT_COMING =
  new RegExp(String.raw`^\s+(?:(?:of|from) (?:the |our |all )?(?:\w+\s+){1,3}?)?(?:is\s+|are\s+)?(?:in (?:about |like |around |roughly )?(?:a|an|one|two|three|four|five|six|` +
  String.raw`seven|eight|nine|ten|\d+|a few|a couple of) (?:days?|weeks?|months?)|` +
  `in (?:${MONTH_NAMES.join('|')})|` + String.raw`next (?:week|month)|this (?:week|month)|coming(?: up)?|come in|comes in|due|` +
  String.raw`(?:(?:in|here|on site|coming|coming in|visiting)\s+)?(?:on\s+|this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:in\s+|here\s+|coming\s+)?tomorrow|` +
  String.raw`(?:(?:in|here|on site|coming|coming in|visiting)\s+)?on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|` +
  String.raw`eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|twenty[- ]\w+|thirtieth|thirty[- ]first|` + `${MONTH_STEM}\\w*))\\b`);
/** An audit that already happened ("there was an audit on the 3rd", "we failed an audit on monday") is no date to come. */
/**
 * An audit named as the deadline for the new tool or the reason for its date: "we'd want it live before the state
 * audit", "a decision by the end of this month because of the audit".
 */
const AUDIT_BEFORE = new RegExp(String.raw`\b(?:(?:it|this|live|ready|running|working|in place|set up|sorted)\s+(?:before|ahead of|in time for|by)|` +
  String.raw`because of|due to) (?:the|our|this|next) (?:[a-z]+ ){0,2}$`);
/** The audit's date tied to the new tool after it: "the audit is on the 14th so we'd need it going before that". */
const AUDIT_TIED_AFTER = /^[^.?!]{0,80}?\bso (?:we|i)(?:'d| would| will|'ll)? (?:need|want|like|have to)\b[^.?!]{0,30}\b(?:before|by) (?:that|then)\b/;
/** The caller's own trade is auditing ("we are a freight audit company"): its audits are the work it sells, not a worry. */
const AUDIT_TRADE = /\b(?:audit|auditing) (?:company|companies|firm|firms|practice|business|house|outfit)\b/;
const AUDIT_PAST = /\b(?:was|were|had|failed|passed|did|last)\s+(?:(?:an?|the|our|their)\s+)?(?:\w+\s+)?$/;
const AUDIT_CONTEXT = /\b(?:audit\w*|compliance|regulator\w*|examiners?|inspect(?:ion|ions|ors?)|ministry)\b/g;
/** An audit said to be over or not to matter: "the audit was in june, that's done", "the inspection is in march but that nah matter". */
const AUDIT_SET_ASIDE = /^[^.?!;]{0,50}\b(?:done|over|behind us|(?:nah|not|doesn't|does not|don't) matter)\b/;

/** Whether an audit, inspection or regulator is in play in the utterance (one set aside does not count). */
function auditInPlay(lower: string): boolean {
  AUDIT_CONTEXT.lastIndex = 0;
  for (let x = AUDIT_CONTEXT.exec(lower); x; x = AUDIT_CONTEXT.exec(lower)) {
    if (!AUDIT_SET_ASIDE.test(lower.slice(x.index + x[0].length, x.index + x[0].length + 70))) return true;
  }
  return false;
}
/**
 * A price complaint said beside leaving the tool: "we're not anymore, the price, they doubled it", "... at renewal so we
 * cancelled", or beside one tried and not taken: "we did not take it, too expensive".
 */
const LEFT_TOOL = new RegExp(
  String.raw`\b(?:(?:we're|we are) not (?:on it |with them )?any ?more|(?:so|and) we (?:cancel+ed|dropped|ditched|left|quit)|` +
  String.raw`(?:dropped|ditched|cancel+ed) (?:it|them)|(?:did not|didn't|never|no) (?:take|took|buy|bought|go with|sign up for) (?:it|them|am|either|any of them|either of them|one))\b`,
);
const NEGATED = /\b(?:not|isn't|aren't|wasn't|never|no longer|don't|doesn't|hardly|without)\s+(?:\w+\s+){0,2}$/;
/** What a weak cue complains about when it is not the paperwork ("parking is a nightmare"). */
const OFF_TOPIC_BEFORE = new RegExp(
  String.raw`\b(?:moving (?:office|offices|house)|office move)\b[^.?!;]{0,25}$|\b(?:parking|traffic|the commute|commute|` +
  String.raw`the weather|weather|the roads|the drive|the neighbou?rs|the landlord|the building|the lift|the kids)\b[^.?!,;]{0,20}$`,
);
/** A complaint the caller sets aside ("..., but that's a whole other story"). */
const SET_ASIDE_AFTER = /^[^.?!]{0,20}?\bthat's (?:a )?(?:whole |completely |totally )?(?:other|different|separate|another) (?:story|issue|matter|conversation|topic)\b/;
/**
 * "we don't do NDAs" is not their workflow; "we still don't have the indemnity" (one not back yet) and "half of them never sign
 * the data consent" (signers who do not sign it) are.
 */
const NOT_OURS = /\b(?:don't|do not|doesn't|never|no)\s+(?!(?:have|get|got|receive|find|see|sign|return) (?:the|their|his|her)\s+$)(?:\w+\s+){0,2}$/;

/**
 * A document named as one of the caller's own jobs in a list that ends in "everything" ("i do the pickups, the washing, the
 * invoices, everything"): what a one-person business does all day, not paperwork to send for signing.
 */
const CHORES_BEFORE = /\b(?:i|we) (?:do|handle|look after) (?:all )?the [a-z-]+(?:, (?:and )?(?:all )?the [a-z-]+)*, (?:and )?(?:all )?the $/;
const CHORES_AFTER = /^,? (?:and )?(?:everything|the lot|the whole lot|all of it)\b/;

/**
 * A process said as the caller's job at the organisation ("i do registrations for a hockey association", "i handle enrolments at
 * a college"): the role, not a document they send (what the people sign may follow).
 */
const JOB_BEFORE = /\b(?:i|we) (?:do|handle|look after|manage|run) (?:the |all the )?$/;
const JOB_AFTER = /^ (?:for|at) (?:a|an|our)\b(?! (?:lot|few|couple|bunch)\b)/;
const JOB_NOUN = /^(?:registrations|enrol(?:l)?ments)$/;

/** The caller's primary use case: the earliest cue in the utterance. */
export function useCaseHit(u: Utterance): LabelHit | null {
  USE.lastIndex = 0;
  for (let x = USE.exec(u.lower); x; x = USE.exec(u.lower)) {
    if (NOT_OURS.test(u.lower.slice(Math.max(0, x.index - 25), x.index))) continue;
    // "my brother-in-law's got a storage place ... drowning in the lease paperwork": someone else's documents.
    if (aboutOthers(u, x.index)) continue;
    // "HR is all in bamboo" is a department's system; "our intake forms are on jotform" is still the documents.
    if (!DOC_END.test(x[0]) && STACK_AFTER.test(u.lower.slice(x.index + x[0].length, x.index + x[0].length + 24))) continue;
    if (VENDOR_QUOTE.test(u.lower.slice(Math.max(0, x.index - 20), x.index + x[0].length + 30))) continue;
    if (CHORES_BEFORE.test(u.lower.slice(Math.max(0, x.index - 80), x.index)) &&
      CHORES_AFTER.test(u.lower.slice(x.index + x[0].length, x.index + x[0].length + 20))) continue;
    if (JOB_NOUN.test(x[0]) && JOB_BEFORE.test(u.lower.slice(Math.max(0, x.index - 25), x.index)) &&
      JOB_AFTER.test(u.lower.slice(x.index + x[0].length, x.index + x[0].length + 20))) continue;
    if (/^new \S+$/.test(x[0]) && NAMED_PEOPLE.test(u.lower.slice(Math.max(0, x.index - 30), x.index))) continue;
    return { value: USE_CASE_CUES[groupOf(x)].id, start: x.index, end: x.index + x[0].length, confidence: 0.7 };
  }
  return null;
}

/** The sentence of `s` around offset `i`, at most 90 characters either side. */
function sentenceAround(s: string, i: number): string {
  const from = Math.max(0, i - 90);
  const before = s.slice(from, i);
  const a = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!')) + 1;
  const after = s.slice(i, i + 90);
  const b = after.search(/[.?!]/);
  return before.slice(a) + (b < 0 ? after : after.slice(0, b));
}

/** Pains about the records themselves (lost, missing or wrong), which make a coming audit a worry. */
const RECORDS_PAINS = new Set(['poor_visibility', 'errors_rework']);

/** Every pain point stated, one hit per label (its first cue); weak cues ("a nightmare") only when nothing more specific is said. */
export function painHits(u: Utterance): LabelHit[] {
  const out: (LabelHit & { weak: boolean; coming: boolean; deadline: boolean })[] = [];
  let auditWorry = false;
  PAIN.lastIndex = 0;
  for (let x = PAIN.exec(u.lower); x; x = PAIN.exec(u.lower)) {
    // "my brother-in-law's got a scaffolding firm ... drowning in paperwork": someone else's trouble (the caller's own may follow).
    if (aboutOthers(u, x.index)) continue;
    const c = PAIN_CUES[groupOf(x)];
    const weak = c.weak === true;
    const same = out.findIndex((h) => h.value === c.id);
    // A coming audit gives way to a worry named later ("the audit is next month ... last time they fined us"), an audit trail too.
    if (same >= 0 && !(out[same].weak && !weak) && !(out[same].coming && !/^audit(?! trail)/.test(x[0]))) continue;
    if (c.negatable && NEGATED.test(u.lower.slice(Math.max(0, x.index - 30), x.index))) continue;
    // "parking is a nightmare, but that's a whole other story": distress about something else, set aside.
    if (weak && (OFF_TOPIC_BEFORE.test(u.lower.slice(Math.max(0, x.index - 45), x.index)) || SET_ASIDE_AFTER.test(u.lower.slice(x.index + x[0].length, x.index + x[0].length + 50)))) continue;
    // "if this can't sync with QuickBooks it's a non-starter", "which you probably don't integrate with": a condition on or a guess
    // about the new product, not a pain with the current one.
    if (c.id === 'missing_integration' && IF_NEW_TOOL.test(u.lower.slice(Math.max(0, x.index - 30), x.index))) continue;
    // "auditors keep flagging missing signatures" is the compliance worry, not a rework problem.
    // The missing signatures are then what makes a coming audit a worry (not one set aside: "the audit was in june, that's done").
    if (c.id === 'errors_rework' && /^missing|\bsignature/.test(x[0]) && auditInPlay(u.lower)) {
      auditWorry = true;
      continue;
    }
    // "we dropped it, far too dear": the price of a tool already left (its sentence says so) is no current pain.
    if (c.id === 'too_expensive' && LEFT_TOOL.test(sentenceAround(u.lower, x.index))) continue;
    const auditCue = c.id === 'compliance_risk' && /^audit/.test(x[0]);
    if (auditCue && AUDIT_TRADE.test(u.lower)) continue;
    // "there's an audit in about three weeks": an audit coming is a date, not a worry about the current process
    // (kept only beside a pain about the records: "the auditors come in two weeks and half our agreements are missing",
    // not beside slow or paper work: "the auditors are coming ... the contracts sit unsigned for weeks").
    const audit = auditCue && !AUDIT_PAST.test(u.lower.slice(Math.max(0, x.index - 30), x.index));
    // The audit as the new tool's deadline ("we want this before the audit") stays a date beside other pains too.
    const deadline = audit && (AUDIT_BEFORE.test(u.lower.slice(Math.max(0, x.index - 30), x.index)) ||
      (/^audit(?:s|ors?)?$/.test(x[0]) && AUDIT_TIED_AFTER.test(u.lower.slice(x.index + x[0].length, x.index + x[0].length + 140))));
    const coming = audit && (deadline || AUDIT_COMING.test(u.lower.slice(x.index + x[0].length, x.index + x[0].length + 64)));
    const hit = { value: c.id, start: x.index, end: x.index + x[0].length, confidence: weak ? 0.5 : 0.7, weak, coming, deadline };
    if (same >= 0) out[same] = hit;
    else out.push(hit);
  }
  const strong = out.filter((h) => !h.weak);
  const kept = strong.length > 0 ? strong : out;
  const dateOnly = !auditWorry && !kept.some((h) => !h.coming && RECORDS_PAINS.has(h.value));
  return kept.filter((h) => !(dateOnly && h.coming) && !(h.deadline && !auditWorry)).map(({ weak: _weak, coming: _coming, deadline: _deadline, ...h }) => h);
}

/** A price quote the caller received from a vendor, not a quote they send: "the renewal quote was insane", "we got a quote from DocuSign". */
const VENDOR_QUOTE = new RegExp(
  String.raw`\b(?:renewal|price|pricing|upgrade)\s+quotes?\b|\b(?:got|get|getting|received|asked for) (?:a|their|` +
  // "get the quote signed" is the caller's own quote going to a client
  String.raw`the) quotes?\b(?! (?:back )?(?:signed|approved|accepted)\b)|` +
  // the vendor's proposal asked for: "i'd like the proposal before", "we'd need a quote in before then"
  String.raw`\b(?:i'd|i would|we'd|we would) (?:like|need) (?:a|the|your) (?:proposal|quote|quotation)\b(?! (?:signed|approved|accepted)\b)|` +
  String.raw`\bquotes? from (?:them|docusign|adobe|pandadoc|\w+ ?sign|the vendor|your competitors?)\b|` +
  String.raw`\binvoices? from (?:you|your|them|the vendor)\b|\b(?:send|give|email|get) (?:me|us) (?:a|the|your) (?:\w+ )?quotes?\b|` +
  String.raw`\bquotes? for (?:\S+ ){1,2}(?:users|seats|licen[cs]es)\b|\b(?:share|send|mail|email|give) (?:me |us )?(?:the|a|your) quotations?\b|` +
  // the vendor's price asked for: "what pricing you will quote?", "can you quote me for ten users"
  String.raw`\byou (?:will|would|'d|can|could) quote\b|\bquote (?:me|us)\b|` +
  // quotes gathered from vendors ("we are just gathering quotes"); the caller's own purchase order for this ("the p o out by then")
  String.raw`\b(?:gathering|collecting|comparing|requesting|(?:just|still) getting) (?:some |a few |a couple of )?quot(?:es|ations)\b|` +
  String.raw`\b(?:the|a|our) (?:p o|po|purchase order) (?:out|raised|approved|through|issued|signed off) (?:by|before)\b|` +
  // a buyer's own call-off under a framework: "we'd go through a quick quote under the framework", "the quote window closes"
  String.raw`\bquotes? (?:under (?:the|a|our) framework|window)\b`,
);
/** A document named as where the stack keeps it, not what they sign: "invoicing's in QuickBooks" (a quote that "sits on the table" is still one). */
/** A cue that names documents (not a department or a process). */
const DOC_END = /(?:forms?|agreements?|contracts?|letters?|packs?|packets?|paperwork|waivers?|applications?|releases?|slips?|mandates?)$/;
const STACK_AFTER = new RegExp(String.raw`^(?:'s|\s+is|\s+are|\s+(?:all\s+)?(?:goes?|runs?|lives?|sits?))\s+(?:all\s+)?(?:in|on|through|via|handled in|done in)\b` +
  String.raw`(?!\s+(?:paper|email|e-mail|fax|the phone)\b|\s+(?:\S+\s+){0,2}?(?:table|desk|shelf|counter|dashboard|pile|drawer|tray)s?\b)`);
