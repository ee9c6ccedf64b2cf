/**
 * The plain-text email of a hot-lead alert (SNS email subscriptions get this body; Lambda and other
 * subscribers the JSON): the action now, the lead line and the warm transfer's result, the
 * summary, objections with quotes, competitors, authority, then the score's reasons and where the
 * record is.
 */
import { callerLabel, transferLine, type HotLeadAlert } from './alert';

const AUTHORITY: Record<string, string> = { decision_maker: 'decision maker', influencer: 'influencer (someone else signs off)', unknown: 'not said' };

/** The email body (plain text, lines under 100 characters where the content allows). */
export function formatAlertEmail(alert: HotLeadAlert): string {
  const a = alert.analysis;
  const lines: string[] = [];
  if (a) lines.push(`DO NOW: ${a.action}`, '');
  lines.push(`${alert.tier.toUpperCase()} lead ${alert.score}/100: ${callerLabel(alert)}`);
  if (alert.transfer) lines.push(`Warm transfer: ${transferLine(alert.transfer)}`);
  if (a) {
    lines.push('', a.summary);
    if (a.objections.length) {
      lines.push('', 'Objections:');
      for (const o of a.objections) lines.push(`  - ${o.kind} (${o.accepted === true ? 'answered' : o.accepted === false ? 'open' : 'unclear'}): "${o.quote}"`);
    }
    lines.push('', `Competitors: ${a.competitors.length ? a.competitors.join(', ') : 'none named'}`);
    lines.push(`Authority: ${AUTHORITY[a.authority.level]}${a.authority.quote ? ` ("${a.authority.quote}")` : ''}`);
  }
  if (alert.top_reasons.length) {
    lines.push('', `Why ${alert.tier}:`);
    for (const r of alert.top_reasons) lines.push(`  ${r.points >= 0 ? '+' : ''}${r.points} ${r.reason}${r.quote ? ` ("${r.quote}")` : ''}`);
  }
  lines.push('', `Session ${alert.session_id}, ${alert.started_at}, ${Math.round(alert.duration_seconds)} s, rules ${alert.rules_version}`, `Record: ${alert.record_uri}`);
  return `${lines.join('\n')}\n`;
}
