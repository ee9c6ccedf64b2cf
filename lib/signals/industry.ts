/**
 * industry: the caller's own industry as a canonical id (see INDUSTRY_CUES in ./lexicon.ts).
 * Self-description ("we're a law firm", "I run three restaurants", "I work at a credit union")
 * outweighs the industries of the caller's clients ("tools for real estate agents", "placing nurses
 * in hospitals"). Weak cues (restaurant, hotel, school, bank...) need self-description.
 */
import { INDUSTRY_CUES } from './lexicon';
import { aboutOthers, type Utterance } from './utterance';
import { WordScanner, wordAlternation } from './word-regexp';

export interface IndustryHit {
  value: string;
  start: number;
  end: number;
  score: number;
  confidence: number;
}

/** All cues as one alternation (group k+1 = cue k); at a position the earlier, more specific cue wins. */
const COMBINED = new WordScanner(INDUSTRY_CUES.map((c) => `(${c.re})`).join('|'));
const UNLESS = INDUSTRY_CUES.map((c) => (c.unless === undefined ? null : wordAlternation(c.unless)));
const SELF =
  new RegExp(
    String.raw`\b(?:we're|we are|were|i'm|i am|im|we be|we run|i run|we own|i own|we operate|we manage|i manage|i work (?:at|for|in)|we work in|` +
    String.raw`i'm (?:with|at|from)|(?:calling|ringing|phoning) from|our (?:company|firm|business|shop|practice|agency|` +
    String.raw`office|team) (?:is|does)|we do|we're in|we are in|we install|we build|we make|we sell|as an?)\b[^.?!;]{0,40}$|` +
    // a second description after the first: "we're a social enterprise in perth, a registered charity as well"
    String.raw`\b(?:we're|we are)\s+(?:[a-z-]+\s+){1,5}[a-z-]+,\s+(?:a|an)\s+(?:[a-z-]+\s+)?$`,
  );
/** Tight self-description for weak cues: "we run three restaurants", "I'm with the city of". */
const SELF_TIGHT =
  new RegExp(
    // pidgin "we be event planners": the caller's own trade
    // "we are running a computer coaching school": the caller's own place, said with the running verb
    String.raw`\b(?:we're|we are|i'm|i am|im|we be|i be|we run|i run|(?:we're|we are|i'm|i am) running|we own|i own|we operate|we manage|i manage|i work (?:at|for)|` +
    String.raw`i'm (?:with|at|from)|we're (?:with|at)|(?:calling|ringing|phoning) from|as|this is for|(?:i've|we've|i have|` +
    String.raw`we have)(?: got)?(?=\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|` +
    String.raw`\d+)\s))\s+(?:(?:a|an|the|our|my|two|three|four|five|several|a few|a couple of|a chain of|a small|a little|` +
    String.raw`a local|a family[- ]owned)\s+)?(?:[a-z-]+\s+){0,3}$|` +
    // the caller's role or section at the place: "i'm the administrator at a baptist church", "i'm in the licensing section at the council",
    // "we're the head office for a cafe franchise"
    String.raw`\b(?:i'm|i am|im|i work as|we're|we are)\s+(?:in\s+)?(?:the|a|an)\s+(?:[a-z-]+\s+){1,2}(?:at|for|with|in)\s+(?:a|an|the|our)\s+(?:[a-z-]+\s+){0,2}$|` +
    // the caller's desk, unit or team at the place: "i work on the payments desk at a bank", "i am working in the cards unit of a bank"
    String.raw`\b(?:i'm|i am|im|we're|we are|i|we)\s+(?:(?:work|working|sit|sitting|based)\s+)?(?:in|on|with|at)\s+(?:the|a|an|our)\s+(?:[a-z-]+\s+){0,2}` +
    String.raw`(?:desk|unit|team|department|dept|section|division|side|office|branch|wing|ward)\s+(?:at|for|with|in|of)\s+(?:a|an|the|our)\s+(?:[a-z-]+\s+){0,2}$|` +
    // the office work the caller does at one place: "i do the admin for a church", "i handle the bookings at the hotel"
    String.raw`\bi(?:'m| am|m)? (?:do|doing|handle|handling|look after|looking after) (?:the |all the )?(?:admin|office|bookings) (?:for|at) ` +
    String.raw`(?:a|an|the|our)\s+(?:[a-z-]+\s+){0,2}$|` +
    // pidgin "i dey work with a bank": the caller's employer
    String.raw`\bi dey work (?:at|for|in|with)\s+(?:a|an|one|the)\s+(?:[a-z-]+\s+){0,3}$|` +
    // pidgin "we get small hotel" (we have): the caller's own place, its size said first
    String.raw`\b(?:we|i) get (?:one |a )?(?:small|little|big|one)\s+(?:[a-z-]+\s+)?$`,
  );
