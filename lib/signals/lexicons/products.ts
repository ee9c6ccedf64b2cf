/**
 * Products a caller may name: integrations they need (CRMs, storage, chat, accounting, payments, mail)
 * and the document or e-signature tool they use now. A tab-separated table, one alias set per line:
 *
 *   id  field (integration_needs | current_solution)  match  aliases
 *
 * `match` is `lower` (aliases matched on the lowercased utterance) or `cased` (matched on the original
 * text, for names that are common words: "Slack", "Outlook", "Word", "Teams", "Box"). `aliases` are
 * regular-expression sources, `|`-separated, matched as whole words; `{name}` is a word list from
 * ./fragments.ts. Several lines with one id add aliases to it; a new product is one new line. Ids are
 * snake_case and stable (lead scoring and analysts group by them). Lines starting with # are notes.
 */
export default String.raw`
salesforce	integration_needs	lower	salesforce|sales force|sfdc
hubspot	integration_needs	lower	hubspot|hub spot
pipedrive	integration_needs	lower	pipedrive|pipe drive
zoho_crm	integration_needs	lower	zoho crm|zo ho crm|zoho(?! sign)
microsoft_dynamics	integration_needs	lower	microsoft dynamics(?: 365| crm)?|ms dynamics|dynamics 365|dynamics crm
microsoft_dynamics	integration_needs	cased	Dynamics
zapier	integration_needs	lower	zapier
slack	integration_needs	lower	slack (?:channels?|messages?|notifications?|integration|workspace|alerts?)|(?:in|on|into|to|via|through|use|uses|using|with) slack(?! off)
slack	integration_needs	lower	(?<=\b(?:and|also|plus|or|maybe) )slack(?= (?:would|could|too|as well|integration|support)\b|\s*[,.;!?]|\s*$)
slack	integration_needs	cased	Slack
# The chat tool said by its job: "slack for chat", "chat is slack".
slack	integration_needs	lower	slack(?= for (?:the )?(?:chat|chatting|messaging|messages|comms|internal comms|talking|everything else|the rest)\b)
	|(?<=\b(?:chat|chats|messaging|comms)(?:'s| is| are) (?:on |in |all on |through |mostly |all )?)slack\b
# Said with where it is used: "zen desk for the tickets and slack internally".
slack	integration_needs	lower	slack(?= internally\b| for internal\b)
# The one chat tool left: "IT blocked slack, so it's all teams", "it's just slack now".
slack	integration_needs	lower	(?<=\b(?:it's|it is|everything's|everything is) (?:all|just|only|mostly) (?:on |in |through )?)slack(?=\s*(?:[,.;!?]|$)| now\b)
microsoft_teams	integration_needs	lower	microsoft teams|ms teams|m s teams|msteams
microsoft_teams	integration_needs	lower	(?<={ms_apps}(?:,|\s+and|\s+or|,\s*and|,\s*or)\s+)teams(?! of)
# Said with the other Microsoft tools after it: "we're on teams and outlook".
microsoft_teams	integration_needs	lower	(?<=\b(?:on|in|use|using|via|microsoft,?) )teams(?=,? (?:and |or |plus )?(?:{ms_apps})\b)
microsoft_teams	integration_needs	lower	(?<=\b(?:on|in|via|through|over|using) )teams(?= (?:all day|calls?|chats?|meetings?|channels?|messages?|notifications?)\b)
microsoft_teams	integration_needs	cased	(?<=\b(?:[Ii]n|[Oo]n|[Vv]ia|[Tt]hrough|[Uu]se|[Uu]sing|and|or|with|[Ii]t's|{link_verbs} (?:in)?to) )Teams
microsoft_teams	integration_needs	cased	(?<=(?:[Mm]icrosoft|MS|SharePoint|Sharepoint|Outlook|OneDrive|Office|O365|Slack|Zoom)[^.?!]{0,60}, )Teams\b
microsoft_teams	integration_needs	cased	Teams(?=,? (?:and )?(?:SharePoint|Sharepoint|Outlook|OneDrive|Office|O365))
microsoft_teams	integration_needs	cased	Teams(?= (?:channels?|chats?|calls?|meetings?|messages?|notifications?|integrations?|app|connector|bot|plug-?in|add-?in)\b)
microsoft_teams	integration_needs	lower	teams(?= for (?:the )?(?:chat|chatting|messaging|messages|calls|meetings|comms|internal comms|everything else|the rest)\b)
	|(?<={ms_apps} for (?:\w+ ){1,2}(?:and|,|, and) )teams(?= for\b)
	|(?<=\b(?:chat|chats|messaging|comms|calls|meetings)(?:'s| is| are) (?:on |in |all on |through |mostly |all )?)teams\b
	|(?<=\b(?:{ms_apps}) for (?:the )?(?:mail|email|e-mail|files|documents|docs),? and )teams(?=\s*(?:[,.;!?]|$))
# Listed after "microsoft": "we do everything in microsoft, the whole company, and teams for the crews".
microsoft_teams	integration_needs	lower	teams(?<=\bmicrosoft\b[^.?!]{0,60}(?:,|,? and|,? plus) teams)(?! of\b)
# Listed with no comma after another Microsoft app, "microsoft" said before: "we're a microsoft shop outlook teams and ...".
microsoft_teams	integration_needs	lower	teams(?<=\bmicrosoft\b[^.?!]{0,60}\b(?:{ms_apps}) teams)(?! of\b)
# Between two Microsoft apps with no commas: "we use outlook teams and sharepoint".
microsoft_teams	integration_needs	lower	teams(?<=\b(?:{ms_apps}) teams)(?=,? (?:and |or |plus )?(?:{ms_apps})\b)
# "the teams" listed after "microsoft" at a clause end: "the whole company is microsoft, the teams also".
microsoft_teams	integration_needs	lower	teams(?<=\bmicrosoft\b[^.?!]{0,60}(?:,|,? and|,? plus) the teams)(?=\s*(?:[,.;!?]|$)| (?:also|too|as well)\b)
# Said beside other chat or mail tools: "we use teams sometimes, but mostly whatsapp and g mail".
microsoft_teams	integration_needs	lower	(?<=\b(?:use|using|on) )teams(?=(?: (?:sometimes|a lot|too|also|here and there))?,? (?:and|or|but|plus)\b[^.?!]{0,30}
	\b(?:whatsapp|slack|zoom|skype|gmail|g mail|google meet)\b)
# Where the team lives all day: "we live in teams".
microsoft_teams	integration_needs	lower	(?<=\b(?:live|lives|living) (?:in|on) )teams(?! of)\b(?![^.?!]{0,40}\bteams of\b)
# Calls said by where they happen: "we do calls on teams".
microsoft_teams	integration_needs	lower	(?<=\b(?:calls?|meetings?|video calls?) (?:on|in|over|through|via) )teams\b(?! of\b)
microsoft_teams	integration_needs	lower	(?<=\b(?:it's|it is|everything's|everything is) (?:all|just|only|mostly) (?:on |in |through )?)teams(?=\s*(?:[,.;!?]|$)| now\b)
google_drive	integration_needs	lower	google drive|g ?drive
# Files kept there, said bare: "then we are scanning and keeping in drive".
google_drive	integration_needs	lower	(?<=\b(?:keep|keeps|keeping|kept|sav(?:e|es|ing|ed)|stor(?:e|es|ing|ed)|upload(?:s|ing|ed)?) (?:it |them |everything |all |the \w+ )?(?:in|on|to|into) )drive\b
	(?! (?:to|over|out|up|down|round|around|through|mode|gear)\b)
google_drive	integration_needs	lower	(?<=(?:google|gmail|g ?suite|workspace|google docs|google sheets)[^.?!]{0,40}(?:,|,? and|,? or) )drive\b
# "the drive" beside the Google mail: "g mail and the drive" (only where the clause ends, not a drive out somewhere).
google_drive	integration_needs	lower	(?<=(?:google|gmail|g mail)[^.?!]{0,40}(?:,|,? and|,? or) the )drive(?=\s*(?:[,.;!?]|$)| for\b)
google_drive	integration_needs	cased	(?<=(?:Google|Gmail|G ?Suite|Workspace)[^.?!]{0,40}, )Drive\b
# Google's apps listed with no commas: "we're on google, gmail drive calendar the lot".
google_drive	integration_needs	lower	(?<=\b(?:gmail|g mail) )drive\b(?! (?:to|over|out|up|down|round|around|through|mode|gear)\b)
dropbox	integration_needs	lower	dropbox(?! sign)|drop box
box	integration_needs	lower	box\.com|box (?:account|folders?|drive)
box	integration_needs	lower	(?<=\b(?:in|into|to|from|with|using|on) )box(?=\s*(?:[,.;!?]|$)| (?:and|or|too|as well)\b)
box	integration_needs	cased	(?<!^|[.!?] )(?<![Cc]heck the |[Tt]ick the |[Dd]rop|[Ii]n)Box\b(?! [Ss]ign)
box	integration_needs	cased	Box(?= is (?:where|our|what we))
# A reply that opens with the tool, then says what it is for: "box, that's where everything lives".
box	integration_needs	lower	(?<=^\s*)box(?=,\s*(?:that's|that is|it's|it is|which is|where)\b)
onedrive	integration_needs	lower	onedrive|one drive
sharepoint	integration_needs	lower	sharepoint|share point
quickbooks	integration_needs	lower	quickbooks(?: online)?|quick books|qbo
# "zero" is how speech-to-text hears Xero: only as something to connect to or beside another accounting tool.
xero	integration_needs	lower	xero
xero	integration_needs	lower	(?<=\b{link_stems} (?:up |directly )?(?:with|to|into) )zero(?=\s*(?:[.,;!?]|$|too\b|as well\b|and\b|that'd\b|that would\b|then\b)
	| for (?:the |our )?(?:books|accounts|accounting|bookkeeping|invoicing|payroll)\b)
# Where the money goes through: "the subs go through zero", "payroll runs through zero".
xero	integration_needs	lower	(?<=\b(?:go|goes|going|run|runs|running|done|paid|processed) (?:all )?through )zero(?=\s*(?:[.,;!?]|$| (?:and|so|too|as well)\b))
xero	integration_needs	lower	(?<=\b(?:quickbooks|quick books|sage|netsuite|net suite|freshbooks) (?:or|and) )zero\b
xero	integration_needs	lower	zero (?:accounting|integration)\b
# A short answer that opens with the tool and its job: "zero for the accounts and slack for chat".
xero	integration_needs	lower	zero(?<=^\s*zero)(?= for (?:the |our )?(?:books|accounts|accounting|bookkeeping|invoicing|payroll)\b)
# Beside another tool, with its job: "hub spot and zero for the accounts".
xero	integration_needs	lower	(?<=(?:\b(?:and|or|plus)|,) )zero(?= for (?:the |our )?(?:books|accounts|accounting|bookkeeping|invoicing|payroll)\b)
# "zero" where the books are kept: "the accounts team uses zero", "our books are in zero".
xero	integration_needs	lower	(?<=\b(?:accounts?|accounting|books|bookkeeping|bookkeeper|finance|accountants?|invoicing|payroll)(?: team| side| department| people)? (?:uses?|using|is on|are on|is in|ar
	e in|runs on|run on|lives? in|is|are|on|in|dey on|dey in|na) (?:all |aw )?(?:(?:on|in) )?)zero\b
	|(?<=\b(?:accounts?|accounting|books|finance|payroll) (?:lot|guys|folks|girls|lads|office|crowd) (?:uses?|are on|are in|run on|live in) )zero\b
# Used for the books: "we use zero for the books", "and we've got zero for the accounts" (not "got zero for the accounts budget").
xero	integration_needs	lower	(?<=\b(?:use|uses|using|on|in|run|runs|through) )zero(?= for (?:the |our |all the |all our )?(?:books|accounts|accounting|bookkeeping|invoicing|payroll)\b)
xero	integration_needs	lower	(?<=\b(?:we've|we have|we) got |\bwe've )zero(?= for (?:the |our )?(?:books|accounts|accounting|bookkeeping|invoicing|payroll)(?:\s*(?:[,.;!?]|$)| and\b))
netsuite	integration_needs	lower	netsuite|net suite
# UK/Irish/South African and Australian/NZ accounting packages ("we're on Sage", "it all runs through MYOB").
# Lowercase "sage" is the herb: only a product name ("sage 50", "sage accounting") reads lowercase.
sage	integration_needs	lower	sage (?:50|200|300|x3|intacct|accounting|accounts|payroll|business cloud|one)
sage	integration_needs	cased	(?<!^|[.!?] )Sage\b(?! [A-Z])
# Lowercase as where the books are or what to connect to, at a clause end: "the finance lot are on sage", "talking to sage",
# "keeps the books in sage for us", with a closing tag "the accounts are all on sage like".
# "sage for the accounts": said by its job.
sage	integration_needs	lower	sage(?= for (?:the |our |all the |all our )?(?:books|accounts|accounting|bookkeeping|invoicing|payroll)\b)
# The tool said first, then that it is used: "na sage we dey use for accounts".
sage	integration_needs	lower	sage(?= we (?:dey |still |mostly )?(?:use|using)\b)
sage	integration_needs	lower	(?<=\b(?:are|is|we're|they're|all|were|everything's|books|accounts|accounting|payroll) (?:on|in) 
	|\b(?:guys|team|side|department|people|lot|accountants?|bookkeepers?) (?:all )?(?:use|uses|using) 
	|\b{link_stems} (?:up )?(?:with|to|into) )sage(?=\s*(?:[,.;!?]|$)| (?:and|an|too|as well|for)\b| like\s*(?:[,.;!?]|$))
# Re-keyed into it: "accounts type every order into sage again by hand".
sage	integration_needs	lower	sage(?<=\binto sage)(?= again\b| by hand\b| manually\b)
# Where the books moved: "we moved to sage last year", "switched tae sage".
sage	integration_needs	lower	(?<=\b(?:moved|switched|changed|migrated) (?:over )?(?:to|tae|onto) )sage\b(?! green)
# The books named as a tool: "our accounting, which is sage", "the accounts package is sage".
sage	integration_needs	lower	(?<=\b(?:accounting|accounts|books|bookkeeping|payroll|finance)(?: system| package| software)?(?:,? which is|,? that's| is|'s) )sage\b
# Sage's South African package, said where the books are: "the accounts are on pastel", "we use pastel for payroll".
sage	integration_needs	lower	sage pastel|pastel(?<=\b(?:on|in|use|uses|using|run|runs) pastel)(?=\s*(?:[,.;!?]|$)| (?:for|and|accounting|payroll|partner|evolution)\b)
myob	integration_needs	lower	myob|m y o b
stripe	integration_needs	lower	stripe
gmail	integration_needs	lower	gmail|g mail|google mail
outlook	integration_needs	lower	outlook (?:calendars?|email|inbox|add-?in|plugin|plug-in|integration|contacts)|(?:in|on|into|inside|within|with|use|uses|using|to|from|through|via|by|over
	|our|my|work out of|works out of|working out of|live out of|lives out of) outlook
outlook	integration_needs	cased	(?<!^|[.!?] )Outlook
# The last of a list of tools: "teams and outlook", "we're on net suite and outlook", "quick books y outlook" (Spanish "and").
outlook	integration_needs	lower	(?<=\b(?:and|or|y|,)\s+)outlook\b(?! (?:is|was|for|on|of)\b)
# Mail said by its job, or lowercase beside other Microsoft apps: "email is outlook", "so outlook and teams".
outlook	integration_needs	lower	(?<=\b(?:email|emails|e-mail|mail|calendar)(?:'s| is| are| na) (?:on |in |all on |through |mostly |all |just )?)outlook\b
	|outlook(?=,? (?:(?:and|or|plus) )?(?:(?:m s )?teams|onedrive|one drive|sharepoint|share point|office)\b)|outlook(?= for (?:the )?(?:mail|email|emails|e-mail|the calendar|calendars?)\b)
# The one mail tool, or the tool for all the rest: "at the minute it's all outlook", "yardi for the properties and outlook for everything else".
outlook	integration_needs	lower	(?<=\b(?:it's|it is|everything's|everything is) (?:all|just|only|mostly) (?:on |in |through )?)outlook\b
	|(?<=\beverything else(?:'s| is| is on| is in| is all| is just) )outlook\b
	|outlook(?= for (?:everything else|the rest|all the rest|everything)\b)
# A reply that opens with the tool, then its suite: "outlook, everything is microsoft here" (a bare "Outlook, mostly." is an answer
# to the agent's question, read by question-context.ts).
outlook	integration_needs	lower	(?<=^\s*)outlook(?=,[^.?!]{0,40}\bmicrosoft\b)
# Suites: a caller naming the suite (not one of its apps) gets the suite id; "the microsoft stuff, outlook and teams" is the apps.
microsoft_365	integration_needs	lower	(?:office|microsoft|m s) (?:three six five|three sixty five|3 6 5)|(?<=\b(?:on|use|using|in) (?:all )?(?:the )?)microsoft (?:stuff|suite|products|tools
	|package|apps)(?![^.?!]{0,80}\b{ms_named}\b)(?<!\b{ms_named}\b[^.?!]{0,80})|o ?365
	|office ?365|microsoft 365|ms 365|m365|microsoft office suite
# "we're a microsoft shop" with no Microsoft app named in the sentence (with one named, the apps are the needs).
microsoft_365	integration_needs	lower	microsoft (?:shop|house|business|company|office|place|environment|stack)(?![^.?!]{0,80}\b{ms_named}\b)(?<!\b{ms_named}\b[^.?!]{0,80})(?<=(?:we're|we are|we're all
	|we are all|we're very much|we're basically|we're pretty much|we're a|we are a|we're very much a|we're basically a|we're pretty much a|we're totally a|we're fully a) (?:a )?microsoft \w+)
# Everything kept at Microsoft: "we've got everything on microsoft" (no Microsoft app named in the sentence: "outlook, everything is
# microsoft here" is Outlook).
microsoft_365	integration_needs	lower	microsoft(?<=\b(?:everything's|everything is|everything else is|everything else's|everything|it's all|we're all|all) (?:deh )?(?:on |in |pan )?microsoft)
	(?=\s*(?:[,.;!?]|$)| here\b| for (?:us|me)\b| (?:and|so|but) (?:the|we|i|they|our|it|that|there)\b)(?![^.?!]{0,80}\b{ms_named}\b)(?<!\b{ms_named}\b[^.?!]{0,80})
google_workspace	integration_needs	lower	g ?suite|google workspace|google apps|google suite
# Everything kept at Google, said as the whole answer: "honestly everything's in google" (no Google app named after it).
google_workspace	integration_needs	lower	(?<=\b(?:everything's|everything is|everything else is|everything else's|it's all|we're all|all) (?:in|on) )google(?=\s*(?:[,.;!?]
	|$))(?![^.?!]{0,80}\b{google_named}\b)(?<!\b{google_named}\b[^.?!]{0,80})
# "we're a google shop" with no Google app named in the sentence (with one named, the apps are the needs).
google_workspace	integration_needs	lower	google (?:shop|house|business|company|place|environment|stack)(?![^.?!]{0,80}\b{google_named}\b)(?<!\b{google_named}\b[^.?!]{0,80})
	(?<=(?:we're|we are|we be|we're all|we are all|we're very much|we're basically|we're pretty much) (?:a )?(?:(?:full|total|proper) )?google \w+)
notion	integration_needs	lower	notion (?:pages?|docs?|database|workspace|wiki)|(?:in|into|with|use|uses|using|to|from) (?:our )?notion
notion	integration_needs	cased	(?<!^|[.!?] )Notion
# Extensions seen in trial calls.
shopify	integration_needs	lower	shopify
clio	integration_needs	lower	clio
follow_up_boss	integration_needs	lower	follow[- ]?up boss|followupboss
bullhorn	integration_needs	lower	bullhorn|bull horn
kvcore	integration_needs	lower	kv ?core
zendesk	integration_needs	lower	zen ?desk
mailchimp	integration_needs	lower	mail ?chimp
airtable	integration_needs	lower	airtable
asana	integration_needs	lower	asana
jira	integration_needs	lower	jira
monday	integration_needs	lower	monday\.com|monday dot com
google_sheets	integration_needs	lower	google sheets?
# A bare "sheets" listed after Google's apps: "everything on gmail and sheets".
google_sheets	integration_needs	lower	sheets(?<=(?:google|gmail|g mail|g ?suite|workspace|google docs|google drive)[^.?!]{0,40}(?:,|,? and|,? or) (?:the )?sheets)
google_calendar	integration_needs	lower	google calendar
# A bare "calendar" listed after Google's apps: "gmail, drive, calendar".
google_calendar	integration_needs	lower	(?<=(?:google|gmail|g ?suite|workspace|google docs|google sheets)[^.?!]{0,40}(?:,|,? and|,? or) (?:the )?)calendar\b
google_calendar	integration_needs	lower	(?<=\b(?:gmail|g mail) )calendar\b|calendar(?<=\b(?:google|gmail|g mail)\b[^.?!]{0,40}\b(?:drive|docs|sheets) calendar)
bamboohr	integration_needs	lower	bamboo ?hr|bamboo h r
workday	integration_needs	cased	(?<!^|[.!?] )Workday
# Lowercase, as the tool a link is wanted to: "it doesn't connect to our workday".
workday	integration_needs	lower	(?<=\b(?:runs?|running|is|are|lives?|we're|we are) (?:all )?(?:on|in) )workday\b(?! (?:is|was|starts|ends|finishes|hours)\b)
workday	integration_needs	lower	(?<=\b{link_stems} (?:up |directly )?(?:with|to|into|in) (?:our |the |their )?)workday\b(?! (?:is|was|starts|ends|finishes)\b)
gusto	integration_needs	cased	Gusto
# Lowercase only where it is a system ("with gusto" is enthusiasm): "payroll runs through gusto".
gusto	integration_needs	lower	(?<=\b(?:through|via|on|using|use|uses|in) )gusto\b|gusto(?= for (?:payroll|the payroll|hr|benefits)\b)
rippling	integration_needs	cased	Rippling
greenhouse	integration_needs	cased	Greenhouse
adp	integration_needs	cased	ADP
# Lowercase as spelled out, where the pay runs: "payroll runs through a d p".
adp	integration_needs	lower	(?<=\b(?:through|via|on|using|use|uses|with|in) )(?:adp|a d p)\b
adp	integration_needs	lower	(?:adp|a d p)(?= for (?:the |our )?(?:payroll|pay|wages|salaries|hr)\b)
# The payroll tool last in a list of tools: "we use bullhorn and a d p."
adp	integration_needs	lower	(?<=\b(?:and|plus) )(?:adp|a d p)(?=\s*[,.;!?]|\s*$| (?:too|as well)\b)
mycase	integration_needs	lower	my ?case(?= integration)|mycase
athenahealth	integration_needs	lower	athena ?health
athenahealth	integration_needs	lower	athena(?= ?(?:one|ehr|emr|clinicals|collector)\b)|(?<=\b(?:ehr|emr|practice system|pm system)(?:'s| is| is on| on) )athena\b
	|(?<=\b(?:on|in|into|with|use|using) )athena\b(?! health)
# Document and e-signature tools (current_solution).
docusign	current_solution	lower	docu ?sign|docu-sign
adobe_sign	current_solution	lower	adobe (?:acrobat )?sign|acrobat sign|echo ?sign|(?:adobe )?acrobat(?! reader)
adobe_sign	current_solution	lower	adobe(?! (?:photoshop|illustrator|creative|premiere|indesign|analytics|experience|xd|express|stock|fonts|reader|acrobat reader))
dropbox_sign	current_solution	lower	dropbox sign|hello ?sign
pandadoc	current_solution	lower	panda ?docs?|pand a doc
proposify	current_solution	lower	proposify
qwilr	current_solution	lower	qwilr
microsoft_word	current_solution	lower	microsoft word|ms word|m s word|word (?:docs?|documents?|templates?|files?)
microsoft_word	current_solution	lower	(?:in|using|use|into|from|out of|back to) word(?= (?:docs?|documents?|files?|templates?|then|and|or)\b|\s*[,.;!?]|\s*$)
microsoft_word	current_solution	lower	(?<=\b(?:templates?|docs?|documents?|proposals?|quotes?|contracts?|agreements?|letters?|forms?) (?:in|from) )word\b(?! of)
microsoft_word	current_solution	lower	(?<=\b(?:it's|it is|it's all|it's just|now it's|all done in|done in|written in|typed in|typed up in|drafted in) )word
microsoft_word	current_solution	lower	(?<=\b(?:everything is|everything's) )word\b(?! of\b)
# The tool and its job: "we use word for the templates", "using word for the quotes" (not "word for word").
microsoft_word	current_solution	lower	(?<=\b(?:use|using|we're on) )word(?= for (?!word\b)(?:the |our |all |my )?[a-z]+)
# Typed in it, Pidgin "for" as "in": "the quotation we type am for word", "we type them up in word".
microsoft_word	current_solution	lower	(?<=\b(?:type|types|typed|typing) (?:am|it|them|'em|it up|them up|am up) (?:for|in|on) )word\b(?! of\b)
# What is still in use: "so it's still word and emailing pdfs".
microsoft_word	current_solution	lower	(?<=\b(?:it's|it is|we're|we are) (?:still|mostly|only|just still) )word\b(?! of\b)
# The one tool, then what is done by hand: "only word and we print".
microsoft_word	current_solution	lower	(?<=\b(?:only|just) )word(?= and (?:we |then )?(?:print|scan|paper|pdf|email)\w*\b)
	(?= (?:and|then|or|at the moment|at present|currently|right now|for now|still)\b|\s*[,.;!?]|\s*$)
microsoft_word	current_solution	cased	Word(?= (?:docs?|documents?|files?|templates?|and|or)\b)
microsoft_word	current_solution	cased	(?<=\b(?:[Ii]n|[Uu]se|[Uu]sing|into|from|with|[Ii]n a|[Ii]n the) )Word\b
google_docs	current_solution	lower	google docs?|gdocs
signnow	current_solution	lower	signnow|(?<=\b(?:got|use|using|on|with|have|pay for|paying for|(?:on|using) now,) )sign now\b(?! (?:and|or|please|here)\b)
signnow	current_solution	cased	SignNow
signeasy	current_solution	lower	signeasy|sign easy
zoho_sign	current_solution	lower	zoho sign
rightsignature	current_solution	lower	right ?signature
box_sign	current_solution	cased	Box [Ss]ign
dotloop	current_solution	lower	dot ?loop
skyslope	current_solution	lower	sky ?slope
jotform	current_solution	lower	jot ?form
better_proposals	current_solution	lower	better proposals
conga	current_solution	cased	Conga
conga	current_solution	lower	conga(?= (?:contract|licen[cs]es?|subscription|account|renewal)s?\b)|(?<=\b(?:our|on|use|using|in) )conga\b
ironclad	current_solution	cased	Ironclad
`;
