/**
 * The call-analysis part of a hot-lead alert: what to do now (the first thing a rep reads), the
 * summary, objections with their quotes, competitors and authority. Kept apart from ./alert.ts so
 * the alert's other fields can change independently. Action texts are data (./actions.json).
 */
import * as z from '../zod-mini';
import { analysisOf } from '../analysis/record';
import { AuthorityLevel, InterestLevel, NextStepKind, ObjectionKind, type CallAnalysis } from '../analysis/schema';
import type { SessionRecord } from '../session-record';
import actionsJson from './actions.json' with { type: 'json' };

/** The analysis fields an alert carries (quotes already PII-redacted by lib/analysis). */
export const AlertAnalysisSchema = z.object({
  /** What to do now, e.g. "Prepare for Fri 19 Jan 10:00", "Call back within the hour", "Send the security pack". */
  action: z.string(),
  summary: z.string(),
  next_step: z.object({ kind: NextStepKind, when_text: z.nullable(z.string()), when_iso: z.nullable(z.string()) }),
  interest: InterestLevel,
  objections: z.array(z.object({ kind: ObjectionKind, accepted: z.nullable(z.boolean()), quote: z.string(), turn_index: z.int() })),
  competitors: z.array(z.string()),
  authority: z.object({ level: AuthorityLevel, quote: z.nullable(z.string()) }),
});
export type AlertAnalysis = z.infer<typeof AlertAnalysisSchema>;

const ACTIONS = actionsJson as {
  meeting: string;
  meeting_no_time: string;
  callback: string;
  callback_no_time: string;
  trial_followup: string;
  trial_followup_no_time: string;
  send: { pattern: string; text: string }[];
  send_default: string;
  none: string;
};
const SEND = ACTIONS.send.map((s) => ({ re: new RegExp(s.pattern, 'i'), text: s.text }));
const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A resolved time as a rep reads it: `2024-01-19T10:00` → `Fri 19 Jan 10:00`, with the offset as
 * `UTC-05:00` when there is one; a date alone → `Fri 19 Jan`. Null for anything else.
 */
export function formatWhen(iso: string | null): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})([+-]\d{2}:\d{2}|Z)?)?$/.exec(iso) : null;
  if (!m) return null;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const date = `${WEEKDAY[day.getUTCDay()]} ${day.getUTCDate()} ${MONTH[day.getUTCMonth()]}`;
  if (!m[4]) return date;
  const zone = m[6] ? ` UTC${m[6] === 'Z' ? '' : m[6]}` : '';
  return `${date} ${m[4]}:${m[5]}${zone}`;
}

/** What the rep should do now, from the analysis (see ./actions.json). */
export function actionNow(a: CallAnalysis): string {
  const when = formatWhen(a.next_step.when_iso) ?? a.next_step.when_text;
  const fill = (t: string) => t.replace('{when}', when ?? '');
  switch (a.next_step.kind) {
    case 'meeting':
      return when ? fill(ACTIONS.meeting) : ACTIONS.meeting_no_time;
    case 'callback':
      return when && !/\bhour\b/i.test(when) ? fill(ACTIONS.callback) : ACTIONS.callback_no_time;
    case 'trial_followup':
      return when ? fill(ACTIONS.trial_followup) : ACTIONS.trial_followup_no_time;
    case 'send_info': {
      const asked = [a.next_step.evidence?.quote ?? '', ...a.objections.map((o) => o.kind), ...a.questions.map((q) => q.topic)];
      for (const text of asked) {
        const hit = SEND.find((s) => s.re.test(text));
        if (hit) return hit.text;
      }
      return ACTIONS.send_default;
    }
    case 'none':
      return ACTIONS.none;
  }
}

/** The alert's analysis fields for a record (computed when the record has no analysis block); null without one. */
export function alertAnalysisOf(record: SessionRecord): AlertAnalysis | null {
  const a = analysisOf(record);
  if (!a) return null;
  return {
    action: actionNow(a),
    summary: a.summary,
    next_step: { kind: a.next_step.kind, when_text: a.next_step.when_text, when_iso: a.next_step.when_iso },
    interest: a.interest.level,
    objections: a.objections.map((o) => ({ kind: o.kind, accepted: o.accepted, quote: o.evidence.quote, turn_index: o.evidence.turn_index })),
    competitors: a.competitors.map((c) => c.name),
    authority: { level: a.authority.level, quote: a.authority.evidence?.quote ?? null },
  };
}
