/**
 * The handlers' logger in the local stack: one readable line per warning or error (on stderr by
 * default), info and debug only when verbose, so the demo's stdout stays the tables. Matches the
 * handlers' `HandlerLogger` (lambdas/shared/observability.ts) structurally. Like the Lambdas' logger,
 * it PII-redacts the message and every string attribute (lib/privacy/log-redaction.ts), before
 * long values are cut, so a cut never splits an email or number out of a pattern's reach.
 */
import { redactLogAttributes } from '../privacy/log-redaction';
import { redactPii } from '../privacy/redact';

/** A logger with the Powertools-like surface the handler cores use. */
export interface LocalHandlerLogger {
  debug(message: string, ...attributes: Record<string, unknown>[]): void;
  info(message: string, ...attributes: Record<string, unknown>[]): void;
  warn(message: string, ...attributes: Record<string, unknown>[]): void;
  error(message: string, ...attributes: Record<string, unknown>[]): void;
}

function describe(attributes: Record<string, unknown>[]): string {
  const parts: string[] = [];
  for (const attrs of attributes) {
    for (const [k, raw] of Object.entries(attrs)) {
      if (raw === undefined || raw === null) continue;
      const v = raw instanceof Error ? redactPii(raw.message) : redactLogAttributes(raw, k);
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      parts.push(`${k}=${text.length > 200 ? `${text.slice(0, 197)}...` : text}`);
    }
  }
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** A logger for one local function, writing `[fn] level: message (k=v, ...)` lines to `write`. */
export function localHandlerLogger(fn: string, write: (line: string) => void, verbose = false): LocalHandlerLogger {
  const line = (level: string) => (message: string, ...attributes: Record<string, unknown>[]) =>
    write(`[${fn}] ${level}: ${redactPii(message)}${describe(attributes)}`);
  const quiet = () => undefined;
  return {
    debug: verbose ? line('debug') : quiet,
    info: verbose ? line('info') : quiet,
    warn: line('warn'),
    error: line('error'),
  };
}
