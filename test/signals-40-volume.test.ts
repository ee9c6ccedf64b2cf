import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;

describe('monthly volume: spoken self-corrections', () => {
  it('reads the corrected count after a period said first', () => {
    expect(vol('every new franchisee signs a franchise agreement with us, and monthly we sign about thirty, no wait, thirty five new franchisees')).toBe(35);
  });
  it('reads a corrected rate of things a long way after the documents they carry', () => {
    expect(vol('every truck that comes in, the driver signs a delivery note at the gate and then at the end there\'s the exit pass for security, ' +
      'so two per truck, and we get about sixty five, sorry, seventy trucks a week')).toBe(606.67);
  });
});

describe('monthly volume: the things held and their renewals', () => {
  it('does not take people counted in a later sentence as the things renewed', () => {
    expect(vol('we look after about six hundred flats, and every lease renews every two years. the ones who\'d use it are the letting agents, ' +
      'three of them')).toBe(25);
  });
});

describe('monthly volume: Spanish words in the caller\'s English', () => {
  it('reads a carrier clause with an accented word', () => {
    expect(vol('so we run four grooming salons, and every dog that goes into peluquería, the owner signs the consent, we do about two hundred ' +
      'grooms a month')).toBe(200);
  });
  it('reads a thing glossed with a second "every"', () => {
    expect(vol('for every expediente, every case file, the client signs the poder, the authority for us to act, plus the engagement letter, ' +
      'so two per expediente, and we open about eighty expedientes a month')).toBe(160);
  });
  it('reads "contratos" as documents', () => {
    expect(vol('we send about forty contratos a month')).toBe(40);
  });
});

describe('monthly volume: documents per thing and a bare count after them', () => {
  it('multiplies a bare count right after "so two per <thing>"', () => {
    expect(vol('each job has a contract and a completion certificate, so two per job, and we finish about forty a month')).toBe(80);
  });
});

describe('monthly volume: seasons', () => {
  it('reads "in high season, that\'s <month> to <month>" with no article', () => {
    expect(vol('every guest signs the rental waiver, and in high season, that\'s june to september, we get about two thousand guests')).toBe(500);
  });
  it('spreads seasonal hires who each sign over the season\'s months, times the documents each', () => {
    expect(vol('we take on about three hundred seasonal packers and each one signs the work contract and the hygiene declaration, so two each, ' +
      'and the season is september to november')).toBe(200);
  });
});

describe('monthly volume: a second document after "and then we <verb>"', () => {
  it('adds a rate of purchase orders to the suppliers\' yearly agreements', () => {
    expect(vol('we buy from about a hundred and twenty growers and every grower signs a supply contract with us once a year, and then we ' +
      'issue purchase orders, about thirty p os a month')).toBe(40);
  });
});
