/**
 * integration_needs and current_solution: product names (see ./lexicon.ts) with their stance.
 *
 * A mention is dropped when it is negated or left behind: "we don't need Salesforce", "we moved
 * off Salesforce", "we used to use Pipedrive", "we had Adobe Sign but cancelled it",
 * "Salesforce isn't something we need". For current_solution, products the caller only compared
 * or evaluated are dropped too ("cheaper than PandaDoc", "we demoed DocuSign"), while a tool they
 * are about to leave is still what they use now ("we're looking to replace DocuSign").
 * "our salesforce is 20 people" (the sales team) is not the CRM.
 * Negation reaches along a list ("we don't use Salesforce or HubSpot") but stops at a clause
 * boundary ("we don't need Salesforce, we just need Pipedrive"). A bare denial after it drops it too ("everyone
 * asks if we use DocuSign, we don't").
 */
import { PRODUCTS, type ProductAlias } from './lexicon';
import { NUM, type Utterance } from './utterance';
import { leadTexts, WORD_START, WordScanner } from './word-regexp';

/**
 * Why a mention does not count. `left` = left behind or leaving; `eval` = compared/evaluated only;
 * `echo` = the caller repeats what the agent said ("you mentioned HubSpot, ..."): not their own need,
 * and not a statement that they dropped it either. `theirs` = a relative's or friend's own tool ("my cousin's on dropbox sign"):
 * neither used nor dropped, and a complaint right after it is theirs. `prospect` = a tool the caller is only thinking of getting
 * ("thinking of getting Salesforce next year", "looking at Salesforce, might get it"): neither used nor dropped.
 */
export type Stance = 'positive' | 'negated' | 'left' | 'leaving' | 'eval' | 'echo' | 'prospect' | 'theirs';

export interface Mention {
  id: string;
  field: ProductAlias['field'];
  start: number;
  end: number;
  stance: Stance;
}

/** End index (exclusive) of the group opening at `i` (balanced parentheses, escapes skipped), or -1. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  for (let k = i; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k += 1;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/**
 * Same match, faster scan: an alias led by lookbehinds ("(?<=\\bon )teams") is rewritten to start with
 * its literal word and check the lookbehinds after it ("teams(?<=(?:\\bon )teams)"). An alternative that
 * starts with a lookbehind defeats the regexp engine's first-character quick check, so the combined
 * alternation was tried in full at every position (about 5x slower over the labelled sets).
 */
export function literalFirst(alias: string): string {
  const looks: string[] = [];
  let i = 0;
  while (alias.startsWith('(?<=', i) || alias.startsWith('(?<!', i)) {
    const e = groupEnd(alias, i);
    if (e < 0) return alias;
    looks.push(alias.slice(i, e));
    i = e;
  }
  const lit = /^[A-Za-z]+/.exec(alias.slice(i))?.[0];
  if (looks.length === 0 || !lit) return alias;
  const checks = looks.map((l) => `${l.slice(0, 4)}(?:${l.slice(4, -1)})${lit})`).join('');
  return `${lit}${checks}${alias.slice(i + lit.length)}`;
}

/** All aliases of one case-ness as one alternation: group k+1 matches product k. */
function combine(cased: boolean): { re: WordScanner; products: ProductAlias[]; capitalLed: boolean } {
  const products = PRODUCTS.filter((p) => ((cased ? p.cased : p.aliases) ?? []).length > 0);
  const src = products.map((p) => `(${((cased ? p.cased : p.aliases) ?? []).map(literalFirst).join('|')})`).join('|');
  if (!cased) return { re: new WordScanner(src), products, capitalLed: false };
  // The original text is scanned by the case-sensitive aliases only: no lead index for it, and a scan that
  // tries only capitals when every alias starts with one (the same matches: `\b(?=\w)` holds there too).
  const capitalLed = leadTexts(src, 1)?.every((l) => /^[A-Z]$/.test(l)) === true;
  return { re: new WordScanner(src, capitalLed ? String.raw`\b(?=[A-Z])` : WORD_START, false), products, capitalLed };
}
/** A capital letter: with none in the original text, no capital-led alias can match (most transcripts are lowercase). */
const CAPITAL = /[A-Z]/;
const LEAD_WORD = /^(?:in|on|into|to|via|through|use|using|with|from|our|my) /;
const LOWER_ALIASES = combine(false);
const CASED_ALIASES = combine(true);

/** Scope breakers: a negation before one of these does not reach past it. */
const BREAK = /[.?!;,:]|\b(?:but|now|then|so|because|though|although|however|whereas|while|just|only|instead|currently|still|these days|nowadays|and (?:we|i|they|it|now))\b/g;
const NEG = "(?:don't|do not|dont|doesn't|does not|doesnt|didn't|did not|never|no longer|not|aren't|isn't|wasn't|weren't|" +
  "won't|without|nor|neither|no|rather than|instead of|other than|except|besides|nah|(?:has |have |had )?(?:blocked|banned|forbidden|" +
  "prohibited|disallowed)|(?:not|aren't|isn't) (?:allowed|permitted) to use)";
