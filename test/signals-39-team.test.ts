import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;

describe('team size: a count said per place, the place first', () => {
  it('multiplies "in each branch there are two <role>" by the branches', () => {
    expect(team('we run four shops in the city, in every shop there are three cashiers who would use it')).toBe(12);
  });
  it('adds the people listed after it', () => {
    expect(team('we have six clinics and in each clinic we have two receptionists, plus the practice manager')).toBe(13);
  });
});

describe('team size: the workplace said before "we are N"', () => {
  it('reads "at the counter we are N, plus myself" beside volume talk', () => {
    expect(team('we rent scooters by the beach. at the counter we are three, plus myself, and we do about two hundred rentals a month')).toBe(4);
  });
  it('reads "at the front desk we are N"', () => {
    expect(team('at the front desk we are five, they would all use it')).toBe(5);
  });
});

describe('team size: role words', () => {
  it('counts operators named by their machine or desk', () => {
    expect(team('the data entry operators, there are four, plus me')).toBe(5);
  });
  it('counts a department head named after a role count', () => {
    expect(team("the people who'll use it are the surveyors only, they are four, and the sales head")).toBe(5);
  });
});

describe('team size: lists and solo callers', () => {
  it('reads an office said with a comma before "is me, ..."', () => {
    expect(team('the ones who use it, the back office, is me, my cousin and one girl for the invoices')).toBe(3);
  });
  it('reads "just me" closed by a particle beside party words', () => {
    expect(team("it's just me lah, i'm a party planner, about thirty birthday parties a month")).toBe(1);
  });
});

describe('team size: "here" before the people listed after a team count', () => {
  it('adds a "plus" group after "N people here in <place>"', () => {
    expect(team("the booking team is three people here in arusha, plus the two site managers, they'd all need a login")).toBe(5);
  });
});

describe('team size: pidgin "da" for "the" in a list', () => {
  it('adds "plus da <role>" after a count per place', () => {
    expect(team('we get four stores, da cashiers, two per store, plus da store manager, dey all going use um')).toBe(9);
  });
});
