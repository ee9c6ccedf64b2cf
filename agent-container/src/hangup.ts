/**
 * Hanging up: when the agent ends the call (goodbye, an error, all providers down, the caller away,
 * the maximum length, a worker drain), closing the AgentSession only stops the agent; a phone
 * caller would hear silence until they hang up themselves. Deleting the LiveKit room disconnects
 * every participant, SIP callers included (LiveKit docs, "Ending a call"). The delete goes through
 * livekit-server-sdk's RoomServiceClient (Twirp `livekit.RoomService/DeleteRoom`, the same call
 * `JobContext.deleteRoom()` makes), so it can be pointed at the local stand-in
 * (lib/local/livekit-room-service.ts) in tests and its outcome is known.
 *
 * Environment: LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET (the worker's own credentials).
 */
import { RoomServiceClient } from 'livekit-server-sdk';
import type { SessionRecord } from '../../lib/session-record';

/** The part of LiveKit's RoomService the agent uses. */
export interface RoomService {
  deleteRoom(room: string): Promise<void>;
}

/** Longest a room delete may take (seconds); the caller is in silence meanwhile. */
export const DELETE_ROOM_TIMEOUT_S = 3;

/**
 * RoomServiceClient from LIVEKIT_URL / LIVEKIT_API_KEY / LIVEKIT_API_SECRET (ws/wss URLs become
 * http/https, as the SDK expects); null when any is missing (the call is then left to the caller
 * to hang up, with a warning).
 */
export function roomServiceFromEnv(env: NodeJS.ProcessEnv = process.env): RoomService | null {
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: key, LIVEKIT_API_SECRET: secret } = env;
  if (!url || !key || !secret) return null;
  return new RoomServiceClient(url.replace(/^ws(s?):/, 'http$1:'), key, secret, { requestTimeout: DELETE_ROOM_TIMEOUT_S });
}

/** End reasons after which the agent hangs up (deletes the room): every one but the caller's own hang-up and replay. */
export function shouldDeleteRoom(endReason: SessionRecord['outcome']['end_reason']): boolean {
  return endReason !== 'caller_hangup' && endReason !== 'replay_complete';
}

/** What a hang-up did. */
export interface HangupResult {
  room: string;
  deleted: boolean;
  /** Why not (`no room service configured`, the service's error), when not deleted. */
  error: string | null;
}

/** Delete `room`; never throws (a failed delete is reported in the result). */
export async function deleteRoom(service: RoomService | null, room: string): Promise<HangupResult> {
  if (!service) return { room, deleted: false, error: 'no room service configured (LIVEKIT_URL / LIVEKIT_API_KEY / LIVEKIT_API_SECRET)' };
  try {
    await service.deleteRoom(room);
    return { room, deleted: true, error: null };
  } catch (e) {
    return { room, deleted: false, error: (e as Error).message };
  }
}
