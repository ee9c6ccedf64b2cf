/**
 * Commas a speech-to-text transcript leaves out, put back where a caller's count of people pauses, for the team reading
 * only. "the fee earners there's nine of them and the three paralegals" is said as "the fee earners, there's nine of
 * them, and the three paralegals"; the team rules read groups, counts and corrections at those pauses. Only a sentence
 * with no comma at all is re-punctuated (a punctuated sentence already says where its pauses are), and only at fixed
 * cue phrases beside a counted number.
 */
import { NUM, PLACEHOLDERS, isQuantityCode, prepare, rawOffset, type Utterance } from './utterance';

/** The words a caller corrects a count with, said with no comma: "six sorry five", "fourteen wait no sixteen". */
const CORRECTING_WORDS = '(?:sorry|well|wait no|wait|no|i mean|or rather)';
/** Hedges before a count ("about", "maybe", "only"). */
const HEDGE = '(?:(?:about|around|roughly|maybe|like|only|just)\\s+)*';
/** A count said after the group it counts: a pause before "there's nine", "we get fourteen", "they are eighteen". */
const COUNT_AFTER_GROUP = new RegExp(
  `[a-z'](?= (?:there's|there is|there are|we get|we are|we're|they are|they're)\\s+${HEDGE}${NUM})`, 'g');
/** A clause word just before the cue ("so that's", "and there's"): no pause to add. */
const CLAUSE_WORD_BEFORE = /(?:^|\s)(?:so|and|but|or|if)$/;
/** A spoken correction between two counts: "six sorry five", "ten well eleven", "fourteen of them wait no sixteen". */
const CORRECTION = new RegExp(`${NUM}(?: +of (?:them|'em|those|us))? +(?=${CORRECTING_WORDS} +${HEDGE}[${PLACEHOLDERS}])`, 'g');
/** The correcting word itself, tried where `CORRECTION` ends. */
const CORRECTING = new RegExp(`${CORRECTING_WORDS}(?= )`, 'y');
/** What lies between a count and its restatement when it is only a correcting word. */
const ONLY_CORRECTING = new RegExp(`^ *${CORRECTING_WORDS} +$`);
/** The corrected count then the reason for it: "eight of us wait no nine we just hired one" pauses after "nine". */
const CORRECTED_THEN_WHY = new RegExp(`^ +${HEDGE}${NUM} *(?= (?:we|we've|we're|i|i've|they|since|cause|because)\\b)`);
/** The end of a counted group before the list goes on: "nine of them and the three paralegals", "fourteen of them plus me". */
const GROUP_END = new RegExp(`${NUM} +of (?:them|'em|those)(?= (?:and|plus|then)\\b)`, 'g');
/** "... plus me", "... plus the two team leaders": a pause before what is added. */
const PLUS = new RegExp(`(?:[a-z]|${NUM} *)(?= plus (?:me|myself|the|our|my|a|an|${NUM}))`, 'g');

/** A clause after the last item of a list: "and me and every temp signs ...", "plus the site engineer they all need login". */
const CLAUSE_AFTER_LIST = '(?: and (?:we|we\'re|we\'ve|we\'d|i|i\'m|it\'s|every|each|now)\\b| they (?:all|would|will|\'d|need)\\b)';
/** The last item of a list of users then the next clause: a pause after "and me", "plus myself", "plus the lab manager". */
const LIST_CLOSE = new RegExp(`\\b(?:and|plus) (?:me|myself|(?:the|our|my) (?:[a-z]+ ){0,2}[a-z]+)(?=${CLAUSE_AFTER_LIST})`, 'g');

/** A count that takes in the caller: "the agents that will use it are six including me and ..." pauses around "including me". */
const INCLUDING_ME = new RegExp(`${NUM} *(?= including (?:me|myself)\\b)`, 'g');
/** What follows "including me" when a new clause starts there. */
const AFTER_INCLUDING = / including (?:me|myself)(?= and )/y;

/** The caller first on a list of counted people: "it'd be me two tutors and the receptionist" is "me, two tutors ...". */
const ME_THEN_COUNT = new RegExp(`\\b(?:be|is|are|it's) (?:me|myself)(?= +${NUM})`, 'g');

/**
 * After a count of a group, the list going on with the next group or the caller: "there's eleven with the new starter and
 * the two in compliance", "five now and me".
 */
const LIST_GOES_ON = new RegExp(`^[^.?!;${PLACEHOLDERS}]{1,40}?[a-z](?= and (?:the|our|my|me|myself)\\b)`);

/** "now" after a count, before an aside led by a number ("seven now one started monday"). */
const NOW_ASIDE = new RegExp(`^ +now(?= +${NUM})`);

/**
 * A plural group then its count as an aside: "the credit analysts another six", "the managers about eighteen of those", "the
 * pharmacists and the dispensers so that's five and nine".
 */
const GROUP_THEN_ASIDE = new RegExp(`[a-z]s(?= (?:another +${NUM}|so that's +${NUM} +and +${NUM}|(?:(?:about|around|roughly|maybe|like)\\s+)+${NUM} +of (?:them|'em|those)))`, 'g');

