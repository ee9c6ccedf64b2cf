/** Slack mrkdwn text helpers shared by the alert's Block Kit builders (./slack.ts, ./slack-analysis.ts). */

/** Escape the three characters Slack mrkdwn treats as control characters (`&`, `<`, `>`). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
