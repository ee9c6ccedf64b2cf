/**
 * use_case from Spanish, Portuguese, Nigerian, Irish and North American turns (lib/signals/README.md, use_case):
 * documents named in Spanish or Portuguese, deeds of a property sale, work orders and contracts the customer signs,
 * and the first document a new client or patient signs or fills in.
 */
import { extractSignals } from '../lib/signals';

const useCase = (text: string) => extractSignals(text).use_case;

describe('use_case: documents named in Spanish or Portuguese', () => {
  it('reads work, rental and services contracts', () => {
    expect(useCase('every new cook signs the contrato de trabajo and the uniform form')).toBe('hr_onboarding');
    expect(useCase('for each driver we hire there is the contrato laboral and the nda')).toBe('hr_onboarding');
    expect(useCase('we manage about two hundred contratos de arrendamiento in lima')).toBe('lease_agreements');
    expect(useCase('the couple signs the contrato de servicios with us two months before')).toBe('sales_contracts');
  });
  it('reads the consentimiento, the mandato and the inscription form', () => {
    expect(useCase('the owner of the dog signs the consentimiento before anaesthesia')).toBe('consent_forms');
    expect(useCase('each exporter signs a mandato so we can clear the goods for them')).toBe('client_intake');
    expect(useCase('every new pupil fills in the inscription form on the first day')).toBe('client_intake');
  });
  it('reads deeds of a property sale', () => {
    expect(useCase('we register about thirty escrituras de compraventa a month')).toBe('real_estate_transactions');
    expect(useCase('each transaction has a deed of assignment the vendor signs')).toBe('real_estate_transactions');
    expect(useCase('most of our work is sale deeds for flats in the new layouts')).toBe('real_estate_transactions');
  });
});

describe('use_case: what the customer, client or worker signs', () => {
  it('reads a work order or a contract the customer signs as a customer contract', () => {
    expect(useCase('the customer signs a work order before the truck goes on the lift')).toBe('sales_contracts');
    expect(useCase('the work orders are on paper and the customer\'s fleet manager signs them at the counter')).toBe('sales_contracts');
    expect(useCase('the homeowner signs the contract at the kitchen table')).toBe('sales_contracts');
    expect(useCase('the supervisors sign off the work orders at the end of the shift')).toBeNull();
  });
  it('reads terms of business, an inspection agreement and a filled-in medical history as intake', () => {
    expect(useCase('every client has to get our terms of business before the first meeting')).toBe('client_intake');
    expect(useCase('the supplier terms of business changed again last month')).toBeNull();
    expect(useCase('the buyer signs a pre-inspection agreement the night before')).toBe('client_intake');
    expect(useCase('each new patient fills in the medical history and a consent')).toBe('client_intake');
    expect(useCase('the front desk types every medical history into the system')).toBeNull();
  });
  it('reads a season contract a crew member signs as onboarding', () => {
    expect(useCase('the pickers each sign a seasonal contract in march')).toBe('hr_onboarding');
  });
  it('reads a client\'s approval of the tax return and a data consent as consents', () => {
    expect(useCase('our clients approve the tax return by signing it before we file')).toBe('consent_forms');
    expect(useCase('the parents never sign the privacy consent, we have to call them')).toBe('consent_forms');
    expect(useCase('we do not do ndas at all')).toBeNull();
  });
});
