import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;

describe('team_size: a "plus" item naming one person after the list', () => {
  it('adds a relative said with the department they sit in', () => {
    expect(team('the users are the two drivers and the yard foreman, plus my brother in dispatch')).toBe(4);
  });
  it('adds a one-person role said with its department', () => {
    expect(team('it would be the four clerks, plus the accountant in finance')).toBe(5);
  });
  it('adds two one-person roles joined by "and" after "plus"', () => {
    expect(team('we are three in the sales department, plus the manager and the owner')).toBe(5);
  });
  it('still reads a "plus" group said as an aside as none of the team', () => {
    expect(team('we are three in the sales department, plus two contractors who only need view access')).toBe(3);
  });
});

describe('team_size: a politeness particle closing a noun-less count', () => {
  it('reads "we\'re four po" and a "plus" group said to use it', () => {
    expect(team("the tellers will use it, we're four po, plus the two loan officers, they'll also use it")).toBe(6);
  });
  it('reads "we\'re four po" alone', () => {
    expect(team("the tellers will use it, we're four po")).toBe(4);
  });
});

describe('team_size: a spoken correction inside a role list', () => {
  it('reads "naw wait" as a correction and goes on with the list', () => {
    expect(team("the fitters, there's seven of them, naw wait, eight, an the two lassies in the office, they'd all use it")).toBe(10);
  });
  it('lets the reason for the change run a few words after "since"', () => {
    expect(team("the drivers, there's nine, no wait, ten since big tam joined, and the two girls in the office would use it")).toBe(12);
  });
});

describe('team_size: "de" for "the" in Caribbean English', () => {
  it('reads a relative said to sit "in de office" as at work', () => {
    expect(team('only me and my son in de office, nobody else touch de computer')).toBe(2);
  });
});

describe('team_size: a dialect tag closing a list names nobody', () => {
  it('does not read a Welsh "tidy" as a first name', () => {
    expect(team("the ones on it would be me, the fixtures secretary and the two coaches, tidy")).toBe(4);
  });
  it('does not read "innit" as a first name', () => {
    expect(team("it'd be me and the two drivers, innit")).toBe(3);
  });
});