/** The counts of a pair said before the use frame: "so that's five and nine would use it" pauses before "would". */
const PAIR_THEN_USE = new RegExp(`so that's +${NUM} +and +${NUM} *(?= (?:would|will|'d|who'd|they'd)\\b)`, 'g');

/** A list going on with "and then the office", and a place said to be the caller's people ("the office which is me and kerry"). */
const LIST_JOIN = /[a-z](?= (?:and then (?:the|our|my)\b|(?:which|that) is (?:me|myself|just me)\b))/g;

/**
 * The caller's own total after a list: "and the two bid writers so six and we send ..." pauses before "so" and after the
 * total ("..., so six, and ..."). Only a bare count (or "of us", "all up", "all in", "in total") before a clause word.
 */
const TOTAL_SAID = ` so (?:that's |call it )?${NUM}(?: *(?:of us|all up|all in|in total|total)\\b)?`;
const TOTAL_CLOSE = new RegExp(`[a-z](?=${TOTAL_SAID} *(?:(?:and(?! +${NUM})|the|we|we're|i|our|it's|um|er|uh|then|but)\\b|$))`, 'g');
/** `TOTAL_CLOSE`'s count phrase, tried from its " so"; it ends at the end of its last word. */
const TOTAL_PHRASE = new RegExp(TOTAL_SAID, 'y');

/** A count then the size hoped for: "we are fourteen hoping to be twenty" pauses after "fourteen". */
const COUNT_THEN_HOPE = new RegExp(`${NUM} *(?= (?:hoping|hopefully|hope to)\\b)`, 'g');

/** Any placeholder, a count's or not. */
const PLACEHOLDER = new RegExp(`[${PLACEHOLDERS}]`);

/** Cheap pre-check: the cue words the commas go before. */
const CUES = [' so ', ' hop', 'there', 'we get', 'we are', "we're", 'they are', "they're", 'sorry', 'well', 'wait', ' no ', 'i mean', 'rather', 'plus', 'me',
  'another', "that's", 'of those', 'of them', "of 'em", 'including'];

/**
 * The utterance re-prepared with commas at a caller's pauses around counts of people, or null when the turn has a comma,
 * no count or no cue (then `u` is read as it is). Offsets of the returned utterance are its own; `fromSpoken` maps them back.
 */
export function withSpokenCommas(u: Utterance): { u: Utterance; inserted: number[] } | null {
  if (u.numStarts.length === 0) return null;
  const lower = u.lower;
  // a turn whose every sentence has a comma keeps no pause (see `sentenceHasComma` below): nothing to scan for
  if (u.raw.includes(',') && everySentenceHasComma(lower)) return null;
  if (!CUES.some((c) => lower.includes(c))) return null;
  const m = u.masked;
  const at: number[] = [];
  COUNT_AFTER_GROUP.lastIndex = 0;
  for (let x = COUNT_AFTER_GROUP.exec(m); x; x = COUNT_AFTER_GROUP.exec(m)) {
    // "so that's two each", "and there's five": the clause already starts there
    if (CLAUSE_WORD_BEFORE.test(m.slice(Math.max(0, x.index - 4), x.index + 1))) continue;
    at.push(x.index + 1);
    // the count (a correction's second count when one is said) and what follows it up to the next group
    const num = m.slice(x.index).search(PLACEHOLDER);
    const restated = m.slice(x.index + num + 1, x.index + num + 40).search(PLACEHOLDER);
    const from = x.index + num + 1 + (restated >= 0 && ONLY_CORRECTING.test(
      m.slice(x.index + num + 1, x.index + num + 1 + restated).replace(/ +$/, ' ')) ? restated + 1 : 0);
    // "seven now one started monday and the intake officer": a pause after "now" before an aside that counts who came or went
    const now = NOW_ASIDE.exec(m.slice(from, from + 24));
    const rest = now ? from + now[0].length + 2 : from;
    if (now) at.push(from + now[0].length);
    const on = LIST_GOES_ON.exec(m.slice(rest, rest + 60));
    if (on) at.push(rest + on[0].length);
  }
  CORRECTION.lastIndex = 0;
  for (let x = CORRECTION.exec(m); x; x = CORRECTION.exec(m)) {
    const cue = x.index + x[0].length;
    CORRECTING.lastIndex = cue;
    const word = CORRECTING.exec(m);
    at.push(cue - 1);
    if (word) at.push(cue + word[0].length);
    const why = word ? CORRECTED_THEN_WHY.exec(m.slice(cue + word[0].length, cue + word[0].length + 40)) : null;
    // a pause at the first space after the corrected count's word (the masked count is padded to its length)
    if (why) at.push(lower.indexOf(' ', cue + word![0].length + why[0].replace(/ +$/, '').length));
  }
  pausesAt(GROUP_END, m, at, matchEnd);
  pausesAt(PLUS, m, at, matchEnd);
  pausesAt(GROUP_THEN_ASIDE, m, at, afterPlural);
  if (lower.includes(' then ') || lower.includes(' is me')) pausesAt(LIST_JOIN, m, at, afterFirst);
  if (lower.includes(' so ')) {
    TOTAL_CLOSE.lastIndex = 0;
    for (let x = TOTAL_CLOSE.exec(m); x; x = TOTAL_CLOSE.exec(m)) {
      at.push(x.index + 1);
      TOTAL_PHRASE.lastIndex = x.index + 1;
      const p = TOTAL_PHRASE.exec(m);
      // the pause is at the first space after the phrase's last word (the masked count is padded to its length)
      const e = p ? lower.indexOf(' ', p.index + p[0].length - 1) : -1;
      if (e > 0) at.push(e);
    }
  }
  if (lower.includes(' hop')) {
    COUNT_THEN_HOPE.lastIndex = 0;
    for (let x = COUNT_THEN_HOPE.exec(m); x; x = COUNT_THEN_HOPE.exec(m)) at.push(lower.indexOf(' ', x.index));
  }
  pausesAt(PAIR_THEN_USE, m, at, matchEnd);
  pausesAt(LIST_CLOSE, m, at, endOfCountedList);
  if (lower.includes(' including m')) {
    INCLUDING_ME.lastIndex = 0;
    for (let x = INCLUDING_ME.exec(m); x; x = INCLUDING_ME.exec(m)) {
      const at0 = x.index + x[0].length;
      at.push(at0);
      AFTER_INCLUDING.lastIndex = at0;
      const a = AFTER_INCLUDING.exec(m);
      if (a) at.push(at0 + a[0].length);
    }
  }
  pausesAt(ME_THEN_COUNT, m, at, matchEnd);
  // a sentence with a comma already says where its pauses are
  const unpunctuated = u.raw.includes(',') ? at.filter((i) => !sentenceHasComma(lower, i)) : at;
  if (unpunctuated.length === 0) return null;
  // each comma goes just before the space at a lower offset, mapped to the caller's text
  const rawAt = [...new Set(unpunctuated.map((i) => rawOffset(u, i)))].sort((a, b) => a - b);
  let raw = '';
  let pos = 0;
  for (const r of rawAt) {
    raw += `${u.raw.slice(pos, r)},`;
    pos = r;
  }
  raw += u.raw.slice(pos);
  return { u: prepare(raw), inserted: rawAt };
}

