import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: an answer that is only counts of people by shift', () => {
  it.each([
    ['six on days and two on nights', 8],
    ['um, five on the early shift and three on the late shift.', 8],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('reads no team from counts on week days (a booking, not shifts)', () => {
    expect(team('two on monday and three on friday')).toBeNull();
  });

  it('reads no team when the shifts answer goes on with other words', () => {
    expect(team('two on days and three on nights for the table please')).toBeNull();
  });
});
