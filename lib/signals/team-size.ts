/**
 * team_size: the people in the caller's team who would use the product.
 *
 * A number counts only when it is attached to a team: "a team of 12", "a 15-person team",
 * "12 reps", "three of us", "it's just me", "me and two other paralegals", "seven locations,
 * each with two coordinators" (14). Party sizes, floors, years, phone digits and kids never
 * attach to these nouns, and generic nouns ("people", "of us") are ignored when the utterance is
 * about travel, tables, tickets or events.
 *
 * When several counts appear, the most specific wins (priority below), then the latest one:
 * a team count beats a company headcount ("200 people, but only the legal team would use it,
 * which is eight people" → 8), and "only"/"would use it" raise a count. A count in a conditional
 * or additive aside ("maybe 14 if we add the two people in payroll", "plus two contractors",
 * "including the 3 interns") never replaces the firm figure: the firm figure is what the team is
 * today, the aside is a possibility or a part already counted (see ASIDE_BEFORE). Groups said one after another add up
 * (SUM_NEXT), through a "would use it" or "each ..." clause between them ("the receptionists, two per clinic, would use it,
 * plus the practice manager"), a spoken correction ("there's five, sorry, six now, and the two paraplanners") or a
 * group named before its count ("the articles and the partners, four partners and ten articles"); a listed count corrected
 * after its place keeps the correction ("the two lads in the site office, sorry, one lad now"), and why a count changed does not
 * end the list ("ten now, one joined last week, and the two people in claims"). Licences of the tool in use said as a limit
 * ("we are on docu sign but only two licences") are no team. A count per shift times the
 * shifts said after it ("three in each shift, and two shifts") is the team. A range keeps its half
 * ("three, four people" → 3.5). A "plus" item said to use it adds ("..., plus two duty managers, they would be using"),
 * the people of a count named one by one are that count ("two dentists, dr. nguyen and dr. shah, and four hygienists"),
 * and the caller's own total closes the groups ("..., and then the compliance lass, so seven all in"). A "plus" group after a
 * count whose role was said to use it before the count adds ("the study coordinators would be using it, there's seven of them,
 * plus the two regulatory folks"); a company count said not to be the users ("..., but for this only the reception") is none.
 */
import type { Utterance } from './utterance';
import { WordSet } from './lead-index';
import { ROLE_NOUNS, wordList } from './lexicon';
import { NOT_A_NUMBER, NUM, PLACEHOLDERS, QUANTITIES, aboutOthers, clauseOf, execMasked, quantityAt, singularOf, stickyIfNumLed } from './utterance';
import { ANY_PEOPLE, COUNT_CHANGED, HEDGE_AFTER, HOPED_COUNT, namedAfter, userLists } from './user-list';
import { WordScanner, leadTexts, trieAlternation } from './word-regexp';
import { WordSlot } from './word-slot';
import { fromSpoken, withSpokenCommas } from './spoken-commas';
import { AfterModifiers, NextGate, afterSpaces, placesWhere, skipSpaces, stickyAt, trimmedEnd } from './after-count';

/** A team-size reading with its quoted span and how specific it is (higher wins). */
export interface TeamCandidate {
  value: number;
  start: number;
  end: number;
  /** Offset of the (first) number read. */
  numPos: number;
  priority: number;
  confidence: number;
}

const Q = '(?:(?:about|around|roughly|approximately|approx|like|maybe|probably|just|only|almost|nearly|close to|' +
  'closer to|currently|now|right now|at|some|a total of|exactly|over|under|basically|pretty much|' +
  'somewhere around|give or take|um|uh),?\\s+)*';
/** Strong role nouns (lexicons/roles.ts): a count of these is a team; `ROLE_ONE` names one person, `FAMILY` a relative. */
// As tries of their leading text: the engine tries a few branches at each position, not hundreds.
const ROLE_SRC = [...ROLE_NOUNS.many, ...ROLE_NOUNS.company, ...ROLE_NOUNS.one].join('|');
const ROLE = `(?:${trieAlternation(ROLE_SRC)})`;
const ROLE_ONE = `(?:${trieAlternation(ROLE_NOUNS.one.join('|'))})`;
const FAMILY = `(?:${ROLE_NOUNS.family.join('|')})`;
/** Plain people words (lexicons/roles.ts `people`): "8 people"; `WEAK` any of them. */
const PEOPLE_WORDS: readonly string[] = ROLE_NOUNS.people;
const WEAK = `(?:${PEOPLE_WORDS.join('|')})`;
const PEOPLE_WORD: ReadonlySet<string> = new Set(PEOPLE_WORDS);
/** Familiar words for coworkers (lexicons/roles.ts `familiar`): "the two admin ladies". */
const FAMILIAR = `(?:${ROLE_NOUNS.familiar.join('|')})`;
const ANY_PEOPLE_WORD: ReadonlySet<string> = new Set([...PEOPLE_WORDS, ...ROLE_NOUNS.familiar]);
/** Nouns that count the whole company, not a team. */
const COMPANY_ROLES: ReadonlySet<string> = new Set(ROLE_NOUNS.company);
/** Up to three modifier words between a number and its noun ("12 full-time support agents"). */
const MOD =
  "(?:(?!(?:of|for|to|in|on|at|a|an|the|and|or|per|each|every|from|with|by|than|who|that|which|is|are|was|were|" +
    "we|they|i|you|it|this|our|my|their|these|those|more|new|additional|extra|other|others|years?|months?|weeks?|" +
    "days?|hours?|minutes?|times|percent)\\b)[a-z][a-z'-]*\\s+){0,3}";
/** Departments a count of people can sit in ("3 people in purchasing", "8 in sales"). */
const DEPT =
  'sales|ops|operations|hr|h r|human resources|legal|accounting|marketing|support|staff|purchasing|procurement|' +
    'finance|admin|administration|dispatch|recruiting|recruitment|talent acquisition|payroll|billing|contracts|' +
    'customer success|compliance|underwriting|leasing|the front desk|front desk|the back office|back office|reception|' +
  'security|housekeeping|maintenance|facilities|catering|the kitchen|kitchen|accounts|member services|customer services?|client services|client servicing|guest services|claims|' +
  'documentation|lettings|credit control|credit|reservations|management|quality|coordination|head office|' +
  'trade finance|commercial(?! (?:property|properties|buildings?|real estate|lines|vehicles|work|jobs|projects|clients|units|kitchens?)\\b)|' +
  'treasury|presales|pre-sales|tenders|estimating|admissions|licensing|renewals|onboarding|logistics|customs|' +
  'conveyancing|' +
  // a section or desk named by its work ("five in the grants section", "three on the freight desk")
  'the [a-z-]+ section|the [a-z-]+ desk';
/** Units that are places of the business: "two per clinic" counts with "three locations", "one per site" with "two branches". */
const SITES = ['clinic', 'branch', 'site', 'office', 'location', 'store', 'practice', 'shop', 'outlet', 'joint', 'clínica', 'pharmacy'];
/** The plural of a unit as a regexp source ("pharmacy" → "pharmacies", "branch" → "branch(?:s|es)"). */
function unitPlural(unit: string): string {
  return unit.endsWith('y') ? `${unit.slice(0, -1)}ies` : `${unit}(?:s|es)`;
}
/** Places staff are counted per ("two per clinic"). */
const UNITS = [...SITES, 'restaurant', 'hotel', 'school', 'depot', 'warehouse', 'hub', 'club', 'gym', 'studio', 'salon', 'franchise', 'centre', 'center',
  'shift', 'estate', 'farm', 'factory', 'pub', 'bar', 'crèche', 'creche', 'home', 'dealership', 'space'];
const TEAM_HEAD = '(?:team|teams|crew|department|dept|squad|unit|division|desk|sales floor)';
/** The working shifts an answer said alone counts people by ("days", "nights", "the early shift"). */
const WORK_SHIFT = '(?:days|nights|earlies|lates|mornings|evenings|afternoons|the (?:day|night|morning|evening|early|late) shift|' +
  '(?:morning|evening|afternoon|night) shift|morning|evening|afternoon)';
/** A polite address and an "all will use" frame that may close a shift answer: "..., sir, all will use", "they'd all use it". */
const SHIFTS_CLOSE = '(?:\\s*,?\\s*(?:sir|madam|ma\'am|ma|boss|mate))?(?:\\s*,?\\s*(?:all|they(?:\'d| will| would)? all|all of them)\\s+' +
  '(?:(?:will|would)\\s+)?(?:use|need)(?:\\s+it)?)?';
/** An answer that is only counts of people by shift: "eight on days and four on nights" (with no role, no other words). */
const SHIFTS_ALONE = new RegExp(`^\\s*(?:(?:um|uh|er|so|well|yeah|oh)\\s*,?\\s+)*[${PLACEHOLDERS}] *on ${WORK_SHIFT},?\\s+and\\s+` +
  `[${PLACEHOLDERS}] *on ${WORK_SHIFT}${SHIFTS_CLOSE}\\s*[.!]?\\s*$`);
/** A shift a count of people works on ("four on days", "five on the morning shift"). */
const SHIFT = '(?:the\\s+)?(?:[a-z-]+\\s+)?(?:shifts?|days?|nights?|earlies|lates|weekends?|mornings?|afternoons?|evenings?|second|third)\\b';
const COMPANY_HEAD = '(?:company|firm|practice|office|shop|agency|business|org|organization|brokerage|startup|operation|staff|headcount|consultancy|outfit|studio|salon|clinic|surgery|workshop)';

/** Businesses a group of companies is made of ("a group of seven pharmacies"): no party, no team. */
const GROUP_MEMBERS = 'pharmacies|clinics|companies|practices|schools|restaurants|stores|shops|hotels|branches|offices|agencies|firms';
/** Party and travel words ("sign up for the webinar"; signing up for the product itself is none). */
const TRAVEL = WordScanner.of(
  new RegExp(
    String.raw`\b(?=\w)(?:tickets?|flights?|bus(?:es)?|ride|cab|taxi|uber|lyft|hotel|rooms?|bed ?rooms?|reservations?|` +
    String.raw`reserve|table for|dinner|lunch|breakfast|travel(?:l?ing)?|trip|vacation|conference|concert|show|game|festival|` +
    String.raw`movie|check[- ]?in|check[- ]?out|party of|in (?:my|our|the) group|group of(?! (?:[a-z0-9-]+ ){1,3}(?:${GROUP_MEMBERS})\b)|people going|are going|leaving|` +
    String.raw`depart(?:ing|ure)?|airlines?|economy|seats? on|stay(?:ing)?|guests?|wedding|birthday|offsite|off-site|venue|` +
    String.raw`webinar|sign(?:ed)? up for(?! (?:it|this|that|something|anything|a plan|the (?:service|product|plan|software|app|tool))\b)|` +
    String.raw`attend(?:ing|ees)?|events?|kids|children|family(?![- ](?:run|owned|business|firm|company|concern|practice|funeral)\b)|(?<!\bout (?:of )?my )apartment|house for|picnic|` +
    String.raw`happy hour|barbecue|bbq|potluck|outing|reunion|gala|(?:holiday|christmas|office|retirement|team|company|pizza|` +
    String.raw`launch|going[- ]away) part(?:y|ies))\b`,
  ),
);
const WORK =
  new RegExp(
    String.raw`\b(?=\w)(?:team|teams|office|offices|company|firm|agency|business|org|organization|department|staff|practice|` +
    String.raw`brokerage|shop|startup|clinic|sales|salesforce|sales force|reps?|work|works|working|employ\w*|use|using|` +
    String.raw`users?|sign|send|sending|contracts?|documents?|docs|licen[cs]es?|accounts?|logins?|hire\w*|headcount|remote|` +
    String.raw`in-house|onboard\w*|locations?|across|side|ops|operations|counter|desk|reception)\b|\bwe(?:'ve| have)? (?:went|gone|grew|grown|` +
    String.raw`doubled|jumped|expanded|scaled(?: up)?) (?:from|to)\b`,
  );
const BOOST = new RegExp(
  String.raw`\b(?:only|just)\b|would (?:be )?(?:use|using|need)|who(?:'d| would| will)? (?:use|be using|need|actually)|` +
  String.raw`will be using|going to (?:use|be using)|need (?:access|logins|seats|licenses)|'d (?:use|be using|need)`,
);
/** The literal text each `BOOST` alternative holds ("only", "would ", "'d ", ...). */
const BOOST_TEXTS = ['only', 'just', 'would ', 'who', 'will be using', 'going to ', 'need ', "'d "];

/** `re.test(s)`, skipped (false) when `s` holds none of `texts`: for a regexp every match of which holds one of them. */
function testWhenHolds(re: RegExp, texts: readonly string[], s: string): boolean {
  for (const t of texts) if (s.includes(t)) return re.test(s);
  return false;
}
const COMPANY_WIDE_AFTER = /^[^.?!;]{0,14}\b(?:total|overall|altogether|in all|company[- ]wide|across the (?:company|org|board))\b/;
const COMPANY_WIDE_BEFORE = /\b(?:whole|entire) (?:company|org|organization|business|firm|network|group|chain)\b|\bcompany(?:'s| is| has| of)\b/;
/**
 * A period leading the count's clause before its subject and a verb of taking people on ("monthly we are taking around eighty workers"):
 * a rate of people, not a team ("every month we have 12 reps" is one).
 */
const RATE_BEFORE = new RegExp(String.raw`\b(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annually|(?:every|each|per) (?:day|week|fortnight|month|quarter|year|annum)),?` +
  String.raw`\s+(?:we|they|i)(?:'re| are|'m| am)?\s+(?:(?:taking|hiring|onboarding|bringing|recruiting|adding|placing|registering|enrolling|deploying)|` +
  String.raw`(?:take|hire|onboard|bring|recruit|add|place|register|enrol|enroll|deploy))\b`);
/** New people just taken on, then their count ("we hire new drivers, about ten", "we sign the agreement with new sellers, about ten"): hires, not a team. */
const NEW_HIRES_COUNTED = new RegExp(String.raw`\b(?:hir(?:e|es|ing)|tak(?:e|es|ing) on|recruit(?:s|ing)?|onboard(?:s|ing)?|bring(?:s|ing)? on|` +
  String.raw`sign(?:s|ing)?(?: up| on)?|enrol(?:l|ls|s|ling)?)\b[^.?!;]{0,40}?\bnew\s+(?:[a-z-]+\s+)?[a-z-]+s,?\s+(?:(?:about|around|roughly|maybe|like|some)\s+)*$`);
/** People hired, then their count, maybe corrected ("we hire on plant workers, around ninety", "we hire like eighty, no sorry, ninety"). */
const HIRED_COUNTED = new RegExp(String.raw`\bhir(?:e|es|ing)(?: on)?\s+(?:(?:[a-z-]+\s+)?[a-z-]+s,?\s+)?(?:(?:about|around|roughly|maybe|like|some)\s+)*` +
  String.raw`(?:${NUM}\s*,\s*(?:(?:no|sorry|wait|i mean|actually)[\s,]+)+)?$`);
/** A rate or a past period's count after the number ("10 people a month", "320 of those last season"): not a team. */
const RATE_AFTER = /^\s*(?:(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|quarter|year|season)|(?:last|this|over the)\s+(?:season|summer|winter|term|semester))\b/;
const EXCLUDE_WORDS = ['not', 'hire', 'hiring', 'hired', 'adding', 'add', 'added', 'onboarding', 'recruit', 'recruiting', 'placing', 'lose', 'lost', 'fired', 'laid off',
  'another', 'than', 'rather than', 'instead of', 'for', 'table for'];
/** People taken on or placed, said with a hedge before the count: "hiring around 60", "placing about 40 consultants". */
const TAKEN_ON = ['hire', 'hiring', 'hired', 'recruit', 'recruiting', 'onboarding', 'place', 'placing', 'placed'];
const HEDGES = ['about', 'around', 'roughly', 'maybe', 'like', 'some', 'over', 'nearly', 'almost'];
const EXCLUDE_BEFORE = new RegExp(`\\b(?:${EXCLUDE_WORDS.join('|')})\\s+$|\\b(?:${TAKEN_ON.join('|')})\\s+(?:${HEDGES.join('|')})\\s+$`, 'g');
/** How far before the trailing spaces an `EXCLUDE_BEFORE` match starts at most (its longest word, or a verb, a space and a hedge). */
const EXCLUDE_REACH = Math.max(...EXCLUDE_WORDS.map((w) => w.length), Math.max(...TAKEN_ON.map((w) => w.length)) + 2 + Math.max(...HEDGES.map((w) => w.length)));

/** `EXCLUDE_BEFORE.test(before)`: its word ends where the trailing white space starts, so the scan starts at most its longest word before. */
function excludedBefore(before: string): boolean {
  const t = trimmedEnd(before);
  if (t === before.length) return false;
  EXCLUDE_BEFORE.lastIndex = Math.max(0, t - EXCLUDE_REACH);
  return EXCLUDE_BEFORE.test(before);
}
/**
 * A count introduced by a conditional or additive lead-in ("maybe 14 if we add the two people in
 * payroll", "plus two contractors", "including the 3 interns", "not counting the 4 admins") is an
 * aside: it never replaces the firm statement of the same utterance ("We have 12 users, maybe 14
 * if we add the two people in payroll" → 12). The lead-in is the text from the last comma, dash,
 * parenthesis or clause start up to the number. An aside still counts when it is the only count.
 */
const ASIDE_BEFORE =
  /\b(?:if|unless|once|assuming|provided|in case|plus|including|incl|excluding|except|not counting|not including|besides|apart from|aside from|on top of|in addition to|as well as|add|adding|added)\b/;
/** A count of the people in each thing: "each group is about eight people", "every crew has five". */
const EACH_THING_IS_BEFORE = new RegExp(String.raw`\b(?:each|every|per|a typical|the average) (?!team\b|office\b|department\b)[a-z]+ ` +
  String.raw`(?:is|are|has|of|sizes? is)\s+(?:(?:about|around|roughly|maybe|like|usually|typically|normally|up to)\s+)*$`);
/** The word and space each `EACH_THING_IS_BEFORE` match starts with. */
const EACH_THING_TEXTS = ['each ', 'every ', 'per ', 'a typical ', 'the average '];
/** A place or group named just before a count on a shift: "it's the gatehouse, three on earlies". */
const GROUP_BEFORE = /\b(?:the|our)\s+(?:[a-z-]+\s+){0,2}[a-z]+,\s*$/;
/** A count of members ("40,000 members", "900 paying members"). */
const MEMBERS_AFTER = /^\s+(?:[a-z-]+\s+)?members\b/;
/** People who sign or receive the documents, not the staff who would use the product. */
const SIGNER_NOUNS: ReadonlySet<string> = new Set(('starters hires recruits volunteers members clients customers patients students parents tenants guests ' +
  'participants learners policyholders donors residents families couples riders campers players trekkers passengers visitors attendees ' +
  'applicants candidates subcontractors suppliers vendors carriers farmers growers').split(' '));
const OF_THEM = new RegExp(`^${NUM}\\s+of (?:them|'?em)\\b`);
const PLURAL_WORD = /\b([a-z]{3,}[^s\W]s)\b/g;
/** A verb of making documents right before a count "of them" ("we'd write about nine hundred of them"). */
const DOCS_MADE_BEFORE = /\b(?:write|writes|wrote|issue|issues|issued|draft|drafts|drafted|print|prints|printed)\s+(?:(?:about|around|roughly|maybe|like|some|over|nearly|almost)\s+)*$/;
const EACH_SIGNS_BEFORE = /\b(?:every|each)\s+[a-z]+\s+(?:[a-z]+\s+){0,2}?(?:signs?|fills?|gets?|returns?)\b/;
/**
 * A count "of them" whose "them" are signers: the last plural noun before it is a signer ("new starters ..., twenty of them"),
 * or an "every/each X signs" clause comes before it in the sentence ("every volunteer signs a waiver, there's about nine
 * hundred of them").
 */
function signersCounted(m: string, numPos: number): boolean {
  if (!OF_THEM.test(m.slice(numPos, numPos + 80))) return false;
  let before = m.slice(Math.max(0, numPos - 100), numPos);
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'));
  if (stop >= 0) before = before.slice(stop + 1);
  let last: string | undefined;
  PLURAL_WORD.lastIndex = 0;
  for (let x = PLURAL_WORD.exec(before); x; x = PLURAL_WORD.exec(before)) last = x[1];
  if (last !== undefined && SIGNER_NOUNS.has(last)) return true;
  // "..., we'd write about nine hundred of them": documents written, not people.
  if (DOCS_MADE_BEFORE.test(before)) return true;
  return EACH_SIGNS_BEFORE.test(before) && (last === undefined || !ROLE_WORD.test(last));
}
/** A part of the count just said, after a comma: "twenty one now, with the two trainees". */
const PART_BEFORE = /^\s*with (?:the|our)\s+$/;
/** Priority of an aside: below every firm count (the lowest firm priority is 1, a company headcount). */
const ASIDE_PRIORITY = 0.5;

/** Start of the lead-in of the number at `pos` inside the clause starting at `clauseStart`. */
function leadInStart(text: string, clauseStart: number, pos: number): number {
  // The last ",", "(", ":" or " - " inside [clauseStart, pos), found from the end.
  for (let i = pos - 1; i >= clauseStart; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 40 || c === 58 || (c === 32 && i + 3 <= pos && text.startsWith(' - ', i))) return i + 1;
  }
  return clauseStart;
}

