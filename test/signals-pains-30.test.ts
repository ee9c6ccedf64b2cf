/**
 * Pains told as stories, the price of a tool already left, and urgency said indirectly or only looking like a deadline.
 */
import { extractSignals } from '../lib/signals';

const pains = (text: string) => extractSignals(text).pain_points;

describe('pains told as stories', () => {
  it.each([
    ["we send the quotes as attachments and we've no idea who's read what", 'poor_visibility'],
    ['the signed lease was in a drawer at the other branch and nobody knew it was there for a month', 'poor_visibility'],
    ['the folder went to the wrong site and nobody had any idea where it was', 'poor_visibility'],
    ["the waiver never came back and none of us had a clue until the insurer asked", 'poor_visibility'],
    ['head office lost a whole box of enrolment forms in the move', 'poor_visibility'],
    ['the job sheets come back torn or with boxes left blank', 'errors_rework'],
    ['the review found half the consents had no date on them', 'errors_rework'],
    ['the contractor never signed it, so no confidentiality clause, and the client was furious', 'compliance_risk'],
    ['the landlords sign the renewals weeks late, every single time', 'slow_turnaround'],
    ['our two admins spend hours chasing the site managers for the signed forms', 'chasing_signatures'],
    ["half the time nobody here knows how to change the templates, only me", 'hard_to_use'],
  ])('%s -> %s', (text, pain) => {
    expect(pains(text)).toContain(pain);
  });

  it.each([
    ['paper, in a box file in the back office'],
    ['paper lah, then the manager scans the lot'],
    ['the offer letters are typed up, signed and whatsapped to the candidate'],
    ['we draft them in word and email the pdf to the client'],
    ['the coordinators keep emailing p d fs around for signing'],
    ["we cancelled last year, now it's printing the forms and posting them"],
  ])('manual work: %s', (text) => {
    expect(pains(text)).toContain('manual_process');
  });

  it('a missing signature under a ministry’s rules is the compliance worry, not rework', () => {
    const p = pains('under the ministry of health and labour rules the permit was refused because a signature was missing');
    expect(p).toContain('compliance_risk');
    expect(p).not.toContain('errors_rework');
  });
});

describe('not pains', () => {
  it.each([
    ['outlook for mail, and the drivers are all on whatsapp'],
    ['google workspace, and the utility bills still come on paper'],
    ['nine users, ten if you count the cleaner, but she won’t use it'],
    ['the trial managers would use it, and the three regulatory people'],
  ])('%s', (text) => {
    expect(pains(text)).toEqual([]);
  });

  it.each([
    ["we were on adobe sign, we're not anymore, the price, they tripled it, so it's all paper again"],
    ['we had pandadoc for a year, they put us up again at renewal so we cancelled'],
    ['we had docu sign once, dropped it, far too dear'],
  ])('the price of a tool already left: %s', (text) => {
    expect(pains(text)).not.toContain('too_expensive');
  });

  it('a price rise on the tool still in use is a pain', () => {
    expect(pains("we're still on adobe sign and they tripled the price at renewal")).toContain('too_expensive');
  });
});

describe('urgency said indirectly', () => {
  it.each([
    ["no fixed deadline really, but the school year ends in about nine weeks and we'd want it before then", 'medium'],
    ['next quarter, the owner wants it in next quarter’s plan', 'medium'],
    ["there's no hard deadline as such, but our licence renews on the twelfth and we need to decide by then", 'high'],
  ])('%s -> %s', (text, urgency) => {
    expect(extractSignals(text).urgency).toBe(urgency);
  });

  it.each([
    ['after easter sometime, no real deadline'],
    ['the partners meet in november, but no set timeline'],
    ['sage for the books, but we are switching to xero next year'],
    ['we are nine now, maybe fifteen if we open the new clinic in leeds next year'],
  ])('no urgency: %s', (text) => {
    expect(extractSignals(text).urgency).toBeNull();
  });

  it('"no deadline" with no date named is still low', () => {
    expect(extractSignals('honestly, there is no real deadline for this').urgency).toBe('low');
  });
});
