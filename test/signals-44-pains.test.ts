import { extractSignals } from '../lib/signals';

const sig = (t: string) => extractSignals(t);
const pains = (t: string) => extractSignals(t).pain_points ?? [];

describe('pain points: paper said in dialect and short forms', () => {
  it('reads "and then print", "is print," and paper "an da post"', () => {
    expect(pains('we type it up in excel and then print')).toContain('manual_process');
    expect(pains('the waiver is print, the guests sign it at the desk')).toContain('manual_process');
    expect(pains('it aa goes by paper an da post for now')).toContain('manual_process');
  });
  it('reads "everyting a paper", "it\'s aa paper", paper timesheets and papers sent out by mail', () => {
    expect(pains('we nuh have nothing like that, everyting a paper')).toContain('manual_process');
    expect(pains('na, it\'s aa paper wi us')).toContain('manual_process');
    expect(pains('the drivers fill paper timesheets every shift')).toContain('manual_process');
    expect(pains('the leases go out by mail to the owners')).toContain('manual_process');
  });
  it('does not read e-mail named as a tool, or talking to people on whatsapp, as manual work', () => {
    expect(pains('for email it\'s outlook, and the crews just call us')).not.toContain('manual_process');
    expect(pains('we chat to the growers on whatsapp')).not.toContain('manual_process');
    expect(pains('the drivers dem on whatsapp all day')).not.toContain('manual_process');
  });
});

describe('pain points: slow, chased, lost and wrong, said loosely', () => {
  it('reads the wait said before they come back, "fore we see it back" and kept a month', () => {
    expect(pains('it\'s two, three weeks before they come back')).toContain('slow_turnaround');
    expect(pains('it\'s a week fore we see the form back')).toContain('slow_turnaround');
    expect(pains('the clubs keep it two months, easy')).toContain('slow_turnaround');
    expect(pains('we only know when the van come back, that\'s two weeks')).toContain('slow_turnaround');
    expect(pains('half the owners don\'t come in for a week to sign')).toContain('slow_turnaround');
  });
  it('does not read a car sitting in a lot as slow signing', () => {
    expect(pains('the trucks sit in the yard for weeks sometimes')).not.toContain('slow_turnaround');
    expect(pains('a boat sits on the hard sixty days before it is collected')).not.toContain('slow_turnaround');
  });
  it('reads "chasin", chasing by phone, and chasing all weekend', () => {
    expect(pains('the coaches are chasin parents every saturday')).toContain('chasing_signatures');
    expect(pains('we end up chasing em by text')).toContain('chasing_signatures');
    expect(pains('the office is chasing them all weekend')).toContain('chasing_signatures');
    expect(pains('miss joy does chase de families for days')).toContain('chasing_signatures');
  });
  it('reads "nobody know where", "ain know if they sign" and "no idea who signed"', () => {
    expect(pains('the copies, nobody know where they are')).toContain('poor_visibility');
    expect(pains('we ain know if they sign it or not')).toContain('poor_visibility');
    expect(pains('honestly i have no idea who signed the new rota')).toContain('poor_visibility');
    expect(pains('the slips, those go missin all the time')).toContain('poor_visibility');
  });
  it('reads a page "missin" and a form back without a signature as rework', () => {
    expect(pains('then the last page missin half the time')).toContain('errors_rework');
    expect(pains('the form come back without a signature, so we send it again')).toContain('errors_rework');
  });
  it('keeps a missing page as rework when an audit is said to be done or not to matter', () => {
    expect(pains('twice the signature page was missing. the audit was last spring, that\'s done')).toContain('errors_rework');
    expect(pains('the witness page was missing. the inspection is in may but that doesn\'t matter')).toContain('errors_rework');
  });
});

describe('pain points: compliance said as findings, enforceability and hosting', () => {
  it('reads a finding given, an agreement not enforceable, "ain\'t valid" and a hosting rule', () => {
    expect(pains('the auditor gave us a finding on the unsigned mandates')).toContain('compliance_risk');
    expect(pains('one waiver turned out not enforceable at all')).toContain('compliance_risk');
    expect(pains('without her signature the pledge ain\'t valid')).toContain('compliance_risk');
    expect(pains('we have to keep it hosted in the province if we can')).toContain('compliance_risk');
  });
  it('reads inspectors cross about a missing signed form', () => {
    expect(pains('the health inspectors get angry when a signed form is missing')).toContain('compliance_risk');
  });
  it('does not read the price of a tool never taken as a pain', () => {
    const s = sig('we thought to take docu sign, too pricey, we never took it');
    expect(s.pain_points).not.toContain('too_expensive');
    expect(s.current_solution).not.toContain('docusign');
  });
  it('reads re-keying into power school as a missing integration', () => {
    expect(pains('the office re-keys it into power school every fall')).toContain('missing_integration');
  });
});

describe('integrations and urgency said in dialect', () => {
  it('reads "everything deh pan microsoft", "da accounts on sage an" and "email\'s just outlook"', () => {
    expect(sig('yes man, everything deh pan microsoft').integration_needs).toContain('microsoft_365');
    expect(sig('we hae da books on sage an da rest is paper').integration_needs).toContain('sage');
    expect(sig('the books are in xero and email\'s just outlook').integration_needs).toContain('outlook');
  });
  it('reads "end of di quarter", "da first o november ... afore dan", "then, a few weeks" and "which is, what, six weeks"', () => {
    expect(sig('di board seh we need it by end of di quarter').urgency).toBe('medium');
    expect(sig('da school term starts da first o november so we need it afore dan').urgency).toBe('high');
    expect(sig('the lambing starts in march and i need it running before then, a few weeks really').urgency).toBe('medium');
    expect(sig('we need it in before the run opens, which is, what, six weeks').urgency).toBe('medium');
  });
});

describe('pain points: the caller back to their own after a relative, a retention rule, hours to sign', () => {
  it('reads the caller\'s own paper after "pero" following a relative\'s tool', () => {
    expect(pains('mi primo has a garage, he uses docu sign, pero we don\'t have it, we do it all on paper')).toContain('manual_process');
  });
  it('reads a regulator\'s rule that the forms be kept with a signature', () => {
    expect(pains('the ministry says the enrolment forms must be kept on file with the signature')).toContain('compliance_risk');
  });
  it('reads a signer who travels in to sign as hours of waiting', () => {
    expect(pains('the seller has to drive in to sign, that\'s hours most weeks')).toContain('slow_turnaround');
    expect(pains('the shop is open till six, that\'s hours')).not.toContain('slow_turnaround');
  });
});
