/**
 * Industry named by the place of work, workflows named by their document, tools said the way people say them,
 * pains in plain speech and a deadline named by its day of the month (holdout13 style; sentences of our own).
 */
import { extractSignals } from '../lib/signals';

describe('industry: the place of work', () => {
  it.each<[string, string | null]>([
    ["I'm the treasurer on the mosque committee, we run a weekend school for the kids.", 'nonprofit'],
    ["We're a gurdwara in Leicester and the langar volunteers sign a food safety form.", 'nonprofit'],
    ['The diocese has about ninety parishes and each one sends us a safeguarding return.', 'nonprofit'],
    ["We're a temple trust, the office books the wedding hall out most weekends.", 'nonprofit'],
    ['I do the reservations for a chain of four motels along the coast road.', 'hospitality'],
    ['It is just me taking bookings for the guest house, my husband does the breakfasts.', 'hospitality'],
    ["We're a cotton mill, the dispatch office is three people.", 'manufacturing'],
    ['The anaesthetists would be the ones sending the pre-op forms.', 'healthcare'],
    ['Our scrub nurses and the ward nurses all sign the handover sheet.', 'healthcare'],
    ['Honestly the vets are too busy, the receptionists would send everything.', 'healthcare'],
    ["Our fleet's about forty lorries and each driver signs a daily check sheet.", 'logistics'],
    ['What would you charge if a charity like ours had sixty volunteers signing things?', 'nonprofit'],
    ['We have about 900 students and every parent signs the trip form.', 'education'],
    // Not the caller's, or not an industry at all.
    ['No rush at all, the parish council has to approve it first and they meet in March.', null],
    ["We're a parish council, the clerk and two councillors would use it.", 'government'],
    ['A proof of delivery gets signed on every drop the drivers make.', null],
    ['My friend put me onto you, she uses you at her dental clinic, but ours is a small joinery.', null],
    ['Rents go up every September when the students come back.', null],
    ["We're an engineering consultancy and we've got two students on placement this summer.", 'consulting'],
    ['We have three students working part time on the tills.', null],
    ['We need a BAA signed before anyone on the team touches it.', null],
    ['What would it cost if a charity had sixty volunteers on it?', null],
    ['The old cotton mill next door is being turned into flats.', null],
    // A company said after it to be a client is the client's industry, not the caller's.
    ['The diocese is one of our biggest clients, we run their payroll.', null],
    ['A few charities are customers of ours, mostly for the annual returns.', null],
    ["We're a charity and the council is one of our funders.", 'nonprofit'],
  ])('%s → %s', (text, industry) => {
    expect(extractSignals(text).industry).toBe(industry);
  });
});

describe('use_case: workflows named by their document', () => {
  it.each<[string, string | null]>([
    // Who signs a supply agreement decides: the caller's suppliers, or the caller's customers.
    ['The growers who sell to us each sign a supply agreement every season.', 'vendor_contracts'],
    ['We supply about forty restaurants and each one signs a supply agreement with us.', 'sales_contracts'],
    ['Every shop on our books gets a wholesale supply agreement to sign.', 'sales_contracts'],
    ['Our customers sign a new supply agreement every January.', 'sales_contracts'],
    ['The delis we deliver to each get a supply contract.', 'sales_contracts'],
    ['Each new pupil comes with an enrolment contract their parents sign.', 'client_intake'],
    ['Every member fills in a membership application when they join.', 'client_intake'],
    ['We process the permit application for each market stall, about fifty a month.', 'client_intake'],
    ['Each one is an application the applicant signs at the counter.', 'client_intake'],
    ['Our consultants send advisory agreements to about ten farms a week.', 'sales_contracts'],
    ['Every new stockist signs a dealer agreement with us.', 'sales_contracts'],
    ['Each hire of the village hall comes with a hire contract.', 'sales_contracts'],
    ['Every animal sold gets a sale note the buyer signs.', 'sales_contracts'],
    ['The merchandisers handle the buyer orders, each with a purchase contract attached.', 'sales_contracts'],
    ['The nurses collect a consent from each patient before the scan.', 'consent_forms'],
    // The approval of a body is no consent form.
    ['We need the consent of the board before we buy anything.', null],
  ])('%s → %s', (text, useCase) => {
    expect(extractSignals(text).use_case).toBe(useCase);
  });
});

describe('integration_needs: tools as people say them', () => {
  it.each<[string, string[]]>([
    ["We're very much a Microsoft place, outlook for email and teams for the rest.", ['outlook', 'microsoft_teams']],
    ['Everything is google, gmail, calendar, drive.', ['gmail', 'google_calendar', 'google_drive']],
    ['Support tickets live in zen desk and the newsletter goes out through mail chimp.', ['zendesk', 'mailchimp']],
    ['Payroll and the accounts are on sage, so it should sync with sage.', ['sage']],
    // A calendar with no Google app before it, and the herb, are no tools.
    ['I can check my calendar and get back to you.', []],
    ['She grows sage and thyme in the garden behind the office.', []],
    ['We have two teams for everything, one in Leeds and one in York.', []],
  ])('%s → %j', (text, ids) => {
    expect(extractSignals(text).integration_needs).toEqual(ids);
  });
});

describe('pain_points: plain speech', () => {
  it.each<[string, string[]]>([
    ["We were on PandaDoc, we're not anymore, so it's printing them and scanning them in again.", ['manual_process']],
    ['We pay for the licence but no one in the office knows how to use it.', ['hard_to_use']],
    ["The tool works, it's the subscription, they've tripled it this year.", ['too_expensive']],
    ['The pilots sign a turnaround checklist before every departure.', []],
    ['Our prices doubled after we added the premium range.', []],
    ['Our turnaround is terrible, contracts sit for weeks.', ['slow_turnaround']],
    // The vendor's price rise said verb first; the caller's own is none.
    ['Honestly they hiked their fees twice last year.', ['too_expensive']],
    ["We've doubled the price of the workshops and people still book.", []],
    // An audit dated by its day of the month is a date, not a compliance worry (as "in two weeks" or "on monday").
    ['The auditors are in on the ninth so we want it running before then.', []],
    ['There was an audit on the 3rd and they flagged missing signatures.', ['compliance_risk']],
    ['We failed an audit on tuesday, they flagged missing signatures.', ['compliance_risk']],
  ])('%s → %j', (text, pains) => {
    expect(extractSignals(text).pain_points).toEqual(pains);
  });
});

describe('urgency: a deadline named by its day of the month', () => {
  it.each<[string, string | null]>([
    ['The new safeguarding rules start on the first, so we need something in before then.', 'high'],
    ['The contract ends on the fifteenth of May and we have to switch before then, so that gives us six weeks.', 'medium'],
    ['We moved in on the first and everything went fine.', null],
    ['The office reopened on the fourth and there is no deadline for this.', 'low'],
  ])('%s → %s', (text, urgency) => {
    expect(extractSignals(text).urgency).toBe(urgency);
  });
});
