import { extractSignals } from '../lib/signals';

const vol = (t: string) => extractSignals(t).monthly_volume;

describe('monthly volume: spoken purchase orders', () => {
  it('reads "p os" said as letters', () => {
    expect(vol('we raise around forty p os a month to our suppliers')).toBe(40);
    expect(vol('also the purchase orders, we raise like sixty p os a week')).toBe(260);
  });
});

describe('monthly volume: documents per thing said late in a long sentence', () => {
  it('finds the thing said with "every" more than a clause before "so two forms each"', () => {
    expect(vol('every new member signs a membership agreement and a waiver, and we sign up one hundred fifty new members a month, so that\'s two forms each.')).toBe(300);
  });
});

describe('monthly volume: a role\'s count said with "are", corrected', () => {
  it('takes the corrected count of the role each one states a rate for', () => {
    expect(vol('we run a courier firm. the drivers are twenty, sorry, twenty two, plus three dispatchers who\'d use it. each driver collects about four delivery notes a day.')).toBe(1909.6);
  });
  it('takes the role counted with "are" over the whole team', () => {
    expect(vol('the surveyors are six and the office has two admins who need access. each surveyor writes about three inspection reports a week.')).toBe(78);
  });
});

describe('monthly volume: a second document carried by other things, counted after', () => {
  it('adds "and each <thing> signs <doc>, N <things> a period" to the reading before', () => {
    expect(vol('every client site signs a cleaning agreement, we take on about four new sites a month, and each new cleaner signs the employment contract, maybe sixteen new cleaners a month')).toBe(20);
    expect(vol('each tenant signs a lease, we get about ten new tenants a month, and every contractor signs the service agreement, maybe twelve contractors a year')).toBe(11);
  });
});
