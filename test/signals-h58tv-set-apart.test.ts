/**
 * A greeting's "mate" is no friend whose business is described; another body's headcount said to be "nothing to do with
 * us" is no team; things per year and their documents each, joined by "and every" without a comma, where the "each" names
 * the things counted (no per-person multiplier).
 */
import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;
const vol = (t: string) => extractSignals(t).monthly_volume;

describe('team size: "mate" said to the agent', () => {
  it.each([
    ['cheers mate, so i run a little plumbing business, it\'s me and two lads', 3],
    ['yeah mate i run a small joinery outfit, there\'s five of us', 5],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('still reads a friend\'s business as someone else\'s', () => {
    expect(team('my mate runs a garage with six mechanics and he wants this')).toBeNull();
  });
});

describe('team size: a headcount set apart as nothing to do with the caller', () => {
  it('reads no team from the other body', () => {
    expect(team('the parent company in sydney has about four hundred staff but that\'s nothing to do with us')).toBeNull();
  });

  it('keeps the caller\'s own count said after it, and a count beside an unrelated "nothing to do with"', () => {
    expect(team('the group has two hundred people, that\'s got nothing to do with our team, we\'re six')).toBe(6);
    expect(team('we have twelve staff but that\'s nothing to do with the delays')).toBe(12);
  });
});

describe('monthly volume: things per year with one document each, "and every" without a comma', () => {
  it.each([
    ['we look after about two hundred and forty flats and every flat turns over once a year, one lease each', 20],
    ['we have 120 members and every member renews once a year, one form each', 10],
    // the "each" inside names the things counted: no per-person multiplier
    ['we have 120 members and each member renews once a year, one form each', 10],
    ['we have 120 members, and each member renews once a year, two forms each', 20],
  ])('%s -> %d', (text, value) => {
    expect(vol(text)).toBe(value);
  });

  it('still multiplies a rate each person states before the things', () => {
    expect(vol('we\'re five agents, each agent handles forty units a year, one lease each')).toBeCloseTo(16.67, 1);
  });
});
