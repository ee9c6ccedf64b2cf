/**
 * Urgency readings: the distance to a deadline said with a spoken "what" ("gives us what about six weeks") and an event the
 * caller names as the deadline itself ("we need it before the conference on the twelfth").
 */
import { extractSignals } from '../lib/signals';

const urgency = (t: string) => extractSignals(t).urgency;

describe('urgency: deadlines said in passing', () => {
  it.each([
    ['we want it live before the school term, which gives us what about five weeks', 'medium'],
    ['that leaves us what, three weeks', 'medium'],
    ["we'd need it sorted before the trade show on the fourteenth, the team's small", 'high'],
    ['we need it ready ahead of our conference on the ninth', 'high'],
  ])('%s -> %s', (text, value) => {
    expect(urgency(text)).toBe(value);
  });

  it('keeps an event date the caller does not tie to the purchase as none', () => {
    expect(urgency("i'm away, the conference is on the fourteenth")).toBeNull();
    expect(urgency('the office move is on the twentieth')).toBeNull();
  });
});
