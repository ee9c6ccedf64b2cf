/**
 * Caller memory: what the agent remembers about one caller across calls, keyed by the keyed hash
 * (HMAC-SHA256 hex, lib/privacy/phone-hash.ts) of the caller's E.164 phone number (the session
 * record's `caller.phone_hash`; the number itself is never stored). After a key rotation
 * `lookupCallerMemory` finds a caller under the previous key and moves the entry to the new one. Read at call start to greet a returning caller and skip questions already
 * answered; written at call end from the call's session record.
 *
 * Pure domain: no AWS, no LiveKit. Stores live in ./local-store.ts (the embedded default) and
 * ./dynamodb-store.ts (AWS).
 */
import * as z from 'zod';
import * as zm from '../zod-mini';
import { parseOrThrow, SchemaError } from '../validation';
import { isQualified } from '../scoring';
import { DiscoveredSignals, emptySignals, type SessionRecord } from '../session-record';

/** Version of the stored item's shape. */
export const CALLER_MEMORY_VERSION = 1 as const;

/** Most topics kept per caller (oldest dropped first). */
export const MAX_TOPICS = 20;

const PhoneHash = z.string().regex(/^[0-9a-f]{64}$/, 'phone_hash must be 64 lowercase hex characters');

/** Signals worth remembering between calls: the scalar and list fields, without evidence quotes. */
export const KnownSignals = zm.omit(DiscoveredSignals, { evidence: true });
export type KnownSignals = z.infer<typeof KnownSignals>;

/** One caller's memory, as stored. Timestamps are ISO 8601 UTC. */
export const CallerMemorySchema = z.object({
  memory_version: z.literal(CALLER_MEMORY_VERSION),
  phone_hash: PhoneHash,
  /** Calls remembered, including the last one. */
  call_count: z.number().int().positive(),
  first_call_at: z.iso.datetime({ offset: false }),
  last_call_at: z.iso.datetime({ offset: false }),
  last_session_id: z.string(),
  /** The name the caller gave (latest non-null). */
  name: z.string().nullable(),
  /** Qualified on any call so far (lib/scoring `isQualified`: team >= 5 or >= 100 documents a month). */
  qualified: z.boolean(),
  /** A meeting with sales was booked on any call so far. */
  meeting_booked: z.boolean(),
  /** Knowledge topics discussed (knowledge document ids), most recent last. */
  topics: z.array(z.string()),
  /** Signals learned over all calls; a later call's value replaces an earlier one, lists are unioned. */
  signals: KnownSignals,
  /** Optimistic-concurrency counter: +1 on every write. */
  revision: z.number().int().nonnegative(),
});
export type CallerMemory = z.infer<typeof CallerMemorySchema>;

/** What one finished call adds to the memory. */
export interface CallSummary {
  phone_hash: string;
  session_id: string;
  /** ISO 8601 UTC start of the call. */
  started_at: string;
  name: string | null;
  qualified: boolean;
  meeting_booked: boolean;
  topics: string[];
  signals: KnownSignals;
}

/** Raised when a stored item is not a valid caller memory (the store refuses to guess). */
export class CallerMemoryError extends SchemaError {
  override name = 'CallerMemoryError';
}

/** Where caller memory lives. Implementations must be safe to call from concurrent calls. */
export interface CallerMemoryStore {
  /** The caller's memory, or null for a first-time caller. @throws CallerMemoryError for a corrupt item. */
  get(phoneHash: string): Promise<CallerMemory | null>;
  /** Merge one finished call into the caller's memory and return the result. */
  recordCall(call: CallSummary): Promise<CallerMemory>;
}

/** A store that can also erase and re-key entries (both shipped stores; needed by rotation and erasure). */
export interface ManagedCallerMemoryStore extends CallerMemoryStore {
  /** Remove the caller's memory (erasure); resolves to whether there was one. */
  delete(phoneHash: string): Promise<boolean>;
  /**
   * Move a caller's memory from `from` (a previous key's hash) to `to` (the current key's), merged
   * into whatever `to` already holds; resolves to the memory under `to` (null when `from` held none).
   */
  rekey(from: string, to: string): Promise<CallerMemory | null>;
}

/** Two memories of one caller made one (e.g. kept under an old and a new key during a rotation). */
export function mergeMemories(older: CallerMemory, newer: CallerMemory, phoneHash: string): CallerMemory {
  const [first, last] = Date.parse(older.last_call_at) <= Date.parse(newer.last_call_at) ? [older, newer] : [newer, older];
  return {
    ...last,
    phone_hash: phoneHash,
    call_count: older.call_count + newer.call_count,
    first_call_at: Date.parse(older.first_call_at) < Date.parse(newer.first_call_at) ? older.first_call_at : newer.first_call_at,
    name: last.name ?? first.name,
    qualified: older.qualified || newer.qualified,
    meeting_booked: older.meeting_booked || newer.meeting_booked,
    topics: union(first.topics.filter((t) => !last.topics.includes(t)), last.topics).slice(-MAX_TOPICS),
    signals: mergeSignals(first.signals, last.signals),
    revision: newer.revision + 1,
  };
}

