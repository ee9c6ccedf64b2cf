/**
 * Canonical ids and the ways callers (and speech-to-text) spell them. Extend here, not in the
 * extractors: every id is snake_case and stable (lead scoring and analysts group by it).
 *
 * Each alias is a regular-expression source matched on word boundaries. `cased: true` aliases are
 * matched against the original text (case-sensitive) because the lowercase word is common English
 * ("slack", "outlook", "notion", "box", "word", "teams").
 */

/** A product a caller may name: an integration they need, or the tool they use for documents now. */
export interface ProductAlias {
  id: string;
  field: 'integration_needs' | 'current_solution';
  /** Lowercase aliases, matched on the lowercased utterance. */
  aliases?: string[];
  /** Case-sensitive aliases, matched on the original utterance. */
  cased?: string[];
}

/** Integration targets (CRMs, storage, chat, accounting, payments, mail) and document tools in use. */
export const PRODUCTS: readonly ProductAlias[] = [
  { id: 'salesforce', field: 'integration_needs', aliases: ['salesforce', 'sales force', 'sfdc'] },
  { id: 'hubspot', field: 'integration_needs', aliases: ['hubspot', 'hub spot'] },
  { id: 'pipedrive', field: 'integration_needs', aliases: ['pipedrive', 'pipe drive'] },
  { id: 'zoho_crm', field: 'integration_needs', aliases: ['zoho crm', 'zoho(?! sign)'] },
  { id: 'microsoft_dynamics', field: 'integration_needs', aliases: ['microsoft dynamics(?: 365| crm)?', 'ms dynamics', 'dynamics 365', 'dynamics crm'], cased: ['Dynamics'] },
  { id: 'zapier', field: 'integration_needs', aliases: ['zapier'] },
  { id: 'slack', field: 'integration_needs', aliases: ['slack (?:channels?|messages?|notifications?|integration|workspace|alerts?)', '(?:in|on|into|to|via|through|use|uses|using|with) slack(?! off)', '(?<=\\b(?:and|also|plus|or|maybe) )slack(?= (?:would|could|too|as well|integration|support)\\b|\\s*[,.;!?]|\\s*$)'], cased: ['Slack'] },
  { id: 'microsoft_teams', field: 'integration_needs', aliases: ['microsoft teams', 'ms teams', 'msteams', '(?<=(?:sharepoint|share point|outlook|onedrive|one drive|office 365|o365|slack|zoom|ms 365|microsoft 365)(?:,|\\s+and|\\s+or|,\\s*and|,\\s*or)\\s+)teams(?! of)', '(?<=\\b(?:on|in|via|through|over|using) )teams(?= (?:all day|calls?|chats?|meetings?|channels?|messages?|notifications?)\\b)'], cased: ['(?<=\\b(?:[Ii]n|[Oo]n|[Vv]ia|[Tt]hrough|[Uu]se|[Uu]sing|and|or|with|(?:connected|connect|integrated|integrate|synced|sync|hooked up|linked|plugged) (?:in)?to) )Teams', '(?<=(?:[Mm]icrosoft|MS|SharePoint|Sharepoint|Outlook|OneDrive|Office|O365|Slack|Zoom)[^.?!]{0,60}, )Teams\\b', 'Teams(?=,? (?:and )?(?:SharePoint|Sharepoint|Outlook|OneDrive|Office|O365))', 'Teams(?= (?:channels?|chats?|calls?|meetings?|messages?|notifications?|integrations?|app|connector|bot|plug-?in|add-?in)\\b)'] },
  { id: 'google_drive', field: 'integration_needs', aliases: ['google drive', 'g ?drive', '(?<=(?:google|gmail|g ?suite|workspace|google docs|google sheets)[^.?!]{0,40}(?:,|,? and|,? or) )drive\\b'], cased: ['(?<=(?:Google|Gmail|G ?Suite|Workspace)[^.?!]{0,40}, )Drive\\b'] },
  { id: 'dropbox', field: 'integration_needs', aliases: ['dropbox(?! sign)', 'drop box'] },
  { id: 'box', field: 'integration_needs', aliases: ['box\\.com', 'box (?:account|folders?|drive)', '(?<=\\b(?:in|into|to|from|with|using|on) )box(?=\\s*(?:[,.;!?]|$)| (?:and|or|too|as well)\\b)'], cased: ['(?<!^|[.!?] )(?<![Cc]heck the |[Tt]ick the |[Dd]rop|[Ii]n)Box\\b(?! [Ss]ign)', 'Box(?= is (?:where|our|what we))'] },
  { id: 'onedrive', field: 'integration_needs', aliases: ['onedrive', 'one drive'] },
  { id: 'sharepoint', field: 'integration_needs', aliases: ['sharepoint', 'share point'] },
  { id: 'quickbooks', field: 'integration_needs', aliases: ['quickbooks(?: online)?', 'quick books', 'qbo'] },
  // "zero" is how speech-to-text hears Xero: only as something to connect to or beside another accounting tool.
  { id: 'xero', field: 'integration_needs', aliases: ['xero', '(?<=\\b(?:sync\\w*|integrat\\w*|connect\\w*|talk\\w*|push\\w*|export\\w*|plug\\w*|hook\\w*|work\\w*) (?:up |directly )?(?:with|to|into) )zero(?=\\s*(?:[.,;!?]|$|too\\b|as well\\b|and\\b))', '(?<=\\b(?:quickbooks|quick books|sage|netsuite|net suite|freshbooks) (?:or|and) )zero\\b', 'zero (?:accounting|integration)\\b'] },
  { id: 'netsuite', field: 'integration_needs', aliases: ['netsuite', 'net suite'] },
  // UK/Irish/South African and Australian/NZ accounting packages ("we're on Sage", "it all runs through MYOB").
  // Lowercase "sage" is the herb: only a product name ("sage 50", "sage accounting") reads lowercase.
  { id: 'sage', field: 'integration_needs', aliases: ['sage (?:50|200|300|x3|intacct|accounting|accounts|payroll|business cloud|one)'], cased: ['(?<!^|[.!?] )Sage\\b(?! [A-Z])'] },
  { id: 'myob', field: 'integration_needs', aliases: ['myob'] },
  { id: 'stripe', field: 'integration_needs', aliases: ['stripe'] },
  { id: 'gmail', field: 'integration_needs', aliases: ['gmail', 'g mail', 'google mail'] },
  { id: 'outlook', field: 'integration_needs', aliases: ['outlook (?:calendars?|email|inbox|add-?in|plugin|plug-in|integration|contacts)', '(?:in|on|into|with|use|uses|using|to|from|through|via|our|my) outlook'], cased: ['(?<!^|[.!?] )Outlook'] },
  // Suites: a caller naming the suite (not one of its apps) gets the suite id.
  { id: 'microsoft_365', field: 'integration_needs', aliases: ['o ?365', 'office ?365', 'microsoft 365', 'ms 365', 'm365', 'microsoft office suite'] },
  { id: 'google_workspace', field: 'integration_needs', aliases: ['g ?suite', 'google workspace', 'google apps', 'google suite'] },
  { id: 'notion', field: 'integration_needs', aliases: ['notion (?:pages?|docs?|database|workspace|wiki)', '(?:in|into|with|use|uses|using|to|from) notion'], cased: ['(?<!^|[.!?] )Notion'] },
  // Extensions seen in trial calls.
  { id: 'shopify', field: 'integration_needs', aliases: ['shopify'] },
  { id: 'clio', field: 'integration_needs', aliases: ['clio'] },
  { id: 'follow_up_boss', field: 'integration_needs', aliases: ['follow[- ]?up boss', 'followupboss'] },
  { id: 'bullhorn', field: 'integration_needs', aliases: ['bullhorn'] },
  { id: 'kvcore', field: 'integration_needs', aliases: ['kv ?core'] },
  { id: 'zendesk', field: 'integration_needs', aliases: ['zendesk'] },
  { id: 'mailchimp', field: 'integration_needs', aliases: ['mailchimp'] },
  { id: 'airtable', field: 'integration_needs', aliases: ['airtable'] },
  { id: 'asana', field: 'integration_needs', aliases: ['asana'] },
  { id: 'jira', field: 'integration_needs', aliases: ['jira'] },
  { id: 'monday', field: 'integration_needs', aliases: ['monday\\.com', 'monday dot com'] },
  { id: 'google_sheets', field: 'integration_needs', aliases: ['google sheets?'] },
  { id: 'google_calendar', field: 'integration_needs', aliases: ['google calendar'] },
  { id: 'bamboohr', field: 'integration_needs', aliases: ['bamboo ?hr'] },
  { id: 'workday', field: 'integration_needs', cased: ['(?<!^|[.!?] )Workday'] },
  { id: 'gusto', field: 'integration_needs', cased: ['Gusto'] },
  { id: 'rippling', field: 'integration_needs', cased: ['Rippling'] },
  { id: 'greenhouse', field: 'integration_needs', cased: ['Greenhouse'] },
  { id: 'adp', field: 'integration_needs', cased: ['ADP'] },
  { id: 'mycase', field: 'integration_needs', aliases: ['my ?case(?= integration)', 'mycase'] },
  { id: 'athenahealth', field: 'integration_needs', aliases: ['athena ?health'] },
  // Document and e-signature tools (current_solution).
  { id: 'docusign', field: 'current_solution', aliases: ['docu ?sign', 'docu-sign'] },
  { id: 'adobe_sign', field: 'current_solution', aliases: ['adobe (?:acrobat )?sign', 'acrobat sign', 'echo ?sign', 'adobe acrobat', 'acrobat', 'adobe(?! (?:photoshop|illustrator|creative|premiere|indesign|analytics|experience|xd|express|stock|fonts))'] },
  { id: 'dropbox_sign', field: 'current_solution', aliases: ['dropbox sign', 'hello ?sign'] },
  { id: 'pandadoc', field: 'current_solution', aliases: ['panda ?docs?'] },
  { id: 'proposify', field: 'current_solution', aliases: ['proposify'] },
  { id: 'qwilr', field: 'current_solution', aliases: ['qwilr'] },
  { id: 'microsoft_word', field: 'current_solution', aliases: ['microsoft word', 'ms word', 'word (?:docs?|documents?|templates?|files?)', '(?:in|using|use|into|from) word(?= (?:docs?|documents?|files?|templates?|then|and|or)\\b|\\s*[,.;!?]|\\s*$)', '(?<=\\b(?:templates?|docs?|documents?|proposals?|quotes?|contracts?|agreements?|letters?|forms?) (?:in|from) )word\\b(?! of)'], cased: ['Word(?= (?:docs?|documents?|files?|templates?|and|or)\\b)', '(?<=\\b(?:[Ii]n|[Uu]se|[Uu]sing|into|from|with|[Ii]n a|[Ii]n the) )Word\\b'] },
  { id: 'google_docs', field: 'current_solution', aliases: ['google docs?', 'gdocs'] },
  { id: 'signnow', field: 'current_solution', aliases: ['signnow'], cased: ['SignNow'] },
  { id: 'signeasy', field: 'current_solution', aliases: ['signeasy'] },
  { id: 'zoho_sign', field: 'current_solution', aliases: ['zoho sign'] },
  { id: 'rightsignature', field: 'current_solution', aliases: ['right ?signature'] },
  { id: 'box_sign', field: 'current_solution', cased: ['Box [Ss]ign'] },
  { id: 'dotloop', field: 'current_solution', aliases: ['dot ?loop'] },
  { id: 'skyslope', field: 'current_solution', aliases: ['sky ?slope'] },
  { id: 'jotform', field: 'current_solution', aliases: ['jot ?form'] },
  { id: 'better_proposals', field: 'current_solution', aliases: ['better proposals'] },
  { id: 'conga', field: 'current_solution', cased: ['Conga'] },
  { id: 'ironclad', field: 'current_solution', cased: ['Ironclad'] },
];

