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
