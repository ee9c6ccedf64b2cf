/**
 * Team and volume readings of how callers say their counts: the Nigerian Pidgin copula "na" before a role's count ("the
 * accountants na five of them"), "they go all use am" (they will all use it) closing a "plus" group into the team, and a team or
 * department leading "we are N" after volume talk ("the admin team we are three") (lib/signals/README.md, team_size).
 */
import { extractSignals } from '../lib/signals';

const read = (text: string) => {
  const s = extractSignals(text);
  return [s.team_size, s.monthly_volume];
};

describe('pidgin "na" before a role\'s count: the count each of them states a rate for', () => {
  it.each<[string, (number | null)[]]>([
    ['the accountants na five of them, and each accountant dey send like ten engagement letters a month', [5, 50]],
    ['the recruiters na three of them plus me, and each recruiter dey send like four offer letters a week', [4, 52]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('"they go all use am" closes a plus group into the team', () => {
  it.each<[string, number | null]>([
    ['the accountants na five, plus the two clerks, they go all use am.', 7],
    ['the nurses na four, plus the three receptionists, dem go all use am.', 7],
    // Near miss: "go all out" says nothing of using it; the plus group stays an aside.
    ['the accountants na five, plus the two clerks, they go all out.', 5],
  ])('%s', (text, n) => {
    expect(extractSignals(text).team_size).toBe(n);
  });
});

describe('a team leading a noun-less "we are N" after volume talk', () => {
  it.each<[string, number | null]>([
    ['we place about sixty cleaners a month. the admin team we are three, plus myself.', 4],
    ['we send about forty invoices a week. the accounts team, we are five.', 5],
    // Near miss: no team said before "we are three" after the volume talk.
    ['we place about sixty cleaners a month. we are three, plus me.', null],
  ])('%s', (text, n) => {
    expect(extractSignals(text).team_size).toBe(n);
  });
});