interface PatternSpec {
  re: RegExp;
  /** Base priority. */
  priority: number;
  /** Generic nouns: skip in travel context. */
  weak?: boolean;
  /** Generic nouns with no team word: also require a work word somewhere in the utterance. */
  needsWork?: boolean;
  /** Words (of `GATE_WORDS`) one of which every match has at a word start: the pattern runs only when the utterance has one. */
  needs?: readonly string[];
  /** Counts below SMALL_PARTY also need a work word (party sizes are small: "there are 2 people"). */
  smallNeedsWork?: boolean;
  /** Text the utterance must hold for the pattern to run (a word not in `GATE_WORDS`). */
  needsText?: string;
  /** A company head (`COMPANY_WORDS`) must start a word of the utterance: the pattern runs only then. */
  needsCompany?: boolean;
  /** A plain people word (`PEOPLE_WORDS`) must start a word of the utterance: the pattern runs only then. */
  needsPeopleWord?: boolean;
  /** Smallest count this pattern reports ("one of them" is not a team). */
  min?: number;
  /** A number with no noun: the utterance must talk about people (a role, "people", "team", "guys") and not volume. */
  needsPeople?: boolean;
  /** A number with no noun after "we're": the utterance must not talk about volume or money. */
  notWithVolume?: boolean;
  /** A role noun (and a comma) must come just before: "the recruiters, there's eleven". */
  roleBefore?: boolean;
  /** The count is set off by pauses on both sides: volume talk after its closing pause is another clause's. */
  setOff?: boolean;
  /** Add the roles listed after it ("there's twenty two of them, and four secretaries"). */
  sum?: boolean;
  /** After a role noun (ROLE_BEFORE) the count is that role's, not weak, and adds the roles listed after it. */
  roleSum?: boolean;
  /** "the office staff is five": staff named by where they sit are a team, not the company. */
  staffGroup?: boolean;
  /** What must follow the count (group 1) for the pattern to match: it is tried only where this passes (./after-count.ts). */
  next?: NextGate | AfterModifiers;
  confidence: number;
}

/** A caller thinking aloud before a count: "there's, what, sixteen", "we have, oh, nine". */
const THINKING = '(?:\\s*,\\s*(?:what|oh|er|erm|hmm|i think|i\'d say|let me think|let me see|let\'s see))*\\s*,?';
/** Where a counted role is spread, said just after the count: "there's twenty-two across the provinces". */
const SPREAD = '(?:across|between|spread|all told|in total|out in|up in|down in)';
/** After a noun-less count: the clause ends, or only a people word or hedge follows ("14 now", "12 at the moment", "35 give or take"). */
const NOUNLESS_END = `(?=\\s*(?:[.,;!?]|$|now\\b|today\\b|at the moment\\b|at the minute\\b|at present\\b|right now\\b|currently\\b|after\\b|since\\b|as of\\b|` +
  `total\\b|in total\\b|give or take\\b|or so\\b|ourselves\\b|` +
  `${WEAK}\\b|of us\\b|full[- ]time\\b|strong\\b|people\\b|who\\b|that\\b))`;
/** The words `WEAK` names. */
const WEAK_LIST = WEAK.slice(3, -1).split('|');
/** What `NOUNLESS_END` allows first after the count. */
const NOUNLESS_NEXT = new NextGate({ clauseEnd: true, words: ['now', 'today', 'at the moment', 'at the minute', 'at present', 'right now', 'currently',
  'after', 'since', 'as of', 'total', 'in total', 'give or take', 'or so', 'ourselves', ...WEAK_LIST, 'of us',
  'full', 'strong', 'people', 'who', 'that', 'po'] });
/** After `MOD`, a role or a generic people noun (the gates of "12 full-time reps", "about 25 people"). */
const modThen = (src: string) => {
  const leads = leadTexts(src, 3);
  return leads === null ? undefined : new AfterModifiers(leads, 3);
};
/** The utterance talks about people (for noun-less counts). */
const PEOPLE = new WordScanner(`${ROLE}|${WEAK}|${TEAM_HEAD}|of us|staff|headcount|sales`);
/** Volume talk (a period or money; not a span, "doubles in a year"): a noun-less "that's 200" there is a document count, not a team. */
const VOLUME_TALK = new RegExp(String.raw`\b(?<!\b(?:in|within|for|after) )(?:a|an|per|each|every) (?:day|week|fortnight|month|quarter|year)\b|` +
  String.raw`\b(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\b|\$|\b(?:dollars|bucks|grand)\b`);
/** Below this, a generic count ("3 people", "2 seats") needs a work word in the utterance. */
const SMALL_PARTY = 7;
const COMPANY_HEADS = new Set(COMPANY_HEAD.slice(3, -1).split('|'));
/** What the company-head pattern needs at a word start (every company head; "org" also starts "organization"). */
const COMPANY_WORDS = [...COMPANY_HEADS].filter((w) => w !== 'organization');
/** One-person roles said as initials ("the gm", "our md"): a number before them is no count of people. */
const INITIALS_ROLES: ReadonlySet<string> = new Set(['gm', 'md']);
const LICENCE_NOUNS = new Set(['seat', 'seats', 'user', 'users', 'licence', 'licences', 'license', 'licenses']);

const g = (s: string) => new RegExp(s, 'g');
/** What "whole/entire" need in the text (see `PatternSpec.needs`). */
const WHOLE = ['whole', 'entire'];
/** The words of every pattern's `needs`, looked up once per utterance at word starts (each gated pattern has its word at one). */
const GATE_WORDS = new WordSet(['team', 'crew', 'dep', 'squad', 'unit', 'division', 'desk', 'floor', 'group', 'there', "we've got", 'we got', 'we have', 'we get', 'that', 'which',
  'call it', 'so ', 'those', ...WHOLE, "we're", 'we are']);
/** The company heads, looked up at word starts for the pattern that needs one (`PatternSpec.needsCompany`). */
const COMPANY_GATE = new WordSet(COMPANY_WORDS);
/** What `WEAK` needs at a word start (`PatternSpec.needsPeopleWord`): a people word another one begins ("folk" of "folks") covers it. */
const PEOPLE_GATE = new WordSet(PEOPLE_WORDS.filter((w) => !PEOPLE_WORDS.some((v) => v !== w && w.startsWith(v))));
/** What the fractions and multiplied counts need at a word start. */
const COUNT_WORDS = new WordSet(['half', 'third', 'quarter', 'fifth', 'tenth', 'each', 'teams', 'every', 'per ']);
/** What " per ", " each " and " every " start (a word each). */
const PER_EACH_MASK = COUNT_WORDS.mask(['each', 'every', 'per ']);

const PATTERNS: readonly PatternSpec[] = [
  // "team of 12", "team is twenty-two people", "team's about 10", "team size is 8"
  // "the office team that'd use it is four": the team said to use it. "outlook teams one drive" is two products (OneDrive).
  { re: g(`\\b${TEAM_HEAD}(?: size| (?:that|who)(?:'d| would| will) (?:use|be using|need) it)?(?:'s| is| of| has| are| sits at| at| totals?| would be| will be| was| comes to|` +
    ` na| went from| grew from| has grown from| jumped from| went up from| grew to|` +
    ` is up to)?\\s+${Q}(${NUM})(?!\\s*(?:-\\s*)?(?:years?|months?|weeks?|days?|hours?|percent|times|offices|` +
    `locations|tickets|rooms|drive\\b|note\\b|o'?clock|in the (?:morning|afternoon|evening)|at night|[ap]\\.?\\s?m\\b))(?:\\s+(?:people|persons|members)\\b)?`), priority: 3, confidence: 0.9,
    sum: true, needs: ['team', 'crew', 'dep', 'squad', 'unit', 'division', 'desk', 'floor'] },
  { re: g(`\\bgroup(?:'s| is| of| has)\\s+${Q}(${NUM})(?!\\s+(?:[a-z-]+\\s+){0,2}(?:${GROUP_MEMBERS})\\b)`), priority: 2, weak: true, confidence: 0.7, needs: ['group'] },
  // "so users will be sixteen only": the users counted as such.
  { re: g(`\\busers\\s+(?:will|would|'d|are going to)\\s+be\\s+${Q}(${NUM})(?![a-z0-9${QUANTITIES}]|\\s+(?!only\\b)[a-z])`), priority: 3, confidence: 0.8, needsText: 'users ' },
  // "team size? oh, fifteen"
  { re: g(`\\bteam size\\b[^a-z${QUANTITIES}]*(?:(?:oh|um|uh|so|well|like|it's|its|is|about|around|maybe)\\W+)*(${NUM})`), priority: 3, confidence: 0.8, needs: ['team'] },
  // "staff of 10", "headcount is 40", "company of 200"
  // ("the office is at 14 Queen Street" is an address)
  { re: g(`\\b${COMPANY_HEAD}(?:'s| is| of| has| at| totals?| sits at)\\s+${Q}(${NUM})\\s*(?:${WEAK}|${ROLE}|` +
    `employees)?(?![a-z])(?!\\s+(?:[a-z]+\\s+){1,2}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|place|` +
    `close|crescent|terrace|boulevard|blvd|square|parade|court)\\b)`), priority: 1, staffGroup: true, confidence: 0.7, needsCompany: true },
  // "a 15-person sales team", "12-person law firm"
  { re: g(`(${NUM})\\s*-?\\s*(?:person|people|member|man|woman|strong|seat|user|agent|rep|attorney|lawyer|` +
    `broker)\\s*-?\\s*(?:(?!(?:at|on|in|for|to|from|with|of|the|a|an|our|my|their|his|` +
    `her)\\b)[a-z-]+\\s+){0,2}?(${TEAM_HEAD}|${COMPANY_HEAD})\\b`), priority: 3, confidence: 0.9,
    next: new NextGate({ chars: '-', words: ['person', 'people', 'member', 'man', 'woman', 'strong', 'seat', 'user', 'agent', 'rep', 'attorney', 'lawyer', 'broker'] }) },
  // "12 reps", "fifteen full-time support agents"
  { re: g(`(${NUM})\\s+${MOD}(${ROLE})\\b`), priority: 2, confidence: 0.85, next: modThen(ROLE_SRC) },
  // "three of us", "35 of them", "twelve on the team", "8 in sales", "the coordinators, we are six in that team"
  // After a role noun it counts that role even beside party words, with the roles listed after it ("the event
  // coordinators, four of them, and the venue coordinator" → 5).
  // Not a count per thing other than a place or shift ("fifteen of those per build": change orders).
  { re: g(`(${NUM})(?<!\\b(?:every|each|any|no)\\s+${NUM})\\s+of (?:us|them|those|'?em)\\b(?!\\s+per\\s+(?!(?:${UNITS.join('|')})\\b)[a-z])`), priority: 2,
    weak: true, roleSum: true, confidence: 0.75, min: 2,
    next: new NextGate({ words: ['of '] }) },
  { re: g(`(${NUM})\\s+(?:${WEAK}\\s+)?(?:on|in) (?:the|our|my|that) (?:[a-z-]+\\s+)?(?:team|office|department|crew|sales team|sales side|staff)\\b`), priority: 3, confidence: 0.85, sum: true,
    next: new NextGate({ words: [...WEAK_LIST, 'on ', 'in '] }) },
  // "we be four for hr" (pidgin "we are four in HR"): "for" a department only after "we are".
  { re: g(`(${NUM})\\s+(?:${WEAK}\\s+|of us\\s+)?(?:in|on(?! payroll\\b)|doing|handling|running|(?<=\\b(?:we're|we are|we be)\\s+${NUM}\\s+)for) (${DEPT})\\b`), priority: 2,
    sum: true, confidence: 0.75, next: new NextGate({ words: [...WEAK_LIST, 'of us', 'in ', 'on ', 'doing ', 'handling ', 'running ', 'for '] }) },
  // "we're 30 now", "we are about 40 people", "there's 25 of us", "that's 14 people"
  { re: g(`\\b(?:we're|we are|were|we've got|we have|there's|there are|there is|it's|its|it is|that's|thats|we're at|` +
    `we are at|we've grown to|now we're|now it's)\\s+(?:a\\s+(?=${NUM}))?${Q}(${NUM})\\s+(?:${WEAK}|now|strong|` +
    `total|in total|full[- ]time)\\b`), priority: 2, weak: true, confidence: 0.75, smallNeedsWork: true,
    next: new NextGate({ words: [...WEAK_LIST, 'now', 'strong', 'total', 'in total', 'full'] }) },
  // "the recruiters, there's eleven", "our fee earners, there's twenty two of them": a noun-less count after a role noun.
  // "the dispatchers, there's four on days and three on nights": people counted by shift (no role needed just before).
  { re: g(`\\b(?:there(?:'s| is| are)|we(?:'ve)? got|we have|we get)${THINKING}\\s+${Q}(${NUM})(?:\\s+of (?:us|them|'?em)|\\s+on\\s+${SHIFT})?(?=\\s*(?:[.,;!?]|$|and\\b|${SPREAD}\\b))`), priority: 2,
    roleBefore: true, sum: true, confidence: 0.7, needs: ['there', "we've got", 'we got', 'we have', 'we get'],
    next: new NextGate({ clauseEnd: true, words: ['of ', 'on', 'and', 'across', 'between', 'spread', 'all told', 'in total', 'out in', 'up in', 'down in'] }) },
  // "it's just us three": the caller's group counted after "us".
  { re: g(`\\b(?:just|only) us\\s+(${NUM})(?=\\s*(?:[.,;!?]|$))`), priority: 2, confidence: 0.75,
    next: new NextGate({ clauseEnd: true }) },
  // "the relationship managers, around twenty, and the operations team, another eight": a bare count right after a role noun.
  // "the hr team, four members, plus myself", "the office staff, four persons, plus me": the count may name its members;
  // "the bookkeepers are three plus me": "plus me" may follow with no comma; so may "plus the <role>" ("the coordinators are six plus the
  // banqueting manager").
  { re: g(`(${NUM})(?:\\s+(?:members|people|persons|in number))?(?=\\s*(?:[.,;!?]|$|and\\b|plus\\s+(?:me|myself)\\b|plus\\s+(?:the|our|my)\\s))`), priority: 2, roleBefore: true, sum: true,
    confidence: 0.7, next: new NextGate({ clauseEnd: true, words: ['and', 'members', 'people', 'persons', 'in number', 'plus'] }) },
  // "the estimators and the supervisors, six people total": the caller's own total of the groups named beats a licence count;
  // "..., and then the compliance lass, so seven all in": it beats the groups summed before it too.
  { re: g(`(${NUM})\\s+(?:(?:people|persons)\\s+)?(?:total|in total|altogether|all told|all in|all up|in all)(?=\\s*(?:[.,;!?]|$))`), priority: 4, roleBefore: true,
    confidence: 0.75, next: new NextGate({ words: ['people', 'persons', 'total', 'in total', 'altogether', 'all told', 'all in', 'all up', 'in all'] }) },
  // "..., plus the two supervisors, so sixteen, and we register ...": a bare total set off by pauses after the groups closes them.
  { re: g(`,\\s*so,?\\s+(?:that's\\s+|call it\\s+)?${Q}(${NUM})(?:\\s+(?:of us|all up|all in|in total|altogether))?\\s*,`), priority: 4,
    needsPeople: true, setOff: true, confidence: 0.75, min: 2, needs: ['so '],
    next: new NextGate({ chars: ',', words: ['of us', 'all up', 'all in', 'in total', 'altogether'] }) },
  // "the dispatchers, five on days and two on nights": a role's count by shift with no "there's".
  { re: g(`(${NUM})\\s+on\\s+${SHIFT}(?=\\s*(?:[.,;!?]|$|and\\b))`), priority: 2, roleBefore: true, sum: true, confidence: 0.7,
    next: new NextGate({ words: ['on'] }) },
  // "about 25 people" in a work context
  { re: g(`(${NUM})\\s+${MOD}${WEAK}\\b`), priority: 2, weak: true, needsWork: true, sum: true, confidence: 0.7, min: 2, next: modThen(WEAK.slice(3, -1)) },
  // A number with no noun, closing a statement about people: "we're down to 14 now", "so we're at 11.",
  // "only the sales guys need it, thats seven", "the whole firm, so 35 give or take".
  { re: g(`\\b(?:we're|we are|were|now we're)\\s+(?:(?:down|up|back) to|(?:now )?at)\\s+${Q}(${NUM})${NOUNLESS_END}`), priority: 2, weak: true, notWithVolume: true, confidence: 0.7,
    next: NOUNLESS_NEXT },
  // "... so maybe six", "only half of them do the onboarding, so call it four": the caller's own total or rounding.
  // "it's reception who'd be on it, so those three, and me": the people the caller points back to, and the list after them.
  { re: g(`\\b(?:that's|thats|that is|which is|which's|which are|that'd be|that would be|call it|so)\\s+(?:those\\s+)?${Q}(${NUM})${NOUNLESS_END}`), priority: 2,
    weak: true, needsPeople: true, sum: true, confidence: 0.7, needs: ['that', 'which', 'call it', 'so '], next: NOUNLESS_NEXT },
  // "the whole company's like three hundred but it's just those fifteen": the people pointed back to, narrowed from the company.
  { re: g(`\\b(?:it's|it is) (?:just|only) those (${NUM})${NOUNLESS_END}`), priority: 2, confidence: 0.7, needs: ['those'], next: NOUNLESS_NEXT },
  { re: g(`\\b(?:whole|entire) (?:team|department|dept|office|crew)\\b,?\\s+(?:so\\s+|which is\\s+|that's\\s+|thats\\s+|is\\s+)?${Q}(${NUM})${NOUNLESS_END}`),
    priority: 2, confidence: 0.7, needs: WHOLE, next: NOUNLESS_NEXT },
  // "we're twelve people in the office now, well, fourteen since ...": a spoken self-correction to a noun-less count.
  { re: g(`,\\s*(?:well|sorry|er|actually|i mean|or rather)\\s*,?\\s+${Q}(${NUM})${NOUNLESS_END}`), priority: 3, weak: true, needsPeople: true, needsWork: true, min: 2, confidence: 0.65,
    next: NOUNLESS_NEXT },
  // "we're twenty, well, twenty-two with the new hires", "we're like 40, maybe": a noun-less count after "we're".
  // "we're six po, plus ...": a spoken politeness particle ("po") may close the count.
  { re: g(`\\b(?:we're|we are)\\s+${Q}(${NUM})(?:\\s+po(?=\\s*[.,;!?]|$))?${NOUNLESS_END}`), priority: 2, weak: true, notWithVolume: true, smallNeedsWork: true, min: 2, confidence: 0.65,
    sum: true, needs: ["we're", 'we are'],
    next: NOUNLESS_NEXT },
  // "maybe ten would actually use this", "so like nine, would be sending stuff", "maybe ten are active enough to actually use it",
  // pidgin "na eight go use am": the users, said without a noun, and a "plus" group after them ("..., plus the two in compliance").
  { re: g(`(${NUM})\\s*,?\\s+(?:of (?:us|them|'?em)\\s+)?(?:would|will|'d|could|might|need to|are going to|go|` +
    `are gonna|are\\s+(?:[a-z-]+\\s+){1,2}?enough\\s+to)\\s+(?:actually\\s+|really\\s+|probably\\s+|realistically\\s+|ever\\s+)?(?:be\\s+)?(?:use|using|` +
    `need|needing|send|sending|sign|signing|touch|be on|log in|access|own)\\b(?:\\s+(?:it|this|am)\\b)?`), priority: 2, confidence: 0.7, min: 2, sum: true,
    next: new NextGate({ chars: ',', words: ['of ', 'would', 'will', "'d", 'could', 'might', 'need', 'are', 'go'] }) },
  // "the front desk is about eight people", "ops is 6 folks"
  { re: g(`\\b(?:is|are|'s)\\s+${Q}(${NUM})\\s+${WEAK}\\b`), priority: 2, weak: true, smallNeedsWork: true, confidence: 0.7, needsPeopleWord: true,
    next: new NextGate({ words: WEAK_LIST }) },
  { re: g(`\\b(?:whole|entire) ${COMPANY_HEAD}\\b,?\\s+(?:so\\s+|which is\\s+|that's\\s+|thats\\s+|is\\s+)?${Q}(${NUM})${NOUNLESS_END}`), priority: 1, confidence: 0.7, needs: WHOLE,
    next: NOUNLESS_NEXT },
];

