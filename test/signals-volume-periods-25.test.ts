/**
 * Volume readings of periods, spans and seasons: a thing said as a day with the days per period, a season's months said as
 * a span after it, a count said after the period ("monthly we are closing ...", "each time"), a term said before who signs,
 * a second document as a share of the first, units sold per period, and quotes that end on a count
 * (lib/signals/README.md, monthly_volume conventions).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;
const quote = (text: string) => extractSignals(text).evidence.find((e) => e.field === 'monthly_volume')?.quote;
const perMonth = (v: number, f: number) => Math.round(v * f * 100) / 100;
const WEEK = 52 / 12;
const FORTNIGHT = 26 / 12;

describe('volume: a thing said as a day, the days per period', () => {
  it('multiplies the people per day by the days a week', () => {
    expect(vol('on a normal race day we have about forty riders and every one of them signs a waiver, and we run races three days a week'))
      .toBe(perMonth(120, WEEK));
  });

  it('keeps a plain day a period', () => {
    expect(vol('on a typical day we have about forty riders and every one of them signs a waiver')).toBeNull();
  });
});

describe('volume: a season with its months said as a span', () => {
  it('spreads things over the season "which runs" between two months', () => {
    expect(vol('every picker we take on signs a work agreement, and we take on about six hundred pickers over the season, which runs june to september'))
      .toBe(150);
  });

  it('reads the season said first with its months after it', () => {
    expect(vol('every diver signs a liability release before the boat goes out, and in the high season, november to february, we see maybe twelve hundred divers'))
      .toBe(300);
  });

  it('reads nothing with no length', () => {
    expect(vol('every diver signs a liability release before the boat goes out, and in the high season we see maybe twelve hundred divers'))
      .toBeNull();
  });
});

describe('volume: the period said first', () => {
  it('reads a closing verb after a period adverb, the document said for each thing', () => {
    expect(vol('we draft the sale agreement for every plot, and monthly we are closing around thirty plots')).toBe(30);
  });

  it('reads "each time" after the count as the period again', () => {
    expect(vol('payroll runs every week, so about ninety timesheets each time')).toBe(perMonth(90, WEEK));
    expect(vol('every fortnight we send around one hundred and twenty payslips each time')).toBe(perMonth(120, FORTNIGHT));
  });

  it('quotes the whole count', () => {
    expect(quote('purchase orders, per annum we are doing approximately thirty six hundred')).toBe(
      'per annum we are doing approximately thirty six hundred',
    );
    expect(quote('we send the waivers once a year to all nine hundred riders')).toBe('send the waivers once a year to all nine hundred riders');
  });
});

describe('volume: a term said before who signs', () => {
  it('spreads the signers per term over the terms in a year', () => {
    expect(vol('every term the guardians sign the field trip consent form, like two hundred and forty students, and we have three terms a year'))
      .toBe(60);
    expect(vol('every term di parents go sign the trip form, like four hundred pupils, and we get three terms for one year')).toBe(100);
  });

  it('reads nothing without the terms in a year', () => {
    expect(vol('every term the guardians sign the field trip consent form, like two hundred and forty students')).toBeNull();
  });
});

describe('volume: things per period with one document each', () => {
  it('reads a population that turns over once a year, one document each', () => {
    expect(vol('we look after about four hundred and eighty flats, and every flat turns over maybe once a year, one tenancy agreement each'))
      .toBe(40);
  });

  it('reads terms of engagement as the document each temp signs', () => {
    expect(vol('every contractor signs their terms of engagement before day one, we are putting through about twenty new contractors a week'))
      .toBe(perMonth(20, WEEK));
  });

  it('reads units sold per period as one set of the documents named', () => {
    expect(vol('the purchase agreements and the deposit forms for the buyers. we are selling maybe two hundred and forty homes a year')).toBe(20);
    expect(vol('we are selling maybe two hundred and forty homes a year')).toBeNull();
  });
});

describe('volume: another document as a share of the first', () => {
  it('adds half or twice the count when a document is named for it', () => {
    expect(vol('per year we are doing about twelve hundred leases and maybe half that in the renewals')).toBe(150);
    expect(vol('we send about forty NDAs a month and twice that in sales contracts')).toBe(120);
  });

  it('adds nothing for a share of something else', () => {
    expect(vol('we send about forty NDAs a month and twice that in the summer')).toBe(40);
  });
});
