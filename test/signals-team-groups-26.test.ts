/**
 * Team size, more ways callers list their users: a filler before a hedged partner, the caller's total then the names, a
 * couple who run the business, a count in a department, a "who'd use it" inside a list, pidgin "dem be" after a role, a
 * person named by where they sit, a group said to need it too, a department group and a "plus" said to need to use it, an
 * honorific after a role, and a relative's company described over several sentences.
 */
import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('fillers and hedged members', () => {
  it.each([
    ["it would be me and, ah, possibly a second rep down the line", 1],
    ['we have, ah, about fourteen people in the office', 14],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe("the caller's total, then who they are", () => {
  it.each([
    ['only the two of us, me and a bookkeeper', 2],
    ["it's the four of us, me, dave, priya and the apprentice", 4],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('a couple who run the business', () => {
  it.each([
    ["it's just me and my husband, we run a small guest house near the lakes", 2],
    ['only me and my brother, we own a little garage outside town', 2],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
  it('"me and my husband" alone is still no team', () => {
    expect(team("it's just me and my husband, we're looking for a holiday let")).toBeNull();
  });
});

describe('groups counted in a department or said to use it', () => {
  it.each([
    ['there are twenty recruiters but only the three in documentation deal with the visas', 3],
    ["there's thirty letting agents but really it's only the six in lettings who'd use it, and me. about ninety new lets a month", 7],
    ['the tutors are fifteen but only the two in admin who would use it, and me', 3],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('pidgin and South Asian English lists', () => {
  it.each([
    ['the people wey go use am na me and my sales officers, dem be three', 4],
    ['the ones who will use it are me and the claims officers, they are five', 6],
    ['the accounts team is four persons and md sir also, they will use it', 5],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('one person named by where they sit', () => {
  it.each([
    ["there's me and six drivers, but the drivers won't touch it, it's just me and our office person", 2],
    ["it'd be me and the front desk person", 2],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('a group said to need it too, counted after', () => {
  it.each([
    ["it'd be the three nurses, and the agency staff would need it too, there's usually four of them in", 7],
    ['the ones who use it is the claims support, there are five, plus the two supervisors, they also need to use for approvals', 7],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
  it('"they\'re the ones who\'d" after a counted group keeps that group alone', () => {
    expect(team("we've four dentists and then the nurses, about six of them, they're the ones who'd be sending the forms")).toBe(6);
  });
});

describe("a relative's company over several sentences", () => {
  it.each([
    "it's not for me really, my sister has a physio clinic in cork with about twelve therapists. she's still on paper, so what would it cost for twelve users, so i can tell her",
    'my uncle owns a haulage firm, about forty drivers. he asked me to find out, what would you charge him for ten users',
  ])('%s → no team', (text) => {
    expect(team(text)).toBeNull();
  });
  it.each([
    ["my brother has a cafe with ten staff. he's happy with paper but we have six people in our office who'd use it", 6],
    ["my friend runs a vet practice and she uses you. she said you'd suit my team of five.", 5],
    ['my cousin has a salon, he loves it. he says i should try it, i have three stylists.', 3],
  ])('the caller turning back to their own counts again: %s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});
