import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;

describe('team size: counts by shift said alone, closed by an address or "all will use"', () => {
  it.each([
    ['six on the day shift and three on evening, madam, all will use', 9],
    ["four on mornings and two on nights, they'd all use it.", 6],
    ['three on the morning shift and three on afternoon', 6],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('near miss: counts by shift inside a longer sentence with no people are no answer', () => {
    expect(team('we ship five on the morning run and four on evening deliveries')).toBeNull();
  });
});

describe('team size: "just me, solo" after the caller\'s trade, beside party words', () => {
  it('reads one when the trade comes before', () => {
    expect(team("i'm a piano teacher in cork, it's just me, solo. the kids sign up for the recitals.")).toBe(1);
  });
  it('near miss: "just me, solo" with no trade beside party words is no team', () => {
    expect(team("it's just me, solo. the kids go to the concert.")).toBeNull();
  });
});

describe('team size: a first name with a title closes a list', () => {
  it.each([
    ["the teachers won't need it, it's just me and mrs adeyemi in the office.", 2],
    ['it would be me and miss carol.', 2],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('near miss: "miss" as a verb names nobody', () => {
    expect(team('just me and miss the train')).toBeNull();
  });
});

describe('team size: a plural role set off after a noun-less count', () => {
  it.each([
    ["there's three of us in the office, the coordinators, plus our accounts lady, she'd need it too.", 4],
    ["there's five of us, the schedulers, plus the bookkeeper, they'd need it too.", 6],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('near miss: the role named with nothing after it keeps the count', () => {
    expect(team("there's three of us in the office, the coordinators.")).toBe(3);
  });
});

describe('team size: the role said again after each place\'s count', () => {
  it('adds the places', () => {
    expect(team('in hull we are five coaches, in york three coaches, and one office manager, all will use.')).toBe(9);
  });
  it('near miss: places counted after a place are no people', () => {
    expect(team('in leeds there are five nurses, in york three clinics')).toBe(5);
  });
});

describe('team size: people said never to log in are no users', () => {
  it.each([
    ['the trust has seven trustees but none of them would log in'],
    ["we've got twenty coaches, they won't log in"],
  ])('%s -> null', (text) => {
    expect(team(text)).toBeNull();
  });
  it('near miss: people who do log in are users', () => {
    expect(team('we have twenty coaches who log in every week')).toBe(20);
  });
});
