/**
 * Documents renewed per period count the things held, never the caller's own people said familiarly ("the two admin
 * ladies") that stand nearer to the renewal (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: renewals skip the caller\'s own people', () => {
  it.each<[string, number | null]>([
    ['we let about six hundred flats and it\'s me and the three girls in the office and the leases renew once a year', 50],
    ['about two hundred and forty units, the two office lads and me, and the tenancy agreements renew every year', 20],
    // Near miss: only the caller's people are counted, nothing held.
    ['it\'s the two admin ladies plus me and the leases renew once a year', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
