/**
 * Signals said as lists, groups and renewals (holdout16 style; sentences of our own): users listed one group at a
 * time, groups named before their count, things that each carry a document, how often each thing signs or renews,
 * places and trades that name an industry, and pains told as stories.
 */
import { extractSignals } from '../lib/signals';

describe('team_size: users listed one group at a time', () => {
  it.each<[string, number | null]>([
    ["It'd be me, the three stewards and the bar manager.", 5],
    ["It'd be the head chef, the restaurant manager and the bookkeeper, that's it.", 3],
    ['The two vergers and the parish administrator would use it.', 3],
    ["It's the club secretary who'd be using it, which is me.", 1],
    ['The warehouse lads, there are six of them, and the office, another three, would use it.', 9],
    ['It is the gatehouse, three on earlies and two on lates.', 5],
    ["We're sixty across the three cafes but only the managers would be on it, so about five.", 5],
    ['It would be two GPs and three reception who would use it.', 5],
    ['The underwriters would use it, there are six of them, plus the two in client services, they would all need it.', 8],
    ["It's me and priya and three casuals who'd be sending them.", 5],
    ["It's the planners who'd use it, there's five of us, me included.", 5],
    // The signers counted "of them" are not the team.
    ['Every member signs a code of conduct each season, there are about two hundred of them.', null],
    ['Our new hires start on the first, fifteen of them, and I want the contracts signed before that.', null],
    ['Just me and Dara.', 2],
    ["It's me, three associates and our paralegal.", 5],
    ["The dispatchers, there's seven of 'em, plus the yard manager, they'd all need a login.", 8],
    ["We're forty today, we might be seventy by next year.", 40],
    ["it would be me and, well, maybe a second designer later on", 1],
    // Not a team: a club's or credit union's members, an old employer's staff.
    ["We're a golf club with about 900 members.", null],
    ['My last company had about 40 reps on HubSpot.', null],
    // Not a team: the size of each thing counted, or a plural role with no count.
    ['We run about twenty tours a week and each tour is about twelve people.', null],
    ["It'd be the managers and the admin.", null],
  ])('%s → %p', (text, team) => {
    expect(extractSignals(text).team_size).toBe(team);
  });
});

describe('monthly_volume: things that each carry a document', () => {
  it.each<[string, number | null]>([
    // A count of things held times how often each signs or renews.
    ['Each of our growers signs a supply contract once a year and there are about 360 growers.', 30],
    ['Every allotment holder signs a tenancy, we have ninety plots and they renew every six months.', 15],
    ['We let about forty moorings, each one signs a mooring agreement, renewed every two years.', 1.67],
    // The things' own rate after "every <thing> signs".
    ['Every volunteer signs a code of conduct, we take on about twenty five volunteers a month.', 25],
    ['We open about ten new matters a week and each one gets an engagement letter.', 43.33],
    ['Me and one other broker, and every client signs a renewal form each year, we have about 480 clients.', 40],
    ['Every parent signs the trip consent in spring, about 300, no, 360 families, and it all gets signed over april and may.', 180],
    ["We do about twenty a quarter, no, sorry, twenty a month.", 20],
    ['Every band member signs a release, there are about five musicians on a gig, and we play around twelve gigs a month.', 60],
    ["We send maybe 200 a term and there's three terms.", 50],
    ["It's the vendor agreements, we take on about nine new vendors a quarter.", 3],
    ['For the purchase contracts, we do about forty sales a month.', 40],
    ['About 200 a month — sorry, a week. 200 a week.', 866.67],
    ["We're bringing on like twelve new couriers a month and the whole onboarding packet gets faxed.", 12],
    ['For a company with, say, 100 users sending 2,000 documents a month, what would it cost?', null],
    // A shift is no period.
    ["It'd be the front desk, three on the day shift and two on nights, for the staff contracts.", null],
    // Documents per thing, the things counted after.
    ['Each shipment has a packing list and a certificate of origin, so two per shipment, and we do about forty shipments a month.', 80],
    // Documents sent "to" people after they were named.
    ["It's the contractor agreements, we send them to about twelve freelancers a month.", 12],
    // A rate of hires: with "onboard" or the hiring papers named, one set per hire; alone, nothing.
    ['We onboard about two hundred and forty new carers a year.', 20],
    ["We're hiring something like thirty drivers a month and the contracts of employment are a nightmare.", 30],
    ['We hire about ten people a month.', null],
    // Some company's volume in a pricing question, and a rate said inside the signing ("signs 30 a month") read elsewhere.
    ['Hypothetically, if a company had 200 staff and sent five thousand contracts a month, what would that cost?', null],
  ])('%s → %p', (text, volume) => {
    expect(extractSignals(text).monthly_volume).toBe(volume);
  });
});

