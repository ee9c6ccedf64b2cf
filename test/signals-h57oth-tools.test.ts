/**
 * Tools named by others in a larger body: one someone in another department put forward ("someone in i t mentioned docu
 * sign") and one the head office uses that the caller's branch cannot ("... in head office but our branch cannot use it")
 * are not the caller's current solution; a transport order sent to the carrier is a vendor contract.
 */
import { extractSignals } from '../lib/signals';

const current = (t: string) => extractSignals(t).current_solution;

describe('tools: another part of the body', () => {
  it.each([
    ['someone in finance mentioned panda doc but nobody\'s looked at it', []],
    ['a guy from legal suggested adobe sign, we never went further', []],
    ['we are on adobe sign at head office but the branch office doesn\'t have it', []],
    ['we have docu sign in head office but our branch can\'t use it', []],
  ])('%s -> %j', (text, value) => {
    expect(current(text)).toEqual(value);
  });

  it('keeps a suggestion taken up and a head office tool the branch uses too', () => {
    expect(current('someone in finance mentioned panda doc and we\'ve used it since')).toEqual(['pandadoc']);
    expect(current('we use signnow in head office and in the branches too')).toEqual(['signnow']);
  });

  it('reads a transport order sent to the carrier as a vendor contract, not one alone', () => {
    expect(extractSignals('each load gets a transport order to the haulier to sign').use_case).toBe('vendor_contracts');
    expect(extractSignals('the transport orders come in from our customers').use_case).toBeNull();
  });
});
