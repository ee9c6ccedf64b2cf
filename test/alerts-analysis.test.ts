/**
 * What a rep reads first in an alert: the action now, then the summary, objections with quotes,
 * competitors, authority and the score's reasons, in Slack Block Kit and in the email.
 */
import { actionNow, buildHotLeadAlert, formatAlertEmail, formatSlackMessage, formatWhen } from '../lib/alerts';
import { analyzeCall } from '../lib/analysis';
import { scoreLead } from '../lib/scoring';
import type { SessionRecord } from '../lib/session-record';
import { makeRecord } from './fixtures';

const turns = (lines: [string, string][]): SessionRecord['transcript'] =>
  lines.map(([who, text], i) => ({ turn_index: i, role: who === 'A' ? 'agent' : 'user', text, start_ms: i * 1000, end_ms: i * 1000 + 900, interrupted: false }));
const input = (started_at: string, lines: [string, string][]) => ({ started_at, transcript: turns(lines), tool_calls: [] });

describe('action now', () => {
  it('says what to do for each kind of next step', () => {
    const meeting = analyzeCall(input('2024-01-15T00:00:00Z', [['A', 'I have Friday at 10am for a demo. Does that work?'], ['U', 'Friday at 10 works.']]));
    const hour = analyzeCall(input('2026-12-02T15:30:00Z', [['A', 'Do you have time now?'], ['U', 'Not now. Call me back in an hour.']]));
    const security = analyzeCall(
      input('2026-11-18T14:45:00Z', [['U', 'My worry is security. Without a BAA we cannot go further.'], ['A', 'A BAA is on Enterprise.'], ['U', 'Send me the security pack and the SOC 2 report.']]),
    );
    expect(actionNow(meeting)).toBe('Prepare for Fri 19 Jan 10:00');
    expect(actionNow(hour)).toBe('Call back within the hour');
    expect(actionNow(security)).toBe('Send the security pack');
    expect(formatWhen('2026-11-19T14:00-05:00')).toBe('Thu 19 Nov 14:00 UTC-05:00');
  });
});

describe('alert content', () => {
  const record = makeRecord({
    started_at: '2026-12-03T17:00:00.000Z',
    ended_at: '2026-12-03T17:06:00.000Z',
    discovered_signals: { ...makeRecord().discovered_signals, team_size: 35, monthly_volume: 400 },
    transcript: turns([
      ['U', "We're on DocuSign and PandaDoc quoted us lower. I'll bring my VP, she makes the final call."],
      ['A', 'Our HubSpot sync writes the signed status back. Sales can show you a side-by-side on a call.'],
      ['U', "Okay, that's worth a look. Can we do Monday at 9 Pacific?"],
      ['A', 'Monday at 9am Pacific, booked.'],
    ]),
  });
  const alert = buildHotLeadAlert(record, scoreLead(record), 's3://b/sessions/x.json.gz');

  it('carries the action, summary, objections with quotes, competitors and authority', () => {
    expect(alert.analysis).toMatchObject({
      action: 'Prepare for Mon 7 Dec 09:00 UTC-08:00',
      competitors: ['DocuSign', 'PandaDoc'],
      authority: { level: 'influencer' },
      objections: [{ kind: 'competitor', accepted: true, quote: expect.stringContaining('PandaDoc quoted us lower') }],
    });
  });

  it('opens the Slack message with the action, then the summary and the objections', () => {
    const msg = formatSlackMessage(alert);
    const texts = msg.blocks.map((b) => JSON.stringify(b));
    expect(texts[1]).toContain('Prepare for Mon 7 Dec 09:00');
    expect(texts[2]).toContain('Next step: the caller agreed a meeting');
    expect(texts[3]).toContain('PandaDoc quoted us lower');
    expect(msg.text.startsWith('Prepare for Mon 7 Dec')).toBe(true);
  });

  it('writes the email in the same order, reasons after the analysis', () => {
    const email = formatAlertEmail(alert);
    const at = (s: string) => email.indexOf(s);
    expect(at('DO NOW: Prepare for Mon 7 Dec 09:00')).toBe(0);
    expect(at('Objections:')).toBeGreaterThan(at('Next step:'));
    expect(at('Competitors: DocuSign, PandaDoc')).toBeGreaterThan(at('Objections:'));
    expect(at('Authority: influencer')).toBeGreaterThan(at('Competitors:'));
    expect(at('Why ')).toBeGreaterThan(at('Authority:'));
  });
});
