/**
 * A spoken range said as a tens-and-five then the next tens ("twenty five thirty a month" is 25-30), and the user group
 * counted in a desk or a client-servicing or conveyancing team beside the larger company's size.
 */
import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;
const team = (t: string) => extractSignals(t).team_size;

describe('monthly volume: a tens-and-five then the next tens is a range', () => {
  it.each([
    ['we sign maybe forty five fifty tenancy agreements a month', 47.5],
    ['invoices, about thirty five forty of them per month', 37.5],
  ])('%s -> %d', (text, value) => {
    expect(vol(text)).toBe(value);
  });

  it('keeps a plain compound number and a tens pair that does not step up', () => {
    expect(vol('we sign forty five agreements a month')).toBe(45);
    // "thirty five twenty" steps down: not a range
    expect(vol('we sign thirty five twenty agreements a month')).not.toBe(27.5);
  });
});

describe('team size: a desk or client-servicing team beside the company size', () => {
  it.each([
    ['the bank is about two hundred people but we are four on the trade desk, only us', 4],
    ['the agency is fifty people, only client servicing will use it, we are six in client servicing', 6],
    ['the practice has forty staff but we are two in conveyancing and only we sign', 2],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('does not count a desk that is furniture', () => {
    expect(team('i have two monitors on the desk and a printer')).toBeNull();
  });
});
