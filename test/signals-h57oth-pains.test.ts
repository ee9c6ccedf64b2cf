/**
 * Pain readings said plainly or in Pidgin: "we lose heaps of them", "the forms dey lost", "signature no dey" (missing),
 * "print 'em out", "print the p o", "print am", "snap photo send am back", an audit trail the caller lacks beside a coming
 * audit; following up on WhatsApp is chasing, not manual work, and ringing round about wrong details is rework, not chasing.
 */
import { extractSignals } from '../lib/signals';

const pains = (t: string) => extractSignals(t).pain_points;

describe('pain points: told from inside a larger body', () => {
  it.each([
    ['the site lads hand them in and we lose tons of the forms', ['poor_visibility']],
    ['the forms dey lost for the branch', ['poor_visibility']],
    ['sometimes the stamp no dey on the form', ['errors_rework']],
    ['we print \'em out and the parents sign at the desk', ['manual_process']],
    ['the storeman has to print the p o for every order', ['manual_process']],
    ['we dey print am for office', ['manual_process']],
    ['client go sign am, snap photo and send am back', ['manual_process']],
    ['the inspectors come in about six weeks and they want an audit trail we don\'t have', ['compliance_risk']],
  ])('%s -> %j', (text, value) => {
    expect(pains(text)).toEqual(value);
  });

  it('reads chasing, not manual work, for following up on WhatsApp, and rework, not chasing, after wrong details', () => {
    expect(pains('we keep following up with customers on whatsapp till they sign')).toEqual(['chasing_signatures']);
    expect(pains('half come back with the wrong date of birth so we\'re phoning round all morning')).toEqual(['errors_rework']);
  });

  it('reads no pain in a near miss', () => {
    // losing work to rivals is no lost paperwork
    expect(pains('we lose heaps of the work to the bigger firms')).toEqual([]);
    // a coming audit alone is a date
    expect(pains('the auditors come in about six weeks')).toEqual([]);
  });
});
