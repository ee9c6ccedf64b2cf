/** One-line views of a session for the terminal: call length and the lead signals found. */
import type { SessionRecord } from '../../lib/session-record';

/** Seconds as `m:ss` (or `h:mm:ss` from an hour up). */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * The lead signals a call gave away, most telling first: `team 12, 300 docs/mo, urgency high,
 * real_estate, salesforce+hubspot`; `-` when nothing was found.
 */
export function keySignals(record: SessionRecord): string {
  const s = record.discovered_signals;
  const parts: string[] = [];
  if (s.team_size !== null) parts.push(`team ${s.team_size}`);
  if (s.monthly_volume !== null) parts.push(`${Math.round(s.monthly_volume)} docs/mo`);
  if (s.urgency !== null) parts.push(`urgency ${s.urgency}`);
  if (s.industry !== null) parts.push(s.industry);
  if (s.integration_needs.length) parts.push(s.integration_needs.join('+'));
  if (record.outcome.meeting_booked) parts.push('meeting booked');
  return parts.length ? parts.join(', ') : '-';
}
