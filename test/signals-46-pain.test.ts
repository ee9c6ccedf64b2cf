import { extractSignals } from '../lib/signals';

const sig = (t: string) => extractSignals(t);
const pains = (t: string) => extractSignals(t).pain_points ?? [];

describe('urgency: time left said with a filler', () => {
  it('reads "we have, let me see, about six weeks" and "we\'ve got, what, about nine weeks" as medium', () => {
    expect(sig('the grant has to be spent before the year closes, so we have, let me see, about six weeks').urgency).toBe('medium');
    expect(sig('our budget lapses in june, so honestly we\'ve got, what, about nine weeks to get it signed off').urgency).toBe('medium');
  });
  it('reads "we\'ve got about, what, ten weeks" and "so there\'s, like, three weeks" as medium', () => {
    expect(sig('the board wants it in before the new year, so we\'ve got about, what, ten weeks').urgency).toBe('medium');
    expect(sig('our insurer renews in april, so there\'s, like, four weeks to pick something').urgency).toBe('medium');
  });
  it('leaves "there\'s two weeks of backlog" alone', () => {
    expect(sig('so there\'s two weeks of backlog on the desk already').urgency).toBeNull();
  });
});

describe('current_solution: tools that are not the caller\'s', () => {
  it('drops a tool someone only suggested or mentioned', () => {
    expect(sig('a friend suggested docu sign but we never looked into it, we just print everything').current_solution).toEqual([]);
    expect(sig('somebody mentioned panda doc to me last week, right now it is all paper').current_solution).toEqual([]);
  });
  it('keeps a suggestion the caller took up', () => {
    expect(sig('my accountant recommended xero and we\'ve used it since').integration_needs).toContain('xero');
    expect(sig('a friend suggested docu sign, so we signed up last spring').current_solution).toEqual(['docusign']);
  });
  it('drops one tried and not taken ("but we did not take it")', () => {
    expect(sig('we had a demo of adobe sign but we did not take it, the price was too much').current_solution).toEqual([]);
  });
  it('drops another party\'s tool when the caller has none ("but we ourselves we don\'t have it")', () => {
    expect(sig('the banks send us the forms on docu sign but we ourselves we don\'t have it').current_solution).toEqual([]);
  });
  it('drops "they use docu sign, but we\'re nowhere near that"', () => {
    expect(sig('the head office group is huge and they use docu sign, but we\'re nowhere near that size, we just do paper').current_solution).toEqual([]);
  });
  it('keeps the caller\'s own tool', () => {
    expect(sig('we use docu sign for the leases and it is fine').current_solution).toEqual(['docusign']);
  });
});

describe('integration_needs: where the work and the books are', () => {
  it('reads "work out of outlook" as Outlook', () => {
    expect(sig('the admin girls work out of outlook all day').integration_needs).toContain('outlook');
  });
  it('reads Pastel (Sage\'s package) where the books are as Sage', () => {
    expect(sig('the books are on pastel, and payroll too').integration_needs).toContain('sage');
    expect(sig('we use pastel for the accounts').integration_needs).toContain('sage');
    expect(sig('she painted the office in a soft pastel colour').integration_needs).toEqual([]);
  });
});

describe('pain points: regulators, penalties and rules on file', () => {
  it('reads a regulator fining firms and a penalty given as compliance_risk', () => {
    expect(pains('the data regulator has been fining agencies like ours')).toContain('compliance_risk');
    expect(pains('when a return goes in late the revenue office gives us a penalty')).toContain('compliance_risk');
  });
  it('reads a rule that signed copies be kept on file, or a claim is lost, as compliance_risk', () => {
    expect(pains('the law society requires the signed retainer kept on file')).toContain('compliance_risk');
    expect(pains('the fund needs the signed form in the folder or we can\'t claim the visit')).toContain('compliance_risk');
  });
  it('does not read audit as a service or a role as a pain', () => {
    expect(pains('we are a small practice doing audit, tax and advisory, the audit seniors would use it')).not.toContain('compliance_risk');
  });
  it('keeps an audit tied to the purchase after it as a date', () => {
    expect(pains('the clients are slow to sign and our audit is on the ninth of march so we\'d need it running before that')).toEqual(['slow_turnaround']);
    expect(pains('the council audit is in about four weeks, so i want it in place before then, right now everything is on paper')).toEqual(['manual_process']);
  });
});

describe('pain points: paper carried, couriered and lost', () => {
  it('reads couriering a lease, the internal post and travelling with the paper as manual_process', () => {
    expect(pains('the owners are overseas so we courier the lease to them')).toContain('manual_process');
    expect(pains('the forms go to head office in the internal post')).toContain('manual_process');
    expect(pains('the field officer has to go with the paper to every farm')).toContain('manual_process');
    expect(pains('we print the purchase orders and the driver signs them')).toContain('manual_process');
  });
  it('reads "after a few months you can\'t find anything" as poor_visibility', () => {
    expect(pains('everything goes in a box and after six months you can\'t find anything')).toContain('poor_visibility');
  });
  it('reads "two, three weeks gone" and "which is like five days minimum" as slow_turnaround', () => {
    expect(pains('we post it, they sign, post it back, three, four weeks gone')).toContain('slow_turnaround');
    expect(pains('they get it notarised and mail it back, which is like five days minimum')).toContain('slow_turnaround');
  });
  it('reads paper as the present after a tool looked at and not taken', () => {
    expect(pains('we looked at panda doc, never bought it, it\'s just paper here')).toContain('manual_process');
  });
});