describe('industry: places and trades', () => {
  it.each<[string, string | null]>([
    ["We're a juice bottling plant outside Nashik.", 'manufacturing'],
    ['We run a tuition centre for O-level maths.', 'education'],
    ['We do well servicing for the operators out in the basin.', 'energy'],
    ['We run a ski lodge in the Dolomites.', 'hospitality'],
    ['This is the sheriff\'s office records unit.', 'government'],
    ['We run three care homes in Kent.', 'healthcare'],
    ["We've about thirty staff across the two pubs.", 'hospitality'],
    ["We're a family winery in the Barossa.", 'manufacturing'],
    ['I manage a small inn up in the lakes.', 'hospitality'],
    ["I'm the treasurer of a cooperative housing society in Pune.", 'real_estate'],
    ["We're bathroom fitters, me and two lads.", 'construction'],
    ["We're a subscription box business for dog treats.", 'ecommerce'],
    ['We hire about six people a month across our cafes.', 'hospitality'],
    // Not the caller's industry: a winery as a supplier, medical forms at a summer camp.
    ['We import wine, mostly purchase orders to the wineries.', null],
    ['We run a sailing camp and the medical consent forms go out in May.', null],
    // A department is no industry.
    ["It'd be the sales office, maybe the two in logistics as well.", null],
  ])('%s → %p', (text, industry) => {
    expect(extractSignals(text).industry).toBe(industry);
  });
});

describe('pain points told as stories', () => {
  it.each<[string, string[]]>([
    ["Last month a client swore she'd signed and we couldn't find the form anywhere.", ['poor_visibility']],
    ['Nobody can tell who has actually signed.', ['poor_visibility']],
    ['The students lose them in their lockers.', ['poor_visibility']],
    ["It's all printed and posted, and it comes back by post weeks later.", ['manual_process']],
    ["We're chasing tenants for weeks to get them signed.", ['chasing_signatures']],
    ['It takes, like, four weeks to get one back.', ['slow_turnaround']],
    ['We keep them in shared drives and they go missing all the time.', ['poor_visibility']],
    ["A client asked where his contract was and I couldn't find it, it was somewhere in someone's inbox.", ['poor_visibility']],
    ['Every renewal gets stuck with their procurement people for weeks.', ['slow_turnaround']],
    ['The onboarding packs take two, three weeks to come back.', ['slow_turnaround']],
    ["I'm phoning parents three or four times each to get them signed.", ['chasing_signatures']],
    ['The auditors flagged twelve files with no signature.', ['compliance_risk']],
    ['Last month an order went out with the wrong prices and we ate the cost.', ['errors_rework']],
    ['We export the orders from shopify and type everything into xero again by hand.', ['missing_integration']],
    ['Honestly nobody knows how to use the docusign we have.', ['hard_to_use']],
    ['Most tenants still come into the office to wet-sign the lease.', ['manual_process']],
    ["We're chasing the customer to sign every single time.", ['chasing_signatures']],
    ['Half the forms come in with fields left blank.', ['errors_rework']],
    // Not a pain: a question about a limit, an audit as the go-live date, a friend's paperwork.
    ['What happens with the envelope limit if we go over one month?', []],
    ["We'd want it running before the annual audit in March.", []],
    ["My mate's got a bakery in Leeds, twenty staff, and honestly he's drowning in paperwork, he told me about you.", []],
  ])('%s → %p', (text, pains) => {
    expect(extractSignals(text).pain_points).toEqual(pains);
  });
});

describe('tools and use cases said in passing', () => {
  it('reads Gusto said as where payroll runs, the suite of a Microsoft shop beside Word documents', () => {
    expect(extractSignals('Payroll runs through gusto.').integration_needs).toEqual(['gusto']);
    expect(extractSignals('We did it with gusto.').integration_needs).toEqual([]);
    const s = extractSignals("We're a microsoft shop, and right now the contracts are word documents.");
    expect(s.integration_needs).toEqual(['microsoft_365']);
    expect(s.current_solution).toEqual(['microsoft_word']);
  });
  it('reads Xero said as where money goes through and Sage used by a team', () => {
    expect(extractSignals('The memberships go through zero, and the finance team use sage.').integration_needs).toEqual(['xero', 'sage']);
  });
  it.each<[string, string]>([
    ['Our registration forms are on jotform at the moment.', 'client_intake'],
    ['Mostly the new starter paperwork for the summer staff.', 'hr_onboarding'],
    ['Every member signs a renewal application each spring.', 'client_intake'],
    ['Every rider signs a release before the hack.', 'consent_forms'],
    ['We onboard about forty new carers a month.', 'hr_onboarding'],
    ["It's mostly the admission agreements for the residents.", 'client_intake'],
  ])('%s → %s', (text, useCase) => {
    expect(extractSignals(text).use_case).toBe(useCase);
  });
  it("reads no tool from a relative's firm or from a vendor's caller", () => {
    expect(extractSignals("My sister runs a vet practice and she's on pandadoc and hates it.").current_solution).toEqual([]);
    expect(extractSignals('A bloke from docusign rang us twice last week, we never went with them.').current_solution).toEqual([]);
  });
  it("reads 'down the road' after a person as a place, not a later date", () => {
    expect(extractSignals('Me and the fitter down the road would use it.').urgency).toBeNull();
  });
});
