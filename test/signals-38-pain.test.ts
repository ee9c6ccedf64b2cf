/**
 * pain_points, use_case and integration_needs read from island, Nordic, North African, Asian, Scots and Spanish-mixed
 * phone English (lib/signals/README.md, field conventions): complaints said the way these callers say them, documents
 * named in their own words, and tools joined by "y" or kept "aw on zero".
 */
import { extractSignals } from '../lib/signals';

const pains = (text: string) => extractSignals(text).pain_points;
const useCase = (text: string) => extractSignals(text).use_case;
const integrations = (text: string) => extractSignals(text).integration_needs;

describe('pain_points: the wait said as not seeing it back', () => {
  it('reads slow_turnaround from a document not back for days or weeks', () => {
    expect(pains('the clients carry the form away and we don\'t get it back for weeks sometimes')).toContain('slow_turnaround');
    expect(pains('dem take the paper and we nuh see them back for like a month')).toContain('slow_turnaround');
  });
});

describe('pain_points: the vendor raising the price, said in the present tense', () => {
  it('reads too_expensive from "the price, they raise it"', () => {
    expect(pains('and the price, every year they go and raise it again')).toContain('too_expensive');
    expect(pains('the price, we raise it for our customers every spring')).not.toContain('too_expensive');
  });
});

describe('pain_points: compliance trouble held or feared', () => {
  it('reads compliance_risk from a penalty received', () => {
    expect(pains('the inspector came in june and we had a penalty for two unsigned consents')).toContain('compliance_risk');
    expect(pains('last year the ministry gave us a penalite because of missing papers')).toContain('compliance_risk');
  });
  it('reads compliance_risk from a tribunal on at the records, a lawsuit feared, or a signature the caller cannot show', () => {
    expect(pains('the housing tribunal keeps asking landlords for proper records now')).toContain('compliance_risk');
    expect(pains('if a model complains about the photos we could get sued, honestly')).toContain('compliance_risk');
    expect(pains('twenty years in business and we have never been sued')).not.toContain('compliance_risk');
    expect(pains('when a parent disputes it we can\'t prove they signed anything')).toContain('compliance_risk');
  });
});

describe('pain_points: chasing said as calls over and over', () => {
  it('reads chasing_signatures from a count with a filler before it, or chasing them for weeks', () => {
    expect(pains('the tenants forget it, so we phone, yani four five times')).toContain('chasing_signatures');
    expect(pains('the landlords never return it, we\'re chasin\' them for months')).toContain('chasing_signatures');
  });
});

describe('pain_points: paper, photos and lost copies', () => {
  it('reads manual_process from printed forms, snapped photos, receipts carried back and "todo es paper"', () => {
    expect(pains('at the moment it\'s printed and the guest signs at the front desk')).toContain('manual_process');
    expect(pains('the site guys snap a picture of the signed sheet and send it to the office')).toContain('manual_process');
    expect(pains('the courier brings the receipts back at the end of the day')).toContain('manual_process');
    expect(pains('ahora mismo todo es paper, the boys fill it at the dock')).toContain('manual_process');
    expect(pains('we snap photos of the house for the listing')).not.toContain('manual_process');
    expect(pains('the total, it\'s printed at the bottom of the page')).not.toContain('manual_process');
  });
  it('reads poor_visibility from "we cannot find" with nothing after it and from "se pierde"', () => {
    expect(pains('the auditor asks for the old waiver and we cannot find, we search the boxes')).toContain('poor_visibility');
    expect(pains('the driver puts it in the truck y a veces se pierde')).toContain('poor_visibility');
    expect(pains('there is one word i can\'t find.')).not.toContain('poor_visibility');
  });
  it('reads hard_to_use from signers who do not know how to use the tool', () => {
    expect(pains('we use adobe sign but the old customers, they don\'t know how to use, they ring the shop')).toContain('hard_to_use');
    expect(pains('we don\'t know how to use e-signing yet, that is why i call')).not.toContain('hard_to_use');
  });
});

describe('use_case: documents named in the callers\' own words', () => {
  it('reads sales_contracts from a convention signed with clients', () => {
    expect(useCase('we sign a convention with each new hotel client, around twenty a month')).toBe('sales_contracts');
  });
  it('reads sales_contracts from a supply agreement when the caller supplies, said a sentence earlier', () => {
    expect(useCase('we supply the hotels on the island with linen and towels. each hotel signs the supply agreement once a year')).toBe('sales_contracts');
  });
  it('reads vendor_contracts from a deal memo the freelancers sign', () => {
    expect(useCase('the freelance editors sign a deal memo before each job')).toBe('vendor_contracts');
  });
  it('reads client_intake from a written statement of services', () => {
    expect(useCase('each new owner gets a written statement of services to sign when we take over the block')).toBe('client_intake');
  });
  it('reads no invoices from invoicing held up', () => {
    expect(useCase('without the signed docket the office can\'t invoice the customer')).toBeNull();
  });
});

describe('integration_needs: tools in mixed and Scots speech', () => {
  it('reads the last tool of a list joined by "y"', () => {
    expect(integrations('we use hub spot y outlook, nothing fancy')).toEqual(expect.arrayContaining(['hubspot', 'outlook']));
  });
  it('reads xero from the books kept "aw on zero"', () => {
    expect(integrations('the books are aw on zero, the bookkeeper does them')).toContain('xero');
  });
});
