/**
 * Volume readings for the pronoun "each one" (never a count of one), "power of attorney", "letter of credit application"
 * and "letter of engagement" as documents, pidgin "na one <document>", a document sent "to every new <thing>" before the
 * count, and documents signed each term with the things or the count said after (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: "each one" is a pronoun, not a count of one', () => {
  it.each<[string, number | null]>([
    ['we deliver to about sixty cafes and each one sign supply contract with us once a year', 5],
    ['the four of us sell about thirty cars a month each one\'s got its finance agreement', 30],
    // Near miss: "one" after another word is still a count.
    ['we sign one agreement a month', 1],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: more document names', () => {
  it.each<[string, number | null]>([
    ['we draw up about forty powers of attorney a month', 40],
    ['the branch handles maybe fifty letter of credit applications a week', 216.67],
    ['every estate file the executor signs a power of attorney and we open about twelve files a month', 12],
    // Near miss: "power" with no "of attorney" is no document.
    ['we draw about forty kilowatts of power a month', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: pidgin "na one <document>" and a document sent to every new thing', () => {
  it.each<[string, number | null]>([
    ['every order na one delivery note, we dey do like thirty orders for month', 30],
    ['we email a letter of engagement to each new customer, roughly twenty new customers a month', 20],
    // Near miss: no document sent, only customers counted.
    ['we talk to each new customer, roughly twenty new customers a month', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: documents signed each term, the things or the count said after', () => {
  it.each<[string, number | null]>([
    ['every pupil needs a photo consent each term, we have around ninety pupils and there are three terms', 22.5],
    ['every term the families sign the excursion form, we send out about four hundred, and there are three terms', 100],
    // Near miss: no number of terms in the year, nothing to spread over.
    ['every pupil needs a photo consent each term, we have around ninety pupils', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: a price per seat worked out for a count of seats is no volume', () => {
  it.each<[string, number | null]>([
    ['so it\'s twelve dollars a user a month? for four users that\'s forty eight a month', null],
    // Near miss: a count said after the price but with no seats counted is still read.
    ['it\'s twelve dollars a user, fine. we do about ninety a month', 90],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: the thing per period each carries with "the" document, and "so two per transaction"', () => {
  it.each<[string, number | null]>([
    ['about six hundred new members join a year and each one signs the membership agreement', 50],
    ['we settle about thirty loans a month each one with a loan contract and a guarantee so two per transaction', 60],
    // Near miss: "per transaction" after a price is no document count.
    ['they charge two dollars per transaction', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: work packages counted by the people each has, who sign', () => {
  it.each<[string, number | null]>([
    ['we award about six packages a month and each package has three trades and every trade signs a trade contract', 18],
    // Near miss: packages with no people counted in them stay packages.
    ['we send about six packages a month and each package has a cover letter', 6],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: "every <thing> signs the <document>" after the things per period', () => {
  it.each<[string, number | null]>([
    ['we see about forty admissions a week and every patient signs the consent form', 173.33],
    // Near miss: the signers have their own count per period, read on their own.
    ['we open about six new accounts a month, and each new driver signs the driver contract, around ten new drivers a month', 10],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
