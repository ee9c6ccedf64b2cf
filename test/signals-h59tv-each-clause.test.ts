/**
 * The things that each carry a document, said in a clause before a period that leads their count ("every patient ... signs a
 * consent form, daily we do eighty scans"): a short relative clause may follow the thing, and pidgin drops the article.
 */
import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;

describe('monthly volume: a carrying clause with a relative clause before a period-led count', () => {
  it.each([
    ['every customer who rents a van signs a hire agreement, daily we do about twenty rentals', 434],
    ['every guest wey dey book room go sign registration form, daily we dey do like thirty bookings', 651],
  ])('%s -> %d', (text, value) => {
    expect(vol(text)).toBeCloseTo(value, 0);
  });

  it('reads nothing when the clause names no document', () => {
    expect(vol('every customer who rents a van gets a free coffee, daily we do about twenty rentals')).toBeNull();
  });
});
