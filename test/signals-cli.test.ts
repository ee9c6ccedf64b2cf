import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiscoveredSignals } from '../lib/session-record';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Run `npm run --silent trialist -- signals` with `input` on stdin. */
function runSignals(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'trialist', '--', 'signals'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('trialist signals (JSONL in, JSONL out)', () => {
  it('writes exactly one JSON line per input line and nothing else; bad lines get an error field', async () => {
    const input = [
      JSON.stringify({ id: 'u1', text: 'We have 12 reps and send about fifty NDAs a week.' }),
      'this is not json',
      '',
      JSON.stringify({ id: 7, text: 'We moved off Salesforce, we are on HubSpot now.' }),
      JSON.stringify({ id: 'u3', text: 42 }),
      JSON.stringify({ id: 'u4', text: 'I need a table for four.' }),
    ].join('\n');
    const { code, stdout, stderr } = await runSignals(input + '\n');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(5);
    const out = lines.map((l) => JSON.parse(l) as { id: unknown; signals?: unknown; error?: string });
    expect(out.map((o) => o.id)).toEqual(['u1', null, 7, 'u3', 'u4']);
    const first = DiscoveredSignals.parse(out[0].signals);
    expect(first.team_size).toBe(12);
    expect(first.monthly_volume).toBe(216.67);
    expect(first.use_case).toBe('ndas');
    // the fields, in the order the session record's DiscoveredSignals declares them
    expect(Object.keys(out[0].signals as object)).toEqual(Object.keys(DiscoveredSignals.shape));
    expect(out[1].error).toMatch(/invalid JSON/);
    expect(DiscoveredSignals.parse(out[2].signals).integration_needs).toEqual(['hubspot']);
    expect(out[3].error).toMatch(/"text" must be a string/);
    expect(DiscoveredSignals.parse(out[4].signals).team_size).toBeNull();
    expect(stderr).toMatch(/line 2: invalid JSON/);
    expect(stderr).toMatch(/line 5: "text" must be a string/);
  }, 60_000);

  it('answers empty input with empty output', async () => {
    const { code, stdout } = await runSignals('');
    expect(code).toBe(0);
    expect(stdout).toBe('');
  }, 60_000);
});

describe('trialist signals with a reader that stops early', () => {
  it('exits 0 without an EPIPE error when stdout closes mid-stream (as with `| head -1`)', async () => {
    const input = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: i, text: `We are ${i} reps sending 40 NDAs a week.` })).join('\n');
    // run the CLI directly (no npm wrapper) so the child's own stdout is the pipe we close
    const child = spawn(process.execPath, ['--import', 'tsx', 'bin/trialist.ts', 'signals'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => undefined); // the child may stop reading before all input is written
    child.stdin.end(input);
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|Error/);
    expect(code).toBe(0);
  });
});
