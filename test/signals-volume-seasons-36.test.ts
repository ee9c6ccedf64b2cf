/**
 * Volume readings for populations and hires spread over a season said as a span of months, "every one" after the things
 * counted, and a rate of hiring led by "every month" after the documents per hire (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: a population spread over its season, the season said as months', () => {
  it.each<[string, number]>([
    ['we have about two hundred members, and every member signs a boat safety waiver every season, and the season\'s may to october, so six months', 33.33],
    ['around one hundred and sixty players, every player needs a registration form each season, and the season is april to september', 26.67],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: "every one" and documents per worker after the things counted', () => {
  it.each<[string, number]>([
    ['the picking season\'s march to august, so six months, and we take on about ninety pickers, every one signs the work contract and the ' +
      'accommodation form, so two per worker', 30],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: documents per hire, then "every month" leading the hiring rate', () => {
  it.each<[string, number]>([
    ['each new hire signs the offer letter and the employment contract, so two documents per hire, and every month we\'re hiring around forty agents', 80],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: a rate each person states, the group counted as "they are N"', () => {
  it.each<[string, number]>([
    ['the drivers in the north, they are twelve, they use it on the tablet. each driver does around three new customer site visits per week, ' +
      'and each new customer signs a service agreement', 156],
    ['the sales reps, they\'re nine. each rep signs up about two new corner shop accounts a week, and every new shop signs a stocking agreement', 78],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: things counted elsewhere that each sign once a season or campaign', () => {
  it.each<[string, number]>([
    ['we have about four hundred growers on the books. every grower signs a supply agreement with the mill for the campaign, and the campaign ' +
      'runs may to december', 50],
    ['we take on about forty guides, they are all freelance. each guide signs the guiding agreement for the season, and the season\'s about five months', 8],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: things counted before that each sign once a year, and a second document adding its own count', () => {
  it.each<[string, number]>([
    ['we have about three hundred and sixty growers. every grower signs a supply agreement with us once a year', 30],
    ['we have about three hundred and sixty growers. every grower signs a supply agreement with us once a year, and the new growers ' +
      'fill in a registration form, maybe twenty four of them a year', 32],
    ['the tenancy agreements, about sixty a month, and then the contractor agreements for the cleaners and the gardeners, maybe thirty six a year', 63],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: a document per thing, the thing coming so many times a period', () => {
  it.each<[string, number]>([
    ['we have around forty patients in the program. every patient signs a consent form per session and they come in twice a week', 346.67],
    ['about thirty scouts in the troop, and every scout needs a permission form per camp, they go out three times a year', 7.5],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: people taken on each season, counted after them, with their hiring papers', () => {
  it.each<[string, number]>([
    ['every season we take on pickers, about forty, and they all sign the work contract and the housing form, so two each, and the ' +
      'season\'s about five months', 16],
    ['each season we hire about sixty guides, no, seventy, they all get an employment contract, and the season runs may to september', 14],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: documents per thing, then another count of things per period right after', () => {
  it.each<[string, number]>([
    ['each guest who goes diving signs two, one for the boat and one for the dive, so two per guest, and we do around, uh, forty dives a week', 346.67],
    ['every client who books signs two, the booking and the waiver, so two per client, and we run about thirty lessons a month', 60],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