const SELF_LOOSE = /\b(?:we|our|we're|i'm|i|us)\b/;
/** The caller's staff spread over the places: "we've about 40 staff across the two hotels". */
const STAFF_ACROSS = /\b(?:(?:staff|people|employees|of us)\s+(?:across|at|in|between|over)\s+(?:the|our|both|all)|across (?:all )?our)\s+(?:[a-z-]+\s+){0,2}$/;
const CLIENT = new RegExp(
  String.raw`\b(?:(?:sell|sells|selling|market|license|provide)\s+(?:[a-z-]+\s+){0,3}to|` +
  String.raw`(?:invoices?|invoicing|statements?|billing) to|(?:we|i|they) (?:supply|supplies)|supplying|(?:clients?|customers?)(?: (?:is|` +
  String.raw`are))?(?: (?:a|an|mostly|mainly|all|usually))?|(?<!(?:it's|it is|this is|it'd be|it would be|this would be|` +
  String.raw`work|works|working|office|department|dept|manager|administrator|admin|secretary|bookkeeper|director|clerk|hr|` +
  String.raw`purchasing|procurement|payroll|finance|operations|dispatch|lead|coordinator|supervisor|billing|grants|admissions|bookings|registrations|reservations|relations|side|desk|unit|` +
  // "for us na the trade finance unit": the caller's own side
  // a post held inside the place: "i'm the bursar for a private school"
  String.raw`bursar|registrar|headteacher|headmaster|headmistress|enrollment) )for(?! (?:our|my) | us(?:,| (?:na|it's|it is|here|now|at|in)\b))|` +
  String.raw`serve|serving|serves|sell(?:ing)? to|clients (?:are|in)|customers (?:are|in)|` +
  // pidgin "i dey work with a bank" names the caller's employer; "i dey work with hospitals" names clients
  String.raw`clients? (?:are )?(?:mostly |mainly )?in|(?<!\bi dey )work with|i dey work with(?!\s+(?:a|an|one|the)\s)|` +
  String.raw`placing|place|(?:deploy(?:s|ed|ing)?|posted|stationed) (?:[a-z-]+ ){0,2}(?:at|in|to)|` +
  // the other party of a contract or a chat: "the contracts with the municipality", "whatsapp with the dentists"
  String.raw`(?:contracts?|agreements?|deals?|whatsapp|emails?|talk|talking|speak|speaking|chat|chatting|deal|dealing) with|` +
  // "we're into haulage" is the caller's own trade; "we sell into hospitals" is a market; "we scan it into the patient's chart" neither
  String.raw`(?<!\b(?:we're|we are|i'm|i am|we be|been)(?: (?:mostly|mainly|also|big))? |\b(?:it|them) )into)\s+(?:[a-z-]+\s+){0,3}$`,
);

/**
 * Said after the cue, the company is a client: "the diocese is one of our biggest clients", "hotels are our main customers", "the
 * hospital went mad" (a customer the caller let down), "the clinics are not signing quickly" (the signers).
 */
const CLIENT_AFTER = new RegExp(
  String.raw`^\s+(?:signs|pays|complained|kicked off|sends? us|(?:are|is|were|was|will|won't|don't|aren't|isn't|never)(?: not)? sign(?:ing)?)\b|` +
  // a group said first and counted as clients after it: "the dentists, we have around a hundred twenty clients"
  String.raw`^,\s+(?:we|i) (?:have|'ve got|got) (?:[a-z-]+ ){0,4}(?:clients|customers)\b|^\s+(?:went|got|was|were) (?:mad|mental|ballistic|spare|crazy|nuts|furious|livid)\b|` +
  String.raw`^(?:'s)?,?\s+(?:is|are|was|were)\s+(?:(?:one of |some of |among )?our (?:\w+ )?(?:clients?|customers?|accounts?|buyers?)\b|(?:\w+ )?(?:clients?|customers?) of ours\b)`,
);

/** The people a trade serves: a patient who signs is still the caller's patient ("every new patient signs ..., ninety new patients"). */
const CLIENTELE = /^(?:patient|student|pupil|policyholder|donor)/;

