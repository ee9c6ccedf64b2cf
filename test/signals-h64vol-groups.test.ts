/**
 * Volume readings: groups run per period, each holding people who each sign ("per week we are running about six classes and
 * each class is having ten kids, every kid is signing a photo consent") (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: groups per period times the people each holds', () => {
  it.each<[string, number | null]>([
    ['per week we are running about six classes and each class is having ten kids, every kid is signing a photo consent.', 260],
    // Near miss: nobody is said to sign anything.
    ['per week we are running about six classes and each class is having ten kids.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
