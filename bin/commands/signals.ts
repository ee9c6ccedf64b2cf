import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { extractSignals } from '../../lib/signals';

/** Longest utterance text accepted per line (characters); longer lines get an error line. */
export const MAX_TEXT_CHARS = 20_000;

/** One output line for one input line: `{"id", "signals"}` or `{"id", "error"}`. */
export function signalsLine(line: string): { out: string; error: string | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    const error = `invalid JSON: ${(e as Error).message}`;
    return { out: JSON.stringify({ id: null, error }), error };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const error = 'expected a JSON object {"id": ..., "text": ...}';
    return { out: JSON.stringify({ id: null, error }), error };
  }
  const obj = parsed as { id?: unknown; text?: unknown };
  const id = obj.id === undefined ? null : obj.id;
  let error: string | null = null;
  if (typeof obj.text !== 'string') error = '"text" must be a string';
  else if (obj.text.length > MAX_TEXT_CHARS) error = `"text" is longer than ${MAX_TEXT_CHARS} characters`;
  if (error !== null) return { out: JSON.stringify({ id, error }), error };
  return { out: JSON.stringify({ id, signals: extractSignals(obj.text as string) }), error: null };
}

/**
 * `trialist signals`: caller utterances as JSONL on stdin (`{"id": ..., "text": ...}` per line),
 * one JSON line per input on stdout (`{"id", "signals"}`; a bad line gets `{"id", "error"}` and a
 * note on stderr, and the stream goes on). Blank lines are skipped. Nothing else goes to stdout.
 */
export function registerSignals(program: Command): void {
  program
    .command('signals')
    .description('Extract caller signals from JSONL utterances on stdin ({"id","text"} per line) to JSONL on stdout')
    .action(async () => {
      // a reader that stops early (`| head`) closes the pipe: stop quietly, as Unix filters do
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') process.exit(0);
        throw e;
      });
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let n = 0;
      let bad = 0;
      for await (const raw of rl) {
        n += 1;
        const line = raw.trim();
        if (line === '') continue;
        const { out, error } = signalsLine(line);
        process.stdout.write(out + '\n');
        if (error !== null) {
          bad += 1;
          process.stderr.write(`signals: line ${n}: ${error}\n`);
        }
      }
      if (bad > 0) process.stderr.write(`signals: ${bad} bad line(s) answered with an "error" field\n`);
    });
}
