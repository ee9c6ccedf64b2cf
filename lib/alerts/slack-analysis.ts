/**
 * Block Kit sections for the call-analysis part of an alert (./call-analysis.ts): the action now
 * first, then the summary, objections with quotes, competitors and authority. Kept apart from
 * ./slack.ts so the message's other sections can change independently.
 */
import type { AlertAnalysis } from './call-analysis';
import { escapeMrkdwn } from './mrkdwn';

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const AUTHORITY: Record<string, string> = { decision_maker: 'decision maker', influencer: 'influencer (someone else signs off)', unknown: 'not said' };

function objectionLine(o: AlertAnalysis['objections'][number]): string {
  const state = o.accepted === true ? 'answered' : o.accepted === false ? 'open' : 'unclear';
  return `• *${o.kind}* (${state})\n>_“${escapeMrkdwn(o.quote)}”_ (turn ${o.turn_index})`;
}

/** The analysis sections of the Slack message, in reading order; [] when the alert has no analysis. */
export function analysisBlocks(analysis: AlertAnalysis | null | undefined): Record<string, unknown>[] {
  if (!analysis) return [];
  const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text: cut(text, 3000) } });
  const blocks: Record<string, unknown>[] = [section(`:point_right: *${escapeMrkdwn(analysis.action)}*`), section(escapeMrkdwn(analysis.summary))];
  if (analysis.objections.length) blocks.push(section(`*Objections*\n${analysis.objections.map(objectionLine).join('\n')}`));
  const facts = [
    `*Competitors:* ${analysis.competitors.length ? escapeMrkdwn(analysis.competitors.join(', ')) : 'none named'}`,
    `*Authority:* ${AUTHORITY[analysis.authority.level]}${analysis.authority.quote ? ` — _“${escapeMrkdwn(analysis.authority.quote)}”_` : ''}`,
    `*Interest:* ${analysis.interest}`,
  ];
  blocks.push(section(facts.join('\n')));
  return blocks;
}
