import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;

describe('team size: Spanish and trade role nouns', () => {
  it('counts Spanish roles in a list, with a correction and "plus me"', () => {
    expect(team('the ones who would use it are the abogados, we have four, no wait, five now, and the two secretarias, plus me')).toBe(8);
  });
  it('reads a Spanish role with its "de X" qualifier', () => {
    expect(team('it would be the asesores de ventas, there are seven of them, and the two coordinators')).toBe(9);
  });
  it('reads dive trade roles', () => {
    expect(team('the dive instructors, we got six, plus the two at front desk, and me')).toBe(9);
  });
});

describe('team size: relatives and names inside a list', () => {
  it('counts a Spanish relative with no article who works there', () => {
    expect(team('the ones using this would be the two foremen, the estimator and me, and mija who does the books')).toBe(5);
  });
  it('counts a relative in a framed list of three', () => {
    expect(team('we got two shops, and the cashiers, there is two per shop, and my tía who does the payroll, they would all be on it')).toBe(5);
  });
  it('skips a first name and a short clause after a one-person role', () => {
    expect(team("it's me, my partner lucía who cooks, and the girl at recepción")).toBe(3);
  });
  it('reads "there\'s N of us" after a framed role and a plus group', () => {
    expect(team('it would be the bookkeepers, there is four of us, plus the two receptionists')).toBe(6);
  });
});

describe('team size: plus groups', () => {
  it('adds a plus group closed by ", and me"', () => {
    expect(team('the drivers, we got five, plus the two in dispatch, and me')).toBe(8);
  });
  it('adds a plus group said to need it too', () => {
    expect(team("the service desk's three of us, plus the two stores guys who'd need it too")).toBe(5);
  });
  it('keeps a department of two words whole', () => {
    expect(team('the sales reps, we get six of them, plus the two for credit control and me')).toBe(9);
  });
});

describe('team size: a count per place, the place first', () => {
  it('takes every role joined by "and" as per place', () => {
    expect(team('we run five outlets. in each outlet there are two opticians and one counter girl, they will use it, plus our area manager')).toBe(16);
  });
  it('reads the role said before "in each <place> there are N"', () => {
    expect(team('we have four clinics, and the ones who would use it are the nurses at reception, in each clinic there are two, plus the two of us in coordination')).toBe(10);
  });
  it('counts "a <role> and a <role>" per place', () => {
    expect(team('three creches. in each creche there is a room leader and a manager who would use it, plus myself')).toBe(7);
  });
});

describe('team size: counts that are no team', () => {
  it('reads a period-led deploying count as a rate of people', () => {
    expect(team('every month we are deploying around eighty caregivers to the gulf')).toBeNull();
  });
  it('ignores the licences of a tool "we also use"', () => {
    expect(team('we also use docu sign for the leases, like, only two licences')).toBeNull();
  });
  it('reads growth after "if we open X and go to N users" as a pricing question', () => {
    expect(team('if we open the second shop and go to thirty users, what would the price be?')).toBeNull();
  });
});

describe('team size: a correction that splits a listed count', () => {
  it('takes the parts of the split as the count', () => {
    expect(team("there's me, four surveyors, well, three full time and two casual now, and our office manager, deb")).toBe(7);
  });
});

describe('team size: a role modifier taken back', () => {
  it('keeps the count when only the modifier of a listed role is corrected', () => {
    expect(team('four lawyers and two senior paralegals, sorry, not senior, junior paralegals, and the office manager')).toBe(7);
  });
  it('reads a one-person role ending in s after the list', () => {
    expect(team('two counsel and three clerks, and our head of chambers')).toBe(6);
  });
});
