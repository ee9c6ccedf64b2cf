/**
 * Volume readings: a sentence saying what each client signs before the work starts, then a count of jobs led by its period
 * ("every couple signs the booking contract before we start. monthly we are doing around eight weddings") (lib/signals/README.md,
 * monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: jobs counted after what each client signs before the work starts', () => {
  it.each<[string, number | null]>([
    ['every couple signs the booking contract before we start. monthly we are doing around eight weddings.', 8],
    ['every school signs the trip agreement before we book. per month we are doing maybe ten trips.', 10],
    // Near miss: nothing ties the signing to the jobs counted in the next sentence.
    ['every couple signs the booking contract. monthly we are doing around eight weddings.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
