/**
 * Things the caller says about other matters (sentences of our own): dates of other events, the lease on their own
 * premises, tools blocked or plans called off, and pains that are not about the paperwork; with the new cues they
 * brought (letter-by-letter acronyms, regional words, places of work).
 */
import { extractSignals } from '../lib/signals';

describe('urgency: dates of other events are no deadline', () => {
  it.each<[string, 'high' | 'medium' | 'low' | null]>([
    ["I'm on holiday from the twelfth, so after that, but honestly there's no rush for this.", 'low'],
    ["The office move is on the ninth, it's mad here, but no real timeline for the signing side.", 'low'],
    ["Our warehouse lease is up on the first, but that's with the landlord; for this, no hurry.", 'low'],
    ['There was an inspection on the second and it went fine.', null],
    ["The office move is on the ninth so we need this sorted before then.", 'high'],
    ["Our year end is march thirty first and we'd want it running before that.", 'high'],
    ['We need it working when the season opens, which is the twentieth.', 'high'],
    ["We've got about two months before the new contracts start.", 'medium'],
    ['We need it in place for the first of next month.', 'high'],
    ['Our contract with the current tool runs out on the 30th.', 'high'],
    ['The trial ends on the 17th?', null],
    ["We'd want it going before the new year.", 'medium'],
    ["We're not in any massive rush, mind.", 'low'],
    ["We'd love it before term one, so we've got a couple of months.", 'medium'],
    ["What's pricing for a company with two hundred reps? Not us, just curious.", null],
    ["The funders' audit is in three weeks but that's separate.", null],
    ['Today we print them and scan them back in.', null],
    ["We're twenty bookings a month now, and next year it'll be forty.", null],
    ["We're thinking of getting sales force next year, but for this we need it by friday.", 'high'],
    ["We're thinking of getting sales force next year.", null],
  ])('%s -> %s', (text, want) => {
    expect(extractSignals(text).urgency).toBe(want);
  });
});

describe('use_case: the lease on their own premises is not what they sign', () => {
  it.each<[string, string | null]>([
    ['The lease on our office runs out in June, but what we need signed is the retainer letters.', 'client_intake'],
    ["We're moving, the lease on the new place is done, anyway it's the engagement letters for new clients.", 'client_intake'],
    ['We manage two hundred flats and the leases renew every year.', 'lease_agreements'],
    ['Every new client signs a retainer before we start.', 'client_intake'],
    ['The sale agreements for the apartments are the slow part.', 'real_estate_transactions'],
    ['Each supplier signs an agreement with us once a year.', 'vendor_contracts'],
    ['Every new starter gets an appointment letter.', 'hr_onboarding'],
    ["It's mostly the n d a's with research partners.", 'ndas'],
    ['Every school signs a supply contract with us.', 'sales_contracts'],
    ['Each of our growers signs a supply agreement with us.', 'vendor_contracts'],
    ['Every student signs a residence agreement.', 'lease_agreements'],
    ['Every load needs a rate con signed by the carrier.', 'vendor_contracts'],
    ["We send s o w's to clients, maybe ten a month.", 'sales_contracts'],
    ['Every venue signs a supply agreement with us.', 'sales_contracts'],
    ['The owner signs a storage contract for the winter.', 'lease_agreements'],
    ["Could you send me a quotation for fifty seats?", null],
  ])('%s -> %s', (text, want) => {
    expect(extractSignals(text).use_case).toBe(want);
  });
});

describe('tools: blocked, called off, or the last of a list', () => {
  it.each<[string, string[]]>([
    ['Our IT has banned google drive, so it must work with box.', ['box']],
    ["We were going to move to hub spot but that's shelved now, we're staying on pipedrive.", ['pipedrive']],
    ['Everything runs on net suite and outlook.', ['netsuite', 'outlook']],
    ["We're on office three six five.", ['microsoft_365']],
    ['The books are all in zero.', ['xero']],
    ["We're all on the microsoft stuff.", ['microsoft_365']],
    ['sales force and, uh, outlook, that is it', ['salesforce', 'outlook']],
    ["We use athena, no sorry, it's not athena, it's something else.", []],
  ])('%s -> %j', (text, want) => {
    expect(extractSignals(text).integration_needs).toEqual(want);
  });
});

