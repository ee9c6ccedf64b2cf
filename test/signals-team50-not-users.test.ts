import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: a group said not to use it, a count "in that team"', () => {
  it('reads no team from a count said right after not to use the product', () => {
    expect(team("the rest of them, about ninety field staff wouldn't touch it.")).toBeNull();
    expect(team("the warehouse, some forty pickers, won't need it.")).toBeNull();
  });

  it('keeps a count when someone else is said not to use it', () => {
    expect(team("we have eight reps, the drivers wouldn't need it")).toBe(8);
  });

  it('reads "we are N in that team" as the group just named', () => {
    expect(team('the case managers, we are five in that team, and the intake lady.')).toBe(6);
    expect(team('the schedulers we are four in that team and the ops manager')).toBe(5);
  });
});
