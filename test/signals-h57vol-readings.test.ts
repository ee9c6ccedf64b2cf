/**
 * Volume readings for a role count corrected right after it, a role counted as "all N of them", things whose plural ends in
 * "-ies", documents per thing taken back, a period adverb leading "we are moving", a pidgin arrival clause before who signs,
 * the things of the clause before a period-led count, "N per job with M jobs a month" after the document, a population that
 * signs once a season or once a year, and "like twenty twenty five" as a range (lib/signals/README.md, monthly_volume).
 */
import { extractSignals } from '../lib/signals';

const vol = (text: string) => extractSignals(text).monthly_volume;

describe('volume: a rate each person states takes the corrected or "all N of them" count', () => {
  it.each<[string, number | null]>([
    ['there\'s seven valuers, sorry, eight since june, and each valuer does about three valuations a week, and before every valuation the client signs the terms.', 104],
    ['the physios, all four of them, use it, and each physio does maybe six assessments a day and every assessment the patient signs a consent.', 520.8],
    // Near miss: no correction, the count as said.
    ['there\'s seven valuers and each valuer does about three valuations a week, and before every valuation the client signs the terms.', 91],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: documents per thing taken back are no reading of their own', () => {
  it.each<[string, number | null]>([
    ['every biopsy the patient signs a consent, and we do about forty biopsies a week across both clinics, so two consents per biopsy, no wait, just one per biopsy', 173.33],
    // Near miss: not taken back, two per biopsy.
    ['every biopsy the patient signs a consent, and we do about forty biopsies a week across both clinics, so two consents per biopsy', 346.67],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: the period leads the count of the things that carry the document', () => {
  it.each<[string, number | null]>([
    ['for every container we are sending one delivery order to the haulier, and monthly we are moving around three hundred containers.', 300],
    ['for every container we are sending one delivery order, and monthly we are moving around two fifty no sorry three hundred containers.', 300],
    ['every truck wey come in, the driver go sign the gate pass permit, and monthly we dey get around two hundred trucks.', 200],
    ['every reservation the client signs a function contract, monthly we are doing around forty functions.', 40],
    // Near miss: no document carried by the things, no reading.
    ['monthly we are moving around three hundred containers.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: documents per job with the jobs per period, the document said before', () => {
  it.each<[string, number | null]>([
    ['it\'s variations mostly, the builder signs every variation, and we\'re doing like ten per job with three jobs a month.', 30],
    // Near miss: no document said, no reading.
    ['we\'re doing like ten per job with three jobs a month.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: a population that signs once a season or once a year', () => {
  it.each<[string, number | null]>([
    ['every swimmer the parents sign the membership form, we have about three hundred swimmers and the season runs october to march.', 50],
    ['every member signs a membership form and a photo consent, so two per member, and we have about ninety members, and that\'s once a season, season\'s may to august.', 45],
    ['for the trip every youth going, the parents sign one medical form, around sixty youth, and the trip is once a year.', 5],
    ['for the jamboree every scout going, the parents sign one medical form, around sixty scouts, and the jamboree is once a year.', 5],
    ['we have about one hundred and twenty growers, and every season each grower sign supply agreement, the season na from june to november.', 20],
    // Near miss: no season length and no "once a", no reading.
    ['every swimmer the parents sign the membership form, we have about three hundred swimmers.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});

describe('volume: "like thirty thirty five" after a hedge is a range', () => {
  it.each<[string, number | null]>([
    ['we send the service agreements, i\'d say like thirty thirty five a month.', 32.5],
    // Near miss: with no hedge before it, "twenty twenty five" may be a year: no count.
    ['we moved offices in twenty twenty five a month before the audit.', null],
  ])('%s', (text, n) => {
    expect(vol(text)).toBe(n);
  });
});
