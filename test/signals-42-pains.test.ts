import { extractSignals } from '../lib/signals';

const pains = (t: string) => extractSignals(t).pain_points ?? [];

describe('pain points: paper and email said plainly', () => {
  it('reads PDFs "by email" and a signed PDF emailed back', () => {
    expect(pains('we draft in google docs and then send the p d fs by email')).toContain('manual_process');
    expect(pains('the landlords email back the scanned pdf most of the time')).toContain('manual_process');
  });
  it('reads paper with a scanner, a printer or the post', () => {
    expect(pains('right now? only paper and printers, to be fair')).toContain('manual_process');
    expect(pains('we do the lot with paper and the post at the moment')).toContain('manual_process');
  });
  it('reads email and printouts, and pidgin "print am, sign"', () => {
    expect(pains('it all runs on whatsapp and printouts for now')).toContain('manual_process');
    expect(pains('the customer go print am, sign, then carry am come back')).toContain('manual_process');
  });
});

describe('pain points: slow signers, and a signed copy that is only hard to find', () => {
  it('reads a month to return, weeks said as a list, and "their own sweet time"', () => {
    expect(pains('the councils take one month to return anything we send')).toContain('slow_turnaround');
    expect(pains('the forms are coming back after ten days, three weeks even')).toContain('slow_turnaround');
    expect(pains('the couples take their own sweet time with the booking form')).toContain('slow_turnaround');
  });
  it('reads signers who ghost the caller for a time as slow, not chasing', () => {
    const p = pains('clients promise to sign then ghost us for two weeks');
    expect(p).toContain('slow_turnaround');
    expect(p).not.toContain('chasing_signatures');
  });
  it('does not read a signed copy sitting in an inbox as slow signing', () => {
    const p = pains('the signed version sits in some manager\'s inbox and nobody can find it');
    expect(p).not.toContain('slow_turnaround');
    expect(p).toContain('poor_visibility');
  });
});

describe('pain points: lost forms, chasing, double entry', () => {
  it('reads a form, waiver or estimate that cannot be found or is lost', () => {
    expect(pains("i couldn't find his waiver when the gym owner asked")).toContain('poor_visibility');
    expect(pains('half my customers lose the estimate within a day')).toContain('poor_visibility');
  });
  it('reads g-dropped calling and chasing the mums', () => {
    expect(pains("i'm ringin em four times before they sign")).toContain('chasing_signatures');
    expect(pains('i spend my evenings chasing the moms for the permission form')).toContain('chasing_signatures');
  });
  it('reads the same details typed twice as a missing integration', () => {
    expect(pains('i end up typing the client name and the address in twice')).toContain('missing_integration');
    expect(pains("we're keying the same order details twice, once in the form and once in xero")).toContain('missing_integration');
  });
});

describe('pain points: price and compliance', () => {
  it('reads a current process that charges a fortune', () => {
    expect(pains('the agency does the contracts and they charge us a fortune for it')).toContain('too_expensive');
  });
  it('does not read the prices of tools in general as a pain', () => {
    expect(pains('the pricing of other vendors is ridiculous, but we are on paper')).not.toContain('too_expensive');
  });
  it('reads data hosted inside a country', () => {
    expect(pains('all client data has to be hosted inside the country, that is the law')).toContain('compliance_risk');
  });
  it('reads an insurer or broker that will not cover the caller', () => {
    expect(pains('without the signed forms they won\'t cover us for the jobs')).toContain('compliance_risk');
    expect(pains('the underwriter said no signed waiver and we\'re not covered')).toContain('compliance_risk');
    expect(pains('without the release i am not protected if something goes wrong')).toContain('compliance_risk');
  });
  it('reads an authority asking for the signed records', () => {
    expect(pains('the licensing office sent a letter, we have to show the signed agreement for each unit')).toContain('compliance_risk');
    expect(pains("the inspectors came in march and they weren't happy about the missing forms")).toContain('compliance_risk');
  });
  it('reads a signed release the caller could not show', () => {
    expect(pains("a parent said he never agreed and i couldn't show his signed consent")).toContain('compliance_risk');
  });
});
