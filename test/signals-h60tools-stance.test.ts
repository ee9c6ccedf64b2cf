import { extractSignals } from '../lib/signals';

const current = (t: string) => extractSignals(t).current_solution ?? [];
const needs = (t: string) => extractSignals(t).integration_needs ?? [];

describe('tools only quoted for, left, or someone else\'s', () => {
  it.each([
    ['we had a quote off pandadoc last spring, far too dear', 'pandadoc'],
    ['signnow quoted me for the two of us and i passed', 'signnow'],
    ['our previous tool was docu sign and we let it go at the renewal', 'docusign'],
    ['before i was working at an estate agency, they were on dotloop over there', 'dotloop'],
    ['in my last job they used adobe sign for everything', 'adobe_sign'],
    ['a friend of mine reckons jot form is the one to get', 'jotform'],
    ['my cousin runs a salon and she reckons signeasy is good', 'signeasy'],
  ])('%s -> not %s', (text, id) => {
    expect(current(text)).not.toContain(id);
  });

  it.each([
    ['the head office is on share point but we are not connected to it', 'sharepoint'],
    ['the parish council is using dropbox but we\'re not', 'dropbox'],
  ])('another body\'s tool the caller is not on: %s', (text, id) => {
    expect(needs(text)).not.toContain(id);
  });

  it('near misses still read as in use', () => {
    expect(current('docu sign quoted us for the renewal and we are staying on it')).toContain('docusign');
    expect(current('the office is on docu sign but we\'re not happy with it')).toContain('docusign');
    expect(current('at my old job we had panda doc but now we use adobe sign here')).toContain('adobe_sign');
    expect(current('we use signnow, a friend of mine asked about it')).toContain('signnow');
  });
});
