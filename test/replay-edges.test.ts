/**
 * Replay that refuses to lose: session ids unique within and across runs (never an overwrite),
 * strict UTF-8 with a message naming the likely encoding (UTF-16 with a BOM decoded), a turn cap,
 * a progress line per file, the chat context kept small without changing the prompt estimate, and
 * models taken from the template as a live call does.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { replayCall } from '../agent-container/src/replay';
import { DEFAULT_TEMPLATE, modelsOf } from '../agent-container/src/template';
import { replayFiles, storedReplayDigest } from '../bin/commands/replay';
import { startLocalStack, type LocalStack } from '../lib/local';
import { allocateReplaySessionId, decodeCallBytes, firstInvalidUtf8, loadRecordedCall, parseRecordedCall, sourceDigest } from '../lib/recorded-call';
import { S3SessionSink } from '../lib/storage/session-sink';
import { MemorySink } from './fixtures';

const CALL = 'Agent: Hi, thanks for calling. How big is your team?\nCaller: We are twelve people sending about 300 contracts a month.\nAgent: Great, thanks.\n';
const OTHER = 'Agent: Hello there, who am I speaking with?\nCaller: Dana from Lumen, we use DocuSign today and it is too expensive.\nAgent: Understood.\n';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'trialist-replay-edges-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, content: string | Buffer): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

describe('encodings', () => {
  it('refuses Latin-1 with the offset, the likely encoding and what to do, and keeps valid UTF-8 as is', () => {
    const latin1 = Buffer.from('Agent: Bonjour, ça va?\nCaller: Très bien.\n', 'latin1');
    expect(firstInvalidUtf8(latin1)).toBe(16);
    expect(() => decodeCallBytes(latin1, 'fr.txt')).toThrow(/fr\.txt: not UTF-8 \(byte 0xE7 at offset 16\); it looks like a single-byte encoding such as Latin-1/);
    expect(decodeCallBytes(Buffer.from('Agent: ça va\n', 'utf8'), 'ok.txt')).toBe('Agent: ça va\n');
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // an encoded surrogate is not UTF-8
    expect(firstInvalidUtf8(Buffer.from([0xe2, 0x82]))).toBe(0); // cut short
  });
  it('decodes UTF-16 with a byte-order mark (LE and BE) and drops a UTF-8 BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Agent: ça\n', 'utf16le')]);
    expect(decodeCallBytes(le, 'w.txt')).toBe('Agent: ça\n');
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeCallBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'w.txt')).toBe('Agent: ça\n');
    expect(decodeCallBytes(Buffer.from('\uFEFFAgent: hi', 'utf8'), 'b.txt')).toBe('Agent: hi');
  });
  it('names UTF-16 without a BOM', () => {
    expect(() => decodeCallBytes(Buffer.from('Agent: h\u00e9llo there\n', 'utf16le'), 'x.txt')).toThrow(/looks like UTF-16 without a byte-order mark/);
  });
  it('loadRecordedCall refuses a Latin-1 file (reason not_utf8) and replays a UTF-16 one', async () => {
    const bad = write('enc/latin1.txt', Buffer.from(`Agent: Olá, tudo bem?\nCaller: Sí, señor.\n`, 'latin1'));
    await expect(loadRecordedCall(bad)).rejects.toMatchObject({ reason: 'not_utf8', message: expect.stringContaining('latin1.txt: not UTF-8') });
    const good = write('enc/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Agent: Olá, tudo bem?\nCaller: Sí, señor.\n', 'utf16le')]));
    const call = await loadRecordedCall(good);
    expect(call.turns.map((t) => t.text)).toEqual(['Olá, tudo bem?', 'Sí, señor.']);
  });
});

describe('session ids', () => {
  it('keeps the plain id for the first recording, a stable digest suffix for another, and the same id for the same file', async () => {
    const used = new Map<string, string>();
    const none = async () => null;
    const a = await allocateReplaySessionId('call', 'a'.repeat(64), 'call.txt', used, none);
    const b = await allocateReplaySessionId('call', 'b'.repeat(64), 'call.txt', used, none);
    const again = await allocateReplaySessionId('call', 'a'.repeat(64), 'call.txt', used, none);
    expect([a.sessionId, b.sessionId, again.sessionId]).toEqual(['call', 'call-bbbbbbbb', 'call']);
    expect([a.duplicate, b.duplicate, again.duplicate]).toEqual([false, false, true]);
    expect(b.note).toMatch(/session id call is taken by call \(another file in this run\); this recording is call-bbbbbbbb/);
    // a later run: the bucket says who holds which id
    const stored = new Map([['call', 'a'.repeat(64)], ['call-bbbbbbbb', 'b'.repeat(64)]]);
    const lookup = async (id: string) => stored.get(id) ?? null;
    expect((await allocateReplaySessionId('call', 'b'.repeat(64), 'call.txt', new Map(), lookup)).sessionId).toBe('call-bbbbbbbb');
    // a record not written by a replay (no digest) is never overwritten either
    expect((await allocateReplaySessionId('call', 'c'.repeat(64), 'call.txt', new Map(), async (id) => (id === 'call' ? '' : null))).sessionId).toBe('call-cccccccc');
    await expect(allocateReplaySessionId('call', 'd'.repeat(64), 'call.txt', new Map(), async () => 'e'.repeat(64))).rejects.toThrow(/refusing to overwrite/);
  });

  describe('a/call.txt and b/call.txt through the local stack, in two runs', () => {
    let stack: LocalStack;
    beforeAll(async () => {
      stack = await startLocalStack({ directory: path.join(root, 'stack'), log: () => undefined });
    });
    afterAll(() => stack.stop());

    it('both are kept, under stable ids, and a second run overwrites neither with the other', async () => {
      const a = write('ids/a/call.txt', CALL);
      const b = write('ids/b/call.txt', OTHER);
      const lines: string[] = [];
      const run = () =>
        replayFiles([a, b], { sink: new S3SessionSink(stack.s3, stack.bucket), existing: storedReplayDigest(stack.s3, stack.bucket), log: (l) => lines.push(l) });
      const first = await run();
      const suffix = sourceDigest(OTHER).slice(0, 8);
      expect(first.map((o) => (o.ok ? o.record.session_id : o.error))).toEqual(['call', `call-${suffix}`]);
      const second = await run();
      expect(second.map((o) => (o.ok ? o.record.session_id : o.error))).toEqual(['call', `call-${suffix}`]);
      const onlyB = await replayFiles([b], { sink: new S3SessionSink(stack.s3, stack.bucket), existing: storedReplayDigest(stack.s3, stack.bucket), log: () => undefined });
      expect(onlyB.map((o) => (o.ok ? o.record.session_id : o.error))).toEqual([`call-${suffix}`]);
      // the two records hold their own transcripts
      const texts = first.map((o) => (o.ok ? o.record.transcript[1]!.text : ''));
      expect(texts[0]).toContain('twelve people');
      expect(texts[1]).toContain('Dana from Lumen');
      // one progress line per file per run, numbered
      expect(lines.filter((l) => /^\[\d\/2\] replayed /.test(l))).toHaveLength(4);
      expect(lines.some((l) => l.includes(`this recording is call-${suffix}`))).toBe(true);
    });
  });
});

describe('replay limits and cost', () => {
  const long = (n: number) =>
    Array.from({ length: n }, (_, i) => (i % 2 ? `Caller: turn ${i}, we send about ${i} contracts a month.` : `Agent: turn ${i}, tell me more please.`)).join('\n');

  it('refuses a recording over the turn cap with the numbers and the way out', async () => {
    const call = parseRecordedCall(long(30), 'long.txt');
    await expect(replayCall(call, { sink: new MemorySink(), maxTurns: 20 })).rejects.toThrow(/long\.txt: 30 turns is over the 20-turn replay limit \(split the recording, or raise the limit with --max-turns\)/);
  });

  it('trims the chat context on long calls without changing the prompt estimate, and prices with the template models', async () => {
    const call = parseRecordedCall(long(120), 'long.txt');
    const { record } = await replayCall(call, { sink: new MemorySink() });
    expect(record.transcript).toHaveLength(120);
    // prompt tokens as if the whole context were sent each time: the sum over agent turns of all text so far
    const chars = call.turns.map((t) => t.text.length);
    let expected = 0;
    call.turns.forEach((t, i) => {
      if (t.role === 'agent') expected += Math.ceil(chars.slice(0, i).reduce((s, c) => s + c, 0) / 4);
    });
    expect(record.metrics_summary.llm_prompt_tokens).toBeGreaterThanOrEqual(expected);
    const models = modelsOf(DEFAULT_TEMPLATE);
    expect(record.cost_summary.by_provider.map((p) => p.model).sort()).toEqual(expect.arrayContaining([models.llm.model]));
    expect(record.session.template_id).toBe(DEFAULT_TEMPLATE.template_id);
  });
});
