/**
 * Pain readings: signers chased "to sign" named by any plural, a wait in progress ("taking two weeks to sign"), papers sent by
 * courier or kept in a folder, parts left out ("pages missing", "kicks it back if ..."), not knowing what came back, the tax
 * office asking for records; a pricing question about growth is no price pain and a coming audit the caller is ready for no worry.
 */
import { extractSignals } from '../lib/signals';

const pains = (t: string) => extractSignals(t).pain_points;

describe('pains said in passing', () => {
  it.each([
    ['we keep chasing tenants to sign every month', ['chasing_signatures']],
    ['the suppliers are taking three weeks to sign', ['slow_turnaround']],
    ['the leases get couriered between offices', ['manual_process']],
    ['the agreements live as paper in a drawer', ['manual_process']],
    ['half of them come with initials missing', ['errors_rework']],
    ['the insurer bounces it back if a box is blank', ['errors_rework']],
    ['honestly we have no idea who has signed and who has not', ['poor_visibility']],
    ['we had a notice from the tax office about our contracts', ['compliance_risk']],
  ])('%s -> %j', (text, value) => {
    expect(pains(text)).toEqual(value);
  });

  it('reads no pain in a growth price question, a ready audit or people who will not use it', () => {
    expect(pains('what would the price be if we went up to thirty users')).toEqual([]);
    expect(pains('the inspection audit is next week but we are sorted for that')).toEqual([]);
    expect(pains("there's about twenty drivers but they won't use it")).toEqual([]);
    expect(pains('the price went up forty percent')).toEqual(['too_expensive']);
  });
});
