/**
 * Volume readings for things counted after a leading period adverb with more verbs ("disbursing", "hiring", pidgin "dey
 * get"), a document given for every thing, and a season whose months follow "that's" (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: a period adverb before things that each carry a document', () => {
  it.each<[string, number]>([
    ['each mortgage comes with a deed of trust and a note, so two per mortgage, and monthly we are closing about ninety mortgages', 180],
    ['every advance has a credit agreement, and monthly we are disbursing maybe sixty advances', 60],
    ['for every new driver we are giving a contractor agreement, and monthly we are hiring around forty drivers', 40],
    ['every new tenant go sign tenancy agreement, and monthly we dey get around thirty new tenants', 30],
    ['every new starter signs an offer letter, and weekly we are onboarding about ten new starters', 10 * 52 / 12],
  ])('%s', (text, n) => {
    expect(vol(text)).toBeCloseTo(n, 1);
  });
});

describe('volume: a season whose months follow "that\'s"', () => {
  it.each<[string, number]>([
    ['every rider signs a release form, and in the busy season, that\'s june to september, we\'d do about twelve hundred riders', 300],
    ['every camper signs a consent form. in the high season, that is november to january, we get around nine hundred campers', 300],
  ])('%s', (text, n) => {
    expect(vol(text)).toBeCloseTo(n, 1);
  });
});

describe('volume: hiring alone is still no volume', () => {
  it('monthly we are hiring around twenty people', () => {
    expect(vol('monthly we are hiring around twenty people, mostly drivers')).toBeNull();
  });
});
