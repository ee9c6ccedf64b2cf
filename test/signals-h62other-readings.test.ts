/**
 * Readings for a document "'s gone missing", papers lost a share at a time by whoever handles them ("the drivers lose half of
 * 'em"), paper named beside texts as the whole answer, a vet named by the kind of practice, and a wait said as two numbers
 * ("in about five, six weeks") (lib/signals/README.md).
 */
import { extractSignals } from '../lib/signals';

const pains = (text: string) => extractSignals(text).pain_points;
const industry = (text: string) => extractSignals(text).industry;
const urgency = (text: string) => extractSignals(text).urgency;

describe('pain: papers gone missing or lost a share at a time', () => {
  it.each<[string, string[]]>([
    ['we do it on paper and last month a contract has gone missing', ['manual_process', 'poor_visibility']],
    ["the tenants sign a lease, and once a lease's gone missing on us", ['poor_visibility']],
    ['the porters carry the consent forms round and they lose some of them', ['poor_visibility']],
  ])('%s', (text, want) => expect(pains(text)).toEqual(want));
  it('a page gone missing is an error, not a lost document', () => {
    expect(pains("a page's gone missing from the contract")).not.toContain('poor_visibility');
  });
  it('customers lost with no papers named are no lost documents', () => {
    expect(pains('we quote about forty jobs and lose half of them to cheaper firms')).not.toContain('poor_visibility');
  });
});

describe('pain: paper beside texts as the whole answer', () => {
  it.each<[string, string[]]>([
    ["honestly it's all texts and paper at our end", ['manual_process']],
    ['everything is emails and paper', ['manual_process']],
  ])('%s', (text, want) => expect(pains(text)).toEqual(want));
  it('paper named as what the customers send is not the caller answering', () => {
    expect(pains('we sell texts and paper goods to schools')).toEqual([]);
  });
});

describe('industry: a vet named by the kind of practice', () => {
  it.each<[string, string | null]>([
    ["i'm an equine vet working out of my van", 'healthcare'],
    ["we're large animal vets up in the hills", 'healthcare'],
    // Near miss: a relative's trade is not the caller's.
    ['my son trained as a doctor and my niece is a farm vet', null],
  ])('%s', (text, want) => expect(industry(text)).toBe(want));
});

describe('urgency: a wait said as two numbers', () => {
  it.each<[string, string | null]>([
    ['we want it live in about three, four weeks', 'medium'],
    ['we need it set up in two or three weeks', 'medium'],
    // Near miss: a length of time with no need for the product.
    ['the harvest is over in about three, four weeks and then we rest the whole winter long, every year the same', null],
  ])('%s', (text, want) => expect(urgency(text)).toBe(want));
});
