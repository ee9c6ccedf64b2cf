import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: a transcript without commas read at the pauses around counts of people', () => {
  it.each([
    ['the surveyors there\'s eight of them and the two admins', 10],
    ['the tax advisers we get nine plus me', 10],
    ['the loan officers they are seven plus the two supervisors they would all need a login', 9],
    ['the site engineers there\'s four sorry three now', 3],
    ['the drivers would use it there\'s five on days and two on nights plus the yard manager', 8],
    ['the tax advisers would be on it there\'s eight well nine with the new trainee and the two in payroll', 11],
    ['the tax advisers about twelve of those and the bookkeepers another four', 16],
    ['the nurses and the physios so that\'s seven and three would use it', 10],
    ['it would be the fitters there\'s six and the two apprentices and then the office which is me and our sam', 10],
    ['the carers would be the ones on it there\'s four sorry five now one joined last week and the rota manager', 6],
  ])('%s -> %p', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('reads a punctuated turn as it is', () => {
    expect(team("the surveyors, there's eight of them, and the two admins")).toBe(10);
  });

  it('reads a role said to be on it before its count, punctuated', () => {
    expect(team("the planners would be the ones on it, there's five, and the office manager.")).toBe(6);
    expect(team("the underwriters would be on it, there's three, and the two in accounts.")).toBe(5);
  });

  it('adds no team where the cue counts documents, not people', () => {
    expect(team('every client signs two forms so that\'s two each and we do about forty a month')).toBeNull();
  });
});
