import { extractSignals } from '../lib/signals';

const current = (t: string) => extractSignals(t).current_solution ?? [];
const needs = (t: string) => extractSignals(t).integration_needs ?? [];

describe('tools named by their job', () => {
  it.each([
    ['we use word for the quotes and gmail for sending', 'microsoft_word'],
    ['we type them up in word and post them', 'microsoft_word'],
    ['the invoice we type am for word then print', 'microsoft_word'],
  ])('%s -> %s', (text, id) => {
    expect(current(text)).toContain(id);
  });

  it.each([
    ['hub spot for the leads and slack internally', 'slack'],
    ['the books are on xero, everything else is outlook', 'outlook'],
  ])('%s -> %s', (text, id) => {
    expect(needs(text)).toContain(id);
  });

  it('near misses do not read', () => {
    expect(current('we copy it out word for word from the old form')).not.toContain('microsoft_word');
    expect(needs('the staff could do with some slack in the rota')).not.toContain('slack');
    expect(needs('everything else is looking up, the business outlook is good')).not.toContain('outlook');
  });
});
