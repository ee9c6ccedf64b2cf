/**
 * Pains said in rural and dialect English and by second-language callers: documents that travel by bus or come back
 * by scan, papers lost or gone walkabout, inspectors who wrote the caller up, a compliance form that is only a form.
 */
import { extractSignals } from '../lib/signals';

const pains = (text: string) => extractSignals(text).pain_points;

describe('pains said in dialect and second-language English', () => {
  it.each([
    ['the signed forms come by minibus from the villages', 'manual_process'],
    ['the landlord signs the lease and returns it by scan', 'manual_process'],
    ['for the approvals we still use hanko on every page', 'manual_process'],
    ['for the tenancy forms it is aw paper, nothing else', 'manual_process'],
    ['then the office has to scan each one before filing', 'manual_process'],
    ['the supervisor goes farm to farm and gets the papers signed', 'manual_process'],
    ['our quotes go out by email as p d f files', 'manual_process'],
    ['the drivers lose the papers in the rain', 'poor_visibility'],
    ['the old contracts are in boxes, very hard to find when we need them', 'poor_visibility'],
    ['the slips come back late and half the time they are lost', 'poor_visibility'],
    ['if one goes missin the hauler won\'t pay', 'poor_visibility'],
    ['the dockets go walkabout in the truck and we never see them again', 'poor_visibility'],
    ['by march we couldn\'t find half of the waivers', 'poor_visibility'],
    ['the yard boss hasn\'t a clue who has signed the induction', 'poor_visibility'],
    ['the landlord forgets a box, so back it goes, that\'s three weeks gone', 'slow_turnaround'],
    ['we post it to the grower, and sometimes that\'s two weeks before it is back', 'slow_turnaround'],
    ['most leases don\'t get signed till the tenant has moved in', 'slow_turnaround'],
    ['the estimate sits in the farmer\'s truck for weeks', 'slow_turnaround'],
    ['the offer sits on the owner\'s desk for three weeks', 'slow_turnaround'],
    ['we remind the tenants two, three times by text', 'chasing_signatures'],
    ['so i\'m chasin \'em round the yard every morning', 'chasing_signatures'],
    ['the foreman is chasing him for days to sign', 'chasing_signatures'],
    ['the secretary is ringing the parents to sign the form', 'chasing_signatures'],
    ['the council inspector wrote us up for unsigned timesheets', 'compliance_risk'],
    ['last spring we got written up over the logbooks', 'compliance_risk'],
    ['we had a warning letter from the ministry', 'compliance_risk'],
    ['if there is no signed waiver, we are not insured', 'compliance_risk'],
    ['the new electronic signature law says we must keep the originals digitally', 'compliance_risk'],
    ['some of the consents wasn\'t dated', 'errors_rework'],
  ])('%s -> %s', (text, pain) => {
    expect(pains(text)).toContain(pain);
  });

  it.each([
    ['each supplier signs the contract and the supplier compliance declaration', 'compliance_risk'],
    ['new staff sign the staff contract and the gdpr form on day one', 'compliance_risk'],
    ['we looked at adobe sign last year but we didn\'t take it, way too expensive', 'too_expensive'],
    ['um, is the data stored in canada or', 'compliance_risk'],
  ])('%s -> not %s', (text, pain) => {
    expect(pains(text)).not.toContain(pain);
  });
});
