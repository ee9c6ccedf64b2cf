import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: "we are N in <department>" for more departments', () => {
  it.each([
    ['only treasury would use it, we are four in treasury, plus myself and my deputy', 6],
    ['the users are the admissions people, we are six in admissions', 6],
    ['we are three in customs, plus myself', 4],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('reads no team from a count of buildings', () => {
    expect(team('we have built about forty in commercial property over the years')).toBeNull();
  });
});
