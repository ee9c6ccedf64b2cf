/**
 * Industry readings for callers inside a larger body or in trades not covered before: a university's office ("i'm at the
 * uni", "the uni's got"), groundworks, building inspections as the caller's own work, a guarding or cleaning firm's sites
 * (its clients, not its trade) and consultancy agreements (a document, not a consultancy).
 */
import { extractSignals } from '../lib/signals';

const industry = (t: string) => extractSignals(t).industry;

describe('industry: trades and bodies named in new ways', () => {
  it.each([
    ['hiya, i work at the uni in leeds, in the contracts team', 'education'],
    ['the uni\'s got about six thousand staff but it\'s just our office', 'education'],
    ['we\'re a groundworks outfit near hull, drainage and footings mostly', 'construction'],
    ['it\'s a little groundwork company in cork, me and the brother', 'construction'],
    ['we do building inspections round ottawa, pre sale mostly', 'real_estate'],
    ['i run a building inspection business out of halifax', 'real_estate'],
    // a university office that also signs consultancy agreements stays education
    ['i\'m in the research office at the uni, it\'s consultancy agreements and ndas', 'education'],
  ])('%s -> %s', (text, value) => {
    expect(industry(text)).toBe(value);
  });

  it('reads no industry from a guarding firm\'s sites, a student\'s "uni" or consultancy agreements alone', () => {
    expect(industry('we\'re a cleaning company in regina, offices and construction sites mostly')).toBeNull();
    expect(industry('we are a security firm, we guard warehouses and construction sites')).toBeNull();
    expect(industry('when i was at uni we had something like this')).toBeNull();
    expect(industry('mostly consultancy agreements, maybe thirty a month')).toBeNull();
    // "lay the groundwork" is no trade
    expect(industry('we want to lay the groundwork before the new year')).toBeNull();
  });

  it('keeps a builder\'s own construction sites', () => {
    expect(industry('we\'re a construction company with four construction sites on the go')).toBe('construction');
  });
});
