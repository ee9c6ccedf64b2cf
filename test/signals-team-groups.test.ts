/**
 * Team size as several groups of people added up: lists that go on past "would use it", people words and
 * spelled-out initials in a list, a person before "and me", a spoken correction inside a list, and the
 * readings that must give no team (a consultant's client, counterparties who each sign).
 */
import { extractSignals } from '../lib/signals';

const team = (text: string) => extractSignals(text).team_size;

describe('groups added up', () => {
  it.each([
    ['the estimators, we have four, and the review board, three members, they would all log in', 7],
    ['the admin team, three members, plus myself, and we send about sixty quotes a month', 4],
    ['our ops team is nine, and me, and everything is in excel', 10],
    ['the planners, there are six, each book about ten jobs a week, and the three office girls, they would all use it', 9],
    ['the packers on nights, there are four, and two on days, they would be the ones on it', 6],
    ['the support workers, all twelve of them, would be using it, plus the c m', 13],
    ['we have four stores, and the cashiers, about three per store, would use it, plus the area manager', 13],
    ['it would be me, the site engineers, there are three, and the h s', 5],
    ['we are a physio clinic in leeds, me, three physios and two receptionists', 6],
    ['we are a roofing outfit, it is two roofers and four labouring guys', 6],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('named people and corrections', () => {
  it('counts a person named before "and me"', () => {
    expect(team('my sister and me and our bookkeeper, that is who would use it')).toBe(3);
  });

  it('keeps the corrected count inside a list', () => {
    expect(team("it'd be me, our lass who runs the office, and the eight lads, well, seven lads now")).toBe(9);
  });

  it('reads "would use it, which is N" as the users', () => {
    expect(team('about two hundred staff total, but only the payroll people would use it, which is five. we send a thousand payslips a month')).toBe(5);
  });

  it('counts the caller alone beside party words when they say they would use it', () => {
    expect(team('just me go use am, i run a small events business, maybe thirty weddings a year')).toBe(1);
  });

  it('counts "N of us" at work beside party words, but not on an outing', () => {
    expect(team('we run a wedding venue and right now it is two of us handling the bookings, every event signs a contract')).toBe(2);
    expect(team('we are going on a trip, three of us doing the hike')).toBeNull();
  });
});

describe('no team', () => {
  it('ignores a client company a consultant is pricing for', () => {
    expect(team("i'm quoting this for one of my clients, they have about three hundred engineers, what would per seat pricing be")).toBeNull();
  });

  it('ignores counterparties who each sign a document', () => {
    expect(team('we have about two hundred suppliers registered, and each supplier signs a framework agreement with us')).toBeNull();
    expect(team('we have about two hundred contractors on the books, and every contractor signs a deed with us')).toBeNull();
  });
});

describe('more groups and signers', () => {
  it('adds a group said with "that\'s N people" and the people after it when they would all use it', () => {
    expect(team('the dispatch team, that\'s four people, plus the site head and the two in accounts, they\'d all need a login')).toBe(7);
  });

  it('reads "who\'d use this, so maybe N" as the users', () => {
    expect(team('we are about ninety staff, but honestly only the finance folks would use this, so maybe six. we send forty invoices a week')).toBe(6);
  });

  it('ignores a role count whose people each sign a document', () => {
    expect(team('we have thirty couriers who lease the bikes from us and each of them signs a lease every month')).toBeNull();
  });
});

describe('what does not join a list', () => {
  it('does not add a bare people count after a team', () => {
    expect(team('we have six lawyers and about 300 people on the client list')).toBe(6);
    expect(team('our team is 10, and 200 people work at the company')).toBe(10);
  });

  it('does not read initials that are not a person', () => {
    expect(team('there are four of us in the office and the u s branch is separate')).toBe(4);
  });
});

describe('a client is the caller\'s own work when they say "we"', () => {
  it('keeps the team of a firm that prices work for clients', () => {
    expect(team('we spend all day quoting for a client, we have 5 estimators')).toBe(5);
    expect(team("we're pricing jobs for our clients, there's six of us in the office")).toBe(6);
  });
});

describe('staff who sign many documents stay the team', () => {
  it.each([
    ['we have 8 agents and each of them signs a lot of contracts', 8],
    ['we have 10 agents and each agent signs about 20 leases a month', 10],
    ['we have 10 agents and each agent gets a login', 10],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('long turns: groups, shifts, totals and the caller said many ways', () => {
  it.each([
    ['the cashiers, we are three, plus myself, and we do about two hundred receipts a month', 4],
    ['the surveyors and the estimators, seven people total. one licence is not enough', 7],
    ['the admin team na four, plus me, we use excel for everything', 5],
    ['we are six in the accounts department, and we send invoices', 6],
    ['the packers, there are four on the early shift and three on afternoon', 7],
    ['the midwives on the ward, there are nine, and the three consultants', 12],
    ['the front office staff is two persons, plus myself', 3],
    ['there is me, our kev and two lads in the site office', 4],
    ['the brokers, there are seven, sorry, eight now, and the three paraplanners', 11],
    ['me and the surveyors, there are four of them, it is all on paper', 5],
    ['the marketing team is four, plus the gm, we do twenty proposals a month', 5],
    ['the six technicians would use it on their tablets, and me in the office', 7],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });

  it('reads a range of people as its midpoint', () => {
    expect(team('probably five, six people')).toBe(5.5);
  });

  it("reads the caller's size now beside volume talk", () => {
    expect(team('at the moment we are nine, we hope to be fifteen by next year. we send about forty quotes a month')).toBe(9);
  });

  it('reads the only one using it over the drivers', () => {
    expect(team("we're a small removals firm, four drivers and me, and i'd be the only one using it")).toBe(1);
  });

  it('gives no team for a pricing question about some estate', () => {
    expect(team('if a vineyard had, say, three hundred pickers, what would that cost per user?')).toBeNull();
  });
});

describe('lists framed by the office or the team', () => {
  it.each([
    ['the office is me and my son, we send about forty invoices a month', 2],
    ['it is myself, my sister and my father in the shop office', 3],
    ['admin is me, priya and another part-timer', 3],
    ['the team is the accounts admin, two ladies, and me', 3],
    ["it'd be me, the office manager and the three in the back office", 5],
    ['that would be me and sinead using it', 2],
    ["we're a small insurance broker, eight account handlers who'd all use it", 8],
    ["the school staff will use it, that's the head, the deputy and two receptionists", 4],
    ['the office is me and the accounts lady, we do about thirty orders a week', 2],
    ['it is just me and my sister who runs the bookings, we do about forty weddings a year', 2],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });

  it('still reads a couple alone as no team', () => {
    expect(team("it's me and my husband, we're booking a trip for the two of us")).toBeNull();
  });
});

describe('groups named first, then counted', () => {
  it('adds a group counted after the role it was named beside', () => {
    expect(team('the partners and the juniors, two partners and five juniors. we use excel')).toBe(7);
  });

  it('counts relatives listed at work beside family words', () => {
    expect(team("we're a family bakery, every family order signs a form. it's me, my son and my brother in the shop")).toBe(3);
  });
});

describe('roles said by initials', () => {
  it('never counts a number before them', () => {
    expect(team('we pack spices, the packets are 250 gm each, and we invoice about 40 shops a month')).toBeNull();
  });
});

describe('after "plus me" the list goes on', () => {
  it.each([
    ['the admin team na three, plus myself and my deputy', 5],
    ["the sales reps, there's eight, no sorry, nine now, and the two coordinators", 11],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('pricing for some company, then our own size', () => {
  it.each([
    ["what's the price for, say, a firm of 250 lawyers? we're not that, we're a four person practice", 4],
    ["pricing for an organisation with 500 seats, roughly? we're only 30 ourselves", 30],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('a role said to be a count', () => {
  it.each([
    ['the bookkeepers are three, plus myself, and we use sage', 4],
    ['the surveyors that will use it are six, including me', 6],
    ['our office staff, we are seven in number', 7],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('long lists and turns of phrase', () => {
  it.each([
    ['it would be me, the three fitters who run the vans, and our office manager', 5],
    ['the ones using it would be the two brokers, the mortgage negotiator, our girl on the front desk, and myself', 5],
    ['my brother does the payroll and my mum runs the shop floor, so the four of us would need it', 4],
    ['honestly it would only be meself on it', 1],
    ['the six drivers would use it, and half the time people forget to sign', 6],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('more ways to frame and correct a list', () => {
  it.each([
    ['the drivers will use it, they are five, plus our transport manager', 6],
    ['the front office, three persons, plus me and the owner', 5],
    ['the people wey go use am na me and my three staff for the shop', 4],
    ['the estimators would use it, there are three of them, and the two girls in the front office, sorry, three girls now', 6],
    ['it would be the head teacher, the two secretaries and the deputy head academics, plus me', 5],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});

describe('a count per shift times the shifts', () => {
  it.each([
    ['the nurses, five in each shift, and three shifts a day', 15],
    ['the security guards, there are two in each shift, and three shifts', 6],
  ])('%s → %d', (text, n) => {
    expect(team(text)).toBe(n);
  });
});