/**
 * Industry cues, most specific first. `weak` cues count only when the caller describes themselves
 * ("we're a ...", "I run ..."); a cue with `unless` is ignored when that pattern is in the utterance
 * (attorneys in a company's legal department do not make it a law firm). Cues are tried as one
 * alternation in this order, so at a given word the more specific cue wins ("insurance brokerage"
 * is insurance, not a real-estate "brokerage"). `null` ids mask phrases that look like an industry but
 * are not one ("legal team" is a department; "contractor agreements" are documents).
 */
export const INDUSTRY_CUES: readonly { id: string | null; re: string; weak?: boolean; unless?: string }[] = [
  { id: null, re: 'insurance (?:section|cards?|info(?:rmation)?|details|verification|certs?|certificates?)|legal (?:team|department|dept|counsel|review|side)|in-house counsel|contractor agreements?|independent contractors?|sales team|hr team|real estate (?:purposes|loan)' },
  // A building job named by what is built ("the hospital job") is construction, ahead of the building's own industry.
  { id: 'construction', re: '(?:hospital|school|clinic|office|retail|warehouse|hotel|church) jobs?(?! (?:fair|posting|opening|offer|application|board|site|listing|search|title|description|market)s?\\b)' },
  { id: 'insurance', re: 'lloyd\'?s (?:of london|brokers?|syndicates?|market|underwriters?)|insurance (?:brokerage|broker|agency|agencies|agents?|company|carrier|firm|business|office)|insurer|underwriting|policyholders|insurance' },
  { id: 'financial_services', re: 'mortgage (?:broker(?:age)?|company|lender|office)|mortgages?|credit unions?|wealth management|financial (?:advisors?|advisers?|planning|planners?|services|firm)|nbfcs?|building societ(?:y|ies)|microfinance|lending|lenders?|loan officers?|investment (?:firm|advisors?|bank|banking)|asset management|accounting (?:firm|practice|office|services)|accountancy|chartered accountan\\w*|cpa firm|accountants|bookkeeping|tax (?:prep|preparation|firm|practice)|fintech|broker-dealer|banking' },
  { id: 'financial_services', re: 'bank', weak: true },
  { id: 'logistics', re: 'freight (?:broker(?:age)?|forward\\w*|company)|customs broker(?:age)?|third[- ]party logistics|3pl|logistics|trucking|freight|warehousing|courier|supply chain|moving company|shipping company|(?:regional|long[- ]haul|ltl|motor|common) carriers?' },
  { id: 'staffing', re: 'staffing|recruit(?:ing|ment) (?:firm|agency|company|business)|temp agency|headhunt\\w*|executive search|placement agency|we place (?!orders)|recruiters? (?:at|for|in) (?:a|an|the|our|my) (?:\\w+ )?agency|agency(?=[^.?!]{0,30}\\brecruiters\\b)' },
  { id: 'marketing_agency', re: '(?:digital |performance |growth )?marketing (?:agency|firm|shop)|ad agency|advertising agency|digital agency|creative agency|pr (?:firm|agency)|branding agency|seo agency|media agency|design agency|agency(?=[^.?!]{0,40}\\b(?:social media|ads|advertising|marketing|seo|branding|campaigns|creative)\\b)' },
  { id: 'healthcare', re: 'nhs(?: trusts?| practice| practices)?|medical|home health|home care|in-home care|hospice|behavioral health|healthcare|health ?care|hospitals?|hospital system|clinics?|medical (?:practice|office|group|center|clinic|spa)|med ?spa|dental|dentists?|orthodont\\w*|chiropract\\w*|physical therapy|therapy practice|pharmacy|nursing home|senior living|veterinary|vet clinic|physicians?|patients|patient (?:intake|forms?|paperwork|consent|records?|charts?|care)|surg(?:ery|ical) cent(?:er|re)s?|dsos?|chairside|ehr|emr|hygienists?|treatment plans?' },
  { id: 'hospitality', re: 'hospitality|boutique hotel|hotel group|restaurant group|catering|resorts?|wedding venue|event (?:venue|space)|events space|travel agency|venue for (?:weddings|events|parties|receptions)|ice cream (?:shops?|stores?|parlou?rs?)|sandwich (?:shops?|franchises?|stores?)|coffee shops?|pizzerias?|fast food|quick[- ]service restaurants?|qsrs?' },
  { id: 'hospitality', re: 'restaurants?|hotels?|bar and grill|bakery|cafes?|brewery|pubs?|bistros?|guest ?houses?|motels?', weak: true },
  { id: 'government', re: 'government|councils?(?<=\\b(?:district|borough|county|city|town|parish|local|regional|shire|metropolitan) councils?)|municipal(?:ity)?|(?:state|federal|city|county|local|public|government) agenc(?:y|ies)|public sector|city hall|(?:city|county|town|village) (?:office|government|clerk|council|department|dept)' },
  { id: 'government', re: 'city of|town of|county|council', weak: true },
  { id: 'education', re: 'field trips?|school district|schools?(?<=\\b(?:secondary|primary|grammar|prep|boarding|independent|international) schools?)|sixth[- ]form(?: college)?|tafe|polytechnic|further education|universit(?:y|ies)|college|edtech|tutoring|k-12|charter schools?|admissions (?:office|department)|education' },
  { id: 'education', re: 'schools?|academy|district', weak: true },
  { id: 'nonprofit', re: 'non-?profit|not-for-profit|charit(?:y|ies)|ngo|501\\(?c\\)?\\(?3\\)?|donors|food bank' },
  { id: 'nonprofit', re: 'churches|church|ministry|congregation', weak: true },
  { id: 'nonprofit', re: 'foundation', weak: true },
  { id: 'real_estate', re: 'real estate|realtors?|estate agen(?:cy|cies|ts?)|letting(?:s)? agen(?:cy|cies|ts?)|lettings|realty|property management|property managers?|brokerage|listing agreements?|title company|escrow|landlords?|(?:residential|commercial) propert(?:y|ies)|apartment (?:buildings|complexes|communities)|multi-?family|(?:rental|residential) units|manage (?:[\\w-]+ ){0,5}(?:properties|buildings|rentals|rental units|units|doors|apartments)|(?:lease|leases|leasing|rent|rents|renting) (?:out )?(?:apartments|units|homes|houses|condos|properties|townhomes)|rental properties' },
  { id: 'legal', re: 'law (?:firm|office|practice)|legal practice|practice law|(?:personal injury|immigration|family|estate|criminal|employment|corporate) law|litigation' },
  { id: 'legal', re: 'attorneys?|lawyers?|paralegals?|solicitors?|barristers?', unless: 'legal (?:team|department|dept|counsel)|in-house|general counsel' },
  { id: 'software', re: 'saas|software (?:company|startup|firm|vendor|business|house|shop)|(?:cybersecurity|security|b2b|hr|fintech) software|tech (?:company|startup)|dev shop|software development|app developer|(?:sell|build|make|develop)(?:s|ing)? (?:[a-z-]+ ){0,2}software|software (?:products?|platform)' },
  { id: 'manufacturing', re: 'manufactur\\w*|factory|factories|machine shop|fabricat\\w*|oem|industrial parts|we make (?:custom )?[a-z -]{0,30}parts|injection[- ]mou?ld\\w*|machining|cnc|metal stamping' },
  { id: 'construction', re: 'construction|general contractors?|subcontractors?|home ?builders?|custom homes|commercial builds|roofing|remodel\\w*|renovations?|hvac|plumbing|electrical contractors?|architecture firm|drywall|lien waivers?|(?:commercial|residential|industrial) electrical|electricians' },
  { id: 'construction', re: 'contractors?|builders?', weak: true },
  { id: 'ecommerce', re: 'e-?commerce|ecom|online (?:[a-z]+ )?(?:store|shop|retailer|retail|business|brand)|shopify store|amazon seller|dtc|direct[- ]to[- ]consumer|sell (?:[a-z-]+ ){0,3}online|sell(?:s|ing)? (?:[a-z-]+ ){0,3}on (?:amazon|etsy|ebay|shopify)' },
  { id: 'automotive', re: 'dealer(?: groups?|s?(?<=\\b(?:motor|franchised|main|new car|used car|toyota|honda|ford|nissan|hyundai|kia|chevy|chevrolet|gmc|bmw|mercedes|audi|vw|volkswagen|subaru|mazda|jeep|lexus|dodge|chrysler|volvo|mitsubishi) dealers?))|car dealerships?|car dealers?|auto dealer(?:ship)?s?|dealerships?|automotive|auto (?:repair|body|group|shop)|body shop|used cars|we sell cars|(?:we|i) (?:sell|sold) (?:[a-z-]+ ){0,5}(?:cars|vehicles)' },
  { id: 'consulting', re: 'consulting|consultancy|advisory firm|consultants?(?<=\\b(?:management|strategy) consultants?)' },
  { id: 'consulting', re: 'consultants?', weak: true },
  { id: 'energy', re: 'solar|energy (?:company|provider|business|broker(?:age)?s?|supplier|retailer|firm)|gas and electric(?:ity)?|(?:supplier|retailer|provider)s?(?<=\\b(?:gas|electricity|power) (?:supplier|retailer|provider)s?)|oil and gas|utility company|utilities|renewables?|wind (?:farm|energy)|power company|utilit(?:y|ies)(?<=\\b(?:municipal|public|electric|water|gas) utilit(?:y|ies))|electric (?:utility|co-?op)' },
];

