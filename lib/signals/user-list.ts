/**
 * The people who would use the product, listed one group at a time inside a frame that says they are
 * the users: "it'd be me, the two pursers and the office manager" (4), "it'd be the general manager,
 * the orchestra manager and the librarian" (3), "the three priests and the office secretary would use
 * it" (4). Each item is the caller ("me"), one person by role ("the office manager"), or a count of a
 * role ("the two pursers", "three junior designers"); a plural role with no count ("the managers") ends
 * the reading, since nobody can tell how many it is. A short relative clause or a place after an item is skipped ("our lass
 * who does the books", "the two devs who lead projects", "our lass on reception"), a one-person role may name its remit ("the
 * vice principal academics"), a spoken correction of an item's count keeps the correction ("the six lads, well, five lads now"), and a role
 * said by its initials closes a list as one person ("and the q s"). One person by role alone counts when the caller says
 * they are the one who would use it ("it's the membership secretary who'd be using it"). A team or office said to be the
 * list frames it too ("the office is me and the payroll lady", "admin is me, jo and another part-timer", "only the office, the hr officer
 * and me"), and the caller's title after "me" closing the sentence is the caller ("and me, the farm manager."); inside a list a
 * first name, "the two in the weighbridge office" and a group named by its job then counted ("the sales admin, three girls")
 * are items; the people of a counted item named one by one after it are that item ("the two vets, sinead and tom, and ..."),
 * and a first name set off after the last one-person item is that person ("me and my assistant, jen, who'd be using it" → 2).
 * A relative ("my brother", "the missus") is an item only in a list of three or more or after an office frame, and such a
 * list is flagged `kin` unless it says where they work, so the team reader drops it beside party words. A list
 * starting at the caller's trade ("we're a mortgage broker ..., six advisers who'd all use it") is not read from there.
 * Pure: works on a prepared `Utterance`.
 */
import { ROLE_NOUNS, wordList } from './lexicon';
import { NOT_A_NUMBER, NUM, PLACEHOLDERS, quantityAt, type Utterance } from './utterance';
import { trieAlternation } from './word-regexp';

/** One reading: the people summed over the list, and where the list is. */
export interface UserList {
  value: number;
  start: number;
  end: number;
  /** The list names a relative ("my brother") and no office: beside party words it is a party, not staff. */
  kin?: boolean;
}

// "the head" (of a school) is one person only as a list item, where a separator must follow it (not "the head office"); so is a
// person named by where they work ("our front desk person", "the office person").
// A team is an item only when counted right after it ("the bookings team that's four").
const ROLE = `(?:${trieAlternation([...ROLE_NOUNS.many, ...ROLE_NOUNS.one, 'head', 'person', 'team'].join('|'))})`;
const ONE: ReadonlySet<string> = new Set([...ROLE_NOUNS.one.flatMap(spellings), 'head', 'person']);
/**
 * A team or office said to be the people listed: "the office is me and the payroll lady", "admin is me, jo and ...", "the office, is me and ...",
 * "the front desk na two girls plus me".
 */
const OFFICE_IS = String.raw`(?:team|office|admin|crew|department|front desk|reception desk|administrative (?:part|side)|office side)` +
  String.raw`(?:\s+(?:is|are|na)(?:\s+still)?(?:\s+(?:just|only))?|,\s*(?:which\s+)?is|\s+which\s+is)\b`;
