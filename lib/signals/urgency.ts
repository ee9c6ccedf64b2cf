/**
 * urgency: how soon the caller needs a solution.
 * - high: asap, urgent, immediately, right away, time-sensitive, today/tomorrow/this week, a named
 *   day or date ("by Friday", "by the 15th",
 *   "starting on the fourteenth" (not after a past verb: "reopened on the fourth"),
 *   "a board meeting Thursday ... by then", "our fiscal year end is october thirty first and we'd like it live before that",
 *   "when the new term starts, which is the fourteenth"), end of this week/month, a renewal due next week; a date of some
 *   other event of the caller's ("off on holiday on the twentieth", "the office move is on the fifteenth") is none;
 * - medium: this quarter, next month, the next few weeks, in a month or two, soon, a deadline "six weeks
 *   away" / "three weeks out" / "about three months off" / "about a fortnight away" / that "gives us five weeks", "in about six weeks" (a deadline days
 *   away is high); a stated distance
 *   outweighs the bare date it describes ("before the first of May, which gives us like five weeks" = medium);
 * - low: no rush, just exploring/browsing/researching, not urgent, next year, no timeline.
 *   A weekday said as a habit ("we send it on a friday") and a low cue about leaving the current tool ("moving off Adobe
 *   Sign eventually") are none.
 * Time phrases count only when they are about getting something in place (a need, deadline,
 * renewal, go-live, decision), so "the demo on Tuesday works" and "we sent 20 this week" do not; a phrase that is a
 * deadline by itself said as a short fragment ("End of the month.") counts with a lower confidence.
 * When cues disagree: any high cue wins, then a low cue, then medium.
 */
import type { Urgency } from '../session-record';
import { MONTH_NAMES, splitCount, type Utterance } from './utterance';
import { WORD_START, WordScanner } from './word-regexp';

export interface UrgencyHit {
  value: Urgency;
  start: number;
  end: number;
  confidence: number;
}

/** A day of the month said as an ordinal ("the fourteenth"). */
const ORD = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|' +
  'sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|' +
  'thirty[- ]first)';
/** A month of the year by name. */
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri)';
const g = (s: string) => new RegExp(s, 'g');
/** A word alternation scanned through its trie (./word-regexp.ts `WordScanner`). */
const scan = (s: string) => WordScanner.of(new RegExp(s));

/** Cues that need no context. */
const HIGH_PLAIN = scan(`${WORD_START}(?:` + "asap|a\\.s\\.a\\.p|as soon as (?:possible|we can|humanly possible)|urgent(?:ly)?(?! care)|urgency|immediately|" +
  "right away|time[- ]sensitive|(?:need|needs|needed|want|wanted) (?:it|this|that|them|something) (?:basically |" +
  "like |right |pretty much |honestly )?now|can't wait|cannot wait|no time to waste|" +
  "emergency(?<!\\b(?:in|during) (?:an? |the )?emergency|\\bnon[- ]emergency)" +
  "(?! (?:transfers?|transport|calls?|call-?outs?|services?|work|repairs?|cases?|patients?|journeys?|dental|vets?|care)\\b)|" +
  "on fire|pressing|" +
  "top priority|high priority|(?:move|moving|act|acting) (?:fast|quickly)|fast track|(?:the )?sooner the better|" +
  "sooner rather than later|yesterday(?=,? if (?:we|i|you) (?:could|can)\\b))\\b");
