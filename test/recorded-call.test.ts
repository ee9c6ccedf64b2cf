/**
 * Recorded-call parsers (lib/recorded-call): the shared corpus of real calls, the project's
 * samples, and the error cases. Corpus tests skip with a printed reason when ../shared is absent.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CallFileSchema,
  loadRecordedCall,
  MAX_RECORDED_CALL_BYTES,
  parseHeaderDate,
  parseRecordedCall,
  RecordedCallError,
  safeCallId,
  type RecordedCallErrorReason,
} from '../lib/recorded-call';
import { SESSION_ID_PATTERN } from '../lib/session-record';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samplesDir = path.join(repoRoot, 'samples');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'sales-calls');

function expectError(fn: () => unknown, reason: RecordedCallErrorReason, message: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RecordedCallError);
    expect((e as RecordedCallError).reason).toBe(reason);
    expect((e as Error).message).toMatch(message);
    return;
  }
  throw new Error(`expected RecordedCallError(${reason})`);
}

const maybe = existsSync(corpus) ? describe : describe.skip;
if (!existsSync(corpus)) console.warn(`recorded-call corpus tests skipped: ${corpus} is absent (the shared corpus of real sales calls is not checked out)`);

maybe('the shared corpus of real sales calls', () => {
  /** Who sells on each call, as a person reading the file would say. */
  const seller: Record<string, string> = {
    'premai/amateur_salesperson.txt': 'Sales Rep',
    'premai/impolite_salesperson.txt': 'Sales Rep',
    'premai/positive_customer.txt': 'Sales Rep',
    'premai/positive_too_expensive.txt': 'Sales Rep',
    'tribeai/closing-call-01.md': 'Maria',
    'tribeai/cold-call-success-01.md': 'Sarah',
    'tribeai/cold-call-unsuccessful-01.md': 'Brian',
    'tribeai/demo-call-success-01.md': 'Lisa',
    'tribeai/discovery-call-01.md': 'Marcus',
    'tribeai/follow-up-success-01.md': 'Rachel',
    'tribeai/objection-pricing-01.md': 'Nicole',
  };
  // describe.skip still runs this body to collect the tests: list the corpus only when it is there
  const files = ['premai', 'tribeai'].flatMap((d) => (existsSync(corpus) ? readdirSync(path.join(corpus, d)) : []).filter((f) => /\.(txt|md)$/.test(f)).map((f) => `${d}/${f}`));

  it('covers every transcript in the corpus', () => {
    expect(files.sort()).toEqual(Object.keys(seller).sort());
  });

  it.each(files)('%s: the heuristic picks the seller and keeps every spoken turn in order', async (rel) => {
    const file = path.join(corpus, rel);
    const text = readFileSync(file, 'utf8');
    const call = await loadRecordedCall(file);
    expect(call.agent_speaker).toBe(seller[rel]);
    expect(call.speakers.length).toBeGreaterThanOrEqual(2);
    expect(call.call_id).toMatch(SESSION_ID_PATTERN);
    for (const t of call.turns) expect(t.role).toBe(call.agent_speakers.includes(t.speaker) ? 'agent' : 'user');

    // count speaker lines independently of the parser
    const pattern = rel.endsWith('.md') ? /^\*\*([^*:]+):\*\*\s*(.*)$/ : /^([A-Za-z][A-Za-z ]*):\s+(.*)$/;
    const speakerLines = text
      .split('\n')
      .map((l) => pattern.exec(l.trim()))
      .filter((m): m is RegExpExecArray => m !== null && call.speakers.includes(m[1]!))
      .filter((m) => m[2]!.replace(/\*[^*]+\*/g, '').trim() !== ''); // a turn that is only a stage direction says nothing
    expect(call.turns.map((t) => t.speaker)).toEqual(speakerLines.map((m) => m[1]));
    expect(call.turns[0]!.text.slice(0, 20)).toBe(speakerLines[0]![2]!.replace(/\*[^*]+\*\s*/g, '').slice(0, 20));
  });

  it('reads the Markdown header: call id, date, participants, outcome', async () => {
    const call = await loadRecordedCall(path.join(corpus, 'tribeai', 'closing-call-01.md'));
    expect(call.format).toBe('markdown');
    expect(call.call_id).toBe('CLOSE-2024-023');
    expect(call.started_at).toBe('2024-02-15T00:00:00.000Z');
    expect(call.title).toBe('Sales Call Transcript: Closing Call');
    expect(call.metadata.Outcome).toBe('Deal closed, contract signed');
    expect(call.metadata.Duration).toBe('22 minutes');
    expect(call.caller).toEqual({ name: 'James Rodriguez', phone: null, company: 'ScaleUp Inc' });
    expect(call.speakers).toEqual(['Maria', 'James', 'Susan']);
    // the call notes after the transcript are not turns
    expect(call.turns.some((t) => /Call Notes|CFO involved/.test(t.speaker + t.text))).toBe(false);
  });

  it('treats both sellers on a demo call as the agent and every buyer as a user', async () => {
    const call = await loadRecordedCall(path.join(corpus, 'tribeai', 'demo-call-success-01.md'));
    expect(call.agent_speakers).toEqual(['Lisa', 'Alex']);
    expect(new Set(call.turns.filter((t) => t.role === 'user').map((t) => t.speaker))).toEqual(new Set(['Robert', 'Amy', 'Tom']));
    // bullet lists inside a turn stay in that turn
    expect(call.turns.find((t) => t.text.startsWith("Here's the breakdown"))!.text).toMatch(/Engagement: 55.*Timeline alignment: 65/);
  });

  it('finds the seller when the buyer speaks first', async () => {
    const call = await loadRecordedCall(path.join(corpus, 'tribeai', 'objection-pricing-01.md'));
    expect(call.turns[0]!.speaker).toBe('Kevin');
    expect(call.turns[0]!.role).toBe('user');
    expect(call.agent_speaker).toBe('Nicole');
  });

  it('drops stage directions, and a turn that is only one', async () => {
    const call = await loadRecordedCall(path.join(corpus, 'tribeai', 'cold-call-unsuccessful-01.md'));
    expect(call.turns.at(-1)!.speaker).toBe('Brian');
    const success = await loadRecordedCall(path.join(corpus, 'tribeai', 'cold-call-success-01.md'));
    expect(success.turns.find((t) => t.text.includes('Yeah, unfortunately'))!.text.startsWith('Yeah, unfortunately')).toBe(true);
  });

  it('names a plain transcript after its file', async () => {
    const call = await loadRecordedCall(path.join(corpus, 'premai', 'positive_too_expensive.txt'));
    expect(call).toMatchObject({ call_id: 'positive_too_expensive', title: 'Positive too expensive', started_at: null, format: 'text', caller_speaker: 'Customer' });
  });

  it('lets the agentSpeaker option override the heuristic, by label or full participant name', async () => {
    const file = path.join(corpus, 'tribeai', 'closing-call-01.md');
    expect((await loadRecordedCall(file, { agentSpeaker: 'susan' })).agent_speaker).toBe('Susan');
    expect((await loadRecordedCall(file, { agentSpeaker: 'James Rodriguez' })).agent_speaker).toBe('James');
    await expect(loadRecordedCall(file, { agentSpeaker: 'Nobody' })).rejects.toThrow(/agent speaker "Nobody" not found; speakers are "Maria", "James", "Susan"/);
  });
});

