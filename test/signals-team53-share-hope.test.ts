import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: a share of things said in a run-on turn', () => {
  it('reads no share from "half of them have ..." about the documents', () => {
    expect(team("the three planners would use it and we send out about two hundred quotes a month and half of them have the wrong address so we'd send them again"))
      .toBe(3);
  });

  it('still reads a share said to use it', () => {
    expect(team('we have twenty engineers but only half of them would use it')).toBe(10);
  });
});

describe('team size: a count then the size hoped for, said without commas', () => {
  it.each([
    ['at the moment we are nine hoping to be fifteen by the summer', 9],
    ['right now we are eleven hopefully twenty next year', 11],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });
});

describe('team size: church and parish roles', () => {
  it.each([
    ["it'd just be me and the verger using it.", 2],
    ['the two churchwardens and me would use it', 3],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('reads no team from the parish families who sign nothing', () => {
    expect(team("we've about nine hundred families in the parish")).toBeNull();
  });
});
