/**
 * The two-or-three-sentence summary a rep reads first, built only from the analysis fields (so
 * it never says more than the evidence): who and how interested, what stood in the way, and the
 * next step.
 */
import { displayableCallerName, redactPii } from '../privacy/redact';
import type { CallAnalysis } from './schema';

const KIND_TEXT: Record<string, string> = {
  meeting: 'agreed a meeting',
  callback: 'asked to be called back',
  trial_followup: 'agreed a check-in on the trial',
  send_info: 'is waiting for information from us',
  none: 'agreed no next step',
};

const list = (xs: readonly string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/**
 * Build the summary; `caller` is the caller's name or null (a name that is a phone number, an
 * email or LiveKit's `Phone +1...` is not used). Always returns 2-3 sentences, PII redacted.
 */
export function buildSummary(a: Omit<CallAnalysis, 'summary' | 'analyzer_version'>, caller: string | null): string {
  const who = displayableCallerName(caller) ?? 'The caller';
  const interest = a.interest.level === 'none' ? 'showed no interest' : `showed ${a.interest.level} interest`;
  const topCues = a.interest.cues.filter((c) => c.weight > 0 && !c.cue.startsWith('next_step_')).slice(0, 2).map((c) => c.label);
  const authority = a.authority.level === 'decision_maker' ? ', says they make the decision' : a.authority.level === 'influencer' ? ', someone else signs off' : '';
  const first = `${who} ${interest}${topCues.length ? ` (${list(topCues)})` : ''}${authority}${a.budget.mentioned ? ' and spoke of budget' : ''}.`;

  const hurdles: string[] = [];
  if (a.objections.length) {
    hurdles.push(
      `raised ${list(a.objections.map((o) => `${o.kind.replace('_', ' ')}${o.accepted === true ? ' (answered)' : o.accepted === false ? ' (not resolved)' : ''}`))}`,
    );
  }
  if (a.competitors.length) hurdles.push(`named ${list(a.competitors.map((c) => c.name))}`);
  const second = hurdles.length ? `They ${list(hurdles)}.` : '';

  const when = a.next_step.when_text ? ` for ${a.next_step.when_text}` : '';
  const third = `Next step: the caller ${KIND_TEXT[a.next_step.kind]}${a.next_step.kind === 'none' ? '' : when}.`;
  return redactPii([first, second, third].filter(Boolean).join(' '));
}
