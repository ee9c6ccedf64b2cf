/**
 * The LiveKit server's side of webhooks, for the local stack, the demo, the tests and the fault
 * bench: webhook bodies in LiveKit's JSON shape (protobuf JSON of `WebhookEvent`) signed exactly as
 * the server signs them (livekit-server-sdk's AccessToken, the body's SHA-256 in the `sha256`
 * claim, sent as `Authorization`), and posted to a receiver. Docs:
 * https://docs.livekit.io/home/server/webhooks/
 */
import { createHash, randomUUID } from 'node:crypto';
import { AccessToken } from 'livekit-server-sdk';
import { callAttributes } from '../pipeline/reconcile';

/** API key and secret of a LiveKit project; the local defaults are `livekit-server --dev`'s. */
export interface LivekitCredentials {
  apiKey: string;
  apiSecret: string;
}

/** `livekit-server --dev`'s key pair, used locally unless LIVEKIT_API_KEY/LIVEKIT_API_SECRET are set. */
export function localLivekitCredentials(env: NodeJS.ProcessEnv = process.env): LivekitCredentials {
  return { apiKey: env.LIVEKIT_API_KEY || 'devkey', apiSecret: env.LIVEKIT_API_SECRET || 'secret' };
}

/** A signed webhook: the body to post and its `Authorization` header value. */
export interface SignedWebhook {
  body: string;
  authorization: string;
}

/** Sign `body` as the LiveKit server does. */
export async function signWebhookBody(body: string, creds: LivekitCredentials): Promise<SignedWebhook> {
  const token = new AccessToken(creds.apiKey, creds.apiSecret);
  token.sha256 = createHash('sha256').update(body).digest('base64');
  return { body, authorization: await token.toJwt() };
}

const seconds = (at: Date) => String(Math.floor(at.getTime() / 1000));

/** What a local call's webhooks say about it. */
export interface LocalCallEnd {
  session_id: string;
  room_name: string;
  room_sid: string;
  caller_identity: string;
  channel: 'sip' | 'webrtc';
  /** When the agent joined. */
  joined_at: Date;
  /** When it left / the room finished. */
  ended_at: Date;
}

/** The `participant_left` body for the agent of a call, carrying the attributes the agent sets. */
export function participantLeftBody(call: LocalCallEnd): string {
  return JSON.stringify({
    event: 'participant_left',
    id: `EV_${randomUUID().slice(0, 12)}`,
    createdAt: seconds(call.ended_at),
    room: { sid: call.room_sid, name: call.room_name, creationTime: seconds(call.joined_at) },
    participant: {
      sid: `PA_${randomUUID().slice(0, 12)}`,
      identity: `agent-${call.session_id}`,
      joinedAt: seconds(call.joined_at),
      kind: 'AGENT',
      attributes: callAttributes(call.session_id, call.caller_identity, call.channel),
    },
  });
}

/** The `room_finished` body of a call's room. */
export function roomFinishedBody(call: LocalCallEnd): string {
  return JSON.stringify({
    event: 'room_finished',
    id: `EV_${randomUUID().slice(0, 12)}`,
    createdAt: seconds(call.ended_at),
    room: { sid: call.room_sid, name: call.room_name, creationTime: seconds(call.joined_at) },
  });
}

/** Post a signed webhook to `url`; resolves to the HTTP status and body. */
export async function postWebhook(url: string, signed: SignedWebhook): Promise<{ status: number; body: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/webhook+json', authorization: signed.authorization },
    body: signed.body,
  });
  return { status: res.status, body: await res.text() };
}
