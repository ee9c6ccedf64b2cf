/**
 * Someone else's company, not the caller's: "my sister's got a law firm with forty lawyers", "my brother in
 * law runs a trucking company", "I'm asking for a friend, she's got a physio clinic with 12 therapists", "my wife does the books for a garage", "she uses you at her practice",
 * "my sister's clinic is drowning in paperwork", a consultant "pricing this out for one of my clients, they've got about two hundred lawyers"
 * (said by "i", until the caller says "we"/"us"/"our": "we quote for a client, we have 5 estimators" is the caller's own team; "not
 * for us" right after the client keeps it the client's), "for the client, what would sixty seats cost" (no "we" after it). A
 * count or industry said after such a lead-in, in the same sentence, describes that company, until the caller
 * turns back to their own ("but this is for my bakery", "my own shop"). Pidgin says it too: "na my cousin, she get law firm",
 * "i dey ask for her" (said with a relative named in the utterance), and Spanglish: "mi compadre tiene un car dealership". A relative who runs it with the caller ("me and my husband
 * run it", "my wife and i own a cafe") makes it the caller's own.
 */

import { WordScanner } from './word-regexp';

/** Words before "mate", "pal" or "buddy" said to the agent ("yeah mate", "cheers pal"), not of a friend. */
const VOCATIVE_BEFORE = "yeah|yes|yep|hi|hey|hiya|hello|g'day|gday|cheers|thanks|ta|look|listen|no|nah|ok|okay|right|alright|oi|sorry";
/**
 * A relative or friend who has, runs or owns something, or their workplace ("my sister's clinic"), then the rest of the sentence;
 * not one said with the caller ("me and my husband run it", "my wife and i run a guest house": the business is the caller's).
 */
const KIN = 'friend|sister|brother|dad|father|mum|mom|mother|cousin|uncle|aunt|auntie|aunty|wife|husband|neighbou?r|son|daughter|in[- ]law|' +
  // a friend, not a greeting's address ("yeah mate, so i run a ...")
  `(?:mate|pal|buddy)(?<!\\b(?:${VOCATIVE_BEFORE}) (?:mate|pal|buddy))|` +
  // a life partner ("my partner's at an animation studio"), not a partner in the caller's firm
  'partner(?<!\\b(?:business|managing|senior|junior|equity|founding|other|law|practice) partner)|' +
  'compadre|comadre|hermano|hermana|primo|prima';
/** The rest of the sentence with no word of the caller's own ("we", "us", "our"): what a client's or friend's lead-in covers. */
const NO_WE_TO_END = String.raw`(?:(?!\b(?:we|we've|we're|us|our)\b)[^.?!])*$`;
/** A workplace said as the relative's or friend's own: "my sister's clinic", "a mate's building firm". */
const PLACE = 'clinic|practice|surgery|firm|company|business|shop|office|salon|restaurant|cafe|bakery|agency|school|farm|garage|' +
  'studio|gym|hotel|pub|store|charity|outfit|place';
/** A former employer said as the caller's old workplace: "my previous firm", Pidgin "my former work". */
const FORMER_PLACE = 'company|firm|job|employer|agency|workplace|place|work';
/** The caller's past job said as their own past: "i used to be at", "before this i worked in". */
const FORMER_JOB = String.raw`i used to (?:be|work) (?:at|for|in|with)|before (?:this|here),? i (?:worked|was) (?:at|for|in|with)`;
const SOMEONE_ELSE = new RegExp(String.raw`(?<!\b(?:me|myself|i) and (?:my|mi|our) )\b(?:${KIN})(?:'s)?\b(?!\s+and\s+(?:i|me|myself)\b)` +
  String.raw`[^.?!]{0,40}?\b(?:runs?|owns?|has|have|tiene|(?:is|are) (?:having|running)|gets? one|'s got|has got|manages?|works (?:at|for)|` +
  String.raw`(?<=(?:${KIN})(?:'s| is) )at (?:an?|the|her|his) |` +
  // their job at some place: "my cousin coordinates trials at a clinic"
  String.raw`(?<=(?:${KIN}) )[a-z]+s (?:[a-z]+ ){0,2}at an?|` +
  String.raw`(?<=\b(?:she|he|${KIN}) )get|` +
  // Pidgin with the relative's town between: "my cousin for ibadan get pharmacy"
  String.raw`(?<=\b(?:${KIN}) (?:for|in|at) [a-z]+ )get|` +
  String.raw`(?:at|for) (?:her|his|their)|does (?:the |their |her |his )?(?:books|accounts|bookkeeping|admin|payroll) for)\b[^.?!]*$|` +
  String.raw`(?<!\b(?:behalf of|for|from) )\b(?:my|our|a|me)\b[^.?!]{0,20}?\b(?:${KIN})'s (?:(?:[\w-]+ ){0,2}(?:${PLACE})\b[^.?!]*|(?:[\w-]+ ){0,2})$|` +
  String.raw`\bmy (?:old|last|previous|former) (?:${FORMER_PLACE})\b[^.?!]*$|` +
  // the caller's past job: "i used to be at a bigger outfit in bradford", "before this i worked in an m n c"
  String.raw`\b(?:${FORMER_JOB})\b[^.?!]*$|` +
  String.raw`\bi(?:'m| am| was|'ve been)?\s+(?:[a-z]+\s+){0,2}?(?:pricing|quoting|costing|asking|enquiring|inquiring|scoping|evaluating)\b` +
  String.raw`[^.?!]{0,30}?\b(?:for|on behalf of) (?:one of )?(?:my|our|a) clients?\b` +
  String.raw`(?:,? not for us\b)?${NO_WE_TO_END}|\bfor (?:the|my|a) client,${NO_WE_TO_END}|` +
  String.raw`\bi(?:'m| am)?\s+(?:just\s+)?(?:dey\s+)?(?:asking|ask|enquiring|inquiring|pricing|checking)\s+(?:for|on behalf of)\s+(?:her|him)\b[^.?!]*$`);
