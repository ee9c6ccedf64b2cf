/**
 * Tools said loosely, a tool dropped, documents named by their kind, industries said by the organisation's form, and turns about
 * someone else's business (lib/signals/README.md: integration_needs, current_solution, use_case, industry).
 */
import { extractSignals } from '../lib/signals';

describe('integration_needs: tools said loosely', () => {
  it.each<[string, string[]]>([
    ['m y o b for the accounts, and we live in gmail', ['myob', 'gmail']],
    ['honestly we have everything on microsoft', ['microsoft_365']],
    ['everything is microsoft, to be fair', ['microsoft_365']],
    ['outlook, the whole office is microsoft', ['outlook']],
    ['we\'re all on microsoft, outlook and onedrive mostly', ['outlook', 'onedrive']],
    ['box, that\'s where all the drawings sit', ['box']],
    ['sales force, that\'s our crm, and xero for the books', ['salesforce', 'xero']],
    ['everything runs on google mail and sheets', ['gmail', 'google_sheets']],
    ['the crm is hub spot, no wait, it moved to pipedrive in march', ['pipedrive']],
  ])('%s', (text, ids) => {
    expect(extractSignals(text).integration_needs).toEqual(ids);
  });

  it('a sales team is still no CRM', () => {
    expect(extractSignals('our sales force is about twenty reps').integration_needs).toEqual([]);
  });
});

describe('current_solution: a tool the caller did have and dropped', () => {
  it.each([
    'we did have docu sign for a while, dropped it when the price went up',
    'we did use panda doc a few years ago, got rid of it',
  ])('%s', (text) => {
    expect(extractSignals(text).current_solution).toEqual([]);
  });
});

describe('use_case: documents named by their kind', () => {
  it.each<[string, string]>([
    ['we\'re a small moving company and every job has a removals contract and an inventory sheet', 'sales_contracts'],
    ['each new resident signs a care agreement before the first visit', 'client_intake'],
    ['the beauticians need a tint consent from every new client', 'consent_forms'],
    ['the funder wants the consent records kept for seven years', 'consent_forms'],
    ['half the riders turn up and we still don\'t have the indemnity back', 'consent_forms'],
    ['we hire out vans, and every van hire agreement is still on carbon paper', 'sales_contracts'],
    ['we run a scooter rental shop, and each rental agreement is printed at the desk', 'sales_contracts'],
    ['every vessel call means an agency agreement with the principal', 'sales_contracts'],
    ['we keep thirty freelance editors and each of them signs a service agreement with us', 'vendor_contracts'],
  ])('%s', (text, id) => {
    expect(extractSignals(text).use_case).toBe(id);
  });

  it('a flat rental agreement is still a lease', () => {
    expect(extractSignals('we manage flats and every tenant signs a rental agreement').use_case).toBe('lease_agreements');
  });
  it('indemnity insurance is no consent', () => {
    expect(extractSignals('the indemnity insurance renews in june').use_case).toBeNull();
  });
});

describe('industry: the organisation said by its form or trade', () => {
  it.each<[string, string | null]>([
    ['we\'re an it outsourcing firm in pune, about two hundred developers', 'software'],
    ['i work for a charity that runs three hospices, we\'re registered with the commission', 'nonprofit'],
    ['we post the contracts and courier back the originals to head office', null],
    ['the courier bag went missing for a week', null],
    ['the county council hearing on our extension is next month', null],
    ['one of our drivers missed a hospital appointment pickup and the hospital went mad', null],
  ])('%s', (text, id) => {
    expect(extractSignals(text).industry).toBe(id);
  });

  it('a courier company is still logistics', () => {
    expect(extractSignals('we\'re a courier company, twelve vans').industry).toBe('logistics');
  });
});

describe('someone else\'s business gives the caller nothing', () => {
  it('a partner at another company', () => {
    const s = extractSignals('my partner\'s at a design agency, they\'re on panda doc and she asked what it would cost for, say, forty seats');
    expect(s.current_solution).toEqual([]);
    expect(s.team_size).toBeNull();
  });
  it('a friend\'s documents and volume', () => {
    const s = extractSignals('my mate\'s got a climbing gym and every climber signs a waiver, about three hundred new climbers a month');
    expect(s.use_case).toBeNull();
    expect(s.monthly_volume).toBeNull();
  });
  it('the caller\'s own trouble after a relative\'s', () => {
    const s = extractSignals('my uncle has a bakery and he\'s buried in paperwork. we dropped adobe sign last year, for us it\'s just paper now');
    expect(s.pain_points).toEqual(['manual_process']);
  });
  it('a business partner is the caller\'s own', () => {
    expect(extractSignals('my business partner runs the office side, and we send about forty leases a month').use_case).toBe('lease_agreements');
  });
});
