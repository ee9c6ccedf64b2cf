/**
 * Trades, pains and tools said the way callers say them on the phone: pidgin and regional turns, a trade
 * named by its yard or its fleet, the wait told as "it is taking a month", a tool named as what is still in use.
 */
import { extractSignals } from '../lib/signals';

describe('industry said by the trade, the yard or the employer', () => {
  it.each([
    ["we're into scaffolding mostly, about twelve lads", 'construction'],
    ['we do sell used cars, maybe thirty a month', 'automotive'],
    ["we've got two car yards out past the ring road", 'automotive'],
    ['i manage three apartment blocks in the city', 'real_estate'],
    ["it's a small family practice, two doctors and a nurse", 'healthcare'],
    ['i work for the city, the recreation side', 'government'],
    ["we're a little reno outfit, three of us", 'construction'],
    ["we're bookkeepers for small businesses", 'financial_services'],
    ["we've a fleet of about forty big trucks", 'logistics'],
  ])('%s -> %s', (text, industry) => {
    expect(extractSignals(text).industry).toBe(industry);
  });

  it('still reads "selling into" a sector as the clients, not the caller', () => {
    expect(extractSignals('we sell into schools mostly').industry).toBeNull();
  });
});

describe('pains told as what happens', () => {
  it.each([
    ['the buyers have to come into the sales office to sign everything', 'manual_process'],
    ["we're couriering the contracts to the other side of the country", 'manual_process'],
    ["honestly it's taking two weeks to get one signed", 'slow_turnaround'],
    ["the job's held up until the client signs", 'slow_turnaround'],
    ["i'm always ringing them to get the forms back", 'chasing_signatures'],
    ['every time the client misses a field we have to get them back in to sign again', 'errors_rework'],
    ['we no dey see which customer don sign', 'poor_visibility'],
  ])('%s -> %s', (text, pain) => {
    expect(extractSignals(text).pain_points).toEqual([pain]);
  });

  it('an audit that is over is no compliance pain', () => {
    const s = extractSignals('the audit was in march, that is over now. we want it live in a few weeks');
    expect(s.pain_points).toEqual([]);
    expect(s.urgency).toBe('medium');
    expect(extractSignals('the auditors keep flagging unsigned forms').pain_points).toContain('compliance_risk');
  });
});

describe('documents, tools and growth said in passing', () => {
  it('reads the agreements suppliers sign as vendor contracts, and a permission letter as a consent form', () => {
    expect(extractSignals('all our suppliers sign our agreement before the first order').use_case).toBe('vendor_contracts');
    expect(extractSignals('each child needs a permission letter from home').use_case).toBe('consent_forms');
  });

  it('a quote asked of the vendor is no proposal use case', () => {
    expect(extractSignals('what would you quote us for fifteen seats').use_case).toBeNull();
  });

  it('reads the tool still in use and "zero" beside another tool with its job', () => {
    expect(extractSignals("it's still word and email for the letters").current_solution).toEqual(['microsoft_word']);
    expect(extractSignals("it's still word of mouth mostly").current_solution).toEqual([]);
    expect(extractSignals('pipedrive, plus zero for the invoicing').integration_needs).toEqual(['pipedrive', 'xero']);
  });

  it('a size expected next year is no timeline', () => {
    expect(extractSignals("next year it may go to three hundred, but right now it's sixty contracts a month").urgency).toBeNull();
  });
});
