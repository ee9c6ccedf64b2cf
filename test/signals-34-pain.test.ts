/**
 * Pain points said the long way round on the phone (sentences of our own): printing and signing by pen, papers sent by
 * courier or carried out to the sites, signers who never send them back, the deal stuck, the wrong page signed, a
 * coming audit beside slow or paper work (a date, no compliance pain), data residency, and WhatsApp as a chat channel.
 */
import { extractSignals } from '../lib/signals';

const pains = (text: string): string[] => [...extractSignals(text).pain_points].sort();

describe('pain points told as stories', () => {
  it.each<[string, string[]]>([
    ["Honestly we print and sign with a biro, that's the whole process.", ['manual_process']],
    ['The templates are in Word, and then we print.', ['manual_process']],
    ['We still print them and mail them to the owners.', ['manual_process']],
    ['The suppliers sign it and courier it back to us, it takes like eight days.', ['manual_process', 'slow_turnaround']],
    ['The originals go by fedex to the head office.', ['manual_process']],
    ['Our field reps drive the paperwork out to the sites every morning.', ['manual_process']],
    ['The clients sign and email them back to the front desk.', ['manual_process']],
    ['We keep the paper consents in a cupboard.', ['manual_process']],
    ['The buyer gets the contract and then a month, nobody signs.', ['slow_turnaround']],
    ['Sometimes three weeks go by and the sale is stuck.', ['slow_turnaround']],
    ['The signed copies come back late from the branches.', ['slow_turnaround']],
    ['We ring them, we message them, chasing all week.', ['chasing_signatures']],
    ['Some tenants never signed theirs, and we were phoning them for a month.', ['chasing_signatures']],
    ["They don't return it, so we post a second reminder.", ['chasing_signatures']],
    ["We couldn't tell who had signed the new terms.", ['poor_visibility']],
    ['Every so often the delivery note goes missing somewhere.', ['poor_visibility']],
    ["Half the releases don't come back at all.", ['poor_visibility']],
    ['The landlords sign the wrong page half the time.', ['errors_rework']],
    ['It always has the wrong account number on it.', ['errors_rework']],
    ['The owners sent back the old version with the old rent.', ['errors_rework']],
    ['Customers keep asking whether an e-signature is legally valid here.', ['compliance_risk']],
    ['If a form is unsigned it is a big problem for our licence.', ['compliance_risk']],
    ['The data has to be hosted in Germany, our works council insists.', ['compliance_risk']],
    ['The pricing went per user last year, it is too much for us.', ['too_expensive']],
    ['We copy each order into xero after signing, double work.', ['missing_integration']],
  ])('%s -> %j', (text, want) => {
    expect(pains(text)).toEqual([...want].sort());
  });
});

describe('what is not a pain', () => {
  it.each<[string, string[]]>([
    ['With the installers we mostly chat on WhatsApp.', []],
    ['Summer is busy, winter is much slower for us.', []],
    ['The forms are from the last turnaround at the refinery.', []],
    ['The people will not come in to sign, so the leases sit unsigned for weeks.', ['slow_turnaround']],
    ['The leases sit unsigned for weeks, and the auditors from the council are coming.', ['slow_turnaround']],
    ['Procurement takes about six weeks here.', []],
    ['It can be hosted in the cloud, that is fine.', []],
  ])('%s -> %j', (text, want) => {
    expect(pains(text)).toEqual([...want].sort());
  });
});

describe('a coming audit beside a records pain is a worry', () => {
  it('keeps compliance beside lost documents', () => {
    expect(pains('The auditors are coming next month and half the signed waivers went missing.')).toContain('compliance_risk');
  });
  it('takes the customer auditing the caller as a compliance worry', () => {
    expect(pains("The client is auditing us and I know some sign-offs aren't there.")).toContain('compliance_risk');
  });
});
