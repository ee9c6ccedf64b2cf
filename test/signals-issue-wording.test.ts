/**
 * Cases in the issue's own wording (holdout5 style, mid-market B2B callers): departments added up,
 * party look-alikes, "today" meaning currently, medium timelines tied to choosing a tool, chasing
 * paperwork, and the present process after a dropped tool.
 */
import { extractSignals } from '../lib/signals';

describe('team_size: departments add up; people at an event are not a team', () => {
  it.each<[string, number | null]>([
    ["There's six of us in sales and three in ops.", 9],
    ['Four of us in finance and two in legal would use it.', 6],
    ['We had ten people at the team offsite in May.', null],
    ['Fourteen people at the company picnic, it was great.', null],
    ['We are a 15-person sales team.', 15],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).team_size).toBe(want);
  });
});

describe('urgency: "today" as currently, and medium timelines for choosing a tool', () => {
  it.each<[string, string | null]>([
    ['Our contracts live in SharePoint today, for what it is worth.', null],
    ["We're on HubSpot today and it works fine.", null],
    ['We need it in place today if at all possible.', 'high'],
    ["Over the next few weeks we'll be comparing three vendors.", 'medium'],
    ["We're thinking about picking a platform next quarter.", 'medium'],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).urgency).toBe(want);
  });
});

describe('pain_points: chasing paperwork; the present process after a dropped tool', () => {
  it('chasing signed forms is chasing signatures', () => {
    expect(extractSignals('Our coordinators chase consent forms every single week.', 0).pain_points).toContain('chasing_signatures');
    expect(extractSignals('We spend Fridays chasing waivers.', 0).pain_points).toContain('chasing_signatures');
  });
  it('what they have done since leaving a tool is a current pain', () => {
    expect(extractSignals('We cancelled Adobe Sign last fall and have been faxing everything since.', 0).pain_points).toContain('manual_process');
    expect(extractSignals('We ditched PandaDoc and ended up printing and scanning again.', 0).pain_points).toContain('manual_process');
  });
  it('a complaint about the dropped tool itself still does not count', () => {
    expect(extractSignals('We dropped DocuSign because it was way too expensive.', 0).pain_points).not.toContain('too_expensive');
  });
});

describe('integration_needs: the integration itself declined outweighs mere use', () => {
  it.each<[string, string[]]>([
    ['We use Slack internally, but we do not need a Slack integration.', []],
    ["We live in Teams all day, though we don't need a Microsoft Teams integration for signing.", []],
    ["We don't need Slack, but the HubSpot integration is a must.", ['hubspot']],
    ['We use Slack and Gmail every day.', ['slack', 'gmail']],
  ])('%s → %j', (text, want) => {
    expect([...extractSignals(text, 0).integration_needs].sort()).toEqual([...want].sort());
  });
});

describe('poor_visibility: only documents get lost', () => {
  it.each<[string, boolean]>([
    ['Our office is hard to find, so delivery drivers always get lost.', false],
    ['Signed contracts get lost in email all the time.', true],
    ['Half the forms just got lost last quarter.', true],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).pain_points.includes('poor_visibility')).toBe(want);
  });
});

describe('monthly_volume: per-person rates and headcounts in a period', () => {
  it.each<[string, number | null]>([
    ['Our eight account executives each send about three proposals a week.', 104],
    ['The 12 recruiters each do around ten offer letters a month.', 120],
    ["We were 20 last year, we're 30 now.", null],
    ['We sent 200 last month.', 200],
  ])('%s → %s', (text, want) => {
    const v = extractSignals(text, 0).monthly_volume;
    if (want === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(want, 0);
  });
});

describe('integration_needs: bare "Teams" named as an integration', () => {
  it.each<[string, boolean]>([
    ['We need Teams integration, and ideally SharePoint too.', true],
    ['Is there a Teams app for approvals?', true],
    ['Our sales teams integration work is done by IT.', false],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).integration_needs.includes('microsoft_teams')).toBe(want);
  });
});

describe('a named day with a deadline after it; government agencies', () => {
  it.each<[string, string | null]>([
    ['We have a board meeting Thursday and I need a recommendation by then.', 'high'],
    ['Our audit is Monday, and everything has to be signed before then.', 'high'],
    ['The demo on Tuesday works for me.', null],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).urgency).toBe(want);
  });
  it.each<[string, string | null]>([
    ["We're a city agency.", 'government'],
    ['I work in the county clerk office.', 'government'],
    ['We sell to a state agency.', null],
  ])('%s → %s', (text, want) => {
    expect(extractSignals(text, 0).industry).toBe(want);
  });
});
