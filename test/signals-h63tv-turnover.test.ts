/**
 * Volume: things held that "turn over" once a period, with the documents each has ("about 200 flats on the books and every one
 * turns over once a year, one lease each"): the things' count over the period (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: things that turn over once a period, with the documents each has', () => {
  it.each<[string, number | null]>([
    ['we have about 240 flats and every one turns over once a year, one lease each.', 20],
    ['we manage 120 student houses under contract and every one turns over roughly once a year, one lease each.', 10],
    ['we have 600 lockers and they turn over every year.', 50],
    // Near miss: the caller's own staff turning over is no document count.
    ['we have about 40 staff and the rota turns over every month.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
