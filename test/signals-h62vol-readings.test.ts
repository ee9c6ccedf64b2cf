/**
 * Volume readings for hires with their papers named then "so two per person", a second document counted after a first whose
 * recipients are named, and things named with one word of their kind before what they all sign (lib/signals/README.md,
 * monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: hires with their papers named, then "so N per person"', () => {
  it.each<[string, number | null]>([
    ['we hire about ten people a month, it\'s the offer letter and the staff contract, so two per person.', 20],
    ['about twelve new starters a month, the employment contract and the induction form, so two per head.', 24],
    // Near miss: the count per person is a price, not documents; the hires alone stay one set each.
    ['we hire about ten people a month, it\'s the offer letter, we pay two per person.', 10],
    // Near miss: no hiring papers named, no reading.
    ['we hire about ten people a month, so two per person.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: a second document after a first said with its recipients', () => {
  it.each<[string, number | null]>([
    ['we send about thirty ndas a month to suppliers, and then the m s a\'s, maybe five a month.', 35],
    ['we send maybe twenty quotes a week to customers, and then the order forms, about ten a week.', 130],
    // Near miss: the second count is people, no document after "and then".
    ['we send about thirty ndas a month to suppliers, and then the new starters, maybe five a month.', 30],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: the things named with a word of their kind before what they all sign', () => {
  it.each<[string, number | null]>([
    ['all the freelance editors sign a service agreement with us, about eight new editors a month.', 8],
    ['all the agency carers sign a placement agreement with us, about twelve new carers a month.', 12],
    ['our agency nurses all sign a placement agreement, roughly forty nurses a quarter.', 13.33],
    // Near miss: the count is of other things, not the signers.
    ['all the contract drivers sign a driver agreement with us, about ten new vans a month.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
