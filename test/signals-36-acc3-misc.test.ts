/**
 * Industry, urgency, integration_needs and current_solution readings from dialect and second-language turns
 * (lib/signals/README.md, field conventions): working mills and parks named by their own words, words that name a
 * market, a law or a partner rather than the caller's trade, "today" as how things are done now, dates said beside
 * the event, self-corrections of a tool, and tools that belong to someone else.
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;
const urgency = (text: string) => extractSignals(text).urgency;
const needs = (text: string) => extractSignals(text).integration_needs;
const current = (text: string) => extractSignals(text).current_solution;

describe('industry: trades named by their own words', () => {
  it('reads sawmills, caravan parks, bloc nurses and a not for profit club', () => {
    expect(industry('we run a small sawmill in the hills, pine mostly, and every haulier signs a cartage agreement')).toBe('manufacturing');
    expect(industry('we own a caravan park on the coast, about ninety pitches, and every guest signs the park rules')).toBe('hospitality');
    expect(industry('it would be the three nurses of the bloc and the surgeon who sign the consent sheets')).toBe('healthcare');
    expect(industry("we're a bowls club, not for profit, and every member signs the membership form each year")).toBe('nonprofit');
  });
});

describe('industry: words that name a market, a law or a partner', () => {
  it('reads no trade from medical clients, a bookkeeping law, an insurance partner or placing orders', () => {
    expect(industry('we do medical translation and legal translation, about forty jobs a month')).toBeNull();
    expect(industry('the bookkeeping law says we must keep the contracts in electronic form')).toBeNull();
    expect(industry('our insurance partner wants every contract stored electronically from next year')).toBeNull();
    expect(industry('we place the orders with the suppliers and each supplier signs the purchase order')).toBeNull();
  });
});

describe('urgency', () => {
  it('reads "today" opening a description of the present as no deadline', () => {
    expect(urgency('today the driver brings the paper back to the office and it takes a week')).toBeNull();
    expect(urgency('we collect the forms by hand, today is all paper and photocopies')).toBeNull();
  });
  it('reads a date tied to the purchase as high', () => {
    expect(urgency('the intake opens on first march, so we need it before, the director will sign off next week')).toBe('high');
    expect(urgency('we need it before the audit, the fourteenth of june')).toBe('high');
    expect(urgency('the inspection is the tenth of next month, so we need it in before then')).toBe('high');
    expect(urgency('the grant closes on the twentieth of may, so we want it running afore then')).toBe('high');
    expect(urgency('honestly sooner the better')).toBe('high');
  });
  it('reads time left said after a deadline, and a season that kicks off a month away, as medium', () => {
    expect(urgency('the lease renews in june and they want it done before that, so more or less three months')).toBe('medium');
    expect(urgency('the harvest kicks off in march, that is about a month away')).toBe('medium');
  });
});

describe('integration_needs', () => {
  it('reads the drive beside the google mail, sage where the books are kept, and a corrected accounting tool', () => {
    expect(needs('we are all google, the gmail and the drive')).toEqual(['gmail', 'google_drive']);
    expect(needs('our bookkeeper does the payroll in sage')).toEqual(['sage']);
    expect(needs('the accounts were on quick books, no sorry, we switched to sage in spring')).toEqual(['sage']);
    expect(needs('the invoices go in xero, sorry, not xero, it is myob')).toEqual(['myob']);
  });
  it('reads microsoft apps named beside "the microsoft stuff", and "the teams" listed after microsoft', () => {
    expect(needs('we use the microsoft stuff, outlook mostly')).toEqual(['outlook']);
    expect(needs('the office is all microsoft, the teams too')).toEqual(['microsoft_teams']);
  });
  it("reads no need from the client's own CRM or a sales team at work", () => {
    expect(needs("the customer uses salesforce but that's the customer's, we just use gmail")).toEqual(['gmail']);
    expect(needs('and our sales force takes the orders on paper')).toEqual([]);
  });
});

describe('current_solution', () => {
  it('reads word as the one tool, and ms word spelled out', () => {
    expect(current('nothing fancy, only word and we print them out')).toEqual(['microsoft_word']);
    expect(current('we type the contracts in m s word')).toEqual(['microsoft_word']);
  });
  it("reads no current tool from someone else's or a denied one", () => {
    expect(current("my cousin's on docusign for his shop, but we've nothing like that")).toEqual([]);
    expect(current('adobe sign, everyone asks, no, we don\'t use it')).toEqual([]);
  });
});
