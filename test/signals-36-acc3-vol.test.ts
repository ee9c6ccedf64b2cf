import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;

describe('monthly volume: period adverb first, dialect numbers, corrections, season length', () => {
  it('reads "monthly we are loading" things that each carry two documents', () => {
    expect(vol('for every truck we send there is a delivery contract and a packing list, so two per truck, and monthly we are loading around forty trucks')).toBe(80);
  });
  it('reads "monthly we are taking" workers with their hiring papers named', () => {
    expect(vol('every new hand signs the appointment letter, and monthly we are taking around fifty workers, no, around sixty now')).toBe(60);
  });
  it('reads dialect "two hundred an fifty" as one number', () => {
    expect(vol('every job has a consignment note, an we do maybe two hundred an fifty jobs a month')).toBe(250);
  });
  it('keeps a correction with "around" after the marker', () => {
    expect(vol('every pallet has a delivery note, we ship forty pallets a month, no, around fifty')).toBe(50);
  });
  it('spreads a season said as a span with "so N month"', () => {
    expect(vol('the season runs may to end of september, so about five month, and we do, oh, five hundred rentals over the season. every rental signs a hire agreement')).toBe(100);
  });
});

describe('monthly volume: rates per person, counted by spelled initials or "of \'em"', () => {
  it('takes the group said with "there\'s N of \'em" for "each of \'em"', () => {
    expect(vol("the fitters, there's five of 'em, write job cards, and each of 'em does about ten job cards a week")).toBe(216.67);
  });
  it('counts spelled initials in the plural for "each <initials>"', () => {
    expect(vol('each t s r sends maybe five quotes a week, and we have twelve t s rs')).toBe(260);
  });
  it('reads a rate with a filler after the hedge', () => {
    expect(vol('we run nine crews, every client signs a service agreement, and each crew does about, oh, four jobs a week')).toBe(156);
  });
});

describe('monthly volume: new people with a modifier', () => {
  it('reads "N new <kind> staff a month" with hiring papers named', () => {
    expect(vol('we bring on about twenty new kitchen staff a month, and the employment contracts are all on paper')).toBe(20);
  });
});
