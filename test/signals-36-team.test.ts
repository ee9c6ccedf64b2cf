/**
 * Team size from long spoken turns in West and Central African, East and South Asian and Pacific English
 * and rural dialect English: trade words for staff (French, Portuguese), nurses said by initials, and "lassies".
 */
import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('trade words for staff', () => {
  it.each([
    ['the commerciaux, they are nine, they would be on it', 9],
    ['it is for the compradores, we have four compradores', 4],
    ['the pisteurs will use it, they are ten, plus the gerant', 11],
    ['the site bosses would use it, there are five, plus the one in payroll', 6],
    ['our three r n\'s would be the ones sending it', 3],
    ['the three lassies in the front office would use it', 3],
  ])('%s -> %s', (text, want) => {
    expect(team(text)).toBe(want);
  });
});

describe('dialect lists and counts', () => {
  it.each([
    ['the office side is just us two, me and the wife keep it going', 2],
    ['honestly it is only us four.', 4],
    ['the schedulers, there are three, an the yard manager would be on it', 4],
    ['the two estimators an meself would be the ones using it', 3],
    ['it would be the three midwives of the maternity unit, plus me', 4],
  ])('%s -> %s', (text, want) => {
    expect(team(text)).toBe(want);
  });
});

describe('no team', () => {
  it.each([
    ['what would it run us if we\'d, say, forty users on it?'],
    ['the drivers, there are about thirty of them, they just sign the run sheets, they won\'t need it'],
    ['we have twelve pickers but they\'ll not use it, it is for the office'],
  ])('%s -> null', (text) => {
    expect(team(text)).toBeNull();
  });
});