const LOW_PLAIN = scan(
  `${WORD_START}(?:` + "no (?:big |real |huge |massive |great |mad |major |particular )?(?:rush|hurry|pressure)|not in (?:a|" +
    "any) (?:rush|hurry)|in no (?:rush|hurry)|no (?:real |set |fixed |hard |specific )?(?:timeline|deadline|" +
    "time ?frame)|(?:only|just) exploring|just (?:exploring|looking|browsing|researching|poking around|checking|shopping around|" +
    "getting (?:some )?info\\w*|gathering (?:some )?info\\w*|starting to look|doing (?:some )?research)|(?:kicking|" +
    "kick) the tires|(?:just|only) having a (?:look|nosey|gander)(?: around)?|nowt urgent|" +
    "not in (?:a|any) (?:big |real |massive |mad |great |huge )(?:rush|hurry)|not (?:urgent|a priority|pressing|time[- ]sensitive)|(?:isn't|is not|it's not|" +
    "its not) (?:urgent|a priority|pressing)|" +
    "not so urgent|(?:don't|do not|doesn't|does not) need (?:it )?(?:so |that |very )?urgent(?:ly)?|not (?:any ?time|anytime) soon|next (?:fiscal |financial |calendar |" +
    "budget )?year|next fy|" +
    "down the road(?<!\\b(?:(?:the|a|an|our|my|his|her|their)(?:\\s+[a-z]+){1,2}|lives|live|living|based|just) down the road)|eventually|someday|some day|at some point|" +
    // a kind of care or stay, not a time frame: "a long term care home", "long-term residents"
    "long[- ]term(?! (?:care|nursing|residential|aged|disability|patients?|residents?|rentals?|lets?|lettings|stays?|tenants?|conditions?|illness(?:es)?)\\b)|early stages?|" +
    "doing (?:some )?research|for (?:now|the moment),? (?:we're|i'm) just|no immediate (?:need|plans?)|(?:in|" +
    "within) (?:six|6|nine|9|twelve|12|a few|several) months|later this year|sometime this year|not (?:this|" +
    "until next|till next) year)\\b",
);
/** Time phrases that need a need/deadline context in the same clause. */
const HIGH_TIME = scan(
  `${WORD_START}(?:(?:by|before|until|for) the ${ORD}(?= of\\b|\\s*[,.;!?]|\\s*$)|` +
    `on (?:the|de) ${ORD}(?<!\\b\\w+ed (?:\\w+ )?on (?:the|de) ${ORD})(?=\\s*[,.;!?]|\\s*$| of (?:${MONTH}|next month)\\b| (?:and|so|but|otherwise|or else)\\b(?! (?:the )?${ORD}))|` +
    `yesterday|today(?<!(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w*teen|twenty|thirty|forty|fifty|` +
    `sixty|seventy|eighty|ninety|hundred|thousand))(?: people| staff| of us)? today)|tonight|tomorrow|(?:this|dis) week|next week|end of (?:the|this) (?:week|month)|` +
    `end of (?:week|month)|(?:month|week)[- ]end|eod|eow|eom|end of (?:the )?day|(?:by|before|until|on|this|` +
    `next) ${DAY}|(?:by|before|on|until) (?:the )?\\d{1,2}(?:st|nd|rd|th)|(?:start|starting|begin|beginning|launch|go live|` +
    `going live|ready|up and running|live) (?:by |on |this |next )?${DAY}|(?:by|before|within|sometime|in place|` +
    `live|ready|done|sorted|up and running) (?:the end of )?this month|this month(?<=\\b(?:so|like),? this month)(?=\\s*(?:[.?!]|$))|this month (?:would be|if (?:possible|` +
    `we can)|ideally|hopefully)|(?:by|before) ${MONTH} (?:\\d{1,2}|(?:the )?${ORD})|(?:by|before) ${ORD} (?:of )?${MONTH}\\b|` +
    // the month itself as what is needed: "we need it this month", Pidgin "we need am this month"
    `this month(?<=\\b(?:need|needs|want|wants) (?:it|this|that|them|am|one|something) this month)|` +
    `(?:within|in) (?:like |about |around |roughly |maybe |approximately |` +
    `just )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|[2-9]|1[0-5]|` +
    `a couple of|a few) (?:business )?days|(?:within|in) the next (?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|10) days|within (?:a|one|the) week|(?:a|one) week from now|` +
    // a rate is no deadline: "each consultant sends maybe six offers in a week"
    `in a week(?<!\\b(?:once|twice|times|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)` +
    ` (?:\\w+ )?\\w+s) in a week)|` +
    `(?:${DAY}(?<!\\b(?:a|every|each) ${DAY})|(?:on|from) the (?:${ORD}|\\d{1,2}(?:st|nd|rd|th))|is the ${ORD}(?! (?:of )?${MONTH}\\b)|${MONTH} (?:the )?${ORD}|` +
    `(?:the |on |from )?${ORD} (?:of |o )?(?:${MONTH}|next month))(?=[^.?!]{0,100}\\b(?:by then|(?:before|afore) (?:then|that|dan)|before(?=\\s*(?:[.?!]|$))|` +
    `(?<=\\bneed (?:it|this|that|them) before)(?=,)|(?<!\\bno )deadline|due)\\b)|` +
    // the date said after the event it names: "we need it before the tender, the twentieth of november"
    `${ORD} of ${MONTH}(?<=\\bbefore (?:the |our )\\w+(?: \\w+)?, the \\w+ of \\w+)|` +
    `(?:${ORD}|\\d{1,2}(?:st|nd|rd|th))(?<=\\b(?:which is|which's|that's),?\\s+(?:the\\s+|${MONTH}\\s+)?(?:${ORD}|\\d{1,2}(?:st|nd|rd` +
    `|th)))(?<=\\b(?:before|by|when|in time for)\\b[^.?!]{0,80})|` +
    `${MONTH} ${ORD}(?<=\\b(?:starts?|starting|begins?|beginning|opens?) \\w+ (?:\\w+[ -])?\\w+)(?<=\\b(?:before|by)\\b[^.?!]{0,80})|` +
    `${ORD} (?:of )?${MONTH}(?<=\\b(?:starts?|starting|begins?|beginning|opens?) (?:on )?(?:the )?\\w+(?:[ -]\\w+)?(?: of)? \\w+)(?<=\\b(?:before|by)\\b[^.?!]{0,80})|` +
    `${DAY}(?<=\\b(?:which is|which's|that's),?\\s+(?:on |this |next )?${DAY})` +
    `(?<=\\b(?:before|by|when|in time for)\\b[^.?!]{0,80}))\\b`,
);
/** How far away a deadline is, said as a distance: "which is, what, six weeks away", "about three weeks out", "gives us like five weeks". */
const WEEKS_N = '(?:maybe )?(?:(?:about|like|roughly|maybe|only|just|around|barely|under),? (?:what, )?)?(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|a few|a couple(?: of)?)' +
  '(?:,? (?:three|four|five|six|seven|eight|nine|ten))? weeks';
