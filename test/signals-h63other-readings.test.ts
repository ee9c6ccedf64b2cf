/**
 * Readings for a pidgin "we get small hotel" (we have one), a relative's tool named after the caller's wife or husband, a
 * developer's sale agreements and allotment letters as property sales, Xero misheard as "zero" linked to for the accounts, and a
 * guess that the new product does not integrate (no pain with the current tool) (lib/signals/README.md).
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;
const tools = (text: string) => extractSignals(text).current_solution;
const useCase = (text: string) => extractSignals(text).use_case;
const links = (text: string) => extractSignals(text).integration_needs;
const pains = (text: string) => extractSignals(text).pain_points;

describe('industry: pidgin "we get" a small place of our own', () => {
  it.each<[string, string | null]>([
    ['we get small restaurant for yaba, na four of us for the kitchen', 'hospitality'],
    ['i get one small hotel for ikeja, eighteen rooms', 'hospitality'],
    // Near miss: hotels named as who calls, with no place of the caller's own.
    ['we get hotels calling us every week for the linen', null],
  ])('%s', (text, want) => expect(industry(text)).toBe(want));
});

describe('current solution: a spouse\'s tool is not the caller\'s', () => {
  it.each<[string, string[]]>([
    ["my husband's an accountant, he uses pandadoc for his clients, nothing to do with me", []],
    ['my wife runs a salon and she is on jotform for bookings', []],
    // Near miss: the caller's own tool, said with no relative.
    ['we use jotform for the patient forms at the moment', ['jotform']],
  ])('%s', (text, want) => expect(tools(text)).toEqual(want));
});

describe('use case: a developer\'s sale agreements and allotment letters', () => {
  it.each<[string, string | null]>([
    ['we are a real estate developer, every buyer signs the sales agreement', 'real_estate_transactions'],
    ['for each flat we issue the allotment letter to the buyer', 'real_estate_transactions'],
    // Near miss: a sale agreement with no property about it is a sales contract.
    ['we are a machinery dealer and every customer signs a sale agreement', 'sales_contracts'],
  ])('%s', (text, want) => expect(useCase(text)).toBe(want));
  it('a share allotment letter is no property sale', () => {
    expect(useCase('we send every investor an allotment letter for the shares')).not.toBe('real_estate_transactions');
  });
});

describe('integration: "zero" linked to for the accounts', () => {
  it.each<[string, string[]]>([
    ['it needs to connect to zero for the books and to dropbox', ['xero', 'dropbox']],
    ['it has to sync with zero for our invoicing', ['xero']],
    // Near miss: zero as a number.
    ['we went down to zero for the accounts backlog last year', []],
  ])('%s', (text, want) => expect(links(text)).toEqual(want));
});

describe('pain: a guess that the new product does not integrate', () => {
  it.each<[string, string[]]>([
    ["we use a niche practice system which you probably don't connect with, and we're always chasing signatures", ['chasing_signatures']],
    ['our crm, you might not integrate with it, i guess', []],
    // Near miss: the current tool does not connect.
    ["our e-sign tool doesn't talk to the crm at all", ['missing_integration']],
  ])('%s', (text, want) => expect(pains(text)).toEqual(want));
});
