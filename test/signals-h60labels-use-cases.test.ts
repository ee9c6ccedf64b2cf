/**
 * Use-case readings: a consent "for us to share" a client's information, the mandate each new client of an advisory firm
 * signs, desk and office leases in a shared workspace, and a car rental business's rental agreements said sentences later
 * (lib/signals/README.md, labelling conventions).
 */
import { extractSignals } from '../lib/signals';

const useCase = (text: string) => extractSignals(text).use_case;

describe('use case: a consent to share information', () => {
  it.each([
    ['each tenant signs a consent for us to share their details with the council', 'consent_forms'],
    ['the family signs a consent to share personal information with the gp', 'consent_forms'],
  ])('%s', (text, want) => expect(useCase(text)).toBe(want));
  it('sharing information with no consent is no form', () => {
    expect(useCase('we share information with the council every week')).toBeNull();
  });
});

describe('use case: the mandate each new client signs', () => {
  it.each([
    ['for every new client there is the mandate and the kyc, maybe thirty a month', 'client_intake'],
    ['each new investor gets the mandate plus a risk profile questionnaire', 'client_intake'],
  ])('%s', (text, want) => expect(useCase(text)).toBe(want));
  it('a regulatory mandate is no client paperwork', () => {
    expect(useCase('the new regulatory mandate means more reporting for us')).toBeNull();
  });
});

describe('use case: desk and office leases in a shared workspace', () => {
  it.each([
    ['the dedicated desk licences are maybe forty a month', 'lease_agreements'],
    ['we sign about ten private office agreements a month', 'lease_agreements'],
  ])('%s', (text, want) => expect(useCase(text)).toBe(want));
  it('the lease on the caller\'s own office stays unread', () => {
    expect(useCase('our office leases run out in june')).toBeNull();
  });
});

describe('use case: a vehicle rental business\'s rental agreements', () => {
  it('reads the rental agreement as a hire contract across a sentence', () => {
    expect(useCase('we have a van hire company in leeds. forty vans. every customer signs a rental agreement')).toBe('sales_contracts');
  });
  it('a flat\'s rental agreement stays a lease', () => {
    expect(useCase('we manage sixty flats. every tenant signs a rental agreement')).toBe('lease_agreements');
  });
});
