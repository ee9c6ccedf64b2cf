/**
 * Volume readings: a period-led count of "such <things>" points back to the sentence before, whose things each carry one
 * document ("each client ... is signing one release form. weekly we are doing around thirty such sessions") (lib/signals/README.md,
 * monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: "such <things>" counts the things of the sentence before', () => {
  it.each<[string, number | null]>([
    ['each client getting a tattoo is signing one release form. weekly we are doing around thirty such sessions.', 130],
    ['every climber on the wall is signing a waiver. daily we are doing maybe forty such climbs, five days a week.', 866.67],
    // Near miss: no "such", the sessions are not said to carry it.
    ['each client getting a tattoo is signing one release form. weekly we are doing around thirty sessions.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
