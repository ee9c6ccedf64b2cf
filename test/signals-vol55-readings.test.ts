/**
 * Volume readings for a count said per unit and per period with the units held, a document given to each recipient, a
 * correction said as "no, more like", a bare count that runs on into the next clause in unpunctuated speech, and the thing
 * each person is "doing" before what they sign (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: a count per unit per period, times the units held', () => {
  it.each<[string, number | null]>([
    ['we run nine pharmacies. every customer signs a delivery consent, about 30 per pharmacy per month.', 270],
    ['we have 4 depots and every driver signs a vehicle check form, around 12 new drivers per depot a quarter', 16],
    // Near miss: no count of the units, the count stands as said.
    ['every customer signs a delivery consent, about 30 per pharmacy per month.', 30],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: a document sent to each recipient is no rate each one states', () => {
  it.each<[string, number | null]>([
    ['there is me and the three estimators. we send each builder a quote, about 40 quotes a week.', 173.33],
    // Near miss: a rate each estimator states takes their count.
    ['there is me and the three estimators. each estimator sends about 40 quotes a week.', 520],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: a short answer corrected with "no, more like"', () => {
  it.each<[string, number | null]>([
    ['two twenty no more like two sixty a month', 260],
    ['90, no, more like 110 a week', 476.67],
    // Near miss: "no more" with no second count is no correction and no volume.
    ['two twenty no more paper a month', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: a period-first count that runs on into the next clause', () => {
  it.each<[string, number | null]>([
    ['we are a brokerage in pune and the loan applications every month around three hundred the officers who use it are five', 300],
    // Near miss: "the" starting what the count counts is no new clause.
    ['the loan applications every month around three hundred the old way', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: the thing each person is doing, before what they sign', () => {
  it.each<[string, number | null]>([
    ['each client doing a dive is signing one waiver form and daily we are doing around forty dives', 868],
    // Near miss: with no document the things per day are no volume.
    ['each client doing a dive is happy and daily we are doing around forty dives', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: one document per thing that the caller says renew', () => {
  it.each<[string, number | null]>([
    ['we look after about 360 flats, one tenancy agreement per flat and they renew yearly', 30],
    ['we look after about 360 flats, one tenancy agreement per flat, and the agreements renew every two years', 15],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
  // Near miss: paying yearly renews no document, the flats are not spread over the year.
  it('we look after about 360 flats, one tenancy agreement per flat and they pay rent yearly', () => {
    expect(vol('we look after about 360 flats, one tenancy agreement per flat and they pay rent yearly')).not.toBe(30);
  });
});
