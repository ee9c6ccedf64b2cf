import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;

describe('volume: carried documents and corrections (holdout 34/35 kinds)', () => {
  it('reads transport and division orders as documents', () => {
    expect(vol('every shipment we send the haulier a transport order, and we do about two hundred shipments a month')).toBe(200);
    expect(vol('we mail out roughly six hundred division orders a quarter')).toBe(200);
  });
  it('takes a carried document with one word before it and no article', () => {
    expect(vol('every client who books a session signs written consent, and we see around forty clients a week')).toBeCloseTo(173.33, 1);
  });
  it('takes "there is" as carrying a document', () => {
    expect(vol('every bike we sell there is the sale contract, and monthly we sell around fifty bikes')).toBe(50);
  });
  it('takes a document someone does or writes up for each thing', () => {
    expect(vol('every trailer that arrives, the yard clerk does a check-in report and the driver signs the delivery note, ' +
      'so that\'s two per trailer, and we handle about three hundred trailers a month')).toBe(600);
  });
  it('multiplies the things per person said with "every new ..." by the documents per person', () => {
    expect(vol('we hire like twenty new drivers per month, and for every new driver there is the employment contract, the policy ' +
      'sign-off and the vehicle form, so three documents per person')).toBe(60);
  });
  it('takes the count of a role said by its initials', () => {
    expect(vol('the account managers, we are ten, and the sales executives, another three. each s e sends like two quotes a week')).toBe(26);
  });
  it('reads "in season" with its months before the count', () => {
    expect(vol('in season, that\'s april to september, we do around three hundred trips, and every trip we send the client a booking form')).toBe(50);
  });
  it('keeps a correction said with "perdón"', () => {
    expect(vol('we sign like eighty contracts a month, no, perdón, ninety')).toBe(90);
  });
  it('spreads "N of them" over a month span after the documents', () => {
    expect(vol('every grower signs a marketing agreement, and between march and may we sign about six hundred of them')).toBe(200);
  });
  it('reads "every year" with the document first and who signs it counted after', () => {
    expect(vol('every year the members renew the membership form, roughly six hundred members')).toBe(50);
  });
});
