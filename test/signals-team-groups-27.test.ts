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
});
