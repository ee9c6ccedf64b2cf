import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: "just me" then a filler and the caller\'s trade', () => {
  it.each([
    ["it's just me um i'm a wedding videographer, i do about twenty weddings a year", 1],
    ["it's just me uh i'm a party planner and every client signs a booking form", 1],
  ])('%s -> %d', (text, value) => {
    expect(team(text)).toBe(value);
  });

  it('keeps a couple beside party words no team', () => {
    expect(team("it's just me and my husband um we're wedding planners")).toBeNull();
  });
});

describe('team size: the office said to use it, then its people', () => {
  it('counts a relative listed after "the office would use it, that\'s"', () => {
    expect(team("only the office would use it, that's me and my son.")).toBe(2);
    expect(team("just the office will use it, that's me and my wife, we do the paperwork.")).toBe(2);
  });

  it('keeps "that\'s me and my daughter" with no office frame no team', () => {
    expect(team("it's a family firm. that's me and my daughter.")).toBeNull();
  });
});

describe('team size: a count said none of whom would use it', () => {
  it('reads no team from "N reps but none of them would touch this"', () => {
    expect(team('we have thirty drivers but honestly none of them would touch this')).toBeNull();
  });

  it('keeps a count when the "none of them" is about something else', () => {
    expect(team('we have twelve reps and none of them like the old tool')).toBe(12);
  });
});