/** One label of a closed vocabulary (use_case or pain_points): what it means and how callers say it. */
export interface LabelInfo {
  id: string;
  description: string;
  /** Typical caller phrasings (documentation; the cues below are what match). */
  examples: string[];
}

/**
 * use_case vocabulary: the primary document workflow the caller wants to run. Plain, obvious names;
 * keep the set small (lib/signals/README.md has the same table; a test keeps the two in step).
 * A bare "contracts", "agreements", "documents" or "paperwork" names no workflow: use_case stays null.
 */
export const USE_CASE_LABELS: readonly LabelInfo[] = [
  { id: 'sales_proposals', description: 'Proposals, quotes, estimates and bids sent to prospects', examples: ['send quotes', 'proposals for clients', 'estimates', 'bids'] },
  { id: 'sales_contracts', description: 'Contracts with customers: sales/service agreements, order forms, MSAs, SOWs, change orders, closing deals', examples: ['customer contracts', 'order forms', 'MSAs', 'change orders', 'close 40 deals a month'] },
  { id: 'ndas', description: 'Non-disclosure / confidentiality agreements', examples: ['NDAs', 'non-disclosure agreements', 'confidentiality agreements'] },
  { id: 'hr_onboarding', description: 'Hiring and onboarding paperwork: offer letters, employment contracts, new-hire forms', examples: ['offer letters', 'new hire paperwork', 'employment contracts', 'onboarding docs'] },
  { id: 'lease_agreements', description: 'Leases, rental and tenancy agreements and their renewals', examples: ['leases', 'lease renewals', 'rental agreements', 'tenancy agreements'] },
  { id: 'real_estate_transactions', description: 'Property sale paperwork: purchase and listing agreements, disclosures, closing documents', examples: ['purchase agreements', 'listing agreements', 'disclosures', 'closing docs'] },
  { id: 'vendor_contracts', description: 'Agreements with suppliers, vendors and subcontractors; procurement and purchase orders', examples: ['vendor agreements', 'supplier contracts', 'subcontractor agreements', 'purchase orders'] },
  { id: 'client_intake', description: 'Taking on a new client or patient: intake forms, engagement letters, retainers, applications', examples: ['intake forms', 'engagement letters', 'retainer agreements', 'loan applications', 'patient paperwork'] },
  { id: 'invoices', description: 'Invoices and billing documents', examples: ['invoices', 'invoicing'] },
  { id: 'consent_forms', description: 'Consents, waivers, releases and permission slips', examples: ['consent forms', 'liability waivers', 'permission slips', 'release forms'] },
];

