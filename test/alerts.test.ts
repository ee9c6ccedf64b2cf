import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import {
  alertSubject,
  buildHotLeadAlert,
  formatAlertEmail,
  formatSlackMessage,
  HotLeadAlertError,
  parseHotLeadAlert,
  SnsAlertPublisher,
  type HotLeadAlert,
} from '../lib/alerts';
import { scoreLead } from '../lib/scoring';
import { emptySignals, type SessionRecord } from '../lib/session-record';
import { makeRecord } from './fixtures';

function hotRecord(over: Partial<SessionRecord> = {}): SessionRecord {
  return makeRecord({
    session_id: 'sess_hot_1',
    caller: { identity: 'sip_+1555', name: 'Dana Ruiz', phone_hash: null, returning_caller: true, call_count: 2 },
    discovered_signals: {
      ...emptySignals(),
      team_size: 40,
      monthly_volume: 1200,
      urgency: 'high',
      industry: 'real_estate',
      use_case: 'lease agreements',
      integration_needs: ['salesforce'],
      current_solution: ['docusign'],
      evidence: [
        { field: 'team_size', value: '40', turn_index: 1, quote: 'we have 40 agents <and> growing & hiring', confidence: 0.9 },
        { field: 'monthly_volume', value: '1200', turn_index: 3, quote: 'roughly 1,200 leases a month', confidence: 0.9 },
        { field: 'urgency', value: 'high', turn_index: 5, quote: 'our DocuSign contract ends in two weeks', confidence: 0.8 },
      ],
    },
    outcome: { stage_reached: 'book', meeting_booked: true, meeting_time: 'Tuesday 3pm ET', end_reason: 'caller_hangup' },
    ...over,
  });
}

const URI = 's3://bucket/sessions/year=2026/month=11/day=20/sess_hot_1.json.gz';

function alertFor(record = hotRecord()): HotLeadAlert {
  return buildHotLeadAlert(record, scoreLead(record, undefined, new Date('2026-11-20T16:00:00Z')), URI);
}

describe('buildHotLeadAlert', () => {
  test('says who, company signals, score, top reasons with quotes, meeting and record link', () => {
    const a = alertFor();
    expect(parseHotLeadAlert(a)).toEqual(a);
    expect(a.caller).toEqual({ name: 'Dana Ruiz', identity: 'sip_+1555', returning_caller: true, call_count: 2 });
    expect(a.company).toMatchObject({ team_size: 40, monthly_volume: 1200, industry: 'real_estate', urgency: 'high', integration_needs: ['salesforce'] });
    expect(a.tier).toBe('hot');
    expect(a.top_reasons).toHaveLength(3);
    expect(a.top_reasons[0]!.points).toBeGreaterThanOrEqual(a.top_reasons[2]!.points);
    expect(a.top_reasons.find((r) => r.rule === 'monthly_volume')?.quote).toBe('roughly 1,200 leases a month');
    expect(a.meeting).toEqual({ booked: true, time: 'Tuesday 3pm ET' });
    expect(a.record_uri).toBe(URI);
  });

  test('puts contact details in `contact` only: the booking email and the number the caller said', () => {
    const r = hotRecord({
      caller: { identity: 'web_dana@northwind.example', name: 'Phone +16175550142', phone_hash: null, returning_caller: false, call_count: 1 },
      transcript: [
        { turn_index: 0, role: 'user', text: 'We are 40 agents, ring me on (617) 555-0142, card 4111 1111 1111 1111', start_ms: 0, end_ms: 1, interrupted: false },
        { turn_index: 1, role: 'user', text: 'Tuesday 3pm works, dana@northwind.example', start_ms: 2, end_ms: 3, interrupted: false },
      ],
      tool_calls: [
        {
          call_id: 'c1',
          name: 'book_sales_meeting',
          arguments: JSON.stringify({ name: 'Dana Ruiz', email: 'dana@northwind.example', time_window: 'Tuesday 3pm ET' }),
          outcome: 'success',
          output: 'booked',
          latency_ms: 5,
          turn_index: 1,
        },
      ],
    });
    r.discovered_signals.evidence[0]!.quote = 'we have 40 agents, ring me on (617) 555-0142';
    const a = alertFor(r);
    expect(parseHotLeadAlert(a)).toEqual(a);
    expect(a.contact).toEqual({ phone: '+16175550142', email: 'dana@northwind.example' });
    const { contact: _contact, ...rest } = a;
    const elsewhere = JSON.stringify(rest);
    expect(elsewhere).not.toMatch(/northwind|555.?0142|6175550142|4111/);
    expect(a.caller.name).toBeNull();
    expect(a.top_reasons.find((r) => r.rule === 'team_size')?.quote).toBe('we have 40 agents, ring me on [phone]');
    const off = buildHotLeadAlert(r, scoreLead(r), URI, { contact: false });
    expect(off.contact).toBeNull();
    expect(JSON.stringify(off)).not.toMatch(/northwind|555.?0142|6175550142/);
    const slack = JSON.stringify(formatSlackMessage(a));
    expect(slack).toContain('+16175550142 · dana@northwind.example');
    expect(JSON.stringify(formatSlackMessage(off))).not.toMatch(/northwind|0142/);
  });

  test('refuses a score of another session', () => {
    const r = hotRecord();
    const other = scoreLead(hotRecord({ session_id: 'sess_other' }));
    expect(() => buildHotLeadAlert(r, other, URI)).toThrow(/does not belong/);
  });

  test('parseHotLeadAlert rejects a message that is not an alert', () => {
    expect(() => parseHotLeadAlert({ session_id: 'x' })).toThrow(HotLeadAlertError);
  });
});

