/**
 * Use-case cues (ids are the use_case vocabulary in ../lexicon.ts), tried as one alternation in this
 * order: at a given word, earlier lines win. A tab-separated table:
 *
 *   id  cues
 *
 * `cues` are regular-expression sources, `|`-separated, matched as whole words on the lowercased
 * utterance; `{name}` is a word list from ./fragments.ts. A new cue is one new line; a long row continues on lines that start with a tab.
 */
export default String.raw`
ndas	ndas?|n d a'?s?|n\.d\.a\.?s?|non-?disclosures?(?: agreements?)?|confidentiality agreements?
hr_onboarding	(?:driver|rider|staff|employee|crew|nurse|carer|courier) onboarding|onboarding (?:our|new) (?:drivers|riders|staff|hires|starters|nurses|carers|couriers|agents)
hr_onboarding	offer letters?|offers? of employment
	|new[- ]hire (?:packets?|packs?|forms?|paperwork)|new[- ]starter (?:packs?|packets?|forms?|paperwork)|new[- ]hires?|new starters?|starter (?:packs?|forms?
	|paperwork)|(?:staff|employee|player|crew|labou?r) contracts?
	|contracts? of employment|new employees?|new (?:staff|recruits)(?= (?:members? )?(?:starting|start|joining|join|coming|arriving)\b)
hr_onboarding	(?:employee |staff )?onboarding (?:paperwork|papers|documents|docs|packets?|forms)|employee onboarding|employment (?:contracts?|agreements?)|hr (?:documents|docs|paperwork|forms)
# Staff onboarded, said as a verb: "we onboard about three hundred new staff a year".
hr_onboarding	onboard(?:s|ing|ed)? (?:(?:about|around|roughly|maybe|some|like|over|up to) )?(?:[\w-]+ ){0,3}?(?:new )?(?:staff|hires|employees|starters|recruits|workers|nurses|teachers
	|caregivers|carers)\b
# "we onboard fifteen people a month" said by HR.
hr_onboarding	onboard(?:s|ing|ed)? (?:(?:about|around|roughly|maybe|some|like|over|up to) )?(?:[\w-]+ ){0,3}?people(?<=\bhr\b[^.?!]{0,80}onboard\w* [^.?!]{0,40})
# A work contract a hired worker signs: "for every worker we hire there is the work contract", "the work contract, two per worker".
hr_onboarding	work contracts?(?<=\b(?:hires?|hired|hiring|workers?|employees?|staff|(?:bring|take|put) (?:in|on))\b[^.?!]{0,120}work contracts?)
	|work contracts?(?=[^.?!]{0,200}\b(?:workers?|employees?|labou?r (?:department|inspect\w*|office))\b)
# What each worker signs on arriving at a site: "every hand signs a site orientation sign off and a fit for duty declaration".
hr_onboarding	(?:orientation|induction) (?:sign[- ]?offs?|forms?|paperwork|packs?|packets?|sheets?|records?)|fit[- ]for[- ]duty (?:declarations?|forms?)
	|induction(?<=\bsigns? (?:it|them)\b[^.?!]{0,25}\bat (?:the |their )?induction)
# A work contract in Spanish or Portuguese, and a season's contract a hired hand signs ("the contrato de campanha, the season contract").
hr_onboarding	contratos? (?:labora(?:l|les)|de trabajo|de trabalho|de campanha|de temporada)|(?:season|seasonal) (?:work |employment )?contracts?
# What a hired worker signs or shows on joining: "the right to work check", "the handbook form", "each new worker signs the contract".
hr_onboarding	right[- ]to[- ]work (?:checks?|documents?|docs|forms?|paperwork|declarations?)|(?:staff |employee )?handbook (?:forms?|acknowledge?ments?|sign[- ]?offs?|declarations?)
	|new workers?
hr_onboarding	appointment letters?(?! (?:for|to) (?:the )?(?:board|director|trustee)s?\b)|hiring paperwork|hir(?:e|ing) packets?|i-9s?|w-4s?|benefits? elections?|(?:assignment|temp) agreements?
client_intake	client care letters?|engagement letters?|letters? of engagement|retainer (?:agreements?|letters?)
	|retainers|retainer(?<=\b(?:signs?|signed|signing|send|sends|sent|sending|print|prints|printed|email|emails|emailed) (?:a |an |the |their |our )?retainer)(?! fees?\b)|fee agreements?
# The mandate and risk profile each new client of a wealth or advisory firm signs ("for each new client there is the mandate").
client_intake	mandates?(?<=\b(?:each|every|per) new (?:client|customer|investor)\b[^.?!]{0,40}mandates?)|(?:client )?risk profil(?:e|ing) (?:forms?|questionnaires?)
client_intake	mandate (?:contracts?|agreements?)|mandatos?
	|(?:original|signed|unsigned) mandates?
	|(?<!\b(?:regulatory|compliance|government|statutory|legal) )mandates?(?:(?=[^.?!]{0,40}\bsign)|(?<=\bsign\w*\b[^.?!]{0,40}mandates?))|inscription (?:forms?|paperwork)|fichas? de inscripci(?:ó|o)n
	|terms of business(?<!\b(?:supplier|suppliers|supplier's|vendor|vendor's|their) terms of business)
	|(?:pre-?)?inspection agreements?|intake (?:forms?|paperwork|packets?)
	|new client (?:forms|paperwork|onboarding)|client onboarding|patient (?:forms|paperwork|intake)|registration (?:forms?|packets?|packs?|paperwork)|registrations
client_intake	account opening (?:forms?|paperwork|documents|docs|packs?)|enrol(?:l)?ment (?:forms?|contracts?|agreements?|packs?|packets?|paperwork)|proposal forms?
	|intake(?! (?:of|valve|manifold|air|fan|vent|meeting|call|cohort|date|day|week)s?\b| (?:starts|begins|opens|started|starting)\b)
	(?<!\b(?:before|after|until|till|by|from) (?:the )?(?:new |next )?intake)
	(?! (?:officer|worker|coordinator|clerk|nurse|assessor|manager|lead|desk|gal|girl|guy|person)s?\b| (?:staff|team|lady|ladies)\b)
# A medical history a new patient fills in is patient intake (one re-keyed later is a record, no workflow).
client_intake	(?:medical|health) history (?:forms?|questionnaires?)
	|(?:medical history|historial m(?:é|e)dico)(?<=\b(?:fills?|filled|filling|completes?|signs?) (?:in |out )?(?:a|the|el|their) (?:medical history|historial m(?:é|e)dico))
# A course a learner signs up to: "every learner signs a course agreement when they enrol".
client_intake	(?:course|training|tuition|tutoring|coaching|learner|student|lesson|programme|program) (?:agreements?|contracts?)
# A client taken on for care signs a care agreement: "every new client gets a care agreement"; so does a disability-support
# participant sign a service agreement ("every new participant signs a service agreement"); a family taking on a funeral director
# signs the arrangement form.
client_intake	care (?:agreements?|contracts?)|(?:funeral )?arrangement forms?
	|service (?:agreements?|contracts?)(?=[^.?!]{0,40}\bparticipant)|service (?:agreements?|contracts?)(?<=\bparticipants?\b[^.?!]{0,30}\bsigns? (?:a|an|the|their|our) service (?:agreements?|contracts?))
# What a property factor gives each owner taken on: "every owner signs a written statement of services".
client_intake	(?:written )?statements? of services
# A member joining a gym or club signs a membership agreement (a waiver built into it does not make it a consent form).
client_intake	membership (?:agreements?|contracts?|forms?)|fact ?finds?|fact[- ]finds?
consent_forms	(?:safety|liability|media|photo|medical|volunteer|settlement|talent|model|image|location|appearance|likeness|participant|claimant|authori[sz]ation|extras?) releases?
	|consent forms?|(?:liability )?waivers?|permission (?:slips?|forms?|notes?|letters?)|release forms?|releases? of information|signed consents?
	|consents(?<!\b(?:building|resource|planning) consents)
# A release said as signed ("every one of them signs a release"), not a software release.
consent_forms	(?:signs?|signed|signing) (?:a|their|his|her) releases?|paper releases|discharge and releases?|releases? and discharges?|(?<=\b(?:a|the|their|his|her) )signed releases?
consent_forms	indemnity (?:forms?|waivers?|agreements?)|indemnities
	|indemnity(?<=\b(?:the|an|their|his|her|signed) indemnity)(?! (?:insurance|cover|clauses?|polic(?:y|ies)|limits?|premiums?|fund|scheme|provisions?)\b)
	|(?:a|the|written|their|whose|every|each) consent(?! to\b| (?:of|from|for|forms?)\b)
	|consent(?<=\b(?:signs?|signed|signing) (?:a|an|the|their|his|her) (?:[\w-]+ ){1,2}consent)(?! to\b)|(?:a|the) release (?:the|that) (?:\w+ )?(?:signs?|sign off)
# Consent signed ahead of a procedure, said bare: "every owner signs consent before surgery".
consent_forms	consent(?<=\b(?:signs?|signed|signing|sign) consent)
	(?= (?:before|for|ahead of) (?:the |their |any |each |every |a |an )?(?:surgery|surgeries|procedures?|treatments?|operations?|an(?:a)?esthe\w*)\b)
# A consent named by what it covers: "a boarding consent", "an informed consent", "a photo consent", "the consent for services".
consent_forms	(?:patient|client|parent|guardian|owner)'s consent\b(?! to\b)|(?:data|privacy|boarding|informed|photo|photography|parental|guardian|research|study|trial
	|trip|excursion|vaccination|surgical|anaesthetic
	|anesthesia|media|cremation|burial|embalming|colou?r|tint|patch test|tattoo|piercing|laser|procedure) consents?
	|consent (?:records?|paperwork)
	|consents? (?:for (?:us|me|them) )?to (?:share|disclose|release) (?:(?:their|his|her|your|the|personal|client) )?(?:information|info|data|records|details)|(?:fiches?|formulaires?) de consentement
	|consents? (?:for|to) (?:medical |dental )?(?:services|treatment|care)\b
# A client's sign-off on the tax return filed for them, like an e-file authorization: "the approval of the vat return".
consent_forms	(?:approvals?|sign-?offs?|authori[sz]ations?) (?:of|for) (?:the |their |each )?(?:vat|tax|gst|g s t|v a t) returns?
	|(?:vat|tax|gst|g s t|v a t) return (?:approvals?|authori[sz]ations?|sign-?offs?)
consent_forms	(?:approve|approves|approving|sign off|authori[sz]e) (?:the |their |each )?(?:declaraci(?:ó|o)n(?:es)? del iva|(?:vat|tax|gst|g s t|v a t) returns?)|consentimientos?|consentimentos?
consent_forms	(?:client|taxpayer) declarations?(?<=\btax\b[^.?!]{0,40}\bdeclarations?)|treatment plans?|treatment consents?|8879s?|(?:irs )?e-?file authori[sz]ations?
# A consent collected from someone ("collect a consent from every household"), led by its word.
consent_forms	consent(?<=\b(?:collect|collects|collecting|collected|obtain|obtains|obtaining|gather|gathering|record|recording|take|takes|taking) (?:a|the|their|written|signed) consent)
# A permission named as an authorization: "the parents sign the authorization for the photos", "a photo authorisation".
consent_forms	(?:photo|photography|image|media|parental|guardian) authori[sz]ations?
	|authori[sz]ations?(?= for (?:the )?(?:photos?|photographs?|pictures|images|filming|videos?|data (?:processing|treatment))\b)
sales_contracts	change orders?|variation orders?|variations(?=[^.?!]{0,40}\bsign)
# A supply agreement is the caller's customer's when the caller supplies ("we supply ninety cafes", "the shops we deliver
# to") or the customers sign it ("our customers sign a supply agreement"), or wholesale; else a supplier's (below).
sales_contracts	(?:wholesale|customer|distribution|distributor|dealer|reseller) supply (?:agreements?|contracts?)
	|supply (?:agreements?|contracts?)(?= with (?:the |our )?(?:builders|customers|clients|buyers|retailers|shops|stores|distributors|schools|hospitals|hotels|restaurants
	|(?:[a-z]+ )?(?:companies|mines))\b)
	|supply (?:agreements?|contracts?)(?<=\bwe (?:supply|sell to|distribute to|deliver to)\b[^?!]{0,200}supply (?:agreements?|contracts?))
	|supply (?:agreements?|contracts?)(?<=\b(?:customers?|clients?|buyers?|stockists?|retailers?|accounts?|schools?|shops?|stores?|distributors?|hotels?|restaurants?|cafes?|venues?|pubs?|bars?
	|pharmac(?:y|ies)|clinics?)
	\b[^.?!]{0,30}
	\b(?:signs?|gets?)\s+(?:(?:a|an|the|our|their)\s+)?(?:\w+\s+)?supply (?:agreements?|contracts?))
sales_contracts	bookings?(?=[^.?!]{0,30}\b(?:gets?|needs?|has|signs?)\s+(?:a|an|its own)\s+(?:signed |written |proper )?(?:contract|agreement)\b)
# Storing a customer's goods (cold storage, a warehouse, consignments) is a service; storing a boat or one's things is a rental (below).
sales_contracts	storage (?:agreements?|contracts?)(?<=\b(?:cold (?:storage|stores?|chain)|warehous\w*|consignments?|exporters?|pallets?)\b[^?!]{0,200}storage (?:agreements?|contracts?))
	|storage (?:agreements?|contracts?)(?=[^.?!]{0,80}\b(?:exporters?|consignments?|pallets?|shippers?)\b)
# A vehicle or equipment rental agreement is a hire contract with a customer, not a lease of premises.
sales_contracts	(?:car|vehicle|van|truck|equipment|plant|tool|bike|scooter) (?:rental|hire) (?:agreements?|contracts?)
	|rental (?:agreements?|contracts?)(?<=\b(?:car|vehicle|van|truck|equipment|plant|bike|scooter) (?:rentals?|hire)\b[^.?!]{0,150}rental (?:agreements?|contracts?))
# The caller's vehicle rental business said sentences before its rental agreement ("a car rental business ... fleet is eighty
# cars. ... each booking one rental agreement").
	|rental (?:agreements?|contracts?)(?<=\b(?:car|vehicle|van|truck|bike|scooter) (?:rental|hire) (?:business|company|firm|outfit|agency|service)\b[^?!]{0,200}rental (?:agreements?|contracts?))
# The lease on the caller's own premises ("the lease on our office runs out") is not what they sign with customers; an end of lease
# clean ("we do end of lease and office cleaning") is a cleaning job.
# Desks and offices let in a shared workspace ("the private office leases") are leases, unlike the lease on the caller's own office.
lease_agreements	(?:private|serviced|managed|dedicated|hot) (?:office|desk) (?:leases?|licen[cs]es?|agreements?|contracts?)
lease_agreements	contratos? de (?:alquiler|arrendamiento|locaci(?:ó|o)n|arrendamento)|sub-?leases?|sub-?let (?:agreements?|contracts?)
	|storage (?:agreements?|contracts?)
lease_agreements	residence (?:agreements?|contracts?)|(?:student )?accommodation (?:agreements?|contracts?)|licen[cs]es? to occupy|lease (?:agreements?|renewals?|contracts?)
	|leases?(?!(?: and(?: [a-z]+){1,2}?)? clean(?:s|ing|ers?)?\b)
	(?! (?:on|for) (?:the|our|my)(?: new| old| current)? (?:building|office|offices|premises|place|shop|store|unit|warehouse|space|site|studio|gym|clinic|yard)\b)(?<!\b(?:office|buildin
	g|premises|shop) leases?)
	|rental (?:agreements?|contracts?)|tenancy (?:agreements?|renewals?)|tenancies|(?:signed|new) tenancy
	|tenancy(?<=\b(?:courier|send|sent|post|print|email|scan)\w* the tenancy)
real_estate_transactions	purchase agreements?|offers? to purchase|listing agreements?
	|(?:seller )?disclosures?(?<!\b(?:full|in|honest|fair) disclosure)|closing (?:docs|documents|paperwork|packages?)|buyer (?:agreements?|representation agreements?)
real_estate_transactions	(?:property )?sale deeds?|deeds? of (?:assignment|conveyance)|(?:escrituras?|boletos?) de compraventa
real_estate_transactions	offers on homes|(?:real estate|property|home|residential) (?:closings|transactions|sales)
# Property deals closed, said as deals: "we close around eighty residential deals a month" (ahead of the sales deals below).
real_estate_transactions	clos(?:e|es|ing) (?:\S+ ){0,3}?(?:residential|property|real estate|home|house|condo|conveyancing) deals|(?:residential|property|real estate|conveyancing) deals
# A flat's or plot's allotment letter from the developer to its buyer (a share allotment is no property sale).
real_estate_transactions	allotment letters?(?<=\b(?:units?|flats?|plots?|apartments?|villas?|homes?|buyers?|develop\w*)\b[^.?!]{0,120}allotment letters?)
# Sale agreements for homes, and the purchases themselves, are property transactions.
real_estate_transactions	(?:house|home|property|flat|apartment) purchases
# Scots missives, reservation agreements for off-plan units, contracts to sell, transfer powers of attorney.
real_estate_transactions	powers? of attorney(?<=\b(?:conveyanc\w*|sellers?|transfers?)\b[^.?!]{0,80}powers? of attorney)|missives
	|reservation agreements?(?<=\b(?:units?|flats?|plots?|homes?|condos?|buyers?|develop\w*)\b[^.?!]{0,80}reservation agreements?)
	|reservation agreements?(?=[^.?!]{0,60}\b(?:units?|flats?|plots?|homes?|condos?|buyers?)\b)|contracts? to sell|deeds? of sale|(?:property )?transfers(?<=\bconveyanc\w*\b[^?!]{0,120}transfers)
	|(?:sales? (?:agreements?|contracts?)|contracts? (?:of|for) sale)(?<=\b(?:off[- ]?plan|apartments|villas|flats|condos|townhouses
	|(?:property|real estate|housing|residential) develop(?:ers?|ment (?:company|firm|business)))\b[^?!]{0,400}
	(?:sales? (?:agreements?|contracts?)|contracts? (?:of|for) sale))
	|(?:sale|sales|purchase) (?:agreements?|contracts?|deeds?)(?= (?:for|on) (?:the |our )?(?:flats|apartments|homes|houses|units|plots|villas|condos|properties|townhouses)\b)
# A contract of sale with a property sale around it (a car's or a business's is a sale of goods).
real_estate_transactions	contracts? (?:of|for) sale(?<=\b(?:propert(?:y|ies)|homes?|houses?|estate agen(?:cy|cies|ts?)|real estate|realtors?|conveyanc\w*|settlements?)\b
	[^.?!]{0,200}contracts? (?:of|for) sale)|contracts? (?:of|for) sale(?=[^.?!]{0,80}\b(?:propert(?:y|ies)|homes?|houses?|settlement|conveyanc\w*)\b)
# A conveyancing practice's contracts for sale are property sales even a sentence or two after it says so.
real_estate_transactions	contracts? (?:of|for) sale(?<=\bconveyanc\w*\b[^?!]{0,250}contracts? (?:of|for) sale)
vendor_contracts	(?:broker-)?carrier (?:agreements?|contracts?|packets?|setup packets?)|vendor (?:agreements?|contracts?)|(?:sub)?contractor agreements?
	|(?<!\b(?:i|we|they) (?:(?:sort|kind) of |also |often |usually |sometimes |just |mostly )?)(?:subcontracts|subcontract(?! (?:to|out)\b))(?: agreements?)?
# Funds passed on to partners under a grant: "every partner signs a sub award agreement", "sub grants", "subrecipient agreements".
vendor_contracts	stumpage (?:contracts?|agreements?)|sub[- ]?awards?(?: agreements?)?|sub[- ]?grants?(?: agreements?)?
	|sub-?recipient (?:agreements?|contracts?)|supplier (?:agreements?|contracts?)|supply (?:agreements?|contracts?)
vendor_contracts	procurement(?<!\bthrough procurement)(?!,? (?:we|you|they)(?:'d| would| have to| must)? go through\b)
	(?! (?:here |there |alone |itself )?(?:has|needs|must|will|would|wants?|approv\w*|sign\w*|committee|board|panel|process|cycle|timelines?|takes?
	|took|window|deadline
	|rules|polic(?:y|ies)|lead|people)\b)
# The rate confirmation or transport order a carrier or haulier the caller hires signs: "every load we subcontract to another haulier,
# they sign a transport order".
vendor_contracts	(?:rate con(?:firmation)?|transport order)s?(?<=\b(?:carriers?|hauliers?|haulers?)\b[^.?!]{0,80}(?:rate con|transport order)\w*)|rate con(?:firmation)?s?(?=[^.?!]{0,40}\bcarriers?\b)
# The transport order said before the carrier it goes to: "we send one transport order to the carrier for signing".
vendor_contracts	transport orders?(?=[^.?!]{0,40}\b(?:carriers?|hauliers?|haulers?|truckers?|transporters?)\b)
# The agreements the caller's subcontractors or suppliers sign: "all the subbies must sign their agreements".
vendor_contracts	(?:agreement|contract)s?(?<=\b(?:sub-?contractors?|subbies|suppliers?|vendors?)\b[^.?!]{0,25}\bsign (?:their|the|our|an?) (?:agreement|contract)s?)
# Freelancers the caller takes on sign with the caller: "freelance interpreters ... every one of them signs a service agreement",
# "the freelance crew sign a deal memo".
vendor_contracts	(?:service|freelance|freelancer|contractor|consultancy) (?:agreements?|contracts?)(?<=\bfreelance\w*\b[^.?!]{0,80}\bsigns? (?:an?|the|their) \w+ (?:agreement|contract)s?)
	|(?:agreement|contract|deal memo)s?(?<=\bfreelance\w*\b[^.?!]{0,80}\bsigns? (?:an?|the|their) (?:agreement|contract|deal memo)s?)
# What the parties the caller subcontracts or outsources to sign: "we subcontract to them and each one signs a haulage agreement".
vendor_contracts	(?:agreement|contract)s?(?<=\bwe (?:subcontract|sub-contract|outsource) (?:\w+ )?to (?:them|these|those|\w+ \w+)\b
	[^.?!]{0,60}\bsigns? (?:an?|the|their|our) (?:[\w-]+ )?(?:agreement|contract)s?)
vendor_contracts	(?:agreement|contract)s?(?= (?:each|every|that|which) (?:[a-z-]+ )?(?:partner|contractor|supplier|vendor|subcontractor|courier|rider|driver)s? signs? with us)
	|(?:contractor|supplier|vendor|subcontractor|subbie|grower|farmer|planteur|planter|hauler|haulier)s?\b[^.?!]{0,40}\bsigns? (?:an?|the|their) (?!(?:custom|ginn\w*|input) )(?:\w+ ){0,2}
	(?:agreement|contract)\b|purchase orders?
	|(?:suppliers|vendors|sub[- ]?consultants)\b[^.?!]{0,40}\b(?:agreements?|contracts?|paperwork)|sub-?consultant (?:agreements?|contracts?)|agreements? with (?:our |new )?(?:suppliers|vendors)
# Suppliers taken on, said as a verb: "onboarding new suppliers is the main thing".
vendor_contracts	(?:supplier|vendor) onboarding|onboard(?:s|ing|ed)? (?:new )?(?:suppliers|vendors|subcontractors)\b
	|l p o'?s?|lpos?|p\.?o\.?s(?! (?:system|systems|terminal|terminals|software|integration|machine|hardware|data)\b)
# Spoken purchase orders ("the p o goes on email", "two p os"), not a p o box; produce delivery contracts with growers.
vendor_contracts	p o'?s?(?<=\b(?:the|a|each|every|our|their|two|three|four|five|six|ten) p o'?s?)(?! box(?:es)?\b)
	|delivery (?:contracts?|agreements?)(?=[^.?!]{0,60}\b(?:planteurs?|planters?|growers?|farmers?|suppliers?)\b)
# A bank's new customer: know-your-customer forms and the loan agreement a borrower signs, like the loan application. A museum's,
# gallery's or library's loans lend objects ("we're a museum ... every loan in or out needs a loan agreement"): no client taken on.
client_intake	(?:loan |rental |insurance |credit |membership |enrollment )?applications|loan (?:apps|docs|packages)
	|loan (?:agreements?|contracts?)(?<!\b(?:museums?|galler(?:y|ies)|librar(?:y|ies)|archives?)\b[^.?!]{0,150})
	|(?:kyc|k y c) (?:forms?|documents|docs|paperwork|packs?|packets?)
	|loans(?<!\b(?:library|inter[- ]library|book|museum|art|equipment) loans)(?<!\b(?:museums?|galler(?:y|ies)|librar(?:y|ies)|archives?)\b[^.?!]{0,150})
	(?! (?:office|team|department|desk|officers?|section)\b)|enrol(?:l)?ments
# One application named by what it applies for, or said signed by the applicant.
# An application form is the applicant's (a job's or a grant's is not a client's).
# A power of attorney a client gives the firm to act for them (tax office, customs): "every new client signs a power of attorney".
client_intake	powers? of attorney
client_intake	application forms?(?<!\b(?:job|employment|hiring|vacancy|candidate|grant|funding|planning|visa|passport) application forms?)
client_intake	(?:signed|completed) applications?|admission (?:agreements?|forms?|packs?|packets?|paperwork|contracts?)
client_intake	(?:renewal|licen[cs]e|licensing|permit|membership|loan|mortgage|credit|insurance|tenancy|enrol(?:l)?ment|admissions?|service|connection) applications?
	|application(?<=\b(?:applicant|member|customer|client|tenant|borrower|student|parent)s? signs? (?:an?|the|their) application)
	|application(?= (?:form )?signed by (?:the |their |his |her )?\w)
	|application(?= (?:form )?(?:that |which )?the (?:applicant|member|customer|client|tenant|borrower|student|parent)s? (?:signs?|fills? in|fills? out)\b)
# A construction progress claim (the Mexican "estimación") bills the main contractor for work done.
# Invoicing as the time something comes to light ("we find out only when we invoice") names no document, nor invoicing held up
# ("accounting can't invoice without the signed receipt").
invoices	invoices|invoice(?<!\b(?:when|until|till|once|before|after) (?:we|they|i) (?:can |could )?invoice)
	(?<!\b(?:can't|cannot|couldn't|could not|unable to) invoice)|invoicing|progress (?:billings?|claims?|invoices?)|(?:interim )?payment certificates?|estimaci(?:ó|o)n(?:es)?
# A proposal the client signs in insurance is the client's proposal form ("the client signs the renewal proposal" for a
# policy); proposals a broker sends to win business stay sales proposals.
client_intake	propos(?:al|ta)s?(?<=\b(?:insurance|insurer|polic(?:y|ies)|underwrit\w*|seguros)\b[^?!]{0,250}propos(?:al|ta)s?)
	(?:(?=[^.?!]{0,40}\bsign)|(?<=\bsigns?\b[^.?!]{0,40}propos(?:al|ta)s?))
# A price the caller asks us for is no document of theirs: "just asking for a quote", "i'm after a rough quote".
sales_proposals	proposals?(?<!\bbetter proposals)|estimates?
	|quotes?(?<!\b(?:just|only|i'm|i am|we're|we are|i was|we were) (?:asking|looking|after) (?:for )?(?:a |an )?(?:quick |rough |ballpark |price )?quote)|bids?|quotations?
# What every new client signs on joining is their intake ("every new client signs a client agreement").
client_intake	(?:client|customer) (?:agreements?|contracts?)(?<=\b(?:new|onboard\w*|take on)\b[^.?!]{0,40}\b(?:signs?|gets?) (?:a|an|the|our|their) (?:client|customer) (?:agreements?|contracts?))
sales_contracts	charter (?:agreements?|contracts?|part(?:y|ies))|scopes? of work
	|contracts?(?<=\b(?:clients?|buyers?) signs? (?:a|the|our) contracts?)(?= with us\b)|contracts?(?<=\b(?:homeowners?|customers?|couples?) signs? (?:a|the|our) contracts?)
	|contratos? de (?:servicios?|prestaci(?:ó|o)n de servicios)
sales_contracts	bills? of sale|contracts? (?:of|for) sale|contracts? of carriage|corporate (?:training |services? )?(?:agreements?|contracts?)
	|sale notes?|buyers?'?s? orders?|(?:advisory|consulting|consultancy|dealer|dealership|distributor|distribution|reseller|franchise|hire
	|removals?|moving) (?:contracts?|agreements?)
	|agency (?:agreements?|contracts?)(?= with (?:the |our |each |every )?(?:owners?|clients?|customers?|importers?|principals?)\b)
	|(?:sales?|customer|client|services?|maintenance|servicing|subscription|shipper|carriage|management|handling|installation) (?:contracts?|agreements?)
sales_contracts	(?:event|group|booking|wedding|photography|videography|photo shoot|catering|venue|banquet|package) (?:contracts?|agreements?)
	|order (?:forms?|confirmations?)|repair (?:orders?|authori[sz]ations?)|work authori[sz]ations?
	|msas?|m s a'?s?|s o w'?s?|master service agreements?|sows?|statements? of work
# A convention (French for an agreement) signed with clients: "we sign the convention with new dentist clients".
sales_contracts	conventions?(?= with (?:the |our |each |every )?(?:new )?(?:[a-z]+ )?(?:customers?|clients?)\b)
# Orders the buyer signs ("we write the orders on the ipad ..., the buyer signs"), and contracts with the caller's customers.
sales_contracts	orders?(?=[^.?!]{0,60}\b(?:the )?(?:buyers?|customers?)(?:'s [a-z]+(?: [a-z]+)?)? signs?\b)
	|(?:work |job |shipping )?orders?(?<=\b(?:customers?|clients?|homeowners?|shippers?) signs? (?:a|an|the|our|their) (?:work |job |shipping )?orders?)
	|(?:contracts?|agreements?|service orders?)(?= with (?:the |our |each |every )?(?:customers?|clients?|buyers?|investors?|main contractors?|general contractors?|head contractors?|constructoras)\b)
sales_contracts	clos(?:e|es|ing) (?:\S+ ){0,3}deals|deals (?:a|per|each) (?:week|month)
# What each party the caller works for signs ("every farm we shear for signs a shed agreement with us"), and custom (hired) farm work.
# Grazing, ginning and consignment agreements: a service the caller sells (grazing on its land, ginning a grower's crop, selling a
# consignor's stock). An input credit agreement is seed and fertiliser the caller sells a farmer on credit.
sales_contracts	(?:agreement|contract)s?(?<=\b(?:every|each) \w+ we \w+ for signs? (?:an?|the|our) (?:[\w-]+ )?(?:agreement|contract)s?)
	|custom (?:feed|graz|harvest|spray|bal|combin|haul)\w* (?:agreements?|contracts?)|input credit (?:agreements?|contracts?)|(?:grazing|ginn(?:ing|in)|consignment) (?:agreements?|contracts?)
`;