/**
 * pain_points vocabulary: what hurts in the caller's current process (every one stated is kept).
 * Plain, obvious names; lib/signals/README.md has the same table.
 */
export const PAIN_POINT_LABELS: readonly LabelInfo[] = [
  { id: 'manual_process', description: 'Paper, printing, scanning, faxing, re-keying, emailing PDFs around', examples: ['we print, sign and scan', 'wet ink', 'all by hand', 'copy-paste into the template'] },
  { id: 'slow_turnaround', description: 'Documents take too long to get signed; deals stall', examples: ['takes two weeks to get it signed', 'deals stall', 'it takes forever'] },
  { id: 'chasing_signatures', description: 'Following up with signers who do not sign', examples: ['chasing clients for signatures', 'nudging them three times', 'reminding people'] },
  { id: 'too_expensive', description: 'The current tool or process costs too much (including usage caps and overages)', examples: ['pricey', 'paying way too much', 'they raised prices', 'overage fees'] },
  { id: 'hard_to_use', description: 'The current tool is clunky, confusing or disliked by users', examples: ['clunky', 'confusing', 'my team hates it', 'pain to set up templates'] },
  { id: 'missing_integration', description: 'The current tool does not connect to other systems; double entry', examples: ["doesn't talk to our CRM", 'double entry', 'not integrated'] },
  { id: 'compliance_risk', description: 'Audit trail, regulation, security or legal-validity worries', examples: ['audit trail', 'HIPAA', 'auditors flag missing signatures', 'legally binding'] },
  { id: 'errors_rework', description: 'Mistakes, wrong versions, blank fields that force a resend', examples: ['wrong version went out', 'typos in quotes', 'clients leave fields blank'] },
  { id: 'poor_visibility', description: 'No idea of status; documents lost or falling through the cracks', examples: ['no idea where a contract is', "can't tell who opened it", 'things get lost in email'] },
  { id: 'poor_support', description: "The current vendor's support is unresponsive or bad", examples: ['support never answers', "can't reach a human"] },
];

