import { extractSignals } from '../lib/signals';

const team = (t: string) => extractSignals(t).team_size;

describe('team size: professions\' own role words', () => {
  it('counts declarants after a department count', () => {
    expect(team('we are four in documentation, plus the three declarants and me')).toBe(8);
  });
  it('counts practitioners and seniors as roles', () => {
    expect(team('the legal practitioners, they are three, then the conveyancing secretaries, there\'s two')).toBe(5);
    expect(team('the ones on it would be the audit seniors, we are four, and the three tax officers, plus myself')).toBe(8);
  });
});

describe('team size: the caller named inside a list', () => {
  it('skips "that\'s me" after a one-person role', () => {
    expect(team('the two mechanics, the service manager, that\'s me, and the three fitters would use it')).toBe(6);
  });
  it('reads "and then" between items and a list closed by "we\'d all be on it"', () => {
    expect(team('three vets and a vet nurse, and then the office manager, that\'s me, and the two ladies at the desk, we\'d all be on it.')).toBe(7);
  });
});

describe('team size: corrections inside a framed list', () => {
  it('reads "who\'d actually use this are" as the frame and "no wait" as a correction', () => {
    expect(team('the ones who\'d actually use this are the caseworkers, there\'s nine of \'em, no wait, ten now, and the three admin assistants.')).toBe(13);
  });
  it('keeps the list going after why the count changed ("now since two joined in march")', () => {
    expect(team('the ones who\'d use this are the surveyors, they are seven, no wait, nine now since two joined in march, plus the two of us in the office.')).toBe(11);
  });
});

describe('team size: places and counts said after a role', () => {
  it('keeps a group in member services in the list before "plus me"', () => {
    expect(team('the ones who\'d use this are the loan officers, there\'s five of \'em, and the two ladies in member services, plus me.')).toBe(8);
  });
  it('reads a shift after a listed count as part of that item', () => {
    expect(team('so the three chefs, the two porters on weekends and the kitchen manager.')).toBe(6);
  });
  it('reads "the X are five" as that role\'s count inside a list', () => {
    expect(team('the site officers are four, the yard manager, and the two payroll staff, they\'d all use it.')).toBe(7);
  });
});

describe('team size: asides between listed groups', () => {
  it('skips "one per site" after a count before the next group', () => {
    expect(team('the foremen, there are five, one per site, and the two estimators.')).toBe(7);
  });
  it('adds an office list after a count with "one per site"', () => {
    expect(team('the site managers would use it, there are four, one per site, and the office side is me and the quantity surveyor.')).toBe(6);
  });
  it('keeps the list going after why the count changed ("one went to a rival")', () => {
    expect(team('the negotiators, there\'s nine of us, well eight, one went to a rival, plus the two admin girls and the branch manager, we\'d all use it.')).toBe(11);
  });
  it('reads "that\'d be on it" as who would use it before a plus group', () => {
    expect(team('it\'s the planning officers that\'d be on it, there\'s five of us, plus the receptionist and the team leader.')).toBe(7);
  });
});

describe('team size: counts that are not the caller\'s team', () => {
  it('reads "if we were a bigger X, say with N" as a pricing question', () => {
    expect(team('if we were a bigger practice, say with forty nurses, would the price drop?')).toBeNull();
  });
  it('reads "then we\'d be like N" after a plan as a conditional future', () => {
    expect(team('maybe next year we open a third shop and then we\'d be like fifteen advisers.')).toBeNull();
  });
  it('reads another organisation\'s headcount said with "they"', () => {
    expect(team('the regulator is huge, they have like two thousand staff, but that\'s not us.')).toBeNull();
    expect(team('the partner charity, they\'re a much bigger outfit, four hundred staff, we\'re nowhere near.')).toBeNull();
  });
});

describe('team size: places listed after an item', () => {
  it('does not count the towns a group works in as people', () => {
    expect(team('the people using it would be me and the three drivers in leeds, york and hull.')).toBe(4);
  });
});

describe('team size: a part of a counted group', () => {
  it('does not add "the X are two of those" to the group before', () => {
    expect(team('it would be the surveyors, they are six, the seniors are two of those, and the two admin girls.')).toBe(8);
  });
});

describe('team size: a nursing sister is a role, not a relative', () => {
  it('counts one nursing sister per practice', () => {
    expect(team('we have three practices. in each practice there are two receptionists and a nursing sister, plus me.')).toBe(10);
  });
});
