/**
 * livekit-webhook, the handler core: LiveKit's webhooks in, reconciliation checks out
 * (lib/pipeline/reconcile.ts). Every request is verified with livekit-server-sdk's
 * `WebhookReceiver` (the `Authorization` JWT, signed with the project's API secret, must carry the
 * body's SHA-256): a bad or missing signature answers 401 and nothing is stored or scheduled.
 *
 * - `participant_left` of the agent (it carries SESSION_ID_ATTRIBUTE): the room pointer is kept and
 *   a session check is scheduled after the grace period;
 * - `room_finished`: a room check is scheduled (it finds the session through the pointer);
 * - anything else (including the caller leaving): acknowledged, nothing done.
 * Answers 200 once scheduled; 500 when scheduling failed (LiveKit retries the webhook).
 */
import type { WebhookEvent } from 'livekit-server-sdk';
import { CALLER_IDENTITY_ATTRIBUTE, CHANNEL_ATTRIBUTE, SESSION_ID_ATTRIBUTE, validateFacts, writeRoomPointer, type CallFacts, type ReconcileCheck } from '../../lib/pipeline/reconcile';
import type { S3Client } from '@aws-sdk/client-s3';
import { defaultLogger, NO_METRICS, type HandlerLogger, type HandlerMetrics } from '../shared/observability';

export const SERVICE_NAME = 'livekit-webhook';

/** An HTTP request as a Lambda Function URL (or the local stack's server) delivers it; header names lower-case. */
export interface WebhookRequest {
  body?: string;
  isBase64Encoded?: boolean;
  headers: Record<string, string | undefined>;
}

/** The HTTP answer. */
export interface WebhookResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface LivekitWebhookDeps {
  /** Verifies and parses a webhook: `new WebhookReceiver(apiKey, apiSecret)`. */
  receiver: { receive(body: string, authHeader?: string): Promise<WebhookEvent> };
  /** Schedules a check after the grace period (SQS with DelaySeconds on AWS, a timer locally). */
  schedule(check: ReconcileCheck): Promise<void>;
  s3: S3Client;
  bucket: string;
  logger?: HandlerLogger;
  metrics?: HandlerMetrics;
  now?: () => Date;
}

const json = (statusCode: number, body: unknown): WebhookResponse => ({ statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Seconds or ms since the epoch as LiveKit sends them (int64 as bigint); null when absent or zero. */
function msOf(ms: bigint | undefined, seconds: bigint | undefined): number | null {
  if (ms !== undefined && ms > 0n) return Number(ms);
  if (seconds !== undefined && seconds > 0n) return Number(seconds) * 1000;
  return null;
}

/**
 * The facts of a `participant_left` for the agent (null when the participant carries no session id).
 * Times: the agent's join (else the room's creation) to the event's time (else now).
 */
export function factsOfParticipantLeft(event: WebhookEvent, now: Date): CallFacts | null {
  const p = event.participant;
  const sessionId = p?.attributes?.[SESSION_ID_ATTRIBUTE];
  if (!p || !sessionId) return null;
  const ended = msOf(undefined, event.createdAt) ?? now.getTime();
  const started = msOf(p.joinedAtMs, p.joinedAt) ?? msOf(event.room?.creationTimeMs, event.room?.creationTime) ?? ended;
  const channel = p.attributes[CHANNEL_ATTRIBUTE];
  return {
    session_id: sessionId,
    room_name: event.room?.name ?? '',
    room_sid: event.room?.sid ?? '',
    caller_identity: p.attributes[CALLER_IDENTITY_ATTRIBUTE] || null,
    channel: channel === 'sip' || channel === 'webrtc' ? channel : null,
    started_at: new Date(Math.min(started, ended)).toISOString(),
    ended_at: new Date(ended).toISOString(),
    source: 'participant_left',
  };
}

/** Build the webhook handler over its dependencies. */
export function makeLivekitWebhookHandler(deps: LivekitWebhookDeps): (request: WebhookRequest) => Promise<WebhookResponse> {
  const logger = deps.logger ?? defaultLogger(SERVICE_NAME);
  const metrics = deps.metrics ?? NO_METRICS;
  const now = deps.now ?? (() => new Date());

  return async (request) => {
    const raw = request.body ?? '';
    const body = request.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
    const auth = request.headers.authorization ?? request.headers.authorize;
    let event: WebhookEvent;
    try {
      event = await deps.receiver.receive(body, auth);
    } catch (e) {
      logger.warn('webhook rejected: signature check failed', { error: (e as Error).message, bytes: body.length });
      metrics.addMetric('WebhooksRejected', 'Count', 1);
      return json(401, { error: 'invalid webhook signature' });
    }
    metrics.addMetric('WebhooksReceived', 'Count', 1);
    const room = { room_name: event.room?.name ?? null, room_sid: event.room?.sid ?? null };
    try {
      if (event.event === 'participant_left') {
        const facts = factsOfParticipantLeft(event, now());
        if (!facts) return json(200, { ignored: 'participant_left of a participant without a session id (not the agent)' });
        const invalid = validateFacts(facts) ?? (facts.room_sid ? null : 'no room sid');
        if (invalid) {
          logger.warn('participant_left with unusable session facts; not scheduled', { ...room, invalid });
          metrics.addMetric('WebhooksUnusable', 'Count', 1);
          return json(200, { ignored: invalid });
        }
        await writeRoomPointer(deps, facts);
        await deps.schedule({ kind: 'session', facts });
        logger.info('session check scheduled', { session_id: facts.session_id, ...room, webhook_id: event.id });
        metrics.addMetric('ChecksScheduled', 'Count', 1);
        return json(200, { scheduled: 'session', session_id: facts.session_id });
      }
      if (event.event === 'room_finished') {
        if (!event.room?.sid) return json(200, { ignored: 'room_finished without a room sid' });
        const ended = msOf(undefined, event.createdAt) ?? now().getTime();
        await deps.schedule({ kind: 'room', room_name: event.room.name, room_sid: event.room.sid, ended_at: new Date(ended).toISOString() });
        logger.info('room check scheduled', { ...room, webhook_id: event.id });
        metrics.addMetric('ChecksScheduled', 'Count', 1);
        return json(200, { scheduled: 'room', room_sid: event.room.sid });
      }
      return json(200, { ignored: event.event || '(no event name)' });
    } catch (e) {
      logger.error('could not schedule the reconciliation check; LiveKit will retry the webhook', { ...room, error: e as Error });
      metrics.addMetric('ScheduleFailed', 'Count', 1);
      return json(500, { error: 'could not schedule the check' });
    }
  };
}
