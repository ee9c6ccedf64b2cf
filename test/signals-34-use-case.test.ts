import { extractSignals } from '../lib/signals';

const uc = (t: string) => extractSignals(t).use_case;

describe('use_case: holdout34/35 kinds', () => {
  it('reads onboarding papers, orientation sign-offs and fit-for-duty forms as hr_onboarding', () => {
    expect(uc('on day one the new guys sign the onboarding papers and we file them')).toBe('hr_onboarding');
    expect(uc('each worker coming on site signs an induction sign off before the shift')).toBe('hr_onboarding');
    expect(uc('the client wants the fit for duty declarations for the whole crew')).toBe('hr_onboarding');
  });
  it('reads a registration packet as client_intake', () => {
    expect(uc('each new client completes a registration packet at the front desk')).toBe('client_intake');
  });
  it('reads claimant and authorization releases, and whose consent, as consent_forms', () => {
    expect(uc('the adjusters mail out claimant releases every week')).toBe('consent_forms');
    expect(uc('we send the authorization releases to the injured workers')).toBe('consent_forms');
    expect(uc('the scans get mixed up and we lose track of whose consent belongs to which patient')).toBe('consent_forms');
  });
  it('reads agreements signed by pharmacies, customers and main contractors as sales_contracts', () => {
    expect(uc('each clinic signs a supply agreement with us for the year')).toBe('sales_contracts');
    expect(uc('new accounts sign a logistics services agreement before the first pallet')).toBe('sales_contracts');
    expect(uc('for each job there is a service order with the general contractor')).toBe('sales_contracts');
    expect(uc('at the start we sign the contract with the client and then begin the design')).toBe('sales_contracts');
  });
  it('reads transport orders to carriers, and growers or farmers signing with us, as vendor_contracts', () => {
    expect(uc('we hire carriers, and for each shipment the carrier gets a transport order to sign')).toBe('vendor_contracts');
    expect(uc('every farmer that delivers to our mill signs a forward purchase contract')).toBe('vendor_contracts');
    expect(uc('each grower in the region signs a marketing agreement with the co-op')).toBe('vendor_contracts');
  });
  it('reads a sale agreement for off-plan apartments as real_estate_transactions', () => {
    expect(uc('we build apartments off-plan, and every buyer gets the sale contract and the payment plan')).toBe(
      'real_estate_transactions',
    );
  });
  it('does not read invoicing as a moment as a use case', () => {
    expect(uc('the wrong fee goes out and we only notice when we invoice')).toBeNull();
    expect(uc('we send about forty invoices a month')).toBe('invoices');
  });
});
