import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: trade staff words, per-site counts and lists (holdout30/31 kinds)', () => {
  it('goes on with the list past a count whose reason is leave', () => {
    expect(team("the surveyors would use it, there's six surveyors, well, five now, one's on paternity leave, and the office manager.")).toBe(6);
  });

  it('reads a team said to use it before its count, plus the caller', () => {
    expect(team('we have loads of freelance tutors, but the admin team that would use it is three, plus myself.')).toBe(4);
  });

  it('does not count freelancers who every one of them sign an agreement', () => {
    expect(team('we have about two hundred freelance translators and every one of them signs a contract with us.')).toBeNull();
  });

  it('reads no team from the licences of the tool in use said short', () => {
    expect(team('pandadoc, but we have only the one licence')).toBeNull();
    expect(team("it's adobe sign but only three licences, so the rest of us print things")).toBeNull();
    expect(team("we'd need it for the office, but only three seats")).toBe(3);
  });

  it('adds roles said without "the" and a department said with "is"', () => {
    expect(team('only the project managers and the site engineers would use it, project managers are four and site engineers another seven, plus myself.')).toBe(12);
    expect(team('the people using it would be reception and accounts, reception are five and accounts is two, and me.')).toBe(8);
  });

  it('does not read who alone knows how to do a task as a team', () => {
    expect(team('the templates are a pain, no one here knows how to edit them only me.')).toBeNull();
  });

  it('multiplies a count per site said after a group of people words', () => {
    expect(team('we run four depots across the region, the depot lads, there are three per depot, they would send the dockets.')).toBe(12);
  });

  it('adds one person after a count of the caller and colleagues at a place', () => {
    expect(team("it's the five of us in the stores plus the plant manager.")).toBe(6);
  });

  it('adds people covering a shift to people on another shift', () => {
    expect(team("the dispatch clerks would be using it, there's three on days and two that cover nights")).toBe(5);
  });

  it('adds a "plus" group after a count whose role was said to use it before', () => {
    expect(team("the loan processors would be using it, there's eight of them, plus the three compliance folks.")).toBe(11);
  });

  it('adds one person said by a people word, and stops at a hedged one', () => {
    expect(team("the estimators would use it, there's three of them, and then the cad guy, he'd need it too")).toBe(4);
    expect(team("it'd be me, the two planners and the estimator, maybe the yard guy but not yet")).toBe(4);
  });

  it('multiplies a count per estate or farm by the estates said before', () => {
    expect(team('we have three farms up north, the farm managers would use it, one per farm, and the two of us in the head office.')).toBe(5);
  });

  it('adds a "plus" group who would also use it after the caller\'s own total', () => {
    expect(team('the loan officers, each branch has five, so thirty in total, plus the three auditors in head office who would also use it.')).toBe(33);
  });

  it('adds a group at a desk named with "and"', () => {
    expect(team('the agents are seven, the two at the bookings and payments desk, and me.')).toBe(10);
  });

  it('adds the sisters in charge per clinic', () => {
    expect(team('we have six clinics, the sisters in charge would use it, one per clinic, and the three of us in the district office.')).toBe(9);
  });

  it('reads a role with a longer clause before its count', () => {
    expect(team('the consultants who handle the tenders are four, sorry, five now, and the two in accounts, and our director.')).toBe(8);
  });

  it('reads an office said to be a list, with the caller\'s title closing it', () => {
    expect(team('we are about five hundred staff, but for this only the office, the payroll clerk, the site coordinator and me, the plant manager.')).toBe(3);
  });

  it('adds people listed after a counted group beside the caller', () => {
    expect(team('the users would be the front office, that is me and the two booking ladies, and the stores supervisor.')).toBe(4);
  });

  it('reads no team from a company count said not to be the users', () => {
    expect(team('the entire firm is about four hundred, but for this only the finance office.')).toBeNull();
  });
});
