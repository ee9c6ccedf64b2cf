/**
 * Pain-point cues (ids are the pain_points vocabulary in ../lexicon.ts), tried as one alternation in
 * this order. A tab-separated table:
 *
 *   id  kind  cues
 *
 * `kind`: `negatable` (an adjective cue skipped when negated: "it's not slow"), `weak` (generic distress,
 * kept only when no specific pain is named: "a nightmare") or `-`. `cues` are regular-expression sources,
 * `|`-separated, matched as whole words on the lowercased utterance; `{name}` is a word list from
 * ./fragments.ts. A new cue is one new line; a long row continues on lines that start with a tab.
 */
export default String.raw`
# Re-keying between systems is a missing integration; re-keying alone is manual work (below).
# Keyed in again into another system: "then we type it all in again into the student system".
missing_integration	-	(?:typ(?:e|es|ing)|key(?:s|ing)?|enter(?:s|ing)?) (?:it|them|everything|the lot)(?: all)? (?:in |up )?again\b(?=[^.?!]{0,20}\binto (?:the|our|a|another) (?:[a-z-]+ )?(?
	:system|crm|software|database|platform|app))
missing_integration	-	(?:typ(?:e|es|ed|ing)|enter(?:s|ed|ing)?|key(?:s|ed|ing)?) (?:everything|it|data|things|them|it all|the lot)(?: all)? (?:in |up |over )?twice
	|(?:typ(?:e|es|ed|ing)|keying|keyed|entering|entered) (?:the|all the|our|my|their) (?:[a-z']+ ){0,6}?(?:in |up |over )?twice\b
missing_integration	-	re-?(?:enter(?:s|ing)?|typ(?:e|es|ing)|key(?:s|ing)?)\b(?=[^.?!]{0,40}\b(?:twice|into (?:the|our|another|a|each|every)
	 (?:[a-z]+ )?(?:crm|system|tool|software|platform|app|portal)s?\b|into {systems}))
# Re-keying said as the result of a tool that does not connect: "it doesn't connect to our accounting, so someone's retyping everything".
missing_integration	-	re-?(?:typ(?:e|es|ed|ing)|key(?:s|ed|ing)?|enter(?:s|ed|ing)?)
	(?<=\b(?:doesn't|don't|does not|do not|won't|can't|cannot|isn't|aren't|not) (?:really )?(?:talk|connect|sync|integrat|link)\w*\b[^.?!]{0,80}re-?\w+)
manual_process	-	print(?:s|ing|ed)? (?:the |our |all the |all our )?{printed_things}
manual_process	-	(?:get|gets|got|are|is|be|being|it's all|all) printed|(?:are|is) (?:all |still |just )?paper(?=\s*(?:[,;]|$)| in (?:the|a|an|our|their)\b)
	|(?:come|comes|coming|came|sent|goes|go) back by (?:mail|post)
	|printed (?:out|and)|clipboards?|typ(?:e|es|ing) (?:it|them|everything|that)(?: all)? (?:in|up|over)
manual_process	-	cop(?:y|ying|ied) (?:[a-z]+ ){0,2}(?:into|over to) (?:the |our |a |each )?(?:templates?|word|excel|spreadsheets?|forms?|contracts?|system|documents?)
manual_process	-	(?:mail|mailing|mailed|ship|shipping|fedex|overnight)(?:ing)? (?:out )?(?:paper|hard)(?: copies| contracts| documents)?|snail mail
manual_process	-	post(?<=\b(?:(?:in|by|through) the(?: internal)?|by) post)|back and forth (?:over|by|via|on|through) email|scan(?:ning|ned)? (?:it|them|am|everything)|fax(?:ing|ed|es)?
	|by hand(?<!\b(?:type|types|typed|typing|copy|copies|copied|copying|key|keyed|keying|enter|entered|entering)\b[^.?!]{0,50}\b(?:again|across|over)\b[^.?!]{0,20}by hand)
# "Just paper, honestly": paper as the whole answer.
manual_process	-	paper (?:at the moment|for now|right now|currently|only)(?=\s*(?:[,.;!?]|$)| now\b)|(?:everything|it|all)(?:'s| is) (?:all |aa |still |just )?(?:paper|on paper)\b
	|paper and (?:biro|pen)s?|paper an(?:d)? (?:the|da|de) post\b|every(?:thing|ting) a paper\b|carbon cop(?:y|ies)|carbon copy pads?|duplicate books?|paper (?:tickets|dockets|receipts
	|registers?|time ?sheets?|logs?|log ?books?)\b|photocop(?:y|ies|ying) (?:everything|it all|them)
	|(?:just|only|still|mostly|purely) printing\b
	|(?:just|only|still|mostly|purely) paper(?=\s*(?:[,.;!?]|$)| (?:po|lah|sha|o)\b| and (?:pens?|email|excel|ink|spreadsheets?|whatsapp|scanners?|printers?|(?:the )?post)\b)
manual_process	-	(?:using|use|uses|still use|still using) paper(?! (?:towels?|clips?|plates?|cups?|bags?|straws?))|wet signatures?
	|on paper(?<!\b(?:statements|bills|post|mail) (?:still |all |usually |always )?(?:come|comes|arrive|arrives) on paper)
	|paper[- ]based|all paper|filing cabinets?
	|(?:a|the|in a|in the) binders?|paperwork piles|manual(?:ly)?|data entry
manual_process	-	copy(?:ing)?[- ](?:and[- ])?past(?:e|ing)|email(?:ing)? (?:them|it(?!')|pdfs?|attachments|back and forth)|emailing (?:things|stuff|documents|docs) around|(?:pdfs?
	|p d fs?) (?:over|by|via) (?:email|e-mail|outlook|gmail|whatsapp)
manual_process	-	(?:it's|its|is) all (?:pdfs?|email|emails)|all (?:pdfs?|emails?) (?:back and forth|over email)|(?:just |only )?(?:word docs?|pdfs) and email|(?:just|only) word and email
# Paper as a burden the caller has no time for: "i don't have time for paper", "no time for all the paperwork".
manual_process	-	time for (?:the |all the |all this |this )?paper(?:work)?\b(?<=\b(?:no|don't have|do not have|haven't got|have no) time for [a-z ]{0,12}paper(?:work)?)
manual_process	-	(?:don't|do not) (?:really )?have a (?:real )?(?:system|process)|(?:drowning|buried) in (?:paper|paperwork)
	|back to (?:(?:whatsapp|email|e-mail|excel|word)(?:,| and) )?(?:paper|pen and paper|printing|wet ink)|pen and paper
manual_process	-	(?:so much|too much|tons of|piles of|mountains of|a lot of|lots of|a ton of|stacks? of) paper(?:work)?|wet ink|sticky notes|post-its|in binders
manual_process	-	email(?:ing)? (?:\w+ )?(?:docs?|documents|pdfs|p d fs|files) (?:back and forth|around)|email(?:s|ed|ing)? (?:back )?(?:the |a )?(?:signed |scanned )?(?:pdfs?|p d fs?)\b
# Led by the rare word, the common one checked behind it (a cue led by "on" or "send" is tried at every one).
manual_process	-	whatsapp(?<=\b(?:on|over|via|by|through) whatsapp)(?<!\b(?:chas|remind|nudg)\w* (?:\w+ ){0,2}on whatsapp)
	(?<!\bfollow\w*[- ]up (?:with )?(?:\w+ ){0,2}on whatsapp)(?<!\b(?:chat|write|talk|text|message|call|speak)\w* (?:(?:to
	|with) (?:the |our )?\w+ )?on whatsapp)(?<!\w dem on whatsapp)(?<!\blinks? (?:on|over|via|by|through) whatsapp)
	(?<!\b(?:lads|guys|girls|staff|team|drivers|people|everyone|everybody|they|we)(?: are|'re|'s| is| live| basically live)? (?:all |mostly |both )?on whatsapp)|whatsapped\b
	|(?:photo|picture|pic)s?(?<=\bsend(?:s|ing)? (?:back )?(?:a )?(?:photo|picture|pic)s?)\b
manual_process	-	(?:photo|picture)s? of(?<=\b(?:take|takes|taking) (?:a )?(?:photo|picture)s? of)
manual_process	-	email(?:ed|ing|s)? (?:(?:'em|them|it|those|these) )?(?:out |over |across |round |around )?as (?:an? )?(?:pdfs?|p d fs?|attachments?)
	|(?:on|by|over|via) email as (?:pdfs?|p d fs?)|as pdfs? (?:on|by|over|via) email|(?:all |everything's |everything is )?in spreadsheets
manual_process	-	emailed (?:back and forth|around)|paper (?:cop(?:y|ies)|(?:[a-z]+ )?forms?\b|waivers?|consents?|pack(?:et)?s?|applications|versions?|benefit \w+|enrollment \w+)
manual_process	-	(?:i'm|we're|i am|we are|i've been|we've been) (?:still |literally |just )?printing\b|scan(?:s|ning|ned)? (?:it |them |those |everything )?(?:back )?in\b
	|print(?:ing|s)?(?: 'em| them| am)?,? (?:and )?(?:post|scan|sign|mail|courier)(?:ing)?(?! (?:services?|compan(?:y|ies)|firms?|business(?:es)?)\b)
	|email(?:s|ing)? out (?:the )?pdfs?|(?:sent|send|sends|sending|go|goes|went|going) (?:round|around|out) as (?:an? )?pdfs?
manual_process	-	(?:all|just|still|only)\b[^.?!]{0,30}\bpdfs?|print(?:ing|ed|s)?\b[^.?!]{0,30}\bscan(?:ning|ned|s)?|re-?(?:typ(?:e|es|ing)|key(?:s|ing)?|enter(?:s|ing)?)
poor_support	-	(?:support|their support|customer service|they) (?:takes?|took) (?:[a-z]+ ){0,2}(?:days|weeks|forever|ages|week|day|month) to (?:respond|reply|answer|get back)
slow_turnaround	negatable	takes?\s+(?:us |them |me )?(?:days|weeks|forever|ages|too long|so long|(?:like |about |almost )?(?:a|one|two|three|four|\d+) (?:days?|weeks?))
	|slow(?:er|ly|ness)?(?!,? slowly\b)(?<!\bslowly,? slowly)(?! (?:season|period|months?|time|weeks?|days?)\b)(?<!\b(?:internet|connection|line|wifi|wi-fi|signal|laptop|computer|network
	|broadband)(?: (?:in|at) 
	(?:the|our) \w+)?(?: is| was|'s)? (?:so |very 
	|really |a bit |bit )?slow\w*)(?<!\bsupport(?: is|'s| was| team is)? (?:so |really |very |super |pretty |painfully )?slow\w*)
	(?<!\b(?:winter|summer|spring|fall|autumn|season|business|trade|market)(?:'s| is| gets| was| don| has been)? (?:way |much |a lot |a bit |pretty |really )?slow\w*)
	|delays?(?<!\b(?:cannot|can't|can not|won't|don't want to
	|do not want to|not) delay)
slow_turnaround	negatable	takes?\s+(?:us |them |me )?(?:like |about |almost |nearly )?(?:a fortnight|a month|one month|two months)
	|takes?\s+(?:like |about |almost )?(?:five|six|seven|eight|nine|ten) days(?<!\b(?:procurement|tender|approvals?)\b[^.?!]{0,40}days)
slow_turnaround	negatable	delayed|stall(?:s|ed|ing)?|bottlenecks?|wait(?:s|ing)? (?:days|weeks|on signatures|for signatures|around)|drags? on|signed faster|faster turnaround
	|turnaround(?<!\b(?:last|next|previous|upcoming|spring|fall|autumn|annual|major|plant) turnaround)(?! (?:and|&) shutdowns?\b)
	(?! (?:sheets?|checklists?|checks?|forms?|logs?|reports?|crews?|teams?|staff|managers?|coordinators?|plans?)\b)
slow_turnaround	-	(?:sit|sat|sits|sitting|sat there)(?<!\bsigned (?:[a-z]+ )?(?:sit|sat|sits|sitting)) (?:in|on) (?:\S+ ){0,3}(?:inbox|desk|spam(?: folder)?|junk(?: folder)?|email|queue)
slow_turnaround	-	(?:sit|sits|sat|sitting)(?<!\b(?:cars?|vehicles?|trucks?|boats?) \w+) (?:[a-z'-]+ ){0,4}?for (?:a |like |about |almost |over )?(?:days|weeks|a week|a month|{few} (?:days|weeks))
slow_turnaround	-	(?:just |usually )?(?:sit|sits|sat|sitting) on (?:them|it|those|the (?:contracts?|documents?|paperwork|forms?|agreements?))
	|(?:sit|sits|sat|sitting) on (?:a|an|the|their|our) (?:[a-z-]+ )?(?:contracts?|quotes?|proposals?|leases?|change orders?|estimates?|agreements?) for\b
# The wait said as time before anyone signs: "it's two, three weeks before anyone signs it".
slow_turnaround	-	(?:days|weeks|months|a week|a month|a fortnight),? (?:and )?(?:nobody|no one) signs\b
	|(?:days|weeks|months|a week|a month|a fortnight) before (?:anyone|anybody|they|someone|the client|the customer|it|owt|anything) (?:actually |finally )?(?:signs|gets signed|comes back|come back)
	|(?:days|weeks|months|a week|a month|a fortnight),? (?:be)?fore (?:we|i) (?:get|see) (?:[a-z]+ ){1,3}back\b|then nothing for (?:like |about )?(?:days|weeks|months|ages|(?:a|one|two|three|four
	|\w+) (?:days?|weeks?|months?))\b
slow_turnaround	-	still (?:haven't|hasn't|have not|has not) (?:signed|sent (?:it|them) back|returned)
chasing_signatures	-	(?:calling|ringing|phoning|chasing|chasin'?|texting) (?:[a-z']+ )?all (?:day|weekend|week|morning)\b(?<!\b(?:wrong|mistakes?|errors?)\b[^.?!]{0,60})
chasing_signatures	-	keep (?:calling|ringing|emailing|texting|chasing|phoning|messaging) (?:them|people|clients|customers|the \w+)
chasing_signatures	-	(?:call|calling|email|emailing|text|texting|ping|pinging|ring|ringing|phone|phoning) (?:the |our )?{signers} (?:\w+,? ){0,4}times
chasing_signatures	-	chas(?:e|ing),? (?:and )?chas(?:e|ing)|phone tag|(?:knock(?:ing)? on doors|begging)\b[^.?!]{0,30}\bto get (?:\w+ ){0,2}(?:back|signed)
chasing_signatures	-	chas(?:e|es|ing|in'?) (?:the |our |all the |all our |de |di |da )?{chased}|chas(?:e|es|ing) (?:a|the) signature\b
# Chasing anyone for a signature: "chasing owners for signatures".
chasing_signatures	-	chas(?:e|es|ing) (?:[a-z']+ ){1,4}for (?:(?:their|a|the) )?(?:signatures?|sign-?offs?|signed (?:copies|forms|contracts|ones|papers|documents|agreements|consents))
	|ringing round(?<!\b(?:wrong|mistakes?|errors?)\b[^.?!]{0,30}ringing round)
	|chas(?:e|es|ing) (?:[a-z']+ ){1,2}for (?:weeks|days|months|ages) to (?:get (?:them|it|those|\w+) (?:signed|back)|sign\b)
chasing_signatures	-	follow(?:ing)?[- ]up (?:with|on) (?:people|clients|customers|them|signers|everyone)|nag(?:ging)?|remind(?:ing)? (?:people|them|clients|everyone)|hound(?:ing)?
chasing_signatures	-	follow(?:s|ing|ed)?[- ]up (?:with|on) (?:the |our |all the )?[a-z]+s\b(?: \w+){0,2} to sign\b|track(?:ing)? (?:people|them|signers) down
	|chas(?:e|es|ing) (?:every|each) (?:single )?one(?: of them)?
too_expensive	negatable	expensive|pricey|dear(?<=\b(?:too|a bit|bit|quite|very|so|got|getting|gotten|gone) dear)|overpriced|costs? (?:too much|a fortune|way too much)|too much money
	|charg(?:e|es|ed|ing) (?:me|us) (?:a fortune|an arm and a leg)
too_expensive	negatable	(?:very|too|so|quite|really|super) (?:costly|steep)|(?:cost|price|fees?|bill|pricing)\b[^.?!]{0,40}\b(?:becoming|getting|is|are) (?:way |far )?too (?:much|high|steep)\b
	|(?:it's|it is|that's|that is) (?:way |far |just )?too much\b(?! (?:paper\w*|work|time|admin|hassle|effort|wahala|stress|trouble|palava)\b)
	|(?:increased|upped|hiked) (?:the|their) prices?|(?:way|far) too much(?! (?:paper\w*|work|time|admin|hassle|effort)\b)
	|paying (?:way )?too much|rais(?:ed|ing|es) (?:their |the |its |our )?(?:prices?|rates|fees)|price (?:increase|hike)s?
too_expensive	negatable	(?:price|pricing|cost|costs|bill)(?: (?!if\b)\w+){0,2} (?:went up|goes up|keeps going up|increase[sd]?|doubled|hike|jumped|rose|shot up)
# The vendor raised the caller's price: "they put us up again at renewal", "they've put the price up".
too_expensive	-	put (?:us|the price|the prices|our price|the cost|the fees?|our fees?|the subscription|it) up(?= (?:again|at (?:the )?renewals?|by|every year|each year|this year)\b)
	|put(?:s|ting)? (?:the |their |our )?(?:price|prices|pricing|fees?|subscription|licen[cs]e fees?) up
# A price said, then what the vendor did to it: "it's just the price, they've doubled it" (not "our prices doubled").
# The vendor's price rise said verb first: "they've doubled the price on us" (not "we doubled our prices").
too_expensive	negatable	(?:doubled|tripled|hiked|jacked up|bumped up)(?<!\b(?:we|we've|we have|i|i've) (?:doubled|tripled|hiked|jacked up|bumped up))
	 (?:the|their|its) (?:prices?|pricing|fees?|rates?|subscription)
too_expensive	negatable	(?:doubled|tripled)(?<=\b(?:price|prices|pricing|cost|costs|bill|fees?|rates?|subscription|licen[cs]e)\b[^.?!]{0,30}(?:doubled|tripled))
	(?= it\b| (?:the|their|its) (?:price|prices|pricing|cost|fees?|rates?)\b)
too_expensive	negatable	(?:bill|price|pricing|cost|fees?|renewal quote|quote)\b
	(?! of (?:some|other|these|those|most|many|all(?: the)?|the other)(?: of (?:these|those|the))? (?:tools|vendors|products|options|solutions|apps)\b)
	[^.?!]{0,40}\b(?:insane|crazy|ridiculous|killing us|through the roof|outrageous)
errors_rework	negatable	errors?|mistakes?|typos?|wrong (?:fields?|pages?|box(?:es)?|[a-z]+ numbers?|
	version|info|information|names?|amounts?|dates?|rates?(?: con\w*)?|copy|prices?|contract|form|document|drafts?|quantit(?:y|ies))
errors_rework	negatable	missing (?:fields?|signatures?|initials|pages?|info|information)|incomplete (?:forms?|documents?|paperwork)
errors_rework	-	which (?:version|copy)|latest (?:version|copy)|version control|versions? (?:were |are |was |is )?(?:flying|floating) around
errors_rework	-	(?:don't|do not|doesn't|does not|never|didn't) match (?:what's|what is|the|our)|multiple versions|redline(?:s|ing)? (?:mess|chaos)|out[- ]of[- ]date (?:copies|versions)
errors_rework	-	(?:numbers|figures|amounts|prices|totals|versions|names)\b[^.?!]{0,40}\b(?:don't|do not|never|didn't) match|mismatch(?:ed|es)?
errors_rework	-	forg(?:et|ets|ot|etting) to (?:initial|date|fill\b|sign (?:the|a|one|every) (?:\w+ )?(?:page|box|field|line)s?\b)
	|miss(?:es|ed|ing)? (?:a |an |the )?(?:signature|initials?|field|page) (?:on|in)
poor_visibility	-	(?:no|zero|without|lack of|don't have any|no real) (?:visibility|insight|way to (?:track|see|know))
poor_visibility	-	(?:can't|cannot|couldn't|could not|don't|do not|never|ain't|ain) (?:see|tell|know) (?:where|which(?! (?:version|copy))|the status|who|whether|if (?:they|anyone
	|people) (?:sign|signed|opened))
	|no idea (?:where|who(?:'s| has)? signed)
	|nobody knows?(?! how to)
	|no one knows?(?! how to)
poor_visibility	-	(?:nobody|no one) can (?:ever |really |actually )?(?:see|tell)(?: (?:me|us|you))? (?:where|who(?:'s| has)? (?:actually )?signed|whether|if)
poor_visibility	-	who(?:'s| has| have) (?:not )?signed\b[^.?!]{0,30}\bno idea|status of anything
	|(?:can't|cannot|don't|do not|never) (?:see|tell|know) (?:if|whether|when)\b[^.?!]{0,30}\b(?:signed|opened|viewed|read|seen|received|looked at)
poor_visibility	-	scattered (?:across|in|between|all over)|(?:a mess|hard|impossible|difficult|tough|a nightmare|a pain) (?:to )?keep(?:ing)? track|can't keep track
poor_visibility	-	(?:lose|losing|lost) track of (?:where|which(?! (?:version|copy))|who|whether|the status|contracts|documents|deals|what's)
# "half the time we can't find them after": the signed copies go missing.
poor_visibility	-	(?:can't|cannot|cannae|canny|can never|never) find (?:them|it|those|anything)(?<=\b(?:months|weeks|years|half the time
	|usually|often|sometimes|always|never|then|later|after(?:wards)?) (?:we |i |you |t
	hey |nobody |no one )?[\w']+ find (?:them|it|those|anything))
	|(?:can't|cannot|cannae|canny|can never) find (?:them|it|those|one|the (?:right|one) one)(?= (?:after|afterwards|later|again|when)\b)
poor_visibility	-	(?:lost|lose|losing|misplac\w*|can't find|couldn't find|could not find|cannot find|nobody can find|no one can find) (?:a |the |our |some |signed |old |original |a signed |the signed 
	|important |her |his |their |my |di |da )*(?:{doc_nouns}|waivers?|releases?|consents?|estimates?)
poor_visibility	-	(?:nobody|no one) can (?:ever |never )?find\b|(?:copies|forms|ones|documents|files|papers) (?:we|they|i) (?:could not|couldn't|can't|cannot|can never) find\b
	|(?:things|stuff) (?:go|goes|going|went|gone) missing|missing from (?:the|our) (?:shared )?(?:drive|folder|files?|system|server)|falls? through the cracks|fell through the cracks
poor_visibility	-	(?:documents?|contracts?|paperwork|files?|forms?|docs|records?|agreements?|consents?|waivers?|papers|releases?|slips?|letters?)
	 (?:(?:just|sometimes|often|always|even|simply|also) )?(?:go|goes|going|went|gone) missing
compliance_risk	-	paper trail|peer reviews?|no signatures? on file
	|compliance(?<!\b(?:in|of us in|people in|head of|works? in|does|do|handles?|runs?) compliance)(?! (?:team|department|dept|officers?|managers?|leads?|staff|people|side|office|folks|girls
	|guys|lads|ladies|lass|lasses|gal|gals|woman|women|man|men|girl|guy|lad|person|bods
	|declarations?|forms?|certificates?|statements?)\b)
	|compliant|audit(?:s|ors?|ing(?= us\b)| trails?)?(?! (?:and|&) \w+ (?:firm|practice)| (?:firm|practice|partners?|seniors?|juniors?|clerks?|trainees?)\b|,? (?:and )?tax\b)
	(?![^.?!]{0,30}\b(?:is|was|that is|that's|it's) (?:all )?(?:over|done|behind us)\b)(?![^.?!]{0,50}\bwe(?:'re| are) (?:all )?(?:sorted|ready|covered) for (?:that|it|them)\b)
	|(?:gdpr|rgpd)(?! (?:forms?|consents?|notices?|declarations?|statements?)\b)|soc ?2
	|regulat(?:ors|ions|ory(?! (?:team|department|dept|folks|people|staff|affairs|side|office|officers?|managers?|leads?|person|guys|girls|lads|ladies|bods
	|coordinators?|specialists?)\b))|legally (?:binding|solid|sound|watertight|enforceable|valid)|esign act|ueta
compliance_risk	-	hipaa(?! (?:acknowledg\w*|forms?|notices?|consents?|authori[sz]ations?))
compliance_risk	-	finra|data protection (?:commissioner|regulator|officer|authority|law|rules)|on the hook with|ministry of (?:\w+ and )?labou?r|labou?r (?:inspectors?|department|office)
# Inspectors or a regulator pressing on the records: "the inspectors are always on at us about our records".
compliance_risk	-	(?:inspectors?|regulators?|cqc|ofsted|hiqa|h i q a|tribunal(?:'s)?)(?=[^.?!]{0,40}\b(?:on at us|on our backs?|breathing down|after us|records|paperwork|flag\w*|asked for|came|found|
	(?:real |big |serious )?problem|in trouble|cross|angry|missing|fin(?:es|ed|ing)|penalis\w+|penaliz\w+)\b)
missing_integration	-	(?:doesn't|don't|does not|do not|won't|can't|cannot|doesnt|dont) (?:really )?(?:talk (?:to|with)|integrate|sync|connect|link (?:to|with|up)|work with|play (?:well|nice) with)
	|double[- ]entry
missing_integration	-	(?:isn't|is not|not|aren't|are not) (?:really )?integrat(?:ing|ed) (?:with|into)|enter(?:ing)? (?:everything|it|data|things) twice|not integrated|no integrations?
	|disconnected (?:systems|tools)
hard_to_use	negatable	clunky|confusing|complicated|hard to (?:use|navigate|figure out)|difficult to use|not (?:user[- ]friendly|intuitive)|can't figure (?:it |out)|struggle with
hard_to_use	negatable	learning curve|cumbersome|too many (?:steps|clicks)
hard_to_use	-	a (?:real |right |total |bit of a )?pain to|a (?:real |right |total )?dog to use|a pain in the|painful to (?:use|set up|work with)
# Nobody can use the tool: led by the rare words, the "nobody" checked behind them.
hard_to_use	-	(?:nobody|no one)(?: in the office| here| on the team)? knows how to set (?:it |them |anything |templates? )?up\b
	|knows how to set up (?:templates?|anything)(?<=\b(?:nobody|no one)\b[^.?!]{0,30})
hard_to_use	-	knows? how to use (?:it|the (?:system|tool|software|thing|app|platform)|the [a-z]+(?: [a-z]+)? (?:we have|we've got|we use))(?<=\b(?:nobody|no one|noone|none of (?:us
	|them))\b[^.?!]{0,40}knows? how to use [a-z ]{2,40})
hard_to_use	-	(?:nobody|no one|none of us)(?: here| in the office| on the team)? knows? how to (?:do|change|edit|update) (?:it|them|that|the templates?)\b
hard_to_use	-	{users} (?:\w+ ){0,2}(?:hates?|can't stand) (?:it|using|building|making|setting up|creating|doing|working)
hard_to_use	-	(?:nobody|no one|none of us)(?: in the office| here| on the team)? can (?:figure|work) (?:it |out)|refuses? to use|won't use it(?!,? (?:it's|it'll be|it would be|only|just
	|they)\b)(?<!\b(?:the \w+s(?: themselves)?|he|she) won't use it)(?<!\b(?:one|office|branch|site|clinic|shop|store|location|practice|warehouse) won't use it)
	(?<!\b(?:there's|there are|we've got|we have) (?:about |around |like |maybe )?\w+ \w+s,? (?:and |but )?they won't use it)
	(?<!\b(?:hundred|thousand|dozen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\w+teen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)
	 (?!licen|seat|login|account|cop)[a-z]+s,? (?:and |but )?they won't use it)
	|(?:outdated|dated|ugly|terrible|awful|ancient) (?:interface|ui|software)
hard_to_use	-	interface (?:is|looks) (?:awful|terrible|dated|outdated|ancient|old|like)
hard_to_use	-	(?:ui|interface|software|tool|app|system)(?:'s| is| looks) (?:so |really |pretty |kind of |super |very )?(?:outdated|dated|ugly|ancient|old school)
	|it(?:'s| is| looks) (?:so |really |pretty |kind of |super |very )?(?:outdated|dated|ugly|ancient)
# Generic distress: hard_to_use only when no other pain is named ("chasing signers is a headache" is chasing).
hard_to_use	weak	(?:a |total |complete |absolute )?nightmare|(?<!\b(?:separate|different|other|another) )headaches?
too_expensive	-	(?:want|wants|wanted|charging|charge|asking|asked|quoted|quoting|costs?|price|renewal)\b[^.?!]{0,30}\b(?:\d+ ?%|\d+ percent|[a-z]+(?:[- ][a-z]+)? percent) more\b
too_expensive	-	(?:paying|pay|spend(?:ing)?|costs? us)\b[^.?!]{0,70}\b(?:insane|crazy|ridiculous|outrageous|steep|a fortune|killing us|too much|nuts|bonkers|absurd)
errors_rework	-	c(?:o|a)mes? back (?:unsigned|missing|incomplete|blank|without (?:a |the |any )?signatures?|half[- ](?:filled|done|signed)|with (?:[a-z]+ ){0,3}(?:missing|blank)
	|with the wrong)|fields? missing
	|(?:went|goes|go|gone|sent) out with (?:the wrong|last year's|old|outdated|out[- ]of[- ]date)
errors_rework	-	(?:a|one|the) (?:\w+ )?(?:page|signature|field) (?:is |was |goes |has gone |had gone )?missin(?:g|')?|(?:a|one|the) form (?:is |was )?missing|fields? (?:blank|empty)|leav(?:e|es
	|ing) (?:\w+ ){0,3}blank
errors_rework	-	(?:fill|sign) (?:it|them|everything) (?:out |in )?(?:all )?(?:over )?again|(?:send|do|redo) (?:it|them|everything|the whole thing) (?:all )?over again|start(?:ing)? over
errors_rework	-	redo(?:ing)?|rework|remak(?:e|es|ing)|remade|fill(?:s|ing|ed)? (?:\w+ ){0,2}(?:in |out )?(?:wrongly|incorrectly|wrong)\b(?! (?:person|address|email))
poor_visibility	-	{lost_things} (?:\w+ )?(?:(?:get(?:s|ting)?|got|gets|went|go) (?:lost|misplaced)
	|(?:is|are|was|were) not found)|(?:get|gets|got|getting) (?:wet|damaged|torn|dirty),? (?:or|and) (?:get )?lost\b
	|back (?:\w+ )?or not at all\b
poor_visibility	-	(?:get(?:s|ting)?|got) lost in|(?:lose|loses|losing|lost) (?:them|it|those|half of them|some of them)(?= in (?:their|his|her|the|a|our)\b| somewhere\b| all the time\b)
	|(?:half|some|most|a lot|loads) of (?:them|those|the \w+) (?:go|goes|going|went|gone) missing
	|(?:lost|lose) a (?:whole |full |entire )?(?:day's|week's|month's|batch|box|folder|file|bundle|packet|pile|stack)(?: worth)?
	|lost in (?:email|emails|the inbox|inboxes|the shuffle)|(?:lost|lose|losing) (?:\w+ ){1,3}in (?:the )?(?:emails?|e-mails?|inbox|post|mail)\b
chasing_signatures	-	nudg(?:e|es|ing)|(?:send|sending|sent) (?:\w+ ){0,2}reminders|reminder emails
chasing_signatures	-	follow(?:ing)?[- ]ups?\b[^.?!]{0,20}\b(?:times|again|forever|endless)
poor_support	-	support (?:at|from) \w+ (?:never|doesn't|don't) (?:answers?|responds?|gets? back|repl(?:y|ies))
	|(?:nobody|no one) (?:at|in|from) (?:their )?support (?:ever )?(?:gets? back|answers?|responds?|repl(?:y|ies))
poor_support	-	waited (?:\w+ ){0,2}(?:days|weeks) for (?:a |an |any )?(?:reply|response|answer)
poor_support	-	support(?: is|'s| was| has been|'s been| team is) (?:so |really |very |super |pretty |painfully )?(?:terrible|awful|bad|horrible|useless|slow|non-?existent|a joke|shocking|app
	alling|dreadful|rubbish|hopeless|poor)
# A ticket nobody answered: "I logged a ticket three weeks ago and nobody's come back to me".
poor_support	-	(?:logged|raised|opened|submitted|put in) (?:a |an |the )?(?:support )?(?:ticket|request|case)\b[^.?!]{0,50}\b(?:nobody|no one|never heard|still waiting|no reply|no answer|no response)
poor_support	-	(?:support|they) (?:never|don't|doesn't) (?:answer|answers|respond|responds|get back|gets back|reply|replies)|can't (?:get|reach) (?:anyone|a human|support|a person)
poor_support	-	customer service (?:is|was) (?:terrible|awful|bad|horrible)
too_expensive	-	(?:envelope|document|send|sending|usage|plan) (?:limits?|caps?)(?<!\b(?:what happens (?:with|to|at)|what's|what is|how does|how do|about) the \w+ (?:limits?|caps?))
	|hit(?:ting)? (?:the|our|a) (?:limit|cap)
too_expensive	-	paying for (?:\S+\s+){0,3}(?:seats|licen[cs]es|users)\b[^.?!]{0,30}\b(?:only (?:use|need)|don't (?:use|need)|never use)|run(?:ning)? out of (?:envelopes|credits|sends)
too_expensive	-	(?:jacked|bumped|put|hiked) (?:the |their |our )?(?:price|prices|pricing|fees?|rates?) up|overages?|(?:it's|it is|they charge|charged|charges|billed|pay) (?:us )?per[- ]envelope
too_expensive	-	(?:pay|paying|costs?|spend(?:ing)?)\b[^.?!]{0,60}\bmore than (?:the rest of|all of|our whole|our entire|everything)
# Pains told as stories: "they go missing all the time", "it was somewhere in someone's email", "gets stuck in legal for weeks",
# "take three, four weeks to come back", "the inspection flagged forms with no signature", "type everything into stripe again".
poor_visibility	-	(?:they|them|those|these|it) (?:all )?(?:go|goes|going|went|gone) missing|somewhere in (?:someone's|somebody's|an?|the|our) (?:\w+ )?(?:email|inbox)
	|(?:couldn't|could not|can't|cannot) find (?:it|them)\b(?=[^.?!]{0,40}\b(?:somewhere|inbox(?:es)?|email|drive|folder))
slow_turnaround	-	(?:gets?|got|getting|are|is) stuck (?:in|with|at|on|for)\b|
	takes?\s+(?:[a-z]+,?\s+){1,3}?(?:days|weeks|months|ages) to (?:come back|get (?:back|signed)|be signed|return|sign|send (?:it |them |'em )?back)
compliance_risk	-	(?:flagged|flag|cited|picked up on|dinged|written up)\b[^.?!]{0,50}\b(?:with no signatures?|unsigned|missing signatures?|not signed|never (?:been )?signed|without (?:a 
	|any )?(?:signatures?|signed cop(?:y|ies)))
missing_integration	-	(?:typ(?:e|es|ed|ing)|key(?:s|ed|ing)?|enter(?:s|ed|ing)?) (?:everything|it|data|them|it all|the lot|every \w+(?: \w+)?)(?: all)? (?:in|into) (?:the |our )?\w+ again
manual_process	-	(?:it's|its|all|just) print,? (?:and )?(?:post|sign|scan)|printing (?:another|more|all (?:these|those|the)) \w+
# "come into the office to wet-sign it", "we print every single one", "email 'em over" (exporting to PDF alone is no pain).
manual_process	-	(?:come|comes|coming|came)(?<!\b(?:won't|don't|doesn't|can't|never|wouldn't|not) \w+) (?:in|(?:in)?to the (?:site |head |sales |main )?(?:office|branch|shop))
	(?: \w+)? to (?:wet[- ])?sign
	|wet[- ]sign|we print(?: (?:every|each|all)\b|(?=\s*(?:[,.;!?]|$)))
	|email(?:s|ed|ing)? (?:'em|them|it) (?:over|back|up|across|round)
chasing_signatures	-	chas(?:e|es|ing) (?:the |our )?(?:client|customer|signer|buyer|tenant|parent|patient)s? to sign
errors_rework	-	(?:signature|date|initial)s? (?:box|field|line)s? (?:left )?blank|fields? left blank|left (?:the )?fields? blank
# Said the long way round on the phone: "we no dey know which one don sign", "carrying the papers up and down",
# "couriering the documents", "it is taking one month", "the work's held up", "forever ringing folk to get 'em signed",
# "the customer misses a box and we've got to get 'em back in to sign again", "it comes back sideways or missing a page".
poor_visibility	-	no dey (?:know|see) (?:where|which|who|whether|if)|no fit find\b
	|(?:boy|girl|kids?|child|children|drivers?|students?|pupils?|son|daughter) (?:often |sometimes |always |just )?(?:loses|lose|lost) (?:it|them|the (?:paper|form|slip|consent)s?)\b
manual_process	-	carr(?:y|ies|ying|ied) (?:the |all the |our )?(?:papers|paperwork|forms|files|documents) (?:up and down|around|about|back and forth|everywhere)
	|courier(?:s|ing|ed)? (?:the |all the |our )?(?:papers|paperwork|forms|documents|contracts|agreements|deeds?|leases?|tenanc(?:y|ies))|courier(?:s|ing|ed)? (?:it |them |'em )?(?:out )?(?:to|back)\b
slow_turnaround	negatable	taking\s+(?:us |them )?(?:like |about |almost |nearly |over )?(?:days|weeks|months|forever|ages|(?:a|one|two|three|four|\d+) (?:days?|weeks?|months?))(?! off\b)
slow_turnaround	-	(?:work|job|jobs|project|projects|everything|install|start)(?:'s| is| gets?| got| are)? held up
chasing_signatures	-	(?:forever|always|constantly) (?:ringing|calling|phoning|emailing|texting|chasing)\b|(?:ringing|calling|phoning|emailing|texting) (?:\w+ ){1,2}to get (?:'em|them|it|those) signed
errors_rework	-	miss(?:es|ed|ing)? (?:a|one|the) (?:box|field|page|signature|initial)s?\b|(?:get|bring|call|have) (?:'em|them|him|her|the \w+) back in to sign|c(?:o|a)mes? back sideways
	|missing (?:a|one|the) (?:page|signature|field|initial)\b
# More told as stories: "the price very high already, want to find something cheaper", "some are lost on the way", "pdfs
# flyin' around", "we lose a few every week", "the big thing is the chasing", "na paper we dey use", "solicitors posting stuff
# about", "the missives went missing", "the drivers bring the paper back", "no idea what's been signed", "their support no dey
# answer", "signed back over email", "the paperwork isn't back before their first shift".
too_expensive	negatable	price (?:is |very |so |too |really |quite )*(?:high|steep)\b|(?:find|get|want|looking for) (?:something|anything|one|somewhere) cheaper
poor_visibility	-	(?:some|half|a few|most|many|one or two|a couple) (?:of them |of the \w+ )?(?:are|get|got|go|went|gets) lost|(?:we|they) (?:lose|lost) (?:a few|some|one or two|a couple
	|half|loads|a lot|a bunch)\b
	|(?:went|go|goes|going|gone) missing(?<=\b(?!(?:has|was|is)\b)\w+s (?:went|go|goes|going|gone) missing)
	|no idea (?:what's|what has|which ones?|who's|who has|what) (?:been |actually |already )?(?:signed|come back|gone out|opened|seen|read|viewed)
manual_process	-	(?:pdfs?|emails?|papers?|documents?|contracts?|forms?|copies|attachments?) fly(?:ing|in'?) (?:around|about|everywhere)|na paper\b|paper we (?:dey )?use\b
	|post(?:ing|ed|s)? (?:stuff|things|papers|documents|contracts|it|them) (?:about|around|back and forth|out and back)
	|(?:bring|brings|bringing|brought) (?:the |all the )?(?:paper|paperwork|papers|forms|copies|dockets|receipts?) back|(?:signed|sent|scanned) back (?:over|by|via|on) (?:email|e-mail|whatsapp)
chasing_signatures	-	chasing(?<=\b(?:the|all the|constant|endless) chasing)
	|chasing(?<=\b(?:call|calling|write|writing|text|texting|message|messaging|phone|phoning|ring|ringing)\b[^.?!]{0,40}chasing)(?! (?:payments?|invoices?|money|debts?|leads?)\b)
poor_support	-	support (?:no dey|doesn't|does not|don't|never|won't) (?:answer|reply|respond|get back)|(?:ticket|tickets|email|emails)\b[^.?!]{0,40}\bnobody (?:reply|replies|replied|answers
	|answered|got back)
slow_turnaround	-	(?:isn't|aren't|is not|are not|not) back (?:before|in time|by)\b
# "it's taking weeks to get the bits of paper back", "buyer is not signing for two three weeks", "the fact finds get typed
# into the back office system a second time", "the waybills dey loss", "calling folks for days ... to get a signature",
# "some of the forms got missing, we could not find them when the district asked", "dem don increase the price, e too cost".
manual_process	-	bits of paper|(?:it's|its|is|all) (?:all )?emailed (?:pdfs?|documents|forms|copies)|(?:email|emails) and scanning
slow_turnaround	-	(?:not|isn't|aren't|never) signing (?:it |them )?for (?:\w+ ){0,3}(?:days|weeks|months)
missing_integration	-	typ(?:e|es|ed|ing) into (?:the|our|a|another) (?:[a-z-]+ ){0,3}(?:system|crm|software|database|platform) (?:a second time|again|twice)
poor_visibility	-	(?:dey|don) (?:loss|lose|get lost|get missing|go missing)\b|got missing|(?:could not|couldn't|can't|cannot) find (?:them|it|those)(?= when\b)
chasing_signatures	-	(?:calling|ringing|phoning|emailing|texting|chasing) [^.?!]{0,50}\bto get (?:a |the |their |his |her )?signatures?\b
too_expensive	-	(?:don|dey) increase (?:the |their )?price|e too cost\b
# Told as stories too: "it's just email and paper now", "whatsapp and paper, no proper system", "handwritten receipts",
# "the file travels by courier", "it comes back after two, three weeks", "calling them again and again", "they keep
# putting the price up on us", "signed an old version", "the signed contract just vanished, nobody knew who had it",
# "we looked everywhere for the paper", "the parents hate it on their phones".
manual_process	-	(?:it's|its|it is|everything's|everything is|all|just|only|still|mostly) (?:just |only |all |still |mostly )?(?:email|emails|whatsapp|excel|spreadsheets|word(?: documents
	| docs)?|registers)
	 and (?:paper|pen and paper|printing)\b|no (?:proper|real) (?:system|process)\b|hand-?written (?:receipts|forms|notes|records|registers|contracts|agreements|copies|dockets|invoices)\b
	|by (?:courier|dhl|d h l|fedex|fed ex|aramex|tnt|ups)\b
slow_turnaround	-	(?:c(?:o|a)mes?|coming|(?:send|sends|sent|bring|brings) (?:it|them)) back (?:(?:only )?after (?:like |about |almost |over )?(?:[a-z]+,? ){0,3}(?:days|weeks|months)
	|(?:like |about )?(?:[a-z]+,? ){1,3}(?:days|weeks|months) later)
	|takes?\s+(?:us |them |me )?(?:like |about )?(?:one|two|three|four|five|\d+),? (?:or )?(?:two|three|four|five|six|\d+) (?:days|weeks|months)
chasing_signatures	-	(?:call|calling|ringing|phoning|emailing|texting|messaging|chasing) (?:them |am |people |clients |customers |parents |the \w+ )?(?:again,? and again
	|over and over|upandan|up and down)
	|calls? (?:them |him |her )?again,? and again|call and call|calling and calling|calling again(?<=\bcalling \w+,[^.?!]{0,30}calling again)
errors_rework	-	(?:signed|sent|send|sends|used|printed)(?: back)? (?:an |the )?(?:old|older|outdated|out[- ]of[- ]date|previous) version
poor_visibility	-	(?:{doc_nouns}|it|they|them) (?:just |simply |completely )?(?:vanished|disappeared)
	|(?:nobody|no one|none of us) knew (?:who|where|which|whether|if|(?:it|they) (?:was|were|had) (?:there|gone|missing|lost))\b
	|(?:looked|searched|hunted) (?:everywhere|all over|high and low)
hard_to_use	-	(?:parents|patients|students|members|tenants|clients|customers|drivers) (?:\w+ ){0,2}(?:hates?|can't stand) (?:it|using it)(?: on (?:their|the|a) (?:phones?|mobiles?))?
# "scanned into the wrong chart", "we whatsapp three, four times", "they come back with blanks".
errors_rework	-	(?:scanned|filed|saved|attached|uploaded|sent|went out) (?:in)?to the wrong (?:chart|file|folder|record|client|patient|customer|account|address)
	|c(?:o|a)mes? back with blanks
chasing_signatures	-	(?:whatsapp|text|call|ring|phone|email|message|calling|ringing|phoning|texting|emailing|callin|ringin|textin),? (?:them |him |her |'?em )?
	(?:(?:yani|like|maybe|about|sometimes),? )?
	(?:two|three|four|five|\d+),? (?:(?:three|four|five|six|\d+) )?times
# Told as stories again: "nobody had any idea where it was", "none of us had a clue", "comes back with bits left blank", "some
# consents had no date on them", "so no confidentiality clause", "paper, in a folder",
# "now it's printing the letters", "the owners sign it days late".
poor_visibility	-	(?:nobody|no one|none of us) (?:had|has|have) (?:any idea|a clue|the faintest idea|the foggiest)\b(?! (?:how|what to do)\b)
errors_rework	-	(?:bits|parts|boxes|sections|pages|lines|questions|spaces) (?:are |get |got )?left (?:blank|empty)|no (?:date|dates|initials) on (?:them|it|the \w+)
compliance_risk	-	no (?:confidentiality|indemnity|non-disclosure|nda) (?:clause|agreement|cover|in place)
manual_process	-	paper(?<=^paper)(?=\s*(?:[,.;!?]|$)| (?:po|lah|sha|o|la|lor|yaar)\b)|(?:it's|its|it is) (?:all |just |still |mostly |back to )?printing\b
slow_turnaround	-	(?:days|weeks|months) late\b(?<=\bsign(?:s|ed|ing)?\b[^.?!]{0,60})
# Said by callers in a second language: "the price, they raised it again", "the importers sign, scan and send it back",
# "the rest is just email", "sometimes the number is wrong", "we correct, send again", "the banks kick it back", "a page isn't
# initialled", "the container waits four, five days", "contracts sitting two months", "until it's signed they don't pay,
# sometimes forty five days", "the contract doesn't arrive", "when there is a complaint we cannot find it", "the labour
# inspection fines you", "otherwise it's not valid", "no proof, legally we are exposed".
too_expensive	negatable	(?:raised?|increased?|hiked?|upped)(?<=\b(?:price|prices|pricing|cost|costs|fees?|rates?|subscription|licen[cs]e)\b[^.?!]{0,30}(?:raised?|increased?|hiked?|upped))
	(?<!\b(?:we|we've|we have|i|i've) (?:raised?|increased?|hiked?|upped))(?= it\b)
manual_process	-	sign(?:s|ed|ing)?,? (?:and )?scan(?:s|ned|ning)?\b|the rest (?:is|'s) (?:just |all |still |only )?(?:email|emails|e-mail|paper|pdfs?|whatsapp|excel)\b
errors_rework	-	wrong(?<=\b(?:sometimes|often|always|usually|constantly)\b[^.?!]{0,40}\b(?:is|are|was|were|comes out|come out|gets?|goes) wrong)
	|correct(?:s|ed|ing)?,? (?:it |them )?(?:and )?(?:re-?send|send (?:it |them )?again)|kick(?:s|ed|ing)? (?:it|them) back
	|(?:isn't|aren't|wasn't|weren't|not) initial+ed
slow_turnaround	-	wait(?:s|ed|ing) (?:[a-z]+,? ){1,2}(?:days|weeks|months)\b|sit(?:s|ting) (?:there )?(?:for )?(?:[a-z]+ ){1,2}(?:days|weeks|months)\b(?! ago)
	|until (?:it's|it is|it gets|they're|they are) signed\b[^.?!]{0,50}\b(?:days|weeks|months)\b
poor_visibility	-	{doc_nouns} (?:doesn't|don't|does not|do not|never|didn't) (?:even )?arrive
	|(?:can't|cannot|couldn't|could not) find (?:it|them|those)(?<=\bwhen\b[^.?!]{0,50}find (?:it|them|those))
compliance_risk	-	labou?r inspection|fine(?:s|d)? (?:you|us)\b|(?:got|get|had|received|paid|gave us|gives? us) (?:a )?(?:fine|penalty|penalite|pénalité|finding)\b
	|(?:not|isn't|wasn't|weren't|aren't|ain't) (?:legally )?enforceable|unenforceable|ain't valid
	|e i d a s|eidas|no proof\b|legally (?:we(?:'re| are) |we'd be )?exposed
	|(?:not|isn't|aren't) (?:legally )?valid(?<=\b(?:otherwise|or else)\b[^.?!]{0,20})|not legally valid|legally invalid
# Said on the phone again: "the deal is stuck", "papers come back late", "a big problem for the licence", "per seat, too much
# for us", "we copy everything to hub spot by hand, double job", "then the c m r goes missing", "mailing a second request",
# "never sent theirs back, the fieldmen were calling 'em", "drive the paper out to the farms", "it has to be hosted in canada",
# "they don't come back at all".
slow_turnaround	-	stuck(?<=\b(?:deal|deals|contract|contracts|it|everything|things|sale|sales|order|orders|paperwork|papers|file|files)(?:'s| is| are| gets| got| was) stuck)
	(?=\s*(?:[,.;!?]|$))|c(?:o|a)me(?:s|ing)? back late\b
compliance_risk	-	problem for (?:the|our) licen[cs]e\b|(?:(?:(?:has|have|needs?) to|must|should) be|need (?:everything|it|all of it|the data|our data)) hosted (?:in|inside|within)\b(?! the cloud\b)
	|data (?:residency|sovereignty)|protected b\b|keep (?:it|them|everything|the data|our data) hosted (?:in|inside|within|on)\b(?! the cloud\b)
too_expensive	negatable	too much for (?:us|me|our budget)\b(?<=\b(?:pric\w*|costs?|fees?|seats?|users?|subscription|plan|renewal|licen[cs]es?)\b[^.?!]{0,40}too much for \w+(?: budget)?)
missing_integration	-	double (?:job|work)(?<=\b(?:cop(?:y|ies|ied|ying)|typ(?:e|es|ed|ing)|key(?:s|ed|ing)?|enter(?:s|ed|ing)?)\b[^.?!]{0,60}double \w+)
poor_visibility	-	(?:goes|went) missing(?<=\b(?:the|a|an|one|our|their|every) (?:[a-z]+ ){1,3}(?:goes|went) missing)
	|c(?:o|a)me back at all(?<=\b(?:don't|do not|doesn't|never|didn't|won't) c(?:o|a)me back at all)
chasing_signatures	-	(?:a|the) (?:second|third|fourth) (?:request|reminder|notice)s?\b
	|(?:calling|ringing|phoning|texting|emailing) (?:'em|them)(?<=\b(?:never|didn't|did not|don't|do not|won't|haven't|hadn't) (?:\w+ ){0,2}(?:sent|send|signed|sign|returned)\b[^.?!]{0,80}
	|\bunsigned\b[^.?!]{0,60})
manual_process	-	(?:drive|drives|driving|drove|carr(?:y|ies|ying|ied)|tak(?:e|es|ing)|took) (?:the |all the )?(?:paper|papers|paperwork|forms|contracts)(?: out| over| round)?
	 to (?:the|their|each|every|all)\b
# Said in rural and second-language English: "the paper comes by bus", "the buyer sends it back by scan", "we use hanko and
# post", "the electronic bookkeeping law", "they lose the papers", "very difficult to find",
# "that's two weeks gone", "remind the couples three, four times", "it's aw paper", "half the time it's lost", "scan every
# one", "one goes missin", "chasin 'em round the site", "sits on the kitchen table six weeks", "got wrote up", "wasn't
# dated", "gets the papers signed", "sometimes that's a week and a half", "don't get signed till", "a warning letter",
# "goes walkabout", "we never see it again", "couldn't find half of 'em", "we're not insured", "calling mamas to sign 'em",
# "hasn't a clue who's signed what".
manual_process	-	(?:papers?|paperwork|forms|contracts|documents) (?:comes?|goes|go|travels?|arrives?) by\b|(?:go|goes|went|sent|send) out by (?:mail|post|fax)\b|by scan\b|hanko\b
	|(?:it's|it is|everything's|everything is) aw paper\b|scan(?:s|ning|ned)? (?:every|each) (?:one|single one)\b
	|(?:get|gets|getting|got) (?:the |all the )?papers signed\b|sign(?:s|ed|ing)? the paper\b
compliance_risk	-	(?:bookkeeping|record-?keeping|retention|privacy|e-?signature|electronic signature|electronic transactions?) (?:laws?|acts?)\b
	|wrote (?:us|me|him|her|them) up\b|(?:got|get|been|were|was|are|be) (?:wrote|written) up\b|warning letters?\b
	|(?:we're|we are|we'd be|we would be|we wouldn't be|we aren't|we'd not be|i'm|i am|i'd be|i would be|i'll be) not (?:insured|covered)\b|uninsured\b
	|(?:they|insurers?|underwriters?) (?:won't|will not|wouldn't) cover (?:us|me)\b
	|protected(?<=\b(?:not|nuh|no|isn't|aren't|won't be|wouldn't be) protected)(?<=\bwithout\b[^.?!]{0,40})
	|insurance (?:won't|will not|wouldn't|doesn't|does not) cover\b|(?:problem|trouble) with (?:the |our )?(?:insurance|insurers?|seguro)\b
poor_visibility	-	(?:lose|loses|losing|lost) (?:the |all the |their |our )?papers\b|(?:difficult|hard|impossible) to find(?<=\b(?:papers|forms|files|documents|contracts
	|paperwork|copies|agreements|records)\b[^.?!]{0,50}to find)
	|lost(?<=\b(?:half the time|sometimes|often|usually|always) (?:it's|it is|they're|they are|it gets|they get|one's|one gets) lost)
	|(?:one|some|half|they|it|those|these|stuff|things|forms|papers) (?:goes|go|went|gone) missin\b|(?:go|goes|went|gone) walkabout\b|never see (?:it|them|'em|those) again\b
	|(?:couldn't|could not|can't|cannot|never) find half\b
	|clue (?:who|where|which|whether|what)(?<=\b(?:hasn't|haven't|hadn't|not|no|don't have|doesn't have|didn't have) (?:a |any )?clue \w+)
slow_turnaround	-	(?:days|weeks|months|a week|a month|a fortnight) gone\b(?<=\bthat's (?:\w+ ){1,3}gone|, (?:one|two|three|four|\d+), (?:\w+ ){1,2}gone)
	|(?:sometimes|often|usually),? (?:that's|it's|that is|it is) (?:like |about |almost |over )?(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?)\b
	|(?:don't|doesn't|do not|does not|never|didn't) get signed (?:till|until)\b
	|(?:that's|it's|that takes|it takes) hours\b(?<=\bsign\w*\b[^.?!]{0,40}hours)
	|(?:sit|sits|sat|sitting)(?<!\b(?:cars?|vehicles?|trucks?|boats?) \w+) (?:on|in) (?:\S+ ){1,4}(?:days|weeks|months)\b(?! ago)
chasing_signatures	-	remind(?:s|ing)? (?:the |our )?\w+ (?:two|three|four|five|\d+),? (?:(?:three|four|five|six|\d+) )?times
	|chas(?:e|es|ing|in'?) (?:'?em|them|him|her) (?:round|around|down|up and down|by (?:phone|text|email|whatsapp))\b
	|(?:calling|ringing|phoning|texting|emailing|messaging) (?:[a-z']+ ){1,2}to sign\b
errors_rework	-	(?:wasn't|weren't|isn't|aren't|not) dated\b
# Said in island, Asian and Spanish-mixed English: "we nuh see it back for days", "we call, yani three four times", "they don't know how
# to use leh", "we snap photo of the signed paper", "we cannot find,", "the brand can get sued", "chasin' them for weeks",
# "if we cannae show the signed statement", "todo es paper", "o se pierde", "they found files without signature so we got a penalty".
slow_turnaround	-	(?:see|get|gets|got|have|has) (?:it|them|'em|those) back (?:for|after) (?:like |about |almost |over )?(?:days|weeks|months|a week|a month|a fortnight)\b
chasing_signatures	-	chas(?:e|es|ing|in'?) (?:'em|them|him|her|people|folk|everyone) for (?:weeks|days|months|ages)\b
hard_to_use	-	know how to use(?<=\b(?:they|people|elderly|old people|older people|[a-z]+s)(?: all| abroad| here)?
	 (?:don't|do not|dont|doesn't|can't|cannot|never) know how to use)
manual_process	-	snap(?:s|ping|ped)? (?:a )?(?:photos?|pictures?|pics?) of (?:the |each |every )?(?:signed )?(?:{doc_nouns}|papers?|sheets?|receipts?|dockets?|it|them)\b
	|todo es (?:paper|papel)\b|(?:it's|its) printed(?=\s*(?:[,.;!?]|$)| (?:and|out|off)\b)|(?:and|then|is|are) print(?=\s*(?:[,.;!?]|$))
poor_visibility	-	find(?<=\b(?:we|they|nobody|no one) (?:can't|cannot|cannae|canny|couldn't|could not) find)(?=\s*(?:[,.;!?]|$))|se pierden?\b|se perdi(?:ó|o|eron)\b
compliance_risk	-	(?:get|gets|got|getting|be|being) sued\b|(?:can't|cannot|cannae|canny|couldn't|could not) (?:show|produce|prove)
	 (?:the |a |that |they |who |her |his |their |my |our )?(?:signed|signature)
# Said plainly or in pidgin: "everything is handwritten", "now everyting stay printed", "the client prints and signs it",
# "the buyers keep the contract for days", "we cannot find the paper", "cannot find which version", "back with blank fields".
manual_process	-	(?:is|are|all|still|it's|everything's) (?:all |still |just |mostly )?hand-?written\b|(?:stay|stays) printed\b|prints? (?:it |them )?and signs?\b
slow_turnaround	-	(?:keep|keeps|kept|hold|holds|held) (?:the |our |my )?{doc_nouns} for (?:days|weeks|months)\b
	|(?:keep|keeps|kept) (?:it|them|'em) (?:for )?(?:a|one|two|three) (?:days?|weeks?|months?)\b|c(?:o|a)mes? back,? (?:that's|that is|it's|is) (?:like |about |almost |over )?(?:a|one|two
	|three|four|five|six|\d+) (?:days?|weeks?|months?)\b
	|(?:don't|doesn't|do not|does not|never) c(?:o|a)me (?:in|back) for (?:a|like a|about a|two|three|\d+) (?:days?|weeks?)\b
poor_visibility	-	(?:can't|cannot|couldn't|could not) find (?:the )?(?:paper|papers|(?:which|the right) (?:version|copy))\b
errors_rework	-	back with (?:blank|empty|missing) (?:fields|boxes|spaces|sections|pages|lines)\b
# A records-retention rule said with a regulator: "the ministry wants the signed consent kept seven years", "... kept on file with a signature".
compliance_risk	-	kept (?:for )?(?:\w+ )?years\b(?<=\b(?:ministry|regulators?|law|authority|inspectors?|council|tax office|wants?|requires?)\b[^.?!]{0,60})
	|kept (?:properly |on file |safely )?with (?:a |the |their )?signatures?\b(?<=\b(?:ministry|regulators?|law|authority|inspectors?|council|rules?)\b[^.?!]{0,120})
# Told by one-person businesses: "they take their own sweet time", "all on email and printouts", "then ghost me for a week", an
# authority asking for the signed records ("a letter saying i need to show the signed tenancy"; "we had fair work in and they
# weren't happy about the missing contracts").
slow_turnaround	-	(?:take|takes|taking|took) (?:their|his|her|its) (?:own )?sweet time|ghost(?:s|ed|ing)? (?:me|us)\b(?![^.?!]{0,80}\b(?:nudg|chas|remind|follow(?:ing)? up))
manual_process	-	(?:and|on|with|by|then) print-?outs?\b(?<!\b(?:and|on|with|by) print-?out)
compliance_risk	-	show(?<=\b(?:need|needs|have|has|got) to show)(?= (?:the |a |every |all (?:the )?)?signed\b)(?<=\b(?:council|regulators?|ministry|inspectors?|licensing|authorit(?:y|ies)
	|letter|auditors?)\b[^.?!]{0,100}show)
	|missing(?<=\b(?:weren't|wasn't|were not|was not|not) happy (?:[^.?!,]{1,40} )?(?:about|with) (?:the )?missing)(?<=\b(?:fair work|inspectors?|inspection|regulators?|auditors?|ministry|council
	|labou?r office|authorit(?:y|ies))\b[^.?!]{0,80}missing)
# A rule that the signed copy be on file, or what it costs ("the regulator wants the signed terms kept on file", "signed consent
# on file or we can't claim it"); the wait said with its floor ("couriering it back, which is like four days minimum"); staff
# who travel with the paper ("the clerk has to go with the paper").
compliance_risk	-	kept on file(?<=\b(?:ministry|regulators?|law|authority|inspectors?|council|rules?|wants?|requires?)\b[^.?!]{0,60}kept on file)
	|claim(?<=\bor (?:else )?(?:we|you|i|they) (?:can't|cannot|can not|won't|don't get to) claim)
slow_turnaround	-	minimum(?<=\b(?:which is|which's|that's|it's|takes?|taking) (?:like |about )?(?:a|one|two|three|four|five|six|seven|\d+)(?:,? (?:two|three
	|four|five|six|seven|eight|\d+))? (?:days?|weeks?|months?|fortnight) minimum)
manual_process	-	(?:has|have|had) to (?:go|travel|walk|drive|ride) (?:out |round |around )?with the (?:paper|papers|paperwork|forms)\b(?! (?:version|option|one|route)\b)
# Said on the phone again: "dem no sign the second page", "a page wasn't signed", "half of them forget the second signature",
# "so we do am again", "comes back three days later", "the file is not found", "forms are getting misplaced", "we go dey call
# them upandan", "some go just disappear for one week", "support from the current crowd is shocking", "setting up templates is
# a pain", "does it host in canada", "our privacy office won't sign off", "the workers drive around with paper in their cars".
errors_rework	-	(?:second|third|last|back|other|next) (?:page|box|field|line)\b(?<=\b(?:no|didn't|did not|don't|doesn't|never|not) sign (?:the |a |one )?\w+ \w+)
	|wrong(?<=\b(?:put|puts|putting) (?:\w+ ){0,2}in wrong)
	|(?:page|box|field|line|section)s? (?:wasn't|was not|isn't|is not|weren't|were not|aren't|are not) (?:signed|initial+ed|dated|filled)\b
	|forg(?:et|ets|ot|etting) (?:the |a |their |his |her )?(?:second |other |last |third )?(?:signature|initials?|page)s?\b
	|again(?<=\b(?:so we|have to|had to|has to|got to|must|we go|we dey) (?:do|redo) (?:it|them|am|'em)(?: all)?(?: over)? again)
slow_turnaround	-	disappear(?:s|ed|ing)? for (?:like |about |almost |over )?(?:a|one|two|three|four|\d+|days|weeks|ages)\b
poor_support	-	support (?:from|at|with) (?:the |our |their )?(?:\w+ ){0,2}(?:is|are|was|'s) (?:so |really |very |absolutely |pretty )?(?:terrible|awful|bad|shocking
	|useless|rubbish|hopeless|dreadful|appalling|non-?existent|a joke)\b
hard_to_use	-	templates?(?<=\b(?:setting up|set up|setup|building|making|creating|editing) (?:the |our |new )?templates?) (?:is|are|was|'s)
	 (?:such )?(?:a (?:real |right |total |bit of a )?pain|painful
	|fiddly|a nightmare|a headache|hard|difficult)\b
compliance_risk	-	host(?:ed)?(?<=\b(?:does|do|will|can|would|could) (?:it|you|the data|your servers?) (?:be )?host(?:ed)?) (?:in|inside|within)\b(?! the cloud\b)
	|(?:privacy|legal|compliance) (?:office|officer|team|people)\b[^.?!]{0,20}\b(?:won't|will not|wouldn't|would not|not) sign (?:it )?off\b
manual_process	-	(?:paper|papers|paperwork|forms)(?<=\b(?:drive|drives|driving|drove|walk|walks|walking|go|goes|going|travel|travels|travelling|traveling) (?:a?round |about |out )?with
	 (?:the )?(?:paper|papers|paperwork|forms))\b(?! (?:version|option|one|route)\b)
# The wait for signers said as a habit or in pidgin: "we fit wait two weeks", "we often wait a few days" ("we can wait two weeks" is
# patience, not a wait); "now we are taking printout, getting sign, then scanning".
slow_turnaround	-	(?:fit|dey|often|usually|always|sometimes|still|end up) wait(?:ing)? (?:for )?(?:like |about |up to |almost |over )?(?:a|one|two|three|four|five|six
	|\d+|a couple of|a few)(?: or (?:two|three|four|five|six|\d+))? (?:days?|weeks?|months?)\b
manual_process	-	(?:take|takes|taking|took|taken) (?:a |the )?print-?outs?\b
# Signers chased to sign, named by any plural: "we're chasing applicants to sign", "chasing the students to sign".
chasing_signatures	-	chas(?:e|es|ing|in'?) (?:the |our |all the |all our )?[a-z]+s (?:\w+ ){0,2}to sign\b
# A wait said in progress: "the customer is taking two three weeks to sign".
slow_turnaround	negatable	(?:taking|took) (?:us |them |me )?(?:like |about |almost |nearly |up to )?(?:a|one|two|three|four|five|six|\d+|a couple of|a few)
	(?:,? (?:or |to )?(?:two|three|four|five|six|\d+))? (?:days|weeks|months) to (?:sign|come back|get (?:it |them )?(?:back|signed)|return)\b
# Papers sent round by courier: "it's all couriered around the city".
manual_process	-	couri(?:ered|ering)\b|by courier\b|paper in (?:a|the) (?:folder|drawer|box|binder|file)s?\b
# Parts of the document left out: "half of them have pages missing", "if a signature's missing".
errors_rework	-	(?:pages?|signatures?|initials|fields?) missing\b|(?:a|one|the) (?:\w+ )?(?:page|signature|field)'s missing\b
	|(?:kick|kicks|kicked|kicking|bounce|bounces|bounced) (?:the (?:\w+ )?|it |them )?back(?= (?:if|because|when|whenever)\b)
# Not knowing what came back: "we've no idea which ones have come back".
poor_visibility	-	(?:no|zero) idea (?:which|who|whether|if|what)\b[^.?!]{0,40}\b(?:come back|came back|signed|returned|sent back)\b
# The tax office or regulator asking for the records: "a letter from revenue saying the signed records must be shown".
compliance_risk	-	(?:letter|notice) from (?:the )?(?:revenue|tax ?man|tax office|tax authority|regulator|hmrc|irs
	|(?:data protection|privacy|information) (?:commission(?:er)?|authority|office|regulator))\b
	|records (?:must|have to|need to) be (?:shown|produced|kept|available)\b
# Told from inside a larger body: "we lose heaps of them", Pidgin "the papers dey lost for site" and "signature no dey the last
# page" (it is not there), a photo snapped and sent back ("client go sign, snap photo send am back").
poor_visibility	-	(?:we|they) (?:lose|lost) (?:heaps|lots|tons|plenty|dozens|loads|a heap|a load|a fair few|a good few) of (?:them|'em|those|the (?:{doc_nouns}|papers?|consents?|waivers?|slips?))\b
	|(?:papers?|paperwork|forms?|files?|documents?|copies|contracts?|agreements?) (?:dey|don|go) (?:get )?lost\b
errors_rework	-	(?:signatures?|initials?|pages?|stamps?) (?:no|nor) dey\b(?! (?:clear|hard|easy|good|bad|plenty)\b)
# Gone missing said with the contraction ("a form's gone missing", "the agreement has gone missing"); losing a share of them,
# whoever loses them, with the papers named before ("it's all paper and the drivers lose half of 'em").
poor_visibility	-	(?:{doc_nouns}|papers?|consents?|waivers?|slips?)(?:'s| has| have|'ve) (?:already |just |once |even )?gone missing\b
	|(?:lose|loses|losing|lost) (?:half|most|a lot|loads|some|a few|a third|a quarter) of (?:'em|them)\b
	(?<=\b(?:paper|papers|paperwork|{doc_nouns}|consents?|waivers?|slips?)\b[^]{0,160})
# Paper beside another everyday channel as the whole answer: "it's all texts and paper".
manual_process	-	(?:it's|it is|everything's|everything is|all) (?:all |just |still |mostly )?(?:texts?|text messages|emails?|whatsapp|excel|spreadsheets?
	|phone calls?|calls|faxes) and paper\b
manual_process	-	snap(?:s|ping|ped)? (?:a )?(?:photos?|pictures?|pics?),? (?:and )?(?:send|sends|sent|sending|whatsapp)\b
# Parts left out said with a verb: "many times pages are missing".
errors_rework	-	(?:pages?|signatures?|initials) (?:are|were|is|was|keep being|come back) missing\b
# Sent as an attachment: "proposals go as email attachment".
manual_process	-	as (?:an? )?(?:e-?mail|whatsapp) attachments?\b
# Silence for a stretch: "the client doesn't reply for two weeks".
slow_turnaround	-	(?:doesn't|don't|didn't|won't|never|no dey|no) (?:reply|replies|respond|answer|sign|get back(?: to (?:us|me))?) for
	 (?:a |one |two |three |four |five |six |\d+ |a couple of |a few |several |days|weeks|ages)(?:days?|weeks?|months?)?\b
`;