/** A fortnight said as a distance: "about a fortnight away". */
const FORTNIGHT = '(?:(?:about|like|roughly|maybe|only|just|around|barely|under) )?a fortnight';
/** A deadline a few months off ("about three months off"): more than "a few months" said bare, which is low. */
const MONTHS_N = '(?:(?:about|like|roughly|maybe|only|just|around|under) )?(?:a|one|two|three|a couple(?: of)?) months?';
const DISTANCE_MEDIUM = `(?:${WEEKS_N}|${MONTHS_N}|${FORTNIGHT}) (?:away|out(?! of\\b)|off|from (?:now|today))|` +
  `(?:gives? us|(?:we've|we have|we've|we) got|we have|leaves us|leaving us|so there's)(?:,? (?:what|like|let me see),?)? (?:${WEEKS_N}|${MONTHS_N})(?! of\\b)`;
const DISTANCE_HIGH = g(WORD_START + '(?:(?:about |like |only |just )?(?:a|one|two|three|four|five|a few|a couple(?: of)?) days? (?:away|out|off|' +
  'from (?:now|today))|(?:only |just |barely )?(?:a|one) week (?:away|out|off|from today)|gives? us (?:(?:like|' +
  'about|only|just|maybe) )?(?:a|one|two|three|four|five|a few|a couple(?: of)?) days?)\\b');
