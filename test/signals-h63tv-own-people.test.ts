/**
 * Volume: a count of the caller's own people is no volume when no documents are counted and no "each/every <thing>" is said
 * (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: the caller\'s own people before a frequency hold no documents', () => {
  it.each<[string, number | null]>([
    ['We have 9 brokers. We send agreements a month.', null],
    ['we have 15 recruiters and we send offer letters every month', null],
    ['there are 20 agents here and we send the paperwork every month', null],
    // Near miss: things held, not people, still renew at that frequency.
    ['we manage 60 properties and the leases renew every year', 5],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
