/**
 * The CRM side of the pipeline as an interface, so HubSpot (./hubspot.ts) is one implementation
 * and Salesforce can follow: what one scored call writes to a CRM, built purely from the session
 * record and its lead score (`crmSyncPlan`).
 */
import { analysisOf } from '../analysis/record';
import type { LeadScore } from '../scoring/score';
import type { SessionRecord } from '../session-record/schema';

/** What one scored call writes to the CRM. */
export interface CrmSyncPlan {
  session_id: string;
  /** Who to find or create: email first, then phone (E.164); either may be null. */
  contact: { email: string | null; phone: string | null; name: string | null };
  /** The Call engagement: start, duration (ms), title, body (summary), outcome, link to the record. */
  call: { started_at: string; duration_ms: number; title: string; body: string; outcome: string; record_uri: string };
  /** Lead properties on the contact (custom properties). */
  lead: { score: number; tier: string; next_step: string; rules_version: string };
  /** A task for the contact's owner when the lead is hot, else null. */
  task: { subject: string; body: string; due_at: string } | null;
}

/** What a sync did: ids in the CRM and whether the engagement/task were created now or found. */
export interface CrmSyncResult {
  contact_id: string;
  contact_created: boolean;
  call_id: string;
  call_created: boolean;
  task_id: string | null;
  task_created: boolean;
}

/** A CRM the pipeline can sync to. Implementations make each step idempotent per session. */
export interface CrmClient {
  /** Apply a plan: one contact, exactly one Call engagement per session, properties, a task when hot. */
  sync(plan: CrmSyncPlan): Promise<CrmSyncResult>;
}

/** A CRM error that will not go away by retrying (bad token, bad property): the event goes to the dead-letter queue. */
export class CrmPermanentError extends Error {
  override name = 'CrmPermanentError';
}

/** Rate limited beyond the waits allowed in one invocation: retry later (redelivery). */
export class CrmRateLimitedError extends Error {
  override name = 'CrmRateLimitedError';
}

function bookingEmail(record: SessionRecord): string | null {
  for (const call of [...record.tool_calls].reverse()) {
    if (call.outcome !== 'success' || !/book/i.test(call.name)) continue;
    try {
      const email = (JSON.parse(call.arguments) as { email?: unknown }).email;
      if (typeof email === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) return email.trim().toLowerCase();
    } catch {
      // arguments replaced by a consent marker: no email
    }
  }
  return null;
}

function saidPhone(record: SessionRecord): string | null {
  for (const t of [...record.transcript].reverse()) {
    if (t.role !== 'user') continue;
    const m = /\+\d{8,15}\b/.exec(t.text.replace(/[\s().-]/g, ''));
    if (m) return m[0];
  }
  return null;
}

/**
 * The plan for a scored call. `hot` leads get a task due in one hour (the rep's "call back within
 * the hour"), or at the agreed time when that is sooner. Summary and outcome come from the call
 * analysis (none when data processing was denied: then only the score is written).
 */
export function crmSyncPlan(record: SessionRecord, score: LeadScore, recordUri: string, now: Date = new Date()): CrmSyncPlan {
  if (score.session_id !== record.session_id) throw new Error(`score for ${score.session_id} does not belong to session ${record.session_id}`);
  const a = analysisOf(record);
  const nextStep = a ? `${a.next_step.kind}${a.next_step.when_text ? `: ${a.next_step.when_text}` : ''}` : record.outcome.meeting_booked ? 'meeting' : 'none';
  const outcome = a ? `${a.next_step.kind.replace('_', ' ')}; interest ${a.interest.level}` : record.outcome.meeting_booked ? 'meeting booked' : 'no analysis';
  const body = [a?.summary ?? `Score ${score.score}/100 (${score.tier}).`, `Score ${score.score}/100, ${score.tier}, rules ${score.rules_version}.`, `Record: ${recordUri}`].join('\n');
  const hourLater = new Date(now.getTime() + 3600_000).toISOString();
  return {
    session_id: record.session_id,
    contact: { email: bookingEmail(record), phone: saidPhone(record), name: record.caller.name },
    call: {
      started_at: record.started_at,
      duration_ms: Math.round(record.duration_seconds * 1000),
      title: `trialist call ${record.session_id}`,
      body,
      outcome,
      record_uri: recordUri,
    },
    lead: { score: score.score, tier: score.tier, next_step: nextStep, rules_version: score.rules_version },
    task:
      score.tier === 'hot'
        ? { subject: `Hot lead ${score.score}/100: ${record.caller.name ?? record.session_id}`, body: `${nextStep}\n${a?.summary ?? ''}`.trim(), due_at: hourLater }
        : null,
  };
}
