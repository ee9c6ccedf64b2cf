import { extractSignals } from '../lib/signals';

const pains = (t: string) => extractSignals(t).pain_points ?? [];

describe('pain points: compliance said as a rule, an insurer or a finding', () => {
  it('reads a body that wants the records kept for years', () => {
    expect(pains('the tax office wants every invoice kept six years and we keep them in boxes')).toContain('compliance_risk');
  });
  it('reads insurance that will not cover the work', () => {
    expect(pains("if the release isn't signed our liability insurance won't cover the trip")).toContain('compliance_risk');
    expect(pains('with no signed form we get trouble with the insurer')).toContain('compliance_risk');
  });
  it('reads data that has to stay in a region', () => {
    expect(pains('the privacy people say we need the data hosted in australia')).toContain('compliance_risk');
  });
  it('reads an inspection that flagged files without signatures', () => {
    expect(pains('the regulator flagged six client files without a signed copy last spring')).toContain('compliance_risk');
  });
  it('does not read compliance as the job someone does', () => {
    expect(pains('my uncle who handles compliance and two clerks would use it')).not.toContain('compliance_risk');
  });
  it('keeps an audit in a named month, or one the tool must be working before, a date', () => {
    expect(pains('the yearly audit is in june, so we want to start soon. we print everything')).not.toContain('compliance_risk');
    expect(pains('the director wants it working before the audit next quarter')).not.toContain('compliance_risk');
    expect(pains('we have the iso audit in about eight weeks, and the paper goes by courier')).not.toContain('compliance_risk');
  });
});

describe('pain points: the tool hard to use, or not used by its signers', () => {
  it('reads signers who do not know how to use it', () => {
    expect(pains("we have hellosign but the drivers don't know how to use it")).toContain('hard_to_use');
  });
  it('reads "a dog to use"', () => {
    expect(pains("the portal is a real dog to use on a phone")).toContain('hard_to_use');
  });
  it('does not read people who will not be users as a pain', () => {
    expect(pains("the office is me and a clerk, the directors themselves won't use it")).not.toContain('hard_to_use');
  });
});

describe('pain points: documents lost or never back', () => {
  it('reads pidgin "no fit find"', () => {
    expect(pains('the delivery note don waka, we no fit find am')).toContain('poor_visibility');
  });
  it('reads papers that get wet or lost', () => {
    expect(pains('the drivers keep the dockets in the cab and they get torn or lost')).toContain('poor_visibility');
  });
  it('reads papers that come back late or not at all', () => {
    expect(pains('the guides bring the waivers back crumpled or not at all')).toContain('poor_visibility');
  });
  it('reads a child who loses the form', () => {
    expect(pains('the slip goes home in the bag and the kid loses it')).toContain('poor_visibility');
  });
});

describe('pain points: paper, waiting and chasing said plainly', () => {
  it('reads signing on paper in the field and couriering deeds', () => {
    expect(pains('the pickers sign the paper at the orchard gate')).toContain('manual_process');
    expect(pains('we courier the deeds to the buyer abroad')).toContain('manual_process');
  });
  it('reads word documents and printing, pdfs over outlook and a paper pack', () => {
    expect(pains("now it's only word docs and printing")).toContain('manual_process');
    expect(pains('the offers go as p d fs over gmail')).toContain('manual_process');
    expect(pains('new members take a paper pack home')).toContain('manual_process');
  });
  it('reads "then nothing for weeks" and weeks before the pack is back', () => {
    expect(pains('the client says yes on the call and then nothing for three weeks')).toContain('slow_turnaround');
    expect(pains("it's a month before we get the signed forms back")).toContain('slow_turnaround');
  });
  it('reads calling or chasing all day, and chasing the families', () => {
    expect(pains('at month end the two of us are ringing clients all day')).toContain('chasing_signatures');
    expect(pains('we chase the families by text for the deposit form')).toContain('chasing_signatures');
  });
  it('reads re-keying every order into another system as a missing integration', () => {
    expect(pains('then the office keys every sales order into xero again')).toContain('missing_integration');
  });
  it('reads a page gone missing as rework, not lost track', () => {
    const p = pains('the bank sent it back because a signature page was missing');
    expect(p).toContain('errors_rework');
    const q = pains('half the time a page has gone missing and we send the pack out again');
    expect(q).toContain('errors_rework');
    expect(q).not.toContain('poor_visibility');
  });
  it('keeps the price of a tool not taken out, said in pidgin', () => {
    expect(pains('we check pandadoc but we no take am, too expensive')).not.toContain('too_expensive');
  });
});