/** Use-case cues, tried as one alternation (at a given word, earlier entries win); ids are USE_CASE_LABELS ids. */
export const USE_CASE_CUES: readonly { id: string; re: string }[] = [
  { id: 'ndas', re: 'ndas?|n\\.d\\.a\\.?s?|non-?disclosures?(?: agreements?)?|confidentiality agreements?' },
  { id: 'hr_onboarding', re: 'offer letters?|new[- ]hires?|new starters?|starter (?:packs?|forms?|paperwork)|(?:staff|employee) contracts?|contracts? of employment|new employees?|(?:employee |staff )?onboarding (?:paperwork|documents|docs|packets?|forms)|employee onboarding|employment (?:contracts?|agreements?)|hr (?:documents|docs|paperwork|forms)|hiring paperwork|i-9s?|w-4s?' },
  { id: 'client_intake', re: 'client care letters?|engagement letters?|retainer (?:agreements?|letters?)|retainers|fee agreements?' },
  { id: 'client_intake', re: 'intake (?:forms?|paperwork|packets?)|new client (?:forms|paperwork|onboarding)|client onboarding|patient (?:forms|paperwork|intake)|registration forms?|registrations|enrol(?:l)?ment forms?|proposal forms?|intake(?! (?:of|valve|manifold|air|fan|vent|meeting|call)s?\\b)' },
  { id: 'consent_forms', re: '(?:safety|liability|media|photo|medical|volunteer) releases?|consent forms?|(?:liability )?waivers?|permission slips?|release forms?|signed consents?|consents|indemnity (?:forms?|waivers?)|indemnities' },
  { id: 'sales_contracts', re: 'change orders?' },
  { id: 'lease_agreements', re: 'lease (?:agreements?|renewals?|contracts?)|leases?|rental (?:agreements?|contracts?)|tenancy agreements?|tenancies' },
  { id: 'real_estate_transactions', re: 'purchase agreements?|listing agreements?|(?:seller )?disclosures?|closing (?:docs|documents|paperwork)|buyer (?:agreements?|representation agreements?)|offers on homes|(?:real estate|property|home) (?:closings|transactions|sales)' },
  { id: 'vendor_contracts', re: '(?:broker-)?carrier (?:agreements?|contracts?|packets?|setup packets?)|vendor (?:agreements?|contracts?)|(?:sub)?contractor agreements?|subcontracts?(?: agreements?)?|sub-?awards?(?: agreements?)?|subgrants?(?: agreements?)?|supplier (?:agreements?|contracts?)|procurement(?! (?:has|needs|must|will|would|approv\\w*|sign\\w*)\\b)|purchase orders?|(?:suppliers|vendors)\\b[^.?!]{0,40}\\b(?:agreements?|contracts?|paperwork)|agreements? with (?:our |new )?(?:suppliers|vendors)|(?:supplier|vendor) onboarding|p\\.?o\\.?s(?! (?:system|systems|terminal|terminals|software|integration|machine|hardware|data)\\b)' },
  { id: 'client_intake', re: '(?:loan |rental |insurance |credit |membership |enrollment )?applications|loan (?:apps|docs|packages)|loans' },
  { id: 'invoices', re: 'invoices?|invoicing' },
  { id: 'sales_proposals', re: 'proposals?|quotes?|estimates?|bids?|quotations?' },
  { id: 'sales_contracts', re: 'bills? of sale|buyer\'?s orders?|(?:sales|customer|client|service|subscription|shipper) (?:contracts?|agreements?)|(?:event|group|booking|wedding|catering|venue|banquet) (?:contracts?|agreements?)|order forms?|msas?|master service agreements?|sows?|statements? of work|clos(?:e|es|ing) (?:\\S+ ){0,3}deals|deals (?:a|per|each) (?:week|month)' },
];

