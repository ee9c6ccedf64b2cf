/**
 * A rate each person of a role states takes that role's own count said after it as a clause ("the estimators ... they are
 * five"), not the whole team's (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: the role\'s own count said after it', () => {
  it.each<[string, number | null]>([
    ['the surveyors would use it they are four plus the office manager and the director, each surveyor sends about five quotes a week', 86.67],
    ['the planners, there\'s three, and the two admins, so five of us, each planner writes about ten quotes a month', 30],
    // Near miss: a count with a period after it is a rate, not the planners' count.
    ['the planners say there are ten a week, each planner writes about ten quotes a month', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
