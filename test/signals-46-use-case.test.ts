/**
 * use_case from African, UK, Irish, Australian, New Zealand and Canadian turns (lib/signals/README.md, use_case): documents
 * named in the professions' own words (letters of engagement, mandates, variations, payment certificates, offers to purchase,
 * l p os, tenancies, consents to share, discharge and release forms), building consents as permits, and a buyer's own quote.
 */
import { extractSignals } from '../lib/signals';

const useCase = (text: string) => extractSignals(text).use_case;

describe('use_case: documents in the professions\' own words', () => {
  it('reads a letter of engagement and an original mandate as client intake', () => {
    expect(useCase('every new client gets a letter of engagement from us before we start the books')).toBe('client_intake');
    expect(useCase('the signed mandate sits in the importer\'s office for days before it comes back')).toBe('client_intake');
  });
  it('reads variations and an input credit agreement as sales contracts', () => {
    expect(useCase('the variations, the developer takes weeks to sign them off')).toBe('sales_contracts');
    expect(useCase('we issue variation orders on every job, maybe ten a month')).toBe('sales_contracts');
    expect(useCase('we sell fertiliser to growers and each farmer signs an input credit agreement before planting')).toBe('sales_contracts');
    expect(useCase('every grower signs a supply agreement with us')).toBe('vendor_contracts');
  });
  it('reads payment certificates as invoices and an l p o as a vendor contract', () => {
    expect(useCase('we send interim payment certificates to the employer every month')).toBe('invoices');
    expect(useCase('the driver brings the l p o and the supplier signs it on delivery')).toBe('vendor_contracts');
  });
  it('reads an offer to purchase and residential closings as property transactions', () => {
    expect(useCase('each buyer signs an offer to purchase, and then the bond comes later')).toBe('real_estate_transactions');
    expect(useCase('we are a small firm doing residential closings, maybe forty a month')).toBe('real_estate_transactions');
  });
  it('reads a tenancy sent around as a lease', () => {
    expect(useCase('we post the tenancy to the tenant and it takes two weeks to come back')).toBe('lease_agreements');
  });
  it('reads a consent to share information and a discharge and release as consent forms', () => {
    expect(useCase('each client signs a consent to share information when they come to us')).toBe('consent_forms');
    expect(useCase('the claimant signs a discharge and release before we pay out')).toBe('consent_forms');
  });
});

describe('use_case: not a document workflow', () => {
  it('reads building consents as permits, and takes the application', () => {
    expect(useCase('we process resource consents, about three hundred applications a month')).toBe('client_intake');
  });
  it('reads a quick quote under the framework as the caller buying', () => {
    expect(useCase("the last bit is procurement, we'd go through a quick quote under the framework")).toBeNull();
  });
});