const LEFT_PAST =
  "(?:(?:our|my|the) (?:old|previous|former|last) (?:tool|system|platform|provider|software|e-?sign(?:ing|ature)? tool) (?:was|were)|" +
    "moved (?:off|away from|from|out of)|switched (?:off|away from|from|out of)|migrated (?:off|away from|from|" +
    "out of)|transitioned (?:off|away from|from)|got rid of|ditched|dropped|dumped|cancel+ed|left|stopped using|" +
    "quit|replaced|phased out|retired|abandoned|gave up(?: on)?|outgrew|did have|did use|used to(?: use| be on| have| run|" +
    " be with)?|were on|was on|were using|was using|had been (?:on|using)|came (?:off|from)|(?<!'ve |have |we've |" +
    "i've |has )used(?! to)|had(?! to))";
const LEAVING =
  "(?:moving (?:off|away from|from|out of)|switching (?:off|away from|from|out of)|migrating (?:off|away from|" +
    "from|out of)|transitioning (?:off|away from|from)|getting (?:rid of|off)|replacing|replace|leaving|leave|" +
    "phasing out|sunsetting|dropping|ditching|cancel+ing|cancel|get off|get away from|move off|switch from|" +
    "switch off)";
const EVAL =
  "(?:tried|trialed|trialled|trialing|trialling|piloting|trying out|tested|demoed|demo'd|looked at|looking at|evaluated|evaluating|" +
    "considered|considering|compared|comparing|compare|versus|vs\\.?|than|like|similar to|different from|did try|" +
    "differ from|alternative to|competitor|compete with|heard (?:of|about)|quotes? (?:from|off)|pricing (?:from|off)|switch to|" +
    "switching to|move to|moving to|go with|going with|thinking about|thought (?:to|of|about))";
