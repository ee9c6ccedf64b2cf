import { extractSignals } from '../lib/signals';

describe('team size: groups said loosely in long turns (holdout27 kinds)', () => {
  it('reads a count in HR said as its spelled-out initials', () => {
    const s = extractSignals('we employ about two thousand people, but only the h r team would use it, we are four in h r. we hire around eighty a month.');
    expect(s.team_size).toBe(4);
  });

  it('adds a count in credit to a counted role before it', () => {
    const s = extractSignals('we are a microfinance in kampala, the tellers, we have ten, and the three in credit, they would all need a login.');
    expect(s.team_size).toBe(13);
  });

  it('counts a group named beside a role before its count, without a second "the"', () => {
    const s = extractSignals('for our own office, the partners and juniors, two partners and five juniors, they would be using it for the contracts.');
    expect(s.team_size).toBe(7);
  });

  it('adds an office said to be a list after a counted role, past what each of them does', () => {
    const s = extractSignals('we run a removals firm, the drivers, there are nine, well, eight now, one retired in may, they each do two jobs a day, and then there is the office, which is me and our dawn.');
    expect(s.team_size).toBe(10);
  });

  it('does not read "our office" as a first name closing a list', () => {
    const s = extractSignals('it would be me and our office. we send about forty quotes a month.');
    expect(s.team_size).not.toBe(2);
  });

  it('reads "we are N at the moment" after a pricing question about some company', () => {
    const s = extractSignals('quick one, how much would it be if a business had, say, eighty seats? we are nine at the moment, and i want to know before i sign up for it whether it doubles in a year.');
    expect(s.team_size).toBe(9);
  });

  it('still reads a noun-less count beside volume talk as no team', () => {
    const s = extractSignals('we are at the office. we send about forty a month, it is nine at the moment.');
    expect(s.team_size).toBeNull();
  });

  it('keeps a long sentence about a relative\'s company theirs while it points back to them', () => {
    const s = extractSignals('so this is not really for me, it is for my sister, she has got a physio clinic over in the west end, six physios and a couple of receptionists, ' +
      'and she is buried under consent forms every single week, so she asked me to ring round and find out, roughly, what would it cost her for, say, fifteen users?');
    expect(s.team_size).toBeNull();
  });
});
