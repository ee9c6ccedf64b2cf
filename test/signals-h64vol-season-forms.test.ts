/**
 * Volume readings of a season's once-only forms per participant spread over the season's months, times the documents per
 * participant, and of hiring papers a new starter "does" or the caller is "giving" each worker (lib/signals/README.md,
 * monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: once-a-season forms per participant, spread over the season', () => {
  it.each<[string, number | null]>([
    ['we have about two hundred kids in the league and every player signs a medical form and a waiver, so two per player, once a season, and the season runs march to august', 66.67],
    ['around ninety swimmers, every swimmer\'s parent signs the club waiver once a season, and the season\'s may to august', 22.5],
    // "two per player" is the documents each, not the players.
    ['every player signs a waiver and a code of conduct, so two per player, and we have about a hundred players, once a season, and the season runs march to august', 33.33],
    // Near miss: no season length said, no such reading.
    ['around ninety swimmers, every swimmer\'s parent signs the club waiver once a season', null],
  ])('%s', (text, n) => {
    const v = vol(text);
    if (n === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(n, 1);
  });
});

describe('volume: hiring papers a starter does, or the caller is giving each worker', () => {
  it.each<[string, number | null]>([
    ['every new starter does the contract and the site induction, so two each, and we take on about twenty new starters a week', 173.33],
    ['weekly we are placing around forty guards and for every guard we are giving offer letter and the bond form, so two per guard', 346.67],
    // Near miss: a person doing a task is no document.
    ['each rep does the demo and we do about thirty demos a week', null],
  ])('%s', (text, n) => {
    const v = vol(text);
    if (n === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(n, 1);
  });
});