/** Pain-point cues (ids are PAIN_POINT_LABELS ids). Adjective cues are skipped when negated ("not slow"). */
export const PAIN_CUES: readonly { id: string; re: string; negatable?: boolean; weak?: boolean }[] = [
  // Re-keying between systems is a missing integration; re-keying alone is manual work (below).
  { id: 'missing_integration', re: 're-?(?:enter(?:ing)?|typ(?:e|ing)|key(?:ing)?)\\b(?=[^.?!]{0,40}\\b(?:twice|into (?:the|our|another|a|each) (?:crm|system|tool|software|platform|app)|into (?:quickbooks|quick books|xero|netsuite|net suite|salesforce|sales force|hubspot|pipedrive|zoho|dynamics|sage|the accounting|our accounting|the ats|our ats|the ehr|our ehr)))' },
  { id: 'manual_process', re: 'print(?:ing|ed)? (?:the |our |all the |all our )?(?:everything|them|it|out|stuff|things|documents|docs|contracts|forms|paperwork|slips|permission slips|waivers|leases|letters|agreements)|(?:get|gets|got|are|is|be|being) printed|printed (?:out|and)|clipboards?|typ(?:e|es|ing) (?:it|them|everything|that)(?: all)? (?:in|up|over)|cop(?:y|ying|ied) (?:[a-z]+ ){0,2}(?:into|over to) (?:the |our |a |each )?(?:templates?|word|excel|spreadsheets?|forms?|contracts?|system|documents?)|(?:mail|mailing|mailed|ship|shipping|fedex|overnight)(?:ing)? (?:out )?(?:paper|hard)(?: copies| contracts| documents)?|snail mail|post(?<=\\b(?:(?:in|by|through) the|by) post)|back and forth (?:over|by|via|on|through) email|scan(?:ning|ned)? (?:it|them|everything)|fax(?:ing|ed|es)?|by hand|wet signatures?|on paper|paper[- ]based|all paper|filing cabinets?|(?:a|the|in a|in the) binders?|paperwork piles|manual(?:ly)?|data entry|copy(?:ing)?[- ](?:and[- ])?past(?:e|ing)|email(?:ing)? (?:them|it|pdfs?|attachments|back and forth)|emailing (?:things|stuff|documents|docs) around|pdfs? over email|(?:it\'s|its|is) all (?:pdfs?|email|emails)|all (?:pdfs?|emails?) (?:back and forth|over email)|(?:just |only )?(?:word docs?|pdfs) and email|(?:don\'t|do not) (?:really )?have a (?:real )?(?:system|process)|(?:drowning|buried) in (?:paper|paperwork)|back to (?:paper|pen and paper|printing|wet ink)|pen and paper|(?:so much|too much|tons of|piles of|mountains of|a lot of|lots of|a ton of|stacks? of) paper(?:work)?|wet ink|sticky notes|post-its|in binders|emailed (?:back and forth|around)|paper (?:cop(?:y|ies)|forms|packets?|applications|versions?|benefit \\w+|enrollment \\w+)|(?:i\'m|we\'re|i am|we are|i\'ve been|we\'ve been) (?:still |literally |just )?printing\\b|scan(?:s|ning|ned)? (?:it |them |those |everything )?in\\b|(?:all|just|still|only)\\b[^.?!]{0,30}\\bpdfs?|print(?:ing|ed|s)?\\b[^.?!]{0,30}\\bscan(?:ning|ned|s)?|re-?(?:typ(?:e|es|ing)|key(?:s|ing)?|enter(?:s|ing)?)' },
  { id: 'poor_support', re: '(?:support|their support|customer service|they) (?:takes?|took) (?:[a-z]+ ){0,2}(?:days|weeks|forever|ages|week|day|month) to (?:respond|reply|answer|get back)' },
  { id: 'slow_turnaround', re: 'takes? (?:us |them |me )?(?:days|weeks|forever|ages|too long|so long|(?:like |about |almost )?(?:a|two|three|four|\\d+) (?:days|weeks))|slow(?:er|ly|ness)?|delays?|delayed|stall(?:s|ed|ing)?|bottlenecks?|wait(?:s|ing)? (?:days|weeks|on signatures|for signatures|around)|turnaround|drags? on|signed faster|faster turnaround', negatable: true },
  { id: 'slow_turnaround', re: '(?:sat|sits|sitting|sat there) (?:in|on) (?:\\S+ ){0,3}(?:inbox|desk|spam(?: folder)?|junk(?: folder)?|email|queue)|(?:sit|sits|sat|sitting) (?:[a-z\'-]+ ){0,4}?for (?:a |like |about |almost |over )?(?:days|weeks|a week|a month|(?:two|three|four|five|six|several|a few|a couple(?: of)?) (?:days|weeks))|(?:just |usually )?(?:sit|sits|sat|sitting) on (?:them|it|those|the (?:contracts?|documents?|paperwork|forms?|agreements?))|still (?:haven\'t|hasn\'t|have not|has not) (?:signed|sent (?:it|them) back|returned)' },
  { id: 'chasing_signatures', re: '(?:call|calling|email|emailing|text|texting|ping|pinging) (?:the |our )?(?:people|clients|customers|tenants|parents|patients|signers|them|buyers|homeowners) (?:\\w+,? ){0,4}times|phone tag|(?:knock(?:ing)? on doors|begging)\\b[^.?!]{0,30}\\bto get (?:\\w+ ){0,2}(?:back|signed)|chas(?:e|es|ing) (?:the |our |all the |all our )?(?:(?:permission |signed |consent |release )?(?:slips|forms|waivers|paperwork|contracts|documents|docs|leases|agreements|releases)|people|clients|customers|candidates|tenants|buyers|sellers|vendors|patients|parents|landlords|members|employees|new hires|them|signatures|signers|down|everyone|folks|after)|follow(?:ing)?[- ]up (?:with|on) (?:people|clients|customers|them|signers|everyone)|nag(?:ging)?|remind(?:ing)? (?:people|them|clients|everyone)|hound(?:ing)?|track(?:ing)? (?:people|them|signers) down' },
  { id: 'too_expensive', re: 'expensive|pricey|dear(?<=\\b(?:too|a bit|bit|quite|very|so|got|getting|gotten|gone) dear)|overpriced|costs? (?:too much|a fortune|way too much)|too much money|paying (?:way )?too much|rais(?:ed|ing|es) (?:their |the |its |our )?(?:prices?|rates|fees)|price (?:increase|hike)s?|(?:price|pricing|cost|costs|bill)(?: \\w+){0,2} (?:went up|goes up|keeps going up|increase[sd]?|doubled|hike)|(?:bill|price|pricing|cost|fees?|renewal quote|quote)\\b[^.?!]{0,40}\\b(?:insane|crazy|ridiculous|killing us|through the roof|outrageous)', negatable: true },
  { id: 'errors_rework', re: 'errors?|mistakes?|typos?|wrong (?:fields?|version|info|information|names?|amounts?|dates?|rates?(?: con\\w*)?|copy|prices?|contract|form|document)|missing (?:fields?|signatures?|initials|pages?|info|information)|incomplete (?:forms?|documents?|paperwork)', negatable: true },
  { id: 'errors_rework', re: 'which (?:version|copy)|latest (?:version|copy)|version control|versions? (?:were |are |was |is )?(?:flying|floating) around|(?:don\'t|do not|doesn\'t|does not|never|didn\'t) match (?:what\'s|what is|the|our)|multiple versions|redline(?:s|ing)? (?:mess|chaos)|out[- ]of[- ]date (?:copies|versions)|(?:numbers|figures|amounts|prices|totals|versions|names)\\b[^.?!]{0,40}\\b(?:don\'t|do not|never|didn\'t) match|mismatch(?:ed|es)?|forg(?:et|ets|ot|etting) to (?:initial|date|fill (?:in|out))|miss(?:es|ed|ing)? (?:a |an |the )?(?:signature|initials?|field|page) (?:on|in)' },
  { id: 'poor_visibility', re: '(?:no|zero|without|lack of|don\'t have any|no real) (?:visibility|insight|way to (?:track|see|know))|(?:can\'t|cannot|don\'t|do not|never) (?:see|tell|know) (?:where|the status|who|whether|if (?:they|anyone|people) (?:signed|opened))|no idea where|nobody knows|no one knows|status of anything|(?:can\'t|cannot|don\'t|do not|never) (?:see|tell|know) (?:if|whether|when)\\b[^.?!]{0,30}\\b(?:signed|opened|viewed|read|seen|received|looked at)|scattered (?:across|in|between|all over)|(?:a mess|hard|impossible|difficult|tough|a nightmare|a pain) (?:to )?keep(?:ing)? track|can\'t keep track|(?:lose|losing|lost) track of (?:where|who|whether|the status|contracts|documents|deals|what\'s)' },
  { id: 'poor_visibility', re: '(?:lost|lose|losing|misplac\\w*|can\'t find|nobody can find|no one can find) (?:a |the |our |some |signed |a signed |the signed |important )*(?:documents?|contracts?|paperwork|files?|forms?|leases?|copies|agreements?|docs)|(?:nobody|no one) can find\\b|missing from (?:the|our) (?:shared )?(?:drive|folder|files?|system|server)|falls? through the cracks|fell through the cracks|(?:documents?|contracts?|paperwork|files?|forms?|docs) (?:go|goes|going|went|gone) missing' },
  { id: 'compliance_risk', re: 'paper trail|peer reviews?|no signatures? on file|compliance|compliant|audit(?:s|ors?| trails?)?|hipaa|gdpr|soc ?2|regulat(?:ory|ors|ions)|legally binding|esign act|ueta|finra' },
  { id: 'missing_integration', re: '(?:doesn\'t|don\'t|does not|do not|won\'t|can\'t|cannot|doesnt|dont) (?:really )?(?:talk to|integrate|sync|connect|work with|play (?:well|nice) with)|double[- ]entry|enter(?:ing)? (?:everything|it|data|things) twice|not integrated|no integrations?|disconnected (?:systems|tools)' },
  { id: 'hard_to_use', re: 'clunky|confusing|complicated|hard to (?:use|navigate|figure out)|difficult to use|not (?:user[- ]friendly|intuitive)|can\'t figure (?:it |out)|struggle with|learning curve|cumbersome|too many (?:steps|clicks)', negatable: true },
  { id: 'hard_to_use', re: "a pain to|a pain in the|painful to (?:use|set up|work with)|(?:team|staff|agents|reps|users|clients|customers|everyone|everybody|people|they|we|i) (?:\\w+ ){0,2}(?:hates?|can't stand) (?:it|using|building|making|setting up|creating|doing|working)|(?:nobody|no one|none of us) can figure (?:it |out)|refuses? to use|won't use it|(?:outdated|dated|ugly|terrible|awful|ancient) (?:interface|ui|software)|interface (?:is|looks) (?:awful|terrible|dated|outdated|ancient|old|like)|(?:ui|interface|software|tool|app|system|it)(?:\'s| is| looks) (?:so |really |pretty |kind of |super |very )?(?:outdated|dated|ugly|ancient|old school)" },
  // Generic distress: hard_to_use only when no other pain is named ("chasing signers is a headache" is chasing).
  { id: 'hard_to_use', re: '(?:a |total |complete |absolute )?nightmare|headaches?', weak: true },
  { id: 'too_expensive', re: '(?:want|wants|wanted|charging|charge|asking|asked|quoted|quoting|costs?|price|renewal)\\b[^.?!]{0,30}\\b(?:\\d+ ?%|\\d+ percent|[a-z]+(?:[- ][a-z]+)? percent) more\\b|(?:paying|pay|spend(?:ing)?|costs? us)\\b[^.?!]{0,70}\\b(?:insane|crazy|ridiculous|outrageous|steep|a fortune|killing us|too much)' },
  { id: 'errors_rework', re: "c(?:o|a)mes? back (?:unsigned|missing|incomplete|blank|half[- ](?:filled|done|signed)|with (?:missing|blank))|(?:a|one|the) (?:page|signature|field|form) (?:is |was |goes )?missing|fields? (?:blank|empty)|leav(?:e|es|ing) (?:\\w+ ){0,3}blank|(?:fill|sign) (?:it|them|everything) (?:out |in )?(?:all )?(?:over )?again|(?:send|do|redo) (?:it|them|everything|the whole thing) (?:all )?over again|start(?:ing)? over|redo(?:ing)?|rework" },
  { id: 'poor_visibility', re: '(?:things|stuff|documents?|docs|contracts?|paperwork|papers?|files?|forms?|leases?|agreements?|quotes?|proposals?|invoices?|ndas?|slips|waivers|applications?|emails?|it|they|them|some|others|ones|half|a few|a lot|deals?|signatures?|copies|attachments?) (?:\\w+ )?(?:get(?:s|ting)?|got|gets|went|go) lost|(?:get(?:s|ting)?|got) lost in|lost in (?:email|emails|the inbox|inboxes|the shuffle)' },
  { id: 'chasing_signatures', re: 'ghost(?:s|ed|ing)? (?:us|me)|nudg(?:e|es|ing)|(?:send|sending|sent) (?:\\w+ ){0,2}reminders|reminder emails|follow(?:ing)?[- ]ups?\\b[^.?!]{0,20}\\b(?:times|again|forever|endless)' },
  { id: 'poor_support', re: 'support (?:at|from) \\w+ (?:never|doesn\'t|don\'t) (?:answers?|responds?|gets? back|repl(?:y|ies))|waited (?:\\w+ ){0,2}(?:days|weeks) for (?:a |an |any )?(?:reply|response|answer)|support (?:is|was|has been|team is) (?:terrible|awful|bad|horrible|useless|slow|non-?existent|a joke)|(?:support|they) (?:never|don\'t|doesn\'t) (?:answer|answers|respond|responds|get back|gets back|reply|replies)|can\'t (?:get|reach) (?:anyone|a human|support|a person)|customer service (?:is|was) (?:terrible|awful|bad|horrible)' },
  { id: 'too_expensive', re: '(?:envelope|document|send|sending|usage|plan) (?:limits?|caps?)|hit(?:ting)? (?:the|our|a) (?:limit|cap)|paying for (?:\\S+\\s+){0,3}(?:seats|licen[cs]es|users)\\b[^.?!]{0,30}\\b(?:only (?:use|need)|don\'t (?:use|need)|never use)|run(?:ning)? out of (?:envelopes|credits|sends)|overages?|(?:it\'s|it is|they charge|charged|charges|billed|pay) (?:us )?per[- ]envelope|(?:pay|paying|costs?|spend(?:ing)?)\\b[^.?!]{0,60}\\bmore than (?:the rest of|all of|our whole|our entire|everything)' },
];
