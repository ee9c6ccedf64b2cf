/**
 * Team size, more ways callers add up their groups or set the users apart from the company: a role counted with
 * "we get" (pidgin "we have"), a count "for" a department, a reason for a corrected count inside a list, people named
 * after their count, a share "active enough to use it", spelled-out initials of a role, and the readings that give no
 * team (a relative's company in pidgin, a current tool short of licences).
 */
import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('groups added up', () => {
  it.each([
    ['the people wey go use am na the loan officers, we get five of them, then the three for underwriting, plus me', 9],
    ['the underwriters, we get seven, and the two for claims', 9],
    ['the advisers are six, sorry, seven now, one started on monday, and the two people in compliance, they would also use it', 9],
    ['the paralegals, there are five, two joined in june, and the office manager', 6],
    ["it'd be the two partners, mr adeyemi and mrs cole, and the three clerks in the back office", 5],
    ["it'd be the three vets, sinead, ciara and tom, and the two nurses", 5],
    ["we're a small building firm, it's four lads, the gaffer, and me on the phones", 6],
    ['the sales reps, we have nine, and the three c s rs', 12],
    ['we have eleven csrs and the office manager', 12],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('the users beat the company', () => {
  it.each([
    ['the bank na about two hundred staff, but na only legal go use am, we be three for legal', 3],
    ['we are a group of about five hundred staff, and we are six for procurement, only procurement would use it', 6],
    ['we have sixty brokers on the books but maybe fifteen are busy enough to actually need it', 15],
    ['about a hundred agents in the franchise, only twenty are active enough to use it properly', 20],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('no team', () => {
  it('reads no team or industry in a relative\'s company said in pidgin', () => {
    const s = extractSignals('e no be for me, na my brother, he get pharmacy for yaba with like ten pharmacists. i dey ask for him, how much for ten?');
    expect(s.team_size).toBeNull();
    expect(s.industry).toBeNull();
  });

  it('reads no team from a current tool short of licences', () => {
    expect(team("we're on docu sign at the moment but just three licences, everybody else prints and scans")).toBeNull();
    expect(team('currently using pandadoc, only one seat, the rest is paper')).toBeNull();
  });

  it('still reads licences the caller would need', () => {
    expect(team("we'd need just five licences to start")).toBe(5);
  });

  it('still reads a team beside a current tool short of licences', () => {
    expect(team('we are using adobe sign but only two licences, and the eight paralegals would all use the new one')).toBe(8);
  });
});
