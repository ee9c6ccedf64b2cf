import { extractSignals } from '../lib/signals';

const needs = (t: string) => extractSignals(t).integration_needs ?? [];
const current = (t: string) => extractSignals(t).current_solution ?? [];
const urgency = (t: string) => extractSignals(t).urgency;

describe('integration needs: tools said in a list or by what is done in them', () => {
  it('reads "zero for the accounts" after a comma', () => {
    expect(needs('orders come from woo commerce, zero for the accounts, and whatsapp for the drivers')).toContain('xero');
  });
  it('reads mail sent "over outlook"', () => {
    expect(needs('the quotes go out over outlook')).toContain('outlook');
  });
  it('reads "a full google shop" as the suite', () => {
    expect(needs("we're a full google shop here")).toContain('google_workspace');
  });
  it('reads sage as the system orders are keyed into again', () => {
    expect(needs('the clerk types each invoice into sage again by hand')).toContain('sage');
  });
});

describe('current solution: a tool the caller does not have', () => {
  it('drops a tool another party uses when the caller says they do not have it', () => {
    expect(current("some suppliers send us their own hellosign requests, but we don't have it ourselves")).not.toContain('hellosign');
    expect(current("my friend says get pandadoc, she loves it at her firm, but we don't have it")).not.toContain('pandadoc');
  });
  it('drops a tool tried and not taken, said in pidgin', () => {
    expect(current('we check docu sign last year but we no take am')).not.toContain('docusign');
  });
  it('keeps a tool in use beside another tool that is denied', () => {
    expect(needs("the rota is on a google sheet, my cousin said use docu sign but we don't have that")).toContain('google_sheets');
  });
});

describe('urgency: growth said with "next year"', () => {
  it('does not read "may go to thirty next year" as a timeline', () => {
    expect(urgency('we have twelve branches, may go to thirty next year, and two clerks in each')).toBeNull();
  });
});
