/**
 * A count per day with the days worked said as "we work six days"; electricians called "sparkies"; a front desk said to be
 * the people listed ("the front desk na two girls plus me"); "N of us in the <name> office" beside party words; a pricing
 * question "for like a company with ...".
 */
import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;
const vol = (t: string) => extractSignals(t).monthly_volume;

describe('monthly volume: a count per day and "we work N days"', () => {
  it.each([
    ['about twenty delivery notes a day, we work six days', 520],
    ['we do ten intake forms per day, we work five days', 216.67],
    ['thirty waivers a day, they open seven days', 910],
  ])('%s -> %d', (text, value) => {
    expect(vol(text)).toBeCloseTo(value, 1);
  });

  it('does not take days said with another period', () => {
    // "six days a month" is no working week: the count keeps the business days of a month.
    expect(vol('we send thirty contracts a day, we work six days a month')).toBeCloseTo(651, 0);
  });
});

describe('team size: sparkies', () => {
  it.each([
    ['the five sparkies would use it on site, and me in the office', 6],
    ['we have four sparkies and an apprentice', 5],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
});

describe('team size: a front desk said to be the list', () => {
  it.each([
    ['the front desk na two girls plus me', 3],
    ['our front desk is four ladies, plus me', 5],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('reads no list where the desk is not said to be people', () => {
    expect(team('the front desk is where the forms get signed')).toBeNull();
  });
});

describe('team size: "N of us in the <name> office" beside party words', () => {
  it('reads the office team', () => {
    expect(team('we get about three hundred kids every summer, there\'s four of us in the camp office')).toBe(4);
  });

  it('still reads a party as no team', () => {
    expect(team('we get about three hundred kids every summer, there\'s four of us going')).toBeNull();
  });
});

describe('team size: a pricing question "for like a company with ..."', () => {
  it('reads no team', () => {
    expect(team('what would it cost for like a company with eighty users')).toBeNull();
    expect(team('how much for say a firm with forty seats')).toBeNull();
  });

  it('keeps the caller\'s own count', () => {
    expect(team('we are like a company with eighty users')).toBe(80);
  });
});
