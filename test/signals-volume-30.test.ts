/**
 * Volume readings for rates times people counted per unit, documents per thing with seasons and "so two each", counts per
 * term with the terms said first, days worked a week after a place, spoken ranges and corrections
 * (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: documents per thing said after the things', () => {
  it.each<[string, number]>([
    // no period word: the season's count times two per thing
    ['in the busy season, that is may to august, we get about four hundred riders, and each rider signs a waiver and a photo release, so two per rider', 200],
    ['every bride signs a booking contract and a payment schedule, so two per wedding, and we shoot about thirty weddings a season, '
      + 'thirty five last season, and the season runs may through september', 12],
    // the thing said with more words after "every", sent by "we"
    ['for every new retainer client we send one engagement letter and one fee schedule, so two per client, and we sign maybe twelve clients a month', 24],
    // "so two each"
    ['every new tenant gets a lease and an inventory form when they move in, so two each, and we sign up about thirty new tenants a month', 60],
    ['every applicant we send abroad signs an employment contract and a travel undertaking, so two each, and monthly we are deploying around eighty workers', 160],
  ])('%s', (text, n) => {
    expect(vol(text)).toBeCloseTo(n, 1);
  });
});

describe('volume: a rate each person states times the people counted per unit', () => {
  it.each<[string, number]>([
    ['we run eight depots, the loan agents, each depot has two, no, three loan agents, so twenty four altogether. '
      + 'each loan agent is doing about six loans a week, and every loan has one loan agreement', 24 * 6 * 52 / 12],
    ['every visitor coming for the free eye screening signs a consent form, and each centre sees about twenty visitors a week, '
      + 'we have nine centres', 9 * 20 * 52 / 12],
  ])('%s', (text, n) => {
    expect(vol(text)).toBeCloseTo(n, 1);
  });
});

describe('volume: counts per term or season said with their year or length elsewhere', () => {
  it.each<[string, number]>([
    ['we are a dance academy, it is four terms a year, and every pupil signs a registration form, we have about a hundred and twenty pupils a term', 40],
    ['every season we sign grazing agreements with the local farmers, around a hundred and eighty of them, and the season runs about six months', 30],
  ])('%s', (text, n) => {
    expect(vol(text)).toBeCloseTo(n, 1);
  });
});

describe('volume: a count per day with the days worked after a place or "of those"', () => {
  it.each<[string, number]>([
    ['every pickup has a delivery note, and we do about sixty pickups a day between the three vans, six days a week', 60 * 6 * 52 / 12],
    ['each guest signs a check in form, and daily we are doing about eighty of those across the hotels, seven days a week', 80 * 7 * 52 / 12],
  ])('%s', (text, n) => {
    expect(vol(text)).toBeCloseTo(n, 1);
  });
});

describe('volume: things signed once a year, counted after with "of them"', () => {
  it('takes the count after the renewal, not the wider pool before it', () => {
    expect(vol('we buy from about six hundred small farms and co-ops. each co-op renews a supply contract with us once a year, and we have about three hundred of them now'))
      .toBeCloseTo(25, 1);
  });
});

describe('volume: spoken ranges and corrections', () => {
  it.each<[string, number]>([
    ['hmm, twenty, maybe twenty five engagement letters a month', 22.5],
    ['every job has a works order, we do about thirty jobs a week out of the two yards, no, more like thirty five', 35 * 52 / 12],
  ])('%s', (text, n) => {
    expect(vol(text)).toBeCloseTo(n, 1);
  });
});

describe('volume: hires with their papers', () => {
  it('reads new people a month with appointment letters named', () => {
    expect(vol('before the summer we hire around forty seasonal pickers a month, each one gets an appointment letter')).toBeCloseTo(40, 1);
  });
});