/** Push to `at` the pause `pauseOf` gives for each match of the global `re` in the masked text `m` (none where it gives -1). */
function pausesAt(re: RegExp, m: string, at: number[], pauseOf: (x: RegExpExecArray, m: string) => number): void {
  re.lastIndex = 0;
  for (let x = re.exec(m); x; x = re.exec(m)) {
    const p = pauseOf(x, m);
    if (p >= 0) at.push(p);
  }
}
/** A pause right after the match. */
const matchEnd = (x: RegExpExecArray): number => x.index + x[0].length;
/** A pause after the match's first character (a lookahead-led match: the word before the cue). */
const afterFirst = (x: RegExpExecArray): number => x.index + 1;
/** A pause after a plural's "s" (`GROUP_THEN_ASIDE` starts at the letter before it). */
const afterPlural = (x: RegExpExecArray): number => x.index + 2;
/** A pause after the last item of a list (`LIST_CLOSE`) when a count comes before it in the sentence, else -1. */
const endOfCountedList = (x: RegExpExecArray, m: string): number => (listCounted(m, x.index) ? matchEnd(x) : -1);

/** Whether a count sits in the 60 characters before offset `i` of the masked text, in the same sentence. */
function listCounted(m: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 60 && !'.?!'.includes(m[k]); k--) if (isQuantityCode(m.charCodeAt(k))) return true;
  return false;
}

/**
 * Whether every sentence of `lower` has a comma: each run between ".", "?" or "!", the empty ones and the one after the last
 * stop included, so that `sentenceHasComma` holds at every offset.
 */
function everySentenceHasComma(lower: string): boolean {
  let comma = false;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c === 44) comma = true;
    else if (c === 46 || c === 63 || c === 33) {
      if (!comma) return false;
      comma = false;
    }
  }
  return comma;
}

/** Whether the sentence of offset `i` in `lower` (between ".", "?" or "!") has a comma. */
function sentenceHasComma(lower: string, i: number): boolean {
  let s = i;
  while (s > 0 && !'.?!'.includes(lower[s - 1])) s--;
  for (let k = s; k < lower.length && !'.?!'.includes(lower[k]); k++) if (lower[k] === ',') return true;
  return false;
}

/** Offset `i` of the re-punctuated utterance `s` as an offset of the original `u` (`end` as in `rawOffset`). */
export function fromSpoken(u: Utterance, s: Utterance, inserted: readonly number[], i: number, end = false): number {
  let r = rawOffset(s, i, end);
  // raw offset in the re-punctuated text, less the commas inserted before it
  let shift = 0;
  for (let k = 0; k < inserted.length && inserted[k] + k < r; k++) shift++;
  r -= shift;
  const map = u.rawAt;
  if (map === null) return r;
  // the first lower offset whose raw offset is at or after r
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
