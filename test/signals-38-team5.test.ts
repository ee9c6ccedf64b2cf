import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;

describe('team_size: a period said before a count of people', () => {
  it('reads "monthly we are taking about N workers" as a rate, not a team', () => {
    expect(team('we run a packing plant, and weekly we are taking on around forty workers for the season')).toBeNull();
  });
  it('still reads "every month we have N reps" as a team', () => {
    expect(team('every month we have 12 reps sending out contracts')).toBe(12);
  });
  it('still reads a count after a rate joined by "and"', () => {
    expect(team('we send about 3 quotes per rep per week and there are 9 reps')).toBe(9);
  });
});

describe('team_size: counterparties who each sign with the caller', () => {
  it('reads "every new X we register signs ... with us" as signers', () => {
    expect(team('we are a staffing agency, we work with about two hundred freelance interpreters, and every new interpreter we onboard signs the code of conduct and the framework agreement with us')).toBeNull();
  });
});

describe('team_size: user lists said more loosely', () => {
  it('reads "we are five" after a plural role inside a list said to use it', () => {
    expect(team('the planners, we are four, and the two buyers, they would use it')).toBe(6);
  });
  it('reads "the users will be" as a list frame, with initials said as a plural role', () => {
    expect(team('the users will be the nine f s es and the two admin ladies, plus me')).toBe(12);
  });
  it('counts working relatives in a list of three, past what one of them does', () => {
    expect(team("it's me, my uncle who does the accounts and my cousin tevita in the shop")).toBe(3);
  });
  it('reads a titled first name after a one-person item as that person', () => {
    expect(team("it'd be me and the office manager, mrs patel, and the three site leads")).toBe(5);
  });
  it('skips a clause on what a listed person does', () => {
    expect(team('the office is me and my wife, she does the books, and the yard foreman')).toBe(3);
  });
});

describe('team_size: groups counted per pub and a count closing its role', () => {
  it('multiplies a count per pub by the pubs said before', () => {
    expect(team("we've three pubs in cork, and the ones on it would be the managers, two per pub, and the accounts girl")).toBe(7);
  });
  it('reads "and the clerks three" as a group of the list', () => {
    expect(team('the drivers, they are six, and the clerks three, plus myself')).toBe(10);
  });
});

describe('team_size: one person by role with no article before a count', () => {
  it('reads "team leader and five members" as the team of six it restates', () => {
    expect(team('the export desk, we are six people, team leader and five members, all of us would use it')).toBe(6);
  });
});

describe('team_size: more groups of a list', () => {
  it('adds a department counted as "we are N in" it', () => {
    expect(team('we have four clinics, and the ones on it are the receptionists, one per clinic, and accounts, we are three in accounts, and the practice manager')).toBe(8);
  });
  it('reads "this is for h r" as who would use it, so a "plus" group after the count adds', () => {
    expect(team('we have about three hundred drivers, but this is for h r, we are four in h r, plus the two recruiters')).toBe(6);
  });
  it('reads general foremen said as initials and safeties as roles', () => {
    expect(team("the ones on it would be the foremen and the safety people, so like nine g f's and three safeties")).toBe(12);
  });
});

describe('team_size: a counted group named again in a list with "me"', () => {
  it('takes the count said before for the group', () => {
    expect(team("the estimators, there's three of them, and each prices about five jobs a week. it'd be the estimators and me")).toBe(4);
  });
  it('reads Yorkshire "t\'" as "the" and "nobbut" as "only", even beside party words', () => {
    expect(team("t'fitters, there's six of 'em, busier at show time. it's nobbut t'fitters and me")).toBe(7);
  });
});

describe('team_size: a place named, then its people counted', () => {
  it('adds "and the weighbridge, two clerks" after a count including the caller', () => {
    expect(team("the planners, there's three of us including me, and the weighbridge, two clerks, they'd be on it")).toBe(5);
  });
  it('adds any plural noun there when they are said to use it', () => {
    expect(team("the buyers, there's five of us, and the dock office, two checkers, they'd be on it")).toBe(7);
  });
});

describe('team_size: "only the X close the contracts" says who would use it', () => {
  it('adds a "plus" group after the count of those', () => {
    expect(team('we have about thirty brokers, but only the senior ones sign the contracts, that is around ten, plus the two in compliance')).toBe(12);
  });
});

describe('team_size: counts by place add up', () => {
  it('adds the counts said place by place after a role said to use it', () => {
    expect(team('the branch managers will use it, in leeds there are three, in york two, and the two ladies in accounts')).toBe(7);
  });
});

describe('team_size: a couple said after the business they run', () => {
  it('reads "we run a guest house ..., it\'s me and my wife" as two at work', () => {
    expect(team("we run a homestay and a small cafe in pokhara, it's me and my husband, and the tour bookings need a signed contract")).toBe(2);
  });
  it('still reads a couple going to a wedding as no team', () => {
    expect(team("we're going to a wedding in york, it's me and my husband")).toBeNull();
  });
});
