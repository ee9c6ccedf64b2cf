/**
 * Volume readings: a period-led count of "new children" takes the documents said "per child" ("children" is said "per child"),
 * and a count per term names the children for the documents per child (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: children counted after the documents per child', () => {
  it.each<[string, number | null]>([
    ['every parent signs the booking form and the allergy form, so two per child, and per term around sixty new children are starting, three terms a year.', 30],
    ['every parent signs the enrolment form and the medical form, so two per child, and per month around twenty new children are starting.', 40],
    // Near miss: nothing said per child, the children carry no document of their own.
    ['every parent signs the enrolment form and the medical form, and per month around twenty new children are starting.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