describe('the project samples', () => {
  const files = readdirSync(samplesDir).filter((f) => !f.startsWith('.'));

  it('has at least six calls in all three formats', async () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    const formats = new Set<string>();
    for (const f of files) formats.add((await loadRecordedCall(path.join(samplesDir, f))).format);
    expect([...formats].sort()).toEqual(['json', 'markdown', 'text']);
  });

  it.each(files)('%s parses with the agent as its agent speaker and unique ids', async (f) => {
    const call = await loadRecordedCall(path.join(samplesDir, f));
    expect(call.agent_speaker).toBe('Agent');
    expect(call.call_id).toMatch(/^sample-/);
    expect(call.started_at).toMatch(/^2026-11-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    expect(call.turns.filter((t) => t.role === 'user').length).toBeGreaterThanOrEqual(3);
    for (const t of call.turns) if (t.tool_calls) expect(t.role).toBe('agent');
  });

  it('every sample file validates against the JSON call schema when it is JSON', () => {
    for (const f of files.filter((x) => x.endsWith('.json'))) {
      const parsed = CallFileSchema.safeParse(JSON.parse(readFileSync(path.join(samplesDir, f), 'utf8')));
      expect(parsed.success).toBe(true);
    }
  });

  it('the hot sample carries the booking tool call with its arguments', async () => {
    const call = await loadRecordedCall(path.join(samplesDir, 'hot-harbor-pine-realty.json'));
    const withTool = call.turns.filter((t) => t.tool_calls?.some((c) => c.name === 'book_sales_meeting'));
    expect(withTool).toHaveLength(1);
    expect(withTool[0]!.tool_calls![0]!.arguments).toMatchObject({ email: 'dana.whitfield@harborpine.com' });
    expect(call.caller).toEqual({ name: 'Dana Whitfield', phone: '+16175550142', company: 'Harbor & Pine Realty' });
  });

  it('the two-caller Markdown sample has one agent and two users', async () => {
    const call = await loadRecordedCall(path.join(samplesDir, 'clinic-group-two-callers.md'));
    expect(call.agent_speakers).toEqual(['Agent']);
    expect(call.speakers.filter((s) => s !== 'Agent')).toEqual(['Renee', 'Sam']);
  });
});