/** A caller's hash under one key, in lookup order (lib/privacy `PhoneHasher.candidates`). */
export interface HashCandidate {
  hash: string;
  key_id: string;
}

/**
 * The caller's memory under the current key (`candidates[0]`), else under an older one (previous
 * key, legacy SHA-256): a memory found under an older key is moved to the current key's hash
 * (`rekey`) so the next lookup finds it first time. Null for a first-time caller.
 */
export async function lookupCallerMemory(store: CallerMemoryStore, candidates: readonly HashCandidate[]): Promise<CallerMemory | null> {
  const [current, ...older] = candidates;
  if (!current) return null;
  const found = await store.get(current.hash);
  if (found) return found;
  for (const c of older) {
    if (c.hash === current.hash) continue;
    const memory = await store.get(c.hash);
    if (memory) return 'rekey' in store ? (store as ManagedCallerMemoryStore).rekey(c.hash, current.hash) : memory;
  }
  return null;
}

/** No signals known. */
export function emptyKnownSignals(): KnownSignals {
  const { evidence: _evidence, ...known } = emptySignals();
  return known;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** Combine known signals: non-null values of `later` win; lists are unioned in order. */
export function mergeSignals(earlier: KnownSignals, later: KnownSignals): KnownSignals {
  return {
    team_size: later.team_size ?? earlier.team_size,
    monthly_volume: later.monthly_volume ?? earlier.monthly_volume,
    integration_needs: union(earlier.integration_needs, later.integration_needs),
    current_solution: union(earlier.current_solution, later.current_solution),
    urgency: later.urgency ?? earlier.urgency,
    industry: later.industry ?? earlier.industry,
    use_case: later.use_case ?? earlier.use_case,
    pain_points: union(earlier.pain_points, later.pain_points),
  };
}

/**
 * The memory after one more call (pure). A call older than the remembered last call still counts
 * and adds what it learned, but does not move `last_call_at` back or override newer values.
 */
export function mergeCall(previous: CallerMemory | null, call: CallSummary): CallerMemory {
  PhoneHash.parse(call.phone_hash);
  if (!previous) {
    return {
      memory_version: CALLER_MEMORY_VERSION,
      phone_hash: call.phone_hash,
      call_count: 1,
      first_call_at: call.started_at,
      last_call_at: call.started_at,
      last_session_id: call.session_id,
      name: call.name,
      qualified: call.qualified,
      meeting_booked: call.meeting_booked,
      topics: call.topics.slice(-MAX_TOPICS),
      signals: call.signals,
      revision: 1,
    };
  }
  const isLatest = Date.parse(call.started_at) >= Date.parse(previous.last_call_at);
  const topics = isLatest ? union(previous.topics.filter((t) => !call.topics.includes(t)), call.topics) : union(previous.topics, call.topics);
  return {
    ...previous,
    call_count: previous.call_count + 1,
    first_call_at: Date.parse(call.started_at) < Date.parse(previous.first_call_at) ? call.started_at : previous.first_call_at,
    last_call_at: isLatest ? call.started_at : previous.last_call_at,
    last_session_id: isLatest ? call.session_id : previous.last_session_id,
    name: isLatest ? (call.name ?? previous.name) : (previous.name ?? call.name),
    qualified: previous.qualified || call.qualified,
    meeting_booked: previous.meeting_booked || call.meeting_booked,
    topics: topics.slice(-MAX_TOPICS),
    signals: isLatest ? mergeSignals(previous.signals, call.signals) : mergeSignals(call.signals, previous.signals),
    revision: previous.revision + 1,
  };
}

/**
 * What a finished call's session record adds to caller memory; null when the caller had no
 * phone number (no key). `topics` are the knowledge documents the agent consulted.
 */
export function callSummaryOf(record: SessionRecord, topics: readonly string[]): CallSummary | null {
  if (!record.caller.phone_hash) return null;
  const s = record.discovered_signals;
  return {
    phone_hash: record.caller.phone_hash,
    session_id: record.session_id,
    started_at: record.started_at,
    name: record.caller.name,
    qualified: isQualified(record),
    meeting_booked: record.outcome.meeting_booked,
    topics: [...topics],
    signals: {
      team_size: s.team_size,
      monthly_volume: s.monthly_volume,
      integration_needs: [...s.integration_needs],
      current_solution: [...s.current_solution],
      urgency: s.urgency,
      industry: s.industry,
      use_case: s.use_case,
      pain_points: [...s.pain_points],
    },
  };
}

/** Validate a stored item. @throws CallerMemoryError naming the invalid fields. */
export function parseCallerMemory(value: unknown): CallerMemory {
  return parseOrThrow(CallerMemorySchema, value, 'caller memory', CallerMemoryError);
}

/** Known signal fields with a value, in a fixed order (for prompts and logs; no free text beyond ids). */
export function knownFields(signals: KnownSignals): Array<keyof KnownSignals> {
  return (Object.keys(signals) as Array<keyof KnownSignals>).filter((k) => {
    const v = signals[k];
    return Array.isArray(v) ? v.length > 0 : v !== null;
  });
}
