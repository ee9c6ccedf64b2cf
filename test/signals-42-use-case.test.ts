/**
 * use_case from corporate callers and micro businesses (lib/signals/README.md, use_case): documents named in their own
 * words (labor contracts, signed mandates, tutoring agreements, releases and consents, tenancies, GST returns, repair
 * authorisations, ground handling agreements), and what names no workflow of the caller's (subcontracting as a verb,
 * quotes gathered from vendors, the caller's own purchase order, a client's documents a consultant evaluates for).
 */
import { extractSignals } from '../lib/signals';

const useCase = (text: string) => extractSignals(text).use_case;

describe('use_case: documents named in their own words', () => {
  it('reads labor contracts, signed mandates and tutoring agreements', () => {
    expect(useCase('every picker we take on signs a labour contract and a locker form')).toBe('hr_onboarding');
    expect(useCase('the labor contracts for the seasonal crew are still on paper')).toBe('hr_onboarding');
    expect(useCase('half the mandates come back without a signature, so the advisers chase them')).toBe('client_intake');
    expect(useCase('every investor signs a mandate before we can trade for them')).toBe('client_intake');
    expect(useCase('each student signs a coaching agreement when they join')).toBe('client_intake');
  });
  it('reads a signed release, a consent named by what it covers and a GST approval as consent forms', () => {
    expect(useCase('i could not find his signed release when the video went out')).toBe('consent_forms');
    expect(useCase('every owner signs a dog walking consent before the first walk')).toBe('consent_forms');
    expect(useCase('each client approves the g s t return before we lodge it')).toBe('consent_forms');
  });
  it('reads a signed tenancy, repair authorisations and ground handling agreements', () => {
    expect(useCase('the council wants a signed tenancy for each room i let')).toBe('lease_agreements');
    expect(useCase('the owner signs a repair authorization before we open the bonnet')).toBe('sales_contracts');
    expect(useCase('we renew the ground handling agreements with the carriers every spring')).toBe('sales_contracts');
  });
});

describe('use_case: what names no workflow of the caller\'s', () => {
  it('reads no workflow from subcontracting as a verb', () => {
    expect(useCase('we subcontract the scaffolding to a firm in leeds, and it is me and two others in the office')).toBeNull();
    expect(useCase('there are four painters i subcontract to when it gets busy')).toBeNull();
    expect(useCase('every subbie signs a subcontract agreement with us')).toBe('vendor_contracts');
  });
  it('reads no workflow from quotes gathered from vendors or the caller\'s own purchase order', () => {
    expect(useCase('no hurry at all, we are still collecting quotes from a few providers')).toBeNull();
    expect(useCase('finance needs the purchase order raised before the thirtieth, so we need your paperwork')).toBeNull();
    expect(useCase('we send the p o to each supplier by email')).toBe('vendor_contracts');
  });
  it('reads no workflow from the documents of a client a consultant evaluates for', () => {
    expect(
      useCase("i'm evaluating signing tools for a client, not for us. they send about five hundred service agreements a month"),
    ).toBeNull();
    expect(useCase('my sister runs a letting agency in hull. they send around sixty tenancy agreements a month')).toBeNull();
    expect(useCase('my cousin told me about you. we run a garage and they sign repair orders at the desk')).toBe('sales_contracts');
  });
});