/** A place named only as where the caller is: "our office is above the pharmacy", "next to the hospital". */
const LOCATED = /\b(?:above|below|beneath|next to|next door to|opposite|across from|near|beside|behind|upstairs from|downstairs from|round the corner from)\s+(?:the|a|an)\s+$/;
/** A relative's or friend's place said as theirs after the caller turned back ("..., but that's his clinic"). */
const THEIRS = /\b(?:his|her)\s+(?:[a-z-]+\s+)?$/;
/** The caller's former workplace: "i used to be at an ad agency", "i used to work for a law firm", "before this i was at a bank". */
const FORMER = /\b(?:i|we) used to (?:be|work) (?:at|for|in|with) (?:a|an|the|this|one)\s+(?:[a-z-]+\s+){0,2}$|\bbefore (?:this|that),? i was (?:at|with|in) (?:a|an|the)\s+(?:[a-z-]+\s+){0,2}$/;
const PRICED = /\b(?:(?:charge|cost|quote|price)\s+(?:for\s+)?|(?:if|suppose|supposing|imagine)\s+)(?:a|an|some|any)\s+(?:[a-z-]+\s+)?$/;
/** After a priced company: it is the caller's kind ("if a charity like ours had ..."). */
const LIKE_OURS = /^,?\s+(?:like|such as)\s+(?:ours|mine|us|me)\b/;

/** Industry cues found, each scored (2 strong / 1 weak, +2 self-description, -2 a client's industry). */
export function industryHits(u: Utterance): IndustryHit[] {
  const s = u.lower;
  const hits: IndustryHit[] = [];
  // Words already read as a client here ("the dentist signs the form ... the dentist forgot"): said again, still the client.
  const clientWords = new Set<string>();
  const own: { hit: IndustryHit; word: string; self: boolean }[] = [];
  COMBINED.lastIndex = 0;
  for (let x = COMBINED.exec(s); x; x = COMBINED.exec(s)) {
    let k = 1;
    while (x[k] === undefined) k += 1;
    const c = INDUSTRY_CUES[k - 1];
    if (c.id === null) continue;
    const a = x.index;
    if (c.unless !== undefined && UNLESS[k - 1]!.test(s)) continue;
    if (aboutOthers(u, x.index) || (u.someoneElse && THEIRS.test(s.slice(Math.max(0, x.index - 30), x.index)))) continue;
    // "what would you charge a clinic with 40 doctors", "if a hospital group had ...": a pricing question about some company.
    const b = a + x[0].length;
    const ours = LIKE_OURS.test(s.slice(b, b + 20));
    if ((!ours && PRICED.test(s.slice(Math.max(0, a - 40), a))) || LOCATED.test(s.slice(Math.max(0, a - 30), a))) continue;
    // "i used to be at an ad agency with like three hundred people": a former employer is not the caller's trade.
    if (FORMER.test(s.slice(Math.max(0, a - 45), a))) continue;
    const before = s.slice(Math.max(0, a - 60), a);
    const client = !ours && (CLIENT.test(before) || CLIENT_AFTER.test(s.slice(b, b + 60)));
    const self = ours || (!client && ((c.weak ? SELF_TIGHT : SELF).test(before) || STAFF_ACROSS.test(before)));
    const word = x[0].replace(/s$/, '');
    if (client && !CLIENTELE.test(word)) clientWords.add(word);
    let score = c.weak ? 1 : 2;
    if (self) score += 2;
    if (client) score -= 2;
    if (c.weak && !self) continue;
    if (!c.weak && !self && !client && !SELF_LOOSE.test(s)) score -= 0.5;
    if (score < 1) continue;
    const hit = { value: c.id, start: a, end: b, score, confidence: self ? 0.85 : 0.65 };
    if (!client) own.push({ hit, word, self });
    hits.push(hit);
  }
  if (clientWords.size === 0) return hits;
  return hits.filter((h) => !own.some((o) => o.hit === h && !o.self && clientWords.has(o.word)));
}

/**
 * The best-scored industry; ties go to the earliest mention, except that a cue directly followed
 * by another is a modifier of it ("nonprofit hospital", "healthcare staffing agency"): the head wins.
 * A cue after a comma in `lower` (the utterance's text) is no head ("a main contractor, mostly social housing").
 */
export function bestIndustry(hits: readonly IndustryHit[], lower: string): IndustryHit | null {
  let best: IndustryHit | null = null;
  for (const h of hits) {
    if (!best || h.score > best.score) best = h;
    else if (h.score === best.score && h.start >= best.end && h.start - best.end <= 12 && !/[,;.]/.test(lower.slice(best.end, h.start))) best = h;
  }
  return best;
}
