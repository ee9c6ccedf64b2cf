/**
 * PII out of logs: the Lambdas' Powertools Logger, the local stack's logger and the agent's process
 * output (LiveKit's pino logger) all write the planted email, phone, card and account numbers as
 * placeholders, keep their own fields (ARNs, timestamps) and keep JSON lines valid JSON.
 */
import { initializeLogger, log } from '@livekit/agents';
import { powertools } from '../lambdas/shared/powertools';
import { localHandlerLogger } from '../lib/local/logger';
import { redactLogLine, redactWrites } from '../lib/privacy/log-redaction';

const PLANTED = ['dana@northwind.example', '617-555-0142', '4111 1111 1111 1111', '87654321'];
const TEXT = `mail dana@northwind.example or call 617-555-0142, card 4111 1111 1111 1111, account 87654321`;
const leaks = (out: string) => PLANTED.filter((p) => out.includes(p));

describe('Powertools Logger (Lambdas)', () => {
  it('redacts the message, nested attributes and errors, keeps its own fields', () => {
    const lines: string[] = [];
    const { logger } = powertools('pii-test');
    const consoleOf = (logger as unknown as { console: Console }).console;
    const { info, error } = consoleOf;
    consoleOf.info = consoleOf.error = (line: string) => void lines.push(line);
    try {
      logger.addContext({
        functionName: 'score-lead', invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:score-lead', awsRequestId: 'r-1',
        memoryLimitInMB: '256', functionVersion: '1', callbackWaitsForEmptyEventLoop: true, logGroupName: 'g', logStreamName: 's',
        getRemainingTimeInMillis: () => 1000, done: () => undefined, fail: () => undefined, succeed: () => undefined,
      });
      logger.info(`lead scored: ${TEXT}`, { key: 'sessions/year=2026/month=11/day=19/dana@northwind.example.json.gz', nested: { quotes: [TEXT] }, score: 42 });
      logger.error('record quarantined', { error: new Error(`bad record: ${TEXT}`) });
    } finally {
      Object.assign(consoleOf, { info, error });
    }
    expect(lines).toHaveLength(2);
    const out = lines.join('\n');
    expect(leaks(out)).toEqual([]);
    const first = JSON.parse(lines[0]!);
    expect(first.message).toBe('lead scored: mail [email] or call [phone], card [card], account [account]');
    expect(first.key).toBe('sessions/year=2026/month=11/day=19/[email]'); // the domain pattern takes .json.gz too
    expect(first.nested.quotes[0]).toContain('[email]');
    expect(first.score).toBe(42);
    expect(first.function_arn).toBe('arn:aws:lambda:us-east-1:123456789012:function:score-lead');
    expect(JSON.parse(lines[1]!).error.message).toBe('bad record: mail [email] or call [phone], card [card], account [account]');
  });
});

describe('local stack logger', () => {
  it('redacts before cutting long values', () => {
    const lines: string[] = [];
    const logger = localHandlerLogger('score-lead', (l) => lines.push(l), true);
    logger.info(`scored ${TEXT}`, { quote: `${'x'.repeat(190)} dana@northwind.example`, error: new Error(TEXT), list: [TEXT] });
    expect(leaks(lines.join('\n'))).toEqual([]);
    expect(lines[0]).toContain('quote=');
    expect(lines[0]).toMatch(/scored mail \[email\] or call \[phone\]/);
  });
});

describe('agent process output', () => {
  it("LiveKit's pino JSON lines stay JSON with every string redacted; plain text is redacted as text", () => {
    const written: string[] = [];
    const stream = { write: (chunk: string | Uint8Array) => (written.push(String(chunk)), true) };
    const restore = redactWrites(stream);
    expect(redactWrites(stream)).toBeDefined(); // a second install is a no-op
    stream.write(`${JSON.stringify({ level: 30, time: 1764921600000, pid: 7, msg: TEXT, error: { message: TEXT } })}\n`);
    stream.write(Buffer.from(`console: ${TEXT}\nsecond line 617.555.0142\n`));
    restore();
    stream.write('after restore 617-555-0142');
    const [json, text, after] = written;
    expect(leaks(json! + text!)).toEqual([]);
    expect(JSON.parse(json!)).toEqual({ level: 30, time: 1764921600000, pid: 7, msg: 'mail [email] or call [phone], card [card], account [account]', error: { message: 'mail [email] or call [phone], card [card], account [account]' } });
    expect(text).toBe('console: mail [email] or call [phone], card [card], account [account]\nsecond line [phone]\n');
    expect(after).toBe('after restore 617-555-0142');
  });

  it('through the real LiveKit logger on process.stdout', () => {
    const written: string[] = [];
    const original = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => (written.push(String(chunk)), true)) as typeof process.stdout.write;
    const restore = redactWrites(process.stdout);
    try {
      initializeLogger({ pretty: false, level: 'info' });
      log().child({ component: 'trialist-agent' }).warn({ session_id: 's1', error: `tool failed for ${TEXT}` }, `booking for dana@northwind.example failed`);
    } finally {
      restore();
      process.stdout.write = original;
      initializeLogger({ pretty: false, level: 'silent' });
    }
    const line = written.find((l) => l.includes('booking for'));
    expect(line).toBeDefined();
    expect(leaks(line!)).toEqual([]);
    expect(JSON.parse(line!)).toMatchObject({ msg: 'booking for [email] failed', session_id: 's1', component: 'trialist-agent' });
  });

  it('a line that only looks like JSON is redacted as text', () => {
    expect(redactLogLine('{not json 617-555-0142}\n')).toBe('{not json [phone]}\n');
  });
});