/** `OFFICE_IS` from a word start. */
const OFFICE_FRAME = String.raw`\b${OFFICE_IS}`;
/** Where the people listed work, said right after the list ("me, my brother and my mother in the office"). */
const AT_WORK_AFTER = /^\s*(?:in|at|on) the (?:office|shop|desk|yard|front desk|reception)\b/;
/** `OFFICE_FRAME` said as the lead. */
const OFFICE_LEAD = new RegExp(`${OFFICE_IS}|\\bthe office\\s*,`);
/** The office said to use it just before a list frame: "only the office would use it, that's me and my daughter". */
const OFFICE_USES_BEFORE = /\bthe (?:office|front office|back office)\s+(?:would|will|'d|'ll)\s+(?:use|be using|be on) it,\s*(?:that's|that is|which is)\s*$/;
/** "we're a", "i'm a" before an item: the caller's trade. */
const SELF_BEFORE = /\b(?:we're|we are|i'm|i am)\s+(?:(?:a|an)\s+)?(?:[a-z-]+\s+){0,2}$/;
/** `s` holds what every `SELF_BEFORE` match does: "we're", "we are", "i'm" or "i am". */
function maySelf(s: string): boolean {
  return s.includes("we're") || s.includes('we are') || s.includes("i'm") || s.includes('i am');
}
/** `SELF_BEFORE.test(w)`, run only when `w` holds its words (`maySelf`). */
function selfBefore(w: string): boolean {
  return maySelf(w) && SELF_BEFORE.test(w);
}
/** The literal spellings of a role alternative: "part[- ]timer" is "part-timer" and "part timer", "co-?founder" two more; others none. */
function spellings(alt: string): string[] {
  const forms = alt.includes('[- ]') ? [alt.replace('[- ]', '-'), alt.replace('[- ]', ' ')] : alt.includes('-?') ? [alt.replace('-?', '-'), alt.replace('-?', '')] : [alt];
  return forms.filter((f) => /^[a-z -]+$/.test(f));
}
/** A frame before the list: the caller says who the users are. */
const LEAD = new RegExp(String.raw`\b(?:it'd be|it would be|it'll be|it will be|that'd be|that would be|the users (?:would be|will be|are|na)|` +
  String.raw`users (?:would|will) be|the (?:ones|people) ` +
  String.raw`(?:(?:who'd|who would|that will|that would|who will|wey go|wey will) (?:actually )?use (?:it|am|this)|using (?:it|this)|on it),? (?:is|are|would be|will be|na)|` +
  String.raw`(?:it's|it is|there's|just|only|nobbut|(?<=,\s*)na)\s+(?=(?:me|myself)\b)|(?:use it|using it|be on it),\s*(?:that's|that is|which is)|` +
  String.raw`\b(?:only|just)\s+(?:be\s+)?the\s+(?:office|team|admin|crew|department)\s*,|` +
  String.raw`${OFFICE_FRAME})\s*,?\s*`, 'g');
/** A frame after the list: "... would use it", "they'd all need a login". */
const TAIL = new RegExp(String.raw`(?:\b(?:they|who|that|we)(?:'d|\s+would|\s+will)|\bthey(?= all need )|\bwould|\bwill|'d)\s+(?:all\s+)?` +
  String.raw`(?:use it|be using it|be on it|need (?:a )?logins?|need access|need it|need a seat)\b`, 'g');
/** Any plural noun, read as people only right after a count inside a user list ("the two pursers", "four front desk"). */
const PLURAL_NOUN = "[a-z][a-z-]*[^s\\W']s";
/** What one person by role is in charge of, said after the role ("the vice principal academics", "the manager operations"). */
const REMIT = '(?:academics|operations|admin|administration|finance|accounts|sales|marketing|compliance|quality)';
/** One item at a position (sticky): "me", "the office manager", "the two pursers", "three junior designers". */
const ITEM = new RegExp(
  `(?:(me|myself)\\b|(?:(?:the|our|my|an?|another)\\s+|t')?(?:(${NUM})\\s+)?((?:(?!(?:and|plus|the|our|my|who|would|will|that)\\b)[a-z-]+\\s+){0,3}?)` +
    `(?:(${ROLE})(s?)(?:\\s+${REMIT})?|(?<=${NUM}\\s+(?:[a-z-]+\\s+){0,2})(${PLURAL_NOUN}|desk|office|reception|admin|staff|team))\\b)` +
    `(?=\\s*(?:[,.;!?&]|$|and\\b|plus\\b|(?:[a-zà-ÿ][a-zà-ÿ'-]+\\s+)?who\\b|that\\b|would\\b|will\\b|'d\\b|over\\b|in\\b|at\\b|on\\b|from\\b|` +
    `for\\b|as\\b|are\\b|is\\b|they\\b|using\\b|part[- ]time\\b|(?<=\\b(?:me|myself))\\s(?:the|our|my)\\s|` +
    `\\s+the\\s+(?:[a-z-]+\\s+){0,2}?${ROLE}\\s+and\\b|(?<=s)\\s(?:we (?:get|have)|there(?:'s| is| are)|another|${NUM})))`,
  'y',
);
/** A count just before the list, joined to it: the list continues an earlier group. */
const CONTINUES = new RegExp(`${NUM}\\s*,?\\s*(?:and|plus)\\s+$`);
/** One person by role said to be the user: "it's the membership secretary who'd be using it". */
const ONE_USER = new RegExp(`\\b(?:it's|it is|it'd be|it would be|just|only)\\s+(?:the|our|my)\\s+(?:[a-z-]+\\s+){0,2}?(${ROLE})` +
  `\\s+(?:who|that)(?:'d|'ll|\\s+would|\\s+will)?\\s+(?:be\\s+)?(?:use|using|need|touch|handle|run|do)\\b`, 'g');
/** The clause that ends every `ONE_USER` match ("... who'd be using"): without it, no role is scanned for. */
const ONE_USER_CLAUSE = /\s(?:who|that)(?:'d|'ll|\s+would|\s+will)?\s+(?:be\s+)?(?:use|using|need|touch|handle|run|do)\b/;
/** A count right after the user frame: "only reception and the events girls would be on it, so maybe six". */
const FRAME_THEN_COUNT = new RegExp(`(?:would|will|'d)\\s+(?:all\\s+)?(?:be on it|use (?:it|this|that)|be using (?:it|this)|need (?:it|access|a login|logins))(?:\\s*,\\s*|\\s+(?=they are|they're))` +
  `(?:so\\s+)?(?:that's\\s+|that would be\\s+|call it\\s+|which is\\s+|which's\\s+|they are\\s+|they're\\s+)?` +
  `(?:(?:maybe|about|around|roughly|probably|like|say)\\s+)*(${NUM})(?=\\s*(?:[.,;!?]|$|people\\b|of (?:us|them|'?em)\\b|in all\\b|total\\b|plus\\b))`, 'g');
/**
 * One first name that ends the clause (at the item's start), maybe after "our" said of a colleague or relative ("me and our kerry") or a
 * fond "wee"/"little" or a title ("me and miss brenda"), maybe with where they sit ("and wee morag on reception who'd use it", "me and our jo in
 * the office").
 */
const LAST_NAME = new RegExp(String.raw`^((?:our|wee|little|young)\s+|(?:miss|mrs|mr|ms|dr|doctor)\.?\s+)?([a-z][a-z'-]{1,15})(?:\s+in the (?:[a-z-]+ )?office\b|` +
  String.raw`(?=\s*(?:[.,;!?]|$|using\b|who'd\b|would\b|will\b|(?:on|at) (?:the )?(?:reception|front desk|desk)\b)))`);
/** Words after "our" that name no one person (`LAST_NAME`). */
const NOT_OUR_NAME = /^(?:office|team|staff|company|business|firm|shop|place|side|end|lot|clients?|customers?|own)$/;
/** One person said by the initials of their role, ending the clause ("the d o n", "the q s"). */
const LAST_INITIALS = /^(?:the|our|my)\s+(?:[a-z]\s){1,3}[a-z](?=\s*(?:[.,;!?]|$))/;
/** The words of a role's initials said out after them (", the facility security officer"): group 1 the words. */
const SPELLED_OUT = /^\s*,\s*(?:the\s+)?([a-z]+(?:\s+[a-z]+){1,3})(?=\s*(?:[.,;!?]|$))/;
/** How many characters after the initials `said` (at the start of `s`) spell them out ("the f s o, the facility security officer"), or 0. */
function spelledOut(s: string, said: string): number {
  const x = SPELLED_OUT.exec(s.slice(said.length));
  const letters = said.replace(/^(?:the|our|my)\s+/, '').replace(/\s/g, '');
  return x && x[1].split(/\s+/).map((w) => w[0]).join('') === letters ? x[0].length : 0;
}
/** Words that end a list but name nobody. */
const NOT_A_NAME = new RegExp(String.raw`^(?:it|this|that|them|us|everyone|everybody|all|too|also|really|basically|now|then|there|here|` +
  String.raw`so|yeah|yes|no|ok|okay|well|um|uh|like|tidy|innit|aye|mate|man|mane|bro|bruh|dude|eh|lah|lor|sha|right|though|actually|honestly|maybe|probably|solo|alone|` +
  String.raw`i|we|you|they|he|she|sales|admin|accounts|finance|hr|ops)$|s$`);
/** A hedged member of a list ("me and, well, maybe a second agent"). */
const HEDGED = /\b(?:maybe|possibly|perhaps|eventually)\b/;
/** A hedge closing an item's clause ("and the principal maybe."): that person is no user yet; team-size.ts reads it too. */
export const HEDGE_AFTER = /^\s*,?\s*(?:maybe|possibly|perhaps)(?=\s*(?:[.,;!?]|$))/;
/** A future member, said right after the list ("... a second agent later on"). */
const LATER = /^\s*(?:later(?: on)?|eventually|down the line|next year)\b/;
/** What may say a role's count right after it, with or without a comma ("the auditors we get nine of them", "the counsellors another six"). */
const COUNT_LEAD = "(?:there's|there is|there are|that's|it's|they are|they're|we are having|we are|we're|dem be|we get|we have|we've got|another)";
/** A count said right after a plural role: ", there's six of them", ", about four", ", we are five", pidgin ", dem be four", " are five" (group 1 the number;
 * group 2 " of those": a part of the group before, "the partners are two of those", counted already). */
const COUNTED_AFTER = new RegExp(`^(?:\\s*,\\s*(?:${COUNT_LEAD}\\s+)?|\\s+are\\s+|\\s+${COUNT_LEAD}\\s+)` +
  `(?:(?:about|around|roughly|maybe|like)\\s+)*(${NUM})(?:\\s+of (?:them|'?em|us)|(\\s+of those))?|^\\s+(${NUM})(?=\\s*(?:[,.;!?]|$|and\\b|plus\\b))`);
/** Between items: a comma, "and" ("and then"), "plus" (fillers are already blanked to spaces). */
const SEP = /\s*(?:,\s*(?:and\s+(?:then\s+)?|plus\s+)?|\s+and\s*,?\s*(?:then\s+)?|\s+plus\s+|\s*&\s*)|(?<=\b(?:me|myself))\s+(?=(?:the|our|my)\s)/y;
/**
 * A short relative clause after an item ("our lass who does the books,", "the two devs who lead projects,", "my aunty who does the
 * bookings and my cousin"), or a clause on what one does ("me and my partner, she does the wages, and ..."): skipped, unless it is the
 * use frame.
 */
const WHO_AFTER = new RegExp(`(?:(?:\\s+[a-zà-ÿ][a-zà-ÿ'-]+)?\\s+who|\\s*,\\s*(?:she|he))(?:'s|\\s+(?!(?:would|will|could|might|may|can|need|needs|use|uses|using)\\b)[a-z]+)` +
  `(?:\\s+[^,.;!?${PLACEHOLDERS}]{1,25})?(?=,|\\s+and\\s+(?:the|my|our|me)\\b)`, 'y');
/** Why a corrected count changed, said after it ("now", "now with the traveler", "since the new girl started", "now since two joined in january"); team-size.ts reads it too. */
export const COUNT_CHANGED = `now(?:\\s+with (?:the |our )?[a-z-]+)?|(?:now\\s+)?since(?:\\s+(?:[a-z']+|${NUM})){1,5}`;
/** Words that take back a count just said (lexicons/fragments.ts). */
const CORRECTING = wordList('correcting');
/** A spoken correction of an item's count ("the six lads, well, five lads now"): group 1 the corrected number. */
const CORRECTED = new RegExp(`^(?:\\s*,\\s*|\\s+)${CORRECTING}\\s*,?\\s*(${NUM})(?:\\s+[a-z-]+)?` +
  `(?:\\s+(?:${COUNT_CHANGED}))?(?=\\s*(?:[.,;!?]|$)|\\s+and\\b)`);
/** A correction already folded into the count before it (numbers.ts masks the corrected number as `NOT_A_NUMBER`): ", sorry, seven now". */
const RESTATED_AFTER = new RegExp(`^(?:\\s*,\\s*|\\s+)(?:${CORRECTING}\\s*,?\\s*){1,3}${NOT_A_NUMBER}\\s*(?:[a-z-]+\\s*)?` +
  `(?:${COUNT_CHANGED})?(?=\\s*[,.;!?]|\\s+and\\b)`);
/** A correction that splits an item's count in two (", well, two full time and one casual now"): groups 1, 2 the parts. */
const SPLIT_CORRECTED = new RegExp(`^\\s*,\\s*${CORRECTING}\\s*,?\\s*(${NUM})\\s+[a-z -]{1,15}?\\s+and\\s+(${NUM})\\s+[a-z-]+(?:\\s+now)?(?=\\s*[,.;!?])`);
/** A hoped-for count said after an item's count (", hopefully eighteen by june", ", inshallah twenty next year"): skipped. */
/** A hoped-for count ("hopefully eighteen by june", "inshallah twenty next year"); team-size.ts skips it too. */
export const HOPED_COUNT = `(?:inshallah|insha'?allah|hopefully|god willing)\\s+${NUM}\\s+(?:by|next)\\s+[^,.;!?]{1,20}`;
const HOPED_AFTER = new RegExp(`^,\\s*${HOPED_COUNT}(?=,)`);
/** A count of people at a place, as an item: "the two in the weighbridge office" (group 1 the count). */
const COUNT_IN = new RegExp(`^(?:(?:the|our|my)\\s+)?(${NUM})\\s+(?:in|on|at)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,4}?(?:office|desk|team|reception|yard|department|counter)\\b`);
/** Relatives (lexicons/roles.ts `family`). */
const KIN = ROLE_NOUNS.family.join('|');
/**
 * A relative as an item ("my brother", "the missus", "my cousin sione"): read only in a list of three or more, or after an office
 * frame.
 */
const KIN_ITEM = new RegExp(`^(?:(?:the|my|our)\\s+(?:${KIN})\\b(?:\\s+on\\s+(?:weekends|saturdays|sundays)\\b|\\s+(?!(?:and|in|at|who)\\b)[a-z][a-z'-]+)?|(?:${KIN})\\b)` +
  `(?=\\s*(?:[,.;!?]|$|and\\b|in\\b|at\\b|who\\b))`);
/** A first name inside a list, maybe after "our" or a fond "wee" (group 2), before a comma or "and" (group 3). */
const MID_NAME = /^()(?:(our|wee|little|young)\s+)?([a-z][a-z'-]{1,15})(?=\s*(?:,|and\b))/;
/** A count of people words said after a group named by its job (group 1): ", three girls,". */
/** Any people word, plain or familiar (lexicons/roles.ts `people`, `familiar`): "three contract folks", "the two admin ladies". */
export const ANY_PEOPLE = `(?:${[...ROLE_NOUNS.people, ...ROLE_NOUNS.familiar].join('|')})`;
const APPOSITIVE = new RegExp(`^\\s*,\\s*(${NUM})\\s+${ANY_PEOPLE}(?=\\s*,)`);
/** The caller's title after "me", closing the sentence (", the farm manager."): group 1 its last word, a one-person role (`ONE`). */
const ME_TITLE = /^\s*,\s*(?:i'm\s+)?the\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)(?=\s*(?:[.;!?]|$))/;
/** One person's role said again right after them, before "and" ("my oga the permit officer and ..."), tried where the item ends. */
const SAME_ROLE_AFTER = new RegExp(`\\s+the\\s+(?:[a-z-]+\\s+){0,2}?${ROLE}(?=\\s+and\\b)`, 'y');
/** The caller said to be the one-person item just read (", that's me"): the same person, skipped. */
const THAT_ME = /^\s*,\s*(?:that's|that is|which is|i'm|i am)\s+(?:me|myself|i)(?=\s*[,.;!?]|\s+and\b)/;
/** A place said after an item ("the office manager over in stornoway", "our lass on reception", "in leeds, york and hull."): skipped. */
const PLACE_AFTER = new RegExp(String.raw`\s+(?:over |up |down |out |back )?(?:in|at|on)\s+(?:the\s+)?[a-zà-ÿ-]+(?:\s+(?:desk|office|floor|room|yard|counter|services?))?` +
  String.raw`(?:(?:\s*,\s*[a-z-]+)+,?\s+and\s+(?!(?:the|our|my|me|myself|a|an)\b)[a-z-]+(?=\s*(?:[.;!?]|$)))?`, 'y');

/** The people of a counted item named one by one right after it, each maybe with a title: ", doctor o'brien and doctor walsh". */
const NAMES_AFTER = /^\s*,\s*((?:(?:(?:dr|doctor|mr|mrs|ms|miss)\.?\s+)?[a-z][a-z'-]+(?:\s*,\s*|\s+and\s+)){1,5}(?:(?:dr|doctor|mr|mrs|ms|miss)\.?\s+)?[a-z][a-z'-]+)(?=\s*,)/;
/** One first name set off by a comma after an item, maybe with a title ("miss brenda"), then a comma or the clause's end. */
const NAME_CLOSING = /^\s*,\s*((?:(?:mr|mrs|ms|miss|dr|doctor)\.?\s+)?[a-z][a-z'-]+)(?=\s*(?:[,.;!?]|$))/;
const NAME_SPLIT = /\s*,\s*|\s+and\s+/;
const TITLE = /^(?:dr|doctor|mr|mrs|ms|miss)\.?\s+/;
const ROLE_WORD = new RegExp(`^(?:${ROLE})s?$`);

/**
 * How many characters of `rest` name the `n` people of the item just read, one by one (0 when it is not such a list);
 * `closing`: one name may also end the clause or come before the use frame ("my assistant, jen, who'd be using it").
 */
export function namedAfter(rest: string, n: number, closing = false): number {
  const x = (closing ? NAME_CLOSING : NAMES_AFTER).exec(rest);
  if (!x) return 0;
  const names = x[1].split(NAME_SPLIT);
  if (names.length !== n) return 0;
  for (const name of names) {
    const bare = name.replace(TITLE, '');
    if (bare === name && (NOT_A_NAME.test(bare) || ROLE_WORD.test(bare) || /^(?:the|our|my|a|an)$/.test(bare))) return 0;
  }
  return x[0].length;
}

/** A character a list item may follow: ASCII white space or a comma (not a letter or a number placeholder). */
function isBoundary(c: number): boolean {
  return c === 32 || c === 44 || (c >= 9 && c <= 13);
}

/** Read the items from `pos`: their sum, count and end; undefined when fewer than two items read (or one and a closing first name). */
function readItems(u: Utterance, pos: number): { value: number; items: number; end: number; kin: boolean } | undefined {
  const m = u.masked;
  let kin = false;
  /** The separator before the current item was "and": it is the last item of the list. */
  let lastAnd = false;
  let value = 0;
  let items = 0;
  let end = pos;
  for (;;) {
    ITEM.lastIndex = pos;
    const x = ITEM.exec(m);
    if (!x) {
      const rest = m.slice(pos, pos + 60);
      // "the two in the weighbridge office", "my brother", a first name inside the list ("me, jo and another part-timer").
      const other = COUNT_IN.exec(rest) ?? KIN_ITEM.exec(rest) ?? (items >= 1 ? MID_NAME.exec(rest) : null);
      const q = other?.[1] ? quantityAt(u, other[1]) : undefined;
      const n = other?.[1] ? (q?.kind === 'cardinal' && q.value >= 1 && q.value < 1000 ? q.value : undefined) : 1;
      // The name of `MID_NAME` is its last group; after "our" it is no place or group ("our office").
      const midName = other?.[3] ?? other?.[2];
      const ourWord = other?.[3] !== undefined && other[2] !== undefined && (NOT_OUR_NAME.test(other[3]) || ROLE_WORD.test(other[3]));
      if (other && n !== undefined && !(midName !== undefined && NOT_A_NAME.test(midName)) && !ourWord) {
        if (other[1] === undefined) kin ||= KIN_ITEM.test(rest);
        value += n;
        items += 1;
        end = pos + other[0].length;
        WHO_AFTER.lastIndex = end;
        const w = WHO_AFTER.exec(m);
        if (w) end = w.index + w[0].length;
        SEP.lastIndex = end;
        const s = SEP.exec(m);
        if (!s) break;
        pos = s.index + s[0].length;
        continue;
      }
      // A first name closing the list: "just me and priya."
      const name = items >= 1 ? LAST_NAME.exec(m.slice(pos, pos + 48)) : null;
      if (name && !NOT_A_NAME.test(name[2]) && !(name[1] && (NOT_OUR_NAME.test(name[2]) || ROLE_WORD.test(name[2])))) return { value: value + 1, items: items + 1, end: pos + name[0].length, kin };
      // A role said by its initials closing the list: "and the q s."
      const initials = items >= 1 ? LAST_INITIALS.exec(m.slice(pos, pos + 16)) : null;
      if (initials) return { value: value + 1, items: items + 1, end: pos + initials[0].length + spelledOut(m.slice(pos, pos + 80), initials[0]), kin };
      break;
    }
    let n: number | undefined;
    if (x[1] !== undefined) n = 1;
    else if (x[2] !== undefined) {
      const q = quantityAt(u, x[2]);
      n = q?.kind === 'cardinal' && q.value >= 1 && q.value < 1000 ? q.value : undefined;
    } else if (x[5] === '' && x[4] !== undefined && ONE.has(x[4])) n = 1;
    let itemEnd = x.index + x[0].length;
    // "the sales admin, three girls, and me": a group named by its job, then who it is.
    const appos = n === 1 && x[1] === undefined ? APPOSITIVE.exec(m.slice(itemEnd, itemEnd + 30)) : null;
    const aq = appos ? quantityAt(u, appos[1]) : undefined;
    if (appos && aq?.kind === 'cardinal' && aq.value >= 1 && aq.value < 100) {
      n = aq.value;
      itemEnd += appos[0].length;
    }
    let counted = false;
    if (n === undefined && x[4] !== undefined) {
      // "the site supervisors, there's six of them": a plural role counted right after it.
      const c = COUNTED_AFTER.exec(m.slice(itemEnd, itemEnd + 40));
      const q = c ? quantityAt(u, c[1] ?? c[3]) : undefined;
      if (c && q?.kind === 'cardinal' && q.value >= 1 && q.value < 1000) {
        n = c[2] !== undefined ? 0 : q.value;
        itemEnd = Math.max(itemEnd + c[0].length, q.end);
        counted = true;
      }
    }
    if (n === undefined) return items >= 2 ? { value, items, end, kin } : undefined;
    // "the administrators, we are six, sorry, seven now": a count said after the role is corrected like one before it.
    if (x[2] !== undefined || counted) {
      const c = CORRECTED.exec(m.slice(itemEnd, itemEnd + 40));
      const q = c ? quantityAt(u, c[1]) : undefined;
      const r = c ? null : RESTATED_AFTER.exec(m.slice(itemEnd, itemEnd + 60));
      if (c && q?.kind === 'cardinal' && q.value >= 1 && q.value < 1000) {
        n = q.value;
        itemEnd += c[0].length;
      } else if (r) {
        itemEnd += r[0].length;
      } else if (m.includes(' and', itemEnd)) {
        // "three inspectors, well, two full time and one casual now": the parts of a split correction are the count.
        const sc = SPLIT_CORRECTED.exec(m.slice(itemEnd, itemEnd + 60));
        const a = sc ? quantityAt(u, sc[1]) : undefined;
        const b = sc ? quantityAt(u, sc[2]) : undefined;
        if (sc && a?.kind === 'cardinal' && b?.kind === 'cardinal' && a.value + b.value < 1000) {
          n = a.value + b.value;
          itemEnd += sc[0].length;
        }
      }
    }
    // "the teachers, they are fourteen, hopefully eighteen by june, and me": a hoped-for count is an aside.
    if (n >= 2 && m.startsWith(',', itemEnd)) {
      const h = HOPED_AFTER.exec(m.slice(itemEnd, itemEnd + 50));
      if (h) itemEnd += h[0].length;
    }
    // "the two doctors, doctor o'brien and doctor walsh, and ...": the people of a counted item named after it are the same people.
    if (x[2] !== undefined && n >= 2) itemEnd += namedAfter(m.slice(itemEnd, itemEnd + 80), n);
    // "me and my assistant, jen, who'd be using it": a first name set off after the last one-person item is that person.
    else if (lastAnd && n === 1 && x[1] === undefined && x[2] === undefined) itemEnd += namedAfter(m.slice(itemEnd, itemEnd + 40), 1, true);
    // "..., the export coordinator and me, the farm manager.": the caller's own title closing the list is the caller.
    if (x[1] !== undefined) {
      const t = ME_TITLE.exec(m.slice(itemEnd, itemEnd + 50));
      if (t && ONE.has(t[1])) itemEnd += t[0].length;
    }
    // "my oga the permit officer and ...": one person's role said again after them is the same person.
    else if (n === 1 && x[2] === undefined && m.startsWith(' the ', itemEnd)) {
      SAME_ROLE_AFTER.lastIndex = itemEnd;
      const r = SAME_ROLE_AFTER.exec(m);
      if (r) itemEnd += r[0].length;
    }
    // "the practice manager, that's me, and ...": the caller said to be the one-person item is that person.
    else if (n === 1 && x[2] === undefined && m.startsWith(',', itemEnd)) {
      const t = THAT_ME.exec(m.slice(itemEnd, itemEnd + 20));
      if (t) itemEnd += t[0].length;
    }
    // "me, the registrar and the two clerks, and the principal maybe": a last item hedged after it is no user yet.
    if (items >= 2 && HEDGE_AFTER.test(m.slice(itemEnd, itemEnd + 16))) break;
    value += n;
    items += 1;
    end = itemEnd;
    PLACE_AFTER.lastIndex = end;
    const p = PLACE_AFTER.exec(m);
    if (p) end = p.index + p[0].length;
    WHO_AFTER.lastIndex = end;
    const w = WHO_AFTER.exec(m);
    if (w) end = w.index + w[0].length;
    SEP.lastIndex = end;
    const s = SEP.exec(m);
    if (!s) break;
    lastAnd = s[0].includes('and');
    pos = s.index + s[0].length;
  }
  return items >= 2 ? { value, items, end, kin } : undefined;
}

/**
 * Cheap gates, each a plain alternation of literal text (one scan of the string instead of one `includes` per text): a
 * `LEAD` match holds one of `LEAD_GATE`'s texts; a `ONE_USER` match one of `ONE_USER_WHO_GATE`'s and one of
 * `ONE_USER_VERB_GATE`'s; a `TAIL` or `FRAME_THEN_COUNT` match one of `TAIL_GATE`'s.
 */
const LEAD_GATE = /'d be|which is| would be|'ll be| will be|users| me| myself|use it| is | na | are /;
const ONE_USER_WHO_GATE = / who| that/;
const ONE_USER_VERB_GATE = /us|need|touch|handle|run| do/;
const TAIL_GATE = /use it|use this|using it|on it|login|need a|need it|need access/;

/** Every framed list of users in the utterance (see the module doc). */
export function userLists(u: Utterance): UserList[] {
  const out: UserList[] = [];
  const m = u.masked;
  const l = u.lower;
  LEAD.lastIndex = 0;
  const lead = LEAD_GATE.test(l);
  for (let x = lead ? LEAD.exec(m) : null; x; x = LEAD.exec(m)) {
    const r = readItems(u, x.index + x[0].length);
    const office = OFFICE_LEAD.test(x[0]) || (r?.kin === true && OFFICE_USES_BEFORE.test(m.slice(Math.max(0, x.index - 30), x.index + x[0].length)));
    // "it's me and my husband" alone is a couple; "the office is me and my daughter", "me, my brother and my mother" are staff.
    if (r?.kin && r.items < 3 && !office) continue;
    // "it would be me and, well, maybe a second agent later on": a hedged or future member is no user yet.
    if (r && !HEDGED.test(m.slice(x.index, r.end)) && !LATER.test(m.slice(r.end, r.end + 20))) {
      out.push({ value: r.value, start: x.index, end: r.end, kin: r.kin && !office && !AT_WORK_AFTER.test(m.slice(r.end, r.end + 30)) });
    }
  }
  ONE_USER.lastIndex = 0;
  const one = ONE_USER_WHO_GATE.test(l) && ONE_USER_VERB_GATE.test(l) && ONE_USER_CLAUSE.test(m);
  for (let x = one ? ONE_USER.exec(m) : null; x; x = ONE_USER.exec(m)) {
    if (ONE.has(x[1])) out.push({ value: 1, start: x.index, end: x.index + x[0].length });
  }
  const tail = TAIL_GATE.test(l);
  FRAME_THEN_COUNT.lastIndex = 0;
  for (let x = tail ? FRAME_THEN_COUNT.exec(m) : null; x; x = FRAME_THEN_COUNT.exec(m)) {
    const q = quantityAt(u, x[1]);
    if (q?.kind === 'cardinal' && q.value >= 1 && q.value < 1000) out.push({ value: q.value, start: x.index, end: Math.max(x.index + x[0].length, q.end) });
  }
  TAIL.lastIndex = 0;
  for (let t = tail ? TAIL.exec(m) : null; t; t = TAIL.exec(m)) {
    // The list ends at the tail: find where it starts, at the furthest item start (within the clause) that reads up to it.
    let listEnd = t.index;
    while (listEnd > 0 && isBoundary(m.charCodeAt(listEnd - 1))) listEnd--;
    const from = Math.max(0, t.index - 120, m.lastIndexOf('.', t.index) + 1);
    const self = maySelf(m.slice(Math.max(0, from - 40), listEnd));
    for (let p = from; p < listEnd; p++) {
      if (p > 0 && !isBoundary(m.charCodeAt(p - 1))) continue;
      // "we're a mortgage broker in liverpool, six advisers who'd all use it": the caller's trade, not a user.
      if (self && selfBefore(m.slice(Math.max(0, p - 40), p))) continue;
      const r = readItems(u, p);
      if (r && r.end === listEnd && !(r.kin && r.items < 3)) {
        // "the caseworkers, there's sixteen, and the two team leaders ... they'd all need access": the list goes on from a
        // count said before it, which the team reader sums itself.
        if (CONTINUES.test(m.slice(Math.max(0, p - 40), p))) break;
        out.push({ value: r.value, start: p, end: t.index + t[0].length, kin: r.kin });
        break;
      }
    }
  }
  return out;
}
