/**
 * Volume readings: things said with "every" whose plural ends in "-ies" ("every family" ... "thirty families") are the
 * things counted once a year, not another population said before them (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: the "-ies" plural of the thing said with "every" is its count', () => {
  it.each<[string, number | null]>([
    ['we\'ve got about forty kids in the squad. every family signs a kit agreement once a year and a medical form, that\'s two per family, and there\'s about thirty families.', 5],
    ['there\'s about ninety children on the roll. every family signs a photo consent once a year, and we\'ve got about sixty families.', 5],
    // Near miss: the count after is the caller's staff, no families held.
    ['there\'s about ninety children on the roll. every family signs a photo consent once a year, and we\'ve got about six coaches.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
