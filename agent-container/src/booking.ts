/**
 * Booking sales meetings: the `book_sales_meeting` tool validates the request and hands it to a
 * pluggable `BookingAdapter`. Here: a local JSON-lines file (the embedded default) and an
 * in-memory adapter (replay and tests). A calendar/webhook adapter for AWS plugs in the same way.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/** What the agent collected from the caller; validated before any adapter sees it. */
export const MeetingRequestSchema = z.object({
  name: z.string().trim().min(2, 'name is too short').max(120),
  email: z.email('not a valid email address'),
  /** The slot as the caller agreed it, e.g. "Tuesday 2-4pm ET" or "2026-11-24T15:00:00Z". */
  time_window: z.string().trim().min(3, 'time window is too short').max(120),
});
export type MeetingRequest = z.infer<typeof MeetingRequestSchema>;

/** A booked meeting as the adapter confirms it. */
export interface MeetingConfirmation {
  /** Stable id: the same session, email and time window always give the same id (safe to retry). */
  booking_id: string;
  name: string;
  email: string;
  time_window: string;
}

/** Where meetings get booked. Throw to refuse; the message is spoken back by the agent. */
export interface BookingAdapter {
  book(request: MeetingRequest, sessionId: string): Promise<MeetingConfirmation>;
}

/** `mtg_` + 16 hex chars of SHA-256(session id, email, time window). */
export function bookingId(request: MeetingRequest, sessionId: string): string {
  const h = createHash('sha256').update(`${sessionId}\n${request.email.toLowerCase()}\n${request.time_window}`).digest('hex');
  return `mtg_${h.slice(0, 16)}`;
}

function confirmation(request: MeetingRequest, sessionId: string): MeetingConfirmation {
  return { booking_id: bookingId(request, sessionId), name: request.name, email: request.email, time_window: request.time_window };
}

/** Keeps bookings in memory (replay, tests). */
export class MemoryBookingAdapter implements BookingAdapter {
  readonly bookings: Array<MeetingConfirmation & { session_id: string }> = [];

  async book(request: MeetingRequest, sessionId: string): Promise<MeetingConfirmation> {
    const c = confirmation(request, sessionId);
    if (!this.bookings.some((b) => b.booking_id === c.booking_id)) this.bookings.push({ ...c, session_id: sessionId });
    return c;
  }
}

/** Appends one JSON line per booking to a local file (the embedded default; sales reads it from there). */
export class LocalFileBookingAdapter implements BookingAdapter {
  constructor(private readonly filePath: string) {}

  async book(request: MeetingRequest, sessionId: string): Promise<MeetingConfirmation> {
    const c = confirmation(request, sessionId);
    await mkdir(dirname(this.filePath), { recursive: true });
    await appendFile(this.filePath, `${JSON.stringify({ ...c, session_id: sessionId, booked_at: new Date().toISOString() })}\n`, 'utf8');
    return c;
  }
}
