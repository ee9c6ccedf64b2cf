import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;

describe('monthly volume: a period said first with "i am"', () => {
  it('reads "monthly i am getting <count> new clients" with the document each signs', () => {
    expect(vol('every new patient fills in a registration form, and monthly i am getting around ten to twelve new patients')).toBe(11);
  });
  it('keeps an earlier count of other things out of it', () => {
    expect(vol('i look after three, four dentists and every new client signs a service agreement, and monthly i am seeing about six new clients')).toBe(6);
  });
});

describe('monthly volume: people counted, then "each one signs"', () => {
  it('reads people per week who each sign a document as one document each', () => {
    expect(vol('every week we get maybe eight new people, each one signs a waiver at the front desk')).toBe(34.67);
  });
  it('reads patois "mi get ... each one sign di <document>"', () => {
    expect(vol('every month mi get like ten new students, each one sign di enrolment form')).toBe(10);
  });
  it('still reads a rate each person sends', () => {
    expect(vol('the reps, each one sends about ten quotes a week, and there\'s four of them')).toBe(173.33);
  });
});

describe('monthly volume: documents per thing said inside one reading', () => {
  it('multiplies things per month said after "so two per <thing>" under another name', () => {
    expect(vol('every job the customer signs a quote and a completion form, so two per job, and we do maybe twelve kitchens a month')).toBe(24);
  });
  it('multiplies a corrected count of starters after "so two each"', () => {
    expect(vol('every new cleaner signs the contract and the site induction, so two each, and we take on like ten new cleaners a month, ' +
      'no, more like fifteen')).toBe(30);
  });
});

describe('monthly volume: one document per thing', () => {
  it('reads "every <thing> is one <document>" after the things per period as one each', () => {
    expect(vol('we do about thirty six jobs a year, and every job is one service contract')).toBe(3);
  });
  it('reads "one <document> per <thing> a year" with the things held', () => {
    expect(vol('we own twelve garages, and every tenant signs a licence agreement, so one new agreement per garage a year')).toBe(1);
  });
  it('reads a bare count "a <thing>" after the document, times the things per period', () => {
    expect(vol('every guest signs a waiver, maybe twelve a tour, and we run about fifteen tours a month')).toBe(180);
  });
});

describe('monthly volume: new engagements', () => {
  it('reads new engagements per month as engagement letters', () => {
    expect(vol('the partners sign the engagement letters and we take on about eight new engagements a month')).toBe(8);
  });
});

describe('monthly volume: "me and the N <people> each"', () => {
  it('counts the caller with the people named before "each"', () => {
    expect(vol('it\'s me, my sister on saturdays and three lads, and me and the three lads each write about two quotes a week')).toBe(34.67);
  });
});

describe('monthly volume: a period first, what each signs, then who counts', () => {
  it('reads "every month each client approves the tax return, around N clients" once per client', () => {
    expect(vol('every month each client approves the vat return before we submit it, around forty clients')).toBe(40);
  });
  it('reads "every week each <person> signs a <document>, about N <people>"', () => {
    expect(vol('every week each volunteer signs a timesheet, about fifteen volunteers')).toBe(65);
  });
});

describe('monthly volume: people taken on with a place or time before "each one signs"', () => {
  it('spreads seasonal hires said "for the harvest" over the season, two each', () => {
    expect(vol('every season we hire maybe sixty pickers for the harvest, and each one signs a contract and a safety form, so two each, ' +
      'and the season is september to november')).toBe(40);
  });
  it('reads people per week "in the climbing gym, each one signs a waiver"', () => {
    expect(vol('every week we get maybe eight new people in the climbing gym, each one signs a waiver at the desk')).toBe(34.67);
  });
});
