import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('team size: corporate groups and one-person businesses (holdout42/43 kinds)', () => {
  it('adds a "plus" group said to need logins without "would"', () => {
    expect(team('the buying office, that\'s five people, plus the three stock clerks, they all need login.')).toBe(8);
  });

  it('adds a "plus" group named by the initials of its role', () => {
    expect(team('the estimating team, we are four, plus the two q s, they would use it.')).toBe(6);
  });

  it('adds a group named without a count, then counted as "another"', () => {
    expect(team("the planners, there's nine, and the billing people, another three, would be on it.")).toBe(12);
    expect(team('the users is the shift supervisors, we have five, and the ramp control, another seven.')).toBe(12);
  });

  it('keeps a correction "with the new hire" and goes on with the list', () => {
    expect(team("the advisors, there's six of us, sorry, seven with the new hire, would use it, plus our office manager.")).toBe(8);
  });

  it('adds counts by ordinal shift', () => {
    expect(team("the pickers leads, there's three on first shift and two on second, plus me.")).toBe(6);
  });

  it('reads a per-store count with the places said as joints', () => {
    expect(team('we run fifteen taco joints around austin. the shift managers would use it, one per store, plus the two of us at head office.')).toBe(17);
  });

  it('adds groups counted in persons', () => {
    expect(team('the pilot group is sales support, twelve persons, and finance, three persons, they would use it.')).toBe(15);
  });

  it('reads the people pointed back to, narrowed from the company', () => {
    expect(team("the whole firm is like two hundred but it's just those twelve")).toBe(12);
  });

  it('reads no team from a consultant evaluating for a client', () => {
    expect(team('for the client, what would forty seats cost?')).toBeNull();
  });

  it('reads a solo caller working out of their apartment', () => {
    expect(team("so i'm a lash tech, i work out of my apartment, it's just me, solo, and every client signs a consent form.")).toBe(1);
  });

  it('reads a one-man business said as a "thing"', () => {
    expect(team('how much is it a month? i\'m just a one-man thing')).toBe(1);
  });

  it('reads the caller alone beside a vehicle', () => {
    expect(team("i'm a mobile locksmith, just me and the van mostly, every customer signs a work order.")).toBe(1);
  });

  it('reads a relative who works with the caller as a pair', () => {
    expect(team('i run a small painting outfit out of leeds, it\'s me and my son, and the customer signs the quote.')).toBe(2);
    expect(team('i do mobile car detailing, and it\'s me and my boyfriend on weekends, every customer signs a waiver.')).toBe(2);
    expect(team('i sell shoes online, me and my senior brother dey run am, every bulk buyer signs an order form.')).toBe(2);
    expect(team("i'm a wedding photographer in leeds, me and my sister, and every couple signs a contract.")).toBe(2);
  });

  it('reads patois "an" joining the pair and the list after it', () => {
    expect(team('so mi a barber inna spanish town, is me an mi bredda run it, an we have one next barber part time.')).toBe(3);
  });

  it('counts the caller and other tutors beside talk of kids and families', () => {
    expect(team("i'm a music teacher, piano mostly, kids and adults, and it's me and two other teachers i sub work to. every family signs a lesson agreement.")).toBe(3);
  });

  it('reads a relative said with their days and a part-time group in the list', () => {
    expect(team("it's me, my dad on saturdays and three lads part time, and we'd all use it.")).toBe(5);
  });

  it('keeps the list of users over the subset said to send at a rate', () => {
    expect(team("it's me, my sister on weekends and two lads part time, and we'd all need it. me and the two lads each send about five quotes a week.")).toBe(4);
  });

  it('reads no team when the caller evaluates for a client, not for their own firm', () => {
    expect(team("i'm with a small advisory firm, we are six people. i'm evaluating tools for a client, not for us, their legal team of forty would use it.")).toBeNull();
  });

  it('adds a department count said with no "in" after one said with it', () => {
    expect(team('we are four in legal and two compliance.')).toBe(6);
    expect(team('four in sales and two payroll runs a month')).toBe(4);
  });
});
