/**
 * Volume readings for joined document modifiers, a rate each person states with the group counted after it or corrected,
 * people per thing said with "an", a period-first count of things whose stem changes ("surgeries") or that each person comes
 * for, documents per thing said before the things counted, seasonal hires, a yearly signing beside a second document, and a
 * document said "every time" after the things per period (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: two modifiers of one document joined by "and"', () => {
  it.each<[string, number | null]>([
    ['we send about twenty sale and purchase agreements a month', 20],
    ['the claims team, there\'s five, each send around four settlement and release forms a week', 86.67],
    // Near miss: a plural before "and" is another thing, not a modifier.
    ['we have twenty clients and forms a month', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: the group that each states a rate, counted after it or corrected', () => {
  it.each<[string, number | null]>([
    ['each of the field reps sends about five quotes a week, and there\'s six reps, well seven now', 151.67],
    ['the underwriters they are twelve, each underwriter issues about three policies a week', 156],
    ['we\'ve got forty drivers but only the city crew would use it, that\'s about eight no nine people. they each send maybe two delivery notes a day',
      390.6],
    // Near miss: no count for the reps at all.
    ['each of the field reps sends about five quotes a week', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: yearly signings with a longer clause, and beside a second document', () => {
  it.each<[string, number]>([
    ['every year each grower signs a supply agreement with us for the fruit and the packaging, about three hundred growers', 25],
    ['every year the members sign a membership agreement with us, that\'s about two hundred and forty members, and then we raise purchase ' +
      'orders, about thirty p os a month', 50],
    ['every year the members sign a membership agreement with us, that\'s about two hundred and forty members', 20],
    ['every term each student signs the course agreement and a media consent and there\'s about two hundred students and three terms a year', 50],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: people per thing said with "an", and "och" before a rate', () => {
  it.each<[string, number]>([
    ['every vendor signs a vendor agreement per show, roughly five vendors a show, and we run four shows a month', 20],
    // Near miss: no people per show said, one agreement a show.
    ['every vendor signs a vendor agreement per show, and we run four shows a month', 4],
    ['we have four clinics and every new patient signs a consent form, and each clinic sees about och twenty new patients a week', 346.67],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: the period first, then things that each carry a document', () => {
  it.each<[string, number | null]>([
    ['daily we are doing about forty deliveries and each delivery needs a signed delivery note', 868],
    ['weekly we are doing around thirty surgeries and each patient going for surgery signs a consent form', 130],
    ['every new loan the borrower signs the loan agreement and the disclosure, so two per borrower, and monthly we are onboarding around ' +
      'fifty new borrowers', 100],
    // Near miss: no document for the surgeries.
    ['daily we are doing about forty surgeries', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: a document sent out with every thing, or signed every time', () => {
  it.each<[string, number | null]>([
    ['we send a welcome pack out with every new client and we take on about twenty five new clients a month', 25],
    ['we handle maybe twenty conveyancing files a month and the buyer signs the client care letter every time', 20],
    // Near miss: "time" with no document signed.
    ['we handle maybe twenty conveyancing files a month and the buyer is a first time buyer', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: seasonal hires with no season said first', () => {
  it.each<[string, number | null]>([
    ['we bring on seasonal pickers for the harvest, maybe sixty, and each one signs the work contract and the housing form so two each, ' +
      'and the harvest season runs august to october', 40],
    // Near miss: the people are not said to be seasonal.
    ['we take on pickers for the harvest, maybe sixty, and each one signs the work contract and the housing form so two each, and the ' +
      'harvest season runs august to october', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
