import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: island and rural US speech (holdout44/45 kinds)', () => {
  it('reads "of em" like "of \'em"', () => {
    expect(team("the booking clerks, there's six of em, and the two in the front office, plus me")).toBe(9);
  });

  it('reads "it\'s N of em" after a role, beside party words and a payroll headcount', () => {
    expect(team("we do weddings and birthday parties. the event planners, it's four of em, they send the quotes. we got like forty on payroll")).toBe(4);
  });

  it('counts a group sitting in an office of several words', () => {
    expect(team("the loan clerks, there's three, and the two in the lost and found office, plus me")).toBe(6);
    expect(team("the cashiers, there's four of em, and the two in the right of entry office, plus me")).toBe(7);
  });

  it('names nobody with "man", "mane" or "bro" after a list', () => {
    expect(team("it'd be me and the two planners, man, that's it")).toBe(3);
    expect(team("it'd be me and the four dispatchers, bro, nobody else")).toBe(5);
  });

  it('reads an office said to be "still just" or "only" a couple', () => {
    expect(team('office is still just me and the husband, whatever happens')).toBe(2);
    expect(team("the crew won't touch it, it'd only be the office, me and my son")).toBe(2);
  });

  it('reads Kriol "weh would use it, we deh N, plus di two X"', () => {
    expect(team('di drivers weh would use it, we deh nine, plus di two dispatchers')).toBe(11);
  });

  it('takes people hired, with a particle or a correction, as hires', () => {
    expect(team('every spring we hire on deckhands, about forty, and they all sign the crew agreement')).toBeNull();
    expect(team('in the season we hire like sixty, no wait, seventy pickers')).toBeNull();
  });

  it('takes a price asked for a conditional count as no team', () => {
    expect(team("how much per seat if it's just, say, eight users?")).toBeNull();
    expect(team('if we opened a new branch with about six tellers, what would that cost')).toBeNull();
  });

  it('adds organizers, and a group placed "at the X"', () => {
    expect(team("the field reps, there's four, the three organizers, and the secretary, and me.")).toBe(9);
    expect(team('the drivers, we got five on days and two on nights, and the front office at the depot, that\'s three, they\'d be on it.')).toBe(10);
  });

  it('keeps a correction of a count said after the role', () => {
    expect(team('the users would be the bookkeepers, we are four, sorry, five since the new lad started, and the two in payroll.')).toBe(7);
    expect(team("the porters at the gate, there's three, well, four now with the temp, and the two supervisors would be on it")).toBe(6);
  });

  it('leaves out one person hedged after the list', () => {
    expect(team("the people on it would be me, the matron and the three carers, and the owner maybe.")).toBe(5);
    expect(team("it'd be me, the two drivers and the yard manager maybe.")).toBe(3);
  });

  it('leaves out a group said only to need to see it', () => {
    expect(team("the brokers, there's six, and the two directors, but they'd only need to see it.")).toBe(6);
    expect(team("the dispatchers, there's five, and the area managers, there's four, but they'd just need to look at it.")).toBe(5);
  });
});
