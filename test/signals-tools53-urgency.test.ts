/**
 * Urgency readings: a date said "before first april" (ordinal before the month, no "the"), "we need it this month" (also
 * Pidgin "we need am this month"), growth asked as a pricing question ("if we went up to forty users next year") and an
 * event date the caller is ready for ("but that's grand, we're sorted for that").
 */
import { extractSignals } from '../lib/signals';

const urgency = (t: string) => extractSignals(t).urgency;

describe('urgency: dates and months said plainly', () => {
  it.each([
    ['we need it running before fifteenth june', 'high'],
    ['we want this set up by first of may', 'high'],
    ['honestly we need it this month', 'high'],
    ['abeg we need am this month', 'high'],
  ])('%s -> %s', (text, value) => {
    expect(urgency(text)).toBe(value);
  });

  it('reads no urgency in growth or an event the caller is ready for', () => {
    expect(urgency('if we go up to sixty seats next year what would it cost')).toBeNull();
    expect(urgency("the inspection's on the ninth but that's fine, we're ready for it")).toBeNull();
    expect(urgency('we sent forty this month')).toBeNull();
  });
});