/** The caller turning back to their own situation. */
const OURS_AGAIN = /\b(?:but|pero|this is for|for (?:my|our) own|my own|our own|whereas we|we're|we are|here|now)\b/;
/** Cheap gate: one of the relatives or friends, or the caller's old employer, is named at all. */
const KIN_WORD = WordScanner.of(new RegExp(String.raw`\b(?=\w)(?:${KIN}|my (?:old|last|previous|former) (?:${FORMER_PLACE})|` +
  String.raw`${FORMER_JOB}|` +
  String.raw`(?:my|our|a|the) clients?)\b`));

/** The caller mentions a relative or friend (gate for `aboutSomeoneElse`). */
export function mentionsSomeoneElse(lower: string): boolean {
  return KIN_WORD.test(lower);
}

/** The relative, friend or client pointed back to ("he's been at it thirty years", "so i can tell him", "they send ..."). */
const THIRD_PERSON = /\b(?:he|she|him|her|his|they|them|their)\b/;
/** The caller speaking of their own people or business ("we", "our", "my team", "i have four hygienists"). */
const CALLER_OWN = /\b(?:we|we're|we've|we'd|we'll|us|our|ours|my|mine|this is for|i(?:'ve| have)(?: got)?|i (?:run|own|manage|employ))\b/;
/** Where a sentence ends: ".", "?" or "!" before white space or the end. */
const SENTENCE_END = /[.?!](?=\s|$)/g;

/**
 * Offset `pos` of `lower` lies in a description of a relative's or friend's company (see the module doc). A later sentence
 * that points back to them ("he", "her") and says nothing of the caller's own ("we", "our") goes on describing it: "my
 * brother-in-law has a car dealership ... . he's still on paper, so what would it cost for twenty users, so i can tell him".
 * Only the last sentence of the 200 characters before `pos` is searched for the lead-in (400 when those 200 point back to
 * them and say nothing of the caller's own): no `SOMEONE_ELSE` match holds a sentence end (".", "?", "!") and every one
 * ends at `pos`, so it cannot start before that sentence.
 */
export function aboutSomeoneElse(lower: string, pos: number): boolean {
  const from = sentenceStart(lower, Math.max(0, pos - 200), pos);
  const seg = lower.slice(from, pos);
  const x = SOMEONE_ELSE.exec(seg);
  if (x !== null && !OURS_AGAIN.test(seg.slice(x.index))) return true;
  // A long sentence that goes on pointing back to them ("..., so what would it cost him for twenty users"): its start is searched too.
  if (x === null && from === pos - 200 && THIRD_PERSON.test(seg) && !CALLER_OWN.test(seg)) {
    const whole = lower.slice(sentenceStart(lower, Math.max(0, pos - 400), pos - 200), pos);
    const y = SOMEONE_ELSE.exec(whole);
    if (y !== null && !OURS_AGAIN.test(whole.slice(y.index))) return true;
  }
  let start = -1;
  let end = lower.length;
  SENTENCE_END.lastIndex = 0;
  for (let e = SENTENCE_END.exec(lower); e; e = SENTENCE_END.exec(lower)) {
    if (e.index < pos) start = e.index;
    else {
      end = e.index;
      break;
    }
  }
  if (start < 0) return false;
  const sentence = lower.slice(start + 1, end);
  return THIRD_PERSON.test(sentence) && !CALLER_OWN.test(sentence) && aboutSomeoneElse(lower, start);
}

/** Just past the last ".", "?" or "!" of `s` in [from, to), or `from` when there is none. */
function sentenceStart(s: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 63 || c === 33) return i + 1;
  }
  return from;
}
