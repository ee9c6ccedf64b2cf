/**
 * monthly_volume: documents (contracts, proposals, quotes, agreements, NDAs, leases, invoices,
 * offer letters, disclosures, applications, forms, ...) per month.
 *
 * Normalization (the rule sales agreed on):
 * - per day / business day: × 21.7 (business days in an average month: 260.7 working days / 12);
 * - per week: × 52 / 12;  per fortnight / every two weeks: × 26 / 12;  per quarter: ÷ 3;
 *   per year / per annum: ÷ 12;  per month: as said;
 * - a range is its midpoint ("100 to 150" → 125); a change is its new value;
 * - "each of our ten reps sends five a week" multiplies by the team count in the same utterance;
 *   a per-person volume with no team count in the utterance is not reported (the total is unknown);
 *   a rate each person or unit states is multiplied by the count said for them: the units counted anywhere ("each
 *   truck does two trips a day" with "ninety trucks"), else the count just before "each" ("the site foremen, there's
 *   eleven, each ..."); "between them" is a total;
 * - money per month ("$500 a month", "our bill is 2k a month") is not volume;
 * - things per period that each carry a document count as documents ("1,200 loads a month, every load has a
 *   rate confirmation"; "600 volunteers, every volunteer signs a waiver once a year" = 50; "every temp signs an
 *   assignment agreement ... we place 120 people a week"); one document sent to each of N recipients is N
 *   ("we send subcontract agreements to 25 subs a month");
 * - a count per season with the season's length is spread over it ("200 leases a season, and the season's
 *   three months" = 66.67); a count over a span of months likewise ("from February to April ... 900
 *   engagement letters" = 300, "600 registrations in July and August" = 300); a population with a document each
 *   renewed every N months, once a term (with the terms in a year) or once a season (with its length) is spread
 *   likewise ("ninety cafes, each signs a supply agreement, renewed every six months" = 15);
 * - things that carry the document beat another count per period ("every lot has a sale note ... three hundred lots a
 *   month" over "eighteen hundred head of cattle a month"); "N of each" counts each document listed before it;
 *   documents per thing said after the things multiply them ("each container has a booking note and a customs declaration,
 *   so two per container"); a count per thing said first multiplies the things per period ("on a typical shoot there's
 *   sixty extras ... five shoots a month" = 300);
 * - the period may come before who does how many ("per annum we are doing approximately 2,400", "monthly it is coming around
 *   1.2 lakh", "daily we are doing eighty scans" with a consent form for each scan; a count per term is spread over the terms
 *   in a year, one "in that season" over the season's length); things a document is said for ("the assignment agreement for every temp", "the patient
 *   admission packets") count at their own rate; a rate each role states takes that role's count, even in two words;
 * - the thing that carries a document may be followed by a comma or a few words ("every pickup, the clinic signs ...";
 *   "every load we send the owner operator a carrier agreement"); things counted with the months they come in are spread
 *   over them ("120 haul outs in the fall, and that's over three months" = 40); documents per thing may follow the document
 *   ("change orders, maybe fifteen per build") or the rate ("... every year, one lease each"); people per thing may follow
 *   the rate ("twelve courses a week with ten students each"); a hoped-for figure ("could be fifty a week") is secondary.
 * - the document named before the things that each carry it takes their rate ("the agreement each delivery partner signs
 *   with us, around 300 new partners a month"); readings said after "the system is only for", "we want it just for" beat those before it.
 * - "every volunteer signs one consent form once a year" is one each, not one a year; the signers each thing has multiply its
 *   rate ("each build's got eight subbies, and every subbie signs ..."); a season's length may come before its count; new people
 *   per period with their hiring papers named are one set each ("fifteen new starters a month, the staff contracts").
 * - a count per day said with the days worked in a week takes those days ("thirty a day, monday to saturday" = 30 × 6 × 52/12);
 *   documents per thing per period after "per <thing>" take the things held ("sixty schools, and per school three order forms
 *   a month" = 180); "each of them" takes a group's bare count said after the role counted; sales each person does per period
 *   are one set each when a document is named; pricing "per user" is no rate per person.
 * Results are rounded to 2 decimals.
 */
import type { TeamCandidate } from './team-size';
import { bestTeam } from './team-size';
import type { Utterance } from './utterance';
import { AfterModifiers, afterSpaces, isSpace, placesWhere, skipSpaces, stickyAt } from './after-count';
import { WordSet } from './lead-index';
import { wordList } from './lexicon';
import {
  MONTH_NAMES, MONTH_STEM, NOT_A_NUMBER, NUM, PLACEHOLDERS, QUANTITIES, clauseOf, execMasked, isPlaceholderCode, isQuantityCode, quantityAt, singularOf, splitCount, stickyIfNumLed,
} from './utterance';
import { WORD_START, WordScanner, leadTexts } from './word-regexp';
import { WordSlot, builtRegExp, isPlainWord, numWordAt } from './word-slot';

/** Business days per month used to normalize "per day" volumes. */
export const BUSINESS_DAYS_PER_MONTH = 21.7;

export type Period = 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year';

