/**
 * Team size said with the professions' own words for their staff (lexicons/roles.ts), a count after a
 * role noun with where they are spread, a restated count, a part of the count said after it, and a
 * relative's job at another company.
 */
import { extractSignals } from '../lib/signals';
import { ROLE_NOUNS } from '../lib/signals/lexicon';

const team = (text: string) => extractSignals(text).team_size;

describe('role nouns from the roles table', () => {
  it.each([
    ['our front office has nine reservationists on rotation', 9],
    ['we run three farms and employ seven agronomists', 7],
    ['the survey unit, we use thirty enumerators in the field', 30],
    ['eight anaesthetists would be using it for the consent forms', 8],
    ['we have four foremen on the big job', 4],
    ['the magazine has five sub-editors who would send the releases', 5],
    ['we employ twelve merchandisers across the stores', 12],
    ['there are six duty managers at the leisure centre', 6],
    ['we have twenty member service reps in the call centre', 20],
    ['we have forty drivers and every delivery gets a signed note', 40],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });

  it('reads a singular role noun before another noun as a modifier', () => {
    expect(team('we see about ninety clients a week across the three physio rooms')).toBeNull();
    expect(team('we have three physios and a receptionist')).toBe(4);
  });

  it('keeps each kind of noun apart', () => {
    expect(ROLE_NOUNS.company).toContain('staff');
    expect(ROLE_NOUNS.one).toContain('foreman');
    expect(ROLE_NOUNS.many).toContain('foremen');
  });
});

describe('a count after a role noun', () => {
  it('reads the count with where the role is spread', () => {
    expect(team('the field officers, there are thirty across the three regions, and each does the forms')).toBe(30);
    expect(team('our couriers, there are nine between the two depots')).toBe(9);
  });

  it('reads a corrected count with its noun on the correction', () => {
    expect(team("there's five, no wait, six of us since the new hire")).toBe(6);
    expect(team('the agronomists, there are eight, sorry, nine now, each visits the growers')).toBe(9);
  });

  it('does not add a part said after the count with "with the"', () => {
    expect(team("we've got twelve fee earners, no, fourteen now, with the two trainees")).toBe(14);
  });
});

describe("a relative's job at another company", () => {
  it('reads no team from the company a relative keeps the books for', () => {
    expect(team('my husband does the accounts for a bakery with thirty bakers, he recommended you')).toBeNull();
    expect(team('my husband does the accounts for a bakery with thirty employees, but we are just a four person studio')).toBe(4);
  });
});

describe('role sums', () => {
  it.each([
    ['the reporters, there are five of them, and the news desk, that is another three', 8],
    ['the night porters, there are three of them, and then security, another two', 5],
    ['we have six claims officers and a team leader who would all use it', 7],
    ['it would be the headteacher, three deputies and the bursar', 5],
    ['the general manager and the four chefs would be signing the supplier forms', 5],
    ['the radiographers and the sonographers, so that is four and seven, plus the department manager', 12],
    ['the booking side is me, priya and three casuals', 5],
    ['honestly it is just me and the office manager', 2],
    ['the orchestra has sixty players but only the librarian and i would use it', 2],
    ['it is me alone running the lettings side, nobody else', 1],
    ['three of us at the front desk, me and two admins, but the surveyors, all five of them, would be sending reports too', 8],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });

  it('still reads a lone relative or a party of relatives as no team', () => {
    expect(team('it is just me and my husband')).toBeNull();
    expect(team("it's me and my wife and my son going to the wedding")).toBeNull();
  });
});

describe("not the caller's team", () => {
  it('reads no team from a pricing question about some club', () => {
    expect(team('what would you charge a rugby club with, say, forty coaches')).toBeNull();
  });

  it('reads no team from the people documents are sent to', () => {
    expect(team('we post the annual statements to all nine hundred members each spring')).toBeNull();
  });

  it('reads the caller alone when they are the only one who would use it', () => {
    expect(team("the board is nine people, but the clerk is the only one who'd use it, and that's me")).toBe(1);
    expect(team('only one of us would need it, the rest never touch contracts')).toBe(1);
  });

  it('reads no team from people who sign a document named after them', () => {
    expect(team('every tutor signs a tutor agreement each term, and there are about eighty tutors')).toBeNull();
    expect(team('we have eighty tutors and they send the enrolment forms')).toBe(80);
  });
});

describe('counts said while thinking, by shift, and lists with a relative clause', () => {
  it.each([
    ["the estimators, there's, what, nine, and the two surveyors, they'd all need it", 11],
    ['the porters, six on days and three on nights', 9],
    ['the nurses, there are seven, and the two on reception, they would all log in', 9],
    ['four pharmacists, three locums who are in on fridays, and the dispensary manager', 8],
    ["eight of us plus the bookkeeper, and we'd all use it", 9],
    ['the consultants, there are five, and the three resourcers', 8],
    ['about forty devs, but the sales side is just three account execs', 3],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });

  it('reads no team from a hypothetical company with a describing word', () => {
    expect(team('if a small accountancy firm had, say, thirty accountants, what would it cost')).toBeNull();
  });
});

describe('people named one by one, per unit or in a list', () => {
  it('multiplies the units by the people each has', () => {
    expect(team("we've three depots and each depot has a supervisor and a clerk, they'd all use it")).toBe(6);
  });

  it('counts a list of people named by role who would use it', () => {
    expect(team('the practice manager and the senior receptionist would use it, we see about forty patients a day')).toBe(2);
    expect(team('the head chef, the sous chef and the events manager would be the ones signing')).toBe(3);
  });
});

describe('roles counted with a clause, a shift, a unit or a correction between', () => {
  it.each([
    // a role's count after a relative clause, and one more person named after it
    ["it's the estimators who'd use it, there's three of them, and the head surveyor checks them too", 4],
    // a first name beside the caller is one person; "the" before the count
    ['me, obinna and the three apprentices would be on it', 5],
    // shifts said as "in the afternoons" after a corrected role noun
    ['the cashiers sorry, five on the early shift and two in the evenings', 7],
    // trade role nouns, and the caller's own part after the list
    ['a livery yard, four stable hands and the head groom, and i do the paperwork side', 6],
    // per unit with a unit word from the units list, plus one person who would use it
    ['we run three studios, the studio managers, one per studio, plus the area lead would use it', 4],
    // a self-corrected count read at the correction
    ['we have seven farm hands, no wait, eight, and they all sign timesheets', 8],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });

  it('reads no team from a season count of things or a hypothetical chain', () => {
    expect(team('every camper that books signs a site agreement, we had about two hundred of those last season')).toBeNull();
    expect(team('what would you charge if a dental chain had, say, forty dentists on it')).toBeNull();
  });
});