describe('parseRecordedCall', () => {
  it('reads plain transcripts with a header, timestamps and continuation lines', () => {
    const call = parseRecordedCall(
      [
        'Title: Demo call',
        'Date: 2026-11-03 14:05',
        '',
        '[00:00:01] Rep: Hi there.',
        '[00:00:04] Prospect: Hello. We are 9 people.',
        'We also send 40 contracts per month.',
        'Rep: Here is the thing: it scales.',
        "Here's the breakdown: templates and bulk send.",
      ].join('\r\n'),
      'calls/demo.txt',
    );
    expect(call.title).toBe('Demo call');
    expect(call.started_at).toBe('2026-11-03T14:05:00.000Z');
    expect(call.source_name).toBe('demo.txt');
    expect(call.turns).toEqual([
      { speaker: 'Rep', role: 'agent', text: 'Hi there.' },
      { speaker: 'Prospect', role: 'user', text: 'Hello. We are 9 people. We also send 40 contracts per month.' },
      { speaker: 'Rep', role: 'agent', text: "Here is the thing: it scales. Here's the breakdown: templates and bulk send." },
    ]);
  });

  it('reads Markdown turns without a header rule, and **Speaker**: text', () => {
    const call = parseRecordedCall('# Quick call\n**Date:** March 3, 2026\n\n**Caller**: hi\n**Agent**: hello, how can I help?\n', 'q.md');
    expect(call.title).toBe('Quick call');
    expect(call.started_at).toBe('2026-03-03T00:00:00.000Z');
    expect(call.turns.map((t) => [t.speaker, t.role])).toEqual([
      ['Caller', 'user'],
      ['Agent', 'agent'],
    ]);
  });

  it('detects the format from content when the extension says nothing', () => {
    expect(parseRecordedCall('Agent: hi\nCaller: hello', 'call').format).toBe('text');
    expect(parseRecordedCall('**Agent:** hi\n**Caller:** hello', 'call.log').format).toBe('markdown');
    expect(parseRecordedCall(JSON.stringify({ format_version: 1, turns: [{ speaker: 'A', text: 'x' }, { speaker: 'B', text: 'y' }] }), 'call.dat').format).toBe('json');
    // a .txt that is really Markdown is read as Markdown
    expect(parseRecordedCall('**Agent:** hi\n**Caller:** hello', 'call.txt').format).toBe('markdown');
  });

  it('falls back to the first speaker when nothing else decides', () => {
    const call = parseRecordedCall('Maya: Hi, trialist here.\nOmar: Hi.', 'x.txt');
    expect(call.agent_speaker).toBe('Maya');
    expect(call.caller_speaker).toBe('Omar');
  });

  it('takes the JSON agent_speaker, started_at (to UTC) and caller metadata', () => {
    const call = parseRecordedCall(
      JSON.stringify({
        format_version: 1,
        call_id: 'my call #7',
        started_at: '2026-11-16T10:00:00-05:00',
        agent_speaker: 'Bot',
        caller: { name: 'Ann', phone: '+15555550100' },
        turns: [
          { speaker: 'Ann', text: 'Hi' },
          { speaker: 'Bot', text: 'Booking.', tool_calls: [{ name: 'book_sales_meeting', arguments: { name: 'Ann B', email: 'a@b.co', time_window: 'Mon 9am' } }] },
        ],
      }),
      'x.json',
    );
    expect(call.call_id).toBe('my-call-7');
    expect(call.started_at).toBe('2026-11-16T15:00:00.000Z');
    expect(call.turns[1]!.tool_calls).toEqual([{ name: 'book_sales_meeting', arguments: { name: 'Ann B', email: 'a@b.co', time_window: 'Mon 9am' } }]);
    expect(call.caller.phone).toBe('+15555550100');
  });

  it('rejects bad input with a clear reason', () => {
    expectError(() => parseRecordedCall('  \n\n', 'a.txt'), 'empty', /a\.txt: empty file/);
    expectError(() => parseRecordedCall('just some notes\nwithout speakers', 'a.txt'), 'no_turns', /no speaker turns/);
    expectError(() => parseRecordedCall('just some notes', 'a.csv'), 'unknown_format', /unknown format/);
    expectError(() => parseRecordedCall('Agent: hi\nAgent: anyone?', 'a.txt'), 'single_speaker', /only one speaker \(Agent\)/);
    expectError(() => parseRecordedCall('Agent: hi\nCaller: yo', 'a.txt', { agentSpeaker: 'Rep' }), 'agent_not_found', /"Rep" not found; speakers are "Agent", "Caller"/);
    expectError(() => parseRecordedCall('{"format_version": 1, "turns": [', 'a.json'), 'invalid_json', /a\.json: invalid JSON/);
    expectError(() => parseRecordedCall('{"turns": []}', 'a.json'), 'invalid_call', /format_version/);
    expectError(
      () => parseRecordedCall(JSON.stringify({ format_version: 1, caller: { phone: '555-0100' }, turns: [{ speaker: 'A', text: 'x' }] }), 'a.json'),
      'invalid_call',
      /caller\.phone: phone must be E\.164/,
    );
    expectError(
      () =>
        parseRecordedCall(
          JSON.stringify({ format_version: 1, agent_speaker: 'A', turns: [{ speaker: 'A', text: 'x' }, { speaker: 'B', text: 'y', tool_calls: [{ name: 'end_call', arguments: {} }] }] }),
          'a.json',
        ),
      'invalid_call',
      /caller "B" has tool_calls/,
    );
  });

  it('loadRecordedCall reports unreadable and oversized files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trialist-rc-'));
    try {
      await expect(loadRecordedCall(path.join(dir, 'missing.txt'))).rejects.toMatchObject({ reason: 'read_failed', message: expect.stringMatching(/ENOENT/) });
      const big = path.join(dir, 'big.txt');
      writeFileSync(big, 'Agent: hi\n'.padEnd(MAX_RECORDED_CALL_BYTES + 1, ' '));
      await expect(loadRecordedCall(big)).rejects.toMatchObject({ reason: 'too_large' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('helpers', () => {
  it('safeCallId always yields a safe session id', () => {
    for (const raw of ['Café déjà vu!', '__x', '', '---', 'a'.repeat(300), 'CLOSE-2024-023', 'Ünïcödé 通話']) {
      expect(safeCallId(raw)).toMatch(SESSION_ID_PATTERN);
    }
    expect(safeCallId('Café déjà vu!')).toBe('Cafe-deja-vu');
  });

  it('parseHeaderDate understands the dates transcripts use, in UTC', () => {
    expect(parseHeaderDate('February 15, 2024')).toBe('2024-02-15T00:00:00.000Z');
    expect(parseHeaderDate('Feb 5 2024')).toBe('2024-02-05T00:00:00.000Z');
    expect(parseHeaderDate('2026-11-18 21:14 UTC')).toBe('2026-11-18T21:14:00.000Z');
    expect(parseHeaderDate('2026-11-18T21:14:00+01:00')).toBe('2026-11-18T20:14:00.000Z');
    expect(parseHeaderDate('2026-02-31')).toBeNull();
    expect(parseHeaderDate('last Tuesday')).toBeNull();
  });
});