describe('pain points said about the paperwork, not about something else', () => {
  it.each<[string, string[]]>([
    ["We're moving office next month, that's a headache, but this side is fine.", []],
    ['Half the time we cannae find them afterwards.', ['poor_visibility']],
    ['The inspectors are always on at us about our records.', ['compliance_risk']],
    ['The audit is next week and a third of the files are missing signatures.', ['compliance_risk']],
    ['Their support is really slow, nobody answers.', ['poor_support']],
    ['Patients keep filling them in wrongly and we send them out again.', ['errors_rework']],
    ['We send them out and then we chase and chase.', ['chasing_signatures']],
    ["We're an audit and tax firm with twelve partners.", []],
    ['The two compliance lads would use it.', []],
    ["Everything is paper and the drivers lose the notes, we can't see which ones are signed.", ['manual_process', 'poor_visibility']],
    ['We keep losing track of which version is the latest.', ['errors_rework']],
    ['We keep calling them and calling them.', ['chasing_signatures']],
    ["It's paper, then we type it all in again into the student system.", ['manual_process', 'missing_integration']],
    ['Nobody at support ever gets back to us.', ['poor_support']],
    ["Winter's our slow season.", []],
    ['Half of them come back with the signature box left blank.', ['errors_rework']],
    ["It's word documents, print 'em, post 'em, wait.", ['manual_process']],
    ['The cost per envelope is becoming too much as we scale.', ['too_expensive']],
    ['Nobody in the office knows how to set up templates in it.', ['hard_to_use']],
    ["The data protection commissioner would have a fit if they saw it.", ['compliance_risk']],
    ["It doesn't talk to jira so we're copying stuff over by hand.", ['missing_integration']],
    ["We use adobe sign but it's very costly for us.", ['too_expensive']],
    ['We pay four hundred a month for it and it is way too much.', ['too_expensive']],
    ['It takes like one week to get everything signed.', ['slow_turnaround']],
    ['Half the time the release goes missing.', ['poor_visibility']],
    ["The club's being audited on its registrations in about three weeks.", []],
    // An audit as the reason for a date is the date, not a worry about how the paperwork is handled today.
    ['The auditors are coming, so we want to go live by the first.', []],
    ['The regional audit is coming and the owners want this sorted first.', []],
    ['The partners want it chosen this month because of the audit.', []],
    ['The audit is coming and half the forms are missing signatures.', ['compliance_risk']],
    ['We want it in before the audit so every lease is countersigned and filed.', ['compliance_risk']],
    ["The educators won't use it, it's the two directors.", []],
  ])('%s -> %j', (text, want) => {
    expect(extractSignals(text).pain_points).toEqual(want);
  });
});

describe('industry: places of work', () => {
  it.each<[string, string | null]>([
    ["I'm the office manager at a methodist church in leeds.", 'nonprofit'],
    ["We're a wedding venue out in the hills.", 'hospitality'],
    ['We run a cold storage warehouse by the port.', 'logistics'],
    ["We're a small vets practice.", 'healthcare'],
    ["I'm a mobile mechanic.", 'automotive'],
    ["We're an it services company, about eighty staff.", 'software'],
    ["We run three daycares on the north side.", 'education'],
    ["I'm with a charity that runs after-school clubs.", 'nonprofit'],
    ["We're a coworking space, two floors.", 'real_estate'],
    ["We're a van hire firm near the ring road.", 'automotive'],
    ["We're a small bakery, mostly wholesale to cafes.", 'manufacturing'],
    ["We're a printing company, flyers and banners.", 'manufacturing'],
    ['We are the consular section of an embassy.', 'government'],
    ["We're a sacco with four branches.", 'financial_services'],
    ["We're a pawnbroker on the high street.", 'financial_services'],
    ['We run a ferry service to the islands.', 'logistics'],
    ["We're a stone cutting works, memorials mostly.", 'manufacturing'],
    ['We build aluminium workboats.', 'manufacturing'],
    ["We're a registered training org, forklift courses.", 'education'],
    ['We collect waste for clinics, and the clinic signs a transfer note.', null],
    ['We supply hotels and cold stores with fish.', null],
    ["I'm with the diocesan education office.", 'nonprofit'],
    ["We're a main contractor, mostly social housing schemes.", 'construction'],
    ["It's just me, I'm a joiner.", 'construction'],
    ["We're a tour operator, temple tours mostly.", 'hospitality'],
    ["We're a clearing and forwarding agent at the port.", 'logistics'],
    ['Our diagnostics centre does scans and blood tests.', 'healthcare'],
    ["We're a nursery, forty children.", 'education'],
    ["We're a plant nursery.", null],
    ['My cousin, she get one law firm, twenty lawyers, but me, I do chair rentals.', null],
    ["It's me brother's recruitment agency that uses you, but I'm ringing about mine, I groom dogs.", null],
    ["The lease is up soon but that's with our landlord. We're a mortgage broker.", 'financial_services'],
  ])('%s -> %s', (text, want) => {
    expect(extractSignals(text).industry).toBe(want);
  });
});

describe("someone else's tools and trades, said in dialect", () => {
  it('a relative who "have" a firm uses its own tools', () => {
    expect(extractSignals('We use quick books. My sister have a law firm and she use docu sign.').current_solution).toEqual([]);
    expect(extractSignals('We use quick books and we use docu sign.').current_solution).toEqual(['docusign']);
  });
});

describe('a tool the caller let lapse is no longer in use', () => {
  it('reads "we let it lapse" as left behind', () => {
    expect(extractSignals("We were on dropbox sign, but we let it lapse in june, so it's back to printing.").current_solution).toEqual([]);
    expect(extractSignals("We're on dropbox sign and it's fine.").current_solution).toEqual(['dropbox_sign']);
  });
});
