/**
 * A count per period said to sign nothing ("but they don't sign anything") is no document volume; the documents
 * counted elsewhere in the turn still read.
 */
import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;

describe('monthly volume: things counted that sign nothing', () => {
  it('reads no volume from them', () => {
    expect(vol('we see about five hundred visitors a week but those don\'t sign anything')).toBeNull();
  });

  it('keeps the documents read elsewhere', () => {
    expect(vol('every member signs a form once a year and we have about 240 members, we host two thousand guests a month but they never sign anything'))
      .toBeCloseTo(20, 1);
  });

  it('still reads things that do sign', () => {
    expect(vol('we send about fifty contracts a week and they sign them the same day')).toBeCloseTo(216.67, 1);
  });
});
