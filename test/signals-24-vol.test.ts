/**
 * Volume readings for rates said across sentences and clauses: a rate per unit in the sentence after the document, one
 * document each said with "one", the period said first, terms or intakes counted before the count per term, signers per
 * thing, a season's length said before or after its count, and new people per period with their papers named
 * (lib/signals/README.md, monthly_volume conventions).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;
const perMonth = (v: number, f: number) => Math.round(v * f * 100) / 100;
const WEEK = 52 / 12;
const DAY = 21.7;

describe('volume: a rate per unit in the sentence after the document', () => {
  it('multiplies the rate each unit states by the units counted', () => {
    expect(vol('we run twelve vans. for every drop the driver collects a delivery note. each van does about four drops a day'))
      .toBe(perMonth(48, DAY));
    expect(vol('we have twenty five rigs, and for every load the driver gets a signed bill of lading. each rig does two loads a week'))
      .toBe(perMonth(50, WEEK));
  });
});

describe('volume: one document each, said with "one"', () => {
  it('reads "one" as one per thing, not one in all', () => {
    expect(vol('we have about nine hundred members and every member signs one waiver once a year')).toBe(75);
    expect(vol('every season we take on about two hundred players and each player must sign one registration form')).toBeNull();
    expect(vol('each year we get about four hundred and eighty volunteers and every volunteer has to sign one code of conduct form'))
      .toBe(40);
  });

  it('keeps "one" as the rate of each person counted', () => {
    expect(vol('there are ten reps and each rep sends one contract a day')).toBe(perMonth(10, DAY));
  });
});

describe('volume: the period said first', () => {
  it('reads a short answer with "odd" after the count', () => {
    expect(vol('monthly? about forty odd')).toBe(40);
    expect(vol('weekly, like thirty odd.')).toBe(perMonth(30, WEEK));
    expect(vol('weekly? like sixty odd people')).toBeNull();
  });

  it('reads "send out" before the count per term', () => {
    expect(vol("it's the consent forms. per term we'd send out about three hundred and there's four terms")).toBe(100);
  });

  it('spreads a count per intake over the intakes said before it', () => {
    expect(vol('we run three intakes a year, and per intake around two hundred application forms come in')).toBe(50);
    expect(vol('there are two semesters, and each semester maybe nine hundred registration forms')).toBe(150);
  });
});

describe('volume: one document per thing, the things counted again as "of them"', () => {
  it('takes the count of those things per period', () => {
    expect(vol('we look after about four hundred flats, one tenancy agreement per flat, and maybe a hundred and twenty of them turn over each year'))
      .toBe(10);
  });
});

describe('volume: signers per thing', () => {
  it('multiplies the things per period by the signers each has', () => {
    expect(vol('we run about six tours a month and each tour has got twelve riders, and every rider signs a waiver')).toBe(72);
    expect(vol("we do about twenty installs a week and each install's got three contractors, and every contractor signs a work order"))
      .toBe(perMonth(60, WEEK));
  });

  it('does not multiply when the people each thing has do not sign', () => {
    expect(vol('we start about ten new jobs a month and each job has got four labourers, and every job signs a contract')).toBe(10);
  });
});

describe('volume: a season with its length', () => {
  it('spreads a count said after the season\'s length over it', () => {
    expect(vol('the program runs about four months over winter and we get maybe eight hundred skiers through, and every skier signs a waiver'))
      .toBe(200);
  });

  it('reads no count when the things counted do not carry the document', () => {
    expect(vol('the camp runs about three months over summer and we get maybe four hundred kids through, the staff sign contracts')).toBeNull();
  });

  it('spreads a bare count per summer over the summer\'s length, a document named', () => {
    expect(vol("it's the release forms for the summer league. we'd get about twelve hundred a summer, and summer's basically three months"))
      .toBe(400);
  });

  it('reads no bare count per summer with no document named', () => {
    expect(vol("we'd get about twelve hundred a summer, and summer's basically three months")).toBeNull();
  });
});

describe('volume: new people per period with their papers named', () => {
  it('reads one set of papers per new starter', () => {
    expect(vol('roughly twenty new joiners a month, the offer letters and all that')).toBe(20);
    expect(vol('about forty new starters a quarter, and the employment contracts are on paper')).toBe(perMonth(40, 1 / 3));
  });

  it('reads no volume without the papers', () => {
    expect(vol('about fifteen new starters a month, it is a busy place')).toBeNull();
  });
});
