import { extractSignals } from '../lib/signals';

describe('use_case from rural, dialect and West/Central African, Asian and Pacific callers', () => {
  it.each([
    // growers (planteurs) who sign a delivery contract with the co-op are its suppliers
    ['we buy coffee from about six hundred planteurs and each planteur signs a delivery contract with us every season', 'vendor_contracts'],
    ['half the delivery contracts come back without the grower signing them', 'vendor_contracts'],
    // a consent said in French, and a consent named by what it covers
    ['at the maternity every mother signs the fiche de consentement before the caesarean', 'consent_forms'],
    ['every new client signs the consent for treatment and a privacy notice', 'consent_forms'],
    // a supply contract with the companies the caller supplies
    ['we hold a supply contract with the cement companies and they renew it by tender each year', 'sales_contracts'],
    // a spoken purchase order, said with a space
    ['the p o comes from the buyer on whatsapp and the factory signs and stamps it', 'vendor_contracts'],
    // a package sold to guests
    ['every honeymoon couple signs a package contract and we send a deposit invoice', 'sales_contracts'],
    // a quote left lying is still the caller's quote
    ['the quote just sits on the dashboard of the van for a fortnight before anyone signs it', 'sales_proposals'],
    // what each party the caller works for signs with them; custom (hired) farm work
    ['every station we muster for signs a job agreement with us before we turn up', 'sales_contracts'],
    ['the custom grazing agreement is with the ranchers who send us their heifers', 'sales_contracts'],
    // a work contract with the workers said after it
    ['we sign the work contract and the bunkhouse rules, so two per worker for the season', 'hr_onboarding'],
  ])('%s -> %s', (text, want) => {
    expect(extractSignals(text).use_case).toBe(want);
  });

  it.each([
    // invoicing as a moment, not the invoices
    'the delivery notes come back torn and we have to scan them all before we can invoice the customer',
    // a role named after intake
    'the two nurses and the intake girl would be the ones using it',
    // a quote asked of the vendor
    'the board meets in six weeks so we would need a quote in before that',
    // a p o box is an address
    'send it to the p o box in the town',
  ])('%s -> no use case', (text) => {
    expect(extractSignals(text).use_case).toBeNull();
  });
});