/** "a/an/per/each/every <period>" or "daily/weekly/…/annually"; group 1 or 2 is the period word (see `periodIn`). */
export const PERIOD_PHRASE = /\b(?:a|an|per|each|every)\s+(day|week|fortnight|month|quarter|year)\b|\b(daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\b/i;

/** The period of the first `PERIOD_PHRASE` in `text` ("50 a week" → week), else null. */
export function periodIn(text: string): Period | null {
  const m = PERIOD_PHRASE.exec(text);
  return m ? periodOfWord(m[1] ?? m[2] ?? '') : null;
}

/**
 * The period a period word names: `day`/`daily`, `week`/`weekly`, `fortnight`(`ly`), `month`(`ly`),
 * `quarter`(`ly`), `year`/`yearly`/`annually` (any case); null for anything else.
 */
export function periodOfWord(word: string): Period | null {
  const w = word.toLowerCase();
  if (w === 'day' || w === 'daily') return 'day';
  if (w.startsWith('week')) return 'week';
  if (w.startsWith('fortnight')) return 'fortnight';
  if (w.startsWith('month')) return 'month';
  if (w.startsWith('quarter')) return 'quarter';
  if (w === 'year' || w === 'yearly' || w === 'annually') return 'year';
  return null;
}

/** How many of each period make a month (business days per month, 52/12 weeks, ...). */
const PER_MONTH: Readonly<Record<Period, number>> = { day: BUSINESS_DAYS_PER_MONTH, week: 52 / 12, fortnight: 26 / 12, month: 1, quarter: 1 / 3, year: 1 / 12 };

/** Convert a count per `period` to a count per month (see the module doc for the factors). */
export function perMonth(value: number, period: Period): number {
  const f = PER_MONTH[period];
  return Math.round(value * f * 100) / 100;
}

export interface VolumeCandidate {
  value: number;
  start: number;
  end: number;
  priority: number;
  confidence: number;
  /** The value before rounding, where it was computed (a count spread over a season's months). */
  exact?: number;
  /** The documents per thing are already in the value ("so two per patient, and we do sixty operations a month"). */
  perThing?: boolean;
}

const DOC =
  '(?:documents?|docs|contracts?|agreements?|proposals?|quotes?|estimates?|bids?|ndas?|leases?|lease renewals|' +
    'invoices?|letters|offer letters?|offers?|engagement letters?|disclosures?|applications?|apps|forms?|envelopes?|quotations?|' +
    'packets?|packs?|pay ?slips?|waivers?|permission slips?|slips?|purchase orders?|p ?os|sows?|msas?|(?:m s a|n d a|s o w)(?:\'?s)?|order forms?|renewals?|new hires|' +
    '(?:client )?care letters?|letters? of (?:engagement|offer)|fact[- ]?finds?|' +
    'hires|deals|transactions?|closings?|loans?|policies|signatures?|e-?signatures?|signature requests?|' +
    'change orders?|retainers?|releases?|statements of work|packages|onboardings|w-?[49]s?|i-?9s?|(?:w|' +
    `i)(?=-[${PLACEHOLDERS}])|new (?:matters|engagements)|buyer\'?s orders?|(?:rate )?confirmations?|rate cons?|bills? of lading|` +
    'bills? of sale|bols|manifests?|waybills?|new lets|lettings|(?:sub-?contract|works|transport|division) orders?|variations?(?: orders?)?|' +
    'consents?|consentimientos?|contratos?|registrations?|powers? of attorney|letters? of credit applications?|' +
    'enrol(?:l)?ments?|time ?sheets?|treatment plans?|(?:customs )?declarations?|(?:delivery|consignment|cmr|c m r) notes?|permits?|' +
    '(?:progress|inspection|handover|condition|incident|service|survey) reports?|proofs? of loss(?: forms?)?|(?:task|job) cards?|l ?p ?os?)';
/** What one counted thing carries: a document, or anything said signed ("a signed inspection report"). */
const EACH_DOC = `(?:${DOC}|terms of (?:engagement|business)|reports?|sheets?|receipts?|proofs? of delivery|dockets?|notes?|checklists?|deeds?|` +
  `certificates?|work orders?|(?:tax|g s t|gst|vat|v a t) returns?|(?:care|lift|safety|method|treatment|lesson) plans?)`;
/** How a counted thing comes with its document ("every load gets", "each new client fills in", "ends with"). */
const CARRIES = `(?:signs?|approves?|gets?|got|needs?|requires?|has|have|is(?= (?:an?|${NUM}) )|` + '(?:is |are )?(?:having|signing)|renews?|fills?(?: in| out)?|completes?|returns?|ends? with|' +
  'comes? with|go(?:es)? out with|carries|receives?|(?<=\\b(?:each|every) (?:new )?[a-z]+ )(?:does|do)(?= the ))';
/**
 * What each counted thing carries, with collecting and what the caller sends for it ("every trip the driver collects a
 * waybill", "every load we send the owner operator a carrier agreement"; "we each send" is a rate per person).
 */
const CARRIES_EACH = `(?:${CARRIES}|collects?|there(?:'s| is| are)(?=\\s+(?:an?|the|${NUM})\\s)|` +
  `(?<=\\b(?:each|every) [a-z]+ )na(?=\\s+(?:an?|the|one|${NUM})\\s)|(?:is |are )?send(?:s|ing)?(?=\\s+(?:an?|the|${NUM})\\s+signed )|` +
  `(?<=\\b(?:we|i|they) )(?:send|sent|issue|write up|wrote up)|(?<=\\bthe (?:[a-z]+ )?[a-z]+ )(?:does|do|did|writes? up)(?= an? )|` +
  `(?<=\\bthe (?:[a-z]+ )?[a-z]+ )writes? (?:one|${NUM}) up\\b)`;
/** "and" may join two modifiers of one document ("ten discharge and release forms"), the first no plural ("wills and files"). */
const MODV_STOP = '(?:of|for|to|in|on|at|a|an|the|and|or|per|each|every|from|with|by|than|we|they|i|you|it|this|our|my|their|last|next)';
/** Up to three modifier words before a document or role noun ("ten new rental agreements"), maybe two joined by "and". */
const MODV = `(?:(?!${MODV_STOP}\\b)[a-z][a-z'-]*[a-rt-z]\\s+and\\s+)?(?:(?!${MODV_STOP}\\b)[a-z][a-z'-]*\\s+){0,3}`;
const ADJ = '(?:(?:typical|normal|average|busy|good|given|single|regular|slow|usual)\\s+)?(?:(?:business|work|working)\\s+)?';
const UNIT = '(day|week|fortnight|month|quarter|year|workday|weekday)';
const PERIOD_AFTER =
  `(?:(?:a|an|per|each|every|/|for(?=\\s+(?:day|week|month|year)\\b(?![\\s-]+(?:end|shifts?)\\b)))\\s*${ADJ}${UNIT}\\b|(daily|weekly|fortnightly|monthly|quarterly|annually|yearly|` +
    `per annum|every (?:other|${NUM})\\s*weeks?)|(?:in|over|during|on)\\s+(?:a|an|the|one)\\s+${ADJ}${UNIT}\\b(?!\\s+shifts?\\b)|` +
    `(?:last|this|past)\\s+${UNIT}\\b)`;
/** "a/per/each/every <period>" or a period adverb, for the small readings (group 1 the unit or 2 the adverb). */
const SIMPLE_PERIOD = '(?:(?:a|an|per|each|every)\\s+(day|week|fortnight|month|quarter|year)\\b|(daily|weekly|fortnightly|monthly|quarterly|yearly|annually))';
const PERIOD_BEFORE = `\\b(?:(?:in|on|over|during)\\s+)?(?:(?:a|an|the|one|each|every|per|last|this|past)\\s+${ADJ}${UNIT}\\b|(every (?:other|${NUM})\\s*weeks?|per annum)\\b)`;
const VERB_BEFORE =
  new RegExp(
    String.raw`\b(?:send|sends|sent|sending|do|does|did|doing|sign|signs|signed|signing|process|processes|processed|` +
    String.raw`processing|handle|handles|handled|get|gets|got|issue|issues|execute|executes|generate|generates|write|writes|` +
    String.raw`close|closes|closed|push|pushes|put out|go out|goes out|run|runs|create|creates|draft|drafts|produce|produces|` +
    String.raw`maybe|about|around|roughly|like|probably|between)\b[^.?!;]{0,25}$`,
  );
const MONEY_BEFORE = new RegExp(
  String.raw`\b(?:bill(?!s? of (?:lading|sale))|billed|bills(?! of (?:lading|sale))|cost|costs|spend|spending|spent|pay|` +
  String.raw`paying|paid|charge|charged|charges|price|pricing|budget|fee|fees|revenue|turnover|takings|profits?|income|` +
  String.raw`make|making|earn|earning|salary|rent|worth|subscription|plan(?<!\b(?:treatment|care|lift|safety|lesson|site|project|method|birth|floor) plan)|invoice for)\b` +
  String.raw`(?!\s+(?:proposals?|agreements?|letters?|schedules?|quotes?|estimates?)\b)[^.?!;]{0,30}$`,
);
/** A question about some company's numbers, not the caller's: "if a firm had ...", "say a company sent ...". */
const SOME_COMPANY_IF = /\b(?:if|suppose|supposing|imagine|say|for|hypothetically,?)\s+(?:a|an|some|any)\s+(?:[a-z]+\s+)?(?:company|firm|business|organi[sz]ation|practice|agency|client|customer)\b/;
const SENTENCE_END = /[.?!;]/;
const MONEY_AFTER = /^\s*(?:dollars|bucks|usd|euros|pounds|grand|per (?:user|seat|license)|a (?:user|seat|license)|in (?:revenue|sales)|tops)\b/;
/**
 * A price per seat, then a count of seats, before a count ("thirty bucks a user a month? for five users that's ..."): a count
 * with no document after it is the price worked out.
 */
const PER_SEAT_PRICE = new RegExp(`\\b(?:bucks|dollars|euros|pounds|quid|rand|naira|rupees)\\s+(?:a|per)\\s+(user|seat|licen[cs]e)\\b` +
  `[^${PLACEHOLDERS}]{0,60}${NUM}\\s+\\1s\\b`);
const SECONDARY = /\b(?:peak|busy season|at most|up to|max(?:imum)?|sometimes|in (?:the )?summer|at the end of the year|could be|might be|hoping for|big if)\b/;
/** More people who each send their own documents ("the claims adjusters each send about four a week"). */
const MORE_ROLES = 'adjusters?|surveyors?|supervisors?|case ?workers?|negotiators?|analysts?|arrangers?|handlers?|nurses?|' +
  'therapists?|inspectors?|specialists?|bankers?|lenders?|solicitors?|fee earners?|clinicians?|counsell?ors?|tutors?|instructors?|' +
  'trainers?|coaches?|audiologists?|optometrists?|account execs?|execs?|aes?|aides?|caregivers?';
/** Roles whose count `headcount` may take for a rate each one states (no bare people, users or members: a population). */
const ROLE_NOUNS = 'reps?|agents?|recruiters?|brokers?|realtors?|attorneys?|lawyers?|salespeople|account executives?|managers?|' +
  'coordinators?|associates?|loan officers?|advisors?|consultants?|producers?|officers?|paralegals?|planners?|estimators?|' +
  `dispatchers?|technicians?|techs?|drivers?|teachers?|hygienists?|doctors?|dentists?|${MORE_ROLES}`;
/** A role noun, whole (for `headcount`'s two-word roles). */
const ROLE_NOUN = new RegExp(`^(?:${ROLE_NOUNS})$`);
/** Who may be named just before ", each" in `PER_PERSON` ("the reps, each ..."): plain words, some letters optional. */
const ROLES_BEFORE_EACH = 'reps?|agents?|recruiters?|brokers?|realtors?|attorneys?|' +
  'lawyers?|people|persons?|person|one of us|of us|salespeople|account executives?|managers?|coordinators?|' +
  'associates?|loan officers?|advisors?|users?|employees?|members?|consultants?|producers?|officers?|paralegals?|' +
  'planners?|estimators?|dispatchers?|technicians?|techs?|drivers?|teachers?|hygienists?|doctors?|dentists?|' +
  `providers?|${MORE_ROLES}`;
const PER_PERSON = new RegExp(
  `\\beach (?:of (?:our|the|my|them|us)\\s+)?(?:(${NUM})\\s+)?${MODV}(?:reps?|agents?|recruiters?|brokers?|` +
    `realtors?|attorneys?|lawyers?|people|persons?|person|one of us|of us|salespeople|account executives?|` +
    `managers?|coordinators?|associates?|loan officers?|advisors?|users?|employees?|members?|consultants?|` +
    `producers?|officers?|paralegals?|planners?|estimators?|dispatchers?|technicians?|techs?|drivers?|teachers?|` +
    `hygienists?|doctors?|dentists?|providers?|${MORE_ROLES}|branches|offices|locations|stores|sites|clinics)\\b|` +
    `\\bper (?:rep|agent|recruiter|broker|person|head|attorney|` +
    `lawyer|user|employee)\\b|\\b(?:we|they) each\\b|\\b(?:${ROLES_BEFORE_EACH}),? each\\b|` +
    `\\bapiece\\b|\\b(?:day|week|fortnight|month|quarter|year) each\\b|\\beach(?<!of each) (?:a|per|every) (?:day|week|fortnight|month|quarter|year)\\b` +
    `|\\beach(?:\\s+(?:one|${NUM}|[a-z](?: [a-z]){1,3}))?\\s+(?:of (?:them|us|'em) )?` +
    `(?:(?:probably|maybe|usually|roughly|about|like)\\s+)?(?:sends?|does|handles?|places?|closes?|writes?|process(?:es)?|issues?|books?)\\b|` +
    `\\bevery (?:rep|agent|recruiter|broker|attorney|lawyer|person|one of us)\\b|\\bevery (?:consultant|advis[eo]r|estimator|planner) (?:(?:maybe|usually|about)\\s+)?` +
    `(?:sends|does|handles|places|closes|writes|processes|issues|books)\\b`,
);

const PER_PERSON_Y = new RegExp(PER_PERSON.source, 'y');
/** The farthest before its "each" a `PER_PERSON` match starts: the longest of `ROLES_BEFORE_EACH`, a comma and a space. */
const EACH_REACH = (() => {
  if (/[^a-z '?|]/.test(ROLES_BEFORE_EACH)) throw new Error('ROLES_BEFORE_EACH: plain words and optional letters only');
  return Math.max(...ROLES_BEFORE_EACH.split('|').map((r) => r.replace(/\?/g, '').length)) + 2;
})();
/** Where a `PER_PERSON` match can start other than near "each". */
const PER_PERSON_WORDS = ['per', 'every', 'apiece'];
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * `PER_PERSON.exec(m)`, trying only where a match can start: at "per", "every" or "apiece", or at a word start at most
 * `EACH_REACH` before "each" (the alternatives that do not start there end with ", each").
 */
function perPersonIn(m: string): RegExpExecArray | null {
  const at: number[] = [];
  for (const w of PER_PERSON_WORDS) for (let i = m.indexOf(w); i >= 0; i = m.indexOf(w, i + 1)) at.push(i);
  for (let e = m.indexOf('each'); e >= 0; e = m.indexOf('each', e + 1)) {
    for (let p = Math.max(0, e - EACH_REACH); p <= e; p++) if (isWordChar(m.charCodeAt(p)) && (p === 0 || !isWordChar(m.charCodeAt(p - 1)))) at.push(p);
  }
  at.sort((a, b) => a - b);
  for (let k = 0; k < at.length; k++) {
    if (k > 0 && at[k] === at[k - 1]) continue;
    PER_PERSON_Y.lastIndex = at[k];
    const x = PER_PERSON_Y.exec(m);
    // "they charge per user": a price, not a rate per person.
    if (x && m.startsWith('per ', at[k]) && PRICED_BEFORE.test(m.slice(Math.max(0, at[k] - 40), at[k]))) continue;
    // "..., so two per person": documents per signer (`docsPerThing`), not a rate per person.
    if (x && m.startsWith('per ', at[k]) && SO_N_BEFORE.test(m.slice(Math.max(0, at[k] - 30), at[k]))) continue;
    // "the field officers, each branch has four": people per unit, not a rate each states.
    if (x && x[0].endsWith('each') && EACH_UNIT_HAS.test(m.slice(x.index + x[0].length, x.index + x[0].length + 30))) continue;
    // "five, six new people, each one signs a waiver": each person carries a document, no rate each states.
    if (x && x[0].endsWith('each') && EACH_ONE_SIGNS.test(m.slice(x.index + x[0].length - 4, x.index + x[0].length + 40))) continue;
    if (x) return x;
  }
  return null;
}
/** A verb of giving or sending ending the text before "each": "we send each client a quote" names the recipients, no rate each states. */
const GIVE_BEFORE_EACH = /\b(?:send|sends|give|gives|email|emails|mail|mails|issue|issues|hand|hands|offer|offers)\s+$/;
/** A count of people each unit has, after "each" ("each branch has four ..."). */
const EACH_UNIT_HAS = new RegExp(`^\\s+[a-z]+\\s+(?:has|have|got|has got)\\s+${NUM}`);
/** People per unit said just before their count ("each branch has <3>, no, "; group 1 the unit). */
const EACH_UNIT_HAS_BEFORE = new RegExp(`\\beach\\s+([a-z]{3,})\\s+(?:has|have|got|has got)\\s+(?:${NUM}\\s*,?\\s+(?:no|sorry|i mean|actually),?\\s+)?$`);
/** "so two", "so that's three documents" just before "per person". */
/** "each one signs a <document>", "each one with a <document>" at the start of a string (`perPersonIn`): what each one carries, not a rate. */
const EACH_ONE_SIGNS = new RegExp(`^each\\s+(?:one(?:'s)?|${NUM})(?:\\s+of (?:them|'em))?\\s+(?:(?:has to|have to|must|haffi)\\s+)?(?:${CARRIES}|with)\\s+(?:a|an|one|the|their|its|di|de)\\s`);
const SO_N_BEFORE = new RegExp(`\\bso,?\\s+(?:that's\\s+)?${NUM}\\s+(?:(?:documents?|docs|forms|papers)\\s+)?$`);
/** Pricing just before "per user" ("they charge per user", "pricing is per head"). */
const PRICED_BEFORE = /\b(?:charg(?:e|es|ed|ing)|pric(?:e|es|ed|ing)|pay|pays|paying|paid|costs?|bill(?:s|ed|ing)?|fees?|licen[cs](?:e|es|ed|ing))(?:\s+[a-z']+){0,2}\s+$/;

/**
 * A rate per person or per unit said with "each" before its verb: "each raise about two permits a day", "each one signs up
 * maybe fifteen dealers a quarter", "each truck does about two trips a day" (group 1 the word after "each": a unit noun or
 * the verb, group 2 the rate's count). Whose count multiplies it is found by `headcount`.
 */
const EACH_RATE = new RegExp(`\\beach(?:\\s+(?:one|${NUM}))?(?:\\s+of (?:them|us|those|'em))?\\s+(?!(?:of|day|week|fortnight|month|quarter|year|time|` +
  `term|season|intake|semester|trimester|cohort|other|and|week's|month's)\\b)([a-z][a-z'-]*)(?:,?\\s+[a-z'-]+){0,2}?,?\\s+(?:(?:oh|ooh|och),?\\s+)?(?:(?:about|around|roughly|maybe|like|probably|` +
  `some|usually|up to|over|approximately|nearly)\\s+)?(${NUM})\\s+(?:[a-z'-]+\\s+){0,4}?${PERIOD_AFTER}`);
/**
 * The count of people said just before their "each" ("the site foremen, there's eleven, each ...", "there's twenty-two
 * across the provinces, and each one ...", "fourteen now, each ..."): group 1. A count with a period after it is a rate.
 */
const COUNT_BEFORE_EACH = new RegExp(`(?:,|\\b(?:there's|there are|there is|we've got|we have|we got|got|have))\\s+(?:(?:about|around|` +
  `roughly|maybe|like|just|only|over|nearly)\\s+)?(${NUM})(?:[\\s,]+(?:(?:sorry|no|i mean|actually|or)[\\s,]+)?${NOT_A_NUMBER})?(?:\\s+` +
  `(?!(?:a|an|per|every|each|in|day|week|month|year|quarter|and)\\b)[a-z'-]+){0,4}?(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)$`);
/** A count of people by their role ("four account execs"), for `headcount` (not a rate: no period after it). */
const ROLE_COUNT = new RegExp(`(${NUM})\\s+(?:[a-z'-]+\\s+)?(?:${ROLE_NOUNS})\\b(?!\\s+(?:a|an|per|each|every)\\s)`, 'g');
/** What follows a unit noun counted before it ("ninety trucks"): never a rate. */
const UNIT_COUNT_AFTER = /(?:s|es)\b(?!\s+(?:a|an|per|each|every)\s)/y;
/** A count placeholder, anywhere. */
const NUM_G = new RegExp(NUM, 'g');
/** A word boundary at a place. */
const BOUNDARY = /\b/y;

/** A count of a unit noun said in the utterance (`unitCountIn`): where its match starts and ends, and its count's placeholder. */
interface UnitCountMatch {
  index: number;
  end: number;
  count: string;
  /** The count was said before the noun ("ninety trucks"), not after it ("the trucks, there's ninety"). */
  before: boolean;
}

/**
 * The first count of `word`s said anywhere, before the noun ("ninety trucks") or after it ("the sales consultants, there's
 * five"); never a rate (no "a/per/each/every" after it). The same as the first match of the one regexp
 * `(NUM)\s+(?:[a-z'-]+\s+)?<word>UNIT_COUNT_AFTER|\b<word>UNIT_COUNT_SAID`: its first alternative starts only at a count
 * and its second only at the word (a plain word starts with no count), so the first match is the earlier of the first count
 * that starts the first (`numWordAt`, which takes that regexp's path) and the first word that starts the second (one path
 * to the word, then `UNIT_COUNT_SAID`'s own).
 */
function unitCountIn(m: string, word: string): UnitCountMatch | null {
  if (!isPlainWord(word)) {
    const c = builtRegExp(`(${NUM})\\s+(?:[a-z'-]+\\s+)?${word}${UNIT_COUNT_AFTER.source}|\\b${word}${UNIT_COUNT_SAID.source}`).exec(m);
    return c ? { index: c.index, end: c.index + c[0].length, count: c[1] ?? c[3] ?? c[2], before: c[1] !== undefined } : null;
  }
  let lead: RegExpExecArray | null = null;
  let at = -1;
  NUM_G.lastIndex = 0;
  for (let x = NUM_G.exec(m); x && !lead; x = NUM_G.exec(m)) {
    lead = numWordAt(m, x.index, word, UNIT_COUNT_AFTER);
    at = x.index;
  }
  for (let q = m.indexOf(word); q >= 0 && (!lead || q < at); q = m.indexOf(word, q + 1)) {
    BOUNDARY.lastIndex = q;
    if (!BOUNDARY.test(m)) continue;
    UNIT_COUNT_SAID.lastIndex = q + word.length;
    const s = UNIT_COUNT_SAID.exec(m);
    if (s) return { index: q, end: s.index + s[0].length, count: s[2] ?? s[1], before: false };
  }
  return lead ? { index: at, end: lead.index + lead[0].length, count: m.charAt(at), before: true } : null;
}

/** The count of `word`s said anywhere in the utterance (`unitCountIn`), when it is a cardinal of 2 or more, with its match. */
function unitCount(u: Utterance, word: string): { value: number; match: UnitCountMatch } | null {
  const c = unitCountIn(u.masked, word);
  const q = c ? quantityAt(u, c.count) : undefined;
  return q?.kind === 'cardinal' && q.value >= 2 ? { value: q.value, match: c! } : null;
}

/** A word ending in a consonant and "y", whose plural ends in "ies" ("surgery", "delivery"). */
const CONSONANT_Y = /[^aeiou]y$/;
/** A count taken back right after a role counted before it: ", sorry, ten" (group 1; `roleCount`). */
const ROLE_COUNT_CORRECTED = new RegExp(`^,?\\s+${wordList('correcting')},?\\s+(${NUM})(?!\\s+(?:[a-z]+\\s+)?(?:a|an|per|each|every)\\s)`);
/** The count of `word`s (`unitCount`), times the units when said per unit ("each branch has four field officers", twelve branches). */
function roleCount(u: Utterance, word: string): { value: number; match: UnitCountMatch } | null {
  const c = unitCount(u, word);
  const per = c && c.match.before ? EACH_UNIT_HAS_BEFORE.exec(u.masked.slice(Math.max(0, c.match.index - 40), c.match.index)) : null;
  const units = per && !PERIOD_WORD.test(per[1]) ? unitCount(u, per[1]) : null;
  // "nine inspectors, sorry, ten as of monday": the count corrected right after the role.
  const fix = c && !units && c.match.before ? ROLE_COUNT_CORRECTED.exec(u.masked.slice(c.match.end, c.match.end + 30)) : null;
  const fixed = fix ? quantityAt(u, fix[1]) : undefined;
  if (fixed?.kind === 'cardinal' && fixed.value >= 2) return { value: fixed.value, match: { ...c!.match, end: c!.match.end + fix![0].length } };
  return c && units ? { value: c.value * units.value, match: c.match } : c;
}

/**
 * Whose count multiplies a rate each person or unit states (`each` the offset of "each", `word` the word after it):
 * the count of that unit said anywhere ("each truck does two trips a day" with "ninety trucks"), else the count said
 * just before "each" ("the site foremen, there's eleven, each ..."), else undefined.
 */
function headcount(u: Utterance, each: number, word: string | undefined): number | undefined {
  // "each loan officer sends ...": the two-word role ("the loan officers, we've got nine") before its first word.
  const two = word !== undefined ? /^each\s+[a-z]+\s+([a-z]{3,})\b/.exec(u.masked.slice(each, each + 40))?.[1] : undefined;
  if (two !== undefined && !two.endsWith('s') && (ROLE_NOUN.test(two) || ROLE_NOUN.test(`${word} ${two}`))) {
    const c = roleCount(u, `${word} ${two}`);
    if (c) return c.value;
  }
  // "each b d sends ..." with "the business developers, another four": the role said by its initials.
  const initials = word?.length === 1 ? /^each\s+([a-z])\s+([a-z])\b/.exec(u.masked.slice(each, each + 12)) : null;
  const role = initials ? new RegExp(`\\b(${initials[1]}[a-z]+\\s+${initials[2]}[a-z]+?)s\\b`).exec(u.masked)?.[1] : undefined;
  const byInitials = role !== undefined ? roleCount(u, role) : null;
  if (byInitials) return byInitials.value;
  // "each f s e sends ..." with "we have eighteen f s es": the spelled initials' own plural counted.
  const spelled = word?.length === 1 ? /^each\s+([a-z](?: [a-z]){1,3})\b/.exec(u.masked.slice(each, each + 16))?.[1] : undefined;
  const bySpelled = spelled !== undefined ? roleCount(u, spelled) : null;
  if (bySpelled) return bySpelled.value;
  if (word !== undefined && word.length >= 3 && !word.endsWith('s')) {
    // "each pharmacy does ..." with "seven pharmacies": the plural's stem.
    const c = roleCount(u, CONSONANT_Y.test(word) ? `${word.slice(0, -1)}ie` : word);
    if (c) return c.value;
    // "the estimators will use it they are five ... plus our project head, each estimator ...": the role's own count after it.
    const own = roleCountAfter(u, word, each);
    if (own !== undefined) return own;
  }
  const [cs] = clauseOf(u, each);
  const x = COUNT_BEFORE_EACH.exec(u.masked.slice(Math.max(cs, each - 70), each));
  const q = x ? quantityAt(u, x[1]) : undefined;
  if (q?.kind === 'cardinal' && q.value >= 2) return q.value;
  // "me and the two girls each send ...": the people counted with the caller, the caller one more.
  const withMe = ME_AND_COUNT.exec(u.masked.slice(Math.max(0, each - 40), each));
  const mq = withMe ? quantityAt(u, withMe[1]) : undefined;
  if (mq?.kind === 'cardinal' && mq.value >= 1) return mq.value + 1;
  // "the plumbers each do about three jobs a day" with "eight plumbers": the things just before "each", counted anywhere.
  const before = /\b([a-z]{3,}?)s\s+$/.exec(u.masked.slice(Math.max(0, each - 30), each))?.[1];
  if (before !== undefined && !PERIOD_WORD.test(before)) {
    const c = unitCount(u, before);
    if (c) return c.value;
  }
  // "just four account execs, and they send order forms, each AE maybe eight a month": the last role counted before "each".
  let last: number | undefined;
  let lastAt = -1;
  ROLE_COUNT.lastIndex = 0;
  for (let r = ROLE_COUNT.exec(u.masked); r && r.index < each; r = ROLE_COUNT.exec(u.masked)) {
    const rq = quantityAt(u, r[1]);
    if (rq?.kind === 'cardinal' && rq.value >= 2) [last, lastAt] = [rq.value, r.index];
  }
  // "thirty two account execs but only the closers touch the contracts, that's like, twelve, well eleven. each of them sends
  // ...": a group's bare count said after the last role counted is the one "each of them" takes.
  GROUP_COUNT.lastIndex = Math.max(0, lastAt + 1, each - 200);
  for (let r = GROUP_COUNT.exec(u.masked); r && r.index < each; r = GROUP_COUNT.exec(u.masked)) {
    const rq = quantityAt(u, r[2] ?? r[1]);
    if (rq?.kind === 'cardinal' && rq.value >= 2) last = rq.value;
  }
  // "the adjusters each send about six a week, and there's fourteen of them, wait no, sixteen": their count said after the rate.
  const after = last === undefined ? GROUP_AFTER.exec(u.masked.slice(each, each + 150)) : null;
  const aq = after ? quantityAt(u, after[2] ?? after[1]) : undefined;
  return aq?.kind === 'cardinal' && aq.value >= 2 ? aq.value : last;
}
/** One hedge before a count ("about", "like", "only", ...). */
const HEDGE = '(?:(?:about|like|roughly|around|only|just|maybe)\\s+)?';
/**
 * After a role's plural, its count said as a clause ("the estimators will use it they are five", "the estimators, there's
 * five"): group 1. A count with a period after it is a rate.
 */
const ROLE_THEN_COUNT = new RegExp(`s\\b[^.?!;${PLACEHOLDERS}]{0,30}?\\b(?:they are|they're|there's|there are|there is|na)\\s+` +
  `${HEDGE}(${NUM})(?!\\s+(?:[a-z]+\\s+)?(?:a|an|per|each|every)\\s)`, 'y');
/** The count said after the plural of `word` ("the estimators ... they are five"), before offset `end`; `headcount`. */
function roleCountAfter(u: Utterance, word: string, end: number): number | undefined {
  const m = u.masked;
  for (let i = m.indexOf(`the ${word}s`); i >= 0 && i < end; i = m.indexOf(`the ${word}s`, i + 1)) {
    if (i > 0 && isWordChar(m.charCodeAt(i - 1))) continue;
    ROLE_THEN_COUNT.lastIndex = i + 4 + word.length;
    const x = ROLE_THEN_COUNT.exec(m);
    const q = x && x.index + x[0].length <= end ? quantityAt(u, x[1]) : undefined;
    if (q?.kind === 'cardinal' && q.value >= 2) return q.value;
  }
  return undefined;
}
/** "me and the two girls " ending the text before "each" (group 1 the count; `headcount`). */
const ME_AND_COUNT = new RegExp(`\\b(?:me|myself|i) and (?:the |my )?(${NUM})\\s+(?:[a-z'-]+ )?[a-z'-]+s $`);
/**
 * The count of those who each state a rate, said after it: "and there's twelve of them", "and there's nine reps, well ten"
 * (group 1, or group 2 the count it is corrected to).
 */
const GROUP_AFTER = new RegExp(`\\b(?:there's|there are|there is)\\s+(?:(?:like|about|around|maybe|roughly|just|only)[\\s,]+)*(${NUM})\\s+` +
  `(?:of (?:them|'em)|(?:[a-z'-]+\\s+)?(?:${ROLE_NOUNS}))\\b(?:,?\\s+(?:no|sorry|i mean|actually|well),?\\s+(${NUM}))?`);
/**
 * A group's bare count ("that's like, twelve, well eleven", "there's nine of them", "they are fifteen,", "that's about fifteen no
 * sixteen people"), or the part of a count that would use it ("fifty agents but maybe fifteen are busy enough"): group 1, or
 * group 2 the count it is corrected to (for `headcount`).
 */
const GROUP_COUNT = new RegExp(`\\b(?:that's|that is|there's|there are|we're|we are|they're|they are|it's|but)\\s+(?:(?:like|about|around|maybe|roughly|just|only)[\\s,]+)*` +
  `(${NUM})(?:[\\s,]+(?:no|sorry|i mean|actually|well)[\\s,]+(${NUM}))?` +
  `(?=\\s*(?:[,.;]|$|of (?:them|us|'?em)\\b|people\\b)|(?<=\\bbut\\s+(?:[a-z]+\\s+)*${NUM})\\s+(?:of (?:them|those)\\s+)?(?:are|would|will|actually|really)\\b)`, 'g');

/** An utterance this short that is only "N a month" is an answer to the volume question. */
const SHORT_ANSWER_WORDS = 8;
const g = (s: string) => new RegExp(s, 'g');
/** (A non-count placeholder, e.g. the restated figure of "300 leases, no wait, more like 360 a quarter", may sit in between.) */
/**
 * Group 7 instead of a period: documents per thing ("forty releases a shoot"), read with the things' count per period
 * said anywhere ("six shoots a month" = 240; `thingRate`). One pattern with the plain reading, so each number is read once.
 */
const V_DOC_PERIOD = g(`(${NUM})\\s+${MODV}${DOC}\\b(?:([^.?!;${QUANTITIES}]{0,50}?)\\b${PERIOD_AFTER}|\\s+(?:a|per|each|every|for each|` +
  `for every|on each|on every|with each|with every)\\s+(?!(?:day|week|fortnight|month|quarter|year|workday|weekday|season|term|intake|` +
  `semester|time|person|head|user|seat)\\b)([a-z]{3,})\\b)`);
/** A count of documents in the caller's own words, glossed in English before the period (`, the rental agreements, a month`). */
const V_GLOSSED_DOC = new RegExp(`(${NUM})\\s+(?:[^\\s,.?!;${PLACEHOLDERS}]+\\s+){0,2}[^\\s,.?!;${PLACEHOLDERS}]+,\\s+the\\s+((?:[a-z-]+\\s+){0,2}[a-z-]+),?\\s+` +
  '(?:a|an|per|each|every)\\s+(day|week|fortnight|month|quarter|year)\\b', 'y');
/** The gloss of `V_GLOSSED_DOC` ends in a document word ("the rental agreements"). */
function glossIsDoc(gloss: string): boolean {
  for (let i = 0; ;) {
    const d = DOC_START.exec(gloss.slice(i));
    if (d && d[0].length === gloss.length - i) return true;
    const sp = gloss.indexOf(' ', i);
    if (sp < 0) return false;
    i = sp + 1;
  }
}
/** The thing each count of documents is for, said just before it: "per vendor roughly two POs per month" (group 1). */
const PER_THING_LEAD = new RegExp(String.raw`\b(?:per|for each|for every|with each|with every|on each|on every)\s+([a-z]{3,})\b,?\s+` +
  String.raw`(?:(?:about|around|roughly|maybe|like|probably|approx|approximately|usually|typically)\s+)?$`);
/** No period word between a period and its count: "a year, and per intake around 200 forms" is a count per intake. */
const NOT_PER_TERM = '(?!(?:per|each|every|a)\\s+(?:term|intake|semester|trimester|cohort|season)\\b)';
const V_PERIOD_DOC = g(`${PERIOD_BEFORE},?\\s+(?:${NOT_PER_TERM}[a-z',-]+\\s+){0,5}?(?:${NUM}\\s*,?\\s+(?:no|sorry|i mean|actually|or rather),?\\s+)?(${NUM})\\s+${MODV}${DOC}\\b`);
/** `V_PERIOD_DOC` a clause on: "every fortnight we run payroll and we send around three hundred payslips" (run after " and we"). */
const V_PERIOD_AND_DOC = g(`${PERIOD_BEFORE},?\\s+(?:[a-z',-]+\\s+){0,4}?and\\s+(?:we|they|i)\\s+(?:[a-z',-]+\\s+){0,2}?(${NUM})\\s+${MODV}${DOC}\\b`);
/**
 * The period said first, then who does how many: "per annum we are doing approximately twenty four hundred", "per term
 * we'd send maybe five hundred", "per day we are getting around one fifty admissions", "monthly it is coming around ...",
 * "every term there's, ah, about four hundred", "in the high season, december to april, we do maybe three thousand guests",
 * "monthly we are disbursing around 120 loans", pidgin "monthly we dey get around eighty new clients", Singlish "one month we
 * handle about eighty cases" ("one" leading a clause, see `ONE_LEADS`), "every august we hire maybe forty" (once a year), what
 * is signed with whom before a trailing count ("every month we sign the lease with new tenants, maybe thirty": `SIGNED_WITH`), or
 * with no verb ("proposal forms every month around four hundred", "monthly roughly forty orders are coming") (group 1
 * the unit or 2 the period adverb, 3 the count). What the count counts is
 * judged after it (`periodFirstReadings`).
 */
/** A span of months said loosely ("october to may"). */
const SPAN_WORDS = `${MONTH_STEM}[a-z]*\\s+(?:to|through|thru|till|until)\\s+[a-z]+`;
const V_PERIOD_WE = new RegExp(`(?:(?:per|each|every|for(?=\\s+month\\b)|${NUM}|this(?=\\s+quarter\\b)|in an?|in(?: that| the| this)?(?=\\s+(?:busy\\s+|peak\\s+|high\\s+)?season\\b))\\s+${ADJ}` +
  `(?:(?:busy|peak|high)\\s+)?(day|week|fortnight|month|quarter|year|annum|workday|weekday|term|intake|semester|trimester|season|` +
  `(?<=\\bevery\\s+)(?:${MONTH_NAMES.join('|')}))|((?:dai|week|fortnight|month|quarter|year|annual)ly))` +
  `(?:,\\s+(?:that(?:'s|\\s+is),?\\s+)?(?:(?:uh|um),\\s+)?${SPAN_WORDS}(?:,?\\s+(?:no|sorry)(?:,?\\s+wait)?,?\\s+${SPAN_WORDS})?)?,?\\s+` +
  `(?:(?:(?:we|they|i|mi)(?:'re|'m|'d|'ll|\\s+are|\\s+am|\\s+were|\\s+will|` +
  `\\s+would|\\s+usually|\\s+normally|\\s+dey)?\\s+(?:doing|getting|sending|` +
  `handling|processing|receiving|signing|issuing|raising|writing|do|does|get|send|handle|process|receive|sign|issue|raise|write|see|` +
  `seeing|closing|close|selling|sell|sold|placing|place|deploying|deploy|booking|book|disbursing|disburse|hiring|hire|onboarding|onboard|` +
  `loading|load|shipping|ship|moving|move|taking|take|opening|open|running|run)(?:\\s+(?:out|on)|\\s+(?:the|a|an|our)\\s+[a-z-]+\\s+with\\s+(?:[a-z-]+\\s+){0,3}?[a-z-]+,)?|` +
  `it(?:'s|\\s+is)\\s+(?:coming|about|around|roughly)|there(?:'s|\\s+is|\\s+are)(?:,\\s+(?:ah|um|uh|er|erm),)?)` +
  `\\s+)?(?:(?:about|around|roughly|approximately|maybe|like|probably|some|nearly|almost|over|close to)\\s+)?(${NUM})`, 'y');
/** A period adverb that may lead a count ("monthly it is coming around ..."). */
const PERIOD_ADVERB = /\b(?:dai|week|fortnight|month|quarter|year|annual)ly\b/;
const PERIOD_ADVERB_G = new RegExp(PERIOD_ADVERB.source, 'g');
/** Where a `V_PERIOD_WE` match starts (at a word start; pidgin "for month" is a month). */
const PERIOD_WE_WORDS = ['per ', 'each ', 'every ', 'in a', 'this quarter', 'for month'];
/** The object said before a `V_PERIOD_WE` count ("... we sign the lease with new tenants, maybe thirty"). */
const SIGNED_WITH = / with (?:[a-z-]+ +){0,3}?[a-z-]+,/;
/** "sign"/"signing" in a `V_PERIOD_WE` match: what is signed with whom (`SIGNED_WITH`) needs it. */
const SIGN_VERB = /\bsign(?:ing)? /;
/** A month's name (`V_PERIOD_WE`'s "every august": a year). */
const MONTH_NAME: ReadonlySet<string | undefined> = new Set(MONTH_NAMES);
/** The word after "every" ("every consultant places ..."), and after "each" or "every" (the unit each states a rate for). */
const EVERY_WORD = /^every ([a-z]+)/;
const EACH_UNIT_WORD = /^(?:each|every)\s+([a-z]+)/;
/** The thing "each"/"every" names at the start of what it signs ("every harvester signs ..."; group 1 its stem). */
const EACH_SIGNER = /^(?:each|every)\s+([a-z]{3,}?)s?\s/;
/** A match that starts with "each"/"every" and no preposition ("every shoot day we have forty extras"). */
const EACH_LEAD = /^(?:each|every) /;
/** "one month", "one week": a period "one" may lead (`ONE_LEADS`). */
const ONE_PERIOD = /\bone (?:day|week|fortnight|month|quarter|year)\b/;
/** What may come before a "one" that leads `V_PERIOD_WE` ("... lah. one month we do about thirty five events"): a clause start. */
const ONE_LEADS = /(?:^|[.,;!?])\s*$/;
/** Where a `V_PERIOD_WE` match starts with a season ("in that season"), searched only when "season" is said. */
const SEASON_WE_WORDS = ['in that ', 'in the ', 'in this ', 'in season', 'in peak ', 'in high ', 'in busy '];
/**
 * What may follow a bare count that ends its clause ("... twenty four hundred, currently ...", "... across all the branches"), also
 * a new clause unpunctuated speech runs on into ("... around four hundred the agents that will use it ...", "... roughly two
 * hundred we are sending ...").
 */
const BARE_END = new RegExp(String.raw`^\s*(?:[,.;!?]|$|and\b|or so\b|give or take\b|or thereabouts\b|across (?:all |the |our )|in total\b|` +
  String.raw`altogether\b|of (?:them|those|'em)\b|the\s+[a-z]+\s+(?:that|who|are|is)\b|(?:we|they|i)(?:'re|'m|\s+are|\s+am|\s+were)\s+[a-z]+ing\b)`);
/** Verbs of taking people on or placing them (`periodFirstReadings`: people per period with their hiring papers named). */
const PEOPLE_HIRED = /\b(?:hir|onboard|plac|deploy|tak)(?:e|es|ing)?\s/;
/** People counted right after such a verb's count. */
/** A sale said in a period-first reading ("we sold", "we're selling"), and what is sold one set of documents each. */
const SOLD_VERB = /\b(?:sell|sells|selling|sold)\s/;
const UNITS_WORDS = /^(?:units|homes|houses|flats|apartments|condos|plots|properties|cars|vehicles)$/;
const PEOPLE_WORDS = /^(?:workers|staff|people|employees|candidates|hires|recruits|temps|starters|agents)$/;
/** "and each one", "every one of them" right after the things counted, maybe after a place or time ("... for the summer, and each one"). */
const EACH_ONE_NEXT = new RegExp(`^(?:\\s+(?:for|in|at|on|over|during|the)\\s+(?:the\\s+)?(?:[a-z]+\\s+)?[a-z]+)?,?\\s+(?:and\\s+)?(?:each|every)\\s+(?:${NUM}|one|of them)`);
/** Things counted that sign a document, right after a count (`periodFirstReadings`): "... 150 new students sign an enrollment agreement". */
const THINGS_SIGN_AFTER = new RegExp(`^\\s+(?:[a-z'-]+\\s+){0,2}?[a-z'-]+s\\s+(?:all\\s+|each\\s+)?${CARRIES}\\s+(?:a|an|one|their|its|the)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b`);
/** Documents right after a count (`periodFirstReadings`): "... 200 contracts", "... 200 rental agreements". */
const DOC_AFTER_COUNT = new RegExp(`^\\s+${MODV}${DOC}\\b`);
/**
 * The thing counted right after a count (`periodFirstReadings`): after one word, the next (group 2: "ninety new boarders"),
 * else the word after it (group 1), also when it is a plural ("six hundred volunteers and ...").
 */
const THING_AFTER = /^\s+([a-z'-]+)(?:\s+([a-z]{3,})\b)?/;
/** The count of terms or intakes in a year: "there's four terms", "only one intake per year" (group 1 the count, 2 the unit). */
const TERMS_IN_YEAR = g(`(${NUM})\\s+(?:[a-z-]+\\s+)?(term|intake|semester|trimester)s?\\b`);
/** A gap of `V_DOC_PERIOD` that ends a clause before its period: "... is going, and " (the period may lead the next clause). */
const GAP_ENDS_CLAUSE = /(?:,|\band)\s*$/;
/** A count after a period adverb that leads it: "(monthly) we are handling around 120", "(monthly) roughly 40". */
const PERIOD_LEADS_COUNT = new RegExp(`^,?\\s+(?:(?:we|they|i)(?:'re|'m|\\s+are|\\s+am)?\\s+[a-z]+\\s+)?(?:(?:about|around|roughly|approximately|maybe|like|probably|` +
  `some|nearly|almost|over)\\s+)*${NUM}`);
/** A match that ends on "each"/"every" and its period ("... and every month"). */
const EVERY_PERIOD_END = /\b(?:each|every) [a-z]+$/;
/** The gap of V_DOC_PERIOD naming a thing each document is for ("one manifest per route per day"): group 1 the thing. */
const PER_THING_GAP = /^\s+(?:per|for each|for every|on each|on every|with each|with every)\s+([a-z]{3,})\s+$/;
/** "a week to get one lease back", "takes a day for each contract": a duration, not a rate. */
const DURATION_BEFORE = /\b(?:takes?|took|taking|wait(?:ed|ing)?|spend|spent|within|after|for)\s+(?:(?:like|about|around|almost|over|up to|at least)\s+)?$/;
/** Documents lost or missed just before their count ("we lost two contracts last month"): an incident, not a rate. */
const LOST_BEFORE = /\b(?:lost|lose|loses|losing|misplaced|missed|mislaid)\s+(?:(?:like|about|around|maybe|only|just)\s+)?$/;
const DEFINITE_BEFORE = /\b(?:the|those|these)\s+$/;
const DURATION_AFTER = /^,?\s+(?:to|for|before|until|till)\b/;
/**
 * Things per period where each one needs a document: "we book like 150 weddings a year, each one
 * signs a contract", "120 placements a month and each one needs an employment contract"; the caller may send it for each
 * ("thirty loads a day, and every load we send the haulier a transport order").
 */
const V_EACH_DOC = g(
  `(${NUM})\\s+(?:[a-z'-]+\\s+){1,6}?${PERIOD_AFTER}[^.?!;]{0,45}?(?:\\b(?:each|every)(?: one(?: of them|` +
    ` of those)?| of them| of those| ${NUM}(?:\\s*of (?:them|those|'em))?|` +
    ` single one)?\\s+(?:[a-z']+\\s+){0,2}?(?:${CARRIES}|` +
    `means|(?<=\\b(?:we|they) )(?:send|issue))\\b[^.?!;${PLACEHOLDERS}]{0,30}?\\b(?:a|an|its own|their own|one|` +
    `the same)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b|` +
    // "250 loads a month and there's a bill of lading on every single one"
    `\\b(?:there's|there is|with)\\s+(?:a|an|one)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\s+(?:on|for|with)\\s+` +
    `(?:each|every)(?: single)?\\s+(?:one\\b|${NUM})|` +
    // "two thousand students start a year and each one signs the enrolment contract" ("each <thing> signs the": see the reading)
    `\\b(?:each|every) (?:one|${NUM}|(?:new\\s+)?[a-z]{3,}(?:'s)?)\\s+(?:[a-z']+\\s+){0,2}?${CARRIES}\\s+the\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b|` +
    // "six hundred licences a year, each one's an application"
    `\\b(?:each|every)(?: single)? one(?:'s| is)\\s+(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b|` +
    // "signs up fifteen dealers a quarter on a dealer agreement"
    `(?<=(?:day|week|fortnight|month|quarter|year|ly))\\s+(?:on|under)\\s+(?:(?:a|an|one|their own|its own)\\s+)?(?:[a-z-]+\\s+){0,2}?${DOC}\\b|` +
    // "forty casks a month, each with its own sale contract"
    `\\beach(?: one)?,? with\\s+(?:a|an|one|its own|their own)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b|` +
    // "eight catering gigs a month with a contract each"
    `\\bwith\\s+(?:a|an|one)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\s+(?:each|apiece)\\b|` +
    // "fifteen hundred consults a month that need a form"
    `\\b(?:(?:that|which|who)\\s+(?:all\\s+)?(?:need|needs|require|requires|get|gets|have|has|sign|signs)\\s+(?:a|an|one|` +
    `their own|its own)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b))`,
);
/** A count right before `stem`'s plural, maybe after one word, anywhere in `m` ("twenty five new guards a month"). */
function countedAnywhere(m: string, stem: string): boolean {
  for (let i = m.indexOf(` ${stem}s`); i >= 0; i = m.indexOf(` ${stem}s`, i + 1)) {
    if (!isWordChar(m.charCodeAt(i + stem.length + 2)) && COUNT_ENDS.test(m.slice(Math.max(0, i - 24), i))) return true;
  }
  return false;
}
/** A count, maybe one word after it, ending the text (`countedAnywhere`). */
const COUNT_ENDS = new RegExp(`${NUM}(?:\\s+[a-z'-]+)?$`);
/** "each new guard signs the ..." in a `V_EACH_DOC` match: group 1 the thing's stem ("one" for "each one"). */
const EACH_THING_SIGNS_THE = new RegExp(`\\b(?:each|every)\\s+(?:new\\s+)?([a-z]{3,}?)(?:'s|s)?\\s+(?:[a-z']+\\s+){0,2}?${CARRIES}\\s+the\\s`);
/**
 * What each counted thing or person signs, for the readings below: "every one of them needs the technology use
 * agreement". The readings take it whole, as an atomic group (`(?=(…))\N`: the first way it matches, never
 * backtracked into): when the rest of a reading failed, retrying every shorter or longer way to read "each …
 * signs … <document>" cost several µs per long turn and found nothing more on any labelled or corpus turn.
 */
const EACH_SIGNS = `\\b(?:each|every(?:body|one)?)(?: one(?: of them| of those)?| of them| of those| ${NUM}(?:\\s*of (?:them|those|'em))?|` +
  ` single one)?\\s+(?:[a-z'\\u00e0-\\u00fc]+,?\\s+){0,9}?${CARRIES_EACH}(?:\\s+|\\b[^.?!;${PLACEHOLDERS}]{0,30}?(?:\\b(?:a|an|its own|` +
  `their own|one|the same|the|their|its)|${NUM})\\s+)(?:(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b|signed\\s+(?:[a-z-]+\\s+)?[a-z-]+)`;
/** "each"/"every" and a count right after it ("every 3 of them"). */
const EACH_COUNT_LEAD = new RegExp(`^(?:each|every)\\s+${NUM}`);
/**
 * The `EACH_SIGNS` text `s` says one document each: a count before the document (as "sign one consent form") is 1; a count
 * right after "each"/"every" ("every one of them") is who, not how many.
 */
function signsOne(u: Utterance, s: string): boolean {
  const lead = EACH_COUNT_LEAD.exec(s);
  for (let i = lead ? lead[0].length : 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isQuantityCode(c) && quantityAt(u, s[i])?.value !== 1) return false;
  }
  return true;
}
/**
 * A population with a document each per period, the period after the document: "4,200 students and every one of
 * them needs the technology use agreement signed by a parent each year", "600 volunteers, every volunteer signs a
 * liability waiver once a year".
 */
const V_POP_EACH_DOC = g(`(${NUM})(?:\\s+[a-z]|\\s*,)[^.?!;${PLACEHOLDERS}]{0,50}?(?=(${EACH_SIGNS}))\\2[^.?!;${PLACEHOLDERS}]{0,40}?\\b(?:once\\s+)?${PERIOD_AFTER}`);
/**
 * The document each gets named first, the rate after: "every temp signs an assignment agreement before their first shift, we
 * place about 120 people a week"; the rate may open the next sentence with "we" or "each" ("... a waybill. each truck does
 * three trips a week", times the trucks: see `headcount`).
 */
const V_EACH_DOC_THEN_RATE = g(`(?=(${EACH_SIGNS}))\\1(?:[^.?!${NOT_A_NUMBER}]|\\.(?= (?:we|each) )){0,130}?(${NUM})\\s+(?:[a-z'-]+\\s+){1,4}?${PERIOD_AFTER}`);
/**
 * The things counted after their document and its period: "each vendor signs a vendor agreement once a year and we've got
 * a hundred and eighty vendors" = 180 a year (group 1 the thing, repeated after its count, group 6 the count).
 */
const V_EACH_THEN_COUNT = g(`\\b(?:each|every)\\s+(?:[a-z]+\\s+)??([a-z]{3,})(?:\\s+(?!(?:a|an|the|each|every)\\b)[a-z'-]+){0,3}?\\s+${CARRIES}\\s+` +
  `(?:a|an|one|its own|their own|the)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b` +
  `[^.?!;${PLACEHOLDERS}]{0,20}?(?:once\\s+)?${PERIOD_AFTER}[^.?!;${PLACEHOLDERS}]{0,50}?(${NUM})\\s+(?:[a-z'-]+\\s+)?\\1s\\b(?!\\s+(?:a|an|per|each|every)\\s)`);
/**
 * What every `V_EACH_THEN_COUNT` match has: a count followed (after white space and at most one word) by a word of
 * four or more letters ending in "s" (the thing, plural), whose singular is said earlier between white space.
 */
function thingRepeatedAfterCount(u: Utterance): boolean {
  const m = u.masked;
  for (let q = 0; q < m.length; q++) {
    const c = m.charCodeAt(q);
    if (!isQuantityCode(c)) continue;
    let j = skipSpaces(m, q + 1);
    if (j === q + 1) continue;
    for (let k = 0; k < 2 && j < m.length; k++) {
      const e = wordRunEnd(m, j);
      if (e - j >= 4 && m.charCodeAt(e - 1) === 115 && isLowerRun(m, j, e) && saidBetweenSpaces(m, m.slice(j, e - 1), q)) return true;
      // The one word `(?:[a-z'-]+\s+)?` may skip.
      let f = j;
      while (f < m.length && isModWordChar(m.charCodeAt(f))) f++;
      const next = skipSpaces(m, f);
      if (f === j || next === f) break;
      j = next;
    }
  }
  return false;
}
/** The end of the run of `\w` characters at `i`. */
function wordRunEnd(s: string, i: number): number {
  while (i < s.length && isWordChar(s.charCodeAt(i))) i++;
  return i;
}
/** `s[a..b)` is all lowercase ASCII letters. */
function isLowerRun(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
/** `[a-z'-]`. */
const isModWordChar = (c: number) => (c >= 97 && c <= 122) || c === 39 || c === 45;
/** `w` occurs before `end` in `s` with white space on both sides. */
function saidBetweenSpaces(s: string, w: string, end: number): boolean {
  for (let i = s.indexOf(w, 1); i >= 0 && i < end; i = s.indexOf(w, i + 1)) {
    if (isSpace(s.charCodeAt(i - 1)) && isSpace(s.charCodeAt(i + w.length))) return true;
  }
  return false;
}
/** One document sent to each of N recipients per period: "we send subcontract agreements to around 25 subs a month". */
const V_SEND_TO = g(`\\b(?:send|sends|sent|sending|email|emails|emailing|mail|mails|` +
  `mailing)\\s+(?:out\\s+)?(?:(?:[a-z'-]+\\s+){0,2}?${DOC}|(?:them|those)(?<=\\b${DOC}\\b[^.?!;]{0,80}))\\s+(?:out\\s+)?to\\s+` +
  `(?:(?:every|each)\\s+(?:new\\s+)?[a-z]+,\\s+)?(?:(?:about|around|roughly|maybe|` +
  `like|some|probably|approximately|over|nearly)\\s+)?(${NUM})\\s+(?:[a-z'-]+\\s+){1,2}?${PERIOD_AFTER}`);
/** A count per season and the season's length: "two hundred leases a season, and the season's three months". */
const V_SEASON = g(`(${NUM})\\s+${MODV}${DOC}\\s+(?:a|per|each|every|in a|in the)\\s+(?:busy\\s+|` +
  `peak\\s+)?season\\b[^.?!;${PLACEHOLDERS}]{0,40}?\\bseason(?:'s| is| lasts| runs)\\s+(?:(?:about|like|roughly|` +
  `around|only|just|maybe)\\s+)?(${NUM})\\s+months\\b`);
const MONTH = `(${MONTH_NAMES.join('|')})`;
const MONTH_SPAN = `(?:from\\s+|between\\s+)?${MONTH}\\s+(?:to|through|thru|till|until|and)\\s+(?:the end of\\s+)?${MONTH}\\b`;
/** A count over a span of months: "from February to April we send out something like 900 engagement letters", "600 registrations in July and August". */
const V_SPAN_FIRST = g(`\\b${MONTH_SPAN},?\\s+(?:[a-z',-]+\\s+){0,10}?(${NUM})\\s+${MODV}${DOC}\\b`);
/** The same with the documents named before as "of them": "over harvest, that's august to october, we'd write about 900 of them". */
const V_SPAN_FIRST_OF_THEM = g(`\\b${MONTH_SPAN},?\\s+(?:[a-z',-]+\\s+){0,10}?(${NUM})\\s+of (?:them|those|'em)\\b`);
const V_SPAN_AFTER = g(`(${NUM})\\s+${MODV}${DOC}\\s+(?:in|from|between|during|over)\\s+${MONTH_SPAN}`);
const V_SPAN_AFTER_Y = stickyIfNumLed(V_SPAN_AFTER)!;
/** A bare count over a span of months (read with a document named): "roughly 1,200 between February and April". */
const V_SPAN_BARE = new RegExp(`(${NUM})\\s+(?:in|from|between|during|over)\\s+${MONTH_SPAN}`, 'y');
/** A count over a number of months or weeks: "3,000 applications in two months", "about 90 NDAs over six weeks". */
const V_IN_N = g(`(${NUM})\\s+${MODV}${DOC}\\s+(?:in|over|across|within)\\s+(?:(?:about|around|roughly|just|only|the|a)\\s+)?(${NUM})\\s+(months|weeks)\\b`);
const V_IN_N_Y = stickyIfNumLed(V_IN_N)!;
const V_SEASON_Y = stickyIfNumLed(V_SEASON)!;
const V_POP_EACH_DOC_Y = stickyIfNumLed(V_POP_EACH_DOC)!;
const V_EACH_DOC_THEN_RATE_Y = new RegExp(V_EACH_DOC_THEN_RATE.source, 'y');
/** The period right after what each thing signs ("... signs a supply agreement with the co-op once a year"). */
const OWN_PERIOD = new RegExp(`[^.?!;${PLACEHOLDERS}]{0,40}?\\b(?:once\\s+)?${SIMPLE_PERIOD}`, 'y');
/**
 * Where the each-carries-a-document readings can start: every match of them has "each"/"every" at an
 * offset from this scan (V_EACH_DOC_THEN_RATE starts there; V_POP_EACH_DOC reaches it within
 * POP_EACH_REACH characters of its number). Trying those offsets only, instead of scanning the text
 * and every number, finds the same matches at a fraction of the cost on long turns.
 */
const EACH_WORD = /\b(?:each|every(?:body|one)?)\b/g;
/** Farther than the number, its spaces, one letter and 50 characters: V_POP_EACH_DOC cannot reach "each"/"every" there. */
const POP_EACH_REACH = 120;
/**
 * Whether a `V_POP_EACH_DOC` match at the count at `p` can reach "each"/"every" (offsets `eachAt`, ascending): after the
 * count's spaces a letter, then at most 50 characters with no sentence punctuation or placeholder up to the first one after it.
 */
function popReaches(m: string, p: number, eachAt: readonly number[]): boolean {
  // "they are freelancers, about sixty, each one signs ...": a comma right after the count.
  const q = skipSpaces(m, p + 1);
  const c = m.charCodeAt(q);
  if (c !== 44 && (q === p + 1 || c < 97 || c > 122)) return false;
  for (const e of eachAt) {
    if (e <= q) continue;
    if (e > q + 51) return false;
    for (let i = q + 1; i < e; i++) {
      const d = m.charCodeAt(i);
      if (d === 46 || d === 63 || d === 33 || d === 59 || isPlaceholderCode(d)) return false;
    }
    return true;
  }
  return false;
}
/** One document each person gets ("each driver gets a manifest"), said where a per-person rate was found. */
const EACH_GETS_ONE = new RegExp(`^each\\s+[a-z]+\\s+${CARRIES}\\s+(?:a|an|one|their own|its own)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b`);
/** Quick gate for the each-carries-a-document readings: "each/every ... signs/gets/needs/has". */
const EACH_VERB = new RegExp(`\\b(?:each|every(?:body|one)?)\\b[^.?!;]{0,50}?\\b${CARRIES_EACH}\\b`);
/** The thing counted per term said with "each"/"every" ("every new student signs"), the thing in between. */
const EACH_NEW_THING_CARRIES = new WordSlot('\\b(?:each|every)\\s+(?:new\\s+)?', `\\s+(?:[a-z']+\\s+){0,3}?${CARRIES_EACH}\\b`);
/** The same with its plural or possessive ("every kid's parent signs", "each subbie signs"). */
const EACH_STEM_CARRIES_EACH = new WordSlot('\\b(?:each|every)\\s+', `(?:e|es|s|'s)?\\s+(?:[a-z']+\\s+){0,3}?${CARRIES_EACH}\\b`);
/** The thing said with "each"/"every", then one document of its own ("every draw ... a signed lien waiver"). */
const EACH_THING_HAS_DOC = new WordSlot('\\b(?:each|every)\\s+', `\\b[^.?!;${PLACEHOLDERS}]{0,40}?\\b(?:a|an|one|its own|their own)\\s+(?:signed\\s+)?` +
  `(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b`);
/** A document signed, with no "each"/"every" before the verb ("the parents sign an enrolment form every term"). */
const SIGNS_DOC = new RegExp(`\\b${CARRIES}\\s+(?:a|an|one|the|their|its)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b`);
/** A person, not a thing that carries documents (for `docsPerThing`). */
const PERSON_WORD = new RegExp(`^(?:${ROLE_NOUNS}|people|person|users?|members?|employees?|staff)$`);
/** Nothing but hedges before a count that leads the utterance. */
const LEAD_HEDGES = /^[\s,.?!-]*(?:(?:so|oh|well|yeah|yes|hmm|about|around|maybe|probably|roughly|like|i'd say)[\s,.?!-]+)*$/;
/**
 * A count of things per thing said first ("on a typical shoot there's maybe sixty extras"; group 1 the thing, 2 the count,
 * 3 the word counted), read with the things per period said anywhere (`thingRate`: "five shoots a month" = 300); a thing
 * said as a day ("on a typical shoot day", "every shoot day") takes the days per period ("shooting five days a week").
 */
const V_PER_THING_FIRST = g(`\\b(?:(?:on|in|at|for|per|with)\\s+(?:a|an|each|every)|each|every)\\s+${ADJ}([a-z]{3,}(?:\\s+day)?)\\b,?\\s+(?:[a-z',-]+\\s+){0,3}?` +
  `(${NUM})\\s+(?:[a-z'-]+\\s+)?([a-z'-]+)`);
const PER_THING_FIRST_GATE = /\b(?:(?:on|in|at|for|per|with) (?:a|an)|each|every) /;
/** "each"/"every" right before a count of one: the pronoun "each one" ("each one signs a waiver"), not a count. */
const EACH_ONE_PRONOUN = /\b(?:each|every)\s+$/;
/** The count `placeholder` at offset `at` of `u.masked` is the pronoun "each one" (`EACH_ONE_PRONOUN`), not a count of one. */
function isEachOne(u: Utterance, placeholder: string, at: number): boolean {
  return quantityAt(u, placeholder)?.value === 1 && EACH_ONE_PRONOUN.test(u.masked.slice(Math.max(0, at - 8), at));
}
/** What each thing does just before its count ("every volunteer must sign <one> ..."): the count is per thing. */
const ONE_EACH_BEFORE = new RegExp(`\\b(?:each|every)\\s+(?!(?:day|week|fortnight|month|quarter|year|time)\\b)(?:[a-z']+,?\\s+){1,6}?(?:${CARRIES_EACH}|is)\\s+$`);
/** A document word at the start of a string. */
const DOC_START = new RegExp(`^${DOC}\\b`);
/** Documents per thing said after the things' documents: "so two per container", "two documents a wedding", "so two each" (group 1, 2 the thing). */
const V_DOCS_PER_THING = g(`(${NUM})\\s+(?:(?:documents?|docs|forms|papers|of (?:them|'em))\\s+)?(?:per|a|an|for each|for every|each|on each|` +
  `with each)\\s+([a-z]{3,})\\b|(${NUM})\\s+(?:(?:documents|docs|forms|papers)\\s+|(?<=\\bso\\s+(?:that's\\s+)?${NUM}\\s+))(?:each|apiece)\\b(?!\\s+[a-z])`);
/** The thing said with "each"/"every" before what it carries, in the sentence that ends the text (group 1 its stem). */
const EACH_THING_BEFORE = new RegExp(`\\b(?:each|every)\\s+(?:new\\s+)?([a-z]{3,}?)s?\\s+(?:[a-z']+\\s+){0,3}?${CARRIES}\\b[^.?!;]*$`);
const V_DOCS_PER_THING_Y = stickyIfNumLed(V_DOCS_PER_THING);
/** Quick gate for the month-span readings. */
const HAS_MONTH_SPAN = new RegExp(`\\b${MONTH_STEM}[a-z]* (?:to|through|thru|till|until|and) `);

/** Months from `a` to `b` inclusive ("february".."april" → 3, "november".."january" → 3). */
function monthsInSpan(a: string, b: string): number {
  return ((MONTH_NAMES.indexOf(b) - MONTH_NAMES.indexOf(a) + 12) % 12) + 1;
}
/**
 * A fragment answer that names the period first: "Weekly, like, 50.", "Monthly? Maybe 200.", "Per
 * week, about 40 or so." Only in a short answer with a single number and nothing counted after it
 * ("weekly, like 50 people" is not a volume).
 */
const V_PERIOD_FIRST = new RegExp(
  `^[\\s,.?!-]*(?:(?:so|oh|well|yeah|yes|hmm|i'd say|id say|i guess|probably|maybe|um|uh)[\\s,.?!-]+)*(?:how many\\s+(?:[a-z]+\\s+)?)?(?:(daily|` +
    `weekly|fortnightly|monthly|quarterly|yearly|annually|per annum)|(?:a|an|per|each|` +
    `every)\\s+${UNIT})\\b[\\s,.?!-]*(?:(?:like|about|around|roughly|maybe|probably|approximately|say|i'd say|` +
    `id say|i guess|so|um|uh|ah|eh|lah|oh|it's|it is|that's|that is|we do|we'd do)[\\s,.?!-]+)*(${NUM})(?=\\s*(?:[.,!?]|$|or so\\b|give or take\\b|ish\\b|odd(?=\\s*(?:[.,!?]|$))|tops\\b|` +
    `max\\b|or more\\b|${DOC}\\b|of (?:them|those|'em)\\b))`,
);
/**
 * A fragment answer that names the season first, with the season's length said after it (`seasonMonths`): "Over the
 * season? Twelve hundred maybe, and the season's about four months." (group 1 the count).
 */
const V_SEASON_FIRST = new RegExp(`^[\\s,.?!-]*(?:(?:so|oh|well|yeah|yes|hmm|um|uh)[\\s,.?!-]+)*(?:over|in|during|across|for)\\s+(?:a|an|the|one|each|every|per)\\s+` +
  `(?:(?:busy|peak|high|whole)\\s+)?season\\b[\\s,.?!-]*(?:(?:like|about|around|roughly|maybe|probably|approximately|say|i'd say|i guess|so|ah|oh)` +
  `[\\s,.?!-]+)*(${NUM})(?=\\s*(?:[.,!?]|$|maybe\\b|or so\\b|give or take\\b|odd\\b|${DOC}\\b))`);
/**
 * Things per period, then the documents each has: "about 360 units turn over every year, one lease each", "about 360 units,
 * and every unit turns over once a year, one lease each" (the comma may go: "360 units and every unit ..."; "360 rentals under
 * management and every one turns over ..."), "forty new
 * referrals a week, and it's two forms each" (group 1 the things' count, 2-5 the period, 6 the documents per thing).
 */
const V_RATE_DOCS_EACH = g(`(${NUM})\\s+(?:(?:[a-z'-]+\\s+){1,4}?|(?:[a-z'-]+\\s+){0,2}?[a-z'-]+(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(?:each|every)\\s+` +
  `(?:${NUM}\\s+)?(?:[a-z'-]+\\s+){1,5}?|` +
  `[a-z'-]+,?\\s+and\\s+(?:they|these|those|all of them)\\s+(?:[a-z'-]+\\s+){1,3}?)${PERIOD_AFTER},?\\s+` +
  `(?:and\\s+)?(?:with\\s+|(?:it's|it is|that's|there's|there are)\\s+)?(${NUM})\\s+(?:[a-z-]+\\s+)?${EACH_DOC}\\s+` +
  `(?:each|apiece)\\b`);
const V_RATE_DOCS_EACH_Y = stickyIfNumLed(V_RATE_DOCS_EACH);
/**
 * Things, the documents each has, then how often they come round: "a hundred and twenty rental units, one lease each (per
 * unit), and they renew once a year" (group 1 the things' count, 2 the documents per thing, 3-6 the period).
 */
const V_DOCS_EACH_THEN_RATE = g(`(${NUM})\\s+(?:[a-z'-]+\\s+){0,2}?[a-z'-]+s,?\\s+(?:(?:and|with)\\s+)?(${NUM})\\s+(?:[a-z-]+\\s+)?${EACH_DOC}\\s+` +
  `(?:each|apiece|per\\s+[a-z]{3,}),?\\s+(?:and\\s+)?(?:they|which|these|those|dem)\\s+(?:all\\s+)?(?:renew|turn over|roll over|come up|get renewed|are renewed)\\s+` +
  `(?:once\\s+)?${PERIOD_AFTER}`);
const V_DOCS_EACH_THEN_RATE_Y = stickyIfNumLed(V_DOCS_EACH_THEN_RATE);
/**
 * The readings of things with the documents each has, in the order tried: the regexp and its sticky copy, the group of the
 * documents per thing, the first of the period's four groups, and the priority (the things-then-period reading stands above
 * the "one <doc> ... once a year" inside it).
 */
const DOCS_EACH_READINGS = [
  { re: V_RATE_DOCS_EACH, sticky: V_RATE_DOCS_EACH_Y, docs: 6, period: 2, priority: 1.5 },
  { re: V_DOCS_EACH_THEN_RATE, sticky: V_DOCS_EACH_THEN_RATE_Y, docs: 2, period: 3, priority: 2.1 },
] as const;
/** "each " or "every " ending the text just before a count ("every one"): the count is which, not how many. */
const EACH_BEFORE_END = /\b(?:each|every)\s+$/;
/** A count at most 30 characters before " each", " apiece" or " per " (what every `DOCS_EACH_READINGS` match has). */
function countBeforeEach(m: string): boolean {
  for (const w of [' each', ' apiece', ' per ']) {
    for (let e = m.indexOf(w); e >= 0; e = m.indexOf(w, e + 1)) {
      for (let i = Math.max(0, e - 30); i < e; i++) {
        const c = m.charCodeAt(i);
        if (isQuantityCode(c)) return true;
      }
    }
  }
  return false;
}
/**
 * A bare count per thing with its document just before: "change orders, maybe fifteen per build", "a release, like ten a
 * shoot" (group 1 the count, 2 the thing), read with the things per period said anywhere ("two builds a month" = 30).
 */
const V_N_PER_THING = new RegExp(`(${NUM})\\s+(?:per|an?|for each|for every)\\s+([a-z]{3,})\\b`, 'y');
/** A document, maybe a hedge, ending the text before `V_N_PER_THING`. */
const DOC_HEDGED_BEFORE = new RegExp(`\\b${DOC},?\\s+(?:(?:about|around|roughly|maybe|like|probably|say)\\s+)?$`);
/** A document said earlier in the clause, then "we're doing" and a hedge, before `V_N_PER_THING` ("every change order, and we're doing like "). */
const DOC_THEN_WE_DO = new RegExp(`\\b${DOC}\\b[^.?!;${PLACEHOLDERS}]{0,40}?\\b(?:we|i)(?:'re|'m|\\s+are|\\s+am)?\\s+(?:doing|do|sending|send|getting|get)\\s+` +
  '(?:(?:about|around|roughly|maybe|like|probably|say)\\s+)?$');
/** One document per person per period, said with "a": "each does a handover form a day" (with the team count). */
const V_ONE_EACH = g(`\\b(?:a|an|one)\\s+${MODV}${EACH_DOC}\\s+${PERIOD_AFTER}`);
/** Sales per person per period, each a set of documents when a document is named: "each does about two installs a week". */
const V_SALES_EACH = g(`(${NUM})\\s+(?:[a-z-]+\\s+)?(?:sales|installs|installations|completions)\\s+${PERIOD_AFTER}`);
/** One thing per person or unit per period: "each one does a draw a month" (group 1 the thing). */
const V_ONE_THING_EACH = g(`\\b(?:a|an|one)\\s+([a-z]{3,})\\s+${PERIOD_AFTER}`);
/** Words of a spoken correction. */
const CORRECTION_WORDS_SRC = String.raw`(?:no|sorry|i mean|actually|wait|or rather)`;
/** A count or a span taken back before its replacement: "no", "sorry, wait", "i mean". */
const TAKEN_BACK = '(?:no|sorry|i mean|actually)(?:,?\\s+wait)?';
const V_BARE = g(`(${NUM})(?:[\\s,]+(?:(?:sorry|no|i mean|actually)[\\s,]+)(?:(?:more like|make that|closer to)[\\s,]+)?${NOT_A_NUMBER})?\\s+(?:(?:of (?:them|those|these|'em)|more|or so|total|` +
  `range|documents?|docs|each|apiece|(?:new\\s+)?ones)\\s+)?${PERIOD_AFTER}`);
/** The things of "one <document> per <thing>" counted again (group 2 the thing): "240 units", "two hundred and ten of them". */
const THINGS_AGAIN = `(?:(?:[a-z'-]+\\s+)?\\2s?\\b|of (?:them|those|these|'em)\\b)`;
/** One document per thing and a count of those things per period: "one tenancy agreement per unit ... about 240 units turning over each year". */
const V_ONE_PER = g(`(${NUM})\\s+${MODV}${DOC}\\s+(?:per|for each|for every|on each|on every|with each|with every)\\s+([a-z]{3,}?)s?\\b` +
  `[^.?!;${PLACEHOLDERS}]{0,60}?(${NUM})\\s+${THINGS_AGAIN}(?:\\s+[a-z'-]+){0,3}?\\s+${PERIOD_AFTER}`);
const V_ONE_PER_Y = stickyIfNumLed(V_ONE_PER)!;
/**
 * The same with the document said just before "one per" (`DOC_JUST_BEFORE`): "the tenancy agreements, one per unit, and about
 * 240 units turn over every year" (group 1 the one, 2 the thing, 3 the count, 4-7 the period).
 */
const V_ONE_PER_AFTER_DOC = g(`(${NUM})\\s+(?:per|for each|for every|on each|on every|with each|with every)\\s+([a-z]{3,}?)s?\\b` +
  `[^.?!;${PLACEHOLDERS}]{0,60}?(${NUM})\\s+${THINGS_AGAIN}(?:\\s+[a-z'-]+){0,3}?\\s+${PERIOD_AFTER}`);
const V_ONE_PER_AFTER_DOC_Y = stickyIfNumLed(V_ONE_PER_AFTER_DOC)!;
/** "so", "so that's" just before a count. */
const SO_JUST_BEFORE = /\bso,?\s+(?:that's\s+)?$/;
/** The word after "per"/"for each"/"for every" (group 1). */
const PER_WORD_NEXT = /^\s+(?:per|for each|for every)\s+([a-z]+)/;
/** "per <thing>" right after a document counted (`V_PERIOD_DOC`: "one agreement per flat"). */
const ONE_PER_NEXT = /^\s+(?:per|for each|for every)\s+[a-z]/;
/** The gap of "one lease per unit and they renew yearly": the thing (group 1), then its documents renewed. */
const ONE_PER_THING_RENEWS = /^\s+(?:per|for each|for every)\s+([a-z]{3,}),?\s+(?:and\s+)?(?:they|these|those|the [a-z]+s)\s+(?:all\s+)?(?:renew|turn over|roll over)\s+$/;
/** A document (maybe a comma) ending the text before a count. */
const DOC_JUST_BEFORE = new RegExp(`\\b${DOC},?\\s*$`);
/** A count per term or intake and the terms in a year: "450 enrolment forms each term and we've three terms in the year". */
const V_TERM = g(`(${NUM})\\s+${MODV}${DOC}\\s+(?:a|per|each|every|in a|in each|in every)\\s+(term|intake|semester|trimester|cohort)\\b` +
  `[^.?!;${PLACEHOLDERS}]{0,40}?(${NUM})\\s+(?:[a-z-]+\\s+)?\\2s\\b`);
const V_TERM_Y = stickyIfNumLed(V_TERM)!;
/** A count per term with the terms in a year said before it ("there are three terms, so like six hundred slips a term"; group 2 the unit). */
const V_TERM_ANY = new RegExp(`(${NUM})\\s+${MODV}${DOC}\\s+(?:a|per|each|every|in a|in each|in every)\\s+(term|intake|semester|trimester)\\b`, 'y');
/** Each of N things signs one document per period: "each of our 30 vendors signs a new supplier agreement once a year" = 30 a year. */
const V_EACH_OF = g(`\\beach of (?:our|the|my|those|these|them)\\s+(${NUM})\\s+(?:[a-z'-]+\\s+){1,2}?(?:signs?|gets?|needs?|requires?|has|` +
  `have)\\s+(?:a|an|one|their|its)\\s+(?:[a-z-]+\\s+){0,2}?${DOC}\\b[^.?!;${PLACEHOLDERS}]{0,20}?(?:once\\s+)?${PERIOD_AFTER}`);
/**
 * A count per term said before the documents: "per term we send about 350 permission slips and there's three terms" (group 3
 * the terms in a year; without it, the terms said elsewhere: "two intakes per year ..., and per intake around 600 enrolment forms").
 */
/** A unit said with "each" before a rate it states ("each school sends"; group 1 the unit). */
const EACH_UNIT_SENDS = /\beach ([a-z]{3,}) (?:[a-z]+s|does) /;
const V_TERM_FIRST = g(`\\b(?:per|each|every|a)\\s+(term|intake|semester|trimester|cohort),?\\s+(?:[a-z',-]+\\s+){0,5}?(${NUM})\\s+${MODV}${DOC}\\b` +
  `(?:[^.?!;${QUANTITIES}]{0,40}?(${NUM})\\s+(?:[a-z-]+\\s+)?\\1s\\b)?`);
/** A spoken correction just before a bare count ("sixty a year, sorry, a quarter, sixty a quarter"): the corrected figure wins. */
const CORRECTED_BEFORE = new RegExp(`\\b(?:sorry|i mean|no|actually|make that|rather|wait|hang on)\\b[^.?!;${QUANTITIES}]{0,30}$`);
/**
 * Things per term or season that each carry a document (said elsewhere: "every student pilot fills in an enrolment form"),
 * spread over the year or the season: "thirty students a term, three terms a year" = 7.5; "240 charters last season and the
 * season's about six months" = 40; "six hundred riders over the summer, and the summer season's four months" = 150 ("over the
 * spring racing season" names a season too); the
 * signers' document may sit between ("twenty five players sign player contracts each season, two seasons a year").
 * Group 1 the count, 2 the unit (summer and winter are seasons), 3 the terms in a year, 4 the season's months, or 5 and 6 the
 * months it runs from and to ("eighteen hundred temps over the season, which runs october to march" = 300). With no
 * signing said, the things counted (or the people each has: "thirty studies a semester, each with about forty participants")
 * are those a document is named for ("the staff contracts for the seasonal staff"; `docNamesThing`). A bare count with a
 * document named counts the documents ("the waivers ... three thousand a summer, and summer's two months" = 1,500).
 */
/** A count of terms taken back right after `V_TERM_THINGS`' own: ", no wait, we only run three terms" (group 1). */
const TERMS_CORRECTED = new RegExp(`(?:\\s+a\\s+year)?,?\\s+${TAKEN_BACK},?\\s+(?:[a-z']+\\s+){0,3}?(${NUM})\\s+(?:terms|semesters|trimesters|intakes)\\b`, 'y');
/** The units `V_TERM_THINGS` counts per, and what says "per" before them ("a term", "over the summer"). */
const TERM_UNITS = ['term', 'intake', 'semester', 'trimester', 'season', 'summer', 'winter', 'autumn'];
const TERM_UNIT_LEAD = '(?:a|per|each|every|in a|in each|in the|last|this|over the|during the)';
const V_TERM_THINGS = g(`(${NUM})\\s+(?:(?:[a-z'-]+\\s+){0,2}?|[^.?!;${PLACEHOLDERS}]{0,40}?\\b${CARRIES}\\s+${MODV}${DOC}\\s+)` +
  `${TERM_UNIT_LEAD}\\s+(?:(?:[a-z]+\\s+){1,2}(?=season\\b))?(${TERM_UNITS.join('|')})\\b` +
  `(?:,?\\s*${NUM}\\s+last\\s+\\2\\b)?` +
  `(?:,?\\s*each(?: one)?\\s+(?:with|has|having)\\s+(?:[a-z]+\\s+)?${NUM})?[^.?!;${QUANTITIES}]{0,80}?(?:\\beach ${NUM}[^.?!;${QUANTITIES}]{0,60}?)?(?:(${NUM})\\s+(?:[a-z-]+\\s+)?\\2s\\b|` +
  `\\b(?:season|summer|winter|autumn|camp|programme|program|course|which|that)(?:'s| is| lasts| runs)\\s+(?:(?:about|like|roughly|around|only|just|maybe|basically|` +
  `usually|typically)\\s+)?(?:(${NUM})\\s+months\\b|${MONTH_SPAN}))`);
const V_TERM_THINGS_Y = stickyIfNumLed(V_TERM_THINGS);
/**
 * Things counted, then the months they come in, with each thing's document said in the turn: "about a hundred and twenty haul
 * outs in the fall, and that's over three months", "about two hundred and forty boats, and the season's two months" (group 1
 * the count, 2 the months). A count per day, week, month or year is a rate, read elsewhere.
 */
const V_THINGS_OVER_MONTHS = g(`(${NUM})\\s+(?:[a-z'-]+\\s+){0,2}?[a-z][a-z'-]*s\\b(?!\\s+(?:a|an|per|each|every)\\s+(?:day|week|fortnight|month|quarter|year)\\b)` +
  `[^.?!;${PLACEHOLDERS}]{0,60}?\\b(?:(?:season|campaign|it)(?:'s| is| lasts| runs)\\s+(?:over\\s+)?|(?:that's|that is|all|and)\\s+(?:over|across)\\s+|over\\s+)` +
  `${HEDGE}(${NUM})\\s+months\\b`);
const V_THINGS_OVER_MONTHS_Y = stickyIfNumLed(V_THINGS_OVER_MONTHS);
/**
 * What follows a unit noun counted after it ("the trucks, there's ninety", "the officers are nine, no, ten", "the handlers,
 * eighteen of them", "the adjusters that'd be on it, there's fourteen of 'em well fifteen"; group 1 the count, 2 its
 * correction): never a rate.
 */
const UNIT_COUNT_SAID = new RegExp(`(?:s|es),?\\s+(?:(?:that|who)(?:'d| would)\\s+(?:[a-z']+\\s+){1,3}?)?` +
  `(?:(?:there's|there are|there is|we've got|we have|we got|another|(?:they |we )?are|they're|we're)\\s+|(?:all\\s+)?(?=${HEDGE}${NUM}\\s+of (?:them|'em)\\b))${HEDGE}(${NUM})` +
  `(?:\\s+of (?:them|'em))?(?:,?\\s+(?:${TAKEN_BACK}|well),?\\s+(${NUM}))?(?![\\s,]+(?:a|an|per|each|every)\\s)`, 'y');
/**
 * The same with the months said first: "the camp runs about three months over summer and we'd get maybe four hundred and fifty
 * kids through" (group 1 the months, 2 the count, 3 the thing's stem, which must be said carrying its document).
 */
const V_MONTHS_THEN_THINGS = g(`\\b(?:season|summer|winter|camp|programme|program|course|it)(?:'s| is| lasts| runs|,? that's|,? dat's)\\s+(?:over\\s+|for\\s+)?` +
  `(?:[a-z]+\\s+to\\s+(?:the\\s+)?(?:end of\\s+)?[a-z]+,?\\s+(?:so\\s+)?)?${HEDGE}(${NUM})\\s+months?\\b[^.?!;${PLACEHOLDERS}]{0,60}?(${NUM})\\s+(?:[a-z'-]+\\s+){0,2}?([a-z][a-z'-]*?)(?:e?s)\\b` +
  `(?!\\s+(?:a|an|per|each|every)\\s+(?:day|week|fortnight|month|quarter|year)\\b)`);
/** The terms of a year said as a count ("three terms", "two semesters"). */
const TERMS_PLURAL = ['terms', 'semesters', 'trimesters', 'intakes', 'seasons'];
/** People each counted thing has, said after its unit: ", each with about forty participants" (group 1 the count, 2 the noun). */
const EACH_WITH = new RegExp(`^[^.?!;${PLACEHOLDERS}]{0,10}?,?\\s*each(?: one)?\\s+(?:with|has|having)\\s+(?:(?:about|around|roughly|maybe|like|` +
  `approximately|some)\\s+)?(${NUM})\\s+(?:[a-z-]+\\s+)?([a-z]{3,})\\b`);
/** The noun a count per unit counts, the last word before the unit: "ninety seasonal staff each season" (group 1). */
const THING_BEFORE_UNIT = /\b([a-z]{3,})\s+(?:a|per|each|every|in a|in each|in the|last|this|over the|during the)\s+[a-z]+$/;
/** People joining said by the verb of the document each signs ("kids enrolling each term", enrolment forms), and that document. */
const JOINING_DOC: ReadonlyMap<string, RegExp> = new Map([
  ['enrolling', /\benrol+ments?\b/], ['enroling', /\benrol+ments?\b/], ['registering', /\bregistrations?\b/], ['applying', /\bapplications?\b/],
]);
/** Nothing counted between a count and its unit ("three thousand a summer"): a bare count (V_TERM_THINGS needs a document named). */
const BARE_UNIT = /^\s+(?:a|per|each|every|in a|in each|in the|last|this|over the|during the)\s+[a-z]+$/;
/** Where `carrierPer` may start: "each"/"every" and the thing said with it (group 1 its stem, as in `CARRIER_PER_TO`). */
const EACH_THING_LEAD = /\b(?:each|every)\s+([a-z]{3,}?)s?\s+/g;
/** `carrierPer`'s reading from its start to the thing it is per: "every kid needs a permission slip per " (sticky, to the end). */
const CARRIER_PER_TO = new RegExp(`\\b(?:each|every)\\s+([a-z]{3,}?)s?\\s+(?:[a-z']+\\s+){0,3}?${CARRIES}\\s+(?:a|an|one)\\s+(?:[a-z-]+\\s+){0,2}?` +
  `${EACH_DOC}\\s+(?:per|for each|for every)\\s+$`, 'y');

/**
 * The carriers' stem in the first match of `CARRIER_PER_TO<per>\b` in `m` ("every kid needs a permission slip per outing": kid),
 * as that one regexp's group 1. Its starts are tried left to right (`EACH_THING_LEAD`); a start matches when the reading runs
 * from it to some place where `per` is said whole (`CARRIER_PER_TO` on the text up to that place: it ends in white space
 * before the word, and nothing in it looks past that white space). Group 1 depends on the start only: the thing is the whole
 * letter run after "each " (white space follows it), less a final "s" when the run is longer than three letters (the
 * lazy group tries the shorter first, and the rest is the same either way), as `EACH_THING_LEAD` takes it.
 */
function carrierPer(m: string, per: string): string | undefined {
  if (!isPlainWord(per)) return builtRegExp(`${CARRIER_PER_TO.source.slice(0, -1)}${per}\\b`).exec(m)?.[1];
  const at: number[] = [];
  for (let p = m.indexOf(per); p >= 0; p = m.indexOf(per, p + 1)) {
    BOUNDARY.lastIndex = p + per.length;
    if (BOUNDARY.test(m)) at.push(p);
  }
  if (at.length === 0) return undefined;
  EACH_THING_LEAD.lastIndex = 0;
  for (let x = EACH_THING_LEAD.exec(m); x; x = EACH_THING_LEAD.exec(m)) {
    for (const p of at) {
      if (p <= x.index) continue;
      CARRIER_PER_TO.lastIndex = x.index;
      if (CARRIER_PER_TO.test(m.slice(0, p))) return x[1];
    }
    EACH_THING_LEAD.lastIndex = x.index + 1;
  }
  return undefined;
}

/**
 * How many carry a document per `thing` ("every kid needs a permission slip per outing" with "about four hundred kids" = 400):
 * the carriers said with "each"/"every" before "<document> per <thing>", counted anywhere (2 or more), else 1.
 */
function carriersPer(u: Utterance, thing: string | undefined): number {
  if (thing === undefined || !thing.endsWith('s')) return 1;
  const c = carrierPer(u.masked, thing.slice(0, -1));
  return (c !== undefined && !PERIOD_WORD.test(c) && !PERSON_WORD.test(c) ? unitCount(u, c)?.value : undefined) ?? 1;
}
/** The unit after a count in `V_TERM_THINGS` ("a term", "over the summer"), one regexp per unit word its group 2 can be. */
const UNIT_AFTER_COUNT: ReadonlyMap<string, RegExp> = new Map(TERM_UNITS.map((w) => [w, new RegExp(`\\s${TERM_UNIT_LEAD}\\s+${w}\\b`)]));

/** Things counted per term ("270 students a term"; group 2 the thing's stem, 3 the unit), read with the terms in a year said elsewhere. */
const V_THINGS_A_TERM = g(`(${NUM})\\s+(?:[a-z'-]+\\s+){0,2}?([a-z]{3,})s\\s+(?:a|per|each|every)\\s+(term|semester|trimester|intake)\\b`);
const V_THINGS_A_TERM_Y = stickyIfNumLed(V_THINGS_A_TERM);
/** The season said first, then documents signed with (or sent to) the things counted after (group 1 the count). */
const V_SEASON_SIGN_WITH = new RegExp(`\\b(?:each|every|per)\\s+(?:[a-z]+\\s+)?season,?\\s+(?:we|they|i)\\s+(?:sign|renew|send|issue)\\s+(?:out\\s+)?(?:[a-z-]+\\s+){0,2}?` +
  `${DOC}\\s+(?:with|to)\\s+(?:(?:[a-z'-]+\\s+){0,4}?[a-z'-]+s(?:\\s+(?:who|that)(?:\\s+[a-z'-]+){1,4})?,?\\s+(?:[a-z]+\\s+){0,2}?)?` +
  `${HEDGE}(${NUM})(?!\\s+(?:[a-z-]+\\s+)?(?:months|weeks|days|years)\\b)`);
/** "every season", "each crop season". */
const EVERY_SEASON = /\b(?:each|every|per) (?:[a-z]+ )?season\b/;
/** People taken on each season, counted after them: "every season we put on ringers, maybe twenty five, sorry, thirty" (group 1, 2 a correction). */
const V_SEASON_HIRES = new RegExp(`\\b(?:(?:each|every|per)\\s+season|(?:each|every|for the|in the)\\s+(?:summer|winter)),?\\s+(?:we|they|i)\\s+` +
  `(?:hire|take on|bring on|bring in|put on|recruit|employ)\\s+(?:[a-z'-]+,?\\s+|${NUM}\\s+(?=[a-z]\\b)){0,7}?` +
  `${HEDGE}(${NUM})(?!\\s+[a-z]\\b)(?:\\s*,?\\s+${TAKEN_BACK},?\\s+(${NUM}))?`);
/**
 * The same with no season said first, the people taken on called seasonal: "we take on seasonal staff for the christmas rush, maybe
 * thirty" (group 1 the count, 2 a correction).
 */
const V_SEASONAL_HIRES = new RegExp(`\\b(?:we|they|i)\\s+(?:hire|take on|bring on|bring in|put on|recruit|employ)\\s+(?=[^.?!;]{0,40}?\\bseasonal\\b)` +
  `(?:[a-z'-]+,?\\s+){0,7}?${HEDGE}(${NUM})(?!\\s+[a-z]\\b)(?:\\s*,?\\s+${TAKEN_BACK},?\\s+(${NUM}))?`);
/** Documents per person said after a count (group 1): "..., and they all sign the employment contract and the induction, so two each". */
const SO_N_EACH_AFTER = new RegExp(`^[^.?!;]{0,140}?\\bso\\s+(?:that's\\s+)?(${NUM})\\s+(?:(?:documents?|docs|forms|papers)\\s+)?` +
  `(?:each|apiece|per (?!(?:day|week|month|year|season)\\b)[a-z]+)\\b`);
/** A period or a priced unit, not a thing documents are per ("so two per week", "per user"). */
const PER_UNIT_WORD = /^(?:day|week|fortnight|month|quarter|year|season|term|time|user|seat)s?$/;
/**
 * Documents per thing, then the things per period right after: "so two per patient, and we do around, uh, sixty operations per
 * month" (group 1 the documents, 2 the thing, 3 the count).
 */
const V_SO_N_PER_THEN_RATE = new RegExp(`\\bso\\s+(?:that's\\s+)?(${NUM})\\s+(?:(?:documents?|docs|forms|papers)\\s+)?(?:per|for each|for every)\\s+` +
  `([a-z]{3,})\\s*,?\\s+and\\s+(?:we|they)\\s+(?:[a-z']+\\s+){0,2}?(?:(?:about|around|roughly|maybe|like|some)[\\s,]+)*(?:(?:uh|um|er|ah),?\\s+)?` +
  `(${NUM})\\s+(?:[a-z'-]+\\s+)?[a-z]+s\\s+${SIMPLE_PERIOD}`);
/** The season words of V_TERM_THINGS. */
const SEASONS: ReadonlySet<string> = new Set(['season', 'summer', 'winter', 'autumn']);
/** Signers and their documents with no article between ("sign player contracts"). */
const SIGN_DOCS = new RegExp(`\\b${CARRIES}\\s+${MODV}${DOC}\\b`);
/**
 * A population with a document each, renewed every few months or once a term or season and spread over it: "ninety cafes
 * and each cafe signs a supply agreement, renewed every six months" = 15; "two hundred kids, and every kid's parent signs a
 * permission slip each term, and we do three terms" = 50; "four hundred members, and every member signs a waiver ..., once a
 * season, and the season's about eight months" = 50. Group 1 the count, 3 the months between renewals, 4 the unit, 5 the
 * terms in a year, 6 the season's months.
 */
const V_POP_SPREAD = g(`(${NUM})\\s+[a-z][^.?!;${PLACEHOLDERS}]{0,50}?(?=(${EACH_SIGNS}))\\2[^.?!;${PLACEHOLDERS}]{0,40}?\\b(?:every\\s+(${NUM})\\s+months\\b|` +
  `(?:once\\s+)?(?:(?:at|by|before)\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the|each|every)|a|per|each|every)\\s+(term|intake|semester|trimester|season)\\b` +
  `[^.?!;${QUANTITIES}]{0,40}?(?:(${NUM})\\s+(?:[a-z-]+\\s+)?\\4s\\b|` +
  `\\bseason(?:'s| is| lasts| runs)\\b(?:\\s+${HEDGE}(${NUM})\\s+months\\b)?))`);
const V_POP_SPREAD_Y = stickyIfNumLed(V_POP_SPREAD);
/**
 * What each thing signs once a season, its count said elsewhere: "eleven hundred planteurs are members ... every planteur signs a
 * delivery contract with the coop for the campagne, and the campagne it runs october to march" (group 1 the thing's stem, 2 what it
 * signs: a document must be said there).
 */
const V_EACH_SIGNS_A_SEASON = new RegExp(`\\b(?:each|every)\\s+([a-z]{3,}?)s?\\s+(?:[a-z']+\\s+){0,3}?${CARRIES}\\s+([^.?!;${PLACEHOLDERS}]{1,70}?)` +
  `\\b(?:for|in|during|each|every|per|once a)\\s+(?:the\\s+)?(?:season|campaign|campagne|campanha)\\b`);
/**
 * Things per term said after the term, each with a document, and the terms in a year: "each term we take in around ninety new
 * boarders, every one of them has an enrolment contract, three terms a year" = 22.5. Group 1 the unit, 2 the count, 4 the terms.
 */
const V_TERM_FIRST_THINGS = g(`\\b(?:per|each|every|a)\\s+(term|intake|semester|trimester),?\\s+(?:[a-z',-]+\\s+){0,6}?(${NUM})\\s+` +
  `(?:[a-z'-]+\\s+){0,2}?[a-z'-]+[,\\s]+(?:and\\s+)?(?=(${EACH_SIGNS}))\\3[^.?!;${QUANTITIES}]{0,40}?(${NUM})\\s+(?:[a-z-]+\\s+)?\\1s\\b`);
/**
 * The term said first, then what is signed, then who signs it: "every term the parents sign the excursion consent form, like
 * three hundred and fifty pupils" (a second document or a clause may sit between: "... the tutoring agreement and a photo consent
 * and there's like three hundred families"), spread over the terms in a year said elsewhere (group 1 the unit, 2 the count).
 */
const V_TERM_SIGN_COUNT = g(`\\b(?:per|each|every|a)\\s+(term|intake|semester|trimester),?\\s+(?:[a-z',-]+\\s+){0,4}?${CARRIES}\\s+(?:a|an|one|the|their|its)\\s+` +
  `(?:[a-z-]+\\s+){0,3}?${EACH_DOC}\\b[^.?!;${PLACEHOLDERS}]{0,50}?(${NUM})(?:\\s+(?:[a-z'-]+\\s+)?` +
  `(?!(?:terms|intakes|semesters|trimesters|days|weeks|months|years)\\b)[a-z]+s\\b|(?=\\s*,\\s+and\\s+there(?:'s| is| are)\\s))`);
/**
 * What each thing signs every term, then the things counted: "every pupil needs a permission slip each term, we've got about
 * ninety pupils" (group 1 the thing, 2 the unit, 3 the count), spread over the terms in a year said elsewhere.
 */
const V_EACH_TERM_THEN_COUNT = g(`\\b(?:each|every)\\s+(?:[a-z]+\\s+)??([a-z]{3,})(?:\\s+(?!(?:a|an|the|each|every)\\b)[a-z'-]+){0,3}?\\s+${CARRIES}\\s+` +
  `(?:a|an|one|its own|their own|the)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b[^.?!;${PLACEHOLDERS}]{0,20}?\\b(?:per|each|every|a)\\s+` +
  `(term|intake|semester|trimester)\\b[^.?!;${PLACEHOLDERS}]{0,50}?(${NUM})\\s+(?:[a-z'-]+\\s+)?\\1s\\b(?!\\s+(?:a|an|per|each|every)\\s)`);
/**
 * The same with "every year" or another period (or a season, with its length said) first: "every year the parents sign the enrolment contract ..., it's about 2,000
 * families"; "every month each client approves the g s t return ..., around twenty five clients"; "... before we file, we have
 * about sixty clients" (group 1 the unit, 2 the count).
 */
const V_YEAR_SIGN_COUNT = g(`\\b(?:each|every|per)\\s+(year|month|week|quarter|season),?\\s+(?:[a-z',-]+\\s+){0,4}?${CARRIES}\\s+(?:a|an|one|the|their|its)\\s+(?:[a-z-]+\\s+){0,3}?` +
  `${EACH_DOC}\\b[^.?!;${PLACEHOLDERS}]{0,60}?(${NUM})\\s+(?:[a-z'-]+\\s+)?(?!(?:minutes|hours|days|weeks|months|years)\\b)[a-z]+s\\b`);
/**
 * The things named with their document, counted after it, the period last: "the presenters all sign a presenter agreement,
 * there's about sixty presenters and they re-sign once a year" = 5; one word may say what kind of thing it is ("all the
 * freelance editors sign a service agreement, about eight new editors a month") (group 1 the thing, 2 the count).
 */
const V_THEY_SIGN_COUNT = g(`\\b(?:the|our|all (?:the|our))\\s+(?:[a-z-]+\\s+)?([a-z]{3,}?)s\\s+(?:all\\s+)?(?:sign|get|need|have|renew|fill in|fill out|complete|` +
  `return)\\s+(?:a|an|one|their own|the)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b[^.?!;${PLACEHOLDERS}]{0,30}?(${NUM})\\s+(?:[a-z'-]+\\s+)?\\1s\\b` +
  `[^.?!;${PLACEHOLDERS}]{0,40}?(?:once\\s+)?${PERIOD_AFTER}`);
/** Gate for `V_YEAR_SIGN_COUNT`. */
const EVERY_PERIOD = /\b(?:each|every|per) (?:year|month|week|quarter|season)\b/;
/** Gate for V_THEY_SIGN_COUNT: a plural, then what they all sign. */
const THEY_SIGN = /s (?:all )?(?:sign|get|need|have|renew|fill in|fill out|complete|return) (?:a|an|one|their own|the) /;
/** One document sent to each of N recipients, the period said first: "we send the renewals once a year to all eleven hundred members". */
const V_SEND_ONCE_TO = g(`\\b(?:send|sends|sent|sending|email|emails|emailing|mail|mails|mailing)\\s+(?:out\\s+)?(?:[a-z'-]+\\s+){0,2}?${DOC}\\s+` +
  `(?:out\\s+)?(?:once\\s+)?${PERIOD_AFTER}\\s+(?:out\\s+)?to\\s+(?:all\\s+(?:of\\s+)?)?(?:(?:our|the|about|around|roughly|maybe|some|over|nearly)\\s+)?` +
  `(${NUM})\\s+[a-z][a-z'-]*`);
/** Things counted, then their documents renewed per period: "roughly 2,000 tenants and the leases renew once a year" (one each). */
const V_POP_RENEW = g(`(${NUM})\\s+(?:[a-z'-]+\\s+)?[a-z]+s\\b[^.?!;${PLACEHOLDERS}]{0,20}?\\b(?:the|their|our)\\s+(?:[a-z-]+\\s+)?${DOC}\\s+` +
  `(?:all\\s+)?(?:renew|are renewed|get renewed|come up for renewal|expire)\\s+(?:once\\s+)?${PERIOD_AFTER}`);
const V_POP_RENEW_Y = stickyIfNumLed(V_POP_RENEW);
/** A count of each of the documents just listed: "NDAs and vendor agreements, maybe 30 of each a month" = 60. */
const V_OF_EACH = g(`(${NUM})\\s+of each\\s+${PERIOD_AFTER}`);
/** "N of each" with no period after it (group 1 the count), for `OF_EACH_PERIOD_BEFORE`. */
const V_OF_EACH_BARE = g(`(${NUM})\\s+of each\\b(?!\\s+(?:a|an|per|every|each)\\s)`);
/** The period said before "N of each" in its sentence ("per term the parents sign ... and ..., we send six hundred of each"). */
const OF_EACH_PERIOD_BEFORE = /\b(?:per|each|every)\s+(day|week|fortnight|month|quarter|year|term|intake|semester|trimester)\b(?!.*\b(?:per|each|every)\s)/;
const DOC_G = g(`${WORD_START}${DOC}\\b`);
/** Things per term or season counted as the things themselves ("three terms a year" is no volume). */
const TERM_COUNTED = /^\s+(?:[a-z'-]+\s+)?(?:terms?|intakes?|semesters?|trimesters?|seasons?)\b/;
const TERM_WORD = /\b(?:terms?|intakes?|semesters?|trimesters?|cohorts?)\b/;
/** Gate for V_EACH_DOC's "... a month that need a form" (its other readings need "each"/"every"). */
/**
 * One document per thing said with "a", the things' count per period said elsewhere (`thingRate`): "sign off a turnaround
 * sheet per flight, about forty flights a day"; "collect a consent from every household they visit" (group 1 the thing).
 */
const V_A_DOC_PER = g(`\\b(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\s+(?:signed\\s+)?(?:per|(?:for|from|on|with) (?:each|every))\\s+` +
  `([a-z]{3,})\\b|\\b${CARRIES}\\s+(${NUM})\\s+(?:per|for each|for every)\\s+([a-z]{3,})\\b`);
/** The thing that carries a document, said with "each"/"every" just before it ("every kid needs "; group 1 its stem). */
const EACH_CARRIER_BEFORE = new RegExp(`\\b(?:each|every)\\s+([a-z][a-z']{2,}?)(?:(?<=[^s])s|'s)?\\s+(?:[a-z']+\\s+){0,3}?${CARRIES}\\s+$`);
/** What every `V_A_DOC_PER` match has: "per" between white space, or "for/from/on/with" and a space before "each"/"every". */
function perThingWord(m: string): boolean {
  for (let i = m.indexOf('per'); i >= 0; i = m.indexOf('per', i + 1)) if (i > 0 && isSpace(m.charCodeAt(i - 1)) && isSpace(m.charCodeAt(i + 3))) return true;
  for (const w of EACH_WORDS) {
    for (let e = m.indexOf(w); e >= 0; e = m.indexOf(w, e + 1)) {
      if (m.startsWith('for ', e - 4) || m.startsWith('from ', e - 5) || m.startsWith('on ', e - 3) || m.startsWith('with ', e - 5)) return true;
    }
  }
  return false;
}
const EACH_WORDS = ['each', 'every'];
/** A period word, not a thing a document is for ("a form per week"). */
const PERIOD_WORD = /^(?:day|week|fortnight|month|quarter|year|workday|weekday|season|term|time|person|head|user|seat)s?$/;
/** Gate for V_EACH_DOC's "... a quarter on a dealer agreement", "... a week on loan applications": what ends just before " on "/" under ". */
const ON_A_ENDS = ['day', 'week', 'fortnight', 'month', 'quarter', 'year', 'ly'];
/** `/(?:day|week|fortnight|month|quarter|year|ly) (?:on|under) /.test(l)`, looking only where " on " or " under " is said. */
function periodThenOn(l: string): boolean {
  for (const w of [' on ', ' under ']) {
    for (let i = l.indexOf(w); i >= 0; i = l.indexOf(w, i + 1)) if (ON_A_ENDS.some((e) => l.endsWith(e, i))) return true;
  }
  return false;
}
const THAT_NEEDS = /\b(?:that|which|who) (?:all )?(?:need|needs|require|requires|get|gets|have|has|sign|signs)\b/;
/** The starts of the `occasions` word list's words (`peopleTimesOccasions`). */
const OCCASION_STARTS = ['trip', 'outing', 'excursion', 'tour', 'camp', 'visit', 'fixture', 'match', 'away day'];
/**
 * Words some readings need at a word start, found once per utterance (term words; "each"/"every"; `PER_PERSON` has one of "per ",
 * "apiece", "months", "weeks"; the occasions).
 */
const GATE_WORDS = new WordSet(['term', 'intake', 'semester', 'trimester', 'cohort', 'each', 'every', 'per ', 'apiece', 'months', 'weeks', 'to ',
  ...OCCASION_STARTS]);
/** What " months" and " weeks" start. */
const MONTHS_WEEKS_MASK = GATE_WORDS.mask(['months', 'weeks']);
const MONTHS_MASK = GATE_WORDS.mask(['months']);
const TO_MASK = GATE_WORDS.mask(['to ']);
const TERM_MASK = GATE_WORDS.mask(['term', 'intake', 'semester', 'trimester', 'cohort']);
const EACH_MASK = GATE_WORDS.mask(['each', 'every']);
/** Some word of the `occasions` list (`peopleTimesOccasions`). */
const OCCASION_MASK = GATE_WORDS.mask(OCCASION_STARTS);
/** Every `PER_PERSON` reading has one of these. */
const PER_PERSON_MASK = GATE_WORDS.mask(['each', 'every', 'per ', 'apiece']);
/** Sticky copies of the number-led patterns (see `execMasked`). */
const V_DOC_PERIOD_Y = stickyIfNumLed(V_DOC_PERIOD)!;
const V_EACH_DOC_Y = stickyIfNumLed(V_EACH_DOC);
const V_BARE_Y = stickyIfNumLed(V_BARE);
const HAS_DOC = WordScanner.of(new RegExp(`${WORD_START}${DOC}\\b`));

/**
 * `HAS_DOC.test(u.masked)`, answered from `u.lower` (whose lead index the other lists already built) when
 * it has a document word with no quantity within a character of it or two after it: the masked text has the
 * same characters there, so the same match. Otherwise the masked text is scanned.
 */
function hasDoc(u: Utterance): boolean {
  const s = u.lower;
  HAS_DOC.lastIndex = 0;
  for (let x = HAS_DOC.exec(s); x; x = HAS_DOC.exec(s)) {
    const a = x.index - 1;
    const b = x.index + x[0].length + 2;
    if (!u.quantities.some((q) => q.start < b && q.end > a)) {
      HAS_DOC.lastIndex = 0;
      return true;
    }
  }
  return HAS_DOC.test(u.masked);
}

/** A count followed by a document word (`DOC_AFTER`): every reading below that says "<count> <document>" has one. */
const DOC_AFTER = new RegExp(`${NUM}\\s+${MODV}${DOC}\\b`, 'y');

/** Where a `DOC_AFTER` match can be: a document word's leading text begins one of the first four words after the count. */
const DOC_AFTER_GATE = new AfterModifiers(leadTexts(DOC)!, 3);

/** The placeholders of `u` that `DOC_AFTER` matches at, ascending. */
function docCounts(u: Utterance): number[] {
  const at: number[] = [];
  for (const p of placesWhere(u.masked, u.numStarts, afterSpaces(u.masked, u.numStarts), DOC_AFTER_GATE)) {
    DOC_AFTER.lastIndex = p;
    if (DOC_AFTER.test(u.masked)) at.push(p);
  }
  return at;
}

/** The period a matched unit names; "every <n> weeks" (a placeholder) is a fortnight only for n = 2. */
function unitOf(s: string | undefined, u?: Utterance): Period | null {
  if (!s) return null;
  if (s.startsWith('every ')) {
    if (s.startsWith('every other')) return 'fortnight';
    const q = u ? quantityAt(u, s.charAt(6)) : undefined;
    return q?.value === 2 ? 'fortnight' : null;
  }
  if (s === 'workday' || s === 'weekday') return 'day';
  if (s === 'per annum') return 'year';
  return periodOfWord(s);
}

/** Cheap pre-check: every volume pattern names a period ("a day", "weekly", "per annum", "every two weeks"). */
function mayHavePeriod(lower: string): boolean {
  return lower.includes('month') || lower.includes('week') || lower.includes('year') || lower.includes('day') || lower.includes('dail') || lower.includes(
    'quarter') || lower.includes('annu') || lower.includes(
    'fortnight') || (lower.includes('every ') && EVERY_MONTH_NAME.test(lower));
}
/** "every august": a month's name said as a yearly period (`V_PERIOD_WE`). */
const EVERY_MONTH_NAME = new RegExp(`\\bevery (?:${MONTH_NAMES.join('|')})\\b`);

/** What every reading of one utterance shares: the per-person multiplier and the placeholder of the team count it came from. */
interface VolumeScope {
  u: Utterance;
  out: VolumeCandidate[];
  multiplier: number;
  perPersonPh: string | undefined;
  /** A rate each unit states ("each shop does thirty cars a week"): its start, end and the units' count. */
  eachSpan?: readonly [number, number, number];
}

/** Record one volume reading unless it is money or the per-person team count; module-level so no closure is made per utterance. */
function addVolume(sc: VolumeScope, ph: string, period: Period | null, start: number, end: number, priority: number, confidence: number, months = 1): void {
  const { u } = sc;
  const m = u.masked;
  const q = quantityAt(u, ph);
  if (!q || q.kind !== 'cardinal' || period === null) return;
  const pos = q.start;
  const [cs, ce] = clauseOf(u, pos);
  if (MONEY_BEFORE.test(m.slice(cs, pos)) && priority < 2) return;
  if (MONEY_AFTER.test(m.slice(q.end, ce))) return;
  // "thirty bucks a user a month? for five users that's a hundred fifty a month": the price worked out, not documents.
  if (priority < 2 && PER_SEAT_PRICE.test(m.slice(Math.max(0, pos - 120), pos))) return;
  // "if a firm had 500 users and sent a few thousand envelopes a month, what would it cost": some company's volume.
  const lead = m.slice(Math.max(0, pos - 90), pos);
  const some = lead.search(SOME_COMPANY_IF);
  if (some >= 0 && !SENTENCE_END.test(lead.slice(some))) return;
  // "each of our ten reps": the team count itself is not a volume.
  if (sc.perPersonPh === ph) return;
  // "we serve three thousand families a month but they don't sign anything": things said to carry no document.
  if (m.includes(' anything', q.end) && SIGN_NOTHING_AFTER.test(m.slice(q.end, q.end + 90))) return;
  let p = priority;
  if (SECONDARY.test(u.lower.slice(cs, ce))) p -= 0.5;
  const mult = sc.multiplier === 1 && months === 1 ? perUnitHeld(u, q.start, q.end) : sc.multiplier;
  const value = perMonth((q.value * mult) / months, period);
  if (value <= 0 || value > 10_000_000) return;
  // A reading that ends on a count ("per annum we are doing approximately twenty four hundred") quotes the whole number.
  const last = m.charCodeAt(end - 1);
  if (isQuantityCode(last)) end = Math.max(end, quantityAt(u, m[end - 1])?.end ?? end);
  const exact = ((q.value * mult) / months) * PER_MONTH[period];
  sc.out.push({ value, start, end, priority: p, confidence: q.approx ? confidence - 0.1 : confidence, exact });
}

/** Said right after a count: the things counted sign nothing ("..., but they don't sign anything with us"). */
const SIGN_NOTHING_AFTER =
  /^[^.?!;]{0,40}?\b(?:but|and|though)\s+(?:they|those|these|them|the [a-z]+)\s+(?:don't|dont|do not|never|won't|wouldn't)\s+(?:sign|fill (?:in|out))\s+anything\b/;

/** A count said per unit and per period: "25 per outlet per month", "15 new families per centre a quarter" (group 1 the unit). */
const PER_UNIT_PER_PERIOD = /^\s+(?:[a-z-]+\s+){0,2}?per\s+([a-z]{3,})\s+(?:per|a|an|every|each)\s+(?:day|week|fortnight|month|quarter|year)\b/;

/**
 * The units held when the count at `start`..`end` is said per unit and per period ("14 outlets ... roughly 25 per outlet per
 * month" = 14), else 1; people are no units here (a rate per person has its own readings).
 */
function perUnitHeld(u: Utterance, start: number, end: number): number {
  const m = u.masked;
  const per = m.indexOf(' per ', end);
  if (per < 0 || per > end + 30) return 1;
  const x = PER_UNIT_PER_PERIOD.exec(m.slice(end, end + 70));
  if (!x || PERIOD_WORD.test(x[1]) || PERSON_WORD.test(x[1])) return 1;
  const stem = x[1].endsWith('s') && !x[1].endsWith('ss') ? x[1].slice(0, -1) : x[1];
  // "per pharmacy" with "nine pharmacies": the plural's stem.
  const held = unitCount(u, CONSONANT_Y.test(stem) ? `${stem.slice(0, -1)}ie` : stem);
  return held && held.match.index !== start ? held.value : 1;
}

/** A reading already covers offset `i`. */
function covered(out: readonly VolumeCandidate[], i: number): boolean {
  for (const c of out) if (c.start <= i && i < c.end) return true;
  return false;
}

/** The count whose placeholder ends at `from` counts `thing`s, maybe after one word ("three hundred lots", "ninety new boarders"). */
function countsThing(m: string, from: number, thing: string): boolean {
  let i = from;
  while (m.charCodeAt(i) === 32) i++;
  if (m.startsWith(thing, i)) return true;
  const sp = m.indexOf(' ', i);
  return sp >= 0 && m.startsWith(thing, sp + 1);
}

/**
 * How many documents are named in the sentence before `end` ("NDAs and vendor agreements" = 2; "the enrolment contract and
 * the trip consent" = 2), for "N of each".
 */
function docKindsBefore(u: Utterance, end: number): number {
  const [cs] = clauseOf(u, end);
  const before = u.masked.slice(cs, end);
  let n = 0;
  let last = -2;
  DOC_G.lastIndex = 0;
  // "the enrolment contract": a document word right before another is one document.
  for (let d = DOC_G.exec(before); d; d = DOC_G.exec(before)) {
    if (d.index !== last + 1) n++;
    last = d.index + d[0].length;
  }
  return n;
}

/** What `thingRate` reads after the thing's stem: its plural ending, a few words, then the period (groups 1-4 the period's). */
const THING_RATE_AFTER = new RegExp(`(?:s|es)?\\b(?:\\s+[a-z'-]+){0,3}?\\s+${PERIOD_AFTER}`, 'y');

/**
 * The count of `thing`s per period said anywhere in the utterance ("six shoots a month"), as [placeholder, period, start]:
 * the first count at which `(NUM)\s+(?:[a-z'-]+\s+)?<stem>THING_RATE_AFTER` matches (`numWordAt`, the one regexp's match).
 */
function thingRate(u: Utterance, thing: string): [string, Period, number, number] | null {
  const stem = thing.endsWith('s') && !thing.endsWith('ss') ? thing.slice(0, -1) : thing;
  const m = u.masked;
  if (!isPlainWord(stem)) {
    const re = builtRegExp(`(${NUM})\\s+(?:[a-z'-]+\\s+)?${stem}${THING_RATE_AFTER.source}`, 'y');
    const x = stickyAt(m, re, u.numStarts, 0);
    const period = x ? unitOf(x[2] ?? x[3] ?? x[4] ?? x[5], u) : null;
    return x && period ? [x[1], period, x.index, x.index + x[0].length] : null;
  }
  for (const n of u.numStarts) {
    const s = numWordAt(m, n, stem, THING_RATE_AFTER);
    if (!s) continue;
    const period = unitOf(s[1] ?? s[2] ?? s[3] ?? s[4], u);
    return period ? [m.charAt(n), period, n, s.index + s[0].length] : null;
  }
  // "every surgery ... four surgeries a day": the plural in -ies.
  return CONSONANT_Y.test(stem) ? thingRate(u, `${stem.slice(0, -1)}ies`) : null;
}

/**
 * How long the season is said to be: "the season's six months", "the season is from october to march", "the high season,
 * december to april", "the peak season, that's december to february", "the season, which runs october to march", "the season runs
 * easter to end of october, so about seven month" (1-12 months).
 */
const SEASON_LENGTH = new RegExp(`\\b(?:season|campaign|campagne|campanha|summer|winter)(?:'s| is| na| lasts| runs?| go(?:es)?|,? which (?:is|lasts|runs)|,(?: that(?:'s| is))?|` +
  `,? (?:that's|dat's|it runs?)),?\\s+(?:(?:about|around|roughly|only|just|maybe|like|uh|um),?\\s+)?(?:(${NUM})\\s+months?\\b|` +
  `${MONTH_SPAN}(?:,?\\s+${TAKEN_BACK},?\\s+${MONTH_SPAN})?|` +
  `[a-z]+\\s+to\\s+(?:the\\s+)?(?:end of\\s+)?[a-z]+,?\\s+so\\s+(?:(?:about|around|roughly)\\s+)?(${NUM})\\s+months?\\b)`);
/** The months of the season said anywhere in the turn (`SEASON_LENGTH`), else undefined. */
function seasonMonths(u: Utterance): number | undefined {
  const x = SEASON_LENGTH.exec(u.masked);
  if (!x) return undefined;
  const said = x[1] ?? x[6];
  const k = said !== undefined ? quantityAt(u, said) : undefined;
  // "october to april, no wait, october to may": a corrected span keeps the correction.
  const n = said !== undefined ? (k?.kind === 'cardinal' ? k.value : 0) : x[4] !== undefined ? monthsInSpan(x[4], x[5]) : monthsInSpan(x[2], x[3]);
  return n >= 1 && n <= 12 ? n : undefined;
}

/**
 * The count of `unit`s (terms, intakes) in a year said anywhere but at `except` (1-6), or the times a year terms or admissions
 * are said to come ("admissions are twice a year"), else undefined.
 */
function termsInYear(u: Utterance, unit: string, except: string): number | undefined {
  TERMS_IN_YEAR.lastIndex = 0;
  for (let x = TERMS_IN_YEAR.exec(u.masked); x; x = TERMS_IN_YEAR.exec(u.masked)) {
    if (x[1] === except || x[2] !== unit) continue;
    const k = quantityAt(u, x[1]);
    if (k?.kind === 'cardinal' && k.value >= 1 && k.value <= 6) return k.value;
  }
  // "admissions are twice a year, every intake around nine hundred admission forms".
  const t = u.lower.includes(' a year') || u.lower.includes(' per year') ? TIMES_A_YEAR.exec(u.masked) : null;
  const n = t ? (t[1] !== undefined ? TIMES[t[1]] : quantityAt(u, t[2])?.value) : undefined;
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 6 ? n : undefined;
}
/** Terms or admissions said to come so many times a year: "admissions are twice a year" (group 1 the word, 2 a count of times). */
const TIMES_A_YEAR = new RegExp(`\\b(?:terms?|intakes?|semesters?|trimesters?|admissions?|enrol(?:l)?ments?)\\s+(?:(?:are|is|happen|happens|run|runs|` +
  `open|opens|come|comes)\\s+)?(?:only\\s+)?(?:(once|twice|thrice)|(${NUM})\\s+times)\\s+(?:a|per|every|each)\\s+year\\b`);
const TIMES: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
/** "times" right after a count ("three times a year"): how often, not how many. */
const TIMES_NEXT = /^\s+times\b/;
/** How often a thing comes, said after "per <thing>" in its sentence: "... and they go, oh, twice a month" (group 1 or 2 the times). */
const TIMES_AFTER = new RegExp(`^[^.?!;${PLACEHOLDERS}]{0,40}?(?:\\b(once|twice|thrice)|(${NUM})\\s+times)\\s+${SIMPLE_PERIOD}`);

/** A relative clause of arrival after the thing, before who signs: "every vessel wey come in, the agent go sign", "every truck that comes in,". */
const THAT_COMES_IN = '(?:(?:wey|that|which)\\s+(?:come|comes|arrive|arrives|dey come)(?:\\s+(?:in|through))?,\\s+)?';
/**
 * "every admission is having", "for every buyer order we are sending": the thing said with each/every carries a document,
 * also after a comma and who signs ("every container we clear, the importer signs").
 */
const EACH_STEM_CARRIES = new WordSlot('\\b(?:each|every)\\s+(?:[a-z]+\\s+)?', `,?\\s+${THAT_COMES_IN}(?:[a-z']+,?\\s+){0,5}?` +
  `(?:${CARRIES}|(?<=\\b(?:we|they|i) (?:are )?)(?:send|sending|issue|issuing|take|taking|give|giving|place|placing|load|loading|ship|shipping)|` +
  `there(?:'s| is)|send(?:s|ing)?(?=\\s+(?:an?|the|${NUM})\\s+signed\\b))\\b`);
/** "consent form for the scan": a document said for the thing. */
/** The thing said as what each person comes for, before what they sign: "each patient going for surgery is signing one consent form", "each patient doing a test signs ...". */
const EACH_ONE_FOR_STEM = new WordSlot('\\b(?:each|every)\\s+[a-z]+\\s+(?:going|coming|booked|getting|having|doing|taking|undergoing)\\s+(?:in\\s+)?(?:for\\s+)?' +
  '(?:an?\\s+|the\\s+|their\\s+)?', `(?:e|es|s)?,?\\s+(?:[a-z']+\\s+)?${CARRIES}\\b`);
/** The documents per thing said before the things are counted: "... the mandate, so two per client, and monthly we onboard eighty clients". */
const SO_N_PER_STEM = new WordSlot(`\\bso,?\\s+(?:that's\\s+)?${NUM}\\s+(?:(?:documents?|docs|forms|papers)\\s+)?(?:per|for each|for every)\\s+`, '\\b');
const DOC_FOR_STEM = new WordSlot(`\\b${DOC}\\s+(?:[a-z]+\\s+){0,2}?(?:for|with)\\s+(?:the|each|every|a|an)\\s+`, '\\b');
/** Where `docForEachThing` may start: "for/with/on each/every " (the white space all of the run: a word follows). */
const FOR_EACH_LEAD = /\b(?:for|with|on)\s+(?:each|every)\s+/g;
/** One word and its white space, at a place. */
const WORD_AND_SPACE = /[a-z]+\s+/y;
/** What follows the thing in `docForEachThing`: one document, or a count of them (group 1). */
const ONE_DOC_AFTER = new RegExp(`\\b,?\\s+(?:a|an|one|(${NUM}))\\s+(?:[a-z-]+\\s+){0,2}?${DOC}\\b`, 'y');

/**
 * The first match of `\b(?:for|with|on)\s+(?:each|every)\s+(?:[a-z]+\s+)?<stem>ONE_DOC_AFTER` in `m` ("for every buyer order
 * one sales contract"), as `ONE_DOC_AFTER`'s match (group 1 the count, when a count), else null. The same as that one regexp's
 * `exec`: its starts are tried left to right; at each, "for each " and its white space match one way only (a word follows),
 * the optional word is the whole letter run before white space (greedy: tried first) and its white space all of the run, so
 * the stem can only start after it or right after "each "; the count's place after the stem is fixed (`,?` and `\s+`
 * greedy before a non-space), so group 1 is the same on every path at that place.
 */
function docForEachThing(m: string, stem: string): RegExpExecArray | null {
  if (!isPlainWord(stem)) return builtRegExp(`\\b(?:for|with|on)\\s+(?:each|every)\\s+(?:[a-z]+\\s+)?${stem}${ONE_DOC_AFTER.source}`).exec(m);
  FOR_EACH_LEAD.lastIndex = 0;
  for (let x = FOR_EACH_LEAD.exec(m); x; x = FOR_EACH_LEAD.exec(m)) {
    const r = x.index + x[0].length;
    WORD_AND_SPACE.lastIndex = r;
    const w = WORD_AND_SPACE.exec(m);
    for (const p of w ? [r + w[0].length, r] : [r]) {
      if (!m.startsWith(stem, p)) continue;
      ONE_DOC_AFTER.lastIndex = p + stem.length;
      const d = ONE_DOC_AFTER.exec(m);
      if (d) return d;
    }
    FOR_EACH_LEAD.lastIndex = x.index + 1;
  }
  return null;
}

/**
 * The period said before the count (`V_PERIOD_WE`): a bare count with a document named in the turn ("purchase orders, per
 * annum we are doing approximately twenty four hundred" = 200), or things that each carry a document ("per day we are getting
 * around one fifty admissions, each admission is having one consent form"). A count per term or intake is spread over the
 * terms in a year said elsewhere ("there's four terms"; "only one intake per year").
 */
function periodFirstReadings(sc: VolumeScope): void {
  const { u } = sc;
  const m = u.masked;
  const at: number[] = [];
  for (const w of PERIOD_WE_WORDS) for (let i = m.indexOf(w); i >= 0; i = m.indexOf(w, i + 1)) if (i === 0 || !isWordChar(m.charCodeAt(i - 1))) at.push(i);
  for (const p of u.numStarts) if (quantityAt(u, m[p])?.value === 1 && ONE_LEADS.test(m.slice(Math.max(0, p - 3), p))) at.push(p);
  if (u.lower.includes('season')) {
    for (const w of SEASON_WE_WORDS) for (let i = m.indexOf(w); i >= 0; i = m.indexOf(w, i + 1)) if (i === 0 || !isWordChar(m.charCodeAt(i - 1))) at.push(i);
  }
  if (u.lower.includes('ly')) {
    PERIOD_ADVERB_G.lastIndex = 0;
    for (let a = PERIOD_ADVERB_G.exec(m); a; a = PERIOD_ADVERB_G.exec(m)) at.push(a.index);
  }
  at.sort((a, b) => a - b);
  for (let x = stickyAt(m, V_PERIOD_WE, at, 0); x; x = stickyAt(m, V_PERIOD_WE, at, x.index + x[0].length)) {
    let end = x.index + x[0].length;
    // "monthly we sign around twenty, no wait, twenty five new dealers": the corrected count, with what it counts after it.
    const fix = COUNT_CORRECTED.exec(m.slice(end, end + 30));
    if (fix) {
      x[3] = fix[1];
      end += fix[0].length;
    }
    const after = m.slice(end, end + 40);
    // A bare count with a document named in the turn, or after a season or a period adverb the documents themselves ("in that
    // season we are doing 200 contracts", "monthly we send about 300 contracts"; other periods and terms said so are read by
    // `V_PERIOD_DOC` and `V_TERM_FIRST`).
    const docs = x[1] === 'season' || x[2] !== undefined ? DOC_AFTER_COUNT.exec(after) : null;
    // The things counted are quoted when they carry the documents (`docsPerThing` multiplies a reading that names them).
    let thingEnd = 0;
    // "every month we sign the lease with new tenants, maybe thirty": what is signed is the documents counted.
    const signedWith = SIGNED_WITH.test(x[0]);
    if (signedWith && !SIGN_VERB.test(x[0])) continue;
    let ok = (BARE_END.test(after) && (hasDoc(u) || signedWith)) || docs !== null;
    if (!ok) {
      const ta = THING_AFTER.exec(after);
      // "every admission is having a consent form", "for every buyer order we are sending a contract", "consent form for the scan".
      for (const t of ta ? [ta[2], ta[2] === undefined || ta[1].endsWith('s') ? ta[1] : undefined] : []) {
        if (ok || t === undefined || t.length < 3 || PERIOD_WORD.test(t)) continue;
        // "surgeries" is said "each surgery", "children" "per child".
        const stem = singularOf(t);
        ok = EACH_STEM_CARRIES.test(m, stem) || DOC_FOR_STEM.test(m, stem) || EACH_ONE_FOR_STEM.test(m, stem) || SO_N_PER_STEM.test(m, stem);
        // "for every buyer order one sales contract is going": one document for each of the things.
        const f = ok ? null : docForEachThing(m, stem);
        if (f && (f[1] === undefined || quantityAt(u, f[1])?.value === 1)) ok = true;
        if (ok) thingEnd = after.indexOf(t) + t.length;
      }
      // "every booking the guest signs a banquet contract, monthly we are doing around seventy events": the things each carrying a
      // document said in the clause just before the period that leads this count.
      if (!ok && ta && EACH_ENDS.test(m.slice(Math.max(0, x.index - 4), x.index)) && EACH_CARRIES_CLAUSE_BEFORE.test(m.slice(Math.max(0, x.index - 110), x.index))) {
        [ok, thingEnd] = [true, after.indexOf(ta[1]) + ta[1].length];
      }
      // "each patient doing the needling is signing one consent form. daily we are doing around twenty such sessions": "such"
      // points back to the sentence before, whose things each carry the document.
      // "every client sign the service contract before we start. for month we dey do like twelve events": the sentence just before
      // is all about what each one signs before the work starts, and the things counted are the jobs it is signed for.
      if (!ok && ta && ta[1].endsWith('s') && SENTENCE_ENDS.test(m.slice(Math.max(0, x.index - 4), x.index)) &&
        EACH_SIGNS_BEFORE_START.test(m.slice(Math.max(0, x.index - 110), x.index))) [ok, thingEnd] = [true, after.indexOf(ta[1]) + ta[1].length];
      if (!ok && ta?.[1] === 'such' && ta[2] !== undefined && SENTENCE_ENDS.test(m.slice(Math.max(0, x.index - 4), x.index)) &&
        EACH_CARRIES_SENTENCE_BEFORE.test(m.slice(Math.max(0, x.index - 110), x.index))) [ok, thingEnd] = [true, ta[0].length];
      // "per term around a hundred and fifty new students sign an enrollment agreement": the things counted sign it.
      if (!ok && THINGS_SIGN_AFTER.test(m.slice(end, end + 90))) ok = true;
      // "every year we take on maybe forty new drivers and each one signs the employment contract": "each one" is those things.
      if (!ok && ta && hasDoc(u)) {
        const rest = m.slice(end + ta[0].length, end + ta[0].length + 70);
        if (EACH_ONE_NEXT.test(rest) && EACH_ONE_CARRIES.test(rest)) [ok, thingEnd] = [true, ta[0].length];
      }
      // "monthly we are deploying around 120 workers" with their employment contracts named: one set of hiring papers each.
      // "this quarter we sold about ninety units" with the documents of a sale named: one set per unit sold.
      if (!ok && ta && SOLD_VERB.test(x[0]) && UNITS_WORDS.test(ta[1]) && hasDoc(u)) {
        ok = true;
        thingEnd = after.indexOf(ta[1]) + ta[1].length;
      }
      if (!ok && ta && PEOPLE_HIRED.test(x[0]) && PEOPLE_WORDS.test(ta[1]) && HIRING_DOCS.test(m)) {
        ok = true;
        thingEnd = after.indexOf(ta[1]) + ta[1].length;
      }
    }
    // "per month we are running around fifteen batches and each batch is having twenty students, every student is signing one
    // enrolment form": the things counted hold people who each sign.
    let held = 1;
    if (!ok && hasDoc(u)) {
      const ta = THING_AFTER.exec(after);
      const te = ta ? after.indexOf(ta[1]) + ta[1].length : 0;
      const h = ta ? THING_HOLDS_PEOPLE.exec(m.slice(end + te, end + te + 70)) : null;
      const per = h ? quantityAt(u, h[2]) : undefined;
      if (ta && h && per?.kind === 'cardinal' && per.value >= 2 && singularOf(ta[1]).startsWith(h[1]) &&
        EACH_STEM_CARRIES.test(m, singularOf(h[3]))) [ok, held, thingEnd] = [true, per.value, te];
    }
    if (!ok || covered(sc.out, x.index)) continue;
    // "every august we hire ...": once a year.
    const unit = x[1] === 'annum' || MONTH_NAME.has(x[1]) ? 'year' : x[1] ?? x[2];
    if (unit === 'season') {
      const k = seasonMonths(u);
      if (k !== undefined) addVolume(sc, x[3], 'month', x.index, end + (docs ? docs[0].length : 0), 2, 0.75, k);
    } else if (TERM_WORD.test(unit)) {
      const k = termsInYear(u, unit, x[3]);
      // The things counted are quoted ("per term around ninety new children"): `docsPerThing` multiplies a reading that names them.
      if (k !== undefined) addVolume(sc, x[3], 'year', x.index, end + thingEnd, 2, 0.75, 1 / k);
    } else addVolume({ ...sc, multiplier: sc.multiplier * held }, x[3], unitOf(unit, u), x.index, end + (docs ? docs[0].length : thingEnd), 2, 0.8);
  }
}

/** A correction right after a count of documents per thing ("two consents per surgery, no wait, ..."). */
const PER_THING_TAKEN_BACK = /^,?\s+(?:no|sorry|actually|i mean)(?:,?\s+wait)?\b/;
/** What ends the text before a period that leads its count, after a clause: ", ", ", and ". */
const EACH_ENDS = /(?:,|\band)\s*$/;
/**
 * A clause "every <thing> ... signs a <document>," ending the text (`periodFirstReadings`); a short relative clause may follow the thing
 * ("every patient who has a scan signs a consent form,") and pidgin drops the article ("every patient wey dey do scan go sign consent form,").
 */
const EACH_CARRIES_CLAUSE_BEFORE = new RegExp(`\\b(?:each|every)\\s+[a-z]+\\s+(?:[a-z']+\\s+){0,5}?${CARRIES}\\s+(?:(?:a|an|one|the)\\s+)?` +
  `(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\s*,\\s*(?:and\\s+)?$`);
/** Right after things counted: the people each holds ("and each batch is having twenty students"; 1 the thing, 2 the count, 3 the people). */
const THING_HOLDS_PEOPLE = new RegExp(`^,?\\s+and\\s+(?:each|every)\\s+([a-z]{3,})\\s+(?:is having|has|has got|having)\\s+(?:(?:about|around|like)\\s+)?` +
  `(${NUM})\\s+([a-z]+s)\\b`);
/** A sentence "every <thing> signs the <document> before we start." ending the text (`periodFirstReadings`). */
const EACH_SIGNS_BEFORE_START = new RegExp(`\\b(?:each|every)\\s+[a-z]+\\s+(?:[a-z']+\\s+){0,3}?${CARRIES}\\s+(?:(?:a|an|the|${NUM})\\s+)?` +
  `(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\s+(?:before|once)\\s+(?:we|i|they)\\s+(?:start|begin|book|confirm)\\s*\\.\\s*$`);
/** A sentence end just before (`periodFirstReadings`' "such <things>"). */
const SENTENCE_ENDS = /\.\s*$/;
/** `EACH_CARRIES_CLAUSE_BEFORE` ending a sentence ("each patient ... is signing one consent form."). */
const EACH_CARRIES_SENTENCE_BEFORE = new RegExp(`\\b(?:each|every)\\s+[a-z]+\\s+(?:[a-z']+\\s+){0,5}?${CARRIES}\\s+(?:(?:a|an|the|${NUM})\\s+)?` +
  `(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\s*\\.\\s*$`);
/** A spoken correction right after a count (group 1 the corrected count): ", no wait, <25>", ", sorry, more like <50>". */
const COUNT_CORRECTED = new RegExp(`^\\s*(?:,\\s*|(?=(?:no|sorry)\\s))(?:(?:${CORRECTION_WORDS_SRC}|more like)[\\s,]+){1,3}(${NUM})`);

/** A character a `V_PERIOD_DOC` or `V_PERIOD_AND_DOC` match can have before its count: `[a-z',-]`, white space or a count. */
function periodDocChar(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 39 || c === 44 || c === 45 || isQuantityCode(c) || isSpace(c);
}
/** What the period said before a count of documents has (`PERIOD_BEFORE`: a unit, "weeks" or "per annum"). */
const PERIOD_KEYS = ['day', 'week', 'fortnight', 'month', 'quarter', 'year', 'annum'];

/**
 * Where `V_PERIOD_DOC` and `V_PERIOD_AND_DOC` may first match: every match is "<period> ... <count> <documents>", the
 * count one of `docAt`, and all of it before the count `periodDocChar`s; so it starts in the run of those characters
 * that ends at a count of `docAt` and names a period. The start of the first such run, else -1 (no match).
 */
function periodBeforeDocCount(m: string, docAt: readonly number[]): number {
  for (const p of docAt) {
    let s = p;
    while (s > 0 && periodDocChar(m.charCodeAt(s - 1))) s--;
    const run = m.slice(s, p);
    if (PERIOD_KEYS.some((k) => run.includes(k))) return s;
  }
  return -1;
}

/** Volume readings (documents per month) in an utterance; `team` resolves per-person volumes. */
export function volumeCandidates(u: Utterance, team: readonly TeamCandidate[]): VolumeCandidate[] {
  const m = u.masked;
  const out: VolumeCandidate[] = [];
  if (!u.quantities.some((q) => q.kind === 'cardinal')) return out;
  const hasPeriod = mayHavePeriod(u.lower);
  const hasSpan = HAS_MONTH_SPAN.test(u.lower);
  const hasSeason = u.lower.includes('season');
  const present = GATE_WORDS.found(u.lower);
  const hasTerm = (present & TERM_MASK) !== 0 && TERM_WORD.test(u.lower);
  if (!hasPeriod && !hasSpan && !hasSeason && !hasTerm) return out;
  const hasEach = (present & EACH_MASK) !== 0;
  const listed = (present & PER_PERSON_MASK) !== 0 ? perPersonIn(m) : null;
  let multiplier = 1;
  if (listed) {
    const inline = listed[1] ? quantityAt(u, listed[1]) : undefined;
    // "the office manager, each estimator prices ...": the "each" that ends a "<role>, each" match.
    // "every consultant places ...": a role after "every" is a rate each states, as after "each".
    const everyRole = m.startsWith('every ', listed.index) ? EVERY_WORD.exec(m.slice(listed.index, listed.index + 30))?.[1] : undefined;
    let each = m.startsWith('each', listed.index) || (everyRole !== undefined && ROLE_NOUN.test(everyRole)) ? listed.index
      : listed[0].endsWith(' each') ? listed.index + listed[0].length - 4 : -1;
    const unit = each >= 0 ? EACH_UNIT_WORD.exec(m.slice(each, each + 30))?.[1] : undefined;
    // "about twenty each a month": the count before "each" is the rate itself.
    if (unit === 'a' || unit === 'per' || unit === 'every') each = -1;
    const t = inline?.kind === 'cardinal' ? inline.value : (each >= 0 ? headcount(u, each, unit) : undefined) ?? bestTeam(team)?.value;
    // "45 routes a day, each driver gets a manifest": one document each person gets, with no headcount, is a thing's document.
    if (t === undefined && !EACH_GETS_ONE.test(m.slice(listed.index, listed.index + 80))) {
      // "each of our producers signs a supply agreement once a year ... 240 farms": no headcount, but the things held may count.
      if (hasPeriod) eachThingReadings({ u, out, multiplier: 1, perPersonPh: undefined });
      // "every player signs ..., so two per player, once a season": a document per participant, not a rate per person.
      if (hasEach) participantReadings({ u, out, multiplier: 1, perPersonPh: undefined }, present, hasSeason);
      return out;
    }
    multiplier = t ?? 1;
  }
  // "each raise about two permits a day": only with the count said for them, never the team's count by itself ("200 contracts
  // a month, and each gets two reminders a week" is about the contracts).
  const eachFound = listed === null && hasPeriod && (present & EACH_MASK) !== 0 ? EACH_RATE.exec(m) : null;
  const eachRate = eachFound && !GIVE_BEFORE_EACH.test(m.slice(Math.max(0, eachFound.index - 10), eachFound.index)) ? eachFound : null;
  if (eachRate) multiplier = headcount(u, eachRate.index, eachRate[1]) ?? 1;
  const perPerson = listed ?? eachRate;
  const sc: VolumeScope = { u, out, multiplier, perPersonPh: listed?.[1] };
  const docAt = docCounts(u);

  for (let x = stickyAt(m, V_DOC_PERIOD_Y, docAt, 0); x; x = stickyAt(m, V_DOC_PERIOD_Y, docAt, x.index + x[0].length)) {
    // "since the two new hires last week": a definite count in a past period names those things, not a rate.
    if (x[6] && DEFINITE_BEFORE.test(m.slice(Math.max(0, x.index - 8), x.index))) continue;
    if (LOST_BEFORE.test(m.slice(Math.max(0, x.index - 24), x.index))) continue;
    // "ten new packages a month and each package has four subbies, and every subbie signs ...": packages of work whose people
    // sign, read by the signers each has.
    if (hasEach && m.includes(' has ') && PEOPLE_PER_THING_GATE.test(m)) {
      const pb = peoplePerThing(u);
      if (pb?.who !== undefined && pb.start > x.index && saidBetweenSpaces(x[0], `${pb.thing}s`, x[0].length)) continue;
    }
    // "one sales contract is going, and monthly roughly forty orders are coming": the period leads the next clause's count.
    // "so three documents per hire, and every month we're hiring around 120": likewise "every month".
    const leads = x[4] !== undefined || (x[3] !== undefined && EVERY_PERIOD_END.test(x[0]));
    if (leads && x[2] !== undefined && GAP_ENDS_CLAUSE.test(x[2]) && PERIOD_LEADS_COUNT.test(m.slice(x.index + x[0].length, x.index + x[0].length + 60))) continue;
    // "every volunteer signs one consent form once a year": one each, not one in all (the population readings count them).
    if (sc.multiplier === 1 && quantityAt(u, x[1])?.value === 1 && ONE_EACH_BEFORE.test(m.slice(Math.max(0, x.index - 60), x.index))) continue;
    // "each one sign supply agreement once a year": the pronoun "each one", not one document.
    if (isEachOne(u, x[1], x.index)) continue;
    // "one manifest per route per day": documents per thing, the period the things'.
    // "one lease per unit and they renew yearly": one per thing, the period said later in the gap (the held path below).
    const thing = x[7] ?? (x[2] !== undefined && x[2].length > 5 ? PER_THING_GAP.exec(x[2])?.[1] ??
      (quantityAt(u, x[1])?.value === 1 ? ONE_PER_THING_RENEWS.exec(x[2])?.[1] : undefined) : undefined);
    if (thing !== undefined) {
      // "so two consents per surgery, no wait, only one per surgery": the documents per thing taken back.
      if (x[7] !== undefined && PER_THING_TAKEN_BACK.test(m.slice(x.index + x[0].length, x.index + x[0].length + 20))) continue;
      const docs = quantityAt(u, x[1]);
      const rate = docs?.kind === 'cardinal' && docs.value >= 1 && u.numStarts.length >= 2 ? thingRate(u, thing) : null;
      if (rate) addVolume(sc, rate[0], rate[1], Math.min(x.index, rate[2]), x.index + x[0].length, 2, 0.75, 1 / docs!.value);
      // With no count of the things per period, "5 proposals per rep per week" is read plainly (a rate per person).
      if (rate || x[7] !== undefined) continue;
      // "eight flats ... so one new agreement per flat a year": one each per period, times the things held.
      const held = sc.multiplier === 1 && docs?.value === 1 && !PERSON_WORD.test(thing) ? unitCount(u, thing) : null;
      if (held) {
        addVolume({ ...sc, multiplier: held.value }, x[1], unitOf(x[3] ?? x[4] ?? x[5] ?? x[6], u), Math.min(held.match.index, x.index),
          Math.max(x.index + x[0].length, held.match.end), 2, 0.8);
        continue;
      }
    }
    const period = unitOf(x[3] ?? x[4] ?? x[5] ?? x[6], u);
    // "around 180 vendors and per vendor roughly two POs per month": documents per thing per period, times the things counted.
    const lead = sc.multiplier === 1 ? PER_THING_LEAD.exec(m.slice(Math.max(0, x.index - 40), x.index)) : null;
    const held = lead && !PERIOD_WORD.test(lead[1]) ? unitCount(u, lead[1].replace(/(?<!s)s$/, '')) : null;
    if (held) {
      const end = Math.max(x.index + x[0].length, held.match.end);
      addVolume({ ...sc, multiplier: held.value }, x[1], period, Math.min(held.match.index, x.index), end, 2, 0.8);
      continue;
    }
    addVolume(sc, x[1], period, x.index, x.index + x[0].length, 2, 0.9);
  }
  // "we sign like thirty umowa najmu, the rental agreements, a month": the caller's own word, glossed with a document.
  if (m.includes(', the ')) {
    for (let x = stickyAt(m, V_GLOSSED_DOC, u.numStarts, 0); x; x = stickyAt(m, V_GLOSSED_DOC, u.numStarts, x.index + x[0].length)) {
      if (glossIsDoc(x[2]) && !covered(out, x.index)) addVolume(sc, x[1], unitOf(x[3], u), x.index, x.index + x[0].length, 2, 0.8);
    }
  }
  const andWe = docAt.length > 0 && (m.includes(' and we ') || m.includes(' and they ') || m.includes(' and i '));
  const periodDocFrom = periodBeforeDocCount(m, docAt);
  for (const re of andWe ? [V_PERIOD_DOC, V_PERIOD_AND_DOC] : [V_PERIOD_DOC]) {
    re.lastIndex = Math.max(0, periodDocFrom);
    for (let x = periodDocFrom >= 0 ? re.exec(m) : null; x; x = re.exec(m)) {
      if (re === V_PERIOD_AND_DOC && covered(out, x.index + x[0].length - 1)) continue;
      const unitEnd = x.index + x[0].indexOf(x[1] ?? x[2]) + (x[1] ?? x[2]).length;
      if (DURATION_BEFORE.test(m.slice(Math.max(0, x.index - 30), x.index)) || DURATION_AFTER.test(m.slice(unitEnd))) continue;
      // "every year, one lease each": documents per thing, not a count ("each time" is the period again).
      if (/^\s+(?:each|apiece)\b(?!\s+time\b)/.test(m.slice(x.index + x[0].length, x.index + x[0].length + 10))) continue;
      // "five loans a week, and every loan has one loan application": one per thing, not one a week.
      const at = x.index + x[0].lastIndexOf(x[3]);
      if (quantityAt(u, x[3])?.value === 1 && ONE_EACH_BEFORE.test(m.slice(Math.max(0, at - 60), at))) continue;
      if (isEachOne(u, x[3], at)) continue;
      // "once a year, so one new agreement per flat": one per thing, not one a year.
      if (quantityAt(u, x[3])?.value === 1 && ONE_PER_NEXT.test(m.slice(x.index + x[0].length, x.index + x[0].length + 12))) continue;
      // "... a week, so two consents per biopsy": documents per thing, not a count in that period.
      if (SO_JUST_BEFORE.test(m.slice(Math.max(0, at - 12), at)) && ONE_PER_NEXT.test(m.slice(x.index + x[0].length, x.index + x[0].length + 12)) &&
        !PERIOD_WORD.test(PER_WORD_NEXT.exec(m.slice(x.index + x[0].length, x.index + x[0].length + 30))?.[1] ?? 'day')) continue;
      // "last year my colleague lost two contracts in the email": an incident, not a rate.
      if (LOST_BEFORE.test(m.slice(Math.max(0, at - 24), at))) continue;
      addVolume(sc, x[3], unitOf(x[1] ?? x[2], u), x.index, x.index + x[0].length, 2, 0.85);
    }
  }
  if (u.numStarts.length >= 2 && (present & PER_PERSON_MASK) !== 0) {
    for (let x = stickyAt(m, V_N_PER_THING, u.numStarts, 0); x; x = stickyAt(m, V_N_PER_THING, u.numStarts, x.index + x[0].length)) {
      const docs = quantityAt(u, x[1]);
      if (docs?.kind !== 'cardinal' || docs.value < 2 || PERIOD_WORD.test(x[2]) || PERSON_WORD.test(x[2])) continue;
      if (!DOC_HEDGED_BEFORE.test(m.slice(Math.max(0, x.index - 50), x.index)) && !DOC_THEN_WE_DO.test(m.slice(Math.max(0, x.index - 80), x.index))) continue;
      const rate = thingRate(u, x[2]);
      // "25 per outlet per month": the count itself is no count of outlets (`addVolume` takes the outlets held).
      if (rate && rate[2] !== x.index) addVolume(sc, rate[0], rate[1], Math.min(x.index, rate[2]), Math.max(x.index + x[0].length, rate[3]), 2, 0.75, 1 / docs.value);
    }
  }
  // A bare count needs a document named, things counted need "each/every <thing> ... has".
  if ((hasPeriod || hasTerm || hasSeason) && ((present & PER_PERSON_MASK) !== 0 || u.lower.includes('in a') ||
    (u.lower.includes('ly') && PERIOD_ADVERB.test(u.lower)) || (hasSeason && u.lower.includes('in th')) || ONE_PERIOD.test(u.lower)) &&
    (hasEach || hasDoc(u))) periodFirstReadings(sc);
  let signers: PeoplePerThing | null | undefined;
  const eachDocGate = hasEach || THAT_NEEDS.test(u.lower) || periodThenOn(u.lower);
  for (let x = eachDocGate ? execMasked(u, V_EACH_DOC, V_EACH_DOC_Y, 0) : null; x; x = execMasked(u, V_EACH_DOC, V_EACH_DOC_Y, x.index + x[0].length)) {
    // "three terms a year, and every student signs ...": the terms are no things that carry it.
    if (covered(out, x.index) || TERM_COUNTED.test(m.slice(x.index + 1, x.index + 40))) continue;
    // "six new sites a month, and each new guard signs the employment contract, around twenty five new guards a month": with
    // "the", another thing that has its own count is not the one counted.
    const other = EACH_THING_SIGNS_THE.exec(x[0])?.[1];
    if (other !== undefined && other !== 'one' && countedAnywhere(m, other)) continue;
    // "ten new builds a month and each build's got eight subbies, and every subbie signs ...": the signers each thing has.
    signers ??= hasEach ? peoplePerThing(u) : null;
    const end = x.index + x[0].length;
    const per = signers?.who !== undefined && signers.start > x.index && signers.start < end && countsThing(m, x.index + 1, signers.thing) ? signers.per : 1;
    addVolume({ ...sc, multiplier: sc.multiplier * per }, x[1], unitOf(x[2] ?? x[3] ?? x[4] ?? x[5], u), x.index, end, 1.5, 0.75);
  }
  for (const r of (hasEach || u.lower.includes('apiece') || u.lower.includes(' per ')) && countBeforeEach(m) ? DOCS_EACH_READINGS : []) {
    for (let x = execMasked(u, r.re, r.sticky, 0); x; x = execMasked(u, r.re, r.sticky, x.index + x[0].length)) {
      const k = quantityAt(u, x[r.docs]);
      if (k?.kind !== 'cardinal' || k.value < 1 || k.value > 6 || covered(out, x.index)) continue;
      // "... and every one turns over once a year, one lease each": "every one" is each of the things, not their count.
      if (EACH_BEFORE_END.test(m.slice(Math.max(0, x.index - 6), x.index))) continue;
      const p = r.period;
      // "120 members, and each member renews once a year, one form each": the "each" inside is the things counted, not signers to multiply.
      const own = perPerson !== null && perPerson.index >= x.index && perPerson.index < x.index + x[0].length;
      addVolume(own ? { ...sc, multiplier: 1 } : sc, x[1], unitOf(x[p] ?? x[p + 1] ?? x[p + 2] ?? x[p + 3], u), x.index, x.index + x[0].length,
        r.priority, 0.75, 1 / k.value);
    }
  }
  if (hasPeriod && (present & PER_PERSON_MASK) !== 0 && u.numStarts.length >= 1 && perThingWord(m)) {
    V_A_DOC_PER.lastIndex = 0;
    for (let x = V_A_DOC_PER.exec(m); x; x = V_A_DOC_PER.exec(m)) {
      const thing = x[1] ?? x[3];
      // "each sub crew signs one per job": one, with a document named.
      if (x[2] !== undefined && (quantityAt(u, x[2])?.value !== 1 || !hasDoc(u))) continue;
      let rate = PERIOD_WORD.test(thing) ? null : thingRate(u, thing);
      let per = 1;
      const stem = thing.replace(/(?<!s)s$/, '');
      if (rate) {
        // "a talent release for each project ... ten projects a month with maybe twelve actors each": the people each has.
        const p = PEOPLE_PER_THING_GATE.test(m) ? peoplePerThing(u) : null;
        if (p && p.thing.replace(/(?<!s)s$/, '') === stem) per = p.per;
        // "every kid needs a consent form for each outing ... eighty kids ... two outings a month": the carriers counted.
        const w = per === 1 ? EACH_CARRIER_BEFORE.exec(m.slice(Math.max(0, x.index - 60), x.index))?.[1] : undefined;
        const c = w !== undefined && w !== stem && !PERIOD_WORD.test(w) ? unitCount(u, w) : null;
        if (c) per = c.value;
      } else {
        // "a permission slip per kid per outing" with "a hundred and forty kids" and "two outings a month".
        const y = /^\s+per\s+([a-z]{3,})\b/.exec(m.slice(x.index + x[0].length, x.index + x[0].length + 30));
        rate = y && !PERIOD_WORD.test(y[1]) ? thingRate(u, y[1]) : null;
        const c = rate ? unitCount(u, stem) : null;
        if (c) per = c.value;
        else rate = null;
        // "every young'un needs a permission slip per field trip and they go, oh, twice a month": the carriers counted, times
        // how often the thing comes.
        const end = x.index + x[0].length;
        const f = rate ? null : TIMES_AFTER.exec(m.slice(end, end + 70));
        const times = f ? (f[1] !== undefined ? TIMES[f[1]] : quantityAt(u, f[2])?.value) : undefined;
        const w = times !== undefined ? EACH_CARRIER_BEFORE.exec(m.slice(Math.max(0, x.index - 60), x.index))?.[1] : undefined;
        const cs = w !== undefined && !PERIOD_WORD.test(w) ? unitCount(u, w) : null;
        const period = cs ? unitOf(f![3] ?? f![4], u) : null;
        if (cs && period && times! >= 1 && times! <= 31 && !covered(out, x.index)) {
          addVolume({ ...sc, multiplier: sc.multiplier * times! }, cs.match.count, period, Math.min(x.index, cs.match.index), end + f!.index + f![0].length, 2, 0.7);
        }
      }
      if (rate && !covered(out, rate[2])) addVolume({ ...sc, multiplier: sc.multiplier * per }, rate[0], rate[1], Math.min(x.index, rate[2]), x.index + x[0].length, 2, 0.75);
    }
  }
  if (hasSeason) {
    for (let x = stickyAt(m, V_SEASON_Y, docAt, 0); x; x = stickyAt(m, V_SEASON_Y, docAt, x.index + x[0].length)) {
      const months = quantityAt(u, x[2]);
      if (months?.kind === 'cardinal' && months.value >= 1 && months.value <= 12) addVolume(sc, x[1], 'month', x.index, x.index + x[0].length, 2, 0.75, months.value);
    }
  }
  if (hasTerm) {
    for (let x = stickyAt(m, V_TERM_Y, docAt, 0); x; x = stickyAt(m, V_TERM_Y, docAt, x.index + x[0].length)) {
      const k = quantityAt(u, x[3]);
      if (k?.kind === 'cardinal' && k.value >= 1 && k.value <= 6 && !covered(out, x.index)) addVolume(sc, x[1], 'year', x.index, x.index + x[0].length, 2, 0.75, 1 / k.value);
    }
    for (let x = stickyAt(m, V_TERM_ANY, docAt, 0); x; x = stickyAt(m, V_TERM_ANY, docAt, x.index + x[0].length)) {
      const k = covered(out, x.index) ? undefined : termsInYear(u, x[2], x[1]);
      if (k !== undefined) addVolume(sc, x[1], 'year', x.index, x.index + x[0].length, 1.9, 0.75, 1 / k);
    }
  }
  if (hasPeriod && (u.lower.includes('per ') || u.lower.includes('each') || u.lower.includes('every'))) {
    for (let x = stickyAt(m, V_ONE_PER_Y, docAt, 0); x; x = stickyAt(m, V_ONE_PER_Y, docAt, x.index + x[0].length)) {
      if (quantityAt(u, x[1])?.value === 1) addVolume(sc, x[3], unitOf(x[4] ?? x[5] ?? x[6] ?? x[7], u), x.index, x.index + x[0].length, 2, 0.75);
    }
    for (let x = execMasked(u, V_ONE_PER_AFTER_DOC, V_ONE_PER_AFTER_DOC_Y, 0); x; x = execMasked(u, V_ONE_PER_AFTER_DOC, V_ONE_PER_AFTER_DOC_Y, x.index + x[0].length)) {
      if (quantityAt(u, x[1])?.value !== 1 || !DOC_JUST_BEFORE.test(m.slice(Math.max(0, x.index - 40), x.index)) || covered(out, x.index)) continue;
      addVolume(sc, x[3], unitOf(x[4] ?? x[5] ?? x[6] ?? x[7], u), x.index, x.index + x[0].length, 2, 0.75);
    }
    if (u.lower.includes('each of')) {
      V_EACH_OF.lastIndex = 0;
      for (let x = V_EACH_OF.exec(m); x; x = V_EACH_OF.exec(m)) {
        if (!covered(out, x.index)) addVolume(sc, x[1], unitOf(x[2] ?? x[3] ?? x[4] ?? x[5], u), x.index, x.index + x[0].length, 2, 0.75);
      }
    }
  }
  if (hasTerm && (u.lower.includes('per ') || u.lower.includes('each ') || u.lower.includes('every ') || u.lower.includes('a '))) {
    V_TERM_FIRST.lastIndex = 0;
    for (let x = docAt.length > 0 ? V_TERM_FIRST.exec(m) : null; x; x = V_TERM_FIRST.exec(m)) {
      const q = x[3] !== undefined ? quantityAt(u, x[3]) : undefined;
      const k = q?.kind === 'cardinal' ? q.value : x[3] === undefined ? termsInYear(u, x[1], x[2]) : undefined;
      if (k === undefined || k < 1 || k > 6 || covered(out, x.index)) continue;
      // "every term each school sends about three order forms" with "forty schools": the rate each unit states, times the units.
      const e = sc.multiplier === 1 ? EACH_UNIT_SENDS.exec(x[0]) : null;
      const units = e ? headcount(u, x.index + e.index, e[1]) ?? 1 : 1;
      addVolume({ ...sc, multiplier: sc.multiplier * units }, x[2], 'year', x.index, x.index + x[0].length, 2, 0.75, 1 / k);
    }
  }
  if (hasSpan) {
    for (let x = stickyAt(m, V_SPAN_AFTER_Y, docAt, 0); x; x = stickyAt(m, V_SPAN_AFTER_Y, docAt, x.index + x[0].length)) {
      if (!covered(out, x.index)) addVolume(sc, x[1], 'month', x.index, x.index + x[0].length, 2, 0.75, monthsInSpan(x[2], x[3]));
    }
    // "the e-file authorizations, roughly 1,200 between february and april": a bare count over the span, a document named.
    for (let x = out.length === 0 && hasDoc(u) ? stickyAt(m, V_SPAN_BARE, u.numStarts, 0) : null; x; x = stickyAt(m, V_SPAN_BARE, u.numStarts, x.index + x[0].length)) {
      addVolume(sc, x[1], 'month', x.index, x.index + x[0].length, 1.5, 0.7, monthsInSpan(x[2], x[3]));
    }
    V_SPAN_FIRST.lastIndex = 0;
    for (let x = docAt.length > 0 ? V_SPAN_FIRST.exec(m) : null; x; x = V_SPAN_FIRST.exec(m)) {
      if (!covered(out, x.index)) addVolume(sc, x[3], 'month', x.index, x.index + x[0].length, 2, 0.75, monthsInSpan(x[1], x[2]));
    }
    V_SPAN_FIRST_OF_THEM.lastIndex = 0;
    for (let x = out.length === 0 && u.lower.includes(' of ') && hasDoc(u) ? V_SPAN_FIRST_OF_THEM.exec(m) : null; x; x = V_SPAN_FIRST_OF_THEM.exec(m)) {
      // The documents said in the sentence before the span.
      DOC_G.lastIndex = 0;
      if (DOC_G.test(m.slice(Math.max(0, m.lastIndexOf('.', x.index) + 1, x.index - 150), x.index))) {
        addVolume(sc, x[3], 'month', x.index, x.index + x[0].length, 1.5, 0.7, monthsInSpan(x[1], x[2]));
      }
    }
  }
  if (hasPeriod && (present & MONTHS_WEEKS_MASK) !== 0 && (u.lower.includes(' months') || u.lower.includes(' weeks'))) {
    for (let x = stickyAt(m, V_IN_N_Y, docAt, 0); x; x = stickyAt(m, V_IN_N_Y, docAt, x.index + x[0].length)) {
      const n = quantityAt(u, x[2]);
      if (n?.kind === 'cardinal' && n.value >= 2 && n.value <= 12 && !covered(out, x.index)) addVolume(sc, x[1], x[3] === 'weeks' ? 'week' : 'month', x.index, x.index + x[0].length, 2, 0.75, n.value);
    }
  }
  // `EACH_VERB` on the lowercased text, tested once when first needed.
  let eachVerb: boolean | undefined;
  if (hasPeriod && hasEach && (eachVerb ??= EACH_VERB.test(u.lower))) {
    const eachAt: number[] = [];
    EACH_WORD.lastIndex = 0;
    for (let e = EACH_WORD.exec(m); e; e = EACH_WORD.exec(m)) eachAt.push(e.index);
    let from = 0;
    for (const p of u.numStarts) {
      if (p < from || !eachAt.some((e) => e > p && e - p <= POP_EACH_REACH) || !popReaches(m, p, eachAt)) continue;
      V_POP_EACH_DOC_Y.lastIndex = p;
      const x = V_POP_EACH_DOC_Y.exec(m);
      if (!x || !signsOne(u, x[2])) continue;
      // "me and two other agents, and every policyholder signs ... each year, we've got about 600 policyholders": the count of
      // the things said with "every", when it is said, not the nearer count of something else.
      let count = x[1];
      const thing = /^(?:each|every)\s+([a-z]{3,}?)(?:'s|s)?\s/.exec(x[2])?.[1];
      if (thing !== undefined && thing !== 'one' && !countsThing(m, x.index + 1, thing)) {
        const c = unitCountIn(m, thing);
        if (c) count = c.count;
      }
      if (!covered(out, x.index)) addVolume(sc, count, unitOf(x[3] ?? x[4] ?? x[5] ?? x[6], u), x.index, x.index + x[0].length, 1.4, 0.7);
      from = x.index + x[0].length;
    }
    from = 0;
    for (const e of eachAt) {
      if (e < from) continue;
      V_EACH_DOC_THEN_RATE_Y.lastIndex = e;
      const x = V_EACH_DOC_THEN_RATE_Y.exec(m);
      if (!x || !signsOne(u, x[1])) continue;
      // "about two hundred and ten harvesters. every harvester signs a supply agreement ... once a year": the things counted
      // before, each with its own period; a rate after it is another thing's.
      OWN_PERIOD.lastIndex = e + x[1].length;
      const own = OWN_PERIOD.exec(m);
      const signer = own ? EACH_SIGNER.exec(x[1])?.[1] : undefined;
      const pop = signer !== undefined && signer !== 'one' ? unitCount(u, signer) : null;
      if (pop && pop.match.index < e && !covered(out, e)) {
        addVolume(sc, pop.match.count, unitOf(own![1] ?? own![2], u), pop.match.index, own!.index + own![0].length, 1.6, 0.7);
        from = own!.index + own![0].length;
        continue;
      }
      const at = x.index + x[0].indexOf(x[2]);
      // "every lot has a sale note ..., there's about three hundred lots a month": the count of the very things that carry it
      // beats another count per period ("eighteen hundred head of cattle a month").
      // "... per camp, they go out three times a year": how often, not how many.
      if (TERM_COUNTED.test(m.slice(at + 1, at + 40)) || TIMES_NEXT.test(m.slice(at + 1, at + 20))) continue;
      const thing = /^(?:each|every)\s+([a-z]{3,})/.exec(x[1])?.[1];
      if (thing !== undefined && countsThing(m, at + 1, thing)) {
        // "every session player signs a release ..., there's about four players on a session, and we do forty sessions a month".
        const pb = x[0].length > 80 && PEOPLE_PER_THING_GATE.test(m) ? peoplePerThing(u) : null;
        const per = pb && pb.start > x.index && pb.start < at && pb.thing === thing ? pb.per : 1;
        addVolume({ ...sc, multiplier: sc.multiplier * per }, x[2], unitOf(x[3] ?? x[4] ?? x[5] ?? x[6], u), x.index, x.index + x[0].length, 1.6, 0.7);
      } else if (!covered(out, at)) {
        // "every rider signs a waiver, ... ten rides a month with about thirty riders each ride": the signers per thing counted.
        const ppt = thing !== undefined && PEOPLE_PER_THING_GATE.test(m) ? peoplePerThing(u) : null;
        // The people per thing said between the document and the rate are the signers ("... a release, about five musicians on a gig").
        const per = ppt && countsThing(m, at + 1, ppt.thing) && (ppt.generic || m.startsWith(thing!, skipSpaces(m, ppt.start + 1)) ||
          (ppt.start > x.index && ppt.start < at)) ? ppt.per : 1;
        addVolume({ ...sc, multiplier: sc.multiplier * per }, x[2], unitOf(x[3] ?? x[4] ?? x[5] ?? x[6], u), x.index, Math.max(x.index + x[0].length,
          per > 1 ? ppt!.end : 0), per > 1 ? 1.6 : 1.4, 0.7);
      }
      from = x.index + x[0].length;
    }
  }
  if (hasEach && (hasTerm || hasSeason || ((present & MONTHS_MASK) !== 0 && u.lower.includes(' months'))) && (eachVerb ??= EACH_VERB.test(u.lower))) {
    for (let x = execMasked(u, V_POP_SPREAD, V_POP_SPREAD_Y, 0); x; x = execMasked(u, V_POP_SPREAD, V_POP_SPREAD_Y, x.index + x[0].length)) {
      // "... every season, and the season's september to may, so nine months": the season's length said another way.
      const said = x[3] ?? x[5] ?? x[6];
      const k = said !== undefined ? quantityAt(u, said) : x[4] === 'season' ? { kind: 'cardinal', value: seasonMonths(u) ?? 0 } : undefined;
      if (k?.kind !== 'cardinal' || k.value < 1 || !signsOne(u, x[2])) continue;
      const [start, end] = [x.index, x.index + x[0].length];
      let count = x[1];
      // "about four hundred kids ..., the twelve instructors ..., every kid's parent signs": the kids' count, not the nearer one.
      const thing = /^(?:each|every)\s+([a-z]{3,}?)(?:'s|s)?\s/.exec(x[2])?.[1];
      if (thing !== undefined && thing !== 'one' && !countsThing(m, start + 1, thing)) {
        const c = unitCountIn(m, thing);
        if (c && c.index < start) count = c.count;
      }
      if (x[3] !== undefined && k.value <= 24) addVolume(sc, count, 'month', start, end, 1.6, 0.7, k.value);
      else if (x[5] !== undefined && x[4] !== 'season' && k.value <= 6) addVolume(sc, count, 'year', start, end, 1.6, 0.7, 1 / k.value);
      else if (x[5] === undefined && x[4] === 'season' && k.value <= 12) addVolume(sc, count, 'month', start, end, 1.6, 0.7, k.value);
    }
  }
  if (out.length === 0 && hasEach && (hasSeason || u.lower.includes('campa'))) {
    const x = V_EACH_SIGNS_A_SEASON.exec(m);
    DOC_G.lastIndex = 0;
    const c = x && DOC_G.test(x[2]) ? unitCount(u, x[1]) : null;
    const k = c ? seasonMonths(u) : undefined;
    if (c && k !== undefined) addVolume(sc, c.match.count, 'month', Math.min(x!.index, c.match.index), Math.max(x!.index + x![0].length, c.match.end), 1.6, 0.7, k);
  }
  if (hasTerm && hasEach) {
    V_TERM_FIRST_THINGS.lastIndex = 0;
    for (let x = V_TERM_FIRST_THINGS.exec(m); x; x = V_TERM_FIRST_THINGS.exec(m)) {
      const k = quantityAt(u, x[4]);
      if (signsOne(u, x[3]) && k?.kind === 'cardinal' && k.value >= 1 && k.value <= 6) addVolume(sc, x[2], 'year', x.index, x.index + x[0].length, 2, 0.7, 1 / k.value);
    }
  }
  if (EVERY_PERIOD.test(u.lower) && (out.length === 0 || u.lower.includes(' and then '))) {
    V_YEAR_SIGN_COUNT.lastIndex = 0;
    const x = V_YEAR_SIGN_COUNT.exec(m);
    // "each client approves ..." counts the clients once: no rate each states; once a season is spread over its months.
    const k = x?.[1] === 'season' ? seasonMonths(u) : 1;
    // Beside other readings only as the first of two documents ("... once a year, that's 640 members, and then we raise
    // purchase orders, about forty a month"): `addSecondDoc` adds the later one to it.
    const first = x !== null && (out.length === 0 || (out.every((c) => c.start >= x.index + x[0].length) &&
      SECOND_DOC_AFTER.test(m.slice(x.index + x[0].length, x.index + x[0].length + 150))));
    if (x && first && k !== undefined) addVolume({ ...sc, multiplier: 1 }, x[2], x[1] === 'season' ? 'month' : unitOf(x[1], u), x.index, x.index + x[0].length, 1.6, 0.7, k);
  }
  if (hasTerm && hasEach && out.length === 0) {
    V_EACH_TERM_THEN_COUNT.lastIndex = 0;
    const x = V_EACH_TERM_THEN_COUNT.exec(m);
    const k = x ? termsInYear(u, x[2], x[3]) : undefined;
    if (k !== undefined) addVolume({ ...sc, multiplier: 1 }, x![3], 'year', x!.index, x!.index + x![0].length, 1.6, 0.7, 1 / k);
  }
  if (hasTerm && out.length === 0) {
    V_TERM_SIGN_COUNT.lastIndex = 0;
    for (let x = V_TERM_SIGN_COUNT.exec(m); x; x = V_TERM_SIGN_COUNT.exec(m)) {
      const k = termsInYear(u, x[1], x[2]);
      if (k !== undefined) addVolume(sc, x[2], 'year', x.index, x.index + x[0].length, 1.6, 0.7, 1 / k);
    }
  }
  if (hasSeason && out.length === 0 && EVERY_SEASON.test(u.lower)) {
    // "every season we sign supply agreements with the growers, around 360 of them, and the season runs about nine months".
    const x = V_SEASON_SIGN_WITH.exec(m);
    const k = x ? seasonMonths(u) : undefined;
    if (x && k !== undefined && k <= 12) addVolume(sc, x[1], 'month', x.index, x.index + x[0].length, 1.4, 0.7, k);
  }
  if ((hasSeason || u.lower.includes('summer') || u.lower.includes('winter')) && out.length === 0 && HIRING_DOCS.test(u.lower)) {
    // "every season we put on ringers and jillaroos, maybe thirty, and they all sign the employment contract and the induction,
    // so two each, and the season's march to november": the people taken on, times their papers, spread over the season.
    const x = V_SEASON_HIRES.exec(m) ?? (u.lower.includes('seasonal') ? V_SEASONAL_HIRES.exec(m) : null);
    const k = x ? seasonMonths(u) : undefined;
    if (x && k !== undefined) {
      const end = x.index + x[0].length;
      const d = SO_N_EACH_AFTER.exec(m.slice(end, end + 160));
      const per = d ? quantityAt(u, d[1]) : undefined;
      const n = per?.kind === 'cardinal' && per.value >= 2 && per.value <= 6 ? per.value : 1;
      const before = out.length;
      addVolume({ ...sc, multiplier: n }, x[2] ?? x[1], 'month', x.index, end, 1.6, 0.7, k);
      // The papers each are in the value: "so two each" is not applied again.
      if (out.length > before && n > 1) out[before].perThing = true;
    }
  }
  if (hasPeriod && THEY_SIGN.test(u.lower)) {
    V_THEY_SIGN_COUNT.lastIndex = 0;
    // The things counted are the signers themselves: no per-person multiplier.
    for (let x = V_THEY_SIGN_COUNT.exec(m); x; x = V_THEY_SIGN_COUNT.exec(m)) {
      addVolume({ ...sc, multiplier: 1 }, x[2], unitOf(x[3] ?? x[4] ?? x[5] ?? x[6], u), x.index, x.index + x[0].length, 1.6, 0.7);
    }
  }
  if (hasPeriod && (u.lower.includes('renew') || u.lower.includes('expire'))) {
    for (let x = execMasked(u, V_POP_RENEW, V_POP_RENEW_Y, 0); x; x = execMasked(u, V_POP_RENEW, V_POP_RENEW_Y, x.index + x[0].length)) {
      // "the two admin ladies plus me and the leases renew once a year": the caller's people hold no leases.
      const held = COUNTED_WORD.exec(x[0].slice(1))?.[1];
      if (held !== undefined && FAMILIAR_STAFF.test(held)) continue;
      if (!covered(out, x.index)) addVolume(sc, x[1], unitOf(x[2] ?? x[3] ?? x[4] ?? x[5], u), x.index, x.index + x[0].length, 1.4, 0.7);
    }
  }
  if (hasPeriod && hasEach && u.lower.includes(' of each ')) {
    V_OF_EACH.lastIndex = 0;
    for (let x = V_OF_EACH.exec(m); x; x = V_OF_EACH.exec(m)) {
      const kinds = docKindsBefore(u, x.index);
      if (kinds >= 2) addVolume(sc, x[1], unitOf(x[2] ?? x[3] ?? x[4] ?? x[5], u), x.index, x.index + x[0].length, 2, 0.75, 1 / kinds);
    }
  }
  // "per term the parents sign the enrolment contract and the trip consent, we send six hundred of each": the period said first.
  if ((hasPeriod || hasTerm) && hasEach && out.length === 0 && u.lower.includes(' of each')) {
    V_OF_EACH_BARE.lastIndex = 0;
    for (let x = V_OF_EACH_BARE.exec(m); x; x = V_OF_EACH_BARE.exec(m)) {
      const kinds = docKindsBefore(u, x.index);
      const p = kinds >= 2 ? OF_EACH_PERIOD_BEFORE.exec(m.slice(clauseOf(u, x.index)[0], x.index)) : null;
      if (!p) continue;
      const k = TERM_WORD.test(p[1]) ? termsInYear(u, p[1], x[1]) : undefined;
      if (k !== undefined) addVolume(sc, x[1], 'year', x.index, x.index + x[0].length, 2, 0.75, 1 / (kinds * k));
      else if (!TERM_WORD.test(p[1])) addVolume(sc, x[1], unitOf(p[1], u), x.index, x.index + x[0].length, 2, 0.75, 1 / kinds);
    }
  }
  const hasSummer = u.lower.includes('summer') || u.lower.includes('winter') || u.lower.includes('autumn');
  if ((hasTerm || hasSeason || hasSummer) && out.length === 0) {
    const signs = (hasEach && (eachVerb ??= EACH_VERB.test(u.lower))) || SIGNS_DOC.test(u.lower) || SIGN_DOCS.test(m);
    // With no signing said, a document named and the terms in a year or the season's months ("two semesters", "six months").
    const spread = !signs && (hasTerm || hasSeason || hasSummer) && (u.lower.includes(' months') || TERMS_PLURAL.some((w) => u.lower.includes(w)));
    for (let x = signs || (spread && hasDoc(u)) ? execMasked(u, V_TERM_THINGS, V_TERM_THINGS_Y, 0) : null; x; x = execMasked(u, V_TERM_THINGS, V_TERM_THINGS_Y, x.index + x[0].length)) {
      // "four terms a year, no wait, we only run three terms": the corrected count of terms.
      TERMS_CORRECTED.lastIndex = x.index + x[0].length;
      const fix = x[3] !== undefined ? TERMS_CORRECTED.exec(m) : null;
      const q = x[5] === undefined ? quantityAt(u, fix?.[1] ?? x[3] ?? x[4]) : undefined;
      const k = x[5] !== undefined ? monthsInSpan(x[5], x[6]) : q?.kind === 'cardinal' ? q.value : 0;
      if (k < 1 || k > 12) continue;
      // "thirty studies a semester, each with about forty participants": the people each thing has.
      const um = UNIT_AFTER_COUNT.get(x[2])!.exec(x[0]);
      const unitEnd = x.index + (um ? um.index + um[0].length : x[0].length);
      const w = EACH_WITH.exec(m.slice(unitEnd, unitEnd + 60));
      const per = w ? quantityAt(u, w[1]) : undefined;
      const people = per?.kind === 'cardinal' && per.value >= 2 ? per.value : 1;
      const bare = BARE_UNIT.test(m.slice(x.index + 1, unitEnd));
      if (bare && !hasDoc(u)) continue;
      if (!signs && !bare) {
        const thing = THING_BEFORE_UNIT.exec(m.slice(x.index + 1, unitEnd))?.[1];
        const named = (t: string | undefined) => t !== undefined && t.length >= 3 && docNamesThing(m, t.replace(/(?<!s)s$/, ''));
        // "a hundred and twenty kids enrolling each term" with the enrolment forms named: each one joining signs one.
        const joins = thing !== undefined && JOINING_DOC.get(thing)?.test(m) === true;
        if (!named(thing) && !(people > 1 && named(w![2])) && !joins) continue;
      }
      // "every kid needs a permission slip per outing ... two outings a term": each of the kids counted signs one per outing.
      const carriers = people === 1 ? carriersPer(u, THING_BEFORE_UNIT.exec(m.slice(x.index + 1, unitEnd))?.[1]) : 1;
      const s2 = { ...sc, multiplier: sc.multiplier * people * carriers };
      const end = Math.max(x.index + x[0].length, w ? unitEnd + w.index + w[0].length : 0);
      if (x[3] !== undefined && k <= 6) addVolume(s2, x[1], 'year', x.index, end, 1.4, 0.7, 1 / k);
      else if ((x[4] ?? x[5]) !== undefined && SEASONS.has(x[2])) addVolume(s2, x[1], 'month', x.index, end, 1.4, 0.7, k);
    }
    // "three terms a year, and every student signs a course agreement ... around 270 students a term": the terms said before.
    for (let x = signs && hasTerm && out.length === 0 ? execMasked(u, V_THINGS_A_TERM, V_THINGS_A_TERM_Y, 0) : null; x;
      x = execMasked(u, V_THINGS_A_TERM, V_THINGS_A_TERM_Y, x.index + x[0].length)) {
      const k = termsInYear(u, x[3], x[1]);
      if (k !== undefined && EACH_NEW_THING_CARRIES.test(m, x[2])) {
        addVolume(sc, x[1], 'year', x.index, x.index + x[0].length, 1.4, 0.7, 1 / k);
      }
    }
  }
  // A season's length may be said in the singular ("so about seven month").
  const monthsSaid = ((present & MONTHS_MASK) !== 0 && u.lower.includes(' months')) || (hasSeason && u.lower.includes(' month'));
  if (hasEach && out.length === 0 && monthsSaid && (eachVerb ??= EACH_VERB.test(u.lower))) {
    // "every haul out the owner signs a storage contract, about a hundred and twenty haul outs in the fall, and that's over three months".
    for (let x = execMasked(u, V_THINGS_OVER_MONTHS, V_THINGS_OVER_MONTHS_Y, 0); x && out.length === 0;
      x = execMasked(u, V_THINGS_OVER_MONTHS, V_THINGS_OVER_MONTHS_Y, x.index + x[0].length)) {
      const k = quantityAt(u, x[2]);
      if (k?.kind === 'cardinal' && k.value >= 2 && k.value <= 12) addVolume(sc, x[1], 'month', x.index, x.index + x[0].length, 1.4, 0.7, k.value);
    }
    V_MONTHS_THEN_THINGS.lastIndex = 0;
    for (let x = out.length === 0 ? V_MONTHS_THEN_THINGS.exec(m) : null; x && out.length === 0; x = V_MONTHS_THEN_THINGS.exec(m)) {
      const k = quantityAt(u, x[1]);
      // "... about a hundred twenty peelers on de visa, every one sign de work contract": "every one" is the things just counted.
      const end = x.index + x[0].length;
      const signs = EACH_STEM_CARRIES_EACH.test(m, x[3]) || EACH_ONE_CARRIES.test(m.slice(end, end + 50));
      if (signs && k?.kind === 'cardinal' && k.value >= 2 && k.value <= 12) addVolume(sc, x[2], 'month', x.index, x.index + x[0].length, 1.4, 0.7, k.value);
    }
  }
  if (hasPeriod && hasEach && out.length === 0 && (eachVerb ??= EACH_VERB.test(u.lower))) {
    V_EACH_THEN_COUNT.lastIndex = 0;
    const x = thingRepeatedAfterCount(u) ? V_EACH_THEN_COUNT.exec(m) : null;
    // The things counted are the signers themselves: no per-person multiplier ("each member ... 240 members" is 240).
    if (x) addVolume({ ...sc, multiplier: 1 }, x[6], unitOf(x[2] ?? x[3] ?? x[4] ?? x[5], u), x.index, x.index + x[0].length, 1.4, 0.7);
  }
  if (hasPeriod && (present & TO_MASK) !== 0 && u.lower.includes(' to ') && (u.lower.includes('sen') || u.lower.includes('mail'))) {
    V_SEND_ONCE_TO.lastIndex = 0;
    for (let x = V_SEND_ONCE_TO.exec(m); x; x = V_SEND_ONCE_TO.exec(m)) {
      addVolume(sc, x[5], unitOf(x[1] ?? x[2] ?? x[3] ?? x[4], u), x.index, x.index + x[0].length, 1.6, 0.75);
    }
    V_SEND_TO.lastIndex = 0;
    for (let x = V_SEND_TO.exec(m); x; x = V_SEND_TO.exec(m)) {
      if (!covered(out, x.index + x[0].indexOf(x[1]))) addVolume(sc, x[1], unitOf(x[2] ?? x[3] ?? x[4] ?? x[5], u), x.index, x.index + x[0].length, 1.6, 0.75);
    }
  }
  if (!hasPeriod) {
    // "every client signs ... 850 clients, and it all gets signed over september and october": a window, not a period word.
    if (out.length === 0 && (hasSpan || hasTerm)) eachThingReadings({ ...sc, multiplier: 1 });
    if (out.length === 0 && hasEach && hasSeason) populationOnce(sc);
    if (hasEach) participantReadings(sc, present, hasSeason);
    // "... about 750 guests in the high season, and each guest signs a waiver and a booking form, so two per guest".
    if (hasEach && out.length > 0 && u.numStarts.length >= 2) docsPerThing(u, out);
    return out;
  }
  if (u.numStarts.length >= 2 && PER_THING_FIRST_GATE.test(u.lower)) {
    V_PER_THING_FIRST.lastIndex = 0;
    for (let x = V_PER_THING_FIRST.exec(m); x; x = V_PER_THING_FIRST.exec(m)) {
      const per = quantityAt(u, x[2]);
      const end = x.index + x[0].length;
      if (PERIOD_WORD.test(x[1]) || per?.kind !== 'cardinal' || per.value < 2) continue;
      // The things counted carry a document ("... sixty extras and every one of them signs a talent release") or are one.
      const docsCounted = DOC_START.test(m.slice(end - x[3].length, end));
      if (!docsCounted && !EACH_VERB.test(m.slice(end, end + 60))) continue;
      // With no preposition ("every shoot day we have forty extras"), the people counted must be said to sign ("every one of
      // them signs"): "each job has got four labourers, and every job signs a contract" is the job's document.
      if (EACH_LEAD.test(x[0]) && !docsCounted && !EACH_ONE_CARRIES.test(m.slice(end, end + 60))) continue;
      // "on a typical shoot day ... five days a week": the days of it said per period.
      const rate = thingRate(u, x[1]) ?? (x[1].endsWith(' day') ? thingRate(u, 'day') : null);
      if (rate) addVolume(sc, rate[0], rate[1], Math.min(x.index, rate[2]), Math.max(end, rate[3]), 2, 0.7, 1 / per.value);
    }
  }
  if (perPerson && multiplier > 1 && out.length === 0) {
    V_ONE_EACH.lastIndex = perPerson.index;
    const x = V_ONE_EACH.exec(m);
    const period = x ? unitOf(x[1] ?? x[2] ?? x[3] ?? x[4], u) : null;
    if (x && period) out.push({ value: perMonth(multiplier, period), start: x.index, end: x.index + x[0].length, priority: 1, confidence: 0.6 });
    else {
      // "forty active jobs and each one does a draw a month", with "every draw ... a signed lien waiver": one thing that carries it.
      V_ONE_THING_EACH.lastIndex = perPerson.index;
      const y = V_ONE_THING_EACH.exec(m);
      const p = y && !PERIOD_WORD.test(y[1]) ? unitOf(y[2] ?? y[3] ?? y[4] ?? y[5], u) : null;
      if (y && p && EACH_THING_HAS_DOC.test(m, y[1])) out.push({ value: perMonth(multiplier, p), start: y.index, end: y.index + y[0].length, priority: 1, confidence: 0.6 });
    }
    // "twelve reps ... sending the customer contract ..., each of them does about two installs a week": one set per sale.
    if (out.length === 0 && hasDoc(u)) {
      V_SALES_EACH.lastIndex = perPerson.index;
      const z = V_SALES_EACH.exec(m);
      if (z && z.index - perPerson.index <= 60) addVolume(sc, z[1], unitOf(z[2] ?? z[3] ?? z[4] ?? z[5], u), z.index, z.index + z[0].length, 1, 0.6);
    }
  }
  if (out.length === 0 && u.lower.includes('so ') && u.lower.includes(' per ')) {
    // "each patient ... signs two, ..., so two per patient, and we do around, uh, sixty operations per month": the documents per
    // thing times the things per period said right after.
    const x = V_SO_N_PER_THEN_RATE.exec(m);
    const k = x ? quantityAt(u, x[1]) : undefined;
    // The same things counted after ("so two per hand, and we mobilize 150 hands a month") are read by `docsPerThing`.
    const same = x !== null && thingWordIn(x[0].slice(x[0].lastIndexOf(x[3])), x[2].replace(/(?<!s)s$/, ''), true);
    if (x && !same && k?.kind === 'cardinal' && k.value >= 2 && k.value <= 6 && !PER_UNIT_WORD.test(x[2]) && (eachVerb ??= EACH_VERB.test(u.lower))) {
      const n = out.length;
      addVolume({ ...sc, multiplier: k.value }, x[3], unitOf(x[4] ?? x[5], u), x.index, x.index + x[0].length, 1.4, 0.7);
      if (out.length > n) out[n].perThing = true;
    }
  }
  // Both facts are read only when a reading needs them (the document scan indexes the masked text).
  let docInUtterance: boolean | undefined;
  let shortAnswer: boolean | undefined;
  for (let x = execMasked(u, V_BARE, V_BARE_Y, 0); x; x = execMasked(u, V_BARE, V_BARE_Y, x.index + x[0].length)) {
    if (covered(out, x.index)) continue;
    const [cs] = clauseOf(u, x.index);
    const before = m.slice(Math.max(cs, x.index - 40), x.index);
    // With no document word and no verb, only a short answer ("a couple thousand a year, maybe") is a volume,
    // and never a count in a past or current period ("we were 20 last year, we're 30 now" is a headcount).
    // A count restated after a correction of the reading before ("forty a week, sorry, a day, forty a day") stands too.
    const corrects = out.length > 0 && CORRECTED_BEFORE.test(m.slice(Math.max(cs, x.index - 40), x.index));
    if (!corrects && !(docInUtterance ??= hasDoc(u)) && !VERB_BEFORE.test(before) && (!(shortAnswer ??= isShortAnswer(u)) || x[5]) &&
      !refinedLead(u, x.index)) continue;
    if (MONEY_BEFORE.test(m.slice(cs, x.index))) continue;
    addVolume(sc, x[1], unitOf(x[2] ?? x[3] ?? x[4] ?? x[5], u), x.index, x.index + x[0].length, corrects ? 2.1 : 1, 0.7);
  }
  if (out.length === 0 && u.numStarts.length === 1 && (shortAnswer ??= isShortAnswer(u))) {
    const x = V_PERIOD_FIRST.exec(m);
    if (x) addVolume(sc, x[3], unitOf(x[1] ?? x[2], u), x.index, x.index + x[0].length, 1, 0.65);
  }
  // "over the season? twelve hundred maybe, and the season's about four months": the count spread over the season's length.
  if (out.length === 0 && hasSeason && u.numStarts.length === 2) {
    const x = V_SEASON_FIRST.exec(m);
    const k = x ? seasonMonths(u) : undefined;
    if (x && k !== undefined) addVolume(sc, x[1], 'month', x.index, x.index + x[0].length, 1, 0.65, k);
  }
  if (hasEach) docEachThingReadings(sc);
  // "the three case workers each open about ten new files a month": a role's "each" with the rate after it, as "each one".
  const eachAfterRole = out.length === 0 && listed?.[0].endsWith(' each') && multiplier > 1 ? EACH_RATE.exec(m.slice(listed.index)) : null;
  const span = eachRate ?? (eachAfterRole ? { index: listed!.index + eachAfterRole.index, 0: eachAfterRole[0] } : null);
  const eachSpan = span && multiplier > 1 ? [span.index, span.index + span[0].length, multiplier] as const : undefined;
  if (out.length === 0) eachThingReadings({ ...sc, multiplier: 1, eachSpan });
  if (out.length === 0 && hasEach && (hasSeason || u.lower.includes('once a'))) populationOnce(sc);
  if (hasEach) participantReadings(sc, present, hasSeason);
  for (const c of out) {
    correctPeriod(m, c);
    daysInWeek(u, c);
  }
  if (out.length > 1 && (u.lower.includes('only for') || u.lower.includes('just for'))) scopeOnly(u, out);
  // With no "each"/"every", only hires with their papers named take a count per person ("..., so two per person").
  if ((hasEach || (u.lower.includes(' per ') && HIRING_DOCS.test(u.lower))) && out.length > 0 && u.numStarts.length >= 2) docsPerThing(u, out);
  if (out.length > 0 && u.lower.includes(' that ')) addShare(u, out);
  if (out.length > 0 && u.numStarts.length >= 2 && (u.lower.includes(' and ') || u.lower.includes(' then '))) addSecondDoc(u, out);
  return out;
}

/**
 * What each member of a population signs, said with "each"/"every" (group 1 the thing's stem): "every kid the parents sign the
 * waiver", "each farmer sign input credit agreement", "every youth going, the parents sign one consent form".
 */
const EACH_MEMBER_SIGNS = new RegExp(`\\b(?:each|every)\\s+([a-z]{3,}?)s?\\s+(?:[a-z']+,?\\s+){0,4}?(?:go\\s+)?${CARRIES}\\s+` +
  `(?:(?:a|an|one|the|their|its|${NUM})\\s+)?(?:[a-z-]+\\s+){0,3}?${EACH_DOC}\\b`, 'g');
/** How often the whole population signs, said after it: "that's once a season", "camp is once a year" (group 1 the unit). */
const ONCE_A = /\b(?:is|that's|that is|it's|happens|runs)\s+once\s+(?:a|per|every|each)\s+(year|season)\b/;
/** A count right before a word that is its own plural, maybe after one word ("around one hundred twenty youth"). */
const COUNT_JUST_BEFORE = new RegExp(`(${NUM})\\s+(?:[a-z'-]+\\s+)?$`);

/** Occasions a document is signed for by each person taking part ("per trip", "every excursion"; the `occasions` word list). */
const OCCASION = `(?:${wordList('occasions')})`;
/** The people who take part in occasions ("kids", "young people"; the `participants` word list). */
const PARTICIPANT = `(?:${wordList('participants')})`;
/** A participant said with "each"/"every" and a document after it in the sentence: "every young person needs a parental consent". */
const EACH_PARTICIPANT_DOC = new RegExp(`\\b(?:each|every)\\s+${PARTICIPANT}\\b[^.?!;]{0,60}?\\b${EACH_DOC}\\b`);
/** The document said per occasion: "per trip", "for every excursion", "every time the children go on excursion". */
const PER_OCCASION = new RegExp(`\\b(?:per|each|every|for each|for every|on each|on every|go on|goes on|going on)\\s+(?:an?\\s+)?(?:[a-z]+\\s+)?${OCCASION}\\b`);
/** Occasions per period: "two trips a month", "six trips a term" (group 1 the count, 2 the period or term). */
const OCCASIONS_A = g(`(${NUM})\\s+(?:[a-z-]+\\s+)?${OCCASION}\\s+(?:a|an|per|each|every)\\s+(day|week|fortnight|month|quarter|year|term|semester)\\b`);
/** Participants counted on each occasion: "fifty students on each", "forty kids going" (group 1). */
const PARTICIPANTS_EACH = g(`(${NUM})\\s+(?:(?!(?:per|a|an|each|every|for|of)\\s)[a-z-]+\\s+)?${PARTICIPANT}\\s+(?:going|on each|on every|each|per|on it|on them)\\b`);
/** Participants counted, not said per period: "about sixty young people on the books" (group 1). */
const PARTICIPANTS = g(`(${NUM})\\s+(?:(?!(?:per|a|an|each|every|for|of)\\s)[a-z-]+\\s+)?${PARTICIPANT}\\b(?!\\s+(?:a|an|per|each|every)\\s+(?:day|week|fortnight|month|quarter|year)\\b)`);

/** The first cardinal of 2 or more matched by `re` (a `g` regexp whose group 1 is a count) in `u.masked`. */
function firstCount(u: Utterance, re: RegExp): string | undefined {
  re.lastIndex = 0;
  for (let x = re.exec(u.masked); x; x = re.exec(u.masked)) {
    const q = quantityAt(u, x[1]);
    if (q?.kind === 'cardinal' && q.value >= 2) return x[1];
  }
  return undefined;
}

/**
 * People times occasions: a document each participant signs per occasion, the occasions per period and the participants counted
 * ("every young person needs a parental consent per trip ... sixty young people ... two trips a month" = 120; "six trips a term with
 * around fifty students on each, and there's three terms" = 75). The participants said per occasion beat the whole roll.
 */
function peopleTimesOccasions(sc: VolumeScope): void {
  const { u } = sc;
  const m = u.masked;
  if (!PER_OCCASION.test(m) || !EACH_PARTICIPANT_DOC.test(m)) return;
  OCCASIONS_A.lastIndex = 0;
  const x = OCCASIONS_A.exec(m);
  const times = x ? quantityAt(u, x[1]) : undefined;
  if (!x || times?.kind !== 'cardinal' || times.value < 1 || times.value > 31) return;
  const who = firstCount(u, PARTICIPANTS_EACH) ?? firstCount(u, PARTICIPANTS);
  const people = who !== undefined ? quantityAt(u, who)!.value : undefined;
  if (people === undefined) return;
  const term = x[2] === 'term' || x[2] === 'semester';
  const k = term ? termsInYear(u, x[2], x[1]) : 1;
  if (k === undefined) return;
  addVolume({ ...sc, multiplier: people }, x[1], term ? 'year' : unitOf(x[2], u), x.index, x.index + x[0].length, 3, 0.7, 1 / k);
}

/** The readings of documents each participant signs: per occasion, and once a season (`present` the `GATE_WORDS` found). */
function participantReadings(sc: VolumeScope, present: number, hasSeason: boolean): void {
  if ((present & OCCASION_MASK) !== 0) peopleTimesOccasions(sc);
  if (hasSeason) participantsOnceASeason(sc);
}
/** Once each season: "..., once a season" (`participantsOnceASeason`). */
const ONCE_A_SEASON = /\bonce (?:a|per|each|every) season\b/;
/** Documents per participant: "so two per player", "that's two each" (group 1). */
const SO_N_PER_PARTICIPANT = new RegExp(`\\b(?:so|that's)\\s+(?:that's\\s+)?(${NUM})\\s+(?:(?:documents?|docs|forms|papers)\\s+)?(?:each|apiece|per\\s+${PARTICIPANT})\\b`);

/**
 * A season's once-only forms: each participant signs once a season, spread over the season's months, times the documents per
 * participant ("every player signs a waiver and a code of conduct, so two per player, once a season, and the season's april to
 * september" with "about two hundred juniors" = 400 / 6). The participants may be counted by another of their words.
 */
function participantsOnceASeason(sc: VolumeScope): void {
  const { u } = sc;
  if (!ONCE_A_SEASON.test(u.lower) || !EACH_PARTICIPANT_DOC.test(u.masked)) return;
  const k = seasonMonths(u);
  const who = k !== undefined && k >= 1 && k <= 12 ? firstCount(u, PARTICIPANTS) : undefined;
  if (who === undefined) return;
  const so = SO_N_PER_PARTICIPANT.exec(u.masked);
  const d = so ? quantityAt(u, so[1]) : undefined;
  const docs = d?.kind === 'cardinal' && d.value >= 2 && d.value <= 6 ? d.value : 1;
  const n = sc.out.length;
  const q = quantityAt(u, who)!;
  addVolume({ ...sc, multiplier: docs }, who, 'month', q.start, q.end, 3, 0.7, k);
  if (sc.out.length > n) sc.out[n].perThing = true;
}

/**
 * A population counted whose members each sign once a season (or once a year): "every kid the parents sign the concussion
 * waiver ..., we have about 450 kids and the season runs september to march" = 450 / 7; "every youth going, the parents sign one
 * consent form, around 120 youth, and camp is once a year" = 10. Only when no other reading was made; `docsPerThing` applies
 * "so two per kid" after it.
 */
function populationOnce(sc: VolumeScope): void {
  const { u } = sc;
  const m = u.masked;
  EACH_MEMBER_SIGNS.lastIndex = 0;
  let x = EACH_MEMBER_SIGNS.exec(m);
  // "every season each farmer sign ...": the member after the period.
  while (x && (PERIOD_WORD.test(x[1]) || x[1] === 'one')) {
    EACH_MEMBER_SIGNS.lastIndex = x.index + 1;
    x = EACH_MEMBER_SIGNS.exec(m);
  }
  if (!x) return;
  let count: string | undefined;
  let at = -1;
  let end = -1;
  const c = unitCount(u, x[1]);
  if (c) [count, at, end] = [c.match.count, c.match.index, c.match.end];
  else {
    // "one hundred twenty youth": a noun that is its own plural.
    for (let i = m.indexOf(` ${x[1]}`); i >= 0 && count === undefined; i = m.indexOf(` ${x[1]}`, i + 1)) {
      if (i === x.index + x[0].indexOf(x[1]) - 1 || isWordChar(m.charCodeAt(i + x[1].length + 1))) continue;
      const b = COUNT_JUST_BEFORE.exec(m.slice(Math.max(0, i - 24), i + 1));
      const q = b ? quantityAt(u, b[1]) : undefined;
      if (q?.kind === 'cardinal' && q.value >= 2) [count, at, end] = [b![1], i + 1 - b![0].length, i + 1 + x[1].length];
    }
  }
  if (count === undefined) return;
  const once = ONCE_A.exec(u.lower);
  const start = Math.min(x.index, at);
  const stop = Math.max(x.index + x[0].length, end, once ? once.index + once[0].length : 0);
  if (once?.[1] === 'year') addVolume({ ...sc, multiplier: 1 }, count, 'year', start, stop, 1.3, 0.65);
  else {
    const k = u.lower.includes('season') ? seasonMonths(u) : undefined;
    if (k !== undefined) addVolume({ ...sc, multiplier: 1 }, count, 'month', start, stop, 1.3, 0.65, k);
  }
}

/** Another document said as a share of the count before it: "... and maybe half that in the collaboration agreements" (group 1). */
const SHARE_AFTER = new RegExp(`^\\s*,?\\s*(?:and|plus)\\s+(?:(?:maybe|about|around|roughly|probably|like|another)\\s+)*(half|twice|double|a third|a quarter)\\s+` +
  `(?:of\\s+)?that\\s+(?:in|of|on|for)\\s+(?:(?:the|our)\\s+)?(?:[a-z-]+\\s+){0,2}?${DOC}\\b`);
const SHARES: Readonly<Record<string, number>> = { half: 0.5, twice: 2, double: 2, 'a third': 1 / 3, 'a quarter': 0.25 };

/** A reading followed by another document counted as a share of it ("600 NDAs a year and half that in MSAs" = 900 a year) adds it. */
function addShare(u: Utterance, out: VolumeCandidate[]): void {
  for (const c of out) {
    const x = SHARE_AFTER.exec(u.masked.slice(c.end, c.end + 90));
    if (!x) continue;
    c.value = Math.round(c.value * (1 + SHARES[x[1]]) * 100) / 100;
    c.end += x[0].length;
  }
}

/**
 * Another document with its own count and period, said right after a reading: "lease renewals, about a hundred and twenty a
 * month, and then the vendor contracts for snow removal, maybe fifty a year"; "thirty ndas a month to clients, and then the m s a's,
 * maybe five a month"; "quotes, maybe twenty a month, and then change orders on top, like thirty a month" (after "then" the document
 * may come bare); "..., and then we raise purchase orders, about forty p os a
 * month"; "..., and each new hire signs the contract, about ten new hires a month": the things that carry it counted; "... a
 * month across the three. then the private office leases, maybe ten a month" (group 1 what is said before the count, with a
 * document in its first six words; 2 the count).
 */
const SECOND_DOC_AFTER = new RegExp(`^(?:\\s+across\\s+(?:the|all|our)\\s+(?:[a-z]+|${NUM})|\\s+to\\s+(?:(?:our|the|new|all)\\s+)?` +
  `(?:clients|customers|suppliers|vendors|partners|buyers|tenants|members))?\\s*[,.]?\\s*` +
  `(?:and\\s+(?:then\\s+|also\\s+)?|then\\s+)(?:(?:the|our|each|every|we [a-z]+)\\s+|(?<=then\\s+)(?=[a-z]+(?:\\s+[a-z]+)?s\\b))([^.?!;${PLACEHOLDERS}]{1,100}?)` +
  `(?:(?:about|around|maybe|roughly|like|probably)\\s+)?(${NUM})\\s+(?:of (?:them|those|'em)\\s+|(?:new\\s+)?(?:[a-z]{3,}s|p ?os)\\s+)?${SIMPLE_PERIOD}`);
/** The first six words of a string. */
const SIX_WORDS = /^(?:\S+\s+){0,5}\S+/;

/** A second document with its own count after a reading adds to it (`SECOND_DOC_AFTER`); a reading of that count alone is dropped. */
function addSecondDoc(u: Utterance, out: VolumeCandidate[]): void {
  for (const c of [...out]) {
    const x = SECOND_DOC_AFTER.exec(u.masked.slice(c.end, c.end + 150));
    const q = x ? quantityAt(u, x[2]) : undefined;
    const period = x ? unitOf(x[3] ?? x[4], u) : null;
    if (q?.kind !== 'cardinal' || period === null || !out.includes(c)) continue;
    DOC_G.lastIndex = 0;
    if (!DOC_G.test(SIX_WORDS.exec(x![1])?.[0] ?? '')) continue;
    const end = c.end + x!.index + x![0].length;
    for (let i = out.length - 1; i >= 0; i--) if (out[i] !== c && out[i].start >= c.end && out[i].start < end) out.splice(i, 1);
    const exact = (c.exact ?? c.value) + q.value * PER_MONTH[period];
    c.value = Math.round(exact * 100) / 100;
    c.exact = exact;
    c.end = end;
  }
}

/** The document named before the things that each carry it: "the agreement each delivery partner signs with us" (group 1 the thing). */
const DOC_EACH_THING = new RegExp(`(?:each|every)\\s+(?:[a-z-]+\\s+)?([a-z]{3,})\\s+(?:[a-z']+\\s+)?${CARRIES}\\b`, 'y');
/** A document (maybe "that") ending the text before "each"/"every" (`DOC_EACH_THING`). */
const DOC_BEFORE_EACH = new RegExp(`\\b${DOC},?\\s+(?:that\\s+)?$`);
/** What the caller says the product is for: "the system is only for the partner side". */
const ONLY_FOR = /\b(?:(?:it|this|system|tool|platform|product|software)(?:'s|'d be| is| would be| will be)?|(?:need|want|use) it) (?:only|just) for\b/;

/**
 * The document named, then the things that each carry it, counted per period: "the agreement each delivery partner signs
 * with us, around three hundred new partners a month" = 300.
 */
function docEachThingReadings(sc: VolumeScope): void {
  const { u, out } = sc;
  const m = u.masked;
  for (const w of EACH_WORDS) {
    for (let e = m.indexOf(w); e > 0; e = m.indexOf(w, e + 1)) {
      DOC_EACH_THING.lastIndex = e;
      const x = m.charCodeAt(e - 1) === 32 ? DOC_EACH_THING.exec(m) : null;
      if (!x || PERIOD_WORD.test(x[1]) || PERSON_WORD.test(x[1]) || covered(out, e)) continue;
      const d = DOC_BEFORE_EACH.exec(m.slice(Math.max(0, e - 40), e));
      const rate = d ? thingRate(u, x[1]) : null;
      if (rate && rate[2] > e && !covered(out, rate[2])) addVolume({ ...sc, multiplier: 1 }, rate[0], rate[1], Math.max(0, e - 40) + d!.index, rate[3], 1.4, 0.7);
    }
  }
}

/** "the system is only for the partner side, ...": readings said after it beat those before it (they are about something else). */
function scopeOnly(u: Utterance, out: VolumeCandidate[]): void {
  const at = u.lower.search(ONLY_FOR);
  if (at < 0 || !out.some((c) => c.start > at)) return;
  for (const c of out) if (c.start < at) c.priority -= 1;
}

/**
 * A rate of hires: "we onboard about three hundred new staff a year", "hiring like twenty people a month" (group 1 the verb,
 * 2 the count). Read as one set of hiring papers per hire when the verb is "onboard" or the papers are named (HIRING_DOCS).
 */
const HIRES = new RegExp(`\\b(onboard(?:s|ed|ing)?|hire|hires|hiring|hired|take on|taking on|bring on|bringing on|recruit|recruiting)\\s+` +
  `(?:(?:about|around|roughly|maybe|like|some|something like|somewhere around|over|up to|probably|approximately|approx)\\s+)*(${NUM})\\s+(?:(?:new\\s+)?(?:[a-z-]+\\s+)?` +
  `(?:[a-z]+s|staff|people)\\s+)?${PERIOD_AFTER}`);
/** A count restated right after a rate ("thirty five per month, sorry, forty per month"; group 1 the count). */
const CORRECTED_RATE = new RegExp(`^,?\\s*${CORRECTION_WORDS_SRC}[\\s,]+(${NUM})\\s+(?:a|an|per|each|every)\\s+(day|week|fortnight|month|quarter|year)\\b`);
/** People hired for a season ("we hire like six hundred for the salmon season"; group 1 the count), read with its length. */
const HIRES_SEASON = new RegExp(`\\b(?:hir(?:e|ing)|tak(?:e|ing) on|bring(?:ing)? on|recruit(?:ing)?)\\s+(?:(?:about|around|roughly|maybe|like|` +
  `some|over)\\s+)*(${NUM})\\s+(?:(?:(?:[a-z-]+\\s+)?(?:[a-z]+s|staff|people)\\s+)?(?:for|over|during|in)\\s+the\\s+(?:[a-z]+\\s+)?season\\b|` +
  `(?:[a-z-]+\\s+)?(?:[a-z]+s|staff|people)\\b(?=\\s+and\\s+each\\s+(?:one|${NUM})\\s))`);
/** New people per period with no verb: "about fifteen new starters a month", "new bar staff" (group 1 the count; read like `HIRES`). */
const NEW_PEOPLE = new RegExp(`(${NUM})\\s+new\\s+(?:[a-z]+\\s+)?(?:starters|joiners|recruits|employees|staff|hires)\\s+${PERIOD_AFTER}`);
/** Hiring papers named: offer letters, employment contracts, new-hire packs, onboarding paperwork. */
const HIRING_DOCS = new RegExp(String.raw`\b(?:offer letters?|appointment letters?|(?:employment|staff|employee|work|seasonal|crew) contracts?|` +
  String.raw`(?:safety |staff )?inductions?|contracts? of employment|` +
  String.raw`new[- ]hire (?:packs?|packets?|paperwork|forms?)|onboarding (?:paperwork|packs?|packets?|docs|documents|forms?))\b`);
/** The same count said again with another period: "fifteen a quarter, no, sorry, fifteen a month" (the repeat is blanked). */
const CORRECTION_WORDS = CORRECTION_WORDS_SRC;
const CORRECTED_PERIOD = new RegExp(String.raw`^[\s,-]*${CORRECTION_WORDS}(?:[\s,]+${CORRECTION_WORDS})*[\s,]+(?:[${PLACEHOLDERS}]\s*)?` +
  String.raw`(?:a|per|every|each)\s+(day|week|fortnight|month|quarter|year)\b`);

/** Re-time a reading whose period the caller corrects right after it (see CORRECTED_PERIOD). */
function correctPeriod(m: string, c: VolumeCandidate): void {
  const x = CORRECTED_PERIOD.exec(m.slice(c.end, c.end + 60));
  if (!x) return;
  const was = periodIn(m.slice(c.start, c.end));
  if (was === null || was === x[1]) return;
  // The reading was rounded to cents: a count that comes back within rounding of a whole number is that number.
  const raw = c.value / PER_MONTH[was];
  const count = Math.abs(raw - Math.round(raw)) < 0.05 ? Math.round(raw) : raw;
  c.value = Math.round(count * PER_MONTH[x[1] as Period] * 100) / 100;
  c.end += x.index + x[0].length;
}

/** The days worked in a week said right after a count per day: "monday to saturday" (group 1), "six days a week" (group 2), "we work
 * six days" (group 3, no period after it); "of those" or a place may come between ("ninety a day between the two, seven days a week"). */
const DAYS_A_WEEK = new RegExp(String.raw`^(?:\s+of (?:those|them|'em))?(?:\s+(?:between|across|among|over)(?:\s+(?:[a-z'-]+|${NUM})){1,3}?\s*(?=,))?` +
  String.raw`,?\s+(?:(?:(?:we|they)\s+(?:work|open|operate)\s+)?(?:(?:from\s+)?mon(?:day)?\s+(?:to|through|thru|till|until|-)\s+(sat|sun)(?:urday|day)?\b|` +
  `(${NUM})\\s+days\\s+(?:a|per|every|each)\\s+week\\b)|(?:we|they)\\s+(?:work|open|operate)\\s+(${NUM})\\s+days\\b(?!\\s+(?:a|per|every|each|in)\\b))`);

/** A count's "a day"/"per day"/"daily". */
const PER_DAY = /\b(?:(?:a|an|per|each|every)\s+(?:(?:business|work|working)\s+)?day|daily)\b/;
/** Re-time a count per day said with the days worked in a week ("twenty trips per day, monday to saturday" = 20 × 6 × 52 / 12). */
function daysInWeek(u: Utterance, c: VolumeCandidate): void {
  const m = u.masked;
  if (periodIn(m.slice(c.start, c.end)) !== 'day') return;
  // Right after the reading's "a day" ("forty deliveries a day, six days a week, and every delivery has ...").
  const d = PER_DAY.exec(m.slice(c.start, c.end));
  let from = d ? c.start + d.index + d[0].length : c.end;
  let x = DAYS_A_WEEK.exec(m.slice(from, from + 60));
  if (!x && from !== c.end) x = DAYS_A_WEEK.exec(m.slice((from = c.end), c.end + 60));
  if (!x) return;
  const n = x[2] ?? x[3];
  const q = n !== undefined ? quantityAt(u, n) : undefined;
  const days = x[1] !== undefined ? (x[1] === 'sat' ? 6 : 7) : q?.kind === 'cardinal' ? q.value : 0;
  if (!Number.isInteger(days) || days < 1 || days > 7) return;
  // The reading was rounded to cents: a count per day within rounding of a whole number is that number (as in `correctPeriod`).
  const raw = c.value / BUSINESS_DAYS_PER_MONTH;
  const count = Math.abs(raw - Math.round(raw)) < 0.05 ? Math.round(raw) : raw;
  c.value = Math.round(count * days * (52 / 12) * 100) / 100;
  c.end = Math.max(c.end, from + x.index + x[0].length);
}

/** A count per term and the terms in a year: "350 a term and there's four terms" (groups 1 the count, 2 the unit, 3 the terms). */
const TERM_COUNT = new RegExp(`(${NUM})\\s+(?:a|per|each|every)\\s+(term|semester|trimester)\\b[^.?!;]{0,40}?` +
  `\\b(?:there's|there are|there is|we have|we've got|with)\\s+(${NUM})\\s+(?:terms|semesters|trimesters)\\b`);
/** A document named after the things it is signed for: "supplier agreements", "tenancy contracts" (group 1 the thing). */
const DOC_OF_THING = / (?:agreements?|contracts?|forms?|waivers?|releases?|applications?|paperwork|packets?|packs?)\b/g;

/** The word of at least four letters that ends at `end` (a space or the start before it), else undefined. */
function wordEndingAt(m: string, end: number): string | undefined {
  let i = end;
  while (i > 0) {
    const c = m.charCodeAt(i - 1);
    if (c < 97 || c > 122) break;
    i--;
  }
  return end - i >= 4 && (i === 0 || m.charCodeAt(i - 1) === 32) ? m.slice(i, end) : undefined;
}
/** A document said for the things it is signed for: "the assignment agreement for every temp we place" (group 1 the thing). */
const DOC_FOR_THING = new RegExp(`(?:(?:for|with|to)\\s+(?:(?:each|every|all|the|our)\\s+)?|(?:each|every)\\s+)(?:[a-z-]+\\s+)?([a-z]{3,})\\b`, 'y');
/**
 * What ends just before `DOC_FOR_THING`: a document (maybe "signed", "goes out" or "out": "a client care letter goes out with every
 * new file", "we send a client care letter out with every new file").
 */
const DOC_BEFORE_FOR = new RegExp(`\\b(?:${DOC}|paperwork),?\\s+(?:signed\\s+|(?:(?:goes|go|is sent|gets sent|is issued)\\s+)?(?:out\\s+)?)?$`);
/** `word` occurs twice in `m` (a thing counted per period is said again: checked before building its `thingRate` pattern). */
function saidTwice(m: string, word: string): boolean {
  const i = m.indexOf(word);
  return i >= 0 && m.indexOf(word, i + word.length) >= 0;
}
/** Where `DOC_FOR_THING` may start: at "for" or "with" after a space (a document before it is checked only for a rate found). */
function forWithAt(m: string): number[] {
  const at: number[] = [];
  for (const w of [' for ', ' with ', ' to ']) for (let i = m.indexOf(w); i >= 0; i = m.indexOf(w, i + 1)) at.push(i + 1);
  for (const w of [', every ', ', each ']) for (let i = m.indexOf(w); i >= 0; i = m.indexOf(w, i + 1)) at.push(i + 2);
  return at.sort((a, b) => a - b);
}
/** Deals closed per period: "we do about thirty sales a month" (read only with a document named in the turn). */
const DEALS_RATE = new RegExp(`\\b(?:do|does|close|closes|handle|handles|process|processes|complete|completes)\\s+` +
  `(?:(?:about|around|roughly|maybe|like|some|over)\\s+)*(${NUM})\\s+(?:[a-z-]+\\s+)?(?:sales|deals|closings|completions|transactions)\\s+${PERIOD_AFTER}`);
/** Units sold per period: "we're selling maybe a hundred and twenty units a year" (read like `DEALS_RATE`: one set per sale). */
const UNITS_SOLD = new RegExp(`\\b(?:sell|sells|selling|sold)\\s+(?:(?:about|around|roughly|maybe|like|some|over)\\s+)*(${NUM})\\s+(?:[a-z-]+\\s+)?` +
  `(?:units|homes|houses|flats|apartments|condos|plots|properties|cars|vehicles)\\s+${PERIOD_AFTER}`);
/**
 * People per thing: "about four players on a session", "six suppliers an event" (groups 1 the count, 2 the thing), "each group is about eight people"
 * (3 the thing, 4 the count).
 */
const PEOPLE_PER_THING = new RegExp(`(${NUM})\\s+(?:[a-z-]+\\s+)?(?:[a-z]+s|women|men|children)\\s+(?:(?:on|per|in|at)\\s+(?:a|an|each|every)|each|` +
  `every|per|an?(?=\\s+(?!(?:day|week|fortnight|month|quarter|year|workday|weekday|season|term|time|person|head|user|seat)s?\\b)))\\s+([a-z]{3,})\\b|` +
  `\\b(?:each|every|a)\\s+([a-z]{3,})\\s+(?:is|has)\\s+(?:(?:about|around|roughly|maybe|like|usually)\\s+)*(${NUM})\\s+(?:people|persons|guests|players|riders|passengers)\\b`);
/**
 * What every `PEOPLE_PER_THING` match has after its count's noun: a preposition, "each", "every" or "per" (a count "an event"
 * is read only beside "every"/"per": the readings that ask for people per thing need one).
 */
const PEOPLE_PER_THING_GATE = /\b(?:each|every|per)\b/;
/** "every learner signs ...": the thing said with each/every before what it carries (group 1), maybe glossed ("every despacho, every
 * import file, ..."). */
const EACH_THING_CARRIES = g(`\\b(?:each|every)\\s+(?:new\\s+)?([a-z]{2,}(?:-[a-z]+)?),?\\s+(?:every\\s+(?:[a-z]+\\s+)?[a-z]+,\\s+)?` +
  `(?:(?:that|which|who)\\s+(?:[a-z']+\\s+){0,4}?|(?:[a-z']+\\s+){0,4}?)${CARRIES}\\b`);
/**
 * "twenty five new files a week and each one gets a client care letter": things per period, each with its document; an aside
 * with no count may sit between ("... a month across the group, about thirty percent of those are after hours, and each one ...").
 */
const RATE_THEN_EACH_ONE = new RegExp(`(${NUM})\\s+(?:[a-z'-]+\\s+){0,2}?[a-z]+s\\s+${PERIOD_AFTER}[^.?!;${QUANTITIES}]{0,90}?` +
  `\\b(?:each|every)\\s+(?:one|${NUM}|of (?:them|those|'em))\\s+(?:[a-z']+\\s+)?${CARRIES}\\b`);
/**
 * The same with the signer named and "every time": "fifteen probate files a month and the client signs the terms of business every
 * time" (two kinds may be joined: "fifteen wills and probate files").
 */
const RATE_THEN_EVERY_TIME = new RegExp(`(${NUM})\\s+(?:[a-z]+s\\s+and\\s+)?${MODV}[a-z]+s\\s+${PERIOD_AFTER}[^.?!;${QUANTITIES}]{0,60}?\\b(?:the|our|my)\\s+(?:[a-z]+\\s+)?[a-z]+\\s+` +
  `${CARRIES}\\s+(?:a|an|one|the|their|its)\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\s+(?:every|each)\\s+time\\b`);
/**
 * How often each thing signs or renews: "signs ... once a year", "renewed every two years", "send their timesheets in every
 * fortnight" (groups: 1 a unit, 2 an -ly word, 3 a count and 4 its unit for "every six months").
 */
const RENEWAL = g(`\\b(?:(?:${CARRIES}|renewed|signed|send|sends|sent|turns? over|turned over|re-?enroll?(?:s|ing|in)?)\\b[^.?!;,]{0,40}?(?<!\\bfor\\s)|in\\s+|(?:runs?|is open|opens?)\\s+|` +
  `of (?:them|'?em),\\s+(?=once ))\\b` +
  `(?:once\\s+)?(?:(?:a|per|every|each)\\s+(year|quarter|month|fortnight|week)|` +
  `(annually|yearly|quarterly)|every\\s+(${NUM})\\s+(years|months)|(?:over|in|between|during|from)\\s+${MONTH_SPAN})\\b`);
/** What follows a count of things held, not a rate ("two hundred and forty farms", "forty five of them"; group 1 the noun). */
const STOCK_AFTER = new RegExp(String.raw`^(?:\s*,?\s*${CORRECTION_WORDS}[\s,]+(?:[${PLACEHOLDERS}]\s*)?)?\s+` +
  String.raw`(?:(?:[a-z'-]+\s+){0,2}?([a-z][a-z'-]*[^s\W']s)\b|of (?:them|those|'?em)\b)` +
  String.raw`(?!\s+(?:a|an|per|each|every|last|this|in a)\s+(?:day|week|fortnight|month|quarter|year|season|term)\b)`);
/** The plural counted right after a count's placeholder, maybe after one word (group 1): "two admin ladies". */
const COUNTED_WORD = /^\s+(?:[a-z'-]+\s+)??([a-z]+s)\b/;
/** The caller's own people said familiarly ("the two admin ladies", "three lads"): no things held. */
const FAMILIAR_STAFF = /^(?:ladies|girls|lads|lasses|guys|gals|fellas|blokes|staff|employees)$/;
/** A people word right after a counted thing ("two accounts staff"): people, not things held. */
const PEOPLE_NEXT = /^\s+(?:staff|people|employees|personnel)\b/;
const NOT_THINGS = /^(?:years|months|weeks|days|hours|minutes|times|percent|pounds|dollars|euros|bucks|rands|rupees|quid|sales|news|series|business)$/;

/** People per thing as the caller says it (`PEOPLE_PER_THING`): the count (2 or more), the thing, and where it is said. */
interface PeoplePerThing {
  per: number;
  thing: string;
  /** Said as "each <thing> is about N people": the people are whoever signs. */
  generic: boolean;
  start: number;
  end: number;
  /** The people, when said as "each build's got eight subbies" with "every subbie signs ...": they sign. */
  who?: string;
}

/** The utterance's `PeoplePerThing`, or null when it says none. */
function peoplePerThing(u: Utterance): PeoplePerThing | null {
  const x = PEOPLE_PER_THING.exec(u.masked);
  const per = x ? quantityAt(u, x[1] ?? x[4]) : undefined;
  const thing = x?.[3] ?? x?.[2];
  if (x && per?.kind === 'cardinal' && per.value >= 2 && thing !== undefined) {
    return { per: per.value, thing, generic: x[3] !== undefined, start: x.index, end: x.index + x[0].length };
  }
  // "twelve courses a week with ten students each": the people each thing counted per period has.
  const wi = u.masked.indexOf(' with ');
  const w = wi >= 0 && (u.masked.indexOf(' each', wi) >= 0 || u.masked.indexOf('apiece', wi) >= 0) ? WITH_EACH.exec(u.masked) : null;
  const wq = w ? quantityAt(u, w[6]) : undefined;
  if (w && wq?.kind === 'cardinal' && wq.value >= 2) {
    const start = w.index + w[0].lastIndexOf(w[6]);
    return { per: wq.value, thing: w[1], generic: false, start, end: w.index + w[0].length };
  }
  // "each build's got eight subbies, and every subbie signs a subcontract agreement": the people each thing has, who sign.
  const h = u.masked.includes('has') || u.masked.includes('\'s') ? EACH_HAS_PEOPLE.exec(u.masked) : null;
  const hq = h ? quantityAt(u, h[2]) : undefined;
  if (!h || hq?.kind !== 'cardinal' || hq.value < 2 || h[3] === h[1] || PERIOD_WORD.test(h[1]) ||
    !EACH_STEM_CARRIES_EACH.test(u.masked, h[3])) return null;
  return { per: hq.value, thing: h[1], generic: false, start: h.index + h[0].lastIndexOf(h[2]), end: h.index + h[0].length, who: h[3] };
}
/** People each thing has: "each build's got eight subbies", "every class has about twenty kids" (1 the thing, 2 the count, 3 the people's stem). */
const EACH_HAS_PEOPLE = new RegExp(`\\b(?:each|every)\\s+([a-z]{3,}?)(?:'s|\\s+has)(?:\\s+got)?\\s+(?:(?:about|around|roughly|maybe|like|usually|` +
  `typically)\\s+)*(${NUM})\\s+(?:[a-z-]+\\s+)?([a-z]{3,}?)(?:s|es)\\b`);
/** People each thing counted per period has, said after the rate: "twelve courses a week with ten students each" (1 the thing, 6 the count). */
const WITH_EACH = new RegExp(`\\b([a-z]{3,}?)s?\\s+${PERIOD_AFTER}\\s+with\\s+(?:(?:about|around|roughly|maybe|like|some|up to)\\s+)?(${NUM})\\s+` +
  `(?:[a-z-]+\\s+)?[a-z]+s\\s+(?:each|apiece)\\b`);

/**
 * Readings of things that each carry a document, tried when nothing else read a volume: the things' own rate ("every
 * learner signs a tuition agreement ... seventy new learners a month"), things per period that each carry one ("twenty five
 * new files a week and each one gets a client care letter"), and a count of the things held times how often each signs
 * or renews ("each camp signs a catering contract, we've got twelve camps and they renew every six months": 2 a month).
 */
function eachThingReadings(sc: VolumeScope): void {
  const { u, out } = sc;
  const m = u.masked;
  // "we send maybe 350 a term and there's four terms": a count per term times the terms in a year.
  const l = u.lower;
  const t = l.includes('term') || l.includes('mester') ? TERM_COUNT.exec(m) : null;
  if (t) {
    const k = quantityAt(u, t[3]);
    if (k?.kind === 'cardinal' && k.value >= 1 && k.value <= 6) addVolume(sc, t[1], 'year', t.index, t.index + t[0].length, 1.2, 0.7, 1 / k.value);
    if (out.length > 0) return;
  }
  const h = l.includes('hir') || l.includes('onboard') || l.includes(' on ') || l.includes('recruit') ? HIRES.exec(m) : null;
  if (h && (h[1].startsWith('onboard') || l.includes('onboarding') || HIRING_DOCS.test(l))) {
    const c = CORRECTED_RATE.exec(m.slice(h.index + h[0].length, h.index + h[0].length + 60));
    if (c) addVolume(sc, c[1], unitOf(c[2], u), h.index, h.index + h[0].length + c[0].length, 1.2, 0.7);
    else addVolume(sc, h[2], unitOf(h[3] ?? h[4] ?? h[5] ?? h[6], u), h.index, h.index + h[0].length, 1.2, 0.7);
    if (out.length > 0) return;
  }
  // "we hire like six hundred for the salmon season, which runs june through august": spread over the season.
  // "we hire like four hundred pickers and each one signs the work contract ..., and the season is february to april": likewise.
  const hs = l.includes('season') && (HIRING_DOCS.test(l) || EACH_ONE_CARRIES.test(m)) ? HIRES_SEASON.exec(m) : null;
  const hk = hs ? seasonMonths(u) : undefined;
  if (hs && hk !== undefined) {
    addVolume(sc, hs[1], 'month', hs.index, hs.index + hs[0].length, 1.2, 0.7, hk);
    if (out.length > 0) return;
  }
  // "about fifteen new starters a month, the staff contracts and that": new people per period, the hiring papers named.
  const n = h === null && l.includes(' new ') && (l.includes('onboarding') || HIRING_DOCS.test(l)) ? NEW_PEOPLE.exec(m) : null;
  if (n) {
    addVolume(sc, n[1], unitOf(n[2] ?? n[3] ?? n[4] ?? n[5], u), n.index, n.index + n[0].length, 1.2, 0.7);
    if (out.length > 0) return;
  }
  if (!l.includes('each') && !l.includes('every') && !hasDoc(u)) return;
  // "about four players on a session": read once when first needed, for the things' own rate and for a reading of its own.
  let ppt: PeoplePerThing | null | undefined;
  let stem: string | undefined;
  EACH_THING_CARRIES.lastIndex = 0;
  for (let x = EACH_THING_CARRIES.exec(m); x; x = EACH_THING_CARRIES.exec(m)) {
    if (x[1] === 'one' || PERIOD_WORD.test(x[1])) continue;
    stem ??= x[1].replace(/s$/, '');
    const rate = thingRate(u, x[1]);
    if (rate && ppt === undefined) ppt = peoplePerThing(u);
    // "... and each shop does thirty cars a week" with "five collision shops": the rate each unit states, times the units.
    const units = rate && sc.eachSpan && rate[2] >= sc.eachSpan[0] && rate[3] <= sc.eachSpan[1] ? sc.eachSpan[2] : 1;
    const per = rate && ppt && ppt.thing.replace(/s$/, '') === x[1].replace(/s$/, '') ? ppt.per : units;
    if (rate) addVolume({ ...sc, multiplier: per }, rate[0], rate[1], Math.min(x.index, rate[2]), Math.max(x.index + x[0].length, rate[3]), 1.2, 0.7);
  }
  if (out.length > 0) return;
  // "supplier agreements ... about fifteen new suppliers a quarter": the things a document is named after, per period.
  // "the patient admission packets": either of the two words before the document may be the thing.
  DOC_OF_THING.lastIndex = 0;
  for (let x = DOC_OF_THING.exec(m); x && out.length === 0; x = DOC_OF_THING.exec(m)) {
    const w2 = wordEndingAt(m, x.index);
    const w1 = w2 !== undefined ? wordEndingAt(m, x.index - w2.length - 1) : undefined;
    for (const w of [w1, w2]) {
      const thing = w?.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
      if (thing === undefined || out.length > 0 || !saidTwice(m, thing) || PERIOD_WORD.test(thing) || NOT_THINGS.test(`${thing}s`)) continue;
      const rate = thingRate(u, thing);
      const at = w === w2 ? x.index - w2!.length : x.index - w2!.length - 1 - w1!.length;
      if (rate) addVolume(sc, rate[0], rate[1], Math.min(at, rate[2]), Math.max(x.index + x[0].length, rate[3]), 1.2, 0.7);
    }
  }
  // "we do about thirty sales a month" (or "selling 120 units a year") with the documents named: one set per deal.
  const d = l.includes('sales') || l.includes('deals') || l.includes('closings') || l.includes('completions') || l.includes('transactions')
    ? DEALS_RATE.exec(m) ?? UNITS_SOLD.exec(m) : l.includes('sell') || l.includes('sold') ? UNITS_SOLD.exec(m) : null;
  if (d && out.length === 0) addVolume(sc, d[1], unitOf(d[2] ?? d[3] ?? d[4] ?? d[5], u), d.index, d.index + d[0].length, 1.1, 0.65);
  if (out.length > 0) return;
  // "about four players on a session, and we do forty sessions a month": people per thing times things per period.
  if (l.includes(' on a') || l.includes(' per ') || l.includes(' each ') || l.includes(' every ') || l.includes(' a ')) {
    if (ppt === undefined) ppt = peoplePerThing(u);
  } else ppt = null;
  if (ppt) {
    const rate = thingRate(u, ppt.thing);
    if (rate) addVolume({ ...sc, multiplier: ppt.per }, rate[0], rate[1], Math.min(ppt.start, rate[2]), Math.max(ppt.end, rate[3]), 1.1, 0.65);
    if (out.length > 0) return;
  }
  // "intake forms with every new client ... nine hundred new clients a year".
  const forAt = out.length === 0 && (l.includes(' for ') || l.includes(' with ') || l.includes(' to ') || l.includes(', e')) &&
    (hasDoc(u) || l.includes('paperwork')) ? forWithAt(m) : [];
  for (let x = stickyAt(m, DOC_FOR_THING, forAt, 0); x && out.length === 0; x = stickyAt(m, DOC_FOR_THING, forAt, x.index + 1)) {
    if (!saidTwice(m, x[1].replace(/s$/, '')) || PERIOD_WORD.test(x[1]) || NOT_THINGS.test(x[1]) || PERSON_WORD.test(x[1])) continue;
    const rate = thingRate(u, x[1]);
    const from = Math.max(0, x.index - 40);
    const d = rate ? DOC_BEFORE_FOR.exec(m.slice(from, x.index)) : null;
    if (rate && d) addVolume(sc, rate[0], rate[1], Math.min(from + d.index, rate[2]), Math.max(x.index + x[0].length, rate[3]), 1.2, 0.7);
  }
  const r = RATE_THEN_EACH_ONE.exec(m) ?? (l.includes(' time') ? RATE_THEN_EVERY_TIME.exec(m) : null);
  if (r) {
    addVolume(sc, r[1], unitOf(r[2] ?? r[3] ?? r[4] ?? r[5], u), r.index, r.index + r[0].length, 1.2, 0.7);
    if (out.length > 0) return;
  }
  RENEWAL.lastIndex = 0;
  for (let f = RENEWAL.exec(m); f; f = RENEWAL.exec(m)) {
    const every = f[3] !== undefined ? quantityAt(u, f[3]) : undefined;
    // "it all gets signed over september and october": the things held, signed over that many months.
    const k = f[5] !== undefined ? monthsInSpan(f[5], f[6]!) : every?.kind === 'cardinal' ? every.value : 1;
    const period: Period | null = f[1] !== undefined ? (f[1] as Period) : f[2] !== undefined ? unitOf(f[2], u) : f[4] === 'years' ? 'year' : 'month';
    if (f[5] !== undefined && (k < 1 || k > 6)) continue;
    if (period === null || k < 1 || k > 24) continue;
    // The frequency of a count said inside it ("signs 40 contracts a month") is a rate, read elsewhere.
    const inside = u.quantities.some((q) => q.start > f!.index && q.start < f!.index + f![0].length && q !== every && !(q.kind === 'cardinal' && q.value === 1));
    if (inside) {
      RENEWAL.lastIndex = f.index + 1;
      continue;
    }
    let best: { ph: string; at: number; score: number } | undefined;
    for (const q of u.quantities) {
      if (q.kind !== 'cardinal' || q.value < 2 || q.yearLike || q === every) continue;
      const s = STOCK_AFTER.exec(m.slice(q.end, q.end + 40));
      if (!s || (s[1] !== undefined && (NOT_THINGS.test(s[1]) || PERIOD_WORD.test(s[1]) || DOC_START.test(s[1])))) continue;
      // "each co-op signs ... once a year, and we've got about 240 of them": "of them" after it is the things that sign.
      // ("... renews every two years. the ones using it would be the agents, four of them": another sentence's people.)
      // "every family ..., and we've got about fifty families": the plural's singular ("-ies" -> "-y") starts with the stem too.
      const matches = stem !== undefined && (s[1] !== undefined ? s[1].startsWith(stem) || singularOf(s[1]).startsWith(stem)
        : q.start > f.index && !SENTENCE_END.test(m.slice(f.index, q.start)));
      // "every tenant signs ...": "the two accounts staff" are people of the caller's, no tenants held.
      if (stem !== undefined && !matches && s[1] !== undefined && (PERSON_WORD.test(s[1]) || PEOPLE_NEXT.test(m.slice(q.end + s[0].length)))) continue;
      // "we have 12 reps and we send contracts every month": with no "each/every <thing>", the caller's people hold nothing.
      if (stem === undefined && s[1] !== undefined && PERSON_WORD.test(s[1])) continue;
      // "... the two admin ladies plus me and the leases renew once a year": the caller's own people, never things held.
      if (!matches && s[1] !== undefined && FAMILIAR_STAFF.test(s[1])) continue;
      const score = (matches ? 1000 : 0) - Math.abs(q.start - f.index);
      if (!best || score > best.score) best = { ph: m.charAt(q.start), at: q.start, score };
    }
    if (best) addVolume(sc, best.ph, period, Math.min(best.at, f.index), Math.max(best.at + 1, f.index + f[0].length), 1.1, 0.65, k);
    if (out.length > 0) return;
  }
}

/**
 * "each container has a booking note and a customs declaration ..., so two per container": the readings said before it
 * count the things, so each is multiplied by the documents per thing (2-6, the thing said with "each"/"every" before it).
 */
/**
 * A reading of people hired per period (`HIRES`, `NEW_PEOPLE`) ending at most 120 characters before `at`, with hiring papers
 * named between ("we onboard thirty new starters a month, it's the contract and the handbook, so two per person").
 */
function hiresWithPapers(m: string, c: VolumeCandidate, at: number): boolean {
  if (c.perThing || c.end > at || at - c.end > 120 || !HIRING_DOCS.test(m.slice(c.end, at))) return false;
  const s = m.slice(c.start, c.end);
  return HIRES.exec(s)?.index === 0 || NEW_PEOPLE.exec(s)?.index === 0;
}
/** A verb of taking people on at the start of a word ("placing", "hired", "onboard", "recruits"). */
const PLACES_PEOPLE = /\b(?:plac|hir|onboard|recruit)(?:e|es|ed|ing|s)?\s/;
/**
 * Reading `c` counts people (`stem`, a role) taken on ("we are placing around twenty five nurses"), with their hiring papers
 * named between it and `at` ("for each placement there is offer letter, ..."): documents per one of them multiply it.
 */
function peoplePlacedWithPapers(m: string, c: VolumeCandidate, at: number, stem: string): boolean {
  if (c.perThing || c.end > at || at - c.end > 160 || !HIRING_DOCS.test(m.slice(c.end, at))) return false;
  const s = m.slice(c.start, c.end);
  return PLACES_PEOPLE.test(s) && thingWordIn(s, stem, true);
}
/** Things a document count may be per that stand for any person or deal ("so two per person", "... per hire", "... per transaction"). */
const GENERIC_THINGS: ReadonlySet<string | undefined> = new Set(['person', 'head', 'worker', 'hire', 'placement', 'guy', 'patient', 'transaction']);
function docsPerThing(u: Utterance, out: VolumeCandidate[]): void {
  const m = u.masked;
  for (let x = execMasked(u, V_DOCS_PER_THING, V_DOCS_PER_THING_Y, 0); x; x = execMasked(u, V_DOCS_PER_THING, V_DOCS_PER_THING_Y, x.index + x[0].length)) {
    const k = quantityAt(u, x[1] ?? x[3]);
    // "every new crew member gets an offer letter and the contract, so two per person": any person, like "so two each".
    const generic = GENERIC_THINGS.has(x[2]);
    if (k?.kind !== 'cardinal' || k.value < 2 || k.value > 6 || (PERIOD_WORD.test(x[2]) && !generic)) continue;
    // "every new patient fills in an intake form and a consent, so that's two forms each": the thing said with "every" before.
    const stem = x[2] === undefined ? EACH_THING_BEFORE.exec(m.slice(Math.max(0, x.index - 160), x.index))?.[1] : x[2].endsWith('s') ? x[2].slice(0, -1) : x[2];
    if (stem === undefined) {
      // "four hundred pickers and each one signs the contract and the induction, so two each": the things just counted.
      if (x[2] !== undefined || !EACH_ONE_CARRIES.test(m.slice(Math.max(0, x.index - 160), x.index))) continue;
      for (const c of out) {
        if (!c.perThing && c.end <= x.index && x.index - c.end <= 120 && EACH_ONE_CARRIES.test(m.slice(c.end, x.index))) c.value = scaled(m, c, k.value);
      }
      return;
    }
    // "each container", or "each one" after a count of the things ("thirty containers a year, each one has ...").
    const counted = countedBefore(m, stem, x.index);
    // "every couple signs a service agreement and a model release, so that's two per wedding, and i do about thirty weddings a
    // year": another thing carries them; only a reading after it that names the things is multiplied.
    const loose = m.lastIndexOf(`each ${stem}`, x.index) < 0 && m.lastIndexOf(`every ${stem}`, x.index) < 0 &&
      m.lastIndexOf(`every new ${stem}`, x.index) < 0 && !counted;
    const before = m.slice(0, x.index);
    const carrier = generic ? EACH_THING_LAST.exec(before)?.[1] : undefined;
    // The thing carries the documents ("each container has ...", "each one with an MSA and an order form"); a person's rate
    // ("so two per rep") is no documents per thing. (The one regexp had `(?:<stem>|ONE_OF_THEM)` or `[a-z]{3,}` for the
    // thing: a test of an alternation is a test of either.)
    // People said to carry them ("every new member signs the agreement and the declaration, so two per member") do.
    // So do people counted, then "each one signs ..." ("forty new drivers and each one signs ..., so two per driver").
    // "placing twenty five nurses a month, and for each placement there is the offer letter and ..., so three per nurse": the people placed.
    const placed = !generic && PERSON_WORD.test(stem) && out.some((c) => peoplePlacedWithPapers(m, c, x!.index, stem));
    if (PERSON_WORD.test(stem) && !generic && !placed && (loose || (!EACH_CARRIER.test(before, stem) && !(counted && EACH_ONE_CARRIES.test(before))))) continue;
    // "each booking one rental agreement and one damage acknowledgement": the verb left out.
    // "we onboard thirty new starters a month, it's the contract and the handbook, so two per person": the people hired.
    const hired = (generic && out.some((c) => hiresWithPapers(m, c, x!.index))) || placed;
    if (loose ? !EACH_ANY_CARRIES.test(before) && !(generic && EACH_ONE_CARRIES.test(before)) && !hired
      : !EACH_CARRIER.test(before, stem) && !(counted && EACH_ONE_CARRIES.test(before)) && !EACH_THING_DOC_NEXT.test(before, stem)) continue;
    for (const c of out) {
      if (c.perThing) continue;
      // Said before it, or after it with the things named ("so two per container, and we move 150 containers a month").
      const after = x.index + x[0].length;
      // Loosely said, a reading before it that names the things ("ninety cars a month and every deal's got ..., so that's two per car").
      // "... sixty new agents per month, and for every new agent there is ..., so three per person": the person is that thing.
      const named = loose && c.end <= x.index && (thingWordIn(m.slice(c.start, c.end), stem, true) ||
        (generic && carrier !== undefined && thingWordIn(m.slice(c.start, c.end), carrier, true)));
      // "..., so two each, and monthly we are deploying around 120 workers": no thing named, the rate said right after.
      // "..., so two per transaction, and we close about sixty a quarter": a bare count right after counts the things.
      const next = (x[2] === undefined || generic || bareCount(m, c)) && c.start >= after && c.start - after <= 40;
      // "... a hundred twenty peelers on de visa, every one sign de work contract and ..., so two per worker": the things just counted.
      const oneAfter = generic && c.end <= x.index && x.index - c.end <= 120 && EACH_ONE_CARRIES.test(m.slice(c.end, x.index));
      // "..., so two per hunter, and in the season ... we get about 180 hunters": the things right after a bare count.
      const thingNext = !loose && c.start >= after && thingWordIn(THING_NEXT.exec(m.slice(c.end, c.end + 30))?.[1] ?? '', stem, true);
      // "every client signs the application and a mandate, so two per client, and ... 300 applications a month": one of them.
      const oneOfThem = !loose && c.start >= after && c.start - after <= 60 && carriedDocCounted(m, c, x.index);
      // "every booking the couple signs a contract and a deposit form, so two per booking, and we do maybe three weddings a
      // month": one reading around it whose count after it counts the things, not documents.
      const around = c.start < x.index && c.end > after && thingsCounted(u, after, c.end);
      // "..., so two per buyer, and this quarter we sold about ninety units": the units sold right after are the buyers'.
      const sold = !loose && c.start >= after && c.start - after <= 40 && SOLD_VERB.test(m.slice(c.start, c.end));
      if ((!loose && c.end <= x.index) || named || next || thingNext || oneOfThem || oneAfter || around || sold ||
        (hired && hiresWithPapers(m, c, x.index)) || (placed && peoplePlacedWithPapers(m, c, x.index, stem)) ||
        (c.end > after && thingWordIn(m.slice(Math.max(c.start, after), c.end), stem, false))) {
        c.value = scaled(m, c, k.value);
      }
    }
    return;
  }
}

/** Whether the counts from `a` to `b` are all counts of things, none of documents ("... thirty new starters a month"). */
function thingsCounted(u: Utterance, a: number, b: number): boolean {
  let found = false;
  for (const p of u.numStarts) {
    if (p < a || p >= b) continue;
    if (DOC_AFTER_COUNT.test(u.masked.slice(p + 1, p + 60))) return false;
    found = true;
  }
  return found;
}

/** Whether reading `c` counts nothing named: its first count is followed by its period ("sixty a quarter"). */
function bareCount(m: string, c: VolumeCandidate): boolean {
  const s = m.slice(c.start, c.end);
  const i = s.search(NUM_G);
  return i >= 0 && BARE_PERIOD.test(s.slice(i + 1));
}
const BARE_PERIOD = /^\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|quarter|year)\b|^\s+(?:daily|weekly|monthly|quarterly|yearly|annually)\b/;

/** The thing said last with "each"/"every" in the sentence that ends the text (group 1 its stem). */
const EACH_THING_LAST = /\b(?:each|every)\s+(?:new\s+)?([a-z]{3,}?)s?\b[^.?!;]*$/;
/** The word after a reading that ends on its count, maybe after "new" ("... 180 hunters"; group 1). */
const THING_NEXT = /^\s+(?:new\s+)?([a-z]+)\b/;
/** A document a reading counts ("300 applications a month"), named in the sentence before `end` (what each thing carries). */
function carriedDocCounted(m: string, c: VolumeCandidate, end: number): boolean {
  DOC_G.lastIndex = 0;
  const d = DOC_G.exec(m.slice(c.start, c.end));
  if (!d) return false;
  const from = Math.max(0, m.lastIndexOf('.', end), end - 150);
  return m.slice(from, end).includes(d[0].replace(/s$/, ''));
}
/** A thing's word, singular or plural ("family" → "famil(?:y|ies)", "container" → "containers?"), whole (`\b` each side) or not. */
const THING_Y_WHOLE = new WordSlot('\\b', '(?:y|ies)\\b');
const THING_S_WHOLE = new WordSlot('\\b', 's?\\b');
const THING_Y = new WordSlot('', '(?:y|ies)');
const THING_S = new WordSlot('', 's?');

/** Whether `text` says the thing's word (the form above), whole when `whole` (`\b` each side): as that one regexp's `test`. */
function thingWordIn(text: string, stem: string, whole: boolean): boolean {
  if (stem.endsWith('y') && !/[aeiou]y$/.test(stem)) return (whole ? THING_Y_WHOLE : THING_Y).test(text, stem.slice(0, -1));
  return (whole ? THING_S_WHOLE : THING_S).test(text, stem);
}

/** A reading's value times `k`, from its count per period when that is a whole number within rounding (35 a week × 2 = 303.33). */
function scaled(m: string, c: VolumeCandidate, k: number): number {
  const p = periodIn(m.slice(c.start, c.end));
  const raw = p === null ? c.value : c.value / PER_MONTH[p];
  // "forty weddings a season ... april through october", two per wedding: 80 / 7, not 5.71 × 2.
  const exact = c.exact !== undefined && Math.abs(c.exact - c.value) < 0.01 ? c.exact : c.value;
  if (p === null) return Math.round(exact * k * 100) / 100;
  if (Math.abs(raw - Math.round(raw)) >= 0.05) return Math.round(c.value * k * 100) / 100;
  return Math.round(Math.round(raw) * k * PER_MONTH[p] * 100) / 100;
}

/**
 * What the thing said with "each"/"every" carries in `docsPerThing` ("each container has", "each one with", "there is"), after the
 * thing; what the caller is sending for it, counted ("for every shipment we are sending the haulier one transport order").
 */
const CARRIER_AFTER = `(?:'s)?,?\\s+(?:[a-z']+,?\\s+){0,6}?(?:${CARRIES_EACH}|with|there(?:'s| is| are)|(?<=\\b(?:we|they) are )sending(?=\\s+(?:the\\s+[a-z]+\\s+)?(?:an?|one|${NUM})\\s)|` +
  `(?<=\\b(?:we|they) are )giving(?=\\s+(?:the\\s+|an?\\s+)?(?:[a-z-]+\\s+){0,2}?(?:${EACH_DOC}|letter)\\b))\\b`;
const EACH_CARRIER = new WordSlot('\\b(?:each|every)\\s+(?:new\\s+)?', CARRIER_AFTER);
/** The thing said with "each"/"every", then its document with no verb ("each booking one rental agreement and ..."). */
const EACH_THING_DOC_NEXT = new WordSlot('\\b(?:each|every)\\s+(?:new\\s+)?', `,?\\s+(?:a|an|one|${NUM})\\s+(?:[a-z-]+\\s+){0,2}?${EACH_DOC}\\b`);
/** The same with "each one", "each of them" for the things counted before it. */
const EACH_ONE_CARRIES = new RegExp(`\\b(?:each|every)\\s+(?:(?:one|${NUM})(?:\\s+of (?:them|'em))?|of (?:them|'em))${CARRIER_AFTER}`);
/** The same with any thing (said loosely). */
const EACH_ANY_CARRIES = new RegExp(`\\b(?:each|every)\\s+[a-z]{3,}${CARRIER_AFTER}`);

/** `docNamesThing`'s readings: the thing before its document ("the staff contracts"), or after it ("consent forms for ..."). */
const THING_DOC = new WordSlot('\\b', `s?\\s+(?:[a-z-]+\\s+)?${DOC}\\b`);
const DOC_FOR_THING_SLOT = new WordSlot(`\\b${DOC}\\s+(?:for|with)\\s+(?:(?:each|every|all|the|our)\\s+)?(?:[a-z-]+\\s+)?`, 's?\\b');

/** A document is named for `thing`: "the staff contracts", "consent forms for research participants". */
function docNamesThing(m: string, thing: string): boolean {
  return THING_DOC.test(m, thing) || DOC_FOR_THING_SLOT.test(m, thing);
}

/** The things `stem` are counted before `end` ("thirty containers", "30 sea containers"): "each one" after it means one of them. */
function countedBefore(m: string, stem: string, end: number): boolean {
  return COUNTED_THEN_EACH_ONE.test(m.slice(0, end), stem);
}

/** `countedBefore`'s reading: a count of the things, then "each one" (or "each of them") within the sentence. */
const COUNTED_THEN_EACH_ONE = new WordSlot(`(?:${NUM})\\s+(?:[a-z-]+\\s+)?`, `(?:s|es)?\\b[^.?!;]{0,60}\\b(?:each|every)\\s+(?:one\\b|${NUM}|of (?:them|'em)\\b)`);

/** The utterance is at most `SHORT_ANSWER_WORDS` words, its hedges not counted. */
function isShortAnswer(u: Utterance): boolean {
  const l = u.lower.trim();
  if (splitCount(l) <= SHORT_ANSWER_WORDS) return true;
  // "i'd say two to three hundred a month, give or take": the hedges are no words of the answer.
  return splitCount(l.replace(ANSWER_HEDGES, ' ').trim()) <= SHORT_ANSWER_WORDS;
}
/** Hedges and particles around a short answer (`isShortAnswer`): "how many a month ah? around ...". */
const ANSWER_HEDGES = /\b(?:give or take|or so|i'd say|id say|roughly|about|around|maybe|probably|like)\b|\b(?:ah|eh|lah|oh)\b[?,.!]*/g;

/** A count that leads the utterance (only hedges before it) and that the caller refines after ("a few thousand a year, i'd say ..."). */
function refinedLead(u: Utterance, at: number): boolean {
  return LEAD_HEDGES.test(u.masked.slice(0, at)) && u.quantities.some((q) => q.kind === 'restated');
}

/** The winning volume reading: highest priority, then the latest statement. */
export function bestVolume(cands: readonly VolumeCandidate[]): VolumeCandidate | null {
  let best: VolumeCandidate | null = null;
  for (const c of cands) if (!best || c.priority > best.priority || (c.priority === best.priority && c.start > best.start)) best = c;
  return best;
}
