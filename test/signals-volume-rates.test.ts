/**
 * Volume readings for a period said before its count, for things whose documents are named for them, and for a rate
 * each role states with the role counted by its two-word name (lib/signals/README.md, monthly_volume conventions).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;
const perMonth = (v: number, f: number) => Math.round(v * f * 100) / 100;
const DAY = 21.7;
const WEEK = 52 / 12;

describe('volume: the period said before the count', () => {
  it.each<[string, number]>([
    ['the delivery notes, per year we are doing roughly thirty six hundred, all on paper', 300],
    ['for the quotes, per quarter we are sending around ninety, ninety five', perMonth(92.5, 1 / 3)],
    ['per week we are getting around forty bookings, each booking is having one rental agreement', perMonth(40, WEEK)],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });

  it('spreads a count per term or intake over the terms in a year said elsewhere', () => {
    expect(vol("the enrolment forms, there's three terms, and per term we'd send maybe three hundred")).toBe(75);
    expect(vol('the application forms, per intake we are getting around twelve hundred, and there are two intakes per year')).toBe(200);
  });

  it('reads no bare count after the period when no document is named', () => {
    expect(vol('per year we are doing about forty, it has been a good run')).toBeNull();
  });
});

describe('volume: things that each carry a document, named with it', () => {
  it.each<[string, number]>([
    ['the rental agreement for every van we hire out, we hire out about thirty vans a week', perMonth(30, WEEK)],
    ['the welcome paperwork for each new tenant, and we take on about fifteen new tenants a month', 15],
    ['we need the student enrolment packs signed, we enrol, like, forty, fifty students a month', 45],
    ['every crate that comes off the boat gets a tally sheet, we land about two hundred crates a day', perMonth(200, DAY)],
    ['every job needs one signed before we start, and we do about sixty jobs a month', 60],
    ['we sell maybe twenty boats a month, each with its own bill of sale', 20],
    ['every rider signs a waiver, we run about ten rides a month with about thirty riders each ride', 300],
    ['we do about fifteen n d a\'s a month', 15],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });

  it('reads "is having" as carrying the document', () => {
    expect(vol('every container is having a packing list and an invoice, so two per container, and we move around eighty containers monthly'))
      .toBe(160);
  });
});

describe('volume: a rate each role states, the role counted by its two-word name', () => {
  it('multiplies by that role only, not by the whole team', () => {
    expect(vol("the claims handlers, we've got six, and the assessors, another three, and each claims handler sends like four claim forms a week"))
      .toBe(perMonth(24, WEEK));
  });

  it('reads the units counted before "each <unit>" with a hedge before the rate', () => {
    expect(vol('we have about twenty depots, and each depot is doing approximately thirty delivery notes per day')).toBe(perMonth(600, DAY));
  });
});

describe('volume: things per term or season whose documents are named for them', () => {
  it.each<[string, number]>([
    ['the rental contracts for the holiday cottages, we let about sixty cottages each season and the season is four months', 15],
    ['the consent forms for the volunteers, we run about ten trials a term, each with about twelve volunteers, and three terms a year', 30],
    ['every camper needs a medical form signed, we have about three hundred campers in the summer and camp runs three months', 100],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: one document per thing, said after the document', () => {
  it('reads the things per period as the documents', () => {
    expect(vol('about five hundred plots, and it is the allotment agreements, one per plot, and about a hundred and twenty plots change hands every year'))
      .toBe(10);
  });

  it('counts one thing each unit does per period, the thing carrying a document', () => {
    expect(vol('every delivery the client wants a signed proof of delivery, and we have about thirty routes and each one does a delivery a day'))
      .toBe(perMonth(30, DAY));
  });
});

describe('volume: corrections, spans, hires and answers', () => {
  it('reads the corrected count before a period', () => {
    expect(vol('every guest signs the house rules, and over the whole site it is about nine, no, twelve thousand a year')).toBe(1000);
  });

  it('spreads a bare count over a span of months when a document is named', () => {
    expect(vol('in spring we send the renewal notices, roughly 900 between march and may, and chase them all')).toBe(300);
  });

  it('reads "approx" as a hedge before a rate of hires with their papers named', () => {
    expect(vol('we are hiring approx 60 graduates every quarter and the offer letters go by email')).toBe(20);
  });

  it('multiplies things per period by the people each one is, when everyone signs', () => {
    expect(vol('every climber signs a waiver before the climb, we run about twenty trips a month and each trip is about six people')).toBe(120);
  });

  it('reads a short answer with hedges around it', () => {
    expect(vol("i'd say three to four hundred a month, give or take")).toBe(350);
  });
});

describe('volume: each thing with its document, said loosely', () => {
  it.each<[string, number]>([
    ['every delivery, the customer signs a delivery note, and we run around forty deliveries a day', perMonth(40, DAY)],
    ['every job we send the client a works contract, maybe twelve jobs a week', perMonth(12, WEEK)],
    ['every sample the courier collects a custody form, about thirty samples a day', perMonth(30, DAY)],
    ['every child going on the residential trip signs a consent, about ninety children a year', 7.5],
    ['around sixty members join each quarter, each fills a membership form', 20],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });

  it('multiplies the rate each counted worker states by their count said anywhere', () => {
    expect(vol('every repair needs a signed work order, the electricians each do about two repairs a day, we have six electricians'))
      .toBe(perMonth(12, DAY));
  });

  it('multiplies things per period by the people each has, said after the rate', () => {
    expect(vol('every trainee signs a code of conduct form, and we run about five workshops a week with eight trainees each')).toBe(perMonth(40, WEEK));
  });

  it('reads documents per thing said after the document, with the things per period', () => {
    expect(vol('what we sign most is purchase orders, roughly ten per project and we run three projects a month')).toBe(30);
    expect(vol('about 120 flats change hands every year, one tenancy agreement each')).toBe(10);
  });

  it('spreads things counted over the months they come in', () => {
    expect(vol('every camper signs a site agreement, about three hundred campers over the summer, and that is over four months')).toBe(75);
    expect(vol('every grower we buy from signs a supply contract, about ninety growers, and the season is about three months')).toBe(30);
  });

  it('reads a count per term with the terms said before it', () => {
    expect(vol('there are two terms, and we send about four hundred consent forms a term')).toBe(perMonth(800, 1 / 12));
  });

  it('keeps the present figure over a hoped-for one', () => {
    expect(vol('we send about twenty quotes a week, if the big tender comes through it could be sixty a week')).toBe(perMonth(20, WEEK));
  });

  it('reads the rate in the next sentence when it starts with "we"', () => {
    expect(vol('every tenant signs a parking permit. we do about fifteen move-ins a month')).toBe(15);
  });

  it('multiplies a rate said after documents per thing that another thing carries', () => {
    expect(vol('every buyer signs an offer and a disclosure, so two per sale, and we close about ten sales a month')).toBe(20);
  });

  it('reads no count from a phone number read out digit by digit', () => {
    expect(vol('ring me on six one three, two two two, nine eight seven one, we send about forty leases a month')).toBe(40);
    expect(vol('ring me on six one three, two two two, nine eight seven one, thanks')).toBeNull();
  });

  it('reads the document named before the things that each carry it, and what the product is only for', () => {
    expect(vol('the agreement every new driver signs with us, we take on about twenty new drivers a month')).toBe(20);
    expect(vol('every parcel gets a scan, about ten thousand parcels a day. but we want it only for the lease, the contract each franchisee signs, ' +
      'around six new franchisees a month')).toBe(6);
  });

  it('spreads hyphenated things over the season and reads variations as documents', () => {
    expect(vol('every grower co-op signs a supply contract before the harvest, we have about sixty co-ops and the harvest season runs about four months'))
      .toBe(15);
    expect(vol('there are four foremen and each one raises about two variations a week')).toBe(perMonth(8, WEEK));
  });

  it('reads a document per thing per other thing with both counted', () => {
    expect(vol('we have about eighty pupils and it is a permission slip per pupil per outing, about three outings a month')).toBe(240);
  });
  it('reads a period adverb said before the count, and a spoken decimal before a scale', () => {
    expect(vol('yearly we sign roughly twelve hundred leases')).toBe(100);
    expect(vol('per annum, about three thousand tenancy agreements')).toBe(250);
    expect(vol('the claim forms, weekly it is coming around ninety across all the depots')).toBe(perMonth(90, WEEK));
    expect(vol('purchase orders, monthly it is about two point five thousand')).toBe(2500);
    expect(vol('we bill monthly, about 300 customers')).toBeNull();
  });

  it('reads things counted after the period when a document is sent or taken for each', () => {
    expect(vol('for every shipment we are sending a delivery note, per week we are getting around forty shipments')).toBe(perMonth(40, WEEK));
    expect(vol('we take a consent form for the procedure, monthly we are doing roughly sixty procedures')).toBe(60);
  });
  it('reads "there\'s" and "of them" around a count per term said first, and "each one" before the terms in a year', () => {
    expect(vol('the enrolment forms, every semester there are, um, about three hundred of them, and there are two semesters')).toBe(50);
    expect(vol('about sixty pupils join each term, each one signs a learning agreement, and there are three terms a year')).toBe(15);
  });
  it('reads payslips as documents, the corrected period said a clause before the count', () => {
    expect(vol('every month, sorry, every quarter we close the books and we send around six hundred payslips to the crews')).toBe(200);
  });
  it('spreads a count said after "in that season" over the season\'s length', () => {
    expect(vol('the season is from june to august, and in that season we are doing around ninety charters, every charter signs a damage waiver'))
      .toBe(30);
    expect(vol('the season\'s four months and in the season we are doing about two hundred rental contracts')).toBe(50);
    expect(vol('in the season we are doing about two hundred rental contracts')).toBeNull();
  });
});
