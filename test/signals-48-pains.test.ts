import { extractSignals } from '../lib/signals';

const pains = (t: string) => extractSignals(t).pain_points ?? [];
const tools = (t: string) => extractSignals(t).integration_needs ?? [];
const current = (t: string) => extractSignals(t).current_solution ?? [];
const urgency = (t: string) => extractSignals(t).urgency ?? null;

describe('pain points: rework told as a story', () => {
  it('reads a page or signature left out', () => {
    expect(pains('most times the landlord no sign the last page so we go send am back')).toContain('errors_rework');
    expect(pains('last week a box wasn\'t initialled and the bank bounced the whole file')).toContain('errors_rework');
    expect(pains('the tenants forget the second signature all the time')).toContain('errors_rework');
  });
  it('reads the work done again, a remake, or details put in wrong', () => {
    expect(pains('the scan come out dark so we do am again')).toContain('errors_rework');
    expect(pains('the fit is off on a lot of crowns and the remakes cost us')).toContain('errors_rework');
    expect(pains('the schools put the quantities in wrong on the order sheet')).toContain('errors_rework');
  });
  it('reads ringing round after a mistake as the rework, not as chasing', () => {
    const p = pains('the schools fill the sizes in wrong so we are ringing round to fix it');
    expect(p).toContain('errors_rework');
    expect(p).not.toContain('chasing_signatures');
    expect(pains('we spend mondays ringing round for the signed copies')).toContain('chasing_signatures');
  });
  it('does not read a plain repeat as rework', () => {
    expect(pains('the trial was good and we would do it again')).not.toContain('errors_rework');
  });
});

describe('pain points: slow, lost, chased, said indirectly', () => {
  it('reads the copy back days later, a stall for days, a signer gone quiet for a week', () => {
    expect(pains('the signed lease comes back two weeks later if at all')).toContain('slow_turnaround');
    expect(pains('some claims are stuck for a fortnight waiting on a signature')).toContain('slow_turnaround');
    expect(pains('the suppliers disappear for a week before they sign')).toContain('slow_turnaround');
  });
  it('reads files not found and forms misplaced', () => {
    expect(pains('when the inspector asks, the form is not found half the time')).toContain('poor_visibility');
    expect(pains('the consent sheets keep getting misplaced between wards')).toContain('poor_visibility');
    expect(pains('two deeds got lost once and it took a year to sort')).toContain('poor_visibility');
  });
  it('reads calling signers up and down', () => {
    expect(pains('the agents dey call the vendors upandan before they sign')).toContain('chasing_signatures');
  });
  it('reads paper carried about, paper logs, printing mandates and scanning them back', () => {
    expect(pains('the nurses walk around with paper on a tray all shift')).toContain('manual_process');
    expect(pains('the drivers fill paper logs at every stop')).toContain('manual_process');
    expect(pains('we print the mandates for the clients every morning')).toContain('manual_process');
    expect(pains('the client sign am and scan am back to our office')).toContain('manual_process');
    expect(pains('the rep emails it across to the office at night')).toContain('manual_process');
  });
  it('does not read too much trouble as a price', () => {
    expect(pains('the landlords no dey sign on time, it is too much wahala')).not.toContain('too_expensive');
  });
});

describe('pain points: support, templates, hosting, an audit trade', () => {
  it('reads support from the vendor said as shocking', () => {
    expect(pains('support from the present supplier is useless, nobody rings back')).toContain('poor_support');
  });
  it('reads template setup said as a pain', () => {
    expect(pains('we are on adobe sign but building templates is painful')).toContain('hard_to_use');
  });
  it('reads a question on where it is hosted, or a privacy office that will not sign off', () => {
    expect(pains('can you be hosted in australia, it matters for our council clients')).toContain('compliance_risk');
    expect(pains('our legal team won\'t sign off on anything offshore')).toContain('compliance_risk');
  });
  it('does not read the audits an audit firm sells as a compliance worry', () => {
    expect(pains('we are a utility bill audit firm, our auditors check about ninety accounts a month')).not.toContain('compliance_risk');
    expect(pains('the auditors found unsigned timesheets last year')).toContain('compliance_risk');
  });
});

describe('tools said the way people say them', () => {
  it('reads pidgin and bare names for mail, accounts, calls, storage and CRM', () => {
    expect(tools('the mail na outlook for everybody')).toContain('outlook');
    expect(tools('our books dey on zero')).toContain('xero');
    expect(tools('oh and we\'ve got zero for the books')).toContain('xero');
    expect(tools('we have calls on teams most days')).toContain('microsoft_teams');
    expect(tools('we scan them and save them to drive')).toContain('google_drive');
    expect(tools('zo ho crm for the leads')).toContain('zoho_crm');
    expect(tools('honestly everything is on microsoft for us')).toContain('microsoft_365');
  });
  it('does not read nothing for a budget, a drive in a car, or a tool someone told them to use', () => {
    expect(tools('we\'ve got zero for the books budget this year')).not.toContain('xero');
    expect(tools('we keep it in drive mode on the highway')).not.toContain('google_drive');
    expect(tools('a friend told us to use pipedrive but we never did')).not.toContain('pipedrive');
  });
  it('does not take a friend\'s tool the caller denies as the current one', () => {
    expect(current('my cousin who runs a gym uses pandadoc, but we\'re not on it, it is paper')).not.toContain('pandadoc');
    expect(current('my brother has a salon, she\'s on docu sign. we are not, we print')).not.toContain('docusign');
    expect(current('people always think we\'d be on adobe sign but no, it is paper')).not.toContain('adobe_sign');
  });
});

describe('urgency said indirectly', () => {
  it('reads a deadline before a year starting on a named day as high', () => {
    expect(urgency('the boss wants it before the new school year starting september first')).toBe('high');
    expect(urgency('we must go live before the new tax year, which is starting sixth april')).toBe('high');
  });
  it('reads weeks left, hedged twice, and a couple of months called the timeline, as medium', () => {
    expect(urgency('we have got maybe about six seven weeks before the review')).toBe('medium');
    expect(urgency('the new grant year is starting, so, a couple of months, that is the timeline')).toBe('medium');
  });
});
