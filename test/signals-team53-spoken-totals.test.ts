import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: the caller\'s own total said without commas', () => {
  it.each([
    ["it's the payroll team who'd use it that's the payroll clerks there's four and the two in pensions so six and we run about three hundred payslips", 6],
    ['the surveyors would use it there are three of us plus the two trainees plus the office manager so six and every job the client signs a quote', 6],
    ["the coaches there's five of us and then me i run the gym so six all up and every member signs a waiver", 6],
    ['the dispatchers there are eight of us wait no nine we hired a lad last week and each driver signs a delivery note', 9],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('keeps two counts read as a pair ("so that\'s four and six would use it")', () => {
    expect(team('we have three wards. the nurses and the carers so that\'s four and six would use it. each patient signs a consent')).toBe(10);
  });

  it('reads no total from "so two per ..." (a count of documents)', () => {
    expect(team('the three agents would use it and every tenant signs a lease and an inventory so two per tenant and we do about forty')).toBe(3);
  });
});

describe('team size: a total after a count per unit', () => {
  it('takes the caller\'s total after a count per place and what it adds', () => {
    expect(team('we have four branches and the tellers there\'s two per branch plus the ops lead so nine and every customer signs a form')).toBe(9);
  });

  it('never takes a total below the count per unit', () => {
    expect(team('we have four branches and the tellers there\'s two per branch plus the ops lead so two and every customer signs a form'))
      .not.toBe(2);
  });
});

describe('team size: a bare total set off by pauses', () => {
  it('closes the groups before it even when a rate follows in the sentence', () => {
    expect(team('the planners, there are four of us, plus the two schedulers, so six, and monthly we send about ninety quotes')).toBe(6);
    expect(team('the tutors, we are three, plus the head of year, so four, and per term we get around two hundred forms')).toBe(4);
  });

  it('reads no team from a total of documents set off the same way', () => {
    expect(team('each client signs a contract and a waiver, so two, and we do about sixty a month')).toBeNull();
  });
});
