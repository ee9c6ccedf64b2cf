import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;

describe('team size: solo callers, ranges and partners later', () => {
  it.each([
    ["yeah it's just me solo, i'm a mobile hairdresser out in penrith", 1],
    ["just me alone, i'm a celebrant doing weddings mostly", 1],
    ['two, three people tops', 2.5],
    ['five, six people probably', 5.5],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('keeps a partner who may join down the track out of the count', () => {
    expect(team("it'll be me and maybe my brother-in-law down the track")).toBe(1);
  });
  it('near miss: a range of people said as guests is no team', () => {
    expect(team('we need a table, three, four people maybe, friday night at the hotel')).toBeNull();
  });
});

describe('team size: a first name after "our" sitting in the office', () => {
  it.each([
    ["it's nobbut me and our sal in the office", 2],
    ["it'd be me and our kid in the office using it", 2],
    ["it's just me and our dave in the back office, and the three fitters", 5],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('near miss: "our office" names nobody', () => {
    expect(team("it's just me and our office in bradford")).toBeNull();
  });
});

describe('team size: pidgin pricing, totals and framed users', () => {
  it('reads a pidgin growth question as a price case, no team', () => {
    expect(team('how much e go be if say we grow reach thirty users')).toBeNull();
  });
  it('near miss: today\'s users said plainly still read', () => {
    expect(team('we get thirty users now')).toBe(30);
  });
  it.each([
    ['the drivers we get five of them, plus me and the dispatcher, na seven.', 7],
    ['the people wey go use am na the loan officers, we get six of them, plus the two for compliance.', 8],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('near miss: a count of one person by role that is not the total still adds', () => {
    expect(team('the drivers we get five of them, plus the dispatcher, na two.')).not.toBe(5);
  });
});

describe('team size: per-pharmacy counts, corrections and other firms', () => {
  it.each([
    ['we own four pharmacies and in each pharmacy there are two dispensers, plus me.', 9],
    ['we get five pharmacies, for each pharmacy the cashiers dem be three, plus me.', 16],
    ['we are three tellers at the counter, well four with my cousin who joined in june, and the supervisor.', 5],
    ['the coordinators are six plus admin one lady they will use it.', 7],
    ['we are four advisers. one manager from another firm told us to try it.', 4],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('near miss: a rent per shop is no count of people', () => {
    expect(team('we have four shops, for each shop the rent is two thousand.')).toBeNull();
  });
  it('near miss: one person at another company is no team', () => {
    expect(team('one manager from another company told me about you.')).toBeNull();
  });
});
