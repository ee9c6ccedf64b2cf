import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;

describe('team_size: a pricing question with "if we would have"', () => {
  it('reads no team from "if we would have, let\'s say, N users"', () => {
    expect(team("if we would have, let's say, sixty users, do you give a better price?")).toBeNull();
  });
  it('reads no team from "if i would have, say, N seats"', () => {
    expect(team('if i would have, say, twelve seats, is it cheaper per month?')).toBeNull();
  });
});

describe('team_size: French role words and an oath said as a filler', () => {
  it('reads "the kinés, they are N" and a "plus" group said to use it', () => {
    expect(team('the kines, they are seven, plus the secretary at the front, she also needs to use it.')).toBe(8);
  });
  it('reads a count with "wallah" after it', () => {
    expect(team('the physios, they are nine wallah, plus the two receptionists, they also need to use it.')).toBe(11);
  });
});

describe('team_size: one more person closing a list', () => {
  it('adds the person after "and also"', () => {
    expect(team('only the estimators would use it, they are four, and also the office manager.')).toBe(5);
  });
  it('adds a "plus" person who "also need(s) to use" it', () => {
    expect(team('the export team is three people, plus the finance manager also need to use it')).toBe(4);
  });
  it('adds "and me" after "that\'s who would use it"', () => {
    expect(team("two dentists and the hygienist, that's who would use it, and me at the front desk too.")).toBe(4);
  });
});

describe('team_size: relatives who run the business and the people after them', () => {
  it('counts a couple "who run it" and a "plus" person', () => {
    expect(team("it's me and my husband who run it, plus the cleaning lady")).toBe(3);
  });
  it('counts a pair "who run the yard" and a counted group after', () => {
    expect(team('me and my son who run the yard, and the three drivers')).toBe(5);
  });
  it('still reads "me and my husband" alone as no team', () => {
    expect(team('me and my husband')).toBeNull();
  });
});

describe('team_size: a first name with a fond word and a place in a list', () => {
  it('counts "wee" + name + "on reception"', () => {
    expect(team("it's me, the three letting agents and wee shona on reception who'd use it.")).toBe(5);
  });
  it('counts "little" + name + "at the front desk"', () => {
    expect(team("it'd be me, the two bookkeepers and little ana at the front desk.")).toBe(4);
  });
});

describe('team_size: Singlish "got" for a role count', () => {
  it('reads "the drivers got N" with a person after', () => {
    expect(team('the drivers got four, plus the ops auntie, can all use?')).toBe(5);
  });
  it('does not read a count of things after "got"', () => {
    expect(team('the agents got 300 contracts last year')).toBeNull();
  });
});

describe('team_size: a hoped-for count inside a list', () => {
  it('skips "hopefully N by month" and goes on with the list', () => {
    expect(team('the coaches, they are ten, hopefully twelve by march, and me and the two at the desk would use it.')).toBe(13);
  });
  it('skips "inshallah N next year" after a "there\'s" count', () => {
    expect(team("the tutors, there's eight, inshallah ten next year, and the receptionist would use it")).toBe(9);
  });
});

describe('team_size: a person named just before "and me"', () => {
  it('adds "my sister and me" to a counted group after', () => {
    expect(team('the ones on it, my sister and me, and the four girls in accounts')).toBe(6);
  });
  it('adds a role said before "and me" to a counted group after', () => {
    expect(team('the site manager and me and the two estimators')).toBe(4);
  });
});

describe('team_size: Spanglish "mi X y yo" before a counted group', () => {
  it('counts "mi esposa y yo" and the group after', () => {
    expect(team('the people on it, mi esposa y yo, and the two girls in the office')).toBe(4);
  });
  it('reads "mi hermano y yo" alone as no team', () => {
    expect(team('mi hermano y yo')).toBeNull();
  });
});

describe('team_size: new people taken on, then counted', () => {
  it('reads the people hired or signed up as no team', () => {
    expect(team('every week we sign the rental agreement with new couriers, about twelve')).toBeNull();
    expect(team('we take on new pickers, around forty, for the harvest')).toBeNull();
  });
  it('still counts a role with its count, and new staff said to use it', () => {
    expect(team('it would be the couriers, about twelve')).toBe(12);
    expect(team('the new reps, there are three of them, will use it')).toBe(3);
  });
});
