import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;

describe('monthly volume: a longer thing before what it signs', () => {
  it('reads a thing said with a clause, then the signer and a modal', () => {
    expect(vol('every dog that come in for grooming the owner must sign a release form, and we do like twenty groomings a week')).toBe(86.67);
  });
});

describe('monthly volume: the period said first, in other words', () => {
  it('reads Singlish "one month we handle" things that carry documents', () => {
    expect(vol('every booking the customer must sign the rental agreement lah. one month we handle about ninety bookings')).toBe(90);
  });
  it('reads "we does" after a season said with its span', () => {
    expect(vol('every tour the guest sign a waiver and a booking form, so two per tour. in the busy season, that\'s june to september, we does about two hundred tours')).toBe(100);
  });
  it('reads "every <month>" as once a year, with "each one" after the people hired', () => {
    expect(vol('every june we hire maybe sixty seasonal pickers and each one signs the work contract and the safety induction, so two per picker')).toBe(10);
  });
  it('does not read "in one month" as a period', () => {
    expect(vol('in one month we lost three contracts to a competitor')).toBeNull();
  });
});

describe('monthly volume: rates each role states', () => {
  it('takes the role count for "every <role> places"', () => {
    expect(vol('the advisers, there are six. every adviser sends maybe three proposals a week and each client signs the engagement letter')).toBe(78);
  });
  it('does not read "for every consultant we place" as a rate per person', () => {
    expect(vol('the recruiters, there\'s eight. for every consultant we place we send an offer letter, and monthly we are placing around forty consultants')).toBe(40);
  });
  it('reads offers as documents', () => {
    expect(vol('the two estimators each send about ten offers a week to homeowners')).toBe(86.67);
  });
});

describe('numbers: Spanish cardinals in Spanglish', () => {
  it('reads "doce" as twelve in a population that signs once a year', () => {
    expect(vol('we have the service contract with each hotel, like doce hotels, and they sign it once a year')).toBe(1);
  });
  it('reads "treinta" as thirty in a rate', () => {
    expect(vol('we send like treinta quotes a week, más o menos')).toBe(130);
  });
  it('leaves "once" (English) alone', () => {
    expect(vol('once a month we send the invoices')).toBeNull();
  });
});

describe('monthly volume: people per thing said with "every <thing>" first', () => {
  it('multiplies the signers per day by the days per period, keeping a correction', () => {
    expect(vol('every race day we have maybe sixty riders and every one of them signs a waiver, and we run like two days a month, no wait, three days a month')).toBe(180);
  });
  it('multiplies the signers per thing by the things per period', () => {
    expect(vol('every gig we have about five musicians and every one of them signs a release, and we play eight gigs a month')).toBe(40);
  });
  it('does not multiply by people each thing has who are not said to sign', () => {
    expect(vol('we open about eight new sites a month and each site has got six cleaners, and every site signs a service contract')).toBe(8);
  });
});

describe('monthly volume: what is signed with whom, then a trailing count', () => {
  it('reads "every month we sign the <document> with <whom>, maybe N"', () => {
    expect(vol('every month we sign the lease with new tenants, maybe thirty, and the deposits go to the bank')).toBe(30);
  });
  it('reads the caller\'s own word for the document after "sign"', () => {
    expect(vol('every week we sign the mandat with new sellers, about ten')).toBe(43.33);
  });
  it('needs the verb to be "sign"', () => {
    expect(vol('every month we meet the owners with the new dogs, maybe fifteen')).toBeNull();
  });
});

describe('monthly volume: documents per placement', () => {
  it('doubles the people placed per period for "so two per placement"', () => {
    expect(vol('for every nurse we place we send a placement letter and a timesheet agreement, so two per placement, and monthly we are placing around thirty nurses')).toBe(60);
  });
});
