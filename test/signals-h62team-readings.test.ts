import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;

describe('team size: a one-man show and a family firm beside party words', () => {
  it.each([
    ["honestly i'm a one-man band, i do the sound for gigs and festivals", 1],
    ["we're a family business, it's me, my son and the two drivers", 4],
    ["it's me, my mam and the two drivers in the office.", 4],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('near miss: a one-man show the caller goes to is no team', () => {
    expect(team("we've got tickets for a one-man show on friday")).toBeNull();
  });
  it('near miss: a family holiday is a party', () => {
    expect(team("it's a family holiday, me, my wife and the two kids")).toBeNull();
  });
});

describe('team size: relatives on a list said to use it beside guests', () => {
  it('counts the list that closes with the use frame', () => {
    expect(team("we host about two hundred guests a month, it's me and my husband and the three lads on the front desk who'd use it")).toBe(5);
  });
  it('near miss: the same list with no use frame is a party', () => {
    expect(team("we've got guests coming, it's me and my husband and the two kids")).toBeNull();
  });
});

describe('team size: "will use" with no "it", and initials before a role after "plus"', () => {
  it.each([
    ['the dispatch team will use, they are five, plus the transport manager.', 6],
    ['the stewards, there are six, plus the f b manager.', 7],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('near miss: initials before a thing are no person', () => {
    expect(team('the stewards, there are six, plus the f b page.')).toBe(6);
  });
  it('near miss: "we will use" before a count of documents is no team', () => {
    expect(team('we will use, maybe twenty contracts.')).toBeNull();
  });
});

describe('team size: a role said before "we have N of them" in a punctuated sentence', () => {
  it('adds "plus me" to the role count', () => {
    expect(team('right, so, the claims handlers we have seven of them plus me.')).toBe(8);
  });
  it('near miss: things before the lead-in are no role', () => {
    expect(team('right, so, the vans we have seven of them plus me.')).not.toBe(8);
  });
});

describe('team size: purchasing staff and front-desk staff', () => {
  it.each([
    ['the buyers, there are three, plus the procurement head.', 4],
    ['we have two hotels, in each hotel there are three front desk staff, plus me.', 7],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('near miss: buyers counted with no "the" are customers', () => {
    expect(team('we export to about forty buyers in europe, mostly germany.')).toBeNull();
  });
  it('near miss: front desk staff somewhere else are no team', () => {
    expect(team('the front desk staff at the hotel we stayed at were lovely.')).toBeNull();
  });
});