describe('formatSlackMessage', () => {
  test('Block Kit: header, fields, reasons with quotes, context with the record', () => {
    const msg = formatSlackMessage(alertFor());
    expect(msg.text).toContain('Dana Ruiz');
    const blocks = msg.blocks as any[];
    const header = blocks[0];
    const fields = blocks.find((b) => b.fields);
    const reasons = blocks[blocks.indexOf(fields) + 1];
    const context = blocks[blocks.length - 1];
    expect(header.type).toBe('header');
    expect(header.text.type).toBe('plain_text');
    expect(header.text.text).toMatch(/Hot lead: Dana Ruiz \(\d+\/100\)/);
    expect(fields.type).toBe('section');
    expect(fields.fields.length).toBeLessThanOrEqual(10);
    const fieldText = fields.fields.map((f: any) => f.text).join('\n');
    expect(fieldText).toContain('*Team size*\n40');
    expect(fieldText).toContain('1,200 docs/month');
    expect(fieldText).toContain('booked for Tuesday 3pm ET');
    expect(reasons.text.text).toContain('>_“roughly 1,200 leases a month”_ (turn 3)');
    // mrkdwn control characters in caller quotes are escaped
    expect(reasons.text.text).toContain('we have 40 agents &lt;and&gt; growing &amp; hiring');
    expect(context.elements[0].text).toContain(URI);
  });

  test('a meeting not booked and missing signals read clearly', () => {
    const r = hotRecord({ outcome: { stage_reached: 'qualify', meeting_booked: false, meeting_time: null, end_reason: 'caller_hangup' } });
    const a = { ...alertFor(r), company: { ...alertFor(r).company, industry: null } };
    const text = (formatSlackMessage(a).blocks.find((b: any) => b.fields) as any).fields.map((f: any) => f.text).join('\n');
    expect(text).toContain('*Meeting*\nnot booked');
    expect(text).toContain('*Industry*\n—');
  });

  test('header stays within Slack limits for a very long name', () => {
    const a = alertFor();
    const long = { ...a, caller: { ...a.caller, name: 'N'.repeat(400) } };
    expect(((formatSlackMessage(long).blocks[0] as any).text.text as string).length).toBeLessThanOrEqual(150);
  });
});

