/**
 * Pain, integration and industry readings: printing then couriering or signing by hand, signers who take ages to send a
 * form back, a slow market (no pain), the books "on sage like" with a closing tag, and a school's bursar or registrar
 * naming the school as the caller's own place (lib/signals/README.md, labelling conventions).
 */
import { extractSignals } from '../lib/signals';

const pains = (text: string) => extractSignals(text).pain_points;
const ints = (text: string) => extractSignals(text).integration_needs;
const industry = (text: string) => extractSignals(text).industry;

describe('pain: printing and then couriering or signing', () => {
  it.each([
    ['right now we print and courier every lease to the tenants', ['manual_process']],
    ['at the moment it is typed up in word, then printing and signing in the office', ['manual_process']],
    ['we print them and mail them to the landlords', ['manual_process']],
  ])('%s', (text, want) => expect(pains(text)).toEqual(want));
  it('a printer named without a manual step is no pain', () => {
    expect(pains('we sell printing and courier services to small shops')).toEqual([]);
  });
});

describe('pain: signers who take ages to send it back', () => {
  it('reads the wait as slow turnaround', () => {
    expect(pains('it takes the landlords ages to send them back')).toEqual(['slow_turnaround']);
    expect(pains('it takes suppliers weeks to send it back')).toEqual(['slow_turnaround']);
  });
  it('a slow market is no slow turnaround', () => {
    expect(pains('sales don slow this year but we still need the contracts out')).toEqual(['slow_turnaround']);
    expect(pains('the market don slow this year, we sell maybe ten plots')).toEqual([]);
    expect(pains('the market has been slow lately')).toEqual([]);
  });
});

describe('integration: sage with a closing tag', () => {
  it('reads "on sage like" at a clause end', () => {
    expect(ints('the payroll is all on sage like.')).toEqual(['sage']);
    expect(ints('all the books are on sage like, so that would be handy')).toEqual(['sage']);
  });
  it('the herb is not the product', () => {
    expect(ints('the stuffing is all on sage like a proper roast')).toEqual([]);
  });
});

describe('industry: a post held inside a school', () => {
  it('reads the school as the caller\'s own place', () => {
    expect(industry("i'm the bursar for a small independent school in kent")).toBe('education');
    expect(industry("i'm the registrar for a private primary school near the city")).toBe('education');
  });
  it('a supplier for a school is not a school', () => {
    expect(industry('we make the uniforms for a private secondary school')).not.toBe('education');
  });
});

describe('use case: a quote the caller asks us for', () => {
  const useCase = (text: string) => extractSignals(text).use_case;
  it('is no proposal of theirs', () => {
    expect(useCase("what would forty users cost, i'm just asking for a quote")).toBeNull();
    expect(useCase("we're after a ballpark quote before the board meets")).toBeNull();
  });
  it('quotes the caller sends stay proposals', () => {
    expect(useCase('we send every customer a quote and they sign it')).toBe('sales_proposals');
    expect(useCase('the clients are always asking for a quote before they sign')).toBe('sales_proposals');
  });
});

describe('pain: no time for the paper', () => {
  it('reads paper the caller has no time for as manual work', () => {
    expect(pains("the counter is so busy i don't have time for paper")).toEqual(['manual_process']);
    expect(pains('we have no time for all the paperwork')).toEqual(['manual_process']);
  });
  it('time set aside for paperwork is no pain', () => {
    expect(pains('we keep friday afternoons as time for paperwork')).toEqual([]);
  });
});