const tail = '(?:\\s+[^\\s]+){0,4}\\s*$';
/** A tool only being considered for purchase: "thinking of getting", "might buy" before it, "..., might get it" after it. */
const PROSPECT_BEFORE = new RegExp(
  String.raw`\b(?:thinking (?:of|about|to)|considering|looking at|looking into|planning (?:on|to)|plan to|might|may|hoping to|hope to)\s+` +
  String.raw`(?:getting|buying|purchasing|adopting|get|buy|purchase|adopt|bringing in|investing in|signing up for)\s+(?:a\s+)?$`,
);
const PROSPECT_AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?:and|but|so)\s+)?(?:we\s+)?(?:might|may|could|will probably|would probably|plan to|are planning to)\s+` +
  String.raw`(?:get|buy|purchase|adopt|go with|sign up for)\s+(?:it|that|them|one)\b`,
);
const NEG_RE = new RegExp(`\\b${NEG}${tail}`);
const LEFT_RE = new RegExp(`\\b${LEFT_PAST}${tail}`);
const LEAVING_RE = new RegExp(`\\b${LEAVING}${tail}`);
const EVAL_RE = new RegExp(`\\b${EVAL}${tail}`);
/** The tool named as a trial, demo or pilot: "we did a panda doc trial last year", "the docusign demo". */
const TRIAL_AFTER = /^\s*(?:free\s+)?(?:trial|demo|pilot)s?\b/;
/** The first of a list of tools under evaluation: "i am evaluating three tools, docu sign, adobe sign and yours". */
const EVAL_LIST_BEFORE = /\b(?:evaluating|comparing|looking at|considering|testing|trialling|trialing) (?:\w+ )?(?:tools|options|vendors|products|platforms|solutions)\s*[,:]\s*$/;
/** After a cue, these words mean the product is still wanted ("doesn't sync with Salesforce", "switched to HubSpot", "quotes don't match what's in HubSpot"). */
const REVIVE = /\b(?:to|into|onto|for|with|integrate|integrates|sync|syncs|connect|connects|talk|plug|push|pull|sure|certain|match|matches|agree|agrees)\b/;
const POST =
  new RegExp(
    String.raw`^[\s,]*(?:(?:is|are|was|'s) (?:a )?(?:no[- ]?go|non-?starter|out of the question|off the table|` +
    String.raw`not (?:an )?option|not allowed|banned|blocked)|(?:but|and) (?:that's|that is|it's|that was|that got) (?:off|shelved|` +
    String.raw`scrapped|cancel+ed|not happening|on hold|dead)\b|(?:isn't|aren't|wasn't) (?:an? )?(?:option|allowed)|(?:is|are|` +
    String.raw`was)n't something we (?:need|use|want)|(?:is|are)n't (?:needed|necessary|required|a (?:need|must|requirement|` +
    String.raw`priority))|(?:is|are) not (?:needed|necessary|required)|(?:is|was|are) (?:gone|out|history)|(?:we )?(?:don't|` +
    String.raw`do not|no longer) (?:need|use|want)|(?:but\s+)?(?:we\s+)?(?:don't|do not)\s+have\s+(?:that|it|this|those|them)\b|` +
    // a self-correction right after it: "finance is on zoho, no wait, they moved to quick books", "zoho, sorry, not zoho"
    String.raw`(?:no,? wait|wait,? no|(?:no|naw|nah),? sorry|sorry,? no|sorry,? not|scratch that)\b|` +
    // dropped, said after it: "the old tool, panda doc, we dropped it, way too expensive"
    String.raw`(?:we (?:had|used|were on)(?: it)?,?\s*)?we (?:then )?(?:dropped|ditched|cancel+ed|got rid of|stopped using|quit) (?:it|that|them)\b|` +
    String.raw`(?:up )?until\b|till\b|for a (?:while|bit|year|few(?! of\b))|(?:in the past|previously|back then|years ago|` +
    String.raw`last year and)\b|(?:(?:last year|before) )?(?:and|but) (?:we )?(?:then )?(?:dropped|ditched|cancel+ed|stopped|` +
    String.raw`left|quit|got rid of|switched|moved off|never|didn't|did not|no take)|(?:and|but) (?:we |i |everyone |everybody |` +
    String.raw`the team )?(?:hated|disliked|couldn't stand|gave up on) it|(?:and|but) it (?:didn't|did not|never) work)`,
  );
/**
 * A bare denial right after the product: "everyone asks if we use DocuSign, we don't, never have", "are we on docu sign,
 * no, we're not", "we use athena, no sorry, it's not athena", "docusign, everyone asks, no, we don't use it" (never used,
 * so nothing left behind).
 */
const DENIED_AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?:everybody|everyone|people|they all) (?:asks?|says?),\s*)?(?:no,? sorry,? (?:it's|it is) not\b|(?:(?:no|nope|nah)` +
  String.raw`[\s,]+)?(?:(?:we |i )?(?:don't|do not|never have|never did)(?: (?:use|have) (?:it|that))?|we're not|we are not|we aren't|` +
  String.raw`i'm not|i am not)(?=\s*(?:[,.;!?]|$))|` +
  // the same answer run on unpunctuated into what is used instead: "are we on docu sign no we're not it's all pdfs by email"
  String.raw`(?:no|nope|nah) (?:we're not|we are not|we aren't|we don't|we do not|i'm not|i am not)` +
  String.raw`(?= (?:it's|it is|we|we're|we've|everything|everything's|it|all|just|only)\b))`,
);
/** "Salesforce? No, we don't need that." */
const ECHO_NO = /^\s*\?\s*(?:no|nope|nah|not really|never)\b/;
/** A self-correction after the tool and its job: "we're on quick books for the books, no wait, we moved to netsuite". */
const CORRECTED_AFTER = /^ for (?:the |our )?[a-z]+(?: [a-z]+)?,\s*(?:no,? wait|wait,? no|(?:no|naw|nah),? sorry|sorry,? no|sorry,? not|scratch that)\b/;
/** "dropbox sign it is now, but we let it lapse in june": the subscription ended. */
const LAPSED_AFTER = /^[^.?!;]{0,40}\b(?:let (?:it|that|them|the (?:subscription|licen[cs]e|plan)) (?:lapse|expire|run out|go)|cancel+ed (?:it|that|them))\b/;
const POST_LEAVING = new RegExp(
  String.raw`^[^.?!;]{0,30}\bbut\b[^.?!;]{0,20}\b(?:thinking (?:about|of)|considering|planning (?:on|to)|looking (?:at|` +
  String.raw`into|to)|want(?:ing)? to|trying to|about to)\s+(?:leaving|leave|dropping|drop|replacing|replace|ditching|` +
  String.raw`ditch|moving off|move off|switching|switch|getting rid of|get rid of|cancel+ing|cancel)\b`,
);
const SALES_TEAM_BEFORE = /\b(?:our|my|the|their|whole|entire|outside|field|inside|direct|national|global|regional)\s+(?:whole\s+|entire\s+)?$/;
const INTEGRATION_BEFORE = /\b(?:with|into|to|from|in|sync|integrate|connect|push|pull|plug|use|using|on|through|via|and|or)\s+(?:our|my|the|their)\s+$/;
const TEAM_AFTER = new RegExp(
  String.raw`^\s+(?:is|'s|are|was|has)\s+(?:about|around|like|roughly|only|just|maybe|small|big|large|tiny|growing|remote|` +
  String.raw`mostly|all|on the road|spread|${NUM}|\d|(?:a )?(?:few|couple|dozen|handful))|^\s+of\s`,
);
/** "integrate with sales force", "sync to sales force": the CRM however it is spelled. */
const INTEGRATE_VERB_BEFORE = new RegExp(
  String.raw`\b(?:integrat\w*|sync\w*|connect\w*|plug\w*|hook\w*|talk\w*|work\w*|push\w*|pull\w*|export\w*|import\w*|` +
  String.raw`compatible)\s+(?:in\s+)?(?:with|to|into|from)\s+$|\b(?:we use|we're on|we are on|we're using|we run|` +
  String.raw`we live in|we're in|a|the) sales force (?=crm)`,
);
const CRM_AFTER = new RegExp(
  String.raw`^\s+(?:instance|account|org|crm|integration|data|records?|sync|login|licen[cs]es?|admin|setup|dashboards?|` +
  String.raw`reports?|objects?|fields?|pipeline|opportunit\w*|contacts?|leads?|for (?:the |our |a )?(?:crm|pipeline|leads|` +
  String.raw`contacts))\b`,
);
/** "we use sales force", "thinking of getting sales force": a tool verb with no determiner names the CRM (the team is "our sales force"). */
const TOOL_VERB_BEFORE =
  new RegExp(
    String.raw`\b(?:use|uses|using|used|run|runs|running|live in|lives in|license|licensed|pay for|paying for|log into|logged into|` +
    String.raw`(?:thinking (?:of|about|to)|planning (?:on|to)|might|may|considering) (?:getting|buying|get|buy|adopting)|looking at|considering|evaluating)\s+$`,
  );

function scopeStart(lower: string, pos: number): number {
  let start = 0;
  BREAK.lastIndex = 0;
  for (let x = BREAK.exec(lower); x && x.index < pos; x = BREAK.exec(lower)) start = x.index + x[0].length;
  return start;
}

/** The caller quotes the agent back: "you mentioned HubSpot", "you said DocuSign?", "like you said, Slack". */
/** Someone who works for the vendor: "a fella from docu sign rang us" names the vendor, not a tool in use. */
const FROM_VENDOR = /\b(?:someone|somebody|a (?:guy|fella|bloke|man|woman|lady|girl|rep|salesperson|sales rep|sales guy)|their (?:rep|salesperson|sales rep|account manager))\s+from\s+$/;
/** A tool someone uses at another company: "my boss uses docu sign for his other company". */
const OTHER_COMPANY_AFTER = /^\s+(?:for|at|in|with) (?:him|his|her|their|the) other (?:company|business|firm|shop|office|job)\b/;
/**
 * Another team's (or the client's) own tool, said to be theirs: "the engineers use jira but that's their world", "the client
 * uses sales force but that's the client's" (not "marketing uses hubspot").
 */
const OTHER_TEAM_BEFORE = new RegExp(
  String.raw`\bthe (?:engineers|developers|devs|dev team|engineering team|it team|it guys|marketing team|marketing|warehouse|` +
  String.raw`factory|designers|client|clients|customer|customers) (?:use|uses|are on|live in|work in|have)\s+$`,
);
/**
 * What other people take the caller to use, or one of several other parties' tools: "not salesforce, people always think
 * salesforce", "the brands use different things, one uses docu sign".
 */
/** A tool someone else put forward: "someone suggested panda doc", "a friend mentioned adobe sign" (neither in use nor wanted). */
const SUGGESTED_BEFORE = new RegExp(
  String.raw`\b(?:someone|somebody|people|a friend|friends|a colleague|my \w+) (?:has |have |once |also )?(?:suggested|mentioned|recommended|` +
  // the advice said as speech: "my cousin is saying get zoho sign", "my accountant keeps telling us to try xero"
  String.raw`told (?:us|me) to (?:use|try|get)|(?:is |are |was |keeps |kept )?(?:saying|telling (?:us|me))(?: to| we should)? (?:use|try|get|go with))\s+$`,
);
/** Someone in another part of the body put it forward: "someone in i t mentioned docu sign", "a guy from finance suggested zoho sign". */
const SUGGESTED_FROM_BEFORE = new RegExp(
  String.raw`\b(?:someone|somebody|people|a colleague|a guy|a lady|one of the \w+) (?:in|from|at|over in|down in|up in) (?:the )?(?:[a-z]+ ){1,3}?` +
  String.raw`(?:has |have |once |also )?(?:suggested|mentioned|recommended)\s+$`,
);
/** The suggestion taken up: "my accountant recommended xero and we've used it since". */
const ADOPTED_AFTER = /^[^.?!]{0,30}\b(?:and|so) (?:we|i)(?:'ve| have)? (?:now |then )?(?:use|used|got|went with|signed up|bought|switched)\b/;
/**
 * The product lines a reseller or dealer sells, named with its trade: "we are a licence reseller, microsoft and adobe mostly"
 * (not "a reseller, and we use docu sign for the contracts").
 */
const RESOLD_BEFORE = /\b(?:resell(?:er|ers|ing)?|distributors?|dealers?)\b(?:(?!\b(?:use|uses|using|on|run|runs)\b)[^.?!;]){0,50}$/;
const OTHERS_THINK_BEFORE =
  /\b(?:people|everyone|everybody|folks)\s+(?:always\s+|usually\s+|all\s+)?(?:think|thinks|assume|assumes)\s+(?:we'd be (?:on|using)\s+|we(?:'re| are) (?:on|using)\s+)?$/;
/** Someone else on the tool, and the caller has none: "my brother's on docu sign, loves it, but we've nothing like that". */
const THIRD_PARTY_BEFORE = /\b(?:he's|she's|he is|she is) (?:on|using)\s+$|\bmy (?:mate|buddy|friend|pal|cousin|brother|sister)\b[^.?!,]{0,40}\b(?:uses|is on|'s on)\s+$/;
const NOT_OURS_AFTER = new RegExp(String.raw`^[^.?!]{0,60}\bbut we(?:'ve| have)?(?: got)? (?:nothin\w*|nothing) like (?:that|it)\b|` +
  String.raw`^[^.?!]{0,60}\bbut we don't have (?:it|that|one)\b|^[^.?!]{0,60}\bbut we(?:'re| are) on (?:nowt|nothing|nothin)\b|` +
  String.raw`^[^.?!]{0,60}\bbut we no (?:get|use|dey use) (?:am|it)\b|^[^.?!]{0,60}\bbut we(?:'re| are) not (?:on|using) (?:it|that|them)\b`);
/**
 * Another body on the tool, its subject alone before it, and the caller's side not: "the diocese is on share point but we're
 * not", "head office in delhi is using adobe sign but we are not having access" (not "the office is on docusign but we're not
 * happy", nor the caller's own team: "the team is on hub spot but i'm not").
 */
const OTHER_BODY_ON_BEFORE =
  /^\s*(?:(?:the|our|their|his|her) )?(?!(?:we|i|everything|everyone|everybody|all|it|you|team|staff|rest|others|guys|lads|girls)\b)[a-z']+(?: [a-z']+){0,3}? (?:is|are) (?:on|using|in)\s+$/;
const WE_ARE_NOT_ON_AFTER = new RegExp(
  String.raw`^[^.?!]{0,40}\bbut (?:we|i)(?:'re| are|'m| am) not(?=\s*(?:[,.;!?]|$)| (?:connected|linked|on (?:it|that|there)|having access|` +
  String.raw`using (?:it|that|them)|having (?:it|that|them|one)|part of (?:it|that))\b)`,
);
/**
 * A relative's or friend's own tool, said with them as the subject and no word of the caller's own in between: "my cousin does
 * weddings and she's on dropbox sign", "my friend for kumasi dey use jotform", "my uncle is asking about docu sign", "a mate of mine reckons panda doc".
 */
const KIN_TOOL_BEFORE = new RegExp(
  String.raw`\b(?:(?:a|one) (?:friend|mate|pal|buddy|cousin) of (?:mine|ours)|` +
  String.raw`my (?:friend|mate|pal|buddy|cousin|brother|sister|uncle|aunt|auntie|aunty|dad|father|mum|mom|mother|son|daughter|nephew|niece|` +
  String.raw`neighbou?r|wife|husband|hubby|missus|girlfriend|boyfriend|fianc[ée]e?|(?:[a-z]+ )?in[- ]law))\b(?:(?!\b(?:we|we're|we've|our|us|i|i'm|me)\b)[^.?!]){0,90}\b(?:he's|she's|he is|she is|` +
  String.raw`uses|is using|is on|'s on|dey use|swears by|(?:is )?asking about|asked about|reckons|recommends|recommended)\s+$`,
);
/** The relative's tool taken up by the caller: "my son is on xero and set it up for us". */
const FOR_US_AFTER = new RegExp(String.raw`^[^.?!]{0,40}\b(?:(?:set|got|sorted) (?:it|us|me|that) (?:up |out )?for (?:us|me)\b|` +
  String.raw`(?:and|so) (?:we|i)(?:'ve| have)? (?:now |then )?(?:use|used|got|went with|signed up|bought|switched|are on|'re on))`);
/** The caller disowning the tool just named: "dem dey use docu sign, no be us", "for his clinic only, not for us". */
const NOT_US_AFTER = /^[^.?!]{0,40}?,?\s*\b(?:not (?:for )?(?:us|ours)|no be (?:for )?(?:us|our own))\b/;
/** The caller's own denial opening the next sentence: "he's on docu sign i think. we're not". */
const WE_ARE_NOT_NEXT = /^[^.?!]{0,20}[.?!;]\s*(?:but |and )?(?:we're|we are|we) (?:not|aren't)\b/;
/**
 * Another party's tool, the caller's own denied at the sentence end: "their own docu sign envelopes, but we don't have it
 * ourselves" (not when another tool is named in between: "bookings are on a google sheet, he said use docu sign but we don't have that").
 */
const NOT_OURS_END =
  new RegExp(String.raw`^(?:(?!\b(?:use|uses|using|get|try)\s+(?!it\b|that\b|them\b|one\b))[^.?!]){0,60}\bbut (?:we|i)(?: ourselves,?(?: we)?)? ` +
    String.raw`(?:don't|do not) have (?:it|that|one)(?: ourselves| yet| here)?\s*$`);
/** The same denial said bare or with "use": "the diocese uses share point and told us to use it too but we don't" (read after negation and leaving). */
const BARE_NOT_OURS_END =
  new RegExp(String.raw`^(?:(?!\b(?:use|uses|using|get|try)\s+(?!it\b|that\b|them\b|one\b))[^.?!]){0,60}\bbut (?:we|i) (?:don't|do not)` +
    String.raw`(?: use (?:it|that|one|them))?(?: ourselves| yet| here)?\s*$`);
/**
 * A tool used at the head office that the caller's own branch cannot use: "we are using adobe sign in head office but our
 * branch cannot use it" (the caller's word "we" is the whole body).
 */
const HEAD_OFFICE_ONLY_AFTER = new RegExp(
  String.raw`^\s+(?:in|at|for|by) (?:the |our )?(?:head ?office|h ?q|headquarters|main office|central office|corporate office|group office)\b` +
  String.raw`[^.?!]{0,30}\bbut (?:we|i|our (?:\w+ )?(?:side|office|team|branch|unit|section)|the \w+ (?:side|office|team|branch)|here we)(?: still)?` +
  String.raw` (?:can't|cannot|can not|don't|do not|doesn't|does not|aren't|are not|have no access|has no access)\b`,
);
/** Another office's tool the caller's side cannot use: "they use docu sign at the h q in germany, but the china side can't". */
const THEY_USE_BEFORE = /\bthey(?: use| are on|'re on| are using|'re using)\s+$/;
const BUT_WE_CANNOT_AFTER =
  /^[^.?!]{0,50}\bbut (?:we|i|our side|the \w+ (?:side|office|team|branch)|here we)(?: still)?(?: (?:can't|cannot|can not|don't|do not|aren't|are not)|'re (?:not|nowhere))\b/;
const ONE_OF_THEM_BEFORE = /(?<!\bno )\b(?:one|another|the other one) (?:uses|is on|has)\s+$/;
/** Other parties named just before, with no word of the caller's own after them ("the brands use different things, "). */
const OTHER_PARTIES_BEFORE = /\b(?:they|the \w+s)\b(?![^.?!]*\b(?:we|our|us|i)\b)[^.?!]{0,80}$/;
const THEIRS_AFTER = /^[^.?!]{0,25}\b(?:that's|it's|that is|it is) (?:their|all their|not our|nothing to do with us|theirs|the (?:client|customer)'s)\b/;
/** Someone moving people onto a tool later: "the brokerage is switching everybody to sky slope". */
const MOVING_PEOPLE_TO = new RegExp(
  String.raw`\b(?:switch|switching|mov(?:e|ing)|migrat(?:e|ing)|put(?:ting)?) (?:everybody|everyone|us all|us|all of us|` +
  String.raw`the (?:whole )?(?:team|office|company|firm)) (?:over )?(?:to|onto)\s+$`,
);
const ECHO_BEFORE = new RegExp(
  String.raw`\b(?:you|your (?:colleague|agent|bot|assistant)|the (?:agent|bot|assistant))\s+(?:just\s+)?(?:mentioned|said|` +
  String.raw`asked(?: about| if| whether)?|brought up|talked about|were saying|suggested|listed)\s+(?:\S+\s+){0,2}$`,
);

/** The vendor named as the one that priced it: "adobe sign quoted us last year for a fortune" (priced, not bought). */
const QUOTED_AFTER = /^\s+(?:quoted|gave (?:us|me) a (?:quote|price)|sent (?:us|me) a (?:quote|price))\b(?! (?:us |me )?(?:for |a )?(?:the |our )?renewal)/;
/** A former job's tool: "earlier i was working in a bank, there they are using docu sign", "at my old job we had pandadoc". */
const FORMER_JOB_BEFORE = new RegExp(
  String.raw`\b(?:(?:earlier|before|previously|formerly) i (?:was working|worked|was)|i used to work|(?:at|in) my (?:old|last|previous|` +
  String.raw`former) (?:job|work|place|company|firm|employer|office)|my (?:old|last|previous|former) (?:job|work|company|employer|firm))\b` +
  String.raw`(?:(?!\b(?:now|here|today|currently|presently)\b)[^.?!]){0,70}$`,
);

/** Pidgin's uninflected past, the tool right after it: "we drop panda doc for march" (not "we drop the forms in dropbox"). */
const DROP_BEFORE = /\b(?:we|i|dem) (?:don )?drop\s+$/;

const SWITCH_FROM = /\b(switch(?:ed|ing)?|mov(?:ed|ing|e)|migrat(?:ed|ing|e)|came|coming|transition(?:ed|ing)?|chang(?:ed|ing|e))(?: over)? to\s+\S+(?:\s+\S+)?\s+from\s+$/;

/** The cue `re` ends the scope before a mention, and nothing after the cue wants the product again ("doesn't sync with Salesforce"). */
function cueHolds(re: RegExp, window: string): boolean {
  const x = re.exec(window);
  return x !== null && !REVIVE.test(x[0].replace(CUE_HEAD, ''));
}
const CUE_HEAD = /^\S+\s*(?:off|from|of|up on|with|to)?/;

/** "I don't need this connected to Teams": the link itself is not wanted (unlike "it doesn't sync with Salesforce", a missing link they want). */
const NO_NEED_LINK = new RegExp(
  String.raw`\b(?:don't|do not|doesn't|does not|won't|will not|never) (?:really )?(?:need|want|care (?:about|if)) (?:it|` +
  String.raw`this|that|them|you|anything|the \w+)? ?(?:to )?(?:be )?(?:connected|integrated|synced|hooked up|linked|` +
  String.raw`plugged|connect|integrate|sync|talk|hook up)\s+(?:in\s+)?(?:to|into|with)\s+$`,
);

/** The caller declines the link to this mention itself ("I don't need this connected to Teams"): outweighs a plain use of the product elsewhere in the utterance. */
export function linkDeclined(u: Utterance, mt: Mention): boolean {
  return NO_NEED_LINK.test(u.lower.slice(scopeStart(u.lower, mt.start), mt.start));
}

function stanceOf(u: Utterance, mt: Mention): Stance {
  const start = scopeStart(u.lower, mt.start);
  const window = u.lower.slice(start, mt.start);
  if (ECHO_BEFORE.test(window) || FROM_VENDOR.test(u.lower.slice(Math.max(0, mt.start - 40), mt.start))) return 'echo';
  const sentenceEnd = u.lower.slice(mt.end).search(/[.?!;]/);
  const after = u.lower.slice(mt.end, sentenceEnd < 0 ? undefined : mt.end + sentenceEnd);
  if (OTHERS_THINK_BEFORE.test(window) || ((SUGGESTED_BEFORE.test(window) || SUGGESTED_FROM_BEFORE.test(window)) && !ADOPTED_AFTER.test(after))) return 'echo';
  if (HEAD_OFFICE_ONLY_AFTER.test(after)) return 'echo';
  if (ONE_OF_THEM_BEFORE.test(window) && OTHER_PARTIES_BEFORE.test(u.lower.slice(Math.max(0, mt.start - 100), mt.start))) return 'echo';
  if (KIN_TOOL_BEFORE.test(u.lower.slice(Math.max(0, mt.start - 150), mt.start)) && !FOR_US_AFTER.test(after)) return 'theirs';
  if (NOT_US_AFTER.test(after)) return 'theirs';
  if (FORMER_JOB_BEFORE.test(u.lower.slice(Math.max(0, mt.start - 110), mt.start))) return 'theirs';
  // another party on it ("she's on", "the diocese is on"), the caller's side not
  if ((THIRD_PARTY_BEFORE.test(window) || OTHER_BODY_ON_BEFORE.test(window)) &&
    (NOT_OURS_AFTER.test(after) || WE_ARE_NOT_ON_AFTER.test(after) || WE_ARE_NOT_NEXT.test(u.lower.slice(mt.end, mt.end + 60)))) return 'echo';
  if (NOT_OURS_END.test(after) || RESOLD_BEFORE.test(u.lower.slice(Math.max(0, mt.start - 70), mt.start))) return 'echo';
  if (THEY_USE_BEFORE.test(u.lower.slice(Math.max(0, mt.start - 20), mt.start)) && BUT_WE_CANNOT_AFTER.test(after)) return 'echo';
  if (OTHER_COMPANY_AFTER.test(after) || (OTHER_TEAM_BEFORE.test(u.lower.slice(Math.max(0, mt.start - 50), mt.start)) && THEIRS_AFTER.test(after))) return 'echo';
  if (cueHolds(NEG_RE, window) || NO_NEED_LINK.test(window)) return 'negated';
  // "we switched to Pipedrive from Zoho": the product after "from" is the one left (or being left).
  const from = SWITCH_FROM.exec(window);
  if (from) return /ing$/.test(from[1]) ? 'leaving' : 'left';
  if (cueHolds(LEFT_RE, window) || DROP_BEFORE.test(window)) return 'left';
  if (BARE_NOT_OURS_END.test(after)) return 'echo';
  if (DENIED_AFTER.test(after)) return 'negated';
  if (POST.test(after) || ECHO_NO.test(u.lower.slice(mt.end, mt.end + 40))) return 'left';
  if (LAPSED_AFTER.test(after)) return 'left';
  if (CORRECTED_AFTER.test(after)) return 'left';
  if (POST_LEAVING.test(after)) return 'leaving';
  if (cueHolds(LEAVING_RE, window)) return 'leaving';
  if (PROSPECT_BEFORE.test(window) || PROSPECT_AFTER.test(after)) return 'prospect';
  if (cueHolds(EVAL_RE, window) || MOVING_PEOPLE_TO.test(window) || TRIAL_AFTER.test(after) || QUOTED_AFTER.test(after)) return 'eval';
  if (EVAL_LIST_BEFORE.test(u.lower.slice(Math.max(0, mt.start - 50), mt.start))) return 'eval';
  return 'positive';
}

/** The sales team doing its work: "our sales force does the orders", "the sales force goes out". */
const SALES_TEAM_DOES = /^\s+(?:does|do|did|goes|go|went|drives?|visits?|sells?|takes?|writes?|books?)\b/;
/** True when "salesforce"/"sales force" here means the sales team, not the CRM. */
function isSalesTeam(u: Utterance, start: number, end: number): boolean {
  const before = u.lower.slice(Math.max(0, start - 30), start);
  const after = u.lower.slice(end, end + 40);
  // "and our sales force does the orders in myob": the two-word team doing a job
  if (/\b(?:our|the|their) sales force$/.test(u.lower.slice(Math.max(0, start - 6), end)) && SALES_TEAM_DOES.test(after)) return true;
  if (INTEGRATION_BEFORE.test(before) || CRM_AFTER.test(after) || TOOL_VERB_BEFORE.test(before)) return false;
  if (INTEGRATE_VERB_BEFORE.test(before) || /\b(?:into|with|to|from|in|on|via|through)\s+$/.test(before)) return false;
  // a reply that opens with a list of tools names the CRM: "sales force and, uh, outlook"; so does one saying it is the CRM:
  // "sales force, that's our crm"
  if (u.lower.slice(0, start).trim() === '' && /^\s*,?\s*(?:and|or\b|(?:that's|that is|it's|which is) (?:our|the|my) crm\b)/.test(after)) return false;
  if (u.lower.slice(start, end).includes(' ')) return true; // "sales force": two words is the team
  if (!SALES_TEAM_BEFORE.test(before)) return false;
  if (u.cased.slice(start, end) === u.lower.slice(start, end)) return true; // "our salesforce", lowercase
  return TEAM_AFTER.test(after);
}

/** Product mentions with stance, in text order; overlapping aliases keep the longest. */
export function findMentions(u: Utterance): Mention[] {
  const found: Mention[] = [];
  for (const { re, products, capitalLed } of [LOWER_ALIASES, CASED_ALIASES]) {
    const hay = re === CASED_ALIASES.re ? u.cased : u.lower;
    if (capitalLed && !CAPITAL.test(hay)) continue;
    re.lastIndex = 0;
    for (let x = re.exec(hay); x; x = re.exec(hay)) {
      const end = x.index + x[0].length;
      if (u.lower.slice(x.index, end).trim() === '') continue; // inside a blanked e-mail address
      let k = 1;
      while (x[k] === undefined) k += 1;
      const p = products[k - 1];
      // An alias that includes a leading preposition ("in slack") quotes only the product.
      let st = x.index;
      const lead = LEAD_WORD.exec(x[0].toLowerCase());
      if (lead && p.id !== 'microsoft_word') st += lead[0].length;
      found.push({ id: p.id, field: p.field, start: st, end, stance: 'positive' });
    }
  }
  found.sort((p, q) => p.start - q.start || q.end - q.start - (p.end - p.start));
  const kept: Mention[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    if (f.id === 'salesforce' && isSalesTeam(u, f.start, f.end)) continue;
    kept.push(f);
  }
  for (const k of kept) k.stance = stanceOf(u, k);
  // Negation and leaving reach along a list: "we don't use Salesforce or HubSpot".
  for (let i = 1; i < kept.length; i++) {
    const prev = kept[i - 1];
    const cur = kept[i];
    const reaches = prev.stance !== 'positive' && prev.stance !== 'echo' && prev.stance !== 'prospect' && prev.stance !== 'theirs';
    if (reaches && cur.stance === 'positive' && /^\s*(?:,\s*)?(?:or|and|nor|,)?\s*(?:even\s+)?$/.test(u.lower.slice(prev.end, cur.start))) {
      cur.stance = prev.stance;
    }
  }
  return kept;
}

/** Does this mention count for its field? Integrations drop anything left or leaving; current tools drop evaluated ones. */
export function counts(m: Mention): boolean {
  if (m.field === 'integration_needs') return m.stance === 'positive' || m.stance === 'eval';
  return m.stance === 'positive' || m.stance === 'leaving';
}
