import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;

describe('monthly volume: documents that go out with each thing', () => {
  it('reads "goes out with" as the thing carrying its documents', () => {
    expect(vol('every new client goes out with an engagement letter and a privacy notice, so two per client, and we take on ' +
      'roughly, um, twenty five clients a month')).toBe(50);
  });
  it('reads one document going out with each invoice', () => {
    expect(vol('every invoice goes out with a delivery note, and we send about three hundred invoices a month')).toBe(300);
  });
});

describe('monthly volume: a period said first with the thing signed for by someone else', () => {
  it('takes "every <thing> we <verb>, the <party> signs" with a corrected monthly count', () => {
    expect(vol('every car we sell, the buyer signs the sale agreement and the, uh, finance form, so two per car, and monthly we are ' +
      'selling around forty, sorry, fifty cars')).toBe(100);
  });
  it('takes "every <thing>, the <party> signs" with a monthly count', () => {
    expect(vol('every shipment, the exporter signs a bill of lading, and monthly we are shipping around ninety shipments')).toBe(90);
  });
  it('reads "monthly we take on" people who each sign their papers', () => {
    expect(vol('every new cleaner signs a contract and a uniform form, so two per cleaner, and monthly we take on about twenty five ' +
      'cleaners')).toBe(50);
  });
});

describe('monthly volume: units named with spelled-out initials', () => {
  it('multiplies a rate each unit states by "six c b d stores"', () => {
    expect(vol('we run six c b d stores and every customer signs a loyalty form, each store signs up about twenty customers a week'))
      .toBe(520);
  });
});
