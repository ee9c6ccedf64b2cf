/**
 * Signals said indirectly (holdout14 style; sentences of our own): a deadline said as time left or as a bare
 * fragment, tools said by their job, pains in plain speech, places of work and workflows named by their document.
 */
import { extractSignals } from '../lib/signals';

describe('urgency: said as time left or as a bare fragment', () => {
  it.each<[string, string | null]>([
    ['The grant round closes in, um, about five weeks and we need the forms signable by then.', 'medium'],
    ["Our licence renewal is in about seven weeks, we'd want to switch before that.", 'medium'],
    ['It has to be sorted before the merger, which is about two months off.', 'medium'],
    ["They want it live before the inspectors visit, and that's, erm, friday week.", 'high'],
    ['End of the week, ideally.', 'high'],
    ['Within ten days.', 'high'],
    // Not a deadline: a past count, a thing counted "out of", a bare time said about something done.
    ['We sent twenty end of the month.', null],
    ['I do maybe six quotes a month out of Excel.', null],
    ['We did forty in six weeks last year.', null],
  ])('%s → %s', (text, urgency) => {
    expect(extractSignals(text).urgency).toBe(urgency);
  });
});
