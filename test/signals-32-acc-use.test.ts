/**
 * use_case: documents named by what they are for in a trade (powers of attorney, progress claims, repair orders,
 * order confirmations, work contracts), proposals signed in insurance, and quotes the caller's clients sign
 * (lib/signals/README.md: use_case).
 */
import { extractSignals } from '../lib/signals';

describe('use_case: documents named by their trade', () => {
  it.each<[string, string]>([
    ['we are a tax advisory in graz, each new client signs a power of attorney so we can file for them', 'client_intake'],
    ['every new client signs our mandate agreement before we take over the books', 'client_intake'],
    ['every year the clients must give the approval of the tax return before we file it', 'consent_forms'],
    ['the subconsultants for the facade, their contracts take weeks', 'vendor_contracts'],
    ['every order we take at the trade fair is an order confirmation the retailer signs', 'sales_contracts'],
    ['we type up the orders in the showroom and then the buyer signs on the tablet', 'sales_contracts'],
    ['the garage makes every driver sign a repair order before any work starts', 'sales_contracts'],
    ['the owners corporation signs a management agreement with us for each building', 'sales_contracts'],
    ['each shipper signs a carriage agreement for every load', 'sales_contracts'],
    ['we send the progress claims to the builder every month and wait for sign off', 'invoices'],
    ['the contracts with the main contractors come in as pdf and we print them', 'sales_contracts'],
    ['the exporters sign a contract of sale with every buyer in asia', 'sales_contracts'],
    ['we also have companies, they sign a corporate training agreement for their staff', 'sales_contracts'],
    ['for the school trip the parents sign an authorisation for the photos', 'consent_forms'],
    ['every seasonal worker we hire signs a work contract on the first day', 'hr_onboarding'],
    ['the patient signs each consent, and the pharmacist keeps it', 'consent_forms'],
    ['applicants send the signed application back by post', 'client_intake'],
  ])('%s', (text, id) => {
    expect(extractSignals(text).use_case).toBe(id);
  });
});

describe('use_case: proposals and quotes', () => {
  it('a proposal the client signs for an insurance policy is the proposal form', () => {
    expect(extractSignals('we broker home insurance, and for each policy the client signs the proposal').use_case).toBe('client_intake');
  });

  it('proposals an insurance broker sends to win business stay sales proposals', () => {
    expect(extractSignals('we are an insurance broker and our account managers send proposals all day').use_case).toBe('sales_proposals');
  });

  it('a quote the caller gets signed by a client is theirs', () => {
    expect(extractSignals('we keep ringing homeowners to get the quote signed before we order materials').use_case).toBe('sales_proposals');
  });

  it('a proposal the caller would like from the vendor names no use case', () => {
    expect(extractSignals('the board meets next week, we would like a proposal by then').use_case).toBeNull();
  });

  it('a power of attorney the sellers sign in a conveyancing transfer is a property transaction', () => {
    expect(extractSignals('in conveyancing the sellers sign a power of attorney for each transfer').use_case).toBe('real_estate_transactions');
  });
});
