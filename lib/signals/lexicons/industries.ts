/**
 * Industry cues, most specific first (they are tried as one alternation in this order, so at a given
 * word the earlier cue wins: "insurance brokerage" is insurance, not a real-estate "brokerage"). A
 * tab-separated table:
 *
 *   id  strength  unless  cues
 *
 * `id` is the industry (`-`: a phrase that looks like an industry but is not one, which masks it: "legal
 * team" is a department, "contractor agreements" are documents). `strength` `weak`: the cue counts only
 * when the caller describes themselves ("we're a ...", "I run ..."). `unless`: a pattern that, found
 * anywhere in the utterance, voids the cue (`-`: none; attorneys in a company's legal department do not
 * make it a law firm). `cues` are regular-expression sources, `|`-separated, matched as whole words;
 * `{name}` is a word list from ./fragments.ts. A new industry, or a new cue, is one new line.
 */
export default String.raw`
-	strong	-	insurance (?:section|cards?|info(?:rmation)?|details|verification|certs?|certificates?|forms?)
	|powers? of attorney|legal (?:team|department|dept|counsel|review|side)|in-house counsel|(?:sub)?contractor agreements?
# A CRM edition named for a trade ("sales force education cloud") is a product; a government contractor sells to government;
# the caller's own lawyer or accountant ("mi lawyer seh", "my accountant set it up") is a service they use.
-	strong	-	(?:education|health|nonprofit|financial services|manufacturing) cloud|government contractors?|(?:my|mi|me|our) (?:own )?(?:lawyer|attorney|solicitor|accountant)(?:'s)?
# Adjusters the caller sends to or chases are the insurer's, not the caller's staff ("it's the adjusters, we send the paperwork over").
-	strong	-	(?:it's|is|to|from|with|chase|chasing) the adjusters
# Consultancy agreements are a kind of document a university or firm signs, not the caller's trade.
-	strong	-	(?:consultancy|consulting) agreements?
# A contractor named by a trade outside these industries (mining, cleaning, security) is no builder.
-	strong	-	(?:mining|cleaning|security|guarding|catering|drilling)(?: services)? contractors?
# An engineering or maintenance contractor is named by the sites it serves ("on the oil and gas projects"), not as a builder.
-	strong	-	(?:engineering|maintenance|inspection)(?: services)? (?:sub)?contractors?
# Other makers the caller deals with ("the principals in europe, the manufacturers") and a government's budget year name no industry.
-	strong	-	(?:the|our|their) manufacturers|(?:the )?government(?:'s)? (?:fiscal|financial|budget) years?
-	strong	-	medical (?:consents?|consent forms?|forms?|info(?:rmation)?|questionnaires?|declarations?|statements?|translations?|clients?|customers?)
	|independent contractors?|sales team|hr team|real estate (?:purposes|loan)
# Medical named among the kinds of text a translator or writer handles ("medical and legal translation") is a subject, not the caller's trade.
-	strong	-	medical(?:,? (?:and|or|&) |, )(?:[a-z]+(?:,? (?:and|or|&) |, )){0,2}[a-z]+ (?:translations?|translators?|interpret(?:ing|ers?)|writing|writers?)
# A council's vote or hearing is an event the caller waits on ("the city council vote on the rezoning"), and a hospital appointment
# someone keeps is a place they go: neither names the caller's industry.
-	strong	-	(?:city|county|town|district|borough|local) council (?:votes?|meetings?|hearings?|approvals?|decisions?|elections?)|hospital appointments?
	|hospital (?:frameworks?|tenders?)
# The bookkeepers' tool ("the accountants use sage") and a school-uniform supplier (the schools are customers) name no industry.
-	strong	-	(?:the|our|my) accountants(?= (?:use|uses|are on|do the books|keep the books)\b)|school uniforms?(?: (?:suppliers?|shops?|stockists?|company|business))?
# Bookings taken through a web store are a service sold online, not an online shop ("bookings come through our shopify store").
-	strong	-	(?:bookings?|reservations?|tickets?) (?:[a-z]+ ){0,3}(?:shopify store|online (?:store|shop))
# A department or the people in it ("the two in logistics", "our logistics team") names no industry.
-	strong	-	(?:two|three|four|five|six|guys?|people|folks|lads|girls|ones?|someone|person) in (?:logistics|marketing|construction|insurance)|logistics (?:team|department|dept|manager
	|coordinators?|side)
# A wholesale bakery makes bread for others (a bakery on its own is a shop, hospitality, below).
manufacturing	strong	-	bakery\b[^.?!]{0,25}\bwholesale|wholesale bak(?:ery|eries|ers?)|(?:commercial|industrial) bak(?:ery|eries)
# A building job named by what is built ("the hospital job") is construction, ahead of the building's own industry.
construction	strong	-	(?:hospital|school|clinic|office|retail|warehouse|hotel|church) jobs?(?! {job_nouns}s?\b)
insurance	strong	-	lloyd'?s (?:of london|brokers?|syndicates?|market|underwriters?)
	|third[- ]party administrat(?:or|ors|ion)|tpas?|t p as?
	|(?<!\bthe )insurance (?:brokerage|broker|agency|agencies|agents?|company|carrier|firm|business|office)|insurer(?<!\b(?:the|our|my|their) insurer)
# The caller's own cover is no trade: "the insurance renewal's on the fourteenth", "the insurance company wants a waiver".
# "The insurance" is the insurer or the cover ("the cnam, the insurance, they do a check"), not the caller's trade.
insurance	strong	-	underwriting|policyholders|insurance(?! (?:renewals?|renews?|premiums?|excess|partners?)\b)(?<!\bthe insurance(?! (?:business|industry|sector|trade)\b))
	(?<!\b(?:our|my|me|mi) (?:[a-z]+ ){0,2}insurance(?! (?:business|industry|sector|trade)\b))
insurance	strong	-	(?:loss|claims?) adjust(?:ing|ers?)|adjusters(?<=\b(?:the|our|my|field|desk|independent|staff|senior|junior|fourteen|\d+) adjusters)|loss assessors?
	|adjusting (?:firm|company|business)
financial_services	strong	-	mortgage (?:broker(?:age)?|company|lender|office)|mortgages?|credit unions?|wealth (?:management|advis\w*)
	|financial (?:advisors?|advisers?|planning|planners?|services|firm)
financial_services	strong	-	pawn ?brok\w*|pawn ?shops?|gold loans?|(?:co-?operative )?credit (?:societ(?:y|ies)|co-?ops?|co-?operatives?)|saccos?|micro-?lend\w*|money ?lend\w*|nbfcs?
	|building societ(?:y|ies)|(?:bond|mortgage|home loan) originat(?:or|ors|ion)|microfinance|lending|lenders?|loan officers?|investment (?:firm|advisors?|bank|banking)
	|asset management
financial_services	strong	-	accounting (?:firm|practice|office|services)|accountancy|chartered accountan\w*|cpa firm|accountants
	|bookkeeping(?! (?:law|laws|act|rules?|regulations?)\b)|tax (?:prep|preparation|firm|practice)|fintech
financial_services	strong	-	broker-dealer|banking
# Trade finance (letters of credit, guarantees) is a bank's desk or a finance house: "the trade finance desk", "i work in trade finance";
# an importer's use of it ("we get trade finance from the bank") names no desk.
financial_services	strong	-	trade finance(?= (?:desk|unit|team|department|dept|division|section|group|officers?|operations|ops|boutique|firm|company|house|business|provider|bank)s?\b)
	|trade finance(?<=\b(?:work|works|working|i'm|i am|we're|we are) in trade finance)
# A bail bonds office posts bail for defendants against an indemnity (a surety business).
financial_services	strong	-	bail ?bonds?(?: (?:office|company|agency|business|agents?))?|bail ?bondsm[ae]n
# A corporate or trust services provider sets up and administers companies for clients (a regulated trade).
financial_services	strong	-	(?:corporate|trust|fiduciary|company) (?:and (?:trust|corporate|fiduciary) )?services? (?:provider|firm|company|business)s?
# A Spanish gestoría files clients' taxes and books; a remittance agency sends money abroad.
financial_services	strong	-	gestor(?:í|i)as?|(?:remittance|money transfer) (?:agenc(?:y|ies)|compan(?:y|ies)|business|shops?|services?|cent(?:re|er)s?|outlets?|firm)
financial_services	weak	-	bank|bookkeepers|bookkeeper(?<!\b(?:the|our|my|their|his|her) bookkeeper)(?! (?:at|with)\b)
# A brokerage named by what it brokers is that trade's, not a real-estate brokerage.
logistics	strong	-	(?:logistics|freight|shipping|transport|trucking|customs) brokerages?|shipping (?:agency|agencies|agents?|lines?)
logistics	strong	-	freight (?:broker(?:age)?|forward\w*|company)|customs broker(?:age)?|third[- ]party logistics|3pl(?<!\bour 3pl)|logistics|trucking|freight|warehousing
	|courier(?<!\b(?:by|the) courier)(?! (?:the|them|it|our|all|papers|documents|contracts|forms|to|back|packets?|packages?|bags?|envelopes?)\b)|supply chain
# A fleet of trucks is a haulier's (a fleet of vans may be any trade's).
# Cold storage and warehousing for others: "a cold chain outfit", "we run a cold storage warehouse".
logistics	strong	-	cold (?:storage|chain|stores?)(?! (?:room|unit|fridge)s?\b)|transport (?:company|firm|business|operator)|haulage|hauliers?|fleet(?:'s| is| of) (?:\w+ ){0,3}(?:trucks|lorries|rigs)
	|(?:truck|lorry|haulage) fleet
logistics	strong	-	clearing (?:and|&) forwarding|forwarding agen(?:t|ts|cy|cies)|customs (?:clearing|clearance) agen(?:t|ts|cy|cies)|ferry (?:service|operator|company|companies|line)s?|ferries
	|(?:run|runs|running|operate|operates|operating) (?:the|a) ferry
	|water taxis?|removalists?|removals? (?:firm|company|business)
	|(?:coach|bus) (?:company|companies|operators?|firm|hire company)|(?:last[- ]mile )?delivery (?:company|business|firm|service|outfit)|moving company|shipping company
	|(?:regional|long[- ]haul|ltl|motor|common) carriers?
# An airline flies people and cargo, like a ferry or coach operator; its ground handling side (a service to airlines) names none.
-	strong	-	ground handling (?:side|arm|division|company|agent)s? of (?:a|an|the|our) (?:[a-z-]+ )?airlines?
logistics	strong	-	(?:regional|commuter|charter|cargo|island|small) airlines?|airline (?:company|business|operator)s?
# A ship or port agency handles vessels calling at a port.
logistics	strong	-	ship(?:'s)? agen(?:cy|cies|ts?)|port agen(?:cy|cies|ts?)|shipbrok\w*|stevedor\w*|freight terminals?|container terminals?
staffing	strong	-	employment agen(?:cy|cies)|(?:domestic )?helpers? agen(?:cy|cies)|maid agen(?:cy|cies)|staffing|recruit(?:ing|ment) (?:firm|agency|company|business)|temp agency
	|headhunt\w*|executive search|staff augmentation|placement agency|we place (?!(?:the |our )?(?:orders|purchase orders)\b)
staffing	strong	-	manpower (?:agenc(?:y|ies)|compan(?:y|ies)|firm|business|services|suppliers?)
# A consultancy named by the people it places is a staffing firm, not consulting: "a manpower consultancy", "a recruitment consultancy".
staffing	strong	-	(?:manpower|recruitment|placement|staffing) consultanc(?:y|ies)
# An agency that supplies nurses, carers or locums places staff: staffing, though its people work in healthcare.
staffing	strong	-	(?:nursing|nurse|carers?|care staff|locum|medical staffing|healthcare staffing) agen(?:cy|cies)
# HR or staff outsourcing puts the firm's people on clients' payrolls: "an h r outsourcing firm, we deploy outsourced staff".
staffing	strong	-	(?:hr|h r|staff|manpower|labou?r) outsourcing|(?:we|i) (?:deploy|outsource) (?:outsourced |contract )?(?:staff|workers|personnel)
# A (farm) labour contractor puts crews of workers on the growers' jobs.
staffing	strong	-	(?:farm )?labou?r contractors?|labou?r hire (?:firm|company|agency|business|outfit|mob|crowd|provider)s?
# Labour hire said bare is the caller's trade only when they say so ("we're a labour hire mob"; "we use labour hire" buys it in).
staffing	weak	-	labou?r hire
staffing	strong	-	recruiters? (?:at|for|in) (?:a|an|the|our|my) (?:\w+ )?agency|agency(?=[^.?!]{0,30}\brecruiters\b)
marketing_agency	strong	-	(?:digital |performance |growth )?marketing (?:agency|firm|shop)|ad agency|advertising agency|digital agency|creative agency|pr (?:firm|agency)|branding agency
marketing_agency	strong	-	seo agency|media agency|design agency|agency(?=[^.?!]{0,40}\b(?:social media|ads|advertising|marketing|seo|branding|campaigns|creative)\b)
healthcare	strong	-	nhs(?: trusts?| practice| practices)?|medical|home health|home care|in-home care|hospice|behavioral health|healthcare|health ?care|hospitals?|hospital system|clinics?
healthcare	strong	-	medical (?:practice|office|group|center|clinic|spa)|med ?spa|dental|dentaire|dentists?|orthodont\w*|chiropract\w*|physical therapy|therapy practice|pharmacy|nursing home
healthcare	strong	-	biotech\w*|life sciences|pharmaceutical (?:company|firm)|pharmacies|chain of chemists|senior living|veterinary|vet clinic|physicians?|patients|patient (?:intake|forms?
	|paperwork|consent|records?
	|charts?|care)|surg(?:ery|ical) cent(?:er|re)s?|dsos?
# Family doctors: "a GP practice", "the doctors' surgery".
healthcare	strong	-	gp (?:practices?|surger(?:y|ies)|clinics?)|general practice|family (?:practice|medicine)|doctors'? surger(?:y|ies)
healthcare	strong	-	diagnostics? (?:cent(?:re|er)s?|labs?|clinics?)|pathology labs?|blood tests
healthcare	strong	-	care homes?|residential care|aged care|assisted living
# Ambulance and patient-transport crews carry patients: healthcare whether or not the call is an emergency.
healthcare	strong	-	(?:private|non-emergency|non emergency) ambulances?|ambulance (?:services?|crews?|compan(?:y|ies)|operators?|providers?)|patient transport|paramedics
	|(?:ndis|n d i s) providers?|disability (?:support|care) providers?|care providers?(?<=\b(?:home|residential|aged|elderly|social) care providers?)
healthcare	strong	-	chairside|patient's (?:charts?|records?|files?)|ehr|emr|hygienists?|treatment plans?|(?:speech|occupational|respiratory) therap(?:y|ists?)|speech and language therap\w*|audiolog\w*
	|optometr\w*|physiotherap\w*|hospices?|opticians?(?:'s)?
# Clinical research: "a clinical trials unit", "the research nurses", "two trial coordinators".
healthcare	strong	-	clinical (?:research|trials?)(?: (?:sites?|units?|cent(?:re|er)s?|organi[sz]ations?))?|trials units?|(?:research|study|trial|trials) nurses?
	|(?:trial|trials|study|clinical research) coordinators?
# A legal clinic is a law practice, ahead of healthcare's "clinic".
legal	strong	-	legal aid(?: (?:clinics?|centres?|centers?|society|office|practice|service))?|(?:legal|law) (?:advice )?clinics?|law cent(?:re|er)s?|community legal cent(?:re|er)s?
# Clinical roles that work only in healthcare: "the anaesthetists and the theatre nurses".
healthcare	strong	-	an(?:a)?esthe(?:t|s)i(?:st|ologist)s?|an(?:a)?esthesiologists?|(?:theatre|theater|scrub|ward|practice|charge|icu|triage|bloc) nurses?|nurses? of the bloc|midwi(?:fe|ves)|doulas?
# A vet named with the practice, and one patient counted ("every patient who comes in").
healthcare	strong	-	vets?'? (?:practices?|surger(?:y|ies)|hospitals?|nurses?|techs?|groups?|chains?|clinics?)|vets(?<=\b(?:the|the other|our|other|all the) vets)
	|patient(?<=\b(?:every|each|per|new) patient)
	|(?:signatures?|consents?) of (?:the |a )?patients?
healthcare	strong	-	veterinari(?:os|as|ans?)
# A vet named by the kind of practice ("i'm a mobile vet", "we're equine vets"): weak, so only self-description counts (a
# relative who "qualified as a vet" names no trade of the caller's).
healthcare	weak	-	(?:mobile|equine|farm|large[- ]animal|small[- ]animal|mixed[- ]practice|locum|rural|livestock|horse) vets?
	(?! (?:practices?|surger(?:y|ies)|hospitals?|nurses?|techs?|groups?|chains?|clinics?)\b)
hospitality	strong	-	hospitality|boutique hotel|hotel group|(?:group|chain|collection|portfolio) of (?:\w+ )?(?:hotels|motels|guest ?houses|restaurants|pubs|cafes)
	|guest ?houses?|b&bs?|bed and breakfasts?|restaurant group|catering|(?:event |wedding )?caterers|resorts?|wedding venue|event (?:venue|space)|events space|travel agency
hospitality	strong	-	venue for (?:weddings|events|parties|receptions)|(?:events?|wedding|function|conference|banqueting) (?:venues?|cent(?:re|er)s?|halls?)|ice cream (?:shops?|stores?|parlou?rs?)
	|sandwich (?:shops?|franchises?|stores?)|coffee shops?|pizzerias?|fast food
hospitality	strong	-	(?:we|i) (?:run|do|operate|offer) (?:\w+ ){0,2}tours\b|tour (?:operators?|company|companies)|tours? for (?:foreign )?tourists|travel agen(?:cy|cies|ts?)
hospitality	strong	-	quick[- ]service restaurants?|qsrs?|travel management (?:company|firm|business)|corporate travel
# An event or wedding planner (self-described: a company's own event planner is a role).
hospitality	strong	-	(?:event|events|wedding|party) planning (?:company|business|firm|agency)
# Planning said as the caller's work ("we do event planning out of oakville", "i do wedding planning").
hospitality	strong	-	planning(?<=\b(?:we|i) (?:do|offer|run) (?:mostly |mainly |the )?(?:event|events|wedding|weddings|party) planning)
# A travel agency named with its second line of work ("a travel and visa agency", "a tours and travel agency").
hospitality	strong	-	(?:travel|tours?) (?:and|&) (?:visa|tours?|travel|ticketing) agen(?:cy|cies|ts?)|(?:visa|ticketing) (?:and|&) (?:travel|tours?) agen(?:cy|cies|ts?)
hospitality	weak	-	(?:event|events|wedding|party) planners?|(?:event|events) (?:company|companies|business|management (?:company|firm))
# A dive centre takes guests diving, like a tour operator (said of the caller).
hospitality	weak	-	dive (?:cent(?:re|er)|shop|operator|school)s?
hospitality	strong	-	(?:yacht|boat|fishing|sailing) charters?|(?:fishing|ski|safari|hunting|mountain|wilderness|guest|game) lodges?|holiday (?:parks?|lets?|cottages)|campsites?|glamping
	|caravan (?:parks?|sites?)|rv parks?|campgrounds?
hospitality	weak	-	(?:burger|chicken|taco|kebab|noodle|ramen|pizza|sushi) (?:joints?|bars?|places?|shops?)
	|ryokans?|inns?|hostels?|restaurants?|hotels?|bar and grill|bakery|cafes?|brewpubs?|pubs?|bistros?|motels?
government	strong	-	government|councils?(?<=\b(?:district|borough|county|city|town|local|regional|shire|metropolitan) councils?)|municipal(?:ity)?
government	strong	-	embass(?:y|ies)|consulates?|high commission|(?:state|federal|city|county|local|public|government) agenc(?:y|ies)|public sector|city hall
government	strong	-	(?:city|county|town|village) (?:office|government|clerk|council|department|dept)
government	strong	-	sheriff'?s? (?:office|department|dept)|police (?:department|force|service)|fire (?:department|service)|(?:county|district|municipal|magistrates'?) courts?
# A town's recreation department, and the caller working for the town: "i work for the town, parks and rec".
government	strong	-	parks and rec(?:reation)?(?: department| dept)?|(?<=\bi work for the )(?:town|city|county|council|municipality|state)
government	weak	-	city of|town of|county|council
# A parish council is a church's or a village's governing body: the caller's only when they say it is theirs.
government	weak	-	parish councils?
education	strong	-	field trips?|school district|schools?(?<=\b(?:secondary|primary|grammar|prep|boarding|independent|international|basic|junior|senior|middle|elementary|high) schools?)
	|sixth[- ]form(?: college)?|tafe|polytechnic
education	strong	-	enrol(?:l)?ment (?:office|team|department)|district(?<=\b(?:at|for|in|across) the district)(?! (?:attorney|court|council|manager|nurse|heating|line|office of)\b)
# A hospital or care home has an admissions office too ("the admissions office at a private hospital"): that one is healthcare's.
education	strong	-	further education|universit(?:y|ies)|college|edtech|tutoring|k-12|charter schools?|education(?<!\bdiocesan education)
	|admissions (?:office|department|team|counsell?ors?|officers?)(?! (?:at|of|for|in) (?:a|an|the|our) (?:[a-z'-]+ ){0,2}(?:hospitals?|clinics?|hospices?|care homes?|nursing homes?)\b)
education	strong	-	day ?cares?|child ?care(?: cent(?:re|er)s?| providers?)?|pre-?schools?|kindergartens?|nurser(?:y|ies)(?<=\b(?:day|child|children's) nurser(?:y|ies))
	|(?:driving|language|dance|music|swim(?:ming)?) schools?
# Childminders, and a crèche the caller runs (a gym's crèche is a service of the gym).
education	strong	-	childminders?|childminding
education	weak	-	cr(?:è|e)ches?
# After-school programmes are run by schools and charities alike: education only when the caller is the one running them.
# A nursery run as a group or chain of centres is childcare, however the caller names their role in it.
education	strong	-	nurser(?:y|ies)(?<!\b(?:plant|garden|tree|trees) nurser(?:y|ies)) (?:groups?|chains?)
education	weak	-	nurser(?:y|ies)(?<!\b(?:plant|garden|tree|trees) nurser(?:y|ies))
education	weak	-	after-?school (?:programs?|programmes?|clubs?)
education	strong	-	private schools?|nursery and primary|primary and secondary|schools?(?<=\bat our schools?)
# A school said with the pupils it has ("our school has about six hundred pupils", pidgin "our school get ..."): the caller's.
education	strong	-	schools?(?<=\bour schools?)(?= (?:has|have|got|get|gets|has got|dey get)\b[^.?!]{0,30}\b(?:pupils|students|children|kids)\b)
# A training school or institute teaches a trade or skill: "a computer training institute", "a nursing training school".
education	strong	-	training (?:schools?|institutes?|academ(?:y|ies)|colleges?)
education	strong	-	tuition (?:cent(?:re|er)s?|classes|school)|coaching (?:cent(?:re|er)s?|classes|schools?|institutes?)|cram schools?
education	weak	-	schools?|academy|district
# The caller's own students ("we have about 4,200 students"); students named alone ("when the students come back") or working for
# the caller ("we've got two students on placement") are no industry.
education	strong	-	registered training org\w*|training (?:provider|organi[sz]ation|college)s?|rtos?(?<=\b(?:an|the|our) rtos?)
education	strong	-	(?:students|pupils)(?<=\b(?:we have|we've got|we've|we teach|we enrol|we enroll|our)\b[^.?!]{0,30} (?:students|pupils))
	(?! (?:on (?:placement|work experience)|working|who work|part[- ]time|interning|helping out|in the office|over the summer)\b)
# A trust or charity that runs clinics or schools is the charity's: "a trust that runs rural clinics".
nonprofit	strong	-	(?:trust|charity|ngo|n g o|non-?profit|not-for-profit|foundation) (?:that|which|who) (?:runs?|operates?|manages?)(?: [a-z-]+){0,3}
nonprofit	strong	-	n g o|ngos?|non[- ]?profit|food pantr(?:y|ies)|not[- ]for[- ]profit|charit(?:y|ies)|ngo|501\(?c\)?\(?3\)?|donors|food bank
nonprofit	strong	-	dioceses?|diocesan|temple trusts?|(?:mosque|masjid|church|temple|gurdwara|synagogue) committees?|madrasa|madrassa|madrasah|madrassah|madrasas|waqf
nonprofit	weak	-	churches|church|ministry|congregation|mosques?|masjids?|temples?|synagogues?|gurdwaras?|parish
nonprofit	weak	-	foundation
# A labour union or its local (said of the caller; "the union contract" is another party's).
nonprofit	weak	-	(?:labou?r|trades?|teachers'?|nurses'?|workers'?) unions?|union locals?
real_estate	strong	-	real estate|realtors?|estate agen(?:cy|cies|ts?)|letting(?:s)? agen(?:cy|cies|ts?)|lettings|realty|property management|property managers?|brokerage|listing agreements?
real_estate	weak	-	inmobiliarias?|imobili(?:á|a)rias?
# A Scottish property factor manages the common parts of tenements for their owners.
# Building inspections said as the caller's own work ("we do building inspections across the city") are a property service.
real_estate	strong	-	building inspections?(?<=\b(?:we|i) (?:do|offer|carry out|run) (?:[a-z-]+ ){0,2}building inspections?)|building inspection (?:company|business|firm|service)s?
real_estate	strong	-	(?:property|home|building and pest|pre[- ]purchase) inspections?|property factor(?:s|ing)?
# Social landlords: "a housing association in Sunderland, about four thousand homes".
real_estate	strong	-	(?:co-?operative )?housing societ(?:y|ies)|housing (?:associations?|trusts?|co-?op(?:erative)?s?|authorit(?:y|ies)|providers?)|social housing|social landlords?
real_estate	strong	-	co-?working (?:spaces?|offices?|cent(?:re|er)s?|operators?|business)|shared (?:office|work) ?spaces?|serviced offices?
real_estate	strong	-	title company|escrow|landlords?(?<!\b(?:our|my|the|with (?:the|our)) landlords?)
	(?<!\b(?:chas(?:e|es|ed|ing)|remind(?:s|ed|ing)?|nudg(?:e|es|ed|ing)) landlords?)|(?:residential|commercial) propert(?:y|ies)|apartment (?:buildings|complexes|communities)
	|multi-?family|(?:rental|residential) units
# Developers of homes sell flats and plots: "a wee property developer", "we're real estate developers".
real_estate	strong	-	(?:property|real estate|residential|housing|condo|apartment) develop(?:ers?|ment (?:company|firm|business))
real_estate	strong	-	manage (?:[\w-]+ ){0,5}(?:properties|buildings|rentals|rental units|units|doors|apartments|apartment blocks|blocks of flats)
real_estate	strong	-	(?:lease|leases|leasing|rent|rents|renting) (?:out )?(?:apartments|units|homes|houses|condos|properties|townhomes)|rental properties
legal	strong	-	law (?:firm|office|practice)|legal practice
	|conveyancing (?:firm|practice)s?|personal injury (?:firm|practice|office)s?
	|conveyancing (?:and|&) (?:wills|probate)|wills and probate|practice law|(?:personal injury|immigration|family|estate|criminal|employment|corporate) law|litigation
legal	strong	legal (?:team|department|dept|counsel)|in-house|general counsel	attorneys?|lawyers?|paralegals?|solicitors?|barristers?|law clerks?
# A notary's office (notaría) is a legal service; named as another party ("the deed goes to the notary") it is not the caller's.
legal	weak	-	notar(?:y|ies|ía|ia|ias)(?: offices?| publics?)?|notary's office
# Court reporters record depositions and hearings for litigation.
legal	strong	-	court report(?:ing|ers?)
software	strong	-	(?:software|it|tech) outsourcing(?: (?:company|firm|business|house|shop|provider))?
	|saas|software (?:company|startup|firm|vendor|business|house|shop|agency|studio)|(?:cybersecurity|security|b2b|hr|fintech) software|tech (?:company|startup)|dev shop|software development
software	strong	-	(?:software|it|tech) services (?:company|firm|provider|business|house)|app developer|(?:sell|build|make|develop)(?:s|ing)? (?:[a-z-]+ ){0,2}software|software (?:products?|platform)
	|(?:software|licen[cs]e|licensing|cloud) resellers?|resell (?:[a-z-]+ ){0,2}(?:licen[cs]es|software)
manufacturing	strong	-	(?:parts|components?|electronics|machinery|equipment|appliance|furniture|toy|cosmetics|chemicals?) makers?
	|plant(?<=\b(?:our|we have (?:a|our|one)) plant)(?! (?:nurser(?:y|ies)|hire|pots?|shop|sale|food|based)\b)
	|manufactur\w*|factory|factories|machine shop|fabricat\w*|oem|industrial parts|we make (?:custom )?[a-z -]{0,30}parts|injection[- ]mou?ld\w*|machining|cnc
manufacturing	strong	-	textile (?:export |exports )?(?:units?|company|firm|exporters?|mill)|garment (?:units?|factor(?:y|ies)|exporters?|manufactur\w*)|apparel (?:units?|exporters?)
manufacturing	strong	-	stone ?cutting|(?:stone|glass|metal|engraving|tailoring|joinery) (?:works|workshops?)|monumental masons?|engraving (?:firm|business)
manufacturing	strong	-	(?:we|i) (?:build|make|manufacture|fabricate) (?:[a-z-]+ ){0,3}
	(?:boats|workboats|trailers|furniture|cabinets|machines|machinery|parts|equipment|vehicles|uniforms|garments|knitwear|blazers|clothing|clothes|shirts|jackets)\b
manufacturing	strong	-	metal stamping|(?:commercial )?printing (?:company|firm|press|house|business|works)|printing presses|print (?:shop|works|firm)|commercial printers?
manufacturing	strong	-	(?:bottling|processing|processin|packing|packin|packaging|canning|assembly|meat ?packing|pharma|furniture|fish|seafood) plants?
	|(?:our own|we have|we run) (?:\w+ ){0,2}looms|hand[- ]weaving|bottling (?:lines?|company)
# Boat yards build boats; a production brewery or distillery makes drink (a brewpub is hospitality, above).
manufacturing	strong	-	boat ?build(?:ers?|ing)|boat ?(?:repair )?yards?|shipyards?|shipbuild\w*|shipwrights?
manufacturing	weak	-	brewer(?:y|ies)|distiller(?:y|ies)
# A winery makes wine; named as a supplier ("purchase orders to the wineries") it is not the caller's.
manufacturing	weak	-	winer(?:y|ies)|wine (?:estates?|farms?|producers?)|knitwear (?:company|firm|brand|business|maker)s?
# Making and bottling a drink is production: "we make and bottle about 400,000 bottles".
manufacturing	strong	-	(?:we|i) (?:make|produce|brew|distil|distill) and bottle
# A sawmill is a working mill: "we're a sawmill", "we have a sawmill near the port".
manufacturing	strong	-	sawmills?|saw mills?|(?:timber|lumber) mills?
# A mill may be only a building ("the old cotton mill next door"): the caller's only when they say so.
manufacturing	weak	-	(?:textile|paper|steel|flour|cotton|spinning|woollen|woolen|weaving|rolling|sugar|rice|feed) mills?
# A guarding or cleaning firm names the sites it works on ("mostly condos and construction sites"): they are its clients.
construction	strong	(?:security|guarding|cleaning|janitorial)(?: services)? (?:company|companies|firm|business|outfit|agency)	construction sites?
# Groundworks (the digging, drainage and foundations before a build) is a building trade: "a small groundworks firm".
construction	strong	-	groundworks|groundwork (?:firm|company|contractors?|business|outfit|crew)s?
construction	strong	-	construction|general contractors?|subcontractors?|home ?builders?|custom homes|commercial builds|roofing|remodel\w*|renovations?|hvac|plumbing|electrical contractors?
construction	strong	-	architect(?:ure|ural|s'?) (?:and engineering )?(?:firm|practice|studio|office)|drywall|lien waivers?|(?:commercial|residential|industrial) electrical|electricians
construction	weak	-	contractors?|builders?
# Crane hire serves building sites and lifts on them: "we do crane hire, mostly for building sites".
construction	strong	-	crane (?:hire|rental)
# Building architects, said of the caller ("we're architects"; not software, solutions or data architects).
construction	weak	-	architects(?<!\b(?:software|solutions?|cloud|enterprise|data|systems?|it|technical|security|network|sales|information) architects)
# Finishing and structural trades named by their work ("we're a tiling firm").
construction	strong	-	(?:commercial |residential )?building (?:company|firm|contractors?)|tiling|plastering|bricklaying|scaffolding|glazing (?:firm|company|business|contractors?)|double glazing
# "The main contractor" is another firm unless the caller says so ("we're the main contractor": the weak cue).
construction	strong	-	sparky (?:business|firm|company)|sparkies|(?<!\bthe )(?:main|principal) contractors?
construction	weak	-	handym(?:a|e)n|joiners?|carpenters?|sparky|chippy|roofers?|electrician|tiler|plasterer|bricklayer|glazier|plumber
construction	weak	-	tilers|plasterers|bricklayers|scaffolders|glaziers
construction	strong	-	reno (?:company|firm|business|outfit|crew)s?|renos
# A civil or structural engineering office and a quantity surveying practice are construction like an architecture office
# (their "consultancy" is the head of the cue, not consulting).
construction	strong	-	quantity survey(?:ing|ors?)(?: (?:practice|firm|consultancy|office|business))?
	|(?:civil|structural|geotechnical)(?: (?:and|&) (?:civil|structural|geotechnical))? engineering(?: (?:consultanc(?:y|ies)|consultants?|firm|practice|office|company))?
construction	strong	-	(?:kitchen|bathroom) fitters?|joinery (?:firm|company|business|workshop)|shop ?fitt\w*
ecommerce	strong	-	subscription box(?:es)?(?: company| business)?|e-?commerce|ecom|online (?:[a-z]+ )?(?:store|shop|retailer|retail|business|brand)|shopify store|amazon seller|dtc
	|direct[- ]to[- ]consumer|sell (?:[a-z-]+ ){0,3}online
ecommerce	strong	-	sell(?:s|ing)? (?:[a-z-]+ ){0,3}on (?:amazon|etsy|ebay|shopify)
automotive	strong	-	dealer(?: groups?|s?(?<=\b{car_makes} dealers?))
automotive	strong	-	car dealerships?|car dealers?|auto dealer(?:ship)?s?|dealerships?|automotive|auto (?:repair|body|group|shop)
	|body shops?|collision (?:shops?|cent(?:er|re)s?|repair)|panel beat\w*|used cars|we sell cars
automotive	strong	-	(?:car|van|vehicle|truck|ute) (?:hire|rental)(?: (?:firm|company|business|agency|outfit))?|rent-a-car|mobile mechanics?|mechanics? (?:workshop|garage|business)
	|(?:car|vehicle|auto) repairs?|motor trade
automotive	weak	-	mechanics?|(?:car|auto|repair) garage
# Towing and vehicle recovery works on cars: "we run a towing and recovery outfit".
automotive	strong	-	towing (?:and recovery )?(?:company|companies|outfit|business|firm|service)s?|towing and recovery|tow (?:truck )?(?:company|companies|outfit|business)
automotive	strong	-	(?:tyre|tire) (?:distribut\w*|dealers?(?:hips)?|shops?|cent(?:re|er)s?|fitt\w*|wholesal\w*|importers?|business|company)
automotive	strong	-	(?:we|i) (?:dey |do |also )?(?:sell|sold) (?:[a-z-]+ ){0,5}(?:cars|vehicles)
# A used-car place or lot: "we're a used car place out in bradford", "two car yards".
automotive	strong	-	used[- ]car (?:place|lot|yard|dealer|business|sales)s?|car (?:lots|yards|yard|lot)(?<=\b(?:a|our|the|two|three|\d+) car (?:lots|yards|yard|lot))
# A university's office: "i'm at the uni in melbourne", "the uni's got eight thousand staff" (not a student's "at uni" or "uni fees").
education	strong	-	uni(?:s|'s)?(?<=\b(?:the|our|a) uni(?:s|'s)?)(?! (?:students?|kids|fees|halls?|course|courses|degree|holidays?|break|mates?)\b)
consulting	strong	-	consulting|consultancy|advisory firm|consultants?(?<=\b(?:management|strategy) consultants?)
# A head count of consultants ("we are ten consultants") is a team: recruitment, sales and travel firms have consultants too.
consulting	weak	-	consultants?(?<!\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty) consultants?)
energy	strong	-	solar|energy (?:company|provider|business|broker(?:age)?s?|supplier|retailer|firm)|gas and electric(?:ity)?
energy	strong	-	(?:supplier|retailer|provider)s?(?<=\b(?:gas|electricity|power) (?:supplier|retailer|provider)s?)|oil and gas|oil sands|utility company|utilities|renewables?|wind (?:farm|energy)
energy	strong	-	power company|utilit(?:y|ies)(?<=\b(?:municipal|public|electric|electricity|power|water|gas) utilit(?:y|ies))|electric (?:utility|co-?op)
# Survey, inspection or maintenance work done for oil and gas operators ("draft surveys for the oil and gas people").
energy	strong	-	(?:surveys?|inspections?|maintenance|engineering|servicing) for (?:the )?oil and gas
# Oilfield services: the crews that service wells for the operators.
energy	strong	-	well servic(?:ing|es)|oil ?field(?: services?)?|drilling (?:company|contractors?)|frac(?:king)? crews?|pipeline (?:company|operators?)
`;
