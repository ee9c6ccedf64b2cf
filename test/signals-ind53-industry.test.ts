import { extractSignals } from '../lib/signals';

const ind = (t: string) => extractSignals(t).industry;
const check = (rows: [string, string | null][]) => {
  for (const [t, v] of rows) expect([t, ind(t)]).toEqual([t, v]);
};

describe('industry: a bank\'s trade finance desk', () => {
  it('reads the trade finance desk, unit or team as financial services', () => {
    check([
      ['i sit on the trade finance team of a cooperative bank in pune, we are nine', 'financial_services'],
      ['honestly i work in trade finance, guarantees and collections mostly', 'financial_services'],
      ['for us, na the trade finance unit, we be six for port harcourt', 'financial_services'],
      // an importer that gets trade finance from its bank is no bank
      ['we import rice and we get trade finance from our bank', null],
    ]);
  });
});

describe('industry: a role or office at a place', () => {
  it('reads "we are the <office> for/at a <place>" as the caller\'s place', () => {
    check([
      ['we are the central office for a pub chain up in newcastle', 'hospitality'],
      ['we\'re the booking office at a boutique hotel in cork', 'hospitality'],
      // a supplier for the place: a client
      ['we\'re the main supplier for a hotel chain in kerry', null],
    ]);
  });
  it('reads a hospital\'s admissions office as healthcare, a college\'s as education', () => {
    check([
      ['i run the admissions office at a children\'s hospital in accra', 'healthcare'],
      ['i run the admissions office at a community college in ohio', 'education'],
    ]);
  });
  it('reads a law clerk as legal', () => {
    check([
      ['i\'m a law clerk at a small firm in ottawa, we do wills', 'legal'],
      ['three law clerks and two partners would use it', 'legal'],
      ['we\'re a personal injury practice in cardiff, four of us', 'legal'],
      // an injury the caller\'s client had names no trade
      ['one of our drivers had a personal injury claim last year', null],
    ]);
  });
});

describe('industry: the caller\'s desk or unit at a place', () => {
  it('reads "i work on the <x> desk at a <place>" and "the <x> unit of a <place>" as the caller\'s place', () => {
    check([
      ['i work on the forex desk at a bank in accra, there are five of us', 'financial_services'],
      ['myself i am working in the stores section of a private hotel', 'hospitality'],
      ['we are the events side for a pub group in leeds', 'hospitality'],
      // on the phone with a place, or a desk at a supplier for places: not the caller's trade
      ['i\'m on the phone with a hotel in sligo just now', null],
      ['i work on the sales desk at a supplier for hotels', null],
    ]);
  });
});

describe('industry: a former employer', () => {
  it('does not read the place the caller used to work at', () => {
    check([
      ['i used to work for a law firm in leeds, now i make candles on my own', null],
      ['before this i was at a bank for ten years, now i sell handbags', null],
      ['i used to be at a hotel but now we run a dental clinic', 'healthcare'],
    ]);
  });
});
