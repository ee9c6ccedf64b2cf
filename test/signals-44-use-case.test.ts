/**
 * use_case from small-island and rural US turns (lib/signals/README.md, use_case): applications a customer or member signs,
 * trip consents and releases of information, hire packets, work contracts of workers brought in for a season, papers
 * signed at induction, agreements haulers sign with the caller, stumpage contracts, and services the caller sells
 * (grazing, ginning, consignment, a shipping order the shipper signs).
 */
import { extractSignals } from '../lib/signals';

const useCase = (text: string) => extractSignals(text).use_case;

describe('use_case: documents named in their own words', () => {
  it('reads applications for a service, or one the member signs, as client intake', () => {
    expect(useCase('every new customer signs a service application before we send the truck out')).toBe('client_intake');
    expect(useCase('each household fills in a connection application and we get about forty a month')).toBe('client_intake');
    expect(useCase('every applicant signs an application and the office files it')).toBe('client_intake');
  });
  it('reads trip consents and releases of information as consent forms', () => {
    expect(useCase('the excursion consent goes home in the bag and half never come back')).toBe('consent_forms');
    expect(useCase('the main one is the release of information, every client signs one at the first visit')).toBe('consent_forms');
  });
  it('reads hire packets, season work contracts and papers signed at induction as onboarding', () => {
    expect(useCase('the hiring packets are still paper and the foremen lose half of them')).toBe('hr_onboarding');
    expect(useCase('each spring we take on the pickers through the agency, about sixty this year, and every one signs the work contract')).toBe('hr_onboarding');
    expect(useCase('the new drivers sign them at induction and then the binder goes in a cupboard')).toBe('hr_onboarding');
  });
  it('reads agreements haulers sign with the caller and stumpage contracts as vendor contracts', () => {
    expect(useCase('the haulers sign a hauling agreement with us every season')).toBe('vendor_contracts');
    expect(useCase('it is mostly the stumpage agreements with the woodlot owners')).toBe('vendor_contracts');
  });
  it('reads grazing, ginning, consignment and shipping orders as the caller\'s sales', () => {
    expect(useCase('every cattleman signs a grazing agreement for the summer on our ground')).toBe('sales_contracts');
    expect(useCase('the farmers sign a ginning contract with us before the harvest')).toBe('sales_contracts');
    expect(useCase('every seller signs a consignment agreement before the auction')).toBe('sales_contracts');
    expect(useCase('for every container the shipper signs a shipping order at the counter')).toBe('sales_contracts');
  });
});
