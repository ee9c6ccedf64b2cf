/**
 * Volume readings for a period said first (a short answer, a season with its length, a count with no verb after the
 * period), things that carry a document counted after such a period, and documents per thing said after the rate
 * (lib/signals/README.md, monthly_volume conventions).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;
const perMonth = (v: number, f: number) => Math.round(v * f * 100) / 100;
const DAY = 21.7;
const WEEK = 52 / 12;

describe('volume: a short answer that names the period first', () => {
  it.each<[string, number]>([
    ['per annum roughly three thousand', 250],
    ["yearly it's about six hundred", 50],
    ['quarterly, that is around ninety', 30],
    ['how many a week eh? maybe forty', perMonth(40, WEEK)],
    ['how many a month? oh, about fifty.', 50],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });

  it('reads no people as documents', () => {
    expect(vol('how many a week? like forty people')).toBeNull();
  });

  it('spreads a count said over the season across its length', () => {
    expect(vol("across the season? nine hundred or so, and the season's about three months")).toBe(300);
    expect(vol('over the season we had forty staff, and the season is six months')).toBeNull();
  });
});

describe('volume: the period said first with no verb', () => {
  it('reads a bare count after the period with a document named', () => {
    expect(vol('the loan applications every month roughly three hundred, maybe more at year end')).toBe(300);
    expect(vol('staff meetings every month roughly three hundred, maybe more')).toBeNull();
  });

  it('reads things counted after the period that each carry one document', () => {
    expect(vol('for every purchase order one supply agreement is signed, and monthly about sixty orders are coming in')).toBe(60);
    expect(vol('we have two terms and per term about eighty new pupils sign an admission form')).toBe(perMonth(160, 1 / 12));
  });

  it('does not read the period of the next clause as the period of a document count', () => {
    expect(vol('for every consignment the shipper signs a booking form and a waybill, so two documents per consignment, and monthly we are ' +
      'handling about fifty consignments')).toBe(100);
  });

  it('reads things said signing a document after "is signing"', () => {
    expect(vol('daily we are doing about forty x-rays and each x-ray patient is signing one consent form')).toBe(perMonth(40, DAY));
  });

  it('takes the terms from "admissions are twice a year"', () => {
    expect(vol('intakes are twice a year, every intake about six hundred enrolment forms')).toBe(100);
  });
});

describe('volume: documents per thing and things per period', () => {
  it('reads a letter that goes out with every file', () => {
    expect(vol('a client care letter goes out with every new file, and we open about thirty files a month')).toBe(30);
  });

  it('reads a rate of fact finds each adviser sends', () => {
    expect(vol('the advisers, there are five, and each adviser sends about two fact finds a week')).toBe(perMonth(10, WEEK));
  });

  it('reads things per period with an aside before "each one needs"', () => {
    expect(vol('we do about a hundred procedures a month in total, roughly twenty percent of those are weekends, and each one needs a signed consent'))
      .toBe(100);
  });

  it('multiplies by "so that\'s two forms each" said of every new thing', () => {
    expect(vol('every new client fills in a questionnaire and a consent, so that\'s two forms each, and we get about twenty new clients a week'))
      .toBe(perMonth(40, WEEK));
  });

  it('multiplies a reading before it that names the things, said loosely', () => {
    expect(vol("we sell about forty vans a month and every deal's got an invoice and a warranty form, so that's two per van")).toBe(80);
  });

  it('multiplies the carriers of one document per thing by things per term', () => {
    expect(vol('about a hundred and fifty kids on the books. every kid needs a consent form per trip, and we do three trips a term, three terms a year'))
      .toBe(perMonth(150 * 3 * 3, 1 / 12));
  });
});
