/**
 * Volume readings for rates each person or unit states, and for things that each carry a document: the people's count
 * said before their "each" or the units' count said anywhere, a document per thing said with "a", a spoken denial of a
 * count, and counts per term, season or span spread over it (lib/signals/README.md, monthly_volume conventions).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;
const perMonth = (v: number, f: number) => Math.round(v * f * 100) / 100;
const DAY = 21.7;
const WEEK = 52 / 12;

describe('volume: a rate each, with the count of those who each state it', () => {
  it.each<[string, number]>([
    ['the plumbers, there are nine, each write about three quotes a day', perMonth(9 * 3, DAY)],
    ['the tellers, there are eight, and each opens about five new accounts a week, and every new account has an account form',
      perMonth(8 * 5, WEEK)],
    ['the planners, there are six, sorry, seven now, each handle about four supplier orders a month, and every order has a purchase contract', 28],
    ['the field officers, there are thirty across the region, and each one signs up maybe ten growers a quarter on a grower agreement', 100],
  ])('the count said before "each": %s', (text, n) => {
    expect(vol(text)).toBe(n);
  });

  it('multiplies by the units named after "each", counted anywhere', () => {
    expect(vol('the depot runs forty vans and every drop has a delivery note signed, each van does about three drops a day')).toBe(perMonth(120, DAY));
    expect(vol("each fitter does about four jobs a day and there's twelve fitters, and every job's got a job sheet")).toBe(perMonth(48, DAY));
  });

  it('reads no multiplier from the rate itself or from a count per intake', () => {
    expect(vol('only the three brokers would send, about ten each a month')).toBe(30);
    expect(vol("the five of us in admissions send about 300 offer letters each intake and there's three intakes a year")).toBe(75);
  });

  it('reports no total for a rate each with no count of them, and reads "each" about documents as no rate each', () => {
    expect(vol('the estimators each raise about two quotes a day')).toBeNull();
    expect(vol('we send about 200 contracts a month and each gets about two reminders a week')).toBe(200);
  });
});

describe('volume: one document per thing said with "a"', () => {
  it('reads the things per period; "between them" is the total', () => {
    expect(vol('the shift leads, four of them, fill in a handover sheet per shift, about twelve shifts a week between them')).toBe(52);
  });

  it('multiplies a rate said with "each" after it by the people', () => {
    expect(vol('the couriers, thirty of them, get a signature from every address they drop at, about twenty addresses a day each'))
      .toBe(perMonth(30 * 20, DAY));
  });

  it('needs the things counted per period', () => {
    expect(vol('we fill in a handover sheet per shift')).toBeNull();
  });
});

describe('volume: a denied count before the caller\'s', () => {
  it('keeps the count said after "not N,"', () => {
    expect(vol('we load, sorry, not thirty, forty-five vans a day, and each van gets a delivery note')).toBe(perMonth(45, DAY));
  });

  it('still reads "thirty, forty" as a range', () => {
    expect(vol('we send thirty, forty contracts a week')).toBe(perMonth(35, WEEK));
  });
});

describe('volume: things that each carry a document, counted as themselves', () => {
  it('prefers the count of the very things that carry it', () => {
    expect(vol('we ship about two thousand parcels a month, and every pallet has a packing note signed, there are about eighty pallets a month')).toBe(80);
  });

  it('reads "each one\'s a <document>" after a long count phrase, and a thing said with its own clause', () => {
    expect(vol("we issue about three hundred market stall and street food licences a year, each one's an application")).toBe(25);
    expect(vol('every stall we book signs a pitch agreement, we do about forty-eight stalls a year')).toBe(4);
  });

  it('reads the things counted after the document they all sign, the period last', () => {
    expect(vol('the drivers all sign a contractor agreement, there are about forty-eight drivers and they re-sign once a year')).toBe(4);
  });

  it('reads one document sent to each recipient with the period said first', () => {
    expect(vol('we send the lease renewals once a year to all four hundred and eighty tenants')).toBe(40);
  });
});

describe('volume: a population with a document each term, season or few months', () => {
  it.each<[string, number]>([
    ['the nursery has about a hundred and twenty children, and every child\'s parent signs a consent form each term, and we do three terms', 30],
    ['about three hundred players, and every player signs a registration form when they sign on, which is once a season, and the season\'s about six months', 50],
    ['we supply about sixty shops and each shop signs a stocking agreement, renewed every three months', 20],
    ['each semester we enrol around sixty new lodgers, every one of them has a tenancy contract, two semesters a year', 10],
    ['each of the six tutors signs up about ten new pupils a term and every pupil\'s parent fills in an enrolment form, and there\'s three terms', 15],
  ])('%s → %d', (text, n) => {
    expect(vol(text)).toBe(n);
  });

  it('reads no volume from the terms in a year alone', () => {
    expect(vol('every student has a contract, three terms a year')).toBeNull();
  });
});

describe('volume: documents per thing, renewals and a count of each', () => {
  it('reads things per period "on <documents>" without an article', () => {
    expect(vol('the loan officers, there are twelve of them, each sign up about eight members a week on membership forms')).toBe(perMonth(96, WEEK));
  });

  it('reads "every <thing> is a <document>" with the things per period after it', () => {
    expect(vol('every new booking is a hire agreement, maybe sixty new bookings a month')).toBe(60);
  });

  it('reads things counted, then their documents renewed per period', () => {
    expect(vol("we've about 900 tenants and the leases renew once a year")).toBe(75);
  });

  it('multiplies "N of each" by the documents listed before it, and is no rate each person', () => {
    expect(vol('we send quotes and purchase orders, roughly 25 of each a week')).toBe(perMonth(50, WEEK));
    expect(vol('just quotes, roughly 25 of each a week')).toBeNull();
  });
});

describe('volume: counts of the people or things said away from their rate or document', () => {
  it('takes the count said after the role for a rate each one states', () => {
    expect(vol("the estimators, there's four, plus the office manager, each estimator prices maybe five jobs a week and every job has a quote"))
      .toBe(perMonth(20, WEEK));
  });

  it('takes the last role counted before "each" when the word after it is an abbreviation', () => {
    expect(vol('we have twenty engineers but only three account execs, and they send MSAs, each AE maybe six a month')).toBe(18);
  });

  it('reads enrolments per intake and timesheets per fortnight as documents', () => {
    expect(vol("we take about ninety enrolments per intake and there's three intakes a year")).toBe(22.5);
    expect(vol("every fortnight there's maybe sixty timesheets to approve")).toBe(perMonth(60, 26 / 12));
  });

  it('reads a range said with "between" as its midpoint', () => {
    expect(vol('we do somewhere between two and three hundred a month, roughly speaking')).toBe(250);
  });

  it('spreads a population over the terms or the season when the document is signed at its start', () => {
    expect(vol('we have about five hundred growers, and every grower signs a supply contract at the start of the season, and the season runs about five months'))
      .toBe(100);
    expect(vol('roughly two hundred students a term, and the parents sign a permission slip every term, there are three terms a year')).toBe(50);
  });

  it('counts the things each signer stands for, not a nearer count of staff', () => {
    expect(vol("about six hundred riders on the books, and the eight coaches and me run it, every rider's guardian signs a waiver each term, " +
      'two terms a year')).toBe(100);
  });

  it('reads "every <adjective> <thing> <clause> signs" with the things counted after', () => {
    expect(vol('every retail store we stock signs a distribution agreement once a year, and we have about sixty stores on the list')).toBe(5);
  });
});

describe('volume: documents per thing and things per thing', () => {
  it('multiplies the things per period by the documents each carries, said after them', () => {
    expect(vol('we run about a hundred and fifty jobs a month and each job has a work order and a completion certificate, so two per job'))
      .toBe(300);
    expect(vol('the club hosts tournaments, maybe sixty a year, and each tournament has an entry form and a venue contract, so two documents a tournament'))
      .toBe(10);
  });

  it('multiplies nothing by a count per person said after a rate each', () => {
    expect(vol('each rep sends around three a day and we have four reps, so two per rep on a slow day')).toBe(perMonth(12, DAY));
  });

  it('reads a count per thing said first with the things per period', () => {
    expect(vol('at a typical wedding there are about eighty guests and every one of them signs a photo release, and we do around four weddings a month'))
      .toBe(320);
  });

  it('reads a vague count that leads the answer, as the caller refines it', () => {
    expect(vol('a couple hundred a week, um, i would say about two hundred and forty')).toBe(perMonth(240, WEEK));
  });

  it('multiplies nothing when the things per thing carry no document', () => {
    expect(vol('at a typical site there are about twelve workers, and we open around three sites a month, and we sign maybe forty contracts a month'))
      .toBe(40);
  });
});

describe('volume: documents per counted thing said as "each one", and a corrected period', () => {
  it('multiplies things counted before "each one has" by the documents per thing', () => {
    expect(vol('we ship about sixty pallets a month, each one has a delivery note and a packing list, so two per pallet')).toBe(120);
  });

  it('reads a count restated with its corrected period', () => {
    expect(vol('roughly thirty a month, sorry, a week, thirty a week, in the shop')).toBe(perMonth(30, WEEK));
  });

  it('spreads things counted over a summer across the season said after it', () => {
    expect(vol('each camper fills in a site form, and we get about three hundred campers over the summer, and the summer season is three months'))
      .toBe(100);
  });

  it('spreads a count per season over the year when the signers and their documents sit between', () => {
    expect(vol('the coaches, about twelve of them, sign coaching agreements each season, three seasons a year')).toBe(3);
  });
});
