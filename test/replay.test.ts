/**
 * Replay mode: recorded calls driven through the real AgentSession, TrialAgent tools and
 * SessionCollector (agent-container/src/replay.ts), written to an in-memory SessionSink.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BookingAdapter } from '../agent-container/src/booking';
import { REPLAY_TIMING, WORDS_PER_MINUTE } from '../agent-container/src/clock';
import { replayCall } from '../agent-container/src/replay';
import { loadRecordedCall, parseRecordedCall, type RecordedCall } from '../lib/recorded-call';
import { parseSessionRecord, sessionKey, type SessionRecord } from '../lib/session-record';
import { MemorySink } from './fixtures';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.join(repoRoot, 'samples');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'sales-calls');


const words = (text: string) => text.trim().split(/\s+/).length;

/** A JSON call file from turns, for cases the samples do not cover. */
function jsonCall(turns: Array<{ speaker: string; text: string; tool_calls?: Array<{ name: string; arguments: Record<string, unknown> }> }>, extra: Record<string, unknown> = {}): RecordedCall {
  return parseRecordedCall(JSON.stringify({ format_version: 1, agent_speaker: 'Agent', turns, ...extra }), 'constructed.json');
}

describe('replayCall on the hot sample', () => {
  let call: RecordedCall;
  let record: SessionRecord;
  let key: string;
  const sink = new MemorySink();

  beforeAll(async () => {
    call = await loadRecordedCall(path.join(samples, 'hot-harbor-pine-realty.json'));
    ({ record, key } = await replayCall(call, { sink }));
  });

  it('writes one valid record under the key layout, partitioned by the call start', () => {
    expect(parseSessionRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(key).toBe(`sessions/year=2026/month=11/day=16/sample-hot-harbor-pine.json.gz`);
    expect(sink.records.get(key)).toEqual(record);
    expect(record.started_at).toBe('2026-11-16T15:02:11.000Z');
    expect(record.session).toMatchObject({ channel: 'replay', replay_source: 'hot-harbor-pine-realty.json', call_type: 'inbound-qualified', lead_id: 'lead_hp_0412' });
  });

  it('keeps the transcript in recorded order with roles and text', () => {
    expect(record.transcript.map((t) => [t.role, t.text])).toEqual(call.turns.map((t) => [t.role, t.text]));
    expect(record.transcript.map((t) => t.turn_index)).toEqual(call.turns.map((_, i) => i));
  });

  it('runs the recorded book_sales_meeting through the real tool and books the meeting', () => {
    const booking = record.tool_calls.filter((c) => c.name === 'book_sales_meeting');
    expect(booking).toHaveLength(1);
    expect(booking[0]!.outcome).toBe('success');
    expect(JSON.parse(booking[0]!.arguments)).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@harborpine.com', time_window: 'Thursday 10am-12pm ET' });
    expect(JSON.parse(booking[0]!.output)).toMatchObject({ booked: true, booking_id: expect.stringMatching(/^mtg_[0-9a-f]{16}$/) });
    // the tool ran after the agent turn that announced it
    expect(record.transcript[booking[0]!.turn_index]!.text).toMatch(/Booking it now/);
    // booked and closed by the agent with end_call: the whole funnel
    expect(record.outcome).toEqual({ stage_reached: 'exit', meeting_booked: true, meeting_time: 'Thursday 10am-12pm ET', end_reason: 'agent_ended' });
  });

  it('takes signals from caller turns only', () => {
    expect(record.discovered_signals.evidence.length).toBeGreaterThan(0);
    for (const e of record.discovered_signals.evidence) {
      expect(record.transcript[e.turn_index]!.role).toBe('user');
      expect(record.transcript[e.turn_index]!.text).toContain(e.quote);
    }
    expect(record.discovered_signals.team_size).toBe(45);
  });

  it('places turns on a plausible clock: ordered, non-overlapping, about 150 words per minute', () => {
    let prevEnd = 0;
    for (const t of record.transcript) {
      expect(t.start_ms).toBeGreaterThanOrEqual(prevEnd);
      expect(t.end_ms).toBeGreaterThan(t.start_ms);
      prevEnd = t.end_ms;
    }
    const speakingSeconds = (call.turns.reduce((n, t) => n + words(t.text), 0) / WORDS_PER_MINUTE) * 60;
    expect(record.duration_seconds).toBeGreaterThan(speakingSeconds);
    expect(record.duration_seconds).toBeLessThan(speakingSeconds + call.turns.length * 2 + 5);
    expect(record.duration_seconds * 1000).toBeCloseTo(prevEnd + REPLAY_TIMING.TAIL_MS, -2);
    expect(Date.parse(record.ended_at) - Date.parse(record.started_at)).toBe(Math.round(record.duration_seconds * 1000));
  });

  it('reports usage and prices it with the versioned table', () => {
    const m = record.metrics_summary;
    expect(m.user_turns).toBe(call.turns.filter((t) => t.role === 'user').length);
    expect(m.agent_turns).toBe(call.turns.filter((t) => t.role === 'agent').length);
    expect(m.llm_prompt_tokens).toBeGreaterThan(0);
    expect(m.tts_characters).toBe(call.turns.filter((t) => t.role === 'agent').reduce((n, t) => n + t.text.length, 0));
    // replay has no real latency: percentiles are left empty rather than made up
    expect(m.llm_ttft_ms).toEqual({ p50: null, p95: null, samples: 0 });
    expect(record.cost_summary.price_table_version).toMatch(/\S/);
    expect(record.cost_summary.by_provider.map((p) => p.service).sort()).toEqual(['llm', 'stt', 'tts']);
    expect(record.cost_summary.total_usd).toBeCloseTo(record.cost_summary.by_provider.reduce((s, p) => s + p.usd, 0), 6);
  });
});

describe('replayCall edge cases', () => {
  it('records a failed booking (bad email) as an error and books on the corrected retry', async () => {
    const call = await loadRecordedCall(path.join(samples, 'booked-brightpath-staffing.json'));
    const { record } = await replayCall(call, { sink: new MemorySink() });
    const booking = record.tool_calls.filter((c) => c.name === 'book_sales_meeting');
    expect(booking.map((c) => c.outcome)).toEqual(['error', 'success']);
    expect(booking[0]!.output).toMatch(/email/);
    expect(record.outcome.meeting_booked).toBe(true);
    expect(record.transcript).toHaveLength(call.turns.length);
  });

  it('a tool that throws is recorded as an error and the call goes on', async () => {
    const broken: BookingAdapter = {
      book: async () => {
        throw new Error('calendar API returned 503');
      },
    };
    const call = await loadRecordedCall(path.join(samples, 'hot-harbor-pine-realty.json'));
    const { record } = await replayCall(call, { sink: new MemorySink(), booking: broken });
    const booking = record.tool_calls.find((c) => c.name === 'book_sales_meeting')!;
    expect(booking.outcome).toBe('error');
    expect(booking.output).not.toMatch(/503/); // internal details are not passed to the LLM or the record
    expect(record.outcome.meeting_booked).toBe(false);
    expect(record.outcome.stage_reached).toBe('book');
    expect(record.transcript.map((t) => t.text)).toEqual(call.turns.map((t) => t.text));
    expect(record.tool_calls.map((c) => c.name)).toContain('end_call');
  });

  it('handles leading agent turns, consecutive same-speaker turns and several callers', async () => {
    const call = parseRecordedCall(
      JSON.stringify({
        format_version: 1,
        agent_speaker: 'Agent',
        turns: [
          { speaker: 'Agent', text: 'Hi, this is the trialist assistant.' },
          { speaker: 'Agent', text: 'Before we start, this call may be recorded.' },
          { speaker: 'Ana', text: 'Okay.' },
          { speaker: 'Ben', text: 'Ben here too, we are a team of 6.' },
          { speaker: 'Ana', text: 'And we send 120 contracts per month.' },
          { speaker: 'Agent', text: 'Thanks, that helps.' },
          { speaker: 'Agent', text: 'Do you use a CRM?' },
          { speaker: 'Agent', text: 'Many teams connect HubSpot.' },
          { speaker: 'Ana', text: 'We do, HubSpot.' },
        ],
      }),
      'multi.json',
    );
    const { record } = await replayCall(call, { sink: new MemorySink(), startedAt: new Date('2026-11-20T09:00:00Z'), sessionId: 'multi-1' });
    expect(record.session_id).toBe('multi-1');
    expect(record.started_at).toBe('2026-11-20T09:00:00.000Z');
    expect(record.transcript.map((t) => [t.role, t.text])).toEqual(call.turns.map((t) => [t.role, t.text]));
    expect(record.caller.identity).toBe('Ana');
    expect(record.discovered_signals.team_size).toBe(6);
    expect(record.discovered_signals.monthly_volume).toBe(120);
  });

  it('refuses an unsafe session id before starting a session', async () => {
    const call = jsonCall([
      { speaker: 'Caller', text: 'Hi.' },
      { speaker: 'Agent', text: 'Hello.' },
    ]);
    const sink = new MemorySink();
    await expect(replayCall(call, { sink, sessionId: '../etc/passwd' })).rejects.toThrow(/unsafe session id "..\/etc\/passwd"/);
    expect(sink.records.size).toBe(0);
  });

  it('replays a call the caller opens, with no agent greeting', async () => {
    const call = jsonCall([
      { speaker: 'Caller', text: 'Hi, quick question about templates.' },
      { speaker: 'Agent', text: 'Sure, go ahead.' },
    ]);
    const { record } = await replayCall(call, { sink: new MemorySink(), startedAt: new Date('2026-11-20T10:00:00Z') });
    expect(record.transcript.map((t) => t.role)).toEqual(['user', 'agent']);
    expect(record.outcome.end_reason).toBe('replay_complete');
  });

  it('stops where the agent ends the call, as a live call would', async () => {
    const call = jsonCall([
      { speaker: 'Agent', text: 'Hello!' },
      { speaker: 'Caller', text: 'Bye.' },
      { speaker: 'Agent', text: 'Goodbye.', tool_calls: [{ name: 'end_call', arguments: {} }] },
      { speaker: 'Caller', text: 'Wait, one more thing.' },
      { speaker: 'Agent', text: 'This is never said.' },
    ]);
    const { record } = await replayCall(call, { sink: new MemorySink(), startedAt: new Date('2026-11-20T10:00:00Z') });
    expect(record.transcript.map((t) => t.text)).toEqual(['Hello!', 'Bye.', 'Goodbye.']);
    expect(record.outcome.end_reason).toBe('agent_ended');
  });

  it('records a tool the agent does not have as an error instead of failing', async () => {
    const call = jsonCall([
      { speaker: 'Caller', text: 'Can you send me the price list?' },
      { speaker: 'Agent', text: 'Sending it.', tool_calls: [{ name: 'send_price_list', arguments: { to: 'x@example.com' } }] },
      { speaker: 'Agent', text: 'Hmm, I cannot send that from here.' },
    ]);
    const { record } = await replayCall(call, { sink: new MemorySink(), startedAt: new Date('2026-11-20T10:00:00Z') });
    expect(record.tool_calls).toEqual([expect.objectContaining({ name: 'send_price_list', outcome: 'error', output: expect.stringMatching(/Unknown function/) })]);
    expect(record.transcript.map((t) => t.text)).toEqual(call.turns.map((t) => t.text));
  });

  it('is deterministic apart from measured tool latency', async () => {
    const call = await loadRecordedCall(path.join(samples, 'booked-brightpath-staffing.json'));
    const opts = { startedAt: new Date('2026-11-20T12:00:00Z') };
    const a = (await replayCall(call, { sink: new MemorySink(), ...opts })).record;
    const b = (await replayCall(call, { sink: new MemorySink(), ...opts })).record;
    const strip = (r: SessionRecord) => ({ ...r, tool_calls: r.tool_calls.map((c) => ({ ...c, latency_ms: 0 })) });
    expect(strip(a)).toEqual(strip(b));
  });

  it('replays a 40-turn call in well under a few seconds and keeps stdout clean', async () => {
    const turns = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0 ? { speaker: 'Agent', text: `Question number ${i} about your documents?` } : { speaker: 'Caller', text: `Answer ${i}, we send some contracts.` },
    );
    const writes: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    const t0 = Date.now();
    try {
      const { record } = await replayCall(jsonCall(turns), { sink: new MemorySink(), startedAt: new Date('2026-11-20T10:00:00Z') });
      expect(record.transcript).toHaveLength(40);
    } finally {
      process.stdout.write = original;
    }
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(writes).toEqual([]);
  });

  it('lets the process exit on its own after a replay (no stray timers or sockets)', () => {
    const script = [
      "import { loadRecordedCall } from './lib/recorded-call';",
      "import { replayCall } from './agent-container/src/replay';",
      "const call = await loadRecordedCall('samples/warm-lumen-creative.json');",
      'const { record } = await replayCall(call, { sink: { write: async (r) => r.session_id } });',
      'console.log(JSON.stringify({ turns: record.transcript.length }));',
    ].join('\n');
    const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(res.error).toBeUndefined();
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout.trim())).toEqual({ turns: 15 });
  });
});

const maybe = existsSync(corpus) ? describe : describe.skip;
if (!existsSync(corpus)) console.warn(`replay corpus tests skipped: ${corpus} is absent (the shared corpus of real sales calls is not checked out)`);

maybe('replay of every call in the shared corpus', () => {
  // describe.skip still runs this body to collect the tests: list the corpus only when it is there
  const files = ['premai', 'tribeai'].flatMap((d) =>
    (existsSync(corpus) ? readdirSync(path.join(corpus, d)) : [])
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => path.join(corpus, d, f)),
  );

  it.each(files.map((f) => [path.relative(corpus, f), f]))('%s becomes a valid record with every turn', async (_name, file) => {
    const call = await loadRecordedCall(file);
    const { record, key } = await replayCall(call, { sink: new MemorySink() });
    expect(parseSessionRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(key).toBe(sessionKey(call.call_id, record.started_at));
    expect(record.transcript.map((t) => [t.role, t.text])).toEqual(call.turns.map((t) => [t.role, t.text]));
    for (const e of record.discovered_signals.evidence) expect(record.transcript[e.turn_index]!.role).toBe('user');
  });
});