const SOLO = new RegExp(
  String.raw`\b(?:it's|its|it is|just|only|(?:it'd|it would|it will|it'll) (?:just |only )?be)\s+(?:me|myself|meself)\b` +
  String.raw`(?!\s+and\b(?!\s+(?:the|my) (?:ute|van|truck|bakkie|car|laptop|phone)\b)(?![^.?!]{0,25}\b(?:maybe|possibly|perhaps` +
  String.raw`|eventually)\b[^.?!]{0,40}\b(?:later|eventually|down the (?:line|road|track)|next year|at some point)\b))|\bsolo (?:agent|practitioner|attorney|lawyer|` +
  String.raw`broker|realtor|consultant|founder|operator|shop)\b|\bone[- ](?:man|woman|person) (?:shop|team|show|operation|thing|ting|business|outfit|` +
  String.raw`band|office|firm)\b|\bsole (?:proprietor|practitioner|trader)\b|\bby myself\b|` +
  // "only i will use it, nobody else"
  String.raw`\bonly (?:i|me) (?:will|would|'ll|go|dey) (?:use|be using|need)\b`, 'g',
);
/** The caller saying what they are just before "one-man show" ("i'm a ", "it's basically a "). */
const SELF_A_BEFORE = /\b(?:i'm|i am|it's|it is|its)\s+(?:(?:just|only|basically|really|pretty much)\s+)?a\s+$/;
/** Nobody but the caller knows how to do something, said just before "only me" (no "would use"). */
const KNOW_HOW_BEFORE = /\b(?:nobody|no one|no-one|none of (?:us|them))(?: here| else)? (?:knows|understands|can|could|has a clue)\b[^.?!]{0,50}$/;
/** Where a count said after "me and" sits at work: "me and two in the booking office". */
const IN_OFFICE_NEXT = /^\s*(?:in|on|at) (?:the |de )?(?:[a-z-]+ )?(?:office|desk|team|department|reception|yard)\b/;
/**
 * Using it, said right after "just me" ("only me go use am", "just me who'd be using it"); a particle or filler may come first
 * ("just me la, i'm a ...", "just me um i'm a ...").
 */
const SOLO_USE_AFTER = new RegExp(String.raw`^(?:\s+(?:la|lah|lor|ah|eh|po|yaar|yah|um|uh|er|erm|really|solo|alone)\b)?\s*` +
  String.raw`(?:(?:go|gonna|would|will|'d|who'd|who would|that'd|that would)?\s*(?:be\s+)?(?:use|using)\b|,?\s*(?:i'm|i am) (?:a|an|the only) )`);
/**
 * The caller's trade said earlier in the sentence ("i'm a speech therapist, ..., it's just me"), for a "just me" that a
 * "solo" closes ("it's just me, solo."): a one-person business, whatever party words (kids, events) follow.
 */
