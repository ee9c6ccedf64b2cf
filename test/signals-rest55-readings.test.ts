/**
 * Industry, use-case, product, pain and urgency readings for trades heard rarely and for unpunctuated speech-to-text:
 * ambulance and patient-transport services, agencies that supply nurses, nursery groups, installation contracts, consent
 * signed bare before a procedure, Xero and Microsoft said without punctuation, and a tool denied in an unpunctuated answer.
 */
import { extractSignals } from '../lib/signals';

const read = (text: string) => extractSignals(text);

describe('industry: ambulance, nursing agency, nursery group, medical as a subject', () => {
  it.each<[string, string | null]>([
    ['we operate a private ambulance firm out of bristol, about twenty crews', 'healthcare'],
    ['we run a patient transport service for the hospitals in the valley', 'healthcare'],
    ['my brother drove the ambulance for years, we sell garden furniture', null],
    ['we are a carers agency in cardiff, we place carers with families', 'staffing'],
    ['i am the finance coordinator for a nursery chain in glasgow, eight settings', 'education'],
    ['we are a plant nursery chain, trees and shrubs', null],
    ['we are a small studio doing medical and pharmaceutical writing for journals', null],
    ['we are a medical and dental practice in leeds', 'healthcare'],
  ])('%s', (text, industry) => {
    expect(read(text).industry).toBe(industry);
  });
});

describe('pain: a compliance person is no compliance worry, forms going missing', () => {
  it('a compliance lass among the users', () => {
    expect(read('the two office girls and the compliance lass would be on it').pain_points).toEqual([]);
  });
  it('compliance as a worry still reads', () => {
    expect(read('compliance is a real headache for us').pain_points).toEqual(['compliance_risk']);
  });
  it('paperwork that sometimes goes missing', () => {
    expect(read('the signed forms sometimes go missing in the vans').pain_points).toEqual(['poor_visibility']);
  });
});

describe('use case: installation contracts and consent before a procedure', () => {
  it.each<[string, string | null]>([
    ['every homeowner signs an installation contract before we fit the boiler', 'sales_contracts'],
    ['each patient signs consent before the procedure, about forty a week', 'consent_forms'],
    ['we need consent from the board before treatment of the budget', null],
  ])('%s', (text, useCase) => {
    expect(read(text).use_case).toBe(useCase);
  });
});

describe('products: xero and microsoft said unpunctuated, a tool denied in a run-on answer', () => {
  it('xero opening a short answer with its job', () => {
    expect(read('zero for the books and hubspot for the leads').integration_needs).toEqual(['xero', 'hubspot']);
  });
  it('zero as a number is not xero', () => {
    expect(read('we have zero for the accounts budget this year').integration_needs).toEqual([]);
  });
  it('everything on microsoft, run on', () => {
    expect(read('everything is on microsoft and we want the contracts in there too').integration_needs)
      .toEqual(['microsoft_365']);
  });
  it('a denial run on into what is used instead', () => {
    expect(read('do we use adobe sign no we don\'t it\'s all paper at the moment').current_solution).toEqual([]);
  });
  it('a run-on "no we\'re not" about something else keeps the tool', () => {
    expect(read('we are on docusign no we\'re not changing it').current_solution).toEqual(['docusign']);
  });
});

describe('urgency: non-emergency work, a date followed by "otherwise"', () => {
  it.each<[string, string | null]>([
    ['we do non emergency repairs for housing associations', null],
    ['we fix boilers, emergency callouts mostly', null],
    ['we need it before the term which starts on the third otherwise we are stuck with paper', 'high'],
  ])('%s', (text, urgency) => {
    expect(read(text).urgency).toBe(urgency);
  });
});

describe('use case: a document among the caller\'s own jobs', () => {
  it.each<[string, string | null]>([
    ['it is just me, i do the deliveries, the cleaning, the invoices, everything', null],
    ['i handle the bookings, the quotes, the lot, and every client signs a contract with us', 'sales_contracts'],
    ['i do the quotes and the invoices, every customer signs the quote', 'sales_proposals'],
  ])('%s', (text, useCase) => {
    expect(read(text).use_case).toBe(useCase);
  });
});