describe('warm transfer in the alert', () => {
  const live = (transfer: NonNullable<SessionRecord['live_call']>['transfer']) =>
    hotRecord({ live_call: { time_to_first_audio_ms: 900, startup_ms: 400, failovers: [], turn_providers: [], away_prompts: 0, ...(transfer ? { transfer } : {}) } });
  const fieldsOf = (a: HotLeadAlert) => (formatSlackMessage(a).blocks.find((b: any) => b.fields) as any).fields.map((f: any) => f.text).join('\n');

  test('a transfer the rep took: in the alert, the Slack fields and text, the email and the subject', () => {
    const a = alertFor(live({ at_ms: 120_000, status: 'transferred', rep: 'Sam, AE East', reason: null }));
    expect(a.transfer).toEqual({ status: 'transferred', rep: 'Sam, AE East', reason: null });
    expect(parseHotLeadAlert(JSON.parse(JSON.stringify(a)))).toEqual(a);
    expect(fieldsOf(a)).toContain('*Warm transfer*\ntransferred to Sam, AE East during the call');
    expect(formatSlackMessage(a).text).toContain('transferred to Sam, AE East');
    expect(formatAlertEmail(a)).toContain('\nWarm transfer: transferred to Sam, AE East during the call\n');
    expect(alertSubject(a)).toMatch(/transferred to a rep$/);
  });

  test('a failed or declined transfer says why and that a booking was offered; the reason is PII-redacted', () => {
    const failed = alertFor(live({ at_ms: 1, status: 'failed', rep: 'Sam, AE East', reason: 'no answer from +1 617 555 0142' }));
    expect(failed.transfer?.reason).not.toContain('555');
    expect(fieldsOf(failed)).toMatch(/\*Warm transfer\*\nfailed to Sam, AE East \(no answer from .*\); booking offered instead/);
    expect(formatAlertEmail(failed)).toMatch(/Warm transfer: failed to Sam, AE East \(.*\); booking offered instead/);
    const declined = alertFor(live({ at_ms: 1, status: 'declined', rep: null, reason: null }));
    expect(fieldsOf(declined)).toContain('*Warm transfer*\ndeclined; booking offered instead');
    expect(fieldsOf(declined).split('\n*').length).toBeLessThanOrEqual(10);
  });

  test('no transfer attempted: no transfer line anywhere', () => {
    const a = alertFor(live(undefined));
    expect(a.transfer).toBeNull();
    expect(fieldsOf(a)).not.toContain('Warm transfer');
    expect(formatAlertEmail(a)).not.toContain('Warm transfer');
    expect(alertFor().transfer).toBeNull();
  });
});

describe('SnsAlertPublisher', () => {
  function fakeSns() {
    const sent: PublishCommand[] = [];
    const sns = new SNSClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    // the SNS service cannot run here: fake the client boundary only
    sns.send = (async (cmd: PublishCommand) => {
      sent.push(cmd);
      return { MessageId: 'm-1' };
    }) as typeof sns.send;
    return { sns, sent };
  }

  test('publishes the alert JSON with filterable attributes and a readable subject', async () => {
    const { sns, sent } = fakeSns();
    const a = alertFor();
    await new SnsAlertPublisher(sns, 'arn:aws:sns:us-east-1:123456789012:hot-leads').publish(a);
    expect(sent).toHaveLength(1);
    const input = sent[0]!.input;
    expect(sent[0]).toBeInstanceOf(PublishCommand);
    expect(input.TopicArn).toBe('arn:aws:sns:us-east-1:123456789012:hot-leads');
    expect(input.MessageStructure).toBe('json');
    const perProtocol = JSON.parse(input.Message!) as { default: string; email: string };
    expect(JSON.parse(perProtocol.default)).toEqual(a);
    expect(perProtocol.email).toMatch(/^DO NOW: /);
    expect(input.MessageAttributes).toEqual({
      tier: { DataType: 'String', StringValue: 'hot' },
      score: { DataType: 'Number', StringValue: String(a.score) },
      industry: { DataType: 'String', StringValue: 'real_estate' },
      rules_version: { DataType: 'String', StringValue: 'v2' },
    });
    expect(input.Subject).toBe(`Hot lead ${a.score}/100: Dana Ruiz, team 40, real_estate, meeting booked`);
  });

  test('industry unknown becomes "unknown" (SNS rejects empty attribute values)', async () => {
    const { sns, sent } = fakeSns();
    const a = alertFor();
    await new SnsAlertPublisher(sns, 'arn:t').publish({ ...a, company: { ...a.company, industry: null } });
    expect(sent[0]!.input.MessageAttributes!.industry!.StringValue).toBe('unknown');
  });

  test('subject is printable ASCII under 100 characters whatever the caller name', () => {
    const a = alertFor();
    const s = alertSubject({ ...a, caller: { ...a.caller, name: 'José Müller-Łukasz 😀\n'.repeat(10) } });
    expect(s.length).toBeLessThan(100);
    expect(s).toMatch(/^[\x20-\x7e]+$/);
    expect(s.startsWith('Hot lead')).toBe(true);
  });

  test('refuses an invalid alert without publishing; SNS failures propagate', async () => {
    const { sns, sent } = fakeSns();
    const p = new SnsAlertPublisher(sns, 'arn:t');
    await expect(p.publish({ ...alertFor(), score: 500 })).rejects.toThrow(HotLeadAlertError);
    expect(sent).toHaveLength(0);
    sns.send = (async () => {
      throw new Error('Throttling');
    }) as typeof sns.send;
    await expect(p.publish(alertFor())).rejects.toThrow('Throttling');
  });
});
