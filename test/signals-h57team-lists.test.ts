import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;

describe('team size: run-on role counts and plus items', () => {
  it.each([
    ['the field officers we get four, the accountant one, and the store keeper.', 6],
    ['the tellers we have seven of them and the two supervisors plus me, we go all use am.', 10],
    ['the office will use it, the planners are five plus the operations manager.', 6],
    ['the users will be only our unit, we are four in the contracts section plus the dean of studies.', 5],
    ['the users will be the surveyors, we are having six, and the two in accounts department.', 8],
    ['the cashiers, there\'s four of us, and the two on the counter would need it.', 6],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('does not take "plus" after a singular department for a modifier noun', () => {
    expect(team('we are three in the claims section plus the team leader.')).toBe(4);
  });
  it('near miss: a plus group of guests is no team', () => {
    expect(team('the guests are sixty plus the bride\'s family.')).toBeNull();
  });
});

describe('team size: pairs, offices and pidgin lists', () => {
  it.each([
    ['the radiographers and the porters would be using it, so that\'s six and three, and the ward clerk.', 10],
    ['the estimators, there\'s four of \'em, and then the office which is me and our debbie.', 6],
    ['na the front office go use am, na me, the bursar and the two cashiers.', 4],
    ['the users na me, my boss the branch manager and the two tellers.', 4],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
  it('near miss: "na me" with nobody after it names no list', () => {
    expect(team('na me dey handle the paper work.')).not.toBe(2);
  });
});

describe('team size: hedges, solo callers, totals and corrections', () => {
  it('drops one person hedged after the last item of a "me and the ..." list', () => {
    expect(team('it would be me and the office manager, and the head chef maybe.')).toBe(2);
  });
  it('counts the last person when no hedge follows', () => {
    expect(team('it would be me and the office manager, and the head chef.')).toBe(3);
  });
  it('reads "just me really, i\'m the only <role>" beside party words', () => {
    expect(team('just me really, i\'m the only wedding planner at the venue')).toBe(1);
  });
  it('near miss: "just me really" with guests and no use or trade is no team', () => {
    expect(team('just me really, the wedding guests sign the waiver')).toBeNull();
  });
  it('reads "so N of us" after who would use it beside party words', () => {
    expect(team('we run a wedding venue, it\'s me and our tom in the office who\'d use it and the two planners so four of us.')).toBe(4);
  });
  it('near miss: "so N of us" going to a wedding is a party', () => {
    expect(team("we're going to the wedding, so four of us.")).toBeNull();
  });
  it('keeps a correction dated "as of"', () => {
    expect(team("we do roof surveys across the city, there's six surveyors, sorry, seven as of friday, they'd all be on it, and each surveyor does three a day")).toBe(7);
  });
  it('near miss: a corrected count of places dated "as of" is no team', () => {
    expect(team("i run three depots across the region, well, four as of june, and it's paper everywhere.")).toBeNull();
  });
  it('near miss: a date after a count with no correction keeps the count', () => {
    expect(team("we do roof surveys across the city, there's six surveyors as of friday, they'd all be on it")).toBe(6);
  });
});

describe('team size: counts that are not the team', () => {
  it.each([
    ['what would it be for forty users roughly?'],
    ['what would it cost for, say, ten people?'],
    ['the county council is a much bigger outfit, like two thousand staff, they have their own system'],
    ['my uncle for kano get supermarket with like thirty staff'],
  ])('%s -> no team', (text) => {
    expect(team(text)).toBeNull();
  });
  it('near miss: the caller\'s own count priced is still their team', () => {
    expect(team('what would it cost for our twelve users?')).toBe(12);
  });
  it('near miss: the caller\'s own bigger firm keeps its headcount', () => {
    expect(team('our practice is a much bigger one now, forty staff')).toBe(40);
  });
});
