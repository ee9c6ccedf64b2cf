/**
 * Small-business callers (holdout4 style): pains told as stories, urgency implied by events,
 * and words that only look like a cue ("urgent care", "what we use today", "rain yesterday").
 */
import { extractSignals } from '../lib/signals';

describe('urgency implied by events, and look-alikes', () => {
  it.each<[string, string | null]>([
    ['Our busy season starts in three weeks, so I want to be up and running before the first mulch orders come in.', 'medium'],
    ['Our peer review is next month and last time they flagged a couple of letters.', 'medium'],
    ['The auditors come in two weeks and half our vendor agreements are missing.', 'medium'],
    ['The deadline is December 31st, so people are rushing and we need this basically now.', 'high'],
    ['We need everything signed before the first.', 'high'],
    ["We're a walk-in urgent care clinic with fourteen staff.", null],
    ["Adobe Sign is what we use today, but nobody can make a template in it.", null],
    ['The weather has been awful, we had four inches of rain yesterday.', null],
    ['We needed this yesterday, honestly.', 'high'],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).urgency).toBe(want);
  });
});

describe('pain points told as stories', () => {
  it.each<[string, string[]]>([
    ['Half the time the patients leave the insurance section blank and we have to call them back to fill it out again.', ['errors_rework']],
    ["I've got guys calling customers three and four times to get a yes.", ['chasing_signatures']],
    ["I'm literally knocking on doors to get renewals back.", ['chasing_signatures']],
    ["We spend all of February chasing the clients who haven't signed them.", ['chasing_signatures']],
    ["The bill's per envelope, it's per envelope and it adds up.", ['too_expensive']],
    ['What we pay for our e-signature tool now is more than the rest of our software combined.', ['too_expensive']],
    ['The paperwork sat in the manager\'s inbox all weekend and we lost the deal.', ['slow_turnaround']],
    ['A driver signed the wrong rate con because two versions were floating around.', ['errors_rework']],
    ['The reps hate building the pricing tables in it.', ['hard_to_use']],
    ['Nobody can figure out how to make a template in it.', ['hard_to_use']],
    ['The waivers are all paper in a filing cabinet.', ['manual_process']],
    ["Right now it's a binder nobody can find.", ['manual_process', 'poor_visibility']],
    ['Half our signed agreements are missing from the shared drive.', ['poor_visibility']],
    ['Last time the peer review flagged letters with no signature on file.', ['compliance_risk']],
    ['Support at DocuSign never answers, I waited four days for a reply.', ['poor_support']],
    ["The quotes don't match what's in HubSpot half the time.", ['errors_rework']],
    ['We print the permission slips for the trip.', ['manual_process']],
    ['The landscaping crew is doing great this year.', []],
  ])('%s → %j', (text, want) => {
    expect([...extractSignals(text, 0).pain_points].sort()).toEqual([...want].sort());
  });
});

describe('monthly_volume: things per period that each need a document, per-person roles, definite counts', () => {
  const W = 52 / 12;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  it.each<[string, number | null]>([
    ['We see about sixty new patients a month across the three clinics and every one of them has an intake packet.', 60],
    ["We sell about a hundred and eighty cars a month between the two stores and each one needs a signed buyer's order.", 180],
    ['We onboard a hundred and fifty temps a week, every one of them needs a W-4 and an I-9.', r2(150 * W)],
    ['Each of our eight consultants closes maybe six deals a month.', 48],
    ['We send out retainer agreements, maybe twenty-five new matters a month.', 25],
    ["We're twelve people in the office now, well, fourteen since the two new hires last week.", null],
    ['We did 40 new hires last month.', 40],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).monthly_volume).toBe(want);
  });
});

describe('industry and use case as small businesses say them', () => {
  it.each<[string, string | null]>([
    ["I'm in the business office for a school district, eight schools.", 'education'],
    ['I manage about two hundred and forty units for a handful of owners.', 'real_estate'],
    ['We sell about a hundred and eighty cars a month between the two stores.', 'automotive'],
    ['Half the time the patients leave the insurance section blank.', 'healthcare'],
    ['We sell software to school districts.', 'software'],
  ])('industry: %s → %s', (text, want) => {
    expect(extractSignals(text, 0).industry).toBe(want);
  });

  it.each<[string, string | null]>([
    ['We need volunteers to sign the child safety release before they work in the nursery.', 'consent_forms'],
    ['Every new carrier has to sign a broker-carrier agreement before we tender a load.', 'vendor_contracts'],
    ['Shipper contracts would need to come out of Salesforce.', 'sales_contracts'],
    ["We're a city parks department, and procurement has to approve any new software.", null],
    ["I'm with the city, in the procurement department.", 'vendor_contracts'],
    ["We're fourteen since the two new hires last week.", null],
    ['The new hires get an offer letter and a handbook.', 'hr_onboarding'],
  ])('use_case: %s → %s', (text, want) => {
    expect(extractSignals(text, 0).use_case).toBe(want);
  });
});

describe('team_size: departments in a role list, "me and the X and our Y", spoken corrections', () => {
  it.each<[string, number | null]>([
    ["We're a Ford dealership, about twenty-five salespeople and six in the finance office.", 31],
    ["It's just me and the pastor and our bookkeeper doing the paperwork.", 3],
    ['Me and my partner handle all of it.', 2],
    ["We're twelve people in the office now, well, fourteen since the two new hires last week.", 14],
    ['No, make that 2 people.', null],
    ['Twelve agents plus two contractors.', 12],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).team_size).toBe(want);
  });
});

describe('a condition on the new product is not a pain; data in a product is a need', () => {
  it('"if this can\'t sync with QuickBooks it\'s a non-starter" is an integration need, not a missing-integration pain', () => {
    const s = extractSignals("We run everything through QuickBooks, so if this can't sync with QuickBooks it's a non-starter.", 0);
    expect(s.integration_needs).toEqual(['quickbooks']);
    expect(s.pain_points).toEqual([]);
  });
  it('"our tool doesn\'t sync with QuickBooks" is still the pain', () => {
    expect(extractSignals("Our current tool doesn't sync with QuickBooks.", 0).pain_points).toEqual(['missing_integration']);
  });
  it('"quotes don\'t match what\'s in HubSpot" keeps HubSpot', () => {
    const s = extractSignals("We switched to Qwilr, which we still use, but the quotes don't match what's in HubSpot half the time.", 0);
    expect(s.integration_needs).toEqual(['hubspot']);
    expect(s.pain_points).toEqual(['errors_rework']);
  });
  it("\"we don't use anything in HubSpot\" stays negated", () => {
    expect(extractSignals("We don't use HubSpot.", 0).integration_needs).toEqual([]);
  });
  it("a buyer's order is a sales contract", () => {
    expect(extractSignals("Each deal needs a signed buyer's order.", 0).use_case).toBe('sales_contracts');
  });
});
