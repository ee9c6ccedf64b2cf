/**
 * Readings added after the holdout9 blind round: staff said with their profession's nouns, volumes as a
 * rate times people or units, a pricing question about some company, growth beside today's figure,
 * deadlines said as "the next ten days" or "our year end", and the cue tables' new lines.
 */
import { extractSignals } from '../lib/signals';

describe('who would use it, said with role nouns', () => {
  it.each([
    ["we're a small architecture practice, five architects and a part-time office manager", 6],
    ['eight partners and about twenty two client managers', 30],
    ["we're a translation agency, 14 linguists in-house", 14],
    ['four dentists, three hygienists and two on reception', 9],
    ['we have 12 carers and 2 supervisors who would use it', 14],
  ])('%s → %d', (text, n) => {
    expect(extractSignals(text).team_size).toBe(n);
  });

  it('an architecture practice is construction', () => {
    expect(extractSignals("we're a small architecture practice, five architects").industry).toBe('construction');
  });
});

describe('not the caller: some company in a pricing question, growth beside today', () => {
  it('reads no team from a hypothetical company', () => {
    expect(extractSignals('hypothetically if a firm had 500 employees what would the enterprise plan cost').team_size).toBeNull();
    expect(extractSignals('what would it cost for a company with, say, 200 users').team_size).toBeNull();
    expect(extractSignals('we are a company of 200 users').team_size).toBe(200);
  });

  it('keeps the present count and reads no urgency from expected growth', () => {
    const s = extractSignals("today we're 45 staff, we might be 100 by next year if the funding comes through");
    expect(s.team_size).toBe(45);
    expect(s.urgency).toBeNull();
    expect(extractSignals("probably not until next year").urgency).toBe('low');
  });
});

describe('volume as a rate times people or units', () => {
  it('multiplies a per-branch rate by the branches and a per-rep rate by the reps', () => {
    expect(extractSignals('each of the fifteen branches sends, like, twenty loan applications a month').monthly_volume).toBe(300);
    expect(extractSignals('our sales lot, twelve reps, each do about ten proposals a month').monthly_volume).toBe(120);
  });

  it('counts things that each carry a document, said after them', () => {
    expect(extractSignals("we run about 250 loads a month and there's a bill of lading on every single one").monthly_volume).toBe(250);
    expect(extractSignals("the caseload's about 60 new clients a month, each needs an intake pack signed").monthly_volume).toBe(60);
    expect(extractSignals('we run about 250 loads a month').monthly_volume).toBeNull();
  });
});

describe('deadlines said indirectly', () => {
  it.each([
    ['we need it up and running in the next ten days', 'high'],
    ['we need this live before our year end in March', 'medium'],
  ])('%s → %s', (text, urgency) => {
    expect(extractSignals(text).urgency).toBe(urgency);
  });
});

describe('cue table lines', () => {
  it('reads tenancy renewals and treatment plans, and not a procurement team wanting something', () => {
    expect(extractSignals('the tenancy renewals are the big thing').use_case).toBe('lease_agreements');
    expect(extractSignals('the treatment plans go out as PDFs over email').use_case).toBe('consent_forms');
    expect(extractSignals('procurement wants the vendor picked before the end of next month').use_case).toBeNull();
    expect(extractSignals("now it's just Word and email").pain_points).toEqual(['manual_process']);
    expect(extractSignals('we use word and email').pain_points).toEqual([]);
  });
});
