/**
 * Slack Block Kit message for a hot-lead alert (https://api.slack.com/block-kit). Limits honoured:
 * header text <= 150 chars, at most 10 section fields of <= 2,000 chars, section text <= 3,000 chars.
 */
import { callerLabel, transferLine, type HotLeadAlert } from './alert';
import { analysisBlocks } from './slack-analysis';
import { escapeMrkdwn } from './mrkdwn';

/** A Slack incoming-webhook payload: fallback `text` plus Block Kit `blocks`. */
export interface SlackMessage {
  text: string;
  blocks: Record<string, unknown>[];
}

export { escapeMrkdwn } from './mrkdwn';

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function field(label: string, value: string) {
  return { type: 'mrkdwn', text: cut(`*${label}*\n${escapeMrkdwn(value)}`, 2000) };
}

const num = (n: number | null, unit = '') => (n === null ? '—' : `${n.toLocaleString('en-US', { maximumFractionDigits: 1 })}${unit}`);

/** The Block Kit message for an alert: header, signal fields (with the warm transfer when there was one; at most 10), reasons with quotes, record link. */
export function formatSlackMessage(alert: HotLeadAlert): SlackMessage {
  const who = callerLabel(alert);
  const c = alert.company;
  const header = cut(`${alert.tier === 'hot' ? '🔥 Hot' : alert.tier === 'warm' ? 'Warm' : 'Cold'} lead: ${who} (${alert.score}/100)`, 150);
  const reasons = alert.top_reasons
    .map((r) => {
      const line = `• *${r.points >= 0 ? '+' : ''}${r.points}* ${escapeMrkdwn(r.reason)}`;
      return r.quote ? `${line}\n>_“${escapeMrkdwn(r.quote)}”_${r.turn_index !== null ? ` (turn ${r.turn_index})` : ''}` : line;
    })
    .join('\n');
  const fields = [
    field('Caller', `${who}${alert.caller.returning_caller ? ` (returning, call ${alert.caller.call_count})` : ''}`),
    field('Score', `${alert.score}/100 · ${alert.tier}${alert.qualified ? ' · qualified' : ''}`),
    field('Team size', num(c.team_size)),
    field('Monthly volume', num(c.monthly_volume, ' docs/month')),
    field('Industry', c.industry ?? '—'),
    field('Urgency', c.urgency ?? '—'),
    field('Integrations', c.integration_needs.length ? c.integration_needs.join(', ') : '—'),
    field('Meeting', alert.meeting.booked ? `booked${alert.meeting.time ? ` for ${alert.meeting.time}` : ''}` : 'not booked'),
  ];
  if (alert.transfer) fields.push(field('Warm transfer', transferLine(alert.transfer)));
  if (alert.contact) fields.push(field('Contact', [alert.contact.phone, alert.contact.email].filter(Boolean).join(' · ')));
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: header, emoji: true } },
    ...analysisBlocks(alert.analysis),
    { type: 'section', fields },
  ];
  if (reasons) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cut(`*Why ${alert.tier}*\n${reasons}`, 3000) } });
  }
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: cut(
          `Session \`${alert.session_id}\` · ${alert.started_at} · ${Math.round(alert.duration_seconds)} s · ` +
            `rules ${escapeMrkdwn(alert.rules_version)} · record \`${escapeMrkdwn(alert.record_uri)}\``,
          3000,
        ),
      },
    ],
  });
  const transferred = alert.transfer?.status === 'transferred' ? `, transferred to ${alert.transfer.rep ?? 'a rep'}` : '';
  const text = `${alert.analysis ? `${alert.analysis.action}: ` : ''}${alert.tier} lead ${alert.score}/100: ${who}${alert.meeting.booked ? ', meeting booked' : ''}${transferred}`;
  return { text, blocks };
}
