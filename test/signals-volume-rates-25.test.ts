/**
 * Volume readings for rates times people or things: documents per thing per period times the things held, one document each
 * for everybody who signs, days worked in a week, "each of them" after a group's count, sales each person does, and the
 * documents per deal (lib/signals/README.md, monthly_volume conventions).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;
const perMonth = (v: number, f: number) => Math.round(v * f * 100) / 100;
const DAY = 21.7;
const WEEK = 52 / 12;

describe('volume: documents per thing per period, times the things', () => {
  it.each<[string, number]>([
    ['we supply about sixty schools, and per school roughly three order forms a month', 180],
    ['for each site, about four permits a week, and there are twelve sites', perMonth(48, WEEK)],
    ['every patient needs a consent form for each session, we have about thirty patients and four sessions a month', 120],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: one document each for everybody who signs, and long signer phrases', () => {
  it.each<[string, number]>([
    ['everyone who visits the plant signs a visitor waiver, and we get maybe forty new visitors through the gate a week', perMonth(40, WEEK)],
    ['every sale the buyer and the seller and the agent all sign the offer to purchase, we do about twelve sales a month', 12],
    ['every job the fitter go collect job card wey the client go sign, we dey do like fifteen jobs a week', perMonth(15, WEEK)],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });

  it('reads pidgin "for month" as a month', () => {
    expect(vol('every new member go sign membership form, and we dey get like eighty new members for month')).toBe(80);
  });
});

describe('volume: days worked in a week after a count per day', () => {
  it.each<[string, number]>([
    ['every delivery has a proof of delivery, we run about thirty deliveries a day, monday to saturday', perMonth(30 * 6, WEEK)],
    ['we sign about ten rental agreements a day, seven days a week', perMonth(70, WEEK)],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });

  it('keeps the business days of a month with no days said', () => {
    expect(vol('we sign about ten rental agreements a day')).toBe(perMonth(10, DAY));
  });
});

describe('volume: a rate each person states, times their count', () => {
  it('takes the group count said after the role counted for "each of them"', () => {
    expect(vol('we have forty brokers but only the senior ones send the contracts, that\'s about nine. each of them sends maybe six contracts a month')).toBe(54);
  });

  it('takes the count of those who state the rate said after it, not the whole team', () => {
    expect(vol('the surveyors each write about five condition reports a week, and there\'s seven of them, plus the two admins and the boss would use it'))
      .toBe(perMonth(35, WEEK));
  });

  it('reads a form with "of" in its name', () => {
    expect(vol('the loss adjusters each send about three proof of loss forms a week, and there\'s ten of them')).toBe(perMonth(30, WEEK));
  });

  it('reads sales each person does with a document named as one set each', () => {
    expect(vol('the team is eight sales reps, they send the customer agreement on the ipad, each of them does about three installs a week'))
      .toBe(perMonth(24, WEEK));
  });

  it('reads no rate per person from pricing per user', () => {
    expect(vol('only the four planners send anything, we send quotes for every job, maybe twenty a month, and they charge per user')).toBe(20);
  });

  it('multiplies the deals by the documents each one has', () => {
    expect(vol('we write about thirty loans a month, each one with a loan agreement and a disclosure form, so two per loan')).toBe(60);
  });
});
