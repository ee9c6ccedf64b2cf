/**
 * Industry, urgency, integration_needs and current_solution readings from long second-language turns
 * (lib/signals/README.md, field conventions): trades named by their own words, cues that name a document or a
 * counterparty rather than the caller's trade, and a relative's place said as theirs after the caller turned back.
 */
import { extractSignals } from '../lib/signals';

const industry = (text: string) => extractSignals(text).industry;

describe('industry: trades named by their own words', () => {
  it('reads collision shops, bond originators, guest lodges, architecture offices and bottlers', () => {
    expect(industry('we run three collision shops out past the interstate and every car gets a repair order')).toBe('automotive');
    expect(industry('we are a small mortgage originator, the advisers send applications to four banks')).toBe('financial_services');
    expect(industry('so we have a game lodge near the park, about twenty rooms, and every guest signs an indemnity')).toBe('hospitality');
    expect(industry('we are an architecture and engineering firm in graz, around twenty people')).toBe('construction');
    expect(industry('we are a family business, we make and bottle cider, maybe two hundred thousand bottles')).toBe('manufacturing');
  });
});

describe('industry: cues that name a document or a counterparty', () => {
  it('reads no trade from a power of attorney, an insurance form or adjusters the caller sends to', () => {
    expect(industry('each client signs a power of attorney before we can file anything for them')).toBeNull();
    expect(industry('we are a cleaning contractor and each new cleaner fills the health insurance form and the contract')).toBeNull();
    expect(industry('the slow part is the adjusters, we send the estimates to the adjusters and wait a week')).toBeNull();
  });
  it('reads no trade from the goods of brands the caller represents', () => {
    expect(industry('we are an agency in milan, we represent six brands, mostly knitwear, and the buyers sign the orders')).toBeNull();
    expect(industry('we are a knitwear company in prato, around sixty people')).toBe('manufacturing');
  });
});

describe('industry: a relative\'s place', () => {
  it('stays theirs when the caller says it is theirs after a "but"', () => {
    expect(industry('my sister has a physio clinic, she is happy with you, but that\'s her clinic. for us the problem is the forms'))
      .toBeNull();
  });
});

const needs = (text: string) => extractSignals(text).integration_needs;
const current = (text: string) => extractSignals(text).current_solution;

describe('integration_needs: tools said by their job or in speech-to-text spellings', () => {
  it('reads "outlook for the email", "slack for the chat", "m s teams" and "sending by outlook"', () => {
    expect(needs('we have our own erp for the stock and outlook for the email')).toEqual(['outlook']);
    expect(needs('we are a google shop, and slack for the chat')).toEqual(['google_workspace', 'slack']);
    expect(needs('mainly outlook and m s teams, nothing else really')).toEqual(['outlook', 'microsoft_teams']);
    expect(needs('we write the letters in word and we send them by outlook')).toEqual(['outlook']);
    expect(needs('the staff use outlook for the email, and teams')).toEqual(['outlook', 'microsoft_teams']);
  });
  it('reads the books kept "in sage"', () => {
    expect(needs('all the invoices are in sage, and we chat on slack')).toEqual(['sage', 'slack']);
  });
  it('reads only the named Google apps beside "everything is in google"', () => {
    expect(needs('we use g mail and google drive, everything is in google')).toEqual(['gmail', 'google_drive']);
  });
  it('reads no need from what other people take the caller to use', () => {
    expect(needs('it is not hubspot, people always think hubspot, we have our own crm')).toEqual([]);
  });
  it('reads no need or timeline from a tool the caller is only "thinking to get"', () => {
    const r = extractSignals('we are thinking to get sales force next year, maybe');
    expect(r.integration_needs).toEqual([]);
    expect(r.urgency).toBeNull();
  });
});

describe('current_solution: another party\'s tool', () => {
  it('reads no tool of one of several other parties, or one the caller says they don\'t have', () => {
    expect(current('the suppliers all do it differently, one uses docu sign, one sends a scan')).toEqual([]);
    expect(current('the landlords send their leases in docu sign, but we don\'t have it')).toEqual([]);
  });
});

const urgency = (text: string) => extractSignals(text).urgency;

describe('urgency: deadlines said loosely', () => {
  it('reads the time left with a spoken range as medium', () => {
    expect(urgency('the new season starts in april, so i need it before that, we have like, six, seven weeks')).toBe('medium');
  });
  it('reads a date with a bare "before" at the end, or a start date after "before", as high', () => {
    expect(urgency('the trade fair is the ninth of march, and we want all of it ready before')).toBe('high');
    expect(urgency('the board meets on the twelfth, i\'d like to have the offer before')).toBe('high');
    expect(urgency('we need this before the new school year, our school year starts september fifth')).toBe('high');
    expect(urgency('the auditor wants the files clean before, so, like, this month')).toBe('high');
  });
  it('reads no deadline from a signer\'s promise, an emergency as a situation, or "the problem today"', () => {
    expect(urgency('the tenant says oh, i sign tomorrow, and then nothing, and we chase again')).toBeNull();
    expect(urgency('the owner signs the form at the front desk in an emergency, then it goes in a drawer')).toBeNull();
    expect(urgency('the problem today, all the forms are on paper and they get lost')).toBeNull();
  });
});

describe('current_solution: one of the caller\'s own places', () => {
  it('still reads the tool one of the caller\'s own offices uses', () => {
    expect(current('we have two offices, one uses docu sign and the other is all paper')).toEqual(['docusign']);
  });
});
