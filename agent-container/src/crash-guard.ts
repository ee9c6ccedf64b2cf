/**
 * The last act of a job process that hit an uncaught exception: the call's record as it stands
 * (end reason `error`, everything said so far) is exported, or spooled when S3 fails, before the
 * process exits with code 1. Without it Node would exit at once and the call would survive only
 * as its last checkpoint. The process state after an uncaught exception is suspect, so nothing
 * else is attempted, and a hard timeout bounds the wait.
 */
import type { CallSession } from './call-session';
import type { ExportTelemetry } from './export-telemetry';

/** Longest the guard waits for the record before exiting anyway (ms); within the drain plan's export margin. */
export const CRASH_EXPORT_TIMEOUT_MS = 12_000;

export interface CrashGuardOptions {
  telemetry: ExportTelemetry;
  sessionId: string;
  /** How the process ends; default `process.exit`. */
  exit?: (code: number) => void;
  timeoutMs?: number;
}

/**
 * Install the guard on this process for `call`. @returns a function removing it (the call ended normally).
 */
export function guardJobProcess(call: Pick<CallSession, 'collector' | 'exportRecord'>, opts: CrashGuardOptions): () => void {
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let handling = false;
  const onCrash = (error: unknown) => {
    if (handling) return; // a second exception while saving: the first one's handling goes on
    handling = true;
    const message = error instanceof Error ? error.message : String(error);
    opts.telemetry.log('error', 'job crashed; saving the call record before exiting', { session_id: opts.sessionId, error: message.slice(0, 500) });
    call.collector.markEndReason('error');
    const timer = setTimeout(() => {
      opts.telemetry.log('error', 'job crashed; record not saved in time', { session_id: opts.sessionId, timeout_ms: opts.timeoutMs ?? CRASH_EXPORT_TIMEOUT_MS });
      exit(1);
    }, opts.timeoutMs ?? CRASH_EXPORT_TIMEOUT_MS);
    call
      .exportRecord()
      .then(
        (r) => opts.telemetry.log('warn', 'job crashed; call record saved', { session_id: opts.sessionId, key: r.key, spooled: r.spooledTo !== null }),
        (e: unknown) => opts.telemetry.log('error', 'job crashed; call record not saved', { session_id: opts.sessionId, error: (e as Error).message }),
      )
      .finally(() => {
        clearTimeout(timer);
        exit(1);
      });
  };
  process.on('uncaughtException', onCrash);
  return () => process.off('uncaughtException', onCrash);
}
