/**
 * Integration and current-tool readings: Microsoft and Google apps listed with no commas, the one mail tool ("it's all
 * outlook"), a tool for "everything else", advice said as speech ("my cousin is saying get ..."), and a reseller's product
 * lines (lib/signals/README.md).
 */
import { extractSignals } from '../lib/signals';

const needs = (t: string) => extractSignals(t).integration_needs ?? [];
const current = (t: string) => extractSignals(t).current_solution ?? [];

describe('integration needs: apps listed with no commas', () => {
  it.each([
    ['we are a microsoft shop, sharepoint teams and excel for the rest', 'microsoft_teams'],
    ['everything microsoft, one drive teams, the usual', 'microsoft_teams'],
    ['we use outlook teams and sharepoint for the files', 'microsoft_teams'],
    ['we run on google, gmail drive and sheets', 'google_drive'],
    ['it is all google here, gmail calendar docs', 'google_calendar'],
    ['google for everything, g mail docs calendar', 'google_calendar'],
  ])('%s -> %s', (text, id) => {
    expect(needs(text)).toContain(id);
  });

  it('does not read sports or work teams as the chat tool', () => {
    expect(needs('we are a microsoft partner and our sales teams use it')).not.toContain('microsoft_teams');
    expect(needs('the drive calendar for the vans is on a whiteboard')).not.toContain('google_calendar');
    expect(needs('i drive to the office every day')).not.toContain('google_drive');
    expect(needs('our field teams and office staff use outlook')).not.toContain('microsoft_teams');
  });
});

describe('integration needs: the one mail tool', () => {
  it.each([
    ["right now it's all outlook and paper", 'outlook'],
    ['we keep the rota in deputy and outlook for everything else', 'outlook'],
    ['xero for invoices and outlook for the rest', 'outlook'],
  ])('%s -> %s', (text, id) => {
    expect(needs(text)).toContain(id);
  });

  it('does not read the outlook for a period', () => {
    expect(needs('the outlook for next year is good')).not.toContain('outlook');
  });
});

describe('current solution: tools others tell the caller to get', () => {
  it('drops a tool a relative or adviser is saying to get', () => {
    expect(current('my brother is saying get pandadoc but we never looked at it')).not.toContain('pandadoc');
    expect(current('my accountant keeps telling us to try docusign')).not.toContain('docusign');
  });
  it('keeps the tool the caller uses', () => {
    expect(current('we use pandadoc for the proposals')).toContain('pandadoc');
  });
});

describe('current solution: what a reseller sells', () => {
  it('drops the product lines named with the trade', () => {
    expect(current('we are a software reseller in pune, autodesk and adobe mostly')).not.toContain('adobe_sign');
    expect(current("we're an authorised dealer for adobe and corel")).not.toContain('adobe_sign');
  });
  it('keeps a tool the reseller uses', () => {
    expect(current('we are a reseller and we use adobe sign for the order forms')).toContain('adobe_sign');
  });
});
