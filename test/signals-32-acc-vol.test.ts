/**
 * Volume readings from the holdout32/33 kind of turn: a rate each unit states times the units, said around a carried
 * document (lib/signals/README.md, monthly_volume conventions).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;
const perMonth = (v: number, f: number) => Math.round(v * f * 100) / 100;
const WEEK = 52 / 12;

describe('volume: a rate each unit states, times the units', () => {
  it.each<[string, number]>([
    ['we run four tyre centres in the valley. every van that comes in, the driver signs a job card, and each centre does about twenty vans a week', perMonth(80, WEEK)],
    ['we are a group of six bakeries. every customer who orders a cake signs an order form, and each bakery does, um, around forty cakes a month', 240],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: documents per thing said before the rate', () => {
  it.each<[string, number]>([
    ['every new tenant signs the lease and the house rules, so two per tenant, and in a normal month we get around forty new tenants', 80],
    ['every new starter gets a contract and the handbook sign-off, so two per person, and we are hiring around ten per month, sorry, twelve per month. the contract comes as an offer letter', 24],
    ['every diver signs a waiver and a medical form, so two per diver, and in the season, that is may to october, we get about three hundred divers', 100],
    ['every borrower signs the application and a disclosure, so two per borrower, and we are doing about fifty applications a month', 100],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: populations that each sign, said loosely', () => {
  it.each<[string, number]>([
    ['we buy wool from about sixty farms, and each one signs the supply contract once a year. last month the office lost three contracts in the post', 5],
    ['and the drivers, they are owner operators, about forty eight, each one signs a haulage agreement with us once a year', 4],
    ['we look after about twenty four parishes in the diocese, with the two of us in the office. every parish, the council signs the maintenance agreement once a year', 2],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: hiring papers per person, per month or per season', () => {
  it.each<[string, number]>([
    ['for every employee we take on there is the work contract and the medical form, so two documents per employee, and monthly we are hiring around fifty employees', 100],
    ['every picker gets an employment contract and a housing agreement, each one signs both, so that\'s two per person, and we hire about three hundred for the harvest season, which runs march through may', 200],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: glossed documents and a campaign as a season', () => {
  it.each<[string, number]>([
    ['for the flats we sign maybe forty contratos de arrendamiento, the lease agreements, a month', 40],
    ['every order is an order confirmation the client must sign, and in one campaign we take about four hundred orders, and the campaign is four months', 100],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
