import { extractSignals } from '../lib/signals';

describe('urgency said as time left and negated need', () => {
  it('reads "that is like N weeks" after a deadline as medium', () => {
    expect(extractSignals('we need it before the harvest festival, that is like four weeks only').urgency).toBe('medium');
    expect(extractSignals('gotta have um before easter, dat\'s like six weeks').urgency).toBe('medium');
  });
  it('keeps a distance said with "out" medium', () => {
    expect(extractSignals('we need it before the fair, that\'s like five weeks out').urgency).toBe('medium');
  });
  it('reads "don\'t need so urgent" as low', () => {
    expect(extractSignals('we don\'t need it so urgent, only looking around').urgency).toBe('low');
    expect(extractSignals('not so urgent for us').urgency).toBe('low');
  });
});

describe('use cases', () => {
  it('does not read a cohort intake date as client intake', () => {
    expect(extractSignals('we want it running before the next intake, which is in march').use_case).toBeNull();
  });
  it('reads a sublease as a lease agreement', () => {
    expect(extractSignals('each tenant signs a sublease with us, maybe fifteen a month').use_case).toBe('lease_agreements');
  });
  it('reads a photography contract as a sales contract', () => {
    expect(extractSignals('every client signs a videography contract before the shoot').use_case).toBe('sales_contracts');
  });
});

describe('pains said plainly', () => {
  const pains = (t: string) => extractSignals(t).pain_points;
  it('reads handwritten and printed paperwork as manual process', () => {
    expect(pains('the delivery notes are all handwritten and kept in a drawer')).toContain('manual_process');
    expect(pains('da waivers stay printed, brah')).toContain('manual_process');
    expect(pains('we email the quote and the customer prints and signs it')).toContain('manual_process');
  });
  it('reads a signer keeping the contract for weeks as slow turnaround', () => {
    expect(pains('the landlords hold the contract for weeks before signing')).toContain('slow_turnaround');
  });
  it('reads a paper or version that cannot be found as poor visibility', () => {
    expect(pains('when the customer complains we cannot find the papers anywhere')).toContain('poor_visibility');
    expect(pains('we keep three copies and can\'t find the right version')).toContain('poor_visibility');
  });
  it('reads forms back with blank fields as errors and rework', () => {
    expect(pains('the patients send it back with empty boxes every time')).toContain('errors_rework');
  });
  it('reads reminding on whatsapp as chasing, not manual process', () => {
    expect(pains('we keep reminding the parents on whatsapp to sign')).not.toContain('manual_process');
    expect(pains('honestly we keep reminding them on whatsapp')).toEqual(['chasing_signatures']);
  });
  it('reads a retention rule from a regulator as compliance risk', () => {
    expect(pains('the tax office wants every invoice kept ten years and our paper copies fade')).toContain('compliance_risk');
  });
});

describe('industry of the places staff are sent to', () => {
  it('does not take the sites guards or cleaners are deployed at as the caller\'s industry', () => {
    expect(extractSignals('we are a cleaning firm, our teams are deployed at offices and factories').industry).toBeNull();
    expect(extractSignals('we have guards stationed at factories in the zone').industry).toBeNull();
  });
  it('still reads the caller\'s own factory', () => {
    expect(extractSignals('we run a small factory making plastic crates').industry).toBe('manufacturing');
  });
});

describe('teams said beside other chat or mail tools', () => {
  it('reads teams listed with whatsapp, slack or gmail as microsoft teams', () => {
    expect(extractSignals('honestly we use teams a lot, and slack for the drivers').integration_needs).toContain('microsoft_teams');
  });
  it('does not read crews as microsoft teams', () => {
    expect(extractSignals('we use teams of three and talk on whatsapp').integration_needs).not.toContain('microsoft_teams');
    expect(extractSignals('we use teams to pack, then send photos on whatsapp').integration_needs).not.toContain('microsoft_teams');
  });
});
