import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: lists in long turns, growth and unit prices (holdout34/35 kinds)', () => {
  it('goes on with the list past people words like "gals"', () => {
    expect(team("the dispatchers would use it, there's three of 'em, and the two gals at the front counter, plus me.")).toBe(6);
  });

  it('closes a list with one pilot named by role', () => {
    expect(team("the dispatch agents, there's five, plus the chief pilot, they'd be the ones using it.")).toBe(6);
  });

  it('reads no team from growth asked as a pricing question', () => {
    expect(team('what plan would it be if we grow to three hundred people?')).toBeNull();
    expect(team('and what if we went up to maybe sixty users next year?')).toBeNull();
  });

  it('reads no team from the price of one seat', () => {
    expect(team("what's the price for one seat, roughly?")).toBeNull();
    expect(team("what's the price for 12 seats?")).toBe(12);
  });

  it('does not add the shifts a count is split into', () => {
    expect(team('the nurses at intake, there are eight, four on day shift and four on nights, and the ward clerk.')).toBe(9);
  });

  it('adds a list joined after a "would be on it" clause', () => {
    expect(team("four landmen and three lease analysts who'd be on it, and me.")).toBe(8);
  });

  it('reads a first name after a role as that same person', () => {
    expect(team('we have five branches. who would use it is the coordinators, one per branch, and our office manager, dana, and me.')).toBe(7);
    expect(team('the three paralegals and our office manager, dana, and me would use it.')).toBe(5);
  });

  it('reads an abbreviation spelled out as the same person', () => {
    expect(team('our payroll team, three of us, plus the h r d, the human resources director.')).toBe(4);
  });

  it('reads the caller and one named "guy" as two', () => {
    expect(team("we're thirty people but only me and the it guy, ravi, would use it.")).toBe(2);
  });

  it('adds a "plus" person after a framed list of shift counts', () => {
    expect(team('the shift leads, two on days and two on nights, would use it, plus the warehouse lead.')).toBe(5);
  });

  it('takes back a listed group corrected to one person', () => {
    expect(team("our estimators, there's four, and the designers, no sorry, just the lead designer, and the office manager.")).toBe(6);
  });

  it('does not read documents written "of them" as people', () => {
    expect(team('the three field reps would use it. every grower who brings fruit to the shed signs a supply agreement or a pooling ' +
      "contract, and over harvest, that's july to october, we'd write about six hundred of them.")).toBe(3);
  });

  it('reads an item whose initials are spelled out before its count', () => {
    expect(team("the line supervisors, there's five of them, and the e r techs, emergency room, there's two, they'd be using it.")).toBe(7);
  });
});
