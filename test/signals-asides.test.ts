/**
 * Asides a caller makes that change a reading: another team's tool "that's their world", a relative's trouble, people who
 * won't use it, "nowt urgent", today's tool said with "today it is", a colleague who joined on Monday, a distance to a
 * deadline said as a short answer.
 */
import { extractSignals } from '../lib/signals';

describe('tools', () => {
  it('another team’s tool said to be theirs is no integration; a team’s tool otherwise is', () => {
    expect(extractSignals("we're on hub spot, the developers use github but that's their world").integration_needs).toEqual(['hubspot']);
    expect(extractSignals('the marketing team uses hubspot but sales is on salesforce').integration_needs).toEqual(['hubspot', 'salesforce']);
  });

  it('reads microsoft three sixty five, teams after microsoft, workday as what a team runs on, and everything else on google', () => {
    expect(extractSignals("we're on microsoft three sixty five").integration_needs).toEqual(['microsoft_365']);
    expect(extractSignals("we're all on microsoft, teams and outlook").integration_needs).toEqual(['microsoft_teams', 'outlook']);
    expect(extractSignals('payroll runs on workday').integration_needs).toEqual(['workday']);
    expect(extractSignals('xero for the books and everything else is on google').integration_needs).toEqual(['xero', 'google_workspace']);
    expect(extractSignals('we be google shop, na google for everything').integration_needs).toEqual(['google_workspace']);
  });
});

describe('urgency', () => {
  it.each([
    ['nowt urgent, just having a look', 'low'],
    ['our lease with the current lot runs out on the thirtieth of june', 'high'],
    ['end of the tax year, so we have got about five weeks really', 'medium'],
  ])('%s -> %s', (text, urgency) => {
    expect(extractSignals(text).urgency).toBe(urgency);
  });

  it.each([
    'right now it is all excel, today it is all spreadsheets and printing',
    'the new starter who joined on tuesday sends most of them',
    "today we're twelve, maybe twenty by next year",
  ])('no urgency: %s', (text) => {
    expect(extractSignals(text).urgency).toBeNull();
  });
});

describe('pains', () => {
  it.each([
    ['it takes ages to get the bits of paper back', ['slow_turnaround', 'manual_process']],
    ['the client is not signing for two or three weeks sometimes', ['slow_turnaround']],
    ['the forms get typed into the practice system a second time', ['missing_integration']],
    ['the delivery notes dey loss for road', ['poor_visibility']],
    ["we're ringing people for days afterwards to get a signature", ['chasing_signatures']],
    ['a few of the consent forms got missing last term', ['poor_visibility']],
    ['dem don increase the price again', ['too_expensive']],
    ['we stopped using dotloop, everything is emailed pdfs now', ['manual_process']],
  ])('%s -> %s', (text, pains) => {
    expect(extractSignals(text).pain_points).toEqual(pains);
  });

  it('people who will not be users are no hard-to-use pain; staff who refuse the tool are', () => {
    expect(extractSignals("the drivers won't use it, it's the office that sends them").pain_points).toEqual([]);
    expect(extractSignals('honestly half the team refuses to use it').pain_points).toEqual(['hard_to_use']);
  });

  it('a relative’s trouble said in pidgin is not the caller’s', () => {
    const s = extractSignals('na my aunty get the clinic for yaba, dem dey lose files every week. but my own na small shop, me and one staff');
    expect(s.pain_points).toEqual([]);
    expect(s.industry).toBeNull();
  });
});

describe('said once more', () => {
  it('"only i will use it" is one user; an n g o is a nonprofit; a range of months is medium', () => {
    expect(extractSignals('only i will use it, nobody else').team_size).toBe(1);
    expect(extractSignals("we're an n g o working with farmers").industry).toBe('nonprofit');
    expect(extractSignals('maybe in two, three months, when the new budget comes').urgency).toBe('medium');
  });

  it('a process said to be old school is manual, not a hard tool; "cannot delay" is no delay', () => {
    expect(extractSignals("it's all paper, it's old school, but it works").pain_points).toEqual(['manual_process']);
    expect(extractSignals('the software is so old school and clunky').pain_points).toEqual(['hard_to_use']);
    expect(extractSignals('we cannot delay beyond next month').pain_points).toEqual([]);
  });

  it('buying through procurement names no vendor contracts; a pricing question with "if, say," is no team', () => {
    expect(extractSignals('anything we buy has to go through procurement, so it takes a while').use_case).toBeNull();
    expect(extractSignals('what would it cost if, say, a company had two hundred users?').team_size).toBeNull();
  });
});

