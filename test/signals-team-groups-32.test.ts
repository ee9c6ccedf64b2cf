/**
 * Team size in long turns of callers speaking English as a second language and of North American, Oceanian, southern
 * African and Gulf callers: groups added after a use frame said earlier in the sentence, signers counted "each one signs",
 * a time of day after a desk, "plus me" with no comma, a group counted per clinic at the admission desk, and the users said
 * as such ("users will be ...").
 */
import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('groups added after a use frame said before the count', () => {
  it.each([
    ['the ones using it would be the claims handlers, we are nine in claims, plus the three underwriting clerks', 12],
    ['the people who will use it, the dispatch planners, we are four, plus the two in the depot office and our fleet manager', 7],
    ['the users will be the branch managers, we have six branches, one manager per branch, plus the two analysts', 8],
    ['forty agents but only about twelve are active enough to need it, plus the three in compliance', 15],
    ['the crew leaders would use it on their tablets, there are four of them, and our estimator, plus me', 6],
    ['the ward clerks would use it, there are five of us, well six now, we just hired one, plus the two aunties on reception', 8],
    ['the ones who would use it are the shift supervisors, two on days and two on nights, plus the q a coordinator and the office girl', 6],
  ])('%s → %d', (text, n) => expect(team(text)).toBe(n));
});

describe('lists said more loosely', () => {
  it.each([
    ['the bookkeepers are three plus me, i am the senior one', 4],
    ['the users, the three in the sales office and me, and the warehouse manager', 5],
    ['the bookings are done by me and my husband, we run it together, and the three girls in the office', 5],
    ['we have four hotels, the admission desk, there are two per hotel, and the two of us in quality management', 10],
    ['the site engineers are seven and office management three ladies', 10],
    ['so users will be twelve only, the planners and the clerks', 12],
  ])('%s → %d', (text, n) => expect(team(text)).toBe(n));
});

describe('asides and groups of any noun', () => {
  it.each([
    ['the planners, we are five, no sorry, six since march, maybe nine if we get the airport contract, and the two ladies in payroll', 8],
    ['in finance we are three, plus the two contables at the branch, they also need to use it', 5],
    ['the ones who would use it, the ingenieros, we are nine, plus the dibujantes at the office, another four. we send about fifty a month', 13],
    ['we are a group of five clinics in lyon, the ones who will use it are the receptionists, there are ten', 10],
    ["we have four body shops, the estimators would use it, each shop's got three, and the front desk gals, there are two total", 14],
    ['the drivers, they are six, and the administrative side is me and my brother', 8],
    ['the corretores are thirty, but only the ones in life send the proposals, that is like ten, no, eleven, and each one sends five a week', 11],
  ])('%s → %d', (text, n) => expect(team(text)).toBe(n));
});

describe('no team', () => {
  it.each([
    ['we are a group of four restaurants in the old town'],
  ])('%s', (text) => expect(team(text)).toBeNull());

  it.each([
    ['the parent signs at the front desk at six in the morning, and then the form goes in a drawer'],
    ['the drivers are contractors, about eighty, each one signs a hire agreement with us every year'],
    ['we sign the supply contract with the farmers, around three hundred and twenty of them, every season'],
  ])('%s', (text) => expect(team(text)).toBeNull());
});
