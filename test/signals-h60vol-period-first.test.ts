/**
 * Volume readings for pidgin "for month" leading a count, "opening" as the verb of a period-first count, "l p o" as a
 * document, a bare count after its period running on into a new clause, a thing said with "each" right before its document
 * with the verb left out, and people counted per term by the verb of the document each signs (lib/signals/README.md,
 * monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: pidgin "for month" leads the count of the things that carry the document', () => {
  it.each<[string, number | null]>([
    ['every customer sign the service contract, for month we dey do like thirty jobs', 30],
    ['every tenant sign the tenancy agreement, for month we dey get around twelve new tenants', 12],
    // Near miss: no document carried by the things, no reading.
    ['for month we dey do like thirty jobs', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: "opening" is the verb of a period-first count', () => {
  it.each<[string, number | null]>([
    ['for every new policy the client signs the proposal form, monthly we are opening around sixty new policies.', 60],
    ['for every new file the client signs the engagement letter, every month we are opening about twenty five new files.', 25],
    // Near miss: nothing signed for the things opened, no reading.
    ['monthly we are opening around sixty new branches.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: "l p o" and "lpo" are documents', () => {
  it.each<[string, number | null]>([
    ['monthly we dey raise around forty l p o for the suppliers.', 40],
    ['we raise about thirty lpos a week.', 130],
    // Near miss: no count, no reading.
    ['we raise the l p o by hand.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: a bare count after its period may run on into a new clause', () => {
  it.each<[string, number | null]>([
    ['estimates per month roughly one fifty we are sending by email now', 150],
    ['invoices per week around eighty they are printing and posting', 346.67],
    // Near miss: no document named, no reading.
    ['per month roughly one fifty we are sending by email now', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: "each <thing> one <document> and one <document>, so two per <thing>" with the verb left out', () => {
  it.each<[string, number | null]>([
    ['each rental one hire agreement and one condition report so two per rental and monthly we are doing around forty rentals', 80],
    ['each patient one consent and one intake form, so two per patient, and monthly we are seeing around ninety patients', 180],
    // Near miss: the thing not said with "each", the documents not its own: one per rental.
    ['the rental one hire agreement and one condition report so two per rental and monthly we are doing around forty rentals', 40],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: people counted per term by the verb of the document each signs', () => {
  it.each<[string, number | null]>([
    ['the registrar sends the enrolment forms, we get about ninety students enrolling each term and three terms a year', 22.5],
    ['we send out the registration forms and we have about sixty members registering each season, the season is four months', 15],
    // Near miss: no document named, no reading.
    ['we get about ninety students enrolling each term and three terms a year', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
