/**
 * Pain readings: papers couriered out, printouts taken (Indian English), papers that "dey get missing" (pidgin) and the wait
 * for signers said as a habit (lib/signals/README.md, pain_points conventions).
 */
import { extractSignals } from '../lib/signals';

const pains = (t: string) => extractSignals(t).pain_points ?? [];

describe('pain points: paper work said the long way round', () => {
  it.each([
    ['the lease gets couriered out to the tenant and back', 'manual_process'],
    ['we courier them out to the landlords every week', 'manual_process'],
    ['the staff is taking printout of every form and getting it signed', 'manual_process'],
    ['we take a print out, the parent signs, we file it', 'manual_process'],
    ['the delivery notes dey get missing every week', 'poor_visibility'],
    ['some of the receipts dey go missing', 'poor_visibility'],
    ['customers no dey reply, we fit wait one week', 'slow_turnaround'],
    ['we often wait a couple of weeks for the landlord to sign', 'slow_turnaround'],
  ])('%s -> %s', (text, id) => {
    expect(pains(text)).toContain(id);
  });

  it('does not read patience or a plain print as a pain', () => {
    expect(pains('we can wait two weeks for the rollout, no problem')).not.toContain('slow_turnaround');
    expect(pains('the tenants sign on time mostly')).toEqual([]);
  });
});