const SELF_TRADE_BEFORE = /\b(?:i'm|i am) an? (?!bit\b|little\b)[a-z][^.?!]*$/;
/** "solo" or "on my own" right after "just me", closing its clause. */
const SOLO_CLOSE_AFTER = /^\s*,?\s*(?:solo|on my own)\s*(?:[.!?;]|$)/;
/** A first name in a list after "me" ("me, kerry and two part-timers"): one word that is no function word. */
const NAME = "(?!(?:and|the|so|um|uh|then|i|we|our|my|that|just|basically|really|too|also|plus|and|but|or|who|which|" +
  "mostly|usually|now|obviously|anyway|really|right|yeah|yes|no|well|like|actually|here|there|solo|alone)\\b)[a-z][a-z'-]*";
/**
 * "me and two other paralegals", "me, kerry and two part-timers": group 1 first names, 2 a count, 3 its role ("mi" is "my" in patois and
 * Spanish; Spanglish "y yo" is "and me").
 */
const ME_AND = new RegExp(
  `(?:\\b(?:me|myself)|(?<=\\by )yo\\b)((?:,\\s*(?:our\\s+)?${NAME}|\\s+and\\s+${NAME}(?=\\s*,|\\s+and\\s))*),?\\s+(?:and|plus)\\s+` +
  `(?:${Q}(?:(?:the|our|my|mi)\\s+(?=${NUM}))?(${NUM})\\s+(?:other|others|more)?\\s*${MOD}(?:(${ROLE})\\b|${ANY_PEOPLE}\\b)?|` +
    `(?:my|mi|a|one|another) (?:business |hr |office |practice |ops |operations )?(?:partner|colleague|assistant|coworker|` +
    `co-worker|associate|paralegal|agent|rep|generalist|bookkeeper|secretary|administrator|admin|other (?:person|agent|rep|` +
    `attorney|lawyer|broker)))`,
  'g',
);
/** "just me and the pastor and our bookkeeper": the caller plus each named person (a chain of "and the/my/our <role>"). */
const ME_AND_LIST = new RegExp(
  String.raw`\b(?:me|myself)((?:,?\s+(?:and|an)\s+(?:the|my|mi|our)\s+(?:[a-z-]+\s+)?(?:${ROLE_ONE}|${FAMILY})\b)+)`, 'g',
);
/** The last person of a `ME_AND_LIST` list is a relative ("me and my husband" alone is no team reading). */
const FAMILY_END = new RegExp(`\\b(?:${FAMILY}|lass)$`);
/** A relative or partner in a `ME_AND_LIST` list: beside party words, a party, not staff. */
/**
 * Work said right after a relative in the list: "me and my sister who manages the bookings", "me and my husband run it", "just me and my
 * wife, we run a guest house" are two at work.
 */
const KIN_WORKS_AFTER = new RegExp(String.raw`^(?:\s+(?:(?:who|that)\s+(?:manages?|runs?|does|do|handles?|looks? after|takes? care of|works?|helps?)\b` +
  String.raw`(?:\s+(?:it|the\s+[a-z]+)\b)?|in (?:the|de) office\b|` +
  String.raw`(?:dey )?run (?:it|am|the (?:business|place|shop|office|company|firm))\b|on (?:the )?(?:weekends|saturdays|sundays)\b)|` +
  String.raw`\s*,\s*we\s+(?:run|own|manage)\s+(?:it|the|a|an|our)\b(?:\s+together\b)?)`);
/** The caller running a business, said in the sentence just before a pair ("we run a guest house ..., it's me and my wife"). */
const RUN_BEFORE = /(?:\b(?:we|i) (?:run|own|manage) (?:a|an|the|our|two|three)\b[^.?!]*,\s*(?:it's|it is|just|only)\s+(?:just\s+|only\s+)?|\bi'm (?:a|an) [^.?!,]{1,40},\s*)$/;
/** The use frame right after a list of people: "..., who'd use it", "they'd all be on it". */
const LIST_USES_NEXT = /^\s*,?\s*(?:who|that|they)(?:'d|'ll|\s+would|\s+will)\s+(?:all\s+)?(?:be\s+)?(?:use|using|need|on)\b/;
const PARTY_PERSON = new RegExp(`\\b(?:${FAMILY}|partner|lass)\\b`);
const ME_AND_ITEM = /\band?\s+(?:the|my|mi|our)\s/g;
/** One person by role or kin just before "and me" ("my brother and me and our office manager"; Spanglish "mi hermano y yo"). */
const ONE_AND_ME = new RegExp(`\\b(?:the|my|our|mi)\\s+(?:[a-z-]+\\s+)?(?:${ROLE_ONE}|${FAMILY})\\s+(?:and|y)\\s+$`);
/**
 * "it'd be our PM, the estimator and me": named people listed before the caller (one per "the/our/my"; "t'" is Yorkshire "the",
 * "nobbut" "only"); a plural group counted earlier in the turn is its count ("t'sales lads, there's four of 'em ... it's nobbut
 * t'sales lads and me" → 5).
 */
const LIST_AND_ME = new RegExp(
  String.raw`\b(?:it'd be|it would be|it'll be|it will be|it's|that's|that'd be|just)\s+(?:(?:only|just|nobbut)\s+)?` +
  String.raw`((?:(?:(?:our|the|my)\s+|t')[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?(?:,\s*|\s+and\s+))+)(?:me|myself)\b`, 'g',
);
const LIST_ITEM = /(?:\b(?:our|the|my)\s+|\bt')([a-z-]+(?:\s+(?!and\b)[a-z-]+)?)/g;
/** A count said right after a group's noun (", there's four of 'em"; group 1), tried where the noun ends. */
const GROUP_COUNTED_Y = new RegExp(`\\s*,\\s*(?:(?:there's|there are|there is|that's|they are|they're)\\s+)?(?:(?:about|around|roughly|maybe|like)\\s+)*(${NUM})`, 'y');
/**
 * The people of a `LIST_AND_ME` list: one per item, or a plural group's count said before the list (`GROUP_COUNTED_Y`); and whether
 * some group was so counted.
 */
function listAndMeValue(u: Utterance, items: string, listStart: number): [number, boolean] {
  let value = 1;
  let counted = false;
  LIST_ITEM.lastIndex = 0;
  for (let x = LIST_ITEM.exec(items); x; x = LIST_ITEM.exec(items)) {
    const noun = x[1].slice(x[1].lastIndexOf(' ') + 1);
    let n = 1;
    if (PLURAL.test(noun) && (ROLE_WORD.test(noun) || PEOPLE_WORD.has(noun))) {
      for (let p = u.masked.indexOf(x[1]); p >= 0 && p < listStart; p = u.masked.indexOf(x[1], p + 1)) {
        GROUP_COUNTED_Y.lastIndex = p + x[1].length;
        const c = GROUP_COUNTED_Y.exec(u.masked);
        const q = c ? quantityAt(u, c[1]) : undefined;
        if (q?.kind === 'cardinal' && q.value >= 2 && q.value < 100) {
          n = q.value;
          counted = true;
          break;
        }
      }
    }
    value += n;
  }
  return [value, counted];
}
/**
 * A count per unit and the number of units: "eighteen clinics ... the receptionists ..., roughly two per clinic" (36).
 * Group 1 the count, 2 the unit; the units' count is found before it (`unitCount`) or right after ("three in each shift, and two shifts").
 */
const PER_UNIT = new RegExp(`(${NUM})\\s+(?:${MOD}(?:${ROLE}|${WEAK})\\s+)?(?:per|at each|in each|for each|in every|at every)\\s+` +
  `(${UNITS.join('|')})\\b(?!\\s+(?:a|an|per|each|every)\\s)`, 'g');
const PER_UNIT_Y = stickyIfNumLed(PER_UNIT);
/** A count of the business's places by any of their names (`SITES`; group 1 the count). */
const SITE_COUNT = new RegExp(`(${NUM})\\s+(?:[a-z-]+\\s+)?(?:${SITES.map((s) => (s.endsWith('ch') ? `${s}es` : s.endsWith('y') ? unitPlural(s) : `${s}s`)).join('|')})\\b`);
/** Per unit of PER_UNIT, a count of those units ("eighteen clinics"): group 1 the count. */
const UNIT_COUNT = new Map(UNITS.map((unit) => [unit, new RegExp(`(${NUM})\\s+(?:[a-z-]+\\s+)?${unitPlural(unit)}\\b`)]));
/** The units' count said right after the count per unit: "three in each shift, and two shifts" (group 1 the count). */
const UNITS_AFTER = new Map(UNITS.map((unit) => [unit, new RegExp(`^\\s*,?\\s*(?:and\\s+)?(?:there are\\s+|we (?:have|run)\\s+)?(${NUM})\\s+${unitPlural(unit)}\\b(?:\\s+(?:a|per) day\\b)?`)]));
const ROLE_WORD = new RegExp(`\\b${ROLE}\\b`);
/** Before a role noun right after a count: white space and at most one word ("two senior pharmacists"). */
const ROLE_LEAD = /^\s*(?:[a-z-]+\s+)?$/;
/** Before a role noun: white space and at most two words ("one front office girl"). */
const ROLE_LEAD2 = /^\s*(?:[a-z-]+\s+){0,2}$/;
/** A role, the desk or office people sit at ("the front desk folks, roughly two per clinic", "the admission, four per clinic"), or a group of people words ("the depot blokes"). */
const ROLE_OR_DESK = new RegExp(`\\b(?:${ROLE}|front desk|front office|back office|reception|admissions?|(?:the|our)\\s+(?:[a-z-]+\\s+)?${WEAK})\\b`);
const EACH_UNIT = new RegExp(
  `(${NUM})\\s+(?:[a-z-]+\\s+)?(?:locations|offices|branches|stores|sites|clinics|teams|practices|shops|` +
    `restaurants|regions)\\b[^.?!]{0,40}?\\beach\\s+(?:one\\s+|location\\s+|office\\s+|branch\\s+|store\\s+|` +
    `site\\s+|clinic\\s+|team\\s+|region\\s+)?(?:has\\s+|have\\s+|with\\s+|` +
    `of\\s+)?${Q}(${NUM})\\s+${MOD}(?:${ROLE}|${WEAK})`,
  'g',
);
/**
 * "four sites, each site's got a manager and an assistant" (8): units times the people each one has, named one by one.
 * Group 1 the units' count, 2 the people ("a manager and an assistant").
 */
const EACH_UNIT_ONES = new RegExp(
  `(${NUM})\\s+(?:[a-z-]+\\s+)?(?:locations|offices|branches|stores|sites|clinics|practices|shops|restaurants|hotels|depots)\\b` +
    `[^.?!]{0,40}?\\beach(?:\\s+(?:one|location|office|branch|store|site|clinic|practice|shop|restaurant|hotel|depot))?` +
    `(?:'s got|'s|\\s+has got|\\s+has|\\s+gets|\\s+needs|\\s+with)\\s+((?:an?|one)\\s+(?:[a-z-]+\\s+)?${ROLE_ONE}` +
    `(?:\\s*,?\\s+and\\s+(?:an?|one)\\s+(?:[a-z-]+\\s+)?${ROLE_ONE})*)\\b`,
  'g',
);
const ONE_ITEM = /\b(?:an?|one)\s/g;
/** A group of staff named by where they sit or what they do ("office staff", "support staff"). */
const STAFF_GROUP_BEFORE = new RegExp(`\\b(?:office|admin|support|back office|front desk|${DEPT})\\s+$`);
/**
 * A role noun (or a group said as "the dive shop guys", "the control room", "the underwriting support") just before a count, with at most a correction or a
 * short relative clause between ("the reps who'd use it, four", "the merchandisers will use it, they are six", "the front desk will use, they are
 * four" with no "it", "the planners would be the ones
 * on it, there's five"), or a department
 * said to be its count ("reservations are seven and h r is three"); Singlish "got" is "there are" ("the drivers got five"); where the
 * role is may come between ("sales reps are out on t'road, nine of 'em").
 */
/** Staff words that are the caller's staff only after "the"/"our"/"my" ("the buyers, there's five"; "sixty buyers" may be customers). */
const OWN_ONLY_ROLES = 'buyers|purchasers';
const ROLE_BEFORE = new RegExp(`\\b(?:(?:${ROLE}|(?<=\\b(?:the|our|my)\\s+(?:[a-z-]+\\s+){0,2})(?:${ANY_PEOPLE}|${TEAM_HEAD}|control room|office|` +
  `support|reception|front desk|back office|${OWN_ONLY_ROLES}))` +
  `(?:\\s+(?:i mean|sorry|that is)|\\s+(?:who|that|weh)(?:'d|'ll|\\s+would|\\s+will)?\\s+[a-z' ]{1,30}?|` +
  `\\s+(?:would|will)\\s+(?:(?:use|be using|need)(?:\\s+it|(?=,))|be\\s+(?:the\\s+ones\\s+)?on\\s+it)(?:\\s+too|\\s+as well|\\s+on\\s+(?:their|the|our)\\s+[a-z-]+)?|\\s+on\\s+${SHIFT}|` +
  `\\s+(?:(?:are|is)\\s+(?:out\\s+)?)?(?:at|in|on)\\s+(?:the\\s+|t')?[a-z-]+)?(?:,|\\s+(?:are|na|got)(?=\\s))|(?:${DEPT})\\s+(?:is|are)(?=\\s))` +
  `\\s*(?:(?:in|at)\\s+[a-z-]+\\s+(?=there\\b))?(?:so\\s+|that's\\s+|that is\\s+|there's\\s+|there are\\s+|there is\\s+|we are\\s+|we're\\s+|we deh\\s+|they are\\s+|they're\\s+|it's\\s+)?` +
  `(?:(?:about|around|roughly|maybe|like|probably|approximately|just|only|some|all|usually|typically|normally)\\s+)*$`);
/** A role noun ending the text before a count (its count corrected after it: "nine inspectors, sorry, ten as of monday"). */
const ROLE_END = new RegExp(`\\b(?:${ROLE})\\s*$`);
/** A plural role noun right before a count's lead-in, with no comma ("the site managers we get three"); `LEAD_IN_AT` the lead-in. */
const ROLE_JUST_BEFORE = new RegExp(`\\b(?:the|our|my)\\s+(?:[a-z-]+\\s+)?(?:${ROLE})\\s+$`);
/** A count's lead-in ending the text before a count, after hedges ("we get ", "there are about "). */
const LEAD_IN_END = /\b(?:there(?:'s| is| are)|we(?:'ve)? got|we have|we get)\s+(?:(?:about|around|roughly|maybe|like)\s+)*$/;
/** `ROLE_JUST_BEFORE` read before a lead-in that ends `w` ("the site managers we get "), or null. */
function roleBeforeLeadIn(w: string): RegExpExecArray | null {
  if (!w.endsWith(' ')) return null;
  const lead = LEAD_IN_END.exec(w);
  return lead ? ROLE_JUST_BEFORE.exec(w.slice(0, lead.index)) : null;
}
/** A count's lead-in that starts a `PATTERNS` match ("we get", "we have", "there's"), after which `ROLE_JUST_BEFORE` is read. */
const LEAD_IN_AT = /^(?:there(?:'s| is| are)|we(?:'ve)? got|we have|we get)\s/;
/** How far before a count `ROLE_BEFORE` looks ("the counsellors who interview the candidates are five"). */
const ROLE_REACH = 60;
/** What every `ROLE_BEFORE` match has before its count: a comma, or "are"/"na"/"is"/"got" between white space (a department "is": "h r is three"). */
const ROLE_BEFORE_GATE = /\s(?:are|na|is|got)\s/;
/** What ends every `ROLE_BEFORE` match but for white space: its comma, "are"/"na", the last word of a lead-in or a hedge. */
const ROLE_BEFORE_LAST = [',', 'are', 'na', 'got', 'so', "that's", 'is', "there's", "we're", "they're", "it's", 'deh', 'about', 'around', 'roughly', 'maybe', 'like',
  'probably', 'approximately', 'just', 'only', 'some', 'all', 'usually', 'typically', 'normally'];
/** `ROLE_BEFORE.exec(w)`, skipped when `w` lacks what every match needs (`ROLE_BEFORE_GATE`, `ROLE_BEFORE_LAST`). */
function roleBefore(w: string): RegExpExecArray | null {
  const end = trimmedEnd(w);
  if (!ROLE_BEFORE_LAST.some((x) => w.startsWith(x, end - x.length))) return null;
  return w.includes(',') || ROLE_BEFORE_GATE.test(w) ? ROLE_BEFORE.exec(w) : null;
}
const TEAMS_OF = new RegExp(`(${NUM})\\s+teams\\s+of\\s+${Q}(${NUM})`, 'g');
/** Counts multiplied out ("7 locations, each with 2 coordinators", "3 teams of 5"), with a word each needs. */
const EACH_MASK = COUNT_WORDS.mask(['each']);
const PRODUCT_PATTERNS = [[EACH_UNIT, COUNT_WORDS.mask(['each'])], [TEAMS_OF, COUNT_WORDS.mask(['teams'])]] as const;
/** "would use it" (or "would send stuff out", "would be on it") said inside a list of users, before the list goes on ("..., would use it, plus the practice manager"). */
const USE_FRAME = "(?:,?\\s*(?:that's\\s+who\\s+|they\\s+|they(?='))?|\\s+(?:who|that)\\s*)(?:would|will|'d)\\s+(?:all\\s+)?(?:be\\s+)?" +
  "(?:(?:use|using|need|needing)\\s+(?:it|this|that)\\b(?:\\s+on\\s+[a-z' ]{1,20}?(?=,))?|" +
  "(?:send|sending)\\s+(?:stuff|things|them|it|docs|documents|contracts|proposals|quotes)(?:\\s+out)?\\b|(?<=be\\s+)on\\s+(?:it|this)\\b)";
/** A title said after a one-person role in South Asian English ("and gm sahab", "md sir"): that person. */
const HONORIFIC = '(?:sahab|saab|sahib|sir|madam|ji)';
/** "the"/"our"/"my" before a count ("the two ladies"). */
const DETERMINED = new RegExp(`\\b(?:the|our|my)\\s+[${PLACEHOLDERS}]`);
/** A role said as its spelled-out initials, one person ("the d o n", "the q s"). */
const ABBR = "(?:[a-z]\\s){1,3}[a-z](?![a-z'])";
/**
 * A role list joined by "and" is one team ("three attorneys and a paralegal" → 4, "the three paralegals, the two
 * secretaries and me" → 6, "and the credit analysts, another six", "five on the morning shift and four on the night
 * shift", "and the picture desk, that's another two", "and then reception, another five"); "plus ..." is an aside
 * (ASIDE_BEFORE) unless they'd all use it, it is said to use it ("plus two duty managers, they would be using"; not "plus 2
 * managers who'd need view access") or it names one person closing the list ("plus the pre-op coordinator", "plus the g m manager" with initials before the role). "And we have"
 * goes on with the list ("me and mi husband run it, and we have two property officers").
 * A short relative clause may close an item ("two locums who are in most weeks, and the practice nurse").
 * Groups: 1 a role, team or department said before its count 2; 3 a count before a role
 * (4 "the"/"our" for one person, 5 the role); 6 a count in a department; 7 "me"; 8 a count on a shift ("two that cover weekends"); 9 a count of
 * people said after its role or department with no comma ("purchase department is four people and stores in-charge one person"); a count
 * may follow its role with no comma when it closes the item ("and the magasiniers three, plus ..."); a department may be counted as
 * "we are N in" it ("and h r, we are two in h r, and ..."); 10 the caller and a relative doing a part of the work ("meself and me brother do the
 * office side").
 */
const SUM_HEAD = `^(?:\\s+(?:who|that)(?:'re| are| is)\\s+[^,.;!?${PLACEHOLDERS}]{1,30}(?=,)|` +
  `\\s+here(?:\\s+(?:in|at)\\s+[^,.;!?]{1,30})?(?=,)|\\s+(?:across|in|at|on|of|between)\\s+(?:[^,.;!?]{1,30}(?=,)|(?:the\\s+)?[a-z-]+(?:\\s+[a-z-]+)?(?=\\s+(?:and|plus)\\s))|${USE_FRAME}|` +
  `,\\s*(?:each\\s+[^.;!?]{1,60}?|(?:one|${NUM})\\s+per\\s+[a-z-]+)(?=,\\s*(?:and|plus)\\b))?` +
  `\\s*(?:,\\s*)?(?:and|an(?=\\s+(?:the|our|my|me|myself|meself|we have)\\b|\\s+[${PLACEHOLDERS}])|&|,|` +
  `plus(?=\\s+(?:me|myself)\\b|\\s+(?:the|our|my|da)\\s+(?:[a-z-]+\\s+|${ABBR}\\s+)?(?:${ROLE_ONE}|person|${FAMILY})` +
  `(?:\\s+(?:in|of)\\s+[a-z-]+)?\\s*(?:[.,;!?]|$|would\\b|will\\b|'d\\b|and\\s+the\\b)|` +
  `\\s+(?:the|our|my)\\s+${ABBR}\\s*(?:[.,;!?]|$)|` +
  `[^.?!;]{0,60}\\b(?:they'd|they would|they'll|they will|who'd|we'd|we would|we'll|we will) all\\b|` +
  `[^.?!;]{0,60}\\b(?:they|dem|we) go all use\\b|` +
  `[^.?!;]{0,60}?(?:\\bwould|\\bwill|'d|(?:\\b(?:they|who|she|he)(?:\\s+also)?|\\balso)\\s+(?:need|needs|have|has)\\s+to)` +
  `\\s+(?:all\\s+|also\\s+)?(?:be\\s+)?(?:use|using|need it)\\b|[^.?!;]{0,30}\\band (?:me|myself)\\b))` +
  `(?:\\s+(?:then|also)|(?<=\\ban|and)\\s+we(?: have|'ve got| got| also have))?\\s+`;
/** One person said by a familiar word, counted after a department ("plus accounts one lady"). */
const ONE_PERSON = '(?:lady|girl|lad|gal|fella|bloke)';
/** The items of `SUM_NEXT` (its groups), tried where `SUM_HEAD` ends. */
const SUM_ITEMS = `(?:((?:(?:the|our` +
  `|my)\\s+)?${MOD}(?:${ROLE}|${TEAM_HEAD}|office|control room|committee|board|${FAMILIAR})|${DEPT})(?:\\s+(?:at|in)\\s+the\\s+[a-z-]+(?=,))?` +
  `(?:\\s+(?:would|will)\\s+(?:also\\s+)?(?:use|be using|need)\\s+it(?:\\s+too|\\s+as well)?)?(?:,\\s*|\\s+(?=another\\b|a further\\b|na\\b|${NUM}\\s*[,.;!?])|\\s+(?:is|are)\\s+|'s\\s+(?=${NUM}))` +
  `(?:(?:there's|there are|that's|that is|another|a further|na|we are|we're)\\s+)*(?:(?:usually|typically|normally)\\s+)?${Q}(${NUM})` +
  `(?:\\s+(?:members|people|persons|total|in\\s+(?:the\\s+)?[a-z]+(?:\\s[a-z])?)|(?<=\\b(?:too|as well),\\s*(?:[a-z']+\\s+){0,3}${NUM})\\s+of (?:them|'?em)(?:\\s+in(?=\\s*(?:[.,;!?]|$)))?)?` +
  `(?=\\s*(?:[.,;!?]|$|and\\b|of (?:them|'?em)\\b))|` +
  `${Q}(?:(?:the|our|my|da|di)\\s+(?=${NUM}))?(?:(${NUM})|an?|one|` +
  `(the|our|my|da|di))\\s+${MOD}(${ROLE}|${ANY_PEOPLE}|${FAMILY})\\b|(?:the|our|my)\\s+${ABBR}(?=\\s*(?:[.,;!?]|$))|` +
  `(?:(?:the|our|my)\\s+)?(${NUM})\\s+(?:more\\s+|of us\\s+)?(?:(?:in|on|at|(?<=(?:the|our|my)\\s+${NUM}\\s+)for)\\s+(?:the\\s+)?(?:[a-z-]+\\s+(?:(?:and|of)\\s+[a-z-]+\\s+)?)?` +
  `(?:${DEPT}|office|department|dept|team|desk|counter)|` +
  `(?:payroll|h r|hr|legal|compliance|finance|procurement|purchasing)(?=\\s*(?:[.,;!?]|$)))\\b|((?:me|myself|meself)(?!\\s+(?:included|including)\\b)|` +
  `him(?=\\s*(?:[.,;!?]|$))|i(?=\\s+(?:do|run|handle|look after|take care of|manage)\\s+the\\b))\\b` +
  `(?:(?<=plus\\s+(?:me|myself))(?=\\s+and\\s+(?:the|our|my)\\s)|(?!\\s+(?:and|to)\\b))|(${NUM})\\s+(?:on|in|(?:that|who)\\s+(?:cover|covers|do|does|work|works))\\s+${SHIFT}|` +
  `(?:(?:the|our|my)\\s+)?${MOD}(?:${ROLE}|${TEAM_HEAD}|${DEPT})\\s+(${NUM})\\s+(?:${ANY_PEOPLE}|${ONE_PERSON})\\b|(?:the\\s+)?${ROLE_ONE}\\s+${HONORIFIC}\\b|` +
  `((?:me|myself|meself)\\s+and\\s+(?:my|me|our)\\s+${FAMILY})(?=\\s+(?:do|run|handle|look after|manage)\\s+the\\b))`;
const SUM_NEXT = new RegExp(SUM_HEAD + SUM_ITEMS);
/**
 * `SUM_HEAD` where one of the items but the last two can start: each of those starts with "the"/"our"/"my", "a"/"an"/"one" or
 * a count after hedges (`Q`), a department, "me", "him" or "i".
 */
const SUM_HEAD_ITEM = new RegExp(`${SUM_HEAD}(?=${Q}(?:the|our|my|da|di|an?|one|${NUM})|${DEPT}|me|him|i\\s|[a-z][^,.;!?]{0,40}?\\s(?:another|a further|na|is|are)\\s)`);
/** What the last two items need somewhere after the head: a count of persons ("... 4 people"), an honorific ("gm sahab"). */
const SUM_LAST_ITEMS = new RegExp(`${NUM}\\s+(?:${ANY_PEOPLE}|${ONE_PERSON})|\\s${HONORIFIC}\\b`);
/**
 * What every `SUM_NEXT` match starts with after its leading white space: "," or "&" or the first word of one of its
 * lead-ins (a relative clause, a place, the use frame) or of its joiners ("and", "plus").
 */
const SUM_NEXT_FIRST = new NextGate({ chars: ',&', words: ['and', 'an ', 'plus', 'who', 'that', 'here', 'across', 'in', 'at', 'on', 'of ', 'between', 'would', 'will', "'d"] });
/** `SUM_NEXT.exec(m.slice(from))`, skipped where no match can start: see `SUM_NEXT_FIRST`, `SUM_HEAD_ITEM`, `SUM_LAST_ITEMS`. */
function sumNextAt(m: string, from: number): RegExpExecArray | null {
  if (!SUM_NEXT_FIRST.test(m, from, skipSpaces(m, from))) return null;
  const rest = m.slice(from);
  return SUM_HEAD_ITEM.test(rest) || SUM_LAST_ITEMS.test(rest) ? SUM_NEXT.exec(rest) : null;
}
/** One person named just before a role count: a doctor ("dr okafor and three hygienists") or the caller ("there's me, the two partners"). */
const DOCTOR_AND_BEFORE = /\b(?:(?:dr|doctor)\.?\s+[a-z][a-z'-]+\s+and|(?:me|myself)(?:,|\s+and)(?:\s+(?:the|our|my))?)\s+$/;
/**
 * Whether `lead` ends as every `DOCTOR_AND_BEFORE` and `ONE_AND_BEFORE` match does: white space after "and", ",", "the",
 * "our" or "my".
 */
function joinedBefore(lead: string): boolean {
  const t = trimmedEnd(lead);
  if (t === lead.length || t === 0) return false;
  return lead.charCodeAt(t - 1) === 44 || lead.startsWith('and', t - 3) || lead.startsWith('the', t - 3) || lead.startsWith('our', t - 3) ||
    lead.startsWith('my', t - 2);
}
/** The caller named before a role counted after it: "me, the project engineers, there's four" (one more). */
const ME_BEFORE_ROLE = /\b(?:me|myself)(?:,|\s+and)\s+(?:the|our|my)\s+(?:[a-z-]+\s+){0,2}$/;
/** One person named by role just before a role count: "the chief, two deputies", "the company manager and the two producers". */
const ONE_AND_BEFORE = new RegExp(`\\b(?:the|our|my)\\s+(?:[a-z-]+\\s+)?${ROLE_ONE}(?:,|\\s+and)\\s+(?:(?:the|our|my)\\s+)?$`);
/** One person by role said with no article right after a comma, joined by "and" to the count after it (group 1 its last two words). */
const BARE_ONE_AND_BEFORE = /,\s*((?:[a-z-]+\s+)?[a-z-]+)\s+and\s+$/;
/** The one-person roles (`ROLE_NOUNS.one`) that are literal words. */
const ONE_WORDS: ReadonlySet<string> = new Set(ROLE_NOUNS.one.filter((r) => /^[a-z -]+$/.test(r)));
/** ", team leader and " just before a count: one person by role with no article ("we are seven, team leader and six members"). */
function bareOneBefore(lead: string): boolean {
  if (!lead.endsWith('and ')) return false;
  const x = BARE_ONE_AND_BEFORE.exec(lead);
  if (!x) return false;
  const words = x[1].split(/\s+/);
  return ONE_WORDS.has(x[1]) || ONE_WORDS.has(words[words.length - 1]);
}
/** Licence and seat nouns (not users: a count of users is people). */
const TOOL_LICENCES = /^(?:licen[cs]es?|seats?)$/;
/** "but (we've) only" right before a licence count: the licences of the tool just named run short. */
const BUT_ONLY_BEFORE = /\bbut\s+(?:(?:we've|we have|we've got|we have got|we got|we get|there's|there are|there is)\s+)?(?:only|just)\s+(?:(?:about|around|like|maybe|the)\s+)?$/;
/** Licences wanted for the product, not owned: "we'd need it", "we want", "looking for". */
const WANTED_BEFORE = /\b(?:need|needs|want|wants|would|looking for|buy|get)\b|'d\b/;
/** "only"/"just" (Yorkshire "nobbut") and hedges right before the count ("only on the one licence"). */
const ONLY_BEFORE = /\b(?:only|just|nobbut)\s+(?:on\s+)?(?:(?:about|around|like|maybe|the)\s+)?$/;
/** A tool's licences said as "on" them ("it's adobe sign on one licence"). */
const ON_LICENCES_BEFORE = /\s[a-z]{3,}\s+on\s+$/;
/**
 * The caller on a tool now, said earlier in the sentence ("we are using adobe", "we're on docu sign", "currently on pandadoc",
 * "right now it's adobe sign").
 */
const ON_TOOL_BEFORE = new RegExp(String.raw`\b(?:we(?:'re| are)\s+(?:(?:currently|presently|still|now|also)\s+)?(?:using|on)|` +
  String.raw`we (?:currently |presently |still |also )?use|(?:currently|presently) (?:using|on)|` +
  String.raw`(?:right now|at the moment|at the minute|currently|presently|for now),?\s+(?:it's|it is|its)(?:\s+on)?)\s+[a-z]`);

/**
 * A count of licences or seats limited by "only"/"just" in a sentence that says which tool the caller is on now ("presently we
 * are using adobe, but only two licences are there"; "we are on docu sign but just one licence"): how far the tool in use
 * reaches, not the people who would use the product.
 */
function toolLicences(m: string, numPos: number): boolean {
  const lead = m.slice(Math.max(0, numPos - 24), numPos);
  if (!ONLY_BEFORE.test(lead) && !ON_LICENCES_BEFORE.test(lead)) return false;
  let before = m.slice(Math.max(0, numPos - 160), numPos);
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'));
  if (stop >= 0) before = before.slice(stop + 1);
  // "adobe sign, but we've only the one licence": licences said short against what came before are the tool's (not "we'd
  // need it, but only three seats").
  if (BUT_ONLY_BEFORE.test(before.slice(-40)) && !WANTED_BEFORE.test(before)) return true;
  return ON_TOOL_BEFORE.test(before);
}
/** The caller opening a list right after "N of us": the N named one by one. */
const OF_US_NAMED = /^\s*,\s*(?:me|myself)\b/;
/** A plural noun right after (the role noun before it is a modifier: "two physio rooms"). */
const MODIFIED_NEXT = /^\s+(?!plus\b)[a-z][a-z-]*[^s\W]s\b/;
/** A plural role noun ("the managers"), not a singular ending in -ss ("the boss"). */
const PLURAL = /[^s]s$/;
/** Words that make a company noun a group within it ("two rostering staff"), not a modifier-less headcount. */
const NOT_MODIFIER = /^(?:the|our|my|a|an|one|other|more)$/;
/** The role noun ending `match` has a modifier word before it ("and our two rostering staff"). */
function modified(match: string, noun: string): boolean {
  const x = /([a-z][a-z'-]*)\s+$/.exec(match.slice(0, match.length - noun.length));
  return x !== null && !NOT_MODIFIER.test(x[1]);
}

/**
 * Record one team-size reading unless its context rules it out (a party, a rate of people), with its
 * priority adjusted for company-wide counts, "only ... would use it" and asides. Module-level (not a
 * closure) so that extraction allocates no function per utterance.
 */
function pushTeam(u: Utterance, out: TeamCandidate[], value: number, start: number, end: number, priority: number, confidence: number, numPos = start, licences = false): void {
  if (!Number.isFinite(value) || value < 1 || value > 100_000) return;
  const m = u.masked;
  const [cs, ce] = clauseOf(u, start);
  const before = m.slice(cs, start);
  // "a table for 6" is a party; "the price for 10 seats" is a team.
  if (excludedBefore(before) && !TEAM_FOR_BEFORE.test(before) && !(licences && FOR_BEFORE.test(before))) return;
  // "if a firm had 500 employees", "for a company with, say, 200 users": a pricing question about some company.
  if (HYPOTHETICAL_BEFORE.test(before)) return;
  // "if the whole faculty wanted it, say two hundred users, what would that run?", "what it will cost for, say, twenty users": a count
  // priced in a question about a case that is not today's.
  if (pricedCase(m, numPos, end)) return;
  // "how much is it for one user?": the price of a seat, not a team of one.
  if (licences && value === 1 && UNIT_PRICE_BEFORE.test(before)) return;
  // "what would it be for fifty users roughly?": a price asked in the conditional for a count, not a team said.
  if (before.includes('what') && WOULD_PRICE_BEFORE.test(before)) return;
  // "each group is about eight people": the size of the things counted, not a team.
  if (testWhenHolds(EACH_THING_IS_BEFORE, EACH_THING_TEXTS, m.slice(Math.max(cs, numPos - 60), numPos))) return;
  // "a credit union with about 40,000 members": members by the hundred are the customers, not the staff.
  if (value >= 500 && MEMBERS_AFTER.test(m.slice(numPos + 1, numPos + 40))) return;
  // "every volunteer signs a waiver, there's about nine hundred of them", "new starters ..., twenty of them": the signers.
  if (signersCounted(m, numPos)) return;
  // "we send the renewals to all eleven hundred members": the recipients, not the team.
  if (RECIPIENTS_BEFORE.test(before)) return;
  // "we hire new drivers, about ten": the people taken on, not a team.
  const hiresBefore = m.slice(Math.max(cs, numPos - 90), numPos);
  if ((hiresBefore.includes('new') && NEW_HIRES_COUNTED.test(hiresBefore)) || (hiresBefore.includes('hir') && HIRED_COUNTED.test(hiresBefore))) return;
  // "we hire about 10 people a month": a rate of people, not a team.
  if (RATE_AFTER.test(m.slice(end, end + 24)) || LEFT_AFTER.test(m.slice(end, end + 24))) return;
  const leadIn = m.slice(leadInStart(m, cs, numPos), numPos);
  // "monthly we are taking around ninety workers": a period leading the count's clause makes it a rate of people (not "five a
  // week and there are twelve reps").
  if (RATE_BEFORE.test(leadIn.slice(leadIn.lastIndexOf(' and ') + 1))) return;
  // "the aides, there's about sixty of them, they just do timesheets, they won't need it": said not to be users.
  if (testWhenHolds(NOT_USERS_AFTER, NOT_USERS_TEXTS, m.slice(end, end + 70)) || VIEW_ONLY_AFTER.test(m.slice(end, end + 50))) return;
  // "the donor, they have like three thousand staff": another organisation's headcount.
  if (value >= 20 && HEADCOUNT_AT.test(m.slice(numPos + 1, numPos + 24)) && THEY_HAVE_BEFORE.test(m.slice(Math.max(0, numPos - 60), numPos))) return;
  // "the health board is a much bigger mob, like three thousand staff": a body bigger than the caller's, its headcount.
  if (value >= 20 && HEADCOUNT_AT.test(m.slice(numPos + 1, numPos + 24)) && BIGGER_BODY_BEFORE.test(m.slice(Math.max(0, numPos - 70), numPos))) return;
  // "one oga for another company told me to try it": a person at another firm, no team of the caller's.
  if (value === 1 && m.includes('other', end) && OTHER_FIRM_AFTER.test(m.slice(end, end + 40))) return;
  // "my sister's got a law firm with forty lawyers": someone else's company; "..., so the three of us would be on it" counts the caller.
  if (aboutOthers(u, start) && !OF_US_AT.test(m.slice(numPos + 1, numPos + 12))) return;
  let p = priority;
  if (COMPANY_WIDE_AFTER.test(m.slice(end, ce)) || (p > 1 && COMPANY_WIDE_BEFORE.test(before))) p = Math.min(p, 1);
  // "the whole company is around six hundred, but for this only the reception": the company, said not to be the users.
  if (p <= 1 && ONLY_SOME_AFTER.test(m.slice(end, end + 60))) return;
  if (p > 1 && testWhenHolds(BOOST, BOOST_TEXTS, u.lower.slice(cs, ce))) p += 1;
  if (ASIDE_BEFORE.test(leadIn) || PART_BEFORE.test(leadIn)) p = ASIDE_PRIORITY;
  out.push({ value: Math.round(value * 2) / 2, start, end, numPos, priority: p, confidence });
}
/** After a company count, "but ... only the/our" narrows the users to some of them (their count said elsewhere, if at all). */
const ONLY_SOME_AFTER = new RegExp(`^[^.?!]{0,20}?\\bbut\\b[^.?!${PLACEHOLDERS}]{0,24}?\\bonly (?:the|our)\\b`);
/** A headcount word right after the count ("three hundred staff"). */
const HEADCOUNT_AT = /^\s*(?:staff|employees|workers)\b/;
/** Another organisation said as "they" just before a headcount ("they have like ...", "they're a much bigger mob, ..."). */
const THEY_HAVE_BEFORE = /\bthey(?:'re| are| have|'ve got| got)\b[^.?!]{0,40}$/;
/** A body named with "the" said to be bigger just before a headcount ("the health board is a much bigger mob, like ..."). */
const BIGGER_BODY_BEFORE = /\bthe [a-z-]+(?: [a-z-]+)? (?:is|are) (?:a |an )?(?:much |lot |far |way )?(?:bigger|larger)\b[^.?!]{0,30}$/;
/** Another firm said right after the people counted ("one manager from another company", "a guy at a different firm"). */
const OTHER_FIRM_AFTER = /^\s+(?:for|from|at|in|with)\s+(?:another|a different|some other|one other|an other)\s+(?:company|firm|business|place|office|outfit|agency|bank|shop)\b/;
/** "of us" right after the count: the caller is one of the people counted, so the company is theirs. */
const OF_US_AT = /^\s+of us\b/;
const TEAM_FOR_BEFORE = /\bteam (?:of|for)\s+$/;
const RECIPIENTS_BEFORE = /\bto (?:all|each of|every one of)\s+(?:(?:the|our|my|of (?:the|our))\s+)?$/;
/** Some company, not the caller's: "if a firm had ...", "for (like) a company with, say, ...", "hypothetically, a business of ...". */
const HYPOTHETICAL_BEFORE =
  new RegExp(String.raw`\b(?:if|for|suppose|supposing|imagine|hypothetically,?)\s+(?:(?:like|say),?\s+)?(?:a|an|some|any)\s+(?:company|firm|business|` +
  String.raw`organi[sz]ation|practice)\b|\b(?:charge|cost|quote|price|pricing)\s+(?:for\b\s*)?(?:,?\s*(?:say|like|roughly|about),?\s+)?(?:a|an|some|any)\s+(?:[a-z]+\s+)?(?:company|firm|` +
  String.raw`business|organi[sz]ation|practice|clinic|agency|school|shop|office|team|club|society|charity|church|association|` +
  String.raw`hospital|hotel|restaurant|studio|salon|gym)\b|\b(?:if|suppose|supposing|imagine|hypothetically,?)\s+(?:a|an|some|any)\s+` +
  String.raw`(?:[a-z-]+\s+){1,2}(?:company|firm|business|practice|clinic|agency|school|club|charity|hospital|hotel|studio|group|chain|` +
  String.raw`franchise|network)\b|` +
  String.raw`\b(?:if|suppose|supposing|imagine)[\s,]+(?:(?:say|like),?\s+)?(?:a|an|some|any)\s+(?:[a-z-]+\s+){0,2}(?:had|has|with|employs|employed)[\s,]+` +
  String.raw`(?:(?:say|like|maybe|about|around|roughly)[\s,]+)*$|` +
  String.raw`\bif (?:we|i) [a-z ]{1,40}? and (?:go|grow|get|expand|scale)(?: up)? to[\s,]+(?:(?:say|like|maybe|about|around)[\s,]+)*$|` +
  String.raw`\bif (?:we|i) (?:open|opened|add|added|start|started|buy|bought)\b[^.?!,]{1,40}? with[\s,]+(?:(?:say|like|maybe|about|around)[\s,]+)*$|` +
  String.raw`\bif (?:we|i) were (?:a|an)\b[^.?!]{1,40}? with[\s,]+(?:(?:say|like|maybe|about|around)[\s,]+)*$|\bthen we'd be[\s,]+(?:(?:like|maybe|about|around)[\s,]+)*$|` +
  String.raw`\bif it's(?: only| just)?[\s,]+(?:(?:say|like|maybe|about|around)[\s,]+)*$|` +
  // pidgin "if say we grow reach fifty users": "say" after "if", "reach" for "get to".
  String.raw`\bif (?:say,?\s+)?(?:we|you|i)(?:'d| (?:were|would have|ever had|ever got to|went to|go to|went up to|go up to|grew to|grow to|had|got|` +
  String.raw`reach|grow reach|go reach|don reach|grow go reach|` +
  String.raw`got up to|get up to|expand to|expanded to|scale to|scaled to|scale up to|scaled up to))[\s,]+(?:(?:say|let's say|like|maybe|about|around|roughly)[\s,]+)*$`);
/** A price asked right after a count ("..., what would that cost?", "what will be the pricing for that"). */
const PRICED_AFTER =
  /^[^.!;]{0,30}?\b(?:what(?:'d| would| will| does)? (?:that|it|this) (?:cost|run|be)|what (?:will|would) be the (?:price|pricing|cost)|how much (?:would|will) (?:that|it) (?:be|cost))\b/;
/** What makes a priced count a case, not today's team: "if", "say" or "their" before it in its sentence. */
const CASE_BEFORE = /\b(?:if|say|their)\b/;
/** A price asked "for, say," the count just after ("what it will cost for, say, twenty users"). */
const PRICE_SAY_BEFORE = /\b(?:cost|costs|price|pricing|charge|run)\b[^.?!]{0,20}\bfor,?\s+say,?\s+$/;
/** The count at `numPos` (reading ending at `end`) is priced as a hypothetical or someone else's case (`PRICED_AFTER`, `CASE_BEFORE`, `PRICE_SAY_BEFORE`). */
function pricedCase(m: string, numPos: number, end: number): boolean {
  if (!m.includes('what') && !m.includes('how much') && !m.includes('say')) return false;
  let before = m.slice(Math.max(0, numPos - 100), numPos);
  before = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!')) + 1);
  if (PRICE_SAY_BEFORE.test(before)) return true;
  return CASE_BEFORE.test(before) && PRICED_AFTER.test(m.slice(end, end + 60));
}
/** A price asked in the conditional "for" the count just after ("what would it be for fifty users", "what'd that cost for, say, ten"). */
const WOULD_PRICE_BEFORE = /\bwhat(?:'d| would) (?:it|that|this) (?:be|cost|run)(?: (?:me|us))? for,?\s+(?:(?:say|like|maybe|about|around|roughly),?\s+)*$/;
/** A price asked "for" the count just after ("how much is it for one user", "what's the price for a seat"). */
const UNIT_PRICE_BEFORE = /\b(?:how much|price|prices|cost|costs|pricing|charge)\b[^.?!]{0,24}\bfor\s+$/;
/**
 * A count said right after not to use the product ("..., they won't need it", "but none of them would touch it", "they'll
 * not use it", "two hundred support workers wouldn't touch it").
 */
const NOT_USERS_AFTER = new RegExp(String.raw`^(?:[^.?!]{0,50}?\bthey|\s*(?:[a-z-]+\s+){0,2}?(?=won't|wouldn't|would not|will not)|\s*,?(?=\s*(?:won't|wouldn't)))` +
  String.raw`\s*(?:won't|will not|wouldn't|would not|don't|do not|'ll not|'d not) (?:need|use|touch|be using|be on|log in|log on|login)\b` +
  // "twenty reps but honestly none of them would touch this", "nine directors but none of them would log in"
  String.raw`|^[^.?!]{0,30}?\bnone of (?:them|those|'em)(?:'d| would| will)? (?:need|use|touch|be using|be on|log in|log on|login)\b` +
  // "the head office has three hundred staff but that's nothing to do with us": another body's people, set apart from the caller.
  String.raw`|^[^.?!]{0,40}?\b(?:that's|that is|it's|it is|they're|they are|which is|that has|they have)(?: got)? nothing to do with ` +
  String.raw`(?:us|me|our (?:team|office|side|lot|branch)|this office)\b`);
/** The negations one of which every `NOT_USERS_AFTER` match holds. */
const NOT_USERS_TEXTS = ["n't", 'not ', 'none', 'nothing'];
/** "two people just left": people gone (or just joined) are not the team that would use it. */
const LEFT_AFTER = /^\s*(?:just |recently |have |'ve )?(?:left|quit|resigned|retired)\b/;
const FOR_BEFORE = /\bfor\s+$/;

/** A lowercase letter or "_" (word characters that a number placeholder never replaces). */
const isLetter = (c: number) => (c >= 97 && c <= 122) || c === 95;

/**
 * Whether "me" or "myself" may stand as a word in `lower` (at a word boundary in `lower` or in the
 * masked text): not right after or before a letter. Every reading of the caller counted as one
 * ("it's just me", "me and two other paralegals", "by myself", the dialect "meself", Spanglish "y yo") has one; a superset test by `indexOf`.
 */
function mayNameMe(lower: string): boolean {
  return wordMay(lower, 'me') || wordMay(lower, 'myself') || wordMay(lower, 'meself') || lower.includes(' y yo');
}

/** `word` occurs in `lower` with no letter (or "_") just before or after it. */
function wordMay(lower: string, word: string): boolean {
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    if ((i === 0 || !isLetter(lower.charCodeAt(i - 1))) && !isLetter(lower.charCodeAt(i + word.length))) return true;
  }
  return false;
}

/** The number of separators (commas, "and") in `s`: the first names listed after "me". */
function commas(s: string): number {
  let n = 0;
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) n += 1;
  for (let i = s.indexOf(' and '); i >= 0; i = s.indexOf(' and ', i + 1)) n += 1;
  return n;
}

/** One document: "a/an/one/their own" and no quantity word ("a lot of", "a few", "a couple"). */
const ONE_DOCUMENT = '(?:a|an|one|their own)\\s+(?!(?:lot|lots|few|couple|bunch|dozen|hundred|thousand|number|ton|load|handful|stack|pile)\\b)';
/** After a count of people, each of them signs one document ("..., and each of them signs a hire agreement", "..., each one signs a waiver"). */
const EACH_OF_THEM_SIGNS = new RegExp(`^[^.?!]{0,60}?\\b(?:(?:each|every one|every ${NUM} *|all) of (?:them|'?em)|each (?:one|${NUM} *)) ` +
  `(?:signs?|has to sign|must sign) ${ONE_DOCUMENT}`);
const EACH_BEFORE = /\b(?:each|every) (?:new )?$/;
/**
 * Each of them signs one document ("signs an agreement with us"), not many ("signs a lot of leases", "signs about twenty"), or signs
 * with the caller's company ("every new translator we register signs the n d a and the service agreement with us").
 */
const SIGNS_AFTER = new RegExp(`^(?: (?:we|you) [a-z]+)? (?:signs|fills in|fills out|has to sign|must sign) (?:${ONE_DOCUMENT}|[^.?!,]{1,50}? with us\\b)`);
/** Documents named by the person who signs them ("presenter agreement", "driver contract"). */
const OWN_DOCUMENTS = [' agreement', ' contract', ' waiver', ' release', ' form'];
/**
 * The people counted by the plural role `noun` sign a document named after them ("sixty presenters ... a presenter
 * agreement", "forty drivers each sign a driver contract") or each of them signs ("each contractor signs an agreement
 * with us", "every new translator we register signs the n d a ... with us"): they are the signers, not the team that would use it.
 */
function signsOwnDocument(lower: string, noun: string): boolean {
  if (!PLURAL.test(noun)) return false;
  const one = singularOf(noun);
  for (let i = lower.indexOf(one); i >= 0; i = lower.indexOf(one, i + 1)) {
    if (i > 0 && isLetter(lower.charCodeAt(i - 1))) continue;
    if (OWN_DOCUMENTS.some((d) => lower.startsWith(d, i + one.length))) return true;
    // "each contractor signs an agreement with us": every one of them is a signer.
    if (EACH_BEFORE.test(lower.slice(Math.max(0, i - 10), i)) && SIGNS_AFTER.test(lower.slice(i + one.length, i + one.length + 80))) return true;
  }
  return false;
}

/** Cheap pre-check for the solo readings without "me" (`SOLO`: "solo agent", "one-man shop", "sole trader", "only i will use it"). */
function maySoloWord(lower: string): boolean {
  if (lower.includes('only i ')) return true;
  for (let i = lower.indexOf('sol'); i >= 0; i = lower.indexOf('sol', i + 1)) if (lower.startsWith('o', i + 3) || lower.startsWith('e', i + 3)) return true;
  for (let i = lower.indexOf('one'); i >= 0; i = lower.indexOf('one', i + 1)) {
    if (lower.startsWith('-', i + 3) || lower.startsWith(' man', i + 3) || lower.startsWith(' woman', i + 3) || lower.startsWith(' person', i + 3)) return true;
  }
  return false;
}

/** All team-size readings in an utterance (unordered). */
export function teamCandidates(u: Utterance): TeamCandidate[] {
  const out: TeamCandidate[] = [];
  const hasCount = u.quantities.some((q) => q.kind === 'cardinal');
  const me = mayNameMe(u.lower);
  const solo = me || maySoloWord(u.lower);
  const named = mayBeNamed(u.lower);
  const lists = userListsOf(u);
  if (!hasCount && !solo && !named && lists.length === 0) return out;
  // "i'm evaluating tools for a client, not for us": the caller's own firm is not who would use it.
  if (u.lower.includes('not for us') && FOR_CLIENT_NOT_US.test(u.lower)) return out;
  const m = u.masked;
  const ctx = new Context(u.lower);
  const present = hasCount ? GATE_WORDS.found(u.lower) : 0;
  if (hasCount) numberedCandidates(u, out, ctx, present);
  if (me && ctx.travel) {
    // "it's myself and three arrangers, and every funeral ... the family signs": a count of a role is staff even beside party words.
    ME_AND.lastIndex = 0;
    for (let x = ME_AND.exec(m); x; x = ME_AND.exec(m)) {
      // "only me and my colleague in the marina office", "me and mi two cousins in the office": people said to sit in the office work there.
      const inOffice = IN_OFFICE_NEXT.test(m.slice(x.index + x[0].length, x.index + x[0].length + 40));
      // "me and two other tutors i subcontract to": the role may sit among the words after the count.
      const role = x[3] !== undefined || (x[2] !== undefined && ROLE_WORD.test(x[0].slice(x[0].lastIndexOf(x[2]) + x[2].length)));
      const n = x[2] ? (role || inOffice ? quantityAt(u, x[2])?.value : undefined) : inOffice ? 1 : undefined;
      const office = inOffice ? IN_OFFICE_NEXT.exec(m.slice(x.index + x[0].length, x.index + x[0].length + 40)) : null;
      if (n !== undefined) pushTeam(u, out, n + 1 + commas(x[1]), x.index, x.index + x[0].length + (office ? office[0].length : 0), 3, 0.8);
    }
  }
  if (solo) {
    // Beside party words ("forty events a year") only a caller who says they would use it: "only me go use am".
    SOLO.lastIndex = 0;
    for (let x = SOLO.exec(u.lower); x; x = SOLO.exec(u.lower)) {
      // "nobody here knows how to change it, only me": who can do one task, not who would use it.
      if (KNOW_HOW_BEFORE.test(u.lower.slice(Math.max(0, x.index - 80), x.index))) continue;
      // "i'm a one-man show": the business described, not a show to go to, whatever party words follow.
      const oneMan = x[0].startsWith('one') && SELF_A_BEFORE.test(u.lower.slice(Math.max(0, x.index - 30), x.index));
      const after = u.lower.slice(x.index + x[0].length, x.index + x[0].length + 30);
      // "i'm a speech therapist ..., it's just me, solo.": the trade said before and "solo" after make it the caller's business.
      const soloTrade = SOLO_CLOSE_AFTER.test(after) && SELF_TRADE_BEFORE.test(u.lower.slice(Math.max(0, x.index - 160), x.index));
      if (!ctx.travel || oneMan || soloTrade || SOLO_USE_AFTER.test(after)) pushTeam(u, out, 1, x.index, x.index + x[0].length, 2, 0.7);
    }
  }
  if (me) {
    // Beside party words ("a wedding band agency ... it's just me and the diary manager") only people named by their job count.
    ME_AND_LIST.lastIndex = 0;
    for (let x = ME_AND_LIST.exec(m); x; x = ME_AND_LIST.exec(m)) {
      const items = x[1].match(ME_AND_ITEM)?.length ?? 0;
      // "my brother and me and our office manager": a person named just before "and me" is one more.
      const first = ONE_AND_ME.exec(m.slice(Math.max(0, x.index - 40), x.index));
      const works = items === 1 ? KIN_WORKS_AFTER.exec(m.slice(x.index + x[0].length, x.index + x[0].length + 40)) : null;
      // "we run a guest house ..., it's me and my wife": the business the two run was said just before.
      const kinWorks = works !== null || (items === 1 && RUN_BEFORE.test(m.slice(Math.max(0, x.index - 80), x.index)));
      if (ctx.travel && PARTY_PERSON.test(x[1]) && !kinWorks) continue;
      if (items >= 2 || (items === 1 && (!FAMILY_END.test(x[1]) || kinWorks))) {
        // "me and mi husband run it, and we have two property officers": the people listed after them add.
        // "me and the school secretary, and the deputy principal maybe": one person hedged after the last item is not counted.
        const hedged = items >= 2 && HEDGE_AFTER.test(m.slice(x.index + x[0].length, x.index + x[0].length + 16)) ? 1 : 0;
        const [value, end] = sumAfter(u, items + 1 + (first ? 1 : 0) - hedged, x.index + x[0].length + (works ? works[0].length : 0));
        pushTeam(u, out, value, first ? x.index - first[0].length : x.index, end, 3, 0.75);
      }
    }
  }
  if (me && !ctx.travel) {
    ME_AND.lastIndex = 0;
    for (let x = ME_AND.exec(m); x; x = ME_AND.exec(m)) {
      const n = x[2] ? quantityAt(u, x[2])?.value : 1;
      // "me, our gary and three lads in the yard office": the reading covers where they sit.
      const office = x[2] !== undefined ? IN_OFFICE_NEXT.exec(m.slice(x.index + x[0].length, x.index + x[0].length + 40)) : null;
      if (n === undefined) continue;
      // "my brother and me, and the three lads in the yard": a person named just before "and me" is one more.
      const first = m.startsWith('and ', x.index - 4) || m.startsWith(' y ', x.index - 3) ? ONE_AND_ME.exec(m.slice(Math.max(0, x.index - 40), x.index)) : null;
      const own = n + 1 + commas(x[1]) + (first ? 1 : 0);
      // "me and the two export ladies, and the warehouse supervisor": the people listed after a counted group add.
      const [value, end] = x[2] !== undefined ? sumAfter(u, own, x.index + x[0].length + (office ? office[0].length : 0)) : [own, x.index + x[0].length];
      // "me and the two girls each send about four quotes a week": the subject of a rate, below a list of the users.
      pushTeam(u, out, value, first ? x.index - first[0].length : x.index, end, EACH_DO_NEXT.test(m.slice(end, end + 20)) ? 2 : 3, 0.8);
    }
  }
  if (me && (u.lower.includes('and me') || u.lower.includes('and myself'))) {
    LIST_AND_ME.lastIndex = 0;
    for (let x = LIST_AND_ME.exec(m); x; x = LIST_AND_ME.exec(m)) {
      // Beside party words only a list with a group counted as staff before it ("more at show time ... t'sales lads and me").
      const [value, counted] = listAndMeValue(u, x[1], x.index);
      if (!ctx.travel || counted) pushTeam(u, out, value, x.index, x.index + x[0].length, 3, 0.75);
    }
  }
  if (named) namedCandidates(u, out);
  for (const l of lists) {
    // Beside party words a list with relatives is a party, unless it is said to use it ("me and my wife and the two on the desk who'd use it").
    if (l.kin && ctx.travel && !LIST_USES_NEXT.test(m.slice(l.end, l.end + 40))) continue;
    // "the dock supervisors, three on days and two on nights, would use it, plus the inventory control lead": a "plus" item after the frame adds.
    const [value, end] = sumAfter(u, l.value, l.end, true);
    pushTeam(u, out, value, l.start, end, 3, 0.75);
  }
  if (me && u.lower.includes('alone')) {
    ME_ALONE.lastIndex = 0;
    for (let x = ME_ALONE.exec(u.lower); x; x = ME_ALONE.exec(u.lower)) {
      if (!ctx.travel || WORKING_AFTER.test(u.lower.slice(x.index + x[0].length))) pushTeam(u, out, 1, x.index, x.index + x[0].length, 2, 0.7);
    }
  }
  if (hasCount) {
    restatedCandidates(u, out);
    if ((present & PAIR_MASK) !== 0 && u.lower.includes(' and ')) pairCandidates(u, out);
    const counted = COUNT_WORDS.found(u.lower);
    fractionCandidates(u, out, counted);
    if ((counted & PER_EACH_MASK) !== 0 && (u.lower.includes(' per ') || u.lower.includes(' each ') || u.lower.includes(' every '))) perUnitCandidates(u, out);
    if ((counted & EACH_MASK) !== 0) {
      EACH_UNIT_ONES.lastIndex = 0;
      for (let x = EACH_UNIT_ONES.exec(m); x; x = EACH_UNIT_ONES.exec(m)) {
        const a = quantityAt(u, x[1]);
        const each = x[2].match(ONE_ITEM)?.length ?? 0;
        if (a?.kind === 'cardinal' && a.value >= 2) pushTeam(u, out, a.value * each, x.index, x.index + x[0].length, 5, 0.75);
      }
    }
    for (const [re, word] of PRODUCT_PATTERNS) {
      if ((counted & word) === 0) continue;
      re.lastIndex = 0;
      for (let x = re.exec(m); x; x = re.exec(m)) {
        const a = quantityAt(u, x[1]);
        const b = quantityAt(u, x[2]);
        if (a?.kind === 'cardinal' && b?.kind === 'cardinal') pushTeam(u, out, a.value * b.value, x.index, x.index + x[0].length, 5, 0.8);
      }
    }
  }
  return addedToo(u, merge(out));
}

/**
 * Readings that name people without a count: "the director and i would use it" (2), "the membership secretary
 * is the only one who'd use it" (1), "the wedding coordinator and the parish secretary would use it" (2).
 */
function namedCandidates(u: Utterance, out: TeamCandidate[]): void {
  for (const [re, needs, value] of NAMED) {
    if (!needs.some((w) => u.lower.includes(w))) continue;
    re.lastIndex = 0;
    for (let x = re.exec(u.lower); x; x = re.exec(u.lower)) pushTeam(u, out, value, x.index, x.index + x[0].length, 3, 0.75);
  }
  if (!LIST_GATE.test(u.lower)) return;
  AND_PERSON.lastIndex = 0;
  for (let a = AND_PERSON.exec(u.masked); a; a = AND_PERSON.exec(u.masked)) {
    LAST_WOULD.lastIndex = a.index + 5;
    const last = LAST_WOULD.exec(u.masked);
    if (!last) continue;
    const from = Math.max(0, a.index - 100);
    const before = PEOPLE_BEFORE.exec(u.masked.slice(from, a.index));
    if (!before) continue;
    const start = from + before.index;
    const n = (before[0].match(PERSON_ITEM)?.length ?? 0) + 1;
    pushTeam(u, out, n, start, last.index + last[0].length, 3, 0.75);
  }
}
/** A person named by role or kin and the caller: "the director and i would", "my husband and i do". */
const ONE_AND_I = new RegExp(`\\b(?:the|our|my)\\s+(?:[a-z-]+\\s+)?(?:${ROLE_ONE}|${FAMILY})\\s+and\\s+i(?:'d|'ll|\\s+(?:would|will|do|handle|run|use|` +
  `send|sign|are|both|just|share|deal|look after|take care of))\\b`, 'g');
/** The only one who would use it: "is the only one who'd use it", "only one of us would need it". */
const ONLY_ONE =
  /\b(?:the only (?:one|person)|only one of us)\s+(?:(?:who|that)(?:'d|'ll| would| will)?|would|will)?\s*(?:actually\s+|really\s+|ever\s+)?(?:use|using|be using|need|send|sign|touch|do)\b/g;
/** Each `NAMED` reading with the substrings one of which it needs and its value. */
const NAMED: readonly (readonly [RegExp, readonly string[], number])[] = [
  [ONE_AND_I, [' and i ', " and i'"], 2],
  [ONLY_ONE, ['the only', 'only one'], 1],
];
/**
 * People named one by one by role who would use it: "the wedding coordinator and the parish secretary would use it" (2).
 * `LAST_WOULD` (sticky) is tried after each " and the/our/my", `PEOPLE_BEFORE` on the text before it.
 */
const LAST_WOULD = new RegExp(`(?:the|our|my)\\s+(?:[a-z-]+\\s+)?${ROLE_ONE}\\s+(?:would|will|'d|are the ones)\\b`, 'y');
const PEOPLE_BEFORE = new RegExp(`(?:(?:the|our|my)\\s+(?:[a-z-]+\\s+)?${ROLE_ONE}(?:\\s*,\\s*(?=the|our|my)|\\s*,?$)){1,4}$`);
const AND_PERSON = / and (?:the|our|my) /g;
/** Pre-check for the list read after `AND_PERSON`: a second person joined by "and the/our/my", then "would"/"will"/"'d". */
const LIST_GATE = /\band (?:the|our|my) [^.?!]{0,80}?(?: would| will|'d | are the ones)/;
/** What the `NAMED` readings need ("and i", "the only", "only one" as words). */
const AND_I = /\band i\b/;
const THE_ONLY = /\bthe only\b/;
const ONLY_ONE_WORDS = /\bonly one\b/;
/**
 * Whether some `namedCandidates` reading may be in `lower`: what one of them needs (`NAMED`, `LIST_GATE`). Each test runs only
 * where its literal text occurs ("and i", "the only", "only one"; "and " and one of the verbs `LIST_GATE` ends with).
 */
function mayBeNamed(lower: string): boolean {
  if (lower.includes('and i') && AND_I.test(lower)) return true;
  if (lower.includes('the only') && THE_ONLY.test(lower)) return true;
  if (lower.includes('only one') && ONLY_ONE_WORDS.test(lower)) return true;
  return lower.includes('and ') && (lower.includes(' would') || lower.includes(' will') || lower.includes("'d ") || lower.includes(' are the ones')) &&
    LIST_GATE.test(lower);
}
const PERSON_ITEM = /\b(?:the|our|my)\s/g;
/** Each of the people just read doing something at a rate ("each send about four quotes a week"). */
const EACH_DO_NEXT = /^\s*each\s+(?:send|do|write|handle|sign|get|issue)s?\b/;
/** The product is for a client, said not to be for the caller's firm. */
const FOR_CLIENT_NOT_US = /\bfor (?:a|the|my|our|one of (?:my|our)) clients?\s*,?\s*(?:and\s+)?not for us\b/;
/** "me alone doing the bookings": the caller alone. */
const ME_ALONE = /\b(?:me|myself) alone\b(?!\s+(?:and|with)\b)/g;
/** Work said right after "me alone" (beside party words, "me alone" is a party of one unless they work). */
const WORKING_AFTER = /^,?\s+(?:doing|running|handling|who|in charge|on the|at the)\b/;

/**
 * Roles said as a pair and their counts in the same order: "the anaesthetists and the theatre nurses, so that's
 * five and eleven" (16), with any person the list closes on ("plus the pre-op coordinator", see SUM_NEXT).
 */
function pairCandidates(u: Utterance, out: TeamCandidate[]): void {
  const m = u.masked;
  PAIR.lastIndex = 0;
  for (let x = PAIR.exec(m); x; x = PAIR.exec(m)) {
    const a = quantityAt(u, x[1]);
    const b = quantityAt(u, x[2]);
    if (a?.kind !== 'cardinal' || b?.kind !== 'cardinal' || !PAIR_ROLES_BEFORE.test(m.slice(Math.max(0, x.index - 80), x.index))) continue;
    const [value, end] = sumAfter(u, a.value + b.value, x.index + x[0].length);
    pushTeam(u, out, value, x.index, end, 3, 0.7, x.index + x[0].indexOf(x[1]));
  }
}
/** What `PAIR` needs at a word start. */
const PAIR_MASK = GATE_WORDS.mask(['that', 'so ']);
const PAIR = new RegExp(`\\b(?:that's|thats|that is|so)\\s+${Q}(${NUM})\\s+and\\s+${Q}(${NUM})(?=\\s*(?:[.,;!?]|$))`, 'g');
/** Two plural roles joined by "and" just before `PAIR` ("the anaesthetists and the theatre nurses, so"). */
/** The use frame may come between ("the theatre nurses and the anaesthetists would be using it, so"). */
const PAIR_ROLES_BEFORE = new RegExp(`\\b${ROLE}\\s+and\\s+(?:(?:the|our|my)\\s+)?(?:[a-z-]+\\s+)?${ROLE}` +
  `(?:\\s+(?:would|will)\\s+(?:all\\s+)?(?:be\\s+)?(?:use|using|need)\\s+it)?\\s*,?\\s*(?:so\\s+)?$`);

/**
 * "two of us in the office ... but the vets, all six of them, would be sending the consent forms too": a count said
 * with "too"/"as well" after it adds to the reading just before it (8); so does an aside said to use it too ("there's
 * sixteen of them. plus the two claims assistants, they'd need logins too" → 18).
 */
function addedToo(u: Utterance, cands: TeamCandidate[]): TeamCandidate[] {
  if (cands.length < 2 || !TOO_WORD.test(u.lower)) return cands;
  for (const c of cands) {
    const [, ce] = clauseOf(u, c.start);
    const tail = u.masked.slice(c.end, ce);
    // "plus the two claims assistants, they'd need logins too": an aside said to use it too adds as well.
    if ((c.priority <= ASIDE_PRIORITY && !USE_TOO.test(tail)) || !TOO_END.test(tail)) continue;
    // "the scheduling team, that's three of us, plus the two transcript coordinators, they'd need logins too": the list's own groups.
    if (u.masked.slice(c.start, c.end).includes(' plus ')) continue;
    let prev: TeamCandidate | undefined;
    for (const o of cands) if (o !== c && o.end <= c.start && o.priority > ASIDE_PRIORITY && (!prev || o.start > prev.start)) prev = o;
    if (!prev) continue;
    c.value += prev.value;
    c.priority = Math.max(c.priority, prev.priority) + 1;
  }
  return cands;
}
const TOO_WORD = / too\b| as well\b/;
/** The clause after an aside says they would use it ("they'd need logins too"). */
const USE_TOO = /(?:\bwould|\bwill|'d)\s+(?:all\s+)?(?:be\s+)?(?:use|using|need|needing)\b/;
/** The clause after a count ends in "too"/"as well". */
const TOO_END = /\b(?:too|as well)\s*[.,;!?]?\s*$/;

/** Readings attached to a number (every pattern in PATTERNS). */
/** Facts about the whole utterance that some patterns need; each regexp runs only when first asked. */
class Context {
  private t: boolean | undefined;
  private w: boolean | undefined;
  private v: boolean | undefined;
  private p: boolean | undefined;
  private pw: boolean | undefined;
  constructor(private readonly lower: string) {}
  get travel(): boolean {
    return (this.t ??= TRAVEL.test(this.lower));
  }
  get work(): boolean {
    return (this.w ??= WORK.test(this.lower));
  }
  get volumeTalk(): boolean {
    return (this.v ??= VOLUME_TALK.test(this.lower));
  }
  get people(): boolean {
    return (this.p ??= this.peopleWord && !this.volumeTalk);
  }
  /** The utterance names people (a role, "people", "team", "guys"), whatever else it talks about. */
  get peopleWord(): boolean {
    return (this.pw ??= PEOPLE.test(this.lower));
  }
}

/**
 * The sentence of `pos` names people before it and talks of no volume before it or just after: "thirty two account execs but only the closers touch the
 * contract stuff, that's like, twelve, well eleven" is a count of people even when documents per month are said in another sentence.
 */
function peopleInSentence(u: Utterance, pos: number, until = pos + SENTENCE_VOLUME_REACH): boolean {
  const l = u.lower;
  let ss = pos;
  while (ss > 0 && !SENTENCE_END.test(l[ss - 1])) ss--;
  let se = pos;
  while (se < l.length && !SENTENCE_END.test(l[se])) se++;
  // A rate said later in the sentence, past the count's own words, is another clause's ("that's fifteen, and each sends eight a week").
  return PEOPLE.test(l.slice(ss, pos)) && !VOLUME_TALK.test(l.slice(ss, Math.min(se, until)));
}
/** How far after a count `peopleInSentence` looks for volume talk. */
const SENTENCE_VOLUME_REACH = 40;
const SENTENCE_END = /[.?!;]/;

/** Work said right after "N of us": "three of us handling the bookings", "four of us in the office". */
const OF_US_WORKING = new RegExp(String.raw`^\s+(?:(?:handling|running|doing|managing|processing|looking after)\s+(?:the\s+|all the\s+)?(?:[a-z]+\s+)?` +
  String.raw`(?:bookings|booking|admin|books|paperwork|accounts|contracts|enquiries|inquiries|sales|orders|invoices|billing|reservations|office)|` +
  String.raw`in the (?:[a-z-]+\s+)?office|on the team|at the desk|working (?:here|there|in the office))\b`);
/**
 * Said just before a noun-less "we're N": the caller's size now, not a document count; a workplace too ("at the counter we are four"),
 * or the caller's team or department leading the sentence ("the hr team we are four").
 */
const SIZE_NOW_BEFORE =
  new RegExp(String.raw`(?:\b(?:right now|today|currently|at the moment|at present|these days|(?:at|in) (?:the )?(?:counter|front desk|reception|office))` +
    String.raw`\s*,?\s*|\bwe(?:'re| are) (?:a|an) [^.?!,]{0,60},\s*|(?:^|[.?!]\s*)(?:the|our|my) (?:[a-z-]+ )?(?:team|department|dept)\s*,?\s*)$`);
/** A short answer that is a hedged count of people and nothing else ("maybe three, four people", "two, three people tops"). */
const RANGE_FRAGMENT = new RegExp(String.raw`^\W*(?:(?:maybe|about|around|roughly|probably|like|oh|um|uh|so|well|i'd say|i think|honestly)\W+)*` +
  String.raw`[a-z0-9\-]+(?:,? (?:or |to )?[a-z0-9\-]+)?\s+(?:people|persons|folks)` +
  String.raw`(?:\W+(?:maybe|probably|roughly|or so|i'd say|i think|tops))?\W*$`);
/** Sticky copies of the patterns that start with a number (see `execMasked`). */
const STICKY = PATTERNS.map((spec) => stickyIfNumLed(spec.re));
/** Each pattern's `needs` as a mask of `GATE_WORDS`. */
const NEEDS = PATTERNS.map((spec) => (spec.needs === undefined ? 0 : GATE_WORDS.mask(spec.needs)));

function numberedCandidates(u: Utterance, out: TeamCandidate[], ctx: Context, present: number): void {
  const m = u.masked;
  let after: number[] | undefined;
  let gate: PatternSpec['next'];
  let places: readonly number[] | undefined;
  for (let k = 0; k < PATTERNS.length; k++) {
    const spec = PATTERNS[k];
    if (NEEDS[k] !== 0 && (present & NEEDS[k]) === 0) continue;
    if (spec.needsCompany && COMPANY_GATE.found(u.lower) === 0) continue;
    if (spec.needsPeopleWord && PEOPLE_GATE.found(u.lower) === 0) continue;
    if (spec.needsText !== undefined && !u.lower.includes(spec.needsText)) continue;
    // Every pattern reads a count: only the placeholders its `next` gate passes can be its group 1.
    // Consecutive patterns sharing a gate (the noun-less counts) reuse its places.
    if (spec.next !== gate || places === undefined) {
      gate = spec.next;
      places = placesWhere(m, u.numStarts, (after ??= afterSpaces(m, u.numStarts)), gate);
    }
    if (places.length === 0) continue;
    const sticky = STICKY[k];
    let x = sticky === null ? execMasked(u, spec.re, null, 0) : stickyAt(m, sticky, places, 0);
    if (!x) continue;
    if (spec.weak && !spec.roleSum && ctx.travel) continue;
    if (spec.needsWork && !ctx.work && !RANGE_FRAGMENT.test(u.lower)) continue;
    if (spec.needsPeople && !ctx.people && !ctx.peopleWord) continue;
    for (; x; x = sticky === null ? execMasked(u, spec.re, null, x.index + x[0].length) : stickyAt(m, sticky, places, x.index + x[0].length)) {
      let roleAt = (spec.roleBefore || spec.roleSum) ? roleBefore(m.slice(Math.max(0, x.index - ROLE_REACH), x.index)) : null;
      // Run-on speech: "the site managers we get three", "the loan officers we have six of them" (the role right before the lead-in).
      if (roleAt === null && spec.roleBefore && LEAD_IN_AT.test(x[0])) roleAt = ROLE_JUST_BEFORE.exec(m.slice(Math.max(0, x.index - ROLE_REACH), x.index));
      // "the documentation officers we get five of them": the lead-in said before a count the pattern starts at.
      if (roleAt === null && (spec.roleBefore || spec.roleSum)) roleAt = roleBeforeLeadIn(m.slice(Math.max(0, x.index - ROLE_REACH), x.index));
      const afterRole = roleAt !== null;
      // Beside volume talk elsewhere, a noun-less count needs people named before it in its own sentence, which talks of no volume.
      if (spec.needsPeople && !ctx.people && !peopleInSentence(u, x.index, spec.setOff ? x.index + x[0].length : undefined)) continue;
      if (spec.roleBefore && !afterRole && !(x[0].includes(' on ') && (ctx.people || GROUP_BEFORE.test(m.slice(Math.max(0, x.index - 40), x.index)) ||
        (x.index < 12 && SHIFTS_ALONE.test(m))))) continue;
      // Beside party words, "three of us" is a party unless they work: "three of us handling the bookings".
      // "... who'd use it and the two arrangers so four of us": the caller's own total of the users said before it is staff too.
      if (spec.roleSum && !afterRole && ctx.travel && !OF_US_WORKING.test(m.slice(x.index + x[0].length, x.index + x[0].length + 40)) &&
        !(SO_TOTAL_BEFORE.test(m.slice(Math.max(0, x.index - 24), x.index)) && useSaidBefore(m, x.index))) continue;
      // Beside volume talk a noun-less "we're twelve" counts only as the caller's size now: "right now we're fourteen",
      // "we're a small consultancy in limerick, we're twelve".
      // "the ones who would use it, the pharmacists, we are fourteen": who the users are, said before in the sentence.
      if (spec.notWithVolume && ctx.volumeTalk && !SIZE_NOW_BEFORE.test(m.slice(Math.max(0, x.index - 80), x.index)) && !useSaidBefore(m, x.index)) continue;
      const ph = x[1];
      const q = quantityAt(u, ph);
      if (!q || q.kind !== 'cardinal' || (q.yearLike && spec.weak)) continue;
      const numPos = x.index + x[0].indexOf(ph);
      // "nine inspectors, sorry, ten as of monday": a count dated "as of" counts people only when a role was just said ("four locations,
      // well, five as of last month" are places).
      if (m.startsWith(' as of', q.end) && !ROLE_END.test(m.slice(Math.max(0, x.index - 40), x.index))) continue;
      let value = q.value;
      if (spec.min !== undefined && value < spec.min) continue;
      // With no work word only a range of people said alone counts ("maybe three, four people"): a party is an exact count.
      if (spec.needsWork && !ctx.work && q.lo >= q.hi) continue;
      if (spec.smallNeedsWork && !ctx.work && value < SMALL_PARTY) continue;
      let priority = spec.priority;
      if (spec.staffGroup && m.startsWith('staff', x.index) && STAFF_GROUP_BEFORE.test(m.slice(Math.max(0, x.index - 16), x.index))) priority = 3;
      let end = Math.max(x.index + x[0].length, q.end);
      // "me, the project engineers, there's four": the caller named before the role is one more (not in "of us").
      if (roleAt !== null && !x[0].includes(' of us')) {
        const roleStart = Math.max(0, x.index - ROLE_REACH) + roleAt.index;
        if (ME_BEFORE_ROLE.test(m.slice(Math.max(0, roleStart - 40), roleStart))) value += 1;
      }
      const noun = x[2];
      let sumRoles = false;
      // "we are seven people, team leader and six members": one person by role with no article, joined to a count of people words.
      if (noun === undefined && spec.weak && bareOneBefore(m.slice(Math.max(0, x.index - 40), x.index))) value += 1;
      if (noun !== undefined) {
        if (COMPANY_ROLES.has(noun) || COMPANY_HEADS.has(noun)) priority = 1;
        if ((noun === 'user' || noun === 'users') && value >= 1000) continue;
        // "250 gm" is grams: a role said by its initials names one person and is never counted.
        if (INITIALS_ROLES.has(noun)) continue;
        // "two physio rooms", "three driver apps": a singular role noun before another noun is a modifier.
        if (!PLURAL.test(noun) && MODIFIED_NEXT.test(m.slice(x.index + x[0].length, x.index + x[0].length + 24))) continue;
        if ((noun === 'seat' || noun === 'seats') && (ctx.travel || (!ctx.work && value < SMALL_PARTY))) continue;
        // "three lawyers and two paralegals", "four designers and a project manager"
        if (spec.priority === 2) sumRoles = true;
        // "Dr. Patel and three hygienists", "me, the two partners": the person named before the role count is one more.
        const lead = m.slice(Math.max(0, x.index - 40), x.index);
        if (joinedBefore(lead) && (DOCTOR_AND_BEFORE.test(lead) || ONE_AND_BEFORE.test(lead) || bareOneBefore(lead))) value += 1;
        // "the presenters all sign a presenter agreement, there's sixty presenters": the signers, not the team.
        if (signsOwnDocument(u.lower, noun)) continue;
      }
      // "twelve drivers who rent the vans off us and each of them signs a hire agreement", "the freelancers, about sixty, each one
      // signs a contractor agreement": the signers.
      const signs = m.slice(end, end + 100);
      if ((signs.includes(' of them ') || signs.includes(" of 'em ") || signs.includes(' of em ') || signs.includes('each ')) && EACH_OF_THEM_SIGNS.test(signs)) continue;
      // "twelve of us plus the office manager, and we'd all be on it": the caller's own count adds the list after it.
      // "just the three of us, me, thandi and a part-timer": the people after "N of us, me" are the N, named one by one.
      const ofUs = spec.roleSum && x[0].endsWith('of us');
      const namedOnes = ofUs && OF_US_NAMED.test(m.slice(end, end + 12));
      // "the study coordinators would be using it, there's seven of them, plus the two regulatory folks": the use frame said
      // before the count covers a "plus" group after it.
      const framed = (roleAt !== null && USE_SAID.test(roleAt[0])) || useSaidBefore(m, x.index + x[0].length);
      if (!namedOnes && (sumRoles || spec.sum || afterRole || (spec.staffGroup && priority === 3) || ofUs)) [value, end] = sumAfter(u, value, end, framed);
      const licences = noun !== undefined && LICENCE_NOUNS.has(noun);
      // "we are using adobe sign, but only two licences are there": the tool in use is short of licences, the team is not said.
      if (licences && TOOL_LICENCES.test(noun) && toolLicences(m, numPos)) continue;
      pushTeam(u, out, value, Math.min(x.index, numPos), end, priority, q.approx ? spec.confidence - 0.1 : spec.confidence, numPos, licences);
    }
  }
}

/**
 * "there's nine, no wait, ten of us now": the noun follows the corrected number, which numbers.ts marks
 * `restated` (the first number takes its value and the placeholder), so the count is read at the correction.
 */
function restatedCandidates(u: Utterance, out: TeamCandidate[]): void {
  for (const q of u.quantities) {
    if (q.kind !== 'restated') continue;
    RESTATED_NOUN.lastIndex = q.end;
    const x = RESTATED_NOUN.exec(u.lower);
    if (x && q.value >= 2) pushTeam(u, out, q.value, q.start, q.end + x[0].length, 2, 0.7);
  }
}
/** A team noun right after a number (sticky, tried at a restated number's end). */
const RESTATED_NOUN = new RegExp(`\\s+(?:of (?:us|them|'?em)\\b|${MOD}${ROLE}\\b)`, 'y');

/** Words that take back a count just said (lexicons/fragments.ts). */
const CORRECTING = wordList('correcting');
/** A spoken correction right after a count (", sorry, six now", ", no wait, eight since october", ", naw wait, twelve since wee stevie started"). */
/** (The corrected number, `restated` in numbers.ts, is masked as `NOT_A_NUMBER`.) */
const CORRECTION_NEXT = new RegExp(`^(?:\\s+(?:at|in|on)\\s+the\\s+[a-z-]+)?\\s*,\\s*(?:${CORRECTING}\\s*,?\\s*){1,3}${NOT_A_NUMBER}\\s*` +
  `(?:${COUNT_CHANGED}|with (?:the |our )?new [a-z-]+|with (?:my|our) [a-z-]+ who (?:just )?(?:started|joined)\\b[^,.;!?]{0,25})?(?=\\s*[,.;!?])`);
/** Why a count just said changed, as a short clause before the list goes on: ", one joined last week", ", we just hired one", ", young tom started monday". */
const CHANGE_NEXT = new RegExp(`^\\s*,\\s*(?:(?:${NUM}|one|someone|somebody|(?:young|wee|little|our|a|the new|new)\\s+[a-z]+|lad|lass)(?:'s|\\s+is)?\\s+(?:(?:just|only|recently|now)\\s+)?` +
  `(?:joined|started|came on|left|went|moved|retired|quit|(?:on|off on) (?:maternity|paternity|parental|sick|long[- ]term sick|study) leave|off sick|on leave)|` +
  `we\\s+(?:(?:just|only|recently)\\s+)?(?:hired|took on|added|brought on))\\b[^,.;!?]{0,25}(?=,)`);
/** A place, then a spoken correction of a listed count (group 1 the corrected count): " in the site office, sorry, one lad now". */
const ITEM_CORRECTED = new RegExp(`^(?:\\s+(?:in|on|at)\\s+(?:the\\s+)?(?:[a-z-]+\\s+)?(?:office|desk|yard|floor|reception|room|shop))?\\s*,\\s*` +
  `(?:(?:well|sorry|i mean|actually|or rather|no)\\s*,?\\s*){1,3}(${NUM})(?:\\s+[a-z-]+)?(?:\\s+now)?(?=\\s*[,.;!?]|$)`);
/**
 * Who would use it said earlier in the sentence, before a count ("the ones using it would be the h r consultants, we're five in h r",
 * "the users will be the site in-charges", "fifteen are busy enough to need it", "but this is for h r", "only the senior ones close the contracts"): a "plus" group right after the
 * count adds.
 */
const USE_SAID_BEFORE = new RegExp(String.raw`(?:\b(?:would|will|to|who)|'d)\s+(?:all\s+)?(?:actually\s+)?(?:be\s+)?(?:use|using|need|on)\s+it\b|` +
  // pidgin "the people wey go use am na ...": the users said before their count.
  String.raw`\bwey (?:go|will) use am\b|` +
  String.raw`\bthe ones (?:(?:who|that)(?:'d|'ll| would| will)?\s+)?(?:use|using|be using)\b|\busers (?:will|would) be\b|\bthis is (?:just |only |mainly )?for\b|` +
  String.raw`\bonly the [a-z -]{1,30}? (?:close|touch|handle|send|sign|do) the contract`);
/** "so" (maybe "that's") just before a count: the caller's own total ("..., so four of us"). */
const SO_TOTAL_BEFORE = /\bso,?\s+(?:that's\s+|that makes\s+)?(?:(?:about|around|like|maybe)\s+)*$/;
/** How far back in its sentence `useSaidBefore` looks. */
const USE_SAID_REACH = 160;
/** `USE_SAID_BEFORE` in the sentence of `pos`, before it. */
function useSaidBefore(m: string, pos: number): boolean {
  let before = m.slice(Math.max(0, pos - USE_SAID_REACH), pos);
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'));
  if (stop >= 0) before = before.slice(stop + 1);
  return before.includes(' it') || before.includes(' am') || before.includes('users ') || before.includes('the ones ') || before.includes('this is ') ||
    before.includes('only the ') ? USE_SAID_BEFORE.test(before) : false;
}
/** "would use it" (or "would be using it", "would need it") in a `ROLE_BEFORE` match. */
const USE_SAID = /\b(?:would|will)\s+(?:use|be using|need)\s+it\b/;
/** A count split by shift right after it (groups 1, 2 the parts): ", three on morning shift and three on evening". */
const SHIFT_SPLIT_NEXT = new RegExp(`^\\s*,\\s*(${NUM})\\s+(?:on|in)\\s+${SHIFT}\\s*,?\\s*(?:and\\s+)?(${NUM})\\s+(?:on|in)\\s+${SHIFT}`);
/** An abbreviation closing a listed item ("plus the f s o"; group 1). */
const ABBR_END = new RegExp(`\\s(${ABBR})$`);
/** Words after a comma that close an item (group 1 the words): ", the facility security officer,", ", nino,". */
const APPOSITIVE_NEXT = /^\s*,\s*(?:the\s+)?([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,4})(?=\s*(?:[.,;!?]|$))/;
/** A plural role set off by commas after a count (maybe after its office), naming who was counted (", the recruiters,"; group 1 its last word). */
const ROLE_NAMED_NEXT = /^(?:\s+in the (?:office|yard|shop|depot))?\s*,\s*(?:the|our)\s+(?:[a-z-]+\s+)?([a-z-]+)(?=\s*,)/;
/** ", and" or ", plus": the list goes on. */
const LIST_GOES_ON = /^\s*,\s*(?:and|plus)\s/;
/** Words that are no first name said after a role. */
const NOT_A_NAME = /^(?:sorry|well|so|um|uh|er|erm|too|also|then|now|actually|basically|obviously|really|though|maybe|mostly|mainly|and|plus|or)$/;
/**
 * How much of `next` (the text after one listed person `item`) names that same person again: the abbreviation spelled out ("the
 * f s o, the facility security officer") or, after a role with "the"/"our"/"my" (`byRole`), a first name before the list goes on
 * ("our sales manager, nino, and me"). 0 when it names nobody again.
 */
function sameOneAfter(next: string, item: string, byRole: boolean): number {
  const e = APPOSITIVE_NEXT.exec(next);
  if (!e) return 0;
  const a = ABBR_END.exec(item);
  if (a) return e[1].split(/\s+/).map((w) => w[0]).join('') === a[1].replace(/\s/g, '') ? e[0].length : 0;
  if (!byRole || e[1].includes(' ') || NOT_A_NAME.test(e[1]) || ROLE_WORD.test(e[1])) return 0;
  return LIST_GOES_ON.test(next.slice(e[0].length)) ? e[0].length : 0;
}
/** A hedge before one person listed ("maybe the safety guy"). */
const HEDGED_ONE = /\b(?:maybe|possibly|perhaps)\s+(?:the|our|my)\s/;
/** Said of a group just listed: they would only look at it ("..., but they'd just need to see it, not send"). */
const VIEW_ONLY_AFTER = /^\s*,?\s*but\s+they(?:'d| would)\s+(?:just|only)\s+(?:need|want)\s+to\s+(?:see|view|look at|read)\b/;
/** A "plus" right after a count. */
const PLUS_NEXT = /^\s*,?\s*plus(?=\s)/;
/** After a count whose role was said to use it, a "plus" group read as one joined by "and" (`SUM_NEXT`), or null. */
function plusFramed(m: string, from: number): RegExpExecArray | null {
  const p = PLUS_NEXT.exec(m.slice(from, from + 12));
  if (!p) return null;
  const s = sumNextAt(` and${m.slice(from + p[0].length)}`, 0);
  if (s) s[0] = m.slice(from, from + s[0].length - 4 + p[0].length);
  return s;
}
/** An item taken back with a correction, then the one meant (", and the brewers, no sorry, just the head brewer"). */
const RETRACTED_NEXT = /^\s*,?\s*and\s+(?:the|our|my)\s+[a-z][a-z' -]{0,30}?,\s*(?:no\s*,?\s*)?(?:sorry|i mean)\s*,?\s*(?:(?:just|only)\s+)?(?=(?:the|our|my)\s)/;
/** The item after a retracted one, read as one joined by "and" (`SUM_NEXT`), its match spanning the retraction; or null. */
function retractedAt(m: string, from: number): RegExpExecArray | null {
  const r = RETRACTED_NEXT.exec(m.slice(from, from + 80));
  if (!r) return null;
  const s = sumNextAt(` and ${m.slice(from + r[0].length)}`, 0)
  if (s) s[0] = m.slice(from, from + r[0].length + s[0].length - 5);
  return s;
}
/** An item named by initials and spelled out after a comma (groups 1 the item, 2 the initials, 3 the spelled-out words). */
const SPELLED_ITEM_NEXT = /^(\s*,?\s*and\s+(?:the|our|my)\s+((?:[a-z]\s){1,3}[a-z])\s+[a-z][a-z'-]*)(,\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,3}))(?=\s*,)/;
/** The item after `from` read without the words that spell out its initials ("and the p r c techs, purchased referred care, there's three"). */
function spelledAt(m: string, from: number): RegExpExecArray | null {
  const x = SPELLED_ITEM_NEXT.exec(m.slice(from, from + 80));
  if (!x || x[4].split(/\s+/).map((w) => w[0]).join('') !== x[2].replace(/\s/g, '')) return null;
  const s = sumNextAt(x[1] + m.slice(from + x[0].length), 0);
  if (s && s[0].length > x[1].length) s[0] = m.slice(from, from + s[0].length + x[3].length);
  return s && s[0].length > x[1].length ? s : null;
}
/** The next item of a list from `from` (`sumNextAt`, `plusFramed` after a framed count, `retractedAt`, `spelledAt`), or null. */
function nextItemAt(m: string, from: number, framed: boolean): RegExpExecArray | null {
  const near = m.slice(from, from + 80);
  const r = near.includes('sorry') || near.includes('i mean') ? retractedAt(m, from) : SPELLED_ITEM_NEXT.test(near) ? spelledAt(m, from) : null;
  return r ?? sumNextAt(m, from) ?? (framed ? plusFramed(m, from) : null);
}
/**
 * `value` plus the roles listed from `end` on (SUM_NEXT), and the end of the list; `framed`: the role counted was said to use it
 * before its count, so a "plus" group right after the count adds too.
 */
function sumAfter(u: Utterance, value: number, end: number, framed = false): [number, number] {
  const m = u.masked;
  // "there's five, sorry, six now, and the two paraplanners": the count already holds the correction; the list goes on after it.
  const c = CORRECTION_NEXT.exec(m.slice(end, end + 90));
  if (c && u.quantities.some((q) => q.kind === 'restated' && q.start >= end && q.start < end + c[0].length)) end += c[0].length;
  // "two litigation clerks, sorry, not litigation, conveyancing clerks": the role's modifier corrected, the count kept.
  end += modifierFixed(m, end);
  // "ten now, one joined last week, and the two people in claims": why the count changed, then the list goes on.
  const why = CHANGE_NEXT.exec(m.slice(end, end + 60));
  if (why && (sumNextAt(m, end + why[0].length) ?? (framed ? plusFramed(m, end + why[0].length) : null)) !== null) end += why[0].length;
  // "there's four of us including me, and the scale house, two operators": the caller is in the count; the list goes on.
  const incl = m.startsWith(' including', end) ? INCLUDING_ME_NEXT.exec(m.slice(end, end + 24)) : null;
  if (incl) end += incl[0].length;
  // "eight since october, maybe twelve if we win the tender, and the two ladies from accounting": a conditional or hoped-for count is an aside.
  const cond = m.includes(' if ', end) || m.includes(' by ', end) || m.includes(' next ', end) ? IF_NEXT.exec(m.slice(end, end + 80)) : null;
  if (cond && sumNextAt(m, end + cond[0].length) !== null) end += cond[0].length;
  // "two dentists, dr. nguyen and dr. shah, and four hygienists": the people of a count named one by one are the same people.
  if (value >= 2) end += namedAfter(m.slice(end, end + 80), value);
  // "there's four of us in the office, the recruiters, plus our payroll lady": the counted people named by their role, then the list goes on.
  const named = value >= 2 && (m.startsWith(',', end) || m.startsWith(' in the ', end)) ? ROLE_NAMED_NEXT.exec(m.slice(end, end + 60)) : null;
  if (named && PLURAL.test(named[1]) && ROLE_WORD.test(named[1]) && LIST_GOES_ON.test(m.slice(end + named[0].length))) end += named[0].length;
  // "there are six, three on morning shift and three on evening": the count split by shift is the same people.
  const split = value >= 2 && m.includes(' on ', end) ? SHIFT_SPLIT_NEXT.exec(m.slice(end, end + 80)) : null;
  if (split && (quantityAt(u, split[1])?.value ?? 0) + (quantityAt(u, split[2])?.value ?? 0) === value) end += split[0].length;
  // "the sales managers will use it, in almaty there is seven, in astana four": counts by place add up, like counts by shift.
  while (m.startsWith(',', end)) {
    const p = PLACE_SPLIT_NEXT.exec(m.slice(end, end + 50));
    const pq = p ? quantityAt(u, p[1]) : undefined;
    // "in velachery we are six teachers, in adyar four teachers": the role said again after each place's count.
    if (!p || pq?.kind !== 'cardinal' || pq.value >= 100 || (p[2] !== undefined && !ROLE_WORD.test(p[2]))) break;
    value += pq.value;
    end = Math.max(end + p[0].length, pq.end);
  }
  for (let s = nextItemAt(m, end, framed); s; s = nextItemAt(m, end, framed)) {
    const addPh = s[2] ?? s[3] ?? s[6] ?? s[8] ?? s[9];
    // "and meself and me brother do the office side": the caller and a relative said to do a part of the work are two.
    const said = addPh ? quantityAt(u, addPh)?.value : s[10] !== undefined ? 2 : 1;
    // "..., plus me and the account officer, na six": a count after one person by role that makes the list so far plus them is the
    // caller's total, that person one more.
    const add = s[1] !== undefined && s[2] !== undefined && said === value + 1 && ONE_ROLE_WORDS.has(lastWord(s[1])) ? 1 : said;
    // "and the practice manager" is one more; "and the managers" counts nobody; "and 200 staff" is the company.
    if (add === undefined || (s[4] !== undefined && PLURAL.test(s[5]) && !ONE_ROLE_WORDS.has(s[5]))) break;
    // "..., maybe the safety guy": a hedged person is no user yet.
    if (s[4] !== undefined && HEDGED_ONE.test(s[0])) break;
    // "..., and the principal maybe": one person hedged after the item is no user yet.
    if (s[4] !== undefined && HEDGE_AFTER.test(m.slice(end + s[0].length, end + s[0].length + 16))) break;
    // "and the location managers, there's three, but they'd just need to see it": view-only people are an aside.
    const itemEnd = Math.max(end + s[0].length, (addPh ? quantityAt(u, addPh)?.end : undefined) ?? 0);
    if ((m.startsWith(' but', itemEnd) || m.startsWith(', but', itemEnd)) && VIEW_ONLY_AFTER.test(m.slice(itemEnd, itemEnd + 50))) break;
    if (s[5] !== undefined && COMPANY_ROLES.has(s[5]) && !modified(s[0], s[5])) break;
    // "and the two ladies on reception", "and three contract folks" go on; "and about 300 people" is no group of the team.
    if (s[5] !== undefined && ANY_PEOPLE_WORD.has(s[5]) && !modified(s[0], s[5]) && !DETERMINED.test(s[0])) break;
    value += add;
    end += s[0].length;
    // The whole of a count that ends the item (its placeholder is padded to the words' length).
    if (addPh) end = Math.max(end, quantityAt(u, addPh)?.end ?? end);
    // "and the two lads in the site office, sorry, one lad now": a listed count corrected right after it.
    const fix = addPh ? ITEM_CORRECTED.exec(m.slice(end, end + 80)) : null;
    const fq = fix ? quantityAt(u, fix[1]) : undefined;
    if (fix && add !== undefined && fq?.kind === 'cardinal' && fq.value < 1000) {
      value += fq.value - add;
      end += fix[0].length;
    } else if (addPh) {
      // "and the two people in claims": the department a listed count works in belongs to the item.
      const d = IN_DEPT_NEXT.exec(m.slice(end, end + 40));
      if (d) end += d[0].length;
      else if (add >= 2) end += namedAfter(m.slice(end, end + 80), add);
    } else {
      end += sameOneAfter(m.slice(end, end + 60), s[0], s[4] !== undefined);
      // "and the contracts people, another four": a group named without a count, then counted as "another".
      const an = m.startsWith(',', end) ? ANOTHER_NEXT.exec(m.slice(end, end + 30)) : null;
      const aq = an ? quantityAt(u, an[1]) : undefined;
      if (an && aq?.kind === 'cardinal' && aq.value < 100) {
        value += aq.value - 1;
        end = Math.max(end + an[0].length, aq.end);
      }
    }
    end += modifierFixed(m, end);
  }
  // "..., plus the two asistentas sociales at the camps, they also need to use it", "..., plus the techniciennes at the lab, another six":
  // a counted group said to use it, or counted as "another", adds whatever its noun.
  const joiner = skipSpaces(m, m.startsWith(',', end) ? end + 1 : end);
  const pu = m.startsWith('plus', joiner) || m.startsWith('and', joiner) ? PLUS_USERS_NEXT.exec(m.slice(end, end + 120)) : null;
  const pq = pu ? quantityAt(u, pu[1] ?? pu[2]) : undefined;
  if (pu && pq?.kind === 'cardinal' && pq.value < 100) {
    value += pq.value;
    end = Math.max(end + pu[0].length, pq.end);
  }
  // "..., and the scale house, two operators, they'd be on it": a place, then the people there counted by role.
  const pc = m.startsWith(' and', end) || m.startsWith(',', end) ? PLACE_COUNT_NEXT.exec(m.slice(end, end + 80)) : null;
  const pcq = pc ? quantityAt(u, pc[1]) : undefined;
  if (pc && pcq?.kind === 'cardinal' && pcq.value < 100 && (ROLE_WORD.test(pc[2]) || PEOPLE_WORD.has(pc[2]) || THEY_USE_NEXT.test(m.slice(end + pc[0].length, end + pc[0].length + 40)))) {
    value += pcq.value;
    end = Math.max(end + pc[0].length, pcq.end);
  }
  // "..., and the practice managers, one per practice. Plus me.": the caller added in a sentence of its own closes the list.
  const pm = m.includes('plus m', end) ? PLUS_ME_SENTENCE.exec(m.slice(end, end + 80)) : null;
  if (pm) return [value + 1, end + pm[0].length];
  // "..., they each send four quotes a week, and then there's the office, which is me and our kerry": an office listed after adds.
  const next = m.slice(end, end + 120);
  // Every `OFFICE_NEXT` match ends before "office" or "administrative".
  const o = next.includes('office') || next.includes('administrative') ? OFFICE_NEXT.exec(next) : null;
  const list = o ? userListsOf(u).find((l) => l.start === end + o[0].length && !l.kin) : undefined;
  if (list) return [value + list.value, list.end];
  // "the articles and the partners, four partners and ten articles": a group the caller named beside a role just before.
  const e = ECHO_NEXT.exec(m.slice(end, end + 40));
  if (e) {
    const q = quantityAt(u, e[1]);
    const before = m.slice(Math.max(0, end - 160), end);
    if (q?.kind === 'cardinal' && q.value < 1000 && namedBeside(before, e[2])) return [value + q.value, end + e[0].length];
  }
  return [value, end];
}
/**
 * "Plus me." said as a sentence of its own right after a list, maybe after the list's use frame (", and they'd all be on it.").
 */
const PLUS_ME_SENTENCE = new RegExp('^(?:\\s*,\\s*(?:and\\s+)?(?:they\'d|they would|they\'ll|they will)\\s+all\\s+' +
  '(?:be on it|be using it|use it|need (?:a login|logins|access|it)))?\\s*[.!]\\s*plus\\s+(?:me|myself)\\s*(?:[.!?]|$)');
/** A role's modifier taken back after its count (group 1 the role word): ", sorry, not litigation, conveyancing clerks". */
const MODIFIER_FIXED_NEXT = /^\s*,\s*(?:sorry|i mean|no)\s*,?\s*not\s+[a-z -]{1,20},\s*[a-z-]+\s+([a-z-]+)(?=\s*[,.;!?])/;
/** How many characters from `end` take back the modifier of the role just read (`MODIFIER_FIXED_NEXT`), or 0. */
function modifierFixed(m: string, end: number): number {
  const rf = m.startsWith(',', end) && m.includes(' not ', end) ? MODIFIER_FIXED_NEXT.exec(m.slice(end, end + 60)) : null;
  return rf && m.slice(0, end).endsWith(` ${rf[1]}`) ? rf[0].length : 0;
}
/** The last word of a phrase ("the account officer" → "officer"). */
function lastWord(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1);
}
/** One-person roles (lexicons/roles.ts `one`): "head of chambers" ends in "s" but is one person. */
const ONE_ROLE_WORDS: ReadonlySet<string> = new Set(ROLE_NOUNS.one);
/**
 * Another place's count right after a count (group 1), maybe with the role said again (group 2): ", in astana four", ", and in york
 * there's three", ", in adyar four teachers".
 */
const PLACE_SPLIT_NEXT = new RegExp(`^\\s*,\\s*(?:and\\s+)?(?:in|at)\\s+[a-z-]+\\s+(?:there(?:'s|\\s+is|\\s+are)\\s+|we(?:'re|\\s+are)\\s+)?(${NUM})` +
  `(?:\\s+([a-z-]+))?(?=\\s*(?:[.,;!?]|$|and\\b))`);
/** ", another six": a group counted as "another" (one capturing group, the count). */
const ANOTHER_COUNT = `\\s*,\\s*another\\s+(${NUM})(?=\\s*(?:[.,;!?]|$))`;
/** A place said after a group ("at the camps"). */
const PLACE_AFTER = '(?:\\s+(?:at|in|on|from)\\s+(?:the\\s+)?[a-z-]+)?';
/**
 * A group of any plural noun after a count: "plus" with its count, said to use it in the clause after ("plus the two asistentas sociales
 * at the camps, they also need to use it"; group 1 the count), or named, then counted as "another" ("plus the techniciennes at the lab,
 * another six"; group 2).
 */
const PLUS_USERS_NEXT = new RegExp(`^\\s*,?\\s*(?:plus\\s+(?:the|our)\\s+(${NUM})\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]*s${PLACE_AFTER}\\s*,\\s*(?:they|who)(?:'d|'ll|\\s+would|\\s+will)?` +
  `\\s+(?:all\\s+|also\\s+)*(?:need\\s+to\\s+|have\\s+to\\s+)?(?:use|be using|need (?:a )?(?:logins?|access)(?! too| as well))\\b|` +
  `(?:plus|and)\\s+(?:the|our)\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+${PLACE_AFTER}` +
  `${ANOTHER_COUNT})`);
/** A count said as "another" right after a group (group 1): ", another four". */
const ANOTHER_NEXT = new RegExp(`^${ANOTHER_COUNT}`);
/** The caller said to be in the count just read (" including me"). */
const INCLUDING_ME_NEXT = /^\s+including (?:me|myself)\b/;
/** A place joined to the list, then the people there counted (group 1 the count, 2 their plural noun): ", and the scale house, two operators". */
const PLACE_COUNT_NEXT = new RegExp(`^\\s*,?\\s*and\\s+(?:the|our)\\s+[a-z-]+(?:\\s+[a-z-]+)?\\s*,\\s*(${NUM})\\s+([a-z-]+s)(?=\\s*(?:[.,;!?]|$))`);
/** The people just listed said to use it (", they'd be on it"): a place's count of any plural noun is a group of the list. */
const THEY_USE_NEXT = /^\s*,\s*(?:they|who)(?:'d|'ll|\s+would|\s+will)\s+(?:all\s+)?(?:be on it|use it|be using it|need it)\b/;
/**
 * A conditional or hoped-for count after a count, before the list goes on: ", maybe twelve if we win the tender", ", hopefully
 * eighteen by june", ", inshallah twenty next year".
 */
const IF_NEXT = new RegExp(`^\\s*,\\s*(?:(?:maybe|perhaps|possibly)\\s+(?:${NUM}|more)\\s+if\\s+[^,.;!?]{1,50}|` +
  `(?:maybe|perhaps)\\s+${NUM}\\s+(?:by|next)\\s+[^,.;!?]{1,20}|${HOPED_COUNT})(?=,)`);
/** The office said to be a list after a count ("..., and then there's the office, which is"), maybe past why the count changed or what each does. */
const OFFICE_NEXT = new RegExp(`^(?:\\s*,\\s*(?:${NUM}|someone|somebody)\\s+(?:joined|started|left|retired|quit)\\b[^,.;!?]{0,25}(?=,))?` +
  `(?:\\s*,\\s*(?:(?:they\\s+|who\\s+)?each\\s+[^,.;!?]{1,50}|(?:one|${NUM})\\s+per\\s+[a-z-]+)(?=,))?` +
  `\\s*,?\\s*and\\s+(?:then\\s+)?(?:there's\\s+|there is\\s+)?(?:the|our)\\s+(?=office\\b|administrative (?:part|side)\\b)`);
/** The utterance whose user lists `ownerLists` holds (extraction is synchronous: one utterance at a time). */
let listsOwner: Utterance | null = null;
let ownerLists: ReturnType<typeof userLists> = [];
/** User lists of an utterance, computed once. */
function userListsOf(u: Utterance): ReturnType<typeof userLists> {
  if (listsOwner !== u) {
    ownerLists = userLists(u);
    listsOwner = u;
  }
  return ownerLists;
}
/** "the articles and the partners,": a group named after another (the noun is a slot, not a regexp built per noun). */
const AFTER_ANOTHER = new WordSlot(String.raw`\bthe [a-z-]+ and (?:the )?`, ',');
/** `noun` named beside another group before a list ("the articles and the partners", "the partners and articles,"). */
function namedBeside(before: string, noun: string): boolean {
  return before.includes(`the ${noun} and `) || AFTER_ANOTHER.test(before, noun);
}
/** The department a listed count works in, said right after it (" in claims", " on reception"). */
const IN_DEPT_NEXT = new RegExp(`^\\s+(?:in|on|at|for)\\s+(?:the\\s+)?(?:${DEPT})\\b`);
/** A count of a plural noun closing a list (group 1 the count, 2 the noun), read when the noun was named before (`sumAfter`). */
const ECHO_NEXT = new RegExp(`^\\s*,?\\s*and\\s+(${NUM})\\s+([a-z][a-z-]*[^s\\W]s)(?=\\s*(?:[.,;!?]|$))`);

/** The count said before `pos` of the unit `unit` ("eighteen clinics"), or undefined. */
function unitCount(u: Utterance, unit: string, pos: number): number | undefined {
  const before = u.masked.slice(0, pos);
  const x = UNIT_COUNT.get(unit)?.exec(before) ?? (SITES.includes(unit) ? SITE_COUNT.exec(before) : null);
  const q = x ? quantityAt(u, x[1]) : undefined;
  return q?.kind === 'cardinal' ? q.value : undefined;
}

/** "the estimators would use it, each shop's got two": a noun-less count each unit has (group 1 the unit, 2 the count). */
const EACH_UNIT_HAS = new RegExp(`\\beach\\s+(${UNITS.join('|')})(?:'s got|\\s+has got|\\s+gets)\\s+${Q}(${NUM})(?=\\s*(?:[.,;!?]|$))`, 'g');
/** "in each branch there are two pharmacists": the unit said first, then the count of a role (group 1 the unit, 2 the count). */
const IN_EACH_UNIT = new RegExp(`\\b(?:in|at|for) (?:each|every) (${UNITS.join('|')}),?\\s+(?:there are|there's|there is|we have|we've got|we got|` +
  // "for each pharmacy the pharmacists dem be two": the role (group 3) said before its count.
  `the ([a-z-]+) (?:dem be|are|na))\\s+${Q}(?:(${NUM})|an?|one)(?=[\\s,.;!?]|$)`, 'g');
/** The caller's own rounding after a count per unit (group 1): " well two in the big ones so call it twelve". */
const ROUNDED_NEXT = new RegExp(`^[^.?!;]{0,60}?\\bso,? call it\\s+(${NUM})(?=\\s*(?:[.,;!?]|$|plus\\b|and\\b))`);
/** The caller's own total soon after a count per unit and what it adds (group 1): ", plus the director, so seven, and ...". */
const TOTAL_NEXT = new RegExp(`^[^.?!;]{0,60}?\\bso,? (?:that's |call it )?(${NUM})(?=\\s*(?:[.,;!?]|$|and\\b))`);
/**
 * Another role counted per unit, joined by "and" (group 1 the count, 2 the unit): ", and the practice principals one per clinic",
 * ", and the practice managers, one per practice".
 */
const AND_PER_NEXT = new RegExp(`^\\s*,?\\s*(?:and|plus)\\s+(?:the|our)\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+,?\\s+` +
  `(?:(?:usually|about|around|maybe),?\\s+)?(${NUM})\\s+(?:per|in each|at each)\\s+([a-z]+)\\b`);
/** Another role each unit has, joined by "and" right after the first ("..., and one front office girl"): group 1 the count (none: one). */
const AND_EACH_NEXT = new RegExp(`^\\s*,?\\s*and\\s+(?:(${NUM})|an?|one)\\s`);

/**
 * "two per clinic" (or "each shop's got two") with "eighteen clinics" said before, in talk of a role: the count times the units (see
 * PER_UNIT), plus the people listed after.
 */
function perUnitCandidates(u: Utterance, out: TeamCandidate[]): void {
  if (u.lower.includes('each ')) {
    EACH_UNIT_HAS.lastIndex = 0;
    for (let x = EACH_UNIT_HAS.exec(u.masked); x; x = EACH_UNIT_HAS.exec(u.masked)) {
      const q = quantityAt(u, x[2]);
      if (q?.kind !== 'cardinal' || !ROLE_OR_DESK.test(u.masked.slice(Math.max(0, x.index - 100), x.index))) continue;
      const units = unitCount(u, x[1], x.index);
      if (units === undefined || units < 2) continue;
      const at = Math.max(x.index + x[0].length, q.end);
      const [value, end] = sumAfter(u, q.value * units, at, useSaidBefore(u.masked, at));
      pushTeam(u, out, value, x.index, end, 5, 0.75, x.index + x[0].indexOf(x[2]));
    }
  }
  if (u.lower.includes(' each ') || u.lower.includes(' every ')) {
    IN_EACH_UNIT.lastIndex = 0;
    for (let x = IN_EACH_UNIT.exec(u.masked); x; x = IN_EACH_UNIT.exec(u.masked)) {
      const said = x[3] === undefined ? undefined : quantityAt(u, x[3]);
      const q = x[3] === undefined ? 1 : said?.kind === 'cardinal' ? said.value : undefined;
      const near = u.masked.slice(x.index + x[0].length, x.index + x[0].length + 40);
      const role = ROLE_WORD.exec(near);
      // "the auxiliares at reception, in each clinic there are three": the role said before the count; "for each pharmacy the
      // pharmacists dem be two": said between the unit and the count.
      const roleFirst = x[3] !== undefined && !(role && ROLE_LEAD.test(near.slice(0, role.index))) && /^\s*[,.;!?]/.test(near) &&
        (x[2] !== undefined ? ROLE_WORD.test(x[2]) : ROLE_OR_DESK.test(u.masked.slice(Math.max(0, x.index - 80), x.index)));
      if (x[2] !== undefined && !roleFirst) continue;
      if (q === undefined || !(roleFirst || (role && ROLE_LEAD.test(near.slice(0, role.index))))) continue;
      const units = unitCount(u, x[1], x.index);
      if (units === undefined || units < 2) continue;
      let at = roleFirst || !role ? x.index + x[0].length : x.index + x[0].length + role.index + role[0].length;
      // The whole of a count that ends the match (its placeholder is padded to the words' length).
      if (said !== undefined) at = Math.max(at, said.end);
      let each = q;
      // "in each outlet there are two optometrists and one front office girl": every role joined by "and" is per unit.
      for (let a = roleFirst ? null : AND_EACH_NEXT.exec(u.masked.slice(at, at + 24)); a; a = AND_EACH_NEXT.exec(u.masked.slice(at, at + 24))) {
        const rest = u.masked.slice(at + a[0].length, at + a[0].length + 40);
        const r = ROLE_WORD.exec(rest);
        const n = a[1] === undefined ? 1 : quantityAt(u, a[1])?.value;
        if (!r || n === undefined || !ROLE_LEAD2.test(rest.slice(0, r.index))) break;
        each += n;
        at += a[0].length + r.index + r[0].length;
      }
      const [value, end] = sumAfter(u, each * units, at, useSaidBefore(u.masked, at));
      pushTeam(u, out, value, x.index, end, 5, 0.75);
    }
  }
  let from = 0;
  for (let x = execMasked(u, PER_UNIT, PER_UNIT_Y, 0); x; x = execMasked(u, PER_UNIT, PER_UNIT_Y, from)) {
    from = x.index + x[0].length;
    const q = quantityAt(u, x[1]);
    if (q?.kind !== 'cardinal' || !ROLE_OR_DESK.test(u.masked.slice(Math.max(0, x.index - 100), x.index + x[0].length))) continue;
    const after = UNITS_AFTER.get(x[2])?.exec(u.masked.slice(x.index + x[0].length, x.index + x[0].length + 50));
    const uq = after ? quantityAt(u, after[1]) : undefined;
    const units = unitCount(u, x[2], x.index) ?? (uq?.kind === 'cardinal' ? uq.value : undefined);
    if (units === undefined || units < 2) continue;
    let at = x.index + x[0].length + (after ? after[0].length : 0);
    let each = q.value;
    // "the front desk two per clinic and the practice principals one per clinic": another role counted per the same unit adds.
    for (let a = AND_PER_NEXT.exec(u.masked.slice(at, at + 80)); a && a[2] === x[2] && ROLE_OR_DESK.test(a[0]); a = AND_PER_NEXT.exec(u.masked.slice(at, at + 80))) {
      const n = quantityAt(u, a[1]);
      if (n?.kind !== 'cardinal') break;
      each += n.value;
      at += a[0].length;
      from = at;
    }
    // "one per clinic well two in the big ones so call it twelve": the caller's own rounding of the count closes it.
    const r = u.masked.includes('call it', at) ? ROUNDED_NEXT.exec(u.masked.slice(at, at + 80)) : null;
    const rq = r ? quantityAt(u, r[1]) : undefined;
    if (r && rq?.kind === 'cardinal' && rq.value < 1000) {
      each = rq.value / units;
      at = Math.max(at + r[0].length, rq.end);
    }
    // "the club managers, one per club, plus the regional lead": the people listed after it add.
    const [summed, end] = sumAfter(u, each * units, at, useSaidBefore(u.masked, at));
    // "two per store, plus the f and i director, so seven": the caller's total of the groups, never below the count per unit
    const t = u.masked.includes(' so ', end - 1) ? TOTAL_NEXT.exec(u.masked.slice(end, end + 80)) : null;
    const tq = t ? quantityAt(u, t[1]) : undefined;
    const total = t && tq?.kind === 'cardinal' && tq.value >= summed && tq.value < 1000;
    const value = total ? tq.value : summed;
    pushTeam(u, out, value, x.index, total ? Math.max(end + t[0].length, tq.end) : end, 5, 0.75);
  }
}

/** Spoken fractions of a team and their values. */
const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'a quarter': 1 / 4,
  'one quarter': 1 / 4,
  'two thirds': 2 / 3,
  'three quarters': 3 / 4,
  'a fifth': 1 / 5,
  'a tenth': 1 / 10,
};
/**
 * "only half of them would actually be sending documents", "a quarter of our 80 staff would need a
 * login", "half our team of 40 would use it": the users are a fraction of a count said inline or
 * elsewhere in the utterance. Only when the clause says they would use the product (so "half of
 * them are remote" is not a team size). "half the time" is how often, not a share of people.
 */
const FRACTION = new RegExp(
  `\\b(${Object.keys(FRACTIONS).join('|')})\\s+(?!(?:the|this|that)\\s+(?:time|day|week|month|year)\\b)(?:(?=(?:would|will|'d|need|needs|actually|really|probably|` +
    `realistically)\\b)|(?:of\\s+)?(?:them|those|us|(?:our|the|my|that|` +
    `this)\\s+(?:(${NUM})\\s+)?(?:[a-z-]+\\s+){0,2}?(?:${TEAM_HEAD}|${COMPANY_HEAD}|${ROLE}|` +
    `${WEAK})(?:\\s+of\\s+${Q}(${NUM}))?)(?![a-z]))`,
  'g',
);
/**
 * Said right after the share, what those things or people are like or do ("half of them have pages missing", "half of
 * them never come back"): a run-on clause's later "we send" is not theirs.
 */
const FRACTION_STATE = /^\s+(?:have(?! to)|has|are|were|was|is|don't|never|forget|lose|go|come|get|leave|miss|arrive|bounce)\b/;
const FRACTION_USE = /\b(?:would|will|'d|need|needs|use|using|send|sending|sign|signing|access|logins?|seats?|licen[cs]es?|actually)\b/;

const FRACTION_WORD = /\b(?:half|thirds?|quarters?|fifth|tenth)\b/;
const FRACTION_MASK = COUNT_WORDS.mask(['half', 'third', 'quarter', 'fifth', 'tenth']);

function fractionCandidates(u: Utterance, out: TeamCandidate[], counted: number): void {
  if ((counted & FRACTION_MASK) === 0 || !FRACTION_WORD.test(u.lower)) return;
  FRACTION.lastIndex = 0;
  for (let x = FRACTION.exec(u.masked); x; x = FRACTION.exec(u.masked)) {
    const [, ce] = clauseOf(u, x.index);
    if (!FRACTION_USE.test(u.lower.slice(x.index, ce)) || FRACTION_STATE.test(u.lower.slice(x.index + x[0].length, x.index + x[0].length + 12))) continue;
    const f = FRACTIONS[x[1]];
    const inline = quantityAt(u, x[2] ?? x[3] ?? '');
    let base = inline?.kind === 'cardinal' ? inline.value : undefined;
    if (base === undefined) {
      const firm = bestTeam(out.filter((c) => c.priority > ASIDE_PRIORITY && c.start < x.index));
      base = firm?.value;
    }
    if (base === undefined || f <= 0 || f >= 1) continue;
    pushTeam(u, out, Math.max(1, Math.round(base * f)), x.index, x.index + x[0].length, 5, 0.75);
  }
}

/**
 * Readings of the same number merge (the widest reading's value, the highest priority: "legal
 * department is three attorneys and a paralegal" → 4 at team priority); a reading inside a wider
 * one is dropped ("12 AEs and 4 SDRs" → 16, not also 4).
 */
function merge(cands: TeamCandidate[]): TeamCandidate[] {
  const out: TeamCandidate[] = [];
  for (const c of cands) {
    const same = out.find((o) => o.numPos === c.numPos);
    if (!same) {
      out.push({ ...c });
      continue;
    }
    if (c.end > same.end) {
      same.value = c.value;
      same.end = c.end;
    }
    same.start = Math.min(same.start, c.start);
    same.priority = Math.max(same.priority, c.priority);
  }
  return out.filter((c) => !out.some((o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start && o.numPos !== c.numPos && o.value > c.value));
}

/** The winning team-size reading: highest priority, then the latest statement. */
/**
 * Team readings of `u`; a turn a transcript left without commas is read with them put back at the pauses around counts
 * of people (`withSpokenCommas`), its offsets mapped back to `u`.
 */
export function spokenTeamCandidates(u: Utterance): TeamCandidate[] {
  const spoken = withSpokenCommas(u);
  if (spoken === null) return teamCandidates(u);
  const s = spoken.u;
  const at = (i: number, end = false): number => fromSpoken(u, s, spoken.inserted, i, end);
  return teamCandidates(s).map((c) => ({ ...c, start: at(c.start), end: at(c.end, true), numPos: at(c.numPos) }));
}

export function bestTeam(cands: readonly TeamCandidate[]): TeamCandidate | null {
  let best: TeamCandidate | null = null;
  for (const c of cands) {
    if (!best || c.priority > best.priority || (c.priority === best.priority && c.start >= best.start)) best = c;
  }
  return best;
}
