/**
 * The project's own JSON call format, `format_version: 1` (the files in `samples/*.json`).
 *
 * ```json
 * {
 *   "format_version": 1,
 *   "call_id": "sample-hot-northwind",            // optional; else from the file name
 *   "title": "Northwind Legal: 40 seats, DocuSign renewal in 3 weeks",
 *   "started_at": "2026-11-16T15:02:11Z",        // optional; ISO 8601 with a zone
 *   "agent_speaker": "Agent",                    // optional; else the heuristic (./speakers.ts)
 *   "call_type": "inbound-qualified",            // optional: inbound-qualified | unqualified | unknown
 *   "lead_id": "lead_0193",                      // optional
 *   "caller": { "name": "Dana Whitfield", "phone": "+15555550123", "company": "Northwind Legal" },
 *   "turns": [
 *     { "speaker": "Agent", "text": "Hi, thanks for trying trialist..." },
 *     { "speaker": "Dana", "text": "Hey, so we're about forty people..." },
 *     { "speaker": "Agent", "text": "Let me get that booked.",
 *       "tool_calls": [{ "name": "book_sales_meeting",
 *                        "arguments": { "name": "Dana Whitfield", "email": "dana@northwind.example",
 *                                       "time_window": "Tuesday 2-4pm ET" } }] }
 *   ]
 * }
 * ```
 * Tool calls are allowed on agent turns only; replay runs them through the agent's real tools.
 */
import { z } from 'zod';

/** E.164: `+` and 8-15 digits. */
const E164 = /^\+[1-9]\d{7,14}$/;

export const RecordedToolCallSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'tool name must be an identifier'),
    arguments: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export const CallFileTurnSchema = z
  .object({
    speaker: z.string().trim().min(1).max(80),
    text: z.string(),
    tool_calls: z.array(RecordedToolCallSchema).optional(),
  })
  .strict();

/** Schema of a `format_version: 1` call file. */
export const CallFileSchema = z
  .object({
    format_version: z.literal(1),
    call_id: z.string().min(1).max(128).optional(),
    title: z.string().max(300).optional(),
    started_at: z.iso.datetime({ offset: true }).optional(),
    agent_speaker: z.string().min(1).optional(),
    call_type: z.enum(['inbound-qualified', 'unqualified', 'unknown']).optional(),
    lead_id: z.string().min(1).max(128).optional(),
    caller: z
      .object({
        name: z.string().min(1).optional(),
        phone: z.string().regex(E164, 'phone must be E.164, e.g. +15555550123').optional(),
        company: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    notes: z.string().optional(),
    turns: z.array(CallFileTurnSchema).min(1, 'a call needs at least one turn'),
  })
  .strict();

export type CallFile = z.infer<typeof CallFileSchema>;
