/**
 * Volume readings: documents per person taken on ("so three documents per nurse") multiply a count of those people placed,
 * hired or recruited per period when their hiring papers are named in between (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: documents per person placed multiply the people placed', () => {
  it.each<[string, number | null]>([
    ['per week we are hiring around twelve drivers and for each placement there is offer letter, the contract and the induction, so three documents per driver.', 156],
    ['per month we are placing around ten technicians and for each placement there is offer letter and the employment contract, so two documents per technician.', 20],
    // Near miss: people hired, but what is per them is no hiring papers; the people as counted.
    ['per week we are hiring around twelve drivers and for each delivery there is a waybill and a receipt, so two documents per driver.', 52],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
