/**
 * Landlords who are the caller's chased signers name no trade; ADP spelled out last in a list of tools is read.
 */
import { extractSignals } from '../lib/signals';

describe('industry: landlords as the people chased', () => {
  it.each([
    ['most of my week goes on chasing landlords to sign', null],
    ['i keep reminding landlords about the forms', null],
    ['we rent out flats, about forty landlords on the books', 'real_estate'],
  ])('%s -> %s', (text, value) => {
    expect(extractSignals(text).industry).toBe(value);
  });
});

describe('integrations: ADP spelled out at the end of a tool list', () => {
  it.each([
    ['we use xero and a d p.', ['xero', 'adp']],
    ['it\'s hubspot plus adp, too', ['hubspot', 'adp']],
  ])('%s -> %j', (text, value) => {
    expect(extractSignals(text).integration_needs).toEqual(expect.arrayContaining(value as string[]));
  });

  it('reads no ADP from letters that are not the tool', () => {
    expect(extractSignals('we have an a d p form for the bank').integration_needs).toEqual([]);
  });
});