/** A deadline named by its date ("before the first of May", "by the 15th"): when the caller also says how far away it is, the distance decides. */
const DATE_DEADLINE = new RegExp(`^(?:by|before|on|until|from) (?:the )?(?:\\d|${ORD}|${MONTH})`);
/** Medium time phrases (below, with the distance readings where MAY_HAVE_DISTANCE holds). */
const MEDIUM_TIME_PHRASES = `this quarter|next quarter|end of (?:the |this |di |de |da )?quarter|q[1-4]|next month|(?:the )?(?:next|coming) (?:few|` +
  `couple(?: of)?|two|three|four|five|six|seven|eight|2|3|4|5|6|7|8)(?:,? (?:or |to )?(?:three|four|five|six|seven|eight|nine|ten))? (?:weeks|months)|` +
  // the time left said after a deadline ("a season, so five months" is a length): "before ski season, so, a couple months", "so, um, six, seven weeks"
  `(?:so|that is|that's|dat's|which is|then),? (?:(?:um|uh|like|about|maybe|roughly|around|more or less|mais ou menos|kind of|sort of|what),? )?(?:(?:like|about|maybe|roughly|around) )?` +
  `(?:a couple(?: of)?|a few|two|three|four|five|six|seven|eight|nine|ten)` +
  `(?:,? (?:or |to )?(?:three|four|five|six|seven|eight|nine|ten))? (?:weeks|months)(?! ago| in| out| away| off| from)(?:(?<=\\b(?:before|by|in ${MONTH})\\b[^.?!]{0,80})|` +
  `(?=,? (?:that's|that is) (?:the|our) (?:timeline|time ?frame|deadline)\\b))|` +
  // Pidgin time left after the deadline: "we need am before the new session, we get like five weeks"
  `we get (?:like |about |around |maybe |only |just )?(?:two|three|four|five|six|seven|eight|nine|ten|a few|a couple of) weeks(?! of| ago)(?<=\\bbefore\\b[^.?!]{0,80})|` +
  `(?:next|coming) weeks|(?:in|within)\\s+(?:like |about |` +
  `around |roughly |maybe |approximately |just )?(?:a|two|three|four|five|six|seven|eight|nine|ten|twelve|2|3|4|5|6|7|8|9|10|12|a couple of|a few|the next few)` +
  // a span said as two numbers: "in about five, six weeks"
  `(?:,? (?:or |to )?(?:three|four|five|six|seven|eight|nine|ten|twelve))? weeks|` +
  `(?:in|within) (?:like |about |around |roughly |maybe |approximately |just )?(?:a|one|two|2|` +
  `a couple of)(?:,? (?:or |to )?(?:two|three))? months?|within (?:a|the) month|(?:in|within)(?: the next)? (?:30|45|60|90|thirty|forty[- ]five|` +
  `sixty|ninety) days|(?:month|a month) or two|(?:looking at|talking|talking about) (?:about |maybe |roughly |like )?(?:a couple of|two|a month or two) months|(?:sometime )?soon|shortly` +
  `|this spring|this summer|this fall|` +
  `this winter|(?:before|by) (?:the )?new year|(?:the )?week after next|(?:in|within) (?:(?:about|like|roughly|maybe|just) )?(?:a|one|the next) fortnight|` +
  `(?:the )?next fortnight|(?:before|by) (?:the )?(?:(?:start|end) of (?:the )?|new )?(?:financial|fiscal|` +
  `tax|academic|school|college) year(?:[- ]end)?|(?:before|by) (?:the )?(?:start of (?:the )?)?(?:new |next |spring |summer |autumn |fall |winter )term|` +
  `(?:before|by) (?:the |our )?(?:year[- ]end|eofy)`;
const MEDIUM_TIME = scan(`${WORD_START}(?:${MEDIUM_TIME_PHRASES})\\b`);
const MEDIUM_TIME_WITH_DISTANCE = scan(`${WORD_START}(?:${DISTANCE_MEDIUM}|${MEDIUM_TIME_PHRASES})\\b`);
/** A necessary condition for every distance reading ("six weeks away", "a few days out", "gives us five weeks"): turns without one skip them. */
const MAY_HAVE_DISTANCE = scan(
  `${WORD_START}(?:(?:days?|weeks?|months?|fortnight) (?:away|out|off|from)|gives? us|(?:got|have|leaves us|leaving us|so there's),? (?:\\w+,? ){0,5}(?:weeks|months?))\\b`);
