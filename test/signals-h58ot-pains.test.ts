/**
 * Pain readings said in long small-business turns: signers who go quiet ("they ghost us", "doesn't reply for ten days"),
 * papers sent as attachments, pages said to be missing with a verb, another office that won't use the product (no
 * usability pain) and the price of tools in general (no price pain).
 */
import { extractSignals } from '../lib/signals';

const pains = (t: string) => extractSignals(t).pain_points;

describe('pain points: silence, attachments and missing pages', () => {
  it.each([
    ['the tenants just ghost us once the lease goes out', 'slow_turnaround'],
    ['half the suppliers ghost me, it drives me mad', 'slow_turnaround'],
    ['the customer won\'t respond for a week most times', 'slow_turnaround'],
    ['parents don\'t reply for days after we send the form', 'slow_turnaround'],
    ['the invoices go out as an email attachment and we wait', 'manual_process'],
    ['the forms are sent as whatsapp attachments', 'manual_process'],
    ['the contracts get emailed as p d fs to every client', 'manual_process'],
    ['they come back and the initials are missing half the time', 'errors_rework'],
    ['sometimes the signature pages were missing when it arrived', 'errors_rework'],
  ])('%s -> %s', (text, value) => {
    expect(pains(text)).toContain(value);
  });

  it('keeps ghosting with a follow-up as chasing only', () => {
    const got = pains('buyers ghost us and then we have to chase them every other day');
    expect(got).toContain('chasing_signatures');
    expect(got).not.toContain('slow_turnaround');
  });

  it('reads no pain from another office that will not use it or from tools priced in general', () => {
    expect(pains('we have two shops but the north road one won\'t use it, only ours')).toEqual([]);
    expect(pains('the head office won\'t use it, just our branch')).toEqual([]);
    expect(pains('honestly the price of some of these tools is nuts, is yours crazy too')).toEqual([]);
    // a reply awaited for a stretch that is not silence
    expect(pains('we don\'t need it for two weeks')).toEqual([]);
  });

  it('still reads the users refusing the current tool', () => {
    expect(pains('our team won\'t use it, they say docusign is confusing')).toContain('hard_to_use');
  });
});
