/**
 * Team size, more ways long turns add up their groups: a "plus" item said to use it, an aside needing it too, people words
 * and pidgin before a count, people named after their count, a group then "N person", the caller's own total, the people
 * pointed back to after the use frame, a colleague or relatives in the office beside party words, a name restating the
 * last person listed, and a relative who runs it with the caller.
 */
import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('groups added up', () => {
  it.each([
    ["we're a scaffolding firm in durban. the office ladies, there's two of them, plus the contracts manager would use it.", 3],
    ['the enumerators, they are thirty, plus the three of us in the head office would be using it.', 33],
    ['the ward clerks are four, plus three charge nurses, they would be using.', 7],
    ['the surveyors send maybe five reports a week each, and there\'s nine of them, wait no, ten since june. plus the two admins, ' +
      "they'd need logins too.", 12],
    ['the loan officers na nine, and the tellers another four, all of them go use am.', 13],
    ["we've got three vets, dr. kaur, dr. bell and dr. moss, and two vet nurses, and the reception girls, there's four, and they'd all be on it.", 9],
    ['accounts department is three people and stores in-charge one person, they will use. around two hundred invoices per month.', 4],
    ["there's twelve of us but only the two producers would send stuff out, and me.", 3],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe("the caller's own total and the people pointed back to", () => {
  it.each([
    ['there\'s the four drivers, well, three drivers and a trainee, and then the office lass, so five all in. we do about sixty loads a week.', 5],
    ["there's six solicitors, four paralegals and the two on reception, and honestly it's reception who'd use it, so those two, and me. " +
      'about thirty letters a week.', 3],
    ['we have forty brokers but honestly only the seniors touch the contracts, that\'s like, nine, well eight, one retired. they do ten a month each.', 8],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('pairs and small offices', () => {
  it.each([
    ['we run a caravan park, lots of short stay guests. only me and my colleague in the site office would use it.', 2],
    ['family business, about twenty funerals a month. is me and mi three sisters in the office who would use it.', 4],
    ["it's really me and my paralegal, maria, who'd be on it. we do about forty wills a month.", 2],
    ['we let out flats in spanish town. me and mi wife run it, and we have three drivers.', 5],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('still no team or the firm figure', () => {
  it.each([
    ['we have 12 users, plus two contractors.', 12],
    ["we're nine brokers, plus two auditors who'd need read-only access.", 9],
    ['we have 12 users, maybe 14 if we add the two people in payroll', 12],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });

  it('reads no team for a couple on a trip', () => {
    expect(team("it's me and my husband, we love the beach and we're booking a short stay for the wedding.")).toBeNull();
  });

  it("reads no team in a relative's company", () => {
    expect(team('my sister runs a salon with eight stylists.')).toBeNull();
  });

  it('reads no team from a noun-less count in a sentence that names no people', () => {
    expect(team('we send about 300 a month. that\'s 300 contracts, so about 300.')).toBeNull();
    expect(team("we're four agents. every client signs an agreement, about sixty a month. so that's sixty.")).toBe(4);
  });
});
