/**
 * team_size from run-on speech-to-text (lib/signals/README.md, team_size): lists of users after a "who will use it" frame said
 * with few or no commas, counts per place summed over two roles, the caller's rounding, and counts priced as a question about a
 * case that is not today's (a conditional, "say", someone else's staff).
 */
import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team_size: lists of users with no commas', () => {
  it('reads "me the X and the Y" as a list after the use frame', () => {
    expect(team('the ones that will use it na me the accountant and the parish secretary, we send forms every month')).toBe(3);
    expect(team("it's me the three other advisers and the two paraplanners mate that's the team on it")).toBe(6);
  });
  it('reads a role counted right after it with no comma', () => {
    expect(team('the people wey go use am na the surveyors we get seven of them and the two admin staff plus me')).toBe(10);
    expect(team('the ones using it will be the branch heads three and the tellers another five')).toBe(8);
  });
  it('keeps a correction said without commas', () => {
    expect(team('the people who would use it are the case managers there is six sorry seven now and the two team leads')).toBe(9);
  });
  it('reads a team counted by "that\'s" and "the ones on it"', () => {
    expect(team("the ones on it would be the dispatch team that's three plus the fleet manager, the drivers won't touch it")).toBe(4);
  });
  it('reads "they are N" right after the use frame, and "plus myself"', () => {
    expect(team('only the billing clerks will use it they are four plus myself')).toBe(5);
  });
  it('reads an office list with a first name after "our" and Yorkshire t\'', () => {
    expect(team("office is me our debbie and two lads on the weighbridge and t'fitters there's four of 'em they'd all need it")).toBe(8);
  });
  it('reads pidgin "na N go use am" over the company', () => {
    expect(team('we be about sixty for the whole company, but na nine go use am')).toBe(9);
  });
  it('reads a role out on the road before its count, then "plus me"', () => {
    expect(team("the field techs are out on the road, six of 'em, they'd use it on their tablets, plus me in the office")).toBe(7);
  });
  it('reads "admin\'s two" as a group of the list', () => {
    expect(team("it would only be the site managers and admin, so site managers, there's four, and admin's two")).toBe(6);
  });
  it('goes on past why a count changed, said with a name', () => {
    expect(team("it'd be the estimators using it, there's three of us, well four now, young sam started last week, and our lass in accounts")).toBe(5);
  });
});

describe('team_size: counts per place', () => {
  it('adds two roles counted per the same place', () => {
    expect(team('we have eight branches, the tellers usually three per branch and the branch managers one per branch would use it')).toBe(32);
  });
  it('takes the caller\'s rounding, then a "plus" group', () => {
    expect(team('we run six clinics, the nurses would be on it there\'s two per clinic well three in the big one so call it fourteen plus the two in head office')).toBe(16);
  });
  it('adds the caller and a relative said to do the office side', () => {
    expect(team('we run two depots, the drivers would use it there\'s three in each depot and me and my wife do the office side')).toBe(8);
  });
  it('counts per dealership and per space', () => {
    expect(team('we have three dealerships and the sales managers would use it, there\'s two per dealership, plus the f and i manager')).toBe(7);
    expect(team("we run four co-working spaces, it's the community managers would use it, one per space, and our ops manager")).toBe(5);
  });
});

describe('team_size: counts that are no team', () => {
  it('reads a count priced as a conditional or someone else\'s case as no team', () => {
    expect(team('if the whole law school wanted it, say three hundred users, what would that run?')).toBeNull();
    expect(team('my uncle asked what it would cost for, say, forty users')).toBeNull();
    expect(team('if we open a second yard next year maybe we will have ten drivers what will be the pricing for that')).toBeNull();
    expect(team("we're nine users, what would that cost?")).toBe(9);
  });
  it('reads the licences of the tool in use as no team', () => {
    expect(team("we're on docusign but it's nobbut three licences so the lads email everything in")).toBeNull();
    expect(team("at the minute it's adobe sign on one licence that the manager shares round")).toBeNull();
  });
  it('reads "at the minute" as today\'s size', () => {
    expect(team("anyway, for us, we're about twelve at the minute, could be twenty if we win the contract")).toBe(12);
  });
});
