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

describe('monthly volume: documents per thing said as "it\'s N forms each"', () => {
  it('multiplies the things per period by "there\'s three forms each"', () => {
    expect(vol('roughly thirty new tenants a month, and there\'s three forms each')).toBe(90);
  });
});

describe('monthly volume: a role counted as "N of them" before each states a rate', () => {
  it('takes the estimators\' own count, not the whole team', () => {
    expect(vol('we\'ve got the estimators, about six of them, plus two directors, and each estimator sends maybe five quotes a week'))
      .toBe(130);
  });
});

describe('monthly volume: "N of each" with the period said first', () => {
  it('spreads a count per semester of two documents over the semesters', () => {
    expect(vol('per semester the students sign the enrolment form and the housing agreement, about four hundred of each, and there ' +
      'are two semesters')).toBe(133.33);
  });
  it('counts both documents listed after "every month"', () => {
    expect(vol('every month the landlords sign the management agreement and the mandate form, we do about thirty of each')).toBe(60);
  });
});

describe('monthly volume: one document per unit, renewed each period', () => {
  it('reads "one lease per shop, and they renew once a year"', () => {
    expect(vol('we manage ninety shops, one lease per shop, and they renew once a year')).toBe(7.5);
  });
});

describe('monthly volume: things held that renew, with staff counted nearer', () => {
  it('takes the houses held, not the admin staff, for tenants who renew yearly', () => {
    expect(vol('we look after about two hundred houses, and the three admin staff would use it. every tenant signs a lease and it ' +
      'renews every year')).toBe(16.67);
  });
});

describe('monthly volume: a period first, the signers counted after a longer aside', () => {
  it('counts the clients said after "before we invoice them"', () => {
    expect(vol('every month each client signs the timesheet before we invoice them, we have about forty clients')).toBe(40);
  });
});

describe('monthly volume: "every season each <signer> signs" with the signers counted after', () => {
  it('spreads the growers over the season said with its months', () => {
    expect(vol('every season each grower signs a supply contract, we have about six hundred growers, and the season is from october ' +
      'to march')).toBe(100);
  });
  it('reads nothing with no season length', () => {
    expect(vol('every season each grower signs a supply contract, we have about six hundred growers')).toBeNull();
  });
});
