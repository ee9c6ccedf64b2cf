/**
 * Volume: "for every <thing> we are sending (the <recipient>) one <document> and one <document>, so two per <thing>" carries the
 * documents per thing for the things counted after (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: documents per thing the caller is sending for every thing', () => {
  it.each<[string, number | null]>([
    ['for every booking we are sending one contract and one invoice, so two per booking, and monthly we are handling around ninety bookings.', 180],
    ['for every order we are sending the buyer one sales contract and one proforma, so two per order, and monthly we are handling around fifty orders.', 100],
    // Near miss: nothing counted is sent for each booking, so the bookings stay one each.
    ['for every booking we are sending the lads out, so two per booking, and monthly we are handling around ninety bookings.', 90],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
