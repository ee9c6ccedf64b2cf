import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;

describe('monthly volume: documents each thing carries, said loosely', () => {
  it('reads "there\'s a <document>" after every <thing> as its document', () => {
    expect(vol('every move we do there\'s a removal contract and an inventory sheet so two per move and we\'re doing about fifty moves a month')).toBe(100);
    expect(vol('every booking there\'s a hire agreement and we take about forty bookings a month')).toBe(40);
  });
  it('reads pidgin "na the <document>" after every <thing>', () => {
    expect(vol('every client na the engagement letter and the mandate so two per client and we get like thirty clients a month')).toBe(60);
  });
  it('reads the signer sending a signed document for every thing', () => {
    expect(vol('for every job the builder is sending one signed variation form and monthly we are getting around four hundred jobs')).toBe(400);
  });
  it('allows a short clause between the thing and its signer', () => {
    expect(vol('every house we inspect the owner signs an inspection agreement and we do about forty houses a month')).toBe(40);
    expect(vol('every crate that comes in the porter signs a delivery note, daily we are receiving around thirty crates')).toBe(651);
  });
  it('takes "so two per patient" for the admissions each patient has', () => {
    expect(vol('every surgery the patient signs a consent and an anaesthesia form, so two per patient, and we do about ninety surgeries a month')).toBe(180);
  });
  it('takes units sold in a quarter said first, doubled by "so two per buyer"', () => {
    expect(vol('every buyer signs the sale agreement and the title transfer, so two per buyer, and this quarter we sold about sixty plots')).toBe(40);
  });
});

describe('monthly volume: rates each person or unit states', () => {
  it('takes a role\'s count after "each" with the things they open', () => {
    expect(vol('the two planners each book around five weddings a month, and every wedding the couple signs a service agreement')).toBe(10);
  });
  it('takes a role\'s count said after a clause and corrected with "well"', () => {
    expect(vol('the surveyors who\'d use it there\'s eight of them well nine and the office manager, each surveyor writes up about five survey ' +
      'reports a week')).toBe(195);
  });
  it('multiplies a rate per term that each unit states by the units', () => {
    expect(vol('we work with twelve nurseries, and every term each nursery sends about twenty consent forms, and there\'s three terms')).toBe(60);
  });
});

describe('monthly volume: seasons, second documents and corrected terms', () => {
  it('reads a season named with other words before it', () => {
    expect(vol('every guest signs a waiver and we get about six hundred guests in the ski season, that\'s june to september')).toBe(150);
  });
  it('adds a second document said in the next sentence with "then"', () => {
    expect(vol('every tenant signs a lease, about forty new tenants a month. then the parking agreements, maybe five a month.')).toBe(45);
  });
  it('keeps a corrected count of terms', () => {
    expect(vol('every student signs an enrolment form, and we get about forty students a term, two terms a year, sorry, three terms')).toBe(10);
  });
});