const DISTANCE_MEDIUM_RE = new RegExp(`^(?:${DISTANCE_MEDIUM})`);
/** The time left said as what the caller has: "gives us five weeks", "we've got about six weeks". */
const TIME_LEFT = /^(?:gives? us|(?:we've|we have|we) got|we have|leaves us|leaving us|so there's)[ ,]/;
const CONTEXT =
  new RegExp(
    String.raw`\b(?=\w)(?:need|needs|needed|have to|has to|got to|gotta|must|want|wants (?:it|this|them|something)|wanna|hoping|hope|like to|love to|` +
    String.raw`looking to|plan|planning|goal|deadline|due|by|before|until|go live|going live|live|launch|starts?|starting|` +
    String.raw`roll(?:ing)? (?:it |this )?out|rollout|up and running|in place|sorted|set up|decide|decision|sign|switch|move|` +
    String.raw`implement|would be (?:great|ideal|nice|good|perfect|awesome)|expires?|expiring|renew\w*|shut\w*|closing|` +
    String.raw`cutover|ready|up|sometime|runs? out|running out|audit\w*|inspections?|review|season|comes?|coming|kicks? off|kicking off|hopefully|` +
    String.raw`ideally|aim\w*|` +
    String.raw`target\w*|timeline|time ?frame|when|probably|maybe)\b`,
  );
/** Extra need words for medium cues only: choosing a tool ("evaluating options over the next few weeks", "thinking about getting a new tool next quarter"). */
const MEDIUM_CONTEXT = new RegExp(
  String.raw`\b(?:evaluat\w*|compar\w*|pick(?:ing)?|choos\w*|select\w*|thinking (?:about|of)|getting (?:a|an|the|` +
  String.raw`some) (?:new )?(?:tool|system|platform|solution|software)|looking (?:at|into)|shopping)\b`,
);
const SCHEDULING = /\b(?:demo|meeting|call|chat|talk|appointment|available|availability|works for me|free|calendar|send me|email me|(?:come|get|ring|circle|revert) back to (?:you|ya))\b/;
const NEGATED_HIGH = /\b(?:not|isn't|is not|it's not|no|nothing|nowt|never|pas)\s+(?:\w+\s+)?$/;

/**
 * A time phrase that is a deadline by itself ("end of the month", "within three days"): said as a short fragment with no
 * need word ("End of the month, ideally."), it still answers when, unlike "today" or "this week" ("we sent 20 this week").
 */
const BARE_DEADLINE = /^(?:end of|(?:month|week)[- ]end|eo[mw]\b|within|in )/;
/** Words at most in a fragment read by BARE_DEADLINE. */
const BARE_MAX_WORDS = 6;
/** Confidence of a bare deadline fragment: as low as a fragment answer to the agent's question (question-context.ts). */
const BARE_CONFIDENCE = 0.6;

const DEADLINE_WORD = /\b(?:need|deadline|due|renew\w*|expires?|live|by|before)\b/;
/**
 * A past count ("we sent 20 this quarter"); "we've got a tender closing ..." is possession, not the past, and "we'd want it
 * signed off this quarter" is the state wanted.
 */
const PAST_BEFORE = /\b(?:sent|did|signed(?<!\b(?:want|need|get|have|like) (?:it|this|them|everything) signed)|closed|processed|had|(?<!'ve |have |'s |has )got|received)\b/;
const SENTENCE_END = /[.?!]/;
/** "what we use today", "how we do it today", "files live in Dropbox today", "the problem today": today means currently, not a deadline. */
const CURRENTLY_TODAY = new RegExp(
  String.raw`\b(?:use|uses|using|used|have|run|running|do it|does it|works?|stands?|as of|sign them|send them|problems?|issues?|situation)\s+$|` +
  String.raw`\b(?:live|lives|sit|sits|are|is|we're|they're|it's|stored|kept|saved|on|in) (?:in|on|with|through|` +
  String.raw`via) (?!place\b|time\b)[a-z][a-z'-]*(?: [a-z][a-z'-]*)?\s+$`,
);

/** "we're moving off Adobe Sign eventually": when the current tool goes, not when the caller wants a solution. */
const LEAVING_TOOL = /\b(?:mov(?:e|es|ing)|switch(?:es|ing)?|migrat(?:e|es|ing)|com(?:e|es|ing)|get(?:s|ting)?) (?:off|away from|out of)\b[^.?!;,]{0,30}$/;
/** "m y o b, but we're moving to zero next year": another system the caller is moving to (not "moving to e-signatures"). */
const MOVING_TO = /\b(?:mov(?:e|es|ing)|switch(?:es|ing)?|migrat(?:e|es|ing)) (?:over )?to (?!(?:a|an|the|you|your|this|it|e-?sign\w*|digital|electronic|paperless|online)\b)\w+ $/;
const GROWTH_BY = /\b(?:be|hit|reach|grow to|double to|probably|maybe)\s+[^.?!;]{0,25}\bby\s+(?:(?:the\s+)?(?:end|start|middle) of\s+(?:the\s+)?)?$/;
/**
 * "we might hire another ten next year", "maybe twenty if the boss opens the second showroom in butterworth next year": when
 * the team grows, not when they want the product.
 */
const GROWTH_WHEN = new RegExp(String.raw`\b(?:hire|hiring|hired|recruit\w*|grow|growing|add|adding|doubl\w*|expand\w*|open|opens|opening|` +
  String.raw`(?:went|go|goes|going) up to)\b[^.?!;,]{0,30}$|` +
  String.raw`\b(?:(?:could|might|may|will|would) (?:be|go to|grow to)|maybe|perhaps) (?:about |around |like |maybe )?` +
  String.raw`(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\w*)\s+$|` +
  String.raw`\b(?:get|bring|take) (?:(?:my|a|an|another|some|the|our) )?(?!it\b|this\b|that\b|them\b)\w+ (?:in|on)\s+$|` +
  String.raw`\b(?:open|opens|opening) (?:\w+ ){1,2}(?:showroom|branch|office|site|store|shop|location|clinic|depot|warehouse|outlet|restaurant)s?\b[^.?!;,]{0,25}$`);
/** "if i took on three more instructors next year": staff the caller may take on, not when they want the product. */
const GROWTH_TAKE_ON = /\b(?:took|take|takes|taking) on (?:\w+ )?(?:more|another|extra|new|a few|two|three|four|five|six|seven|eight|nine|ten|\d+)\b[^.?!;,]{0,30}$/;
/** "i'm sixty two next month": the caller's age, not when they want the product. */
const AGE_BEFORE = new RegExp(String.raw`\b(?:i'm|i am|i'll be|i will be|i turn|i'm turning|(?:he|she)(?:'s| is| turns|'ll be)) ` +
  String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\d{2})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+$`);
/** "next year it will be fifty", "next year it may go to five hundred": a size the caller expects, said after the time. */
const GROWTH_AFTER = new RegExp(
  String.raw`^,?\s+(?:it|we|that|they)(?:(?:'ll| will| would|'d| might| may| could| should)|(?:'re| are)? (?:hoping|planning|aiming|expecting) to) ` +
  String.raw`(?:be|have|hit|reach|grow|double|go (?:up )?to|rise to|jump to|climb to|increase)\b`,
);
/** "the enrollment contract for next year": the year a document covers, not when the caller wants the product. */
const TERM_OF = /\b(?:contracts?|agreements?|enrol(?:l)?ments?|prices?|rates?|fees?|budgets?|leases?) for $/;
const TODAY_WE_ARE = /^,?\s+(?:we're|we are|we have|we've got|there's|there are|it's|it is|everything is|everything's|i'm|i have|we (?!need|want|have to|must|got to|'d|would|should)[a-z]+)\b/;
/** "today the agent prints the contract", "today is all paper": today opening a clause about how things are done now. */
const TODAY_OPENS = /(?:^|[.,;!?]|\b(?:and|but|so))\s*$/;
const TODAY_HOW_NOW = new RegExp(
  String.raw`^,?\s+(?:is (?!(?:the )?(?:deadline|last|day|fine|good|ok)\b)|the [a-z]+ (?!needs?\b|wants?\b|must\b|says?\b|said\b|has\b|` +
  String.raw`have\b)[a-z]+|they (?!need|want|must|have to|said)[a-z]+\b)`,
);

/**
 * A date that belongs to some other event of the caller's ("i'm off on holiday on the twentieth", "the office move is on the
 * fifteenth"): no deadline for this purchase unless they tie the two ("... so we need it before then").
 */
const OTHER_EVENT_BEFORE = /\b(?:holidays?|vacation|annual leave|leave|(?:office |house |the )move|relocation|wedding|conference|trip|surgery|party)(?:\s+(?:is|starts|begins|will be))?\s+$/;
/** The event named as the deadline itself: "we'd need it before the big conference on the twenty second". */
const TIED_BEFORE = /\b(?:need|needs|want|have|get|sorted|live|ready|running)\b[^.?!]{0,30}\b(?:before|by|ahead of|in time for) (?:the|our|my) (?:\w+ ){0,2}$/;
const TIED_AFTER = /^[^.?!]{0,60}\b(?:need|needs|want|have|get|sorted|live|ready|running)\b[^.?!]{0,30}\b(?:before|by) (?:then|that)\b/;
/** A date the caller sets apart from this purchase: "our office lease is up on the fifteenth, but that's with our landlord". */
const SET_APART_AFTER = new RegExp(String.raw`^[^.?!]{0,25}\bthat's (?:with|for|about|separate|unrelated|a separate|a different|another|nothing to do)\b|` +
  // the caller ready for it: "the audit's on the fourteenth but that's grand, we're sorted for that"
  String.raw`^[^.?!]{0,10}\bbut (?:that's|that is|it's) (?:grand|fine|ok|okay|covered|handled|no (?:problem|bother|worry))\b|` +
  String.raw`^[^.?!]{0,40}\bwe(?:'re| are) (?:sorted|ready|fine|covered|grand) for (?:that|it)\b`);
/** A date followed by the caller's own timing: "the government fiscal year ends march thirty first ..., but for us internally ...". */
const OWN_TIMING_AFTER = /^[^.?!]{0,80}\bbut (?:for us|for our part|on our (?:side|end)|internally)\b/;
const UNRELATED_BEFORE = /\b(?:unrelated|separately|on another note)\b[^.?!]{0,60}$/;
/** A time the signer promises, not the caller's deadline: "the client says ah, i sign tomorrow", "he says tomorrow, tomorrow". */
const SIGNER_PROMISE_BEFORE = /\b(?:says?|said)(?:,? (?:ah|oh|uh|um|yes|yeah|sure|ok|okay))?,? (?:i(?:'ll| will)? (?:sign|send|do)(?: it)? )?$/;
/** An event that already happened: "there was an audit on the third". */
const PAST_EVENT_BEFORE = /\b(?:there was|there were|had|was|were)\s+(?:(?:a|an|the|our)\s+)?(?:\w+\s+)?$|\b(?:who|that|which) (?:joined|started|left|arrived|came)\s+$/;

/** "no real deadline" (not "no rush"): beside a date the caller names, the date decides ("january sometime, no real deadline" is none). */
const NO_DEADLINE = /^no (?:\w+ )?(?:deadline|timeline|time ?frame)$/;
/** A month or holiday named as a time ("may" is left out: it is mostly the verb). */
const NAMED_TIME = /\b(?:january|february|march|april|june|july|august|september|october|november|december|christmas|xmas|easter)\b/;

/** Offset `i` lies in one of the low-urgency cue spans. */
function insideLow(spans: readonly [number, number][], i: number): boolean {
  for (const [a, b] of spans) if (i >= a && i < b) return true;
  return false;
}

/** The sentence of `s` around offset `i` matches `re`. */
function clauseHas(s: string, re: RegExp, i: number): boolean {
  const a = Math.max(s.lastIndexOf('.', i), s.lastIndexOf('?', i), s.lastIndexOf('!', i)) + 1;
  let b = s.slice(i).search(SENTENCE_END);
  b = b < 0 ? s.length : i + b;
  return re.test(s.slice(a, b));
}

/** All urgency cues in an utterance. */
export function urgencyHits(u: Utterance): UrgencyHit[] {
  const s = u.lower;
  const hits: UrgencyHit[] = [];
  const lowSpans: [number, number][] = [];
  LOW_PLAIN.lastIndex = 0;
  for (let x = LOW_PLAIN.exec(s); x; x = LOW_PLAIN.exec(s)) {
    // "we might be 100 by next year": a size the caller expects, not when they want the product.
    if (GROWTH_BY.test(s.slice(Math.max(0, x.index - 40), x.index))) continue;
    if (LEAVING_TOOL.test(s.slice(Math.max(0, x.index - 40), x.index))) continue;
    if (x[0].startsWith('next') && MOVING_TO.test(s.slice(Math.max(0, x.index - 40), x.index))) continue;
    if (x[0].startsWith('next') && TERM_OF.test(s.slice(Math.max(0, x.index - 30), x.index))) continue;
    if (x[0].startsWith('next') && GROWTH_WHEN.test(s.slice(Math.max(0, x.index - 60), x.index))) continue;
    if (x[0].startsWith('next') && GROWTH_AFTER.test(s.slice(x.index + x[0].length, x.index + x[0].length + 30))) continue;
    if (x[0].startsWith('next') && GROWTH_TAKE_ON.test(s.slice(Math.max(0, x.index - 60), x.index))) continue;
    if (x[0].startsWith('next') && AGE_BEFORE.test(s.slice(Math.max(0, x.index - 30), x.index))) continue;
    hits.push({ value: 'low', start: x.index, end: x.index + x[0].length, confidence: 0.8 });
    lowSpans.push([x.index, x.index + x[0].length]);
  }
  HIGH_PLAIN.lastIndex = 0;
  for (let x = HIGH_PLAIN.exec(s); x; x = HIGH_PLAIN.exec(s)) {
    if (insideLow(lowSpans, x.index)) continue;
    if (NEGATED_HIGH.test(s.slice(Math.max(0, x.index - 20), x.index))) {
      hits.push({ value: 'low', start: x.index, end: x.index + x[0].length, confidence: 0.7 });
      continue;
    }
    hits.push({ value: 'high', start: x.index, end: x.index + x[0].length, confidence: 0.85 });
  }
  HIGH_TIME.lastIndex = 0;
  for (let x = HIGH_TIME.exec(s); x; x = HIGH_TIME.exec(s)) {
    if (insideLow(lowSpans, x.index)) continue;
    const inContext = clauseHas(s, CONTEXT, x.index);
    const bare = !inContext && BARE_DEADLINE.test(x[0]) && splitCount(s) <= BARE_MAX_WORDS && !PAST_BEFORE.test(s);
    if ((!inContext && !bare) || (clauseHas(s, SCHEDULING, x.index) && !DEADLINE_WORD.test(s))) continue;
    if (x[0] === 'today' && CURRENTLY_TODAY.test(s.slice(Math.max(0, x.index - 24), x.index))) continue;
    const before = s.slice(Math.max(0, x.index - 70), x.index);
    const after = s.slice(x.index + x[0].length, x.index + x[0].length + 100);
    if (OTHER_EVENT_BEFORE.test(before) && !TIED_AFTER.test(after) && !TIED_BEFORE.test(before)) continue;
    if (SET_APART_AFTER.test(after) || OWN_TIMING_AFTER.test(after) || UNRELATED_BEFORE.test(before)) continue;
    if (x[0].startsWith('on ') && PAST_EVENT_BEFORE.test(before)) continue;
    if (SIGNER_PROMISE_BEFORE.test(before)) continue;
    if (AGE_BEFORE.test(before)) continue;
    // "today we're 45 staff": today as the present, leading the caller's description of it.
    if (x[0] === 'today' && TODAY_WE_ARE.test(s.slice(x.index + 5, x.index + 30))) continue;
    if (x[0] === 'today' && TODAY_OPENS.test(s.slice(Math.max(0, x.index - 6), x.index)) && TODAY_HOW_NOW.test(s.slice(x.index + 5, x.index + 40))) continue;
    hits.push({ value: 'high', start: x.index, end: x.index + x[0].length, confidence: bare ? BARE_CONFIDENCE : 0.75 });
  }
  const distanceTalk = MAY_HAVE_DISTANCE.test(s);
  const mediumTime = distanceTalk ? MEDIUM_TIME_WITH_DISTANCE : MEDIUM_TIME;
  mediumTime.lastIndex = 0;
  for (let x = mediumTime.exec(s); x; x = mediumTime.exec(s)) {
    if (insideLow(lowSpans, x.index)) continue;
    // ("... signed off before then, so we've got about seven weeks": a distance is never a past count)
    if (PAST_BEFORE.test(s.slice(Math.max(0, x.index - 40), x.index)) && !(distanceTalk && DISTANCE_MEDIUM_RE.test(s.slice(x.index)))) continue;
    // the time left said as what the caller has ("so we've got about six weeks") is about a deadline by itself
    const distance = distanceTalk && TIME_LEFT.test(s.slice(x.index, x.index + 20));
    if (!distance && !clauseHas(s, CONTEXT, x.index) && !clauseHas(s, MEDIUM_CONTEXT, x.index) && splitCount(s) > 8) continue;
    if (SET_APART_AFTER.test(s.slice(x.index + x[0].length, x.index + x[0].length + 60))) continue;
    if (AGE_BEFORE.test(s.slice(Math.max(0, x.index - 30), x.index))) continue;
    hits.push({ value: 'medium', start: x.index, end: x.index + x[0].length, confidence: 0.7 });
  }
  if (distanceTalk) {
    DISTANCE_HIGH.lastIndex = 0;
    for (let x = DISTANCE_HIGH.exec(s); x; x = DISTANCE_HIGH.exec(s)) {
      if (!insideLow(lowSpans, x.index) && clauseHas(s, CONTEXT, x.index)) hits.push({ value: 'high', start: x.index, end: x.index + x[0].length, confidence: 0.75 });
    }
  }
  // "before the first of May, which gives us like five weeks": the distance the caller states outweighs the date's bare reading.
  const distance = distanceTalk && hits.some((h) => h.value === 'medium' && DISTANCE_MEDIUM_RE.test(s.slice(h.start, h.end)));
  const timed = distance ? hits.filter((h) => !(h.value === 'high' && DATE_DEADLINE.test(s.slice(h.start, h.end)))) : hits;
  // "no hard deadline as such, but our year end is in about ten weeks": a date named beside "no deadline" decides.
  if (!timed.some((h) => h.value === 'low' && NO_DEADLINE.test(s.slice(h.start, h.end)))) return timed;
  if (!timed.some((h) => h.value !== 'low') && !NAMED_TIME.test(s)) return timed;
  return timed.filter((h) => !(h.value === 'low' && NO_DEADLINE.test(s.slice(h.start, h.end))));
}

/** Resolve the utterance's urgency: high beats low beats medium. */
export function bestUrgency(hits: readonly UrgencyHit[]): UrgencyHit | null {
  for (const v of ['high', 'low', 'medium'] as const) {
    const h = hits.find((x) => x.value === v);
    if (h) return h;
  }
  return null;
}
