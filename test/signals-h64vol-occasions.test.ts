/**
 * Volume reading of people times occasions: a document each participant signs per trip or outing, the participants counted
 * (or counted per occasion) times the occasions per period, terms spread over the year (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: a document per participant per occasion, times the occasions per period', () => {
  it.each<[string, number | null]>([
    ['every camper needs a medical form per trip, we have about eighty campers and three trips a month', 240],
    ['for each outing every pupil brings a signed permission slip, around thirty pupils go on each outing and we do one outing a week', 130],
    ['each player signs a travel consent for every away fixture. we take twenty players on each and play two fixtures a month', 40],
    ['every time the scouts go on camp, each scout needs a consent form. we have forty scouts and we do two camps a term, three terms a year', 20],
    // Near miss: no document said for the participants, no such reading.
    ['we have about eighty campers and three trips a month', null],
  ])('%s', (text, n) => {
    const v = vol(text);
    if (n === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(n, 1);
  });
});
