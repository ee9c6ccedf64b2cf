/**
 * Volume: things per period, then what the caller sends for each of them ("every job we send the client a quote"): one document
 * per thing, at the things' rate (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: things per period, and every one of them the caller sends a document', () => {
  it.each<[string, number | null]>([
    ['we book about twenty removals a week, and every removal we send the customer a contract.', 86.67],
    ['we do roughly fifty jobs a month and every job we issue a works order.', 50],
    // Near miss: what is sent for each is no document.
    ['we do roughly fifty jobs a month and every job we send the lads out.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
