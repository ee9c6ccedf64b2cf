/**
 * Volume: a second kind of document said bare after "and then", with its own count and period, adds to the first ("quotes,
 * maybe twenty a month, and then change orders on top, like thirty a month" = 50) (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: a bare second document after "and then" adds to the first', () => {
  it.each<[string, number | null]>([
    ['we send quotes, maybe twenty a month, and then change orders on top, like thirty a month.', 50],
    ['we send proposals, maybe thirty a month, and then contracts, like ten a month.', 40],
    // Near miss: what comes after "and then" is no document, so it is not added to the proposals.
    ['we send proposals, maybe thirty a month, and then site visits, like ten a month.', 10],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
