/**
 * PII out of logs: every string a log line carries (message, attributes, error messages and stacks,
 * at any depth) goes through `redactPii` (the one pattern table, ./pii-patterns.ts) before it is
 * written; numbers, booleans and the logger's own bookkeeping fields (`LOG_FIELDS_KEPT`) are left
 * alone. Used by the Lambdas' Powertools Logger (its `jsonReplacerFn`), the local stack's logger and
 * the agent's process output (pino JSON lines from LiveKit's logger, and console text).
 */
import { redactPii } from './redact';

/**
 * Fields written by the loggers themselves, never caller text, kept as they are: Powertools Logger's
 * standard keys (its PowertoolsLogFormatter) and pino's. An ARN's 12-digit account id would
 * otherwise read as an account number.
 */
export const LOG_FIELDS_KEPT: ReadonlySet<string> = new Set([
  // Powertools
  'level', 'timestamp', 'service', 'cold_start', 'function_arn', 'function_memory_size', 'function_name', 'function_request_id',
  'sampling_rate', 'xray_trace_id', 'correlation_id',
  // pino
  'time', 'pid', 'hostname',
]);

/**
 * A `JSON.stringify` replacer that redacts every string value whose key is not in LOG_FIELDS_KEPT;
 * an Error is turned into `{name, message, stack}` so its text is redacted too. Fits Powertools
 * Logger's `jsonReplacerFn` option.
 */
export function redactLogValue(key: string, value: unknown): unknown {
  if (typeof value === 'string') return LOG_FIELDS_KEPT.has(key) ? value : redactPii(value);
  if (value instanceof Error) return { name: value.name, message: redactPii(value.message), stack: value.stack === undefined ? undefined : redactPii(value.stack) };
  return value;
}

/** `value` with every string in it redacted (deep copy of plain objects and arrays; Errors become plain objects). */
export function redactLogAttributes<T>(value: T, key = ''): T {
  const v = redactLogValue(key, value);
  if (Array.isArray(v)) return v.map((x) => redactLogAttributes(x)) as T;
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = redactLogAttributes(x, k);
    return out as T;
  }
  return v as T;
}

/**
 * One line of log output, redacted: a JSON object line (pino, Powertools) is parsed and every string
 * field redacted, keeping the JSON shape; any other text is redacted as text. The line ending is kept.
 */
export function redactLogLine(line: string): string {
  const body = line.replace(/\r?\n$/, '');
  const ending = line.slice(body.length);
  if (body.startsWith('{') && body.endsWith('}')) {
    try {
      return JSON.stringify(JSON.parse(body), redactLogValue) + ending;
    } catch {
      // not JSON after all: redact as text
    }
  }
  return redactPii(body) + ending;
}

const REDACTING = Symbol.for('trialist.redactingWrites');

/** What `redactWrites` needs of a stream: its `write` (process.stdout, process.stderr). */
export interface WritableLike {
  write(chunk: string | Uint8Array, ...rest: unknown[]): boolean;
}

/**
 * Make every later `write` of `stream` redact its text line by line (`redactLogLine`), so output of
 * code we do not own (a framework's logger, console) carries no PII either. Idempotent per stream;
 * returns a function that restores the original `write`.
 */
export function redactWrites(stream: WritableLike): () => void {
  const marked = stream as WritableLike & { [REDACTING]?: true };
  if (marked[REDACTING]) return () => undefined;
  const original = stream.write;
  const write = function (this: unknown, chunk: string | Uint8Array, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const redacted = text.split(/(?<=\n)/).map(redactLogLine).join('');
    return original.call(stream, redacted, ...(typeof chunk === 'string' ? rest : rest.filter((r) => typeof r === 'function')));
  };
  marked.write = write;
  marked[REDACTING] = true;
  return () => {
    marked.write = original;
    delete marked[REDACTING];
  };
}
