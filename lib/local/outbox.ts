/**
 * The local stand-in for the `hot-leads` SNS topic: each alert becomes `<outbox>/<session_id>.json`
 * (a redelivered alert overwrites its own file, so duplicates leave one file) plus one line on
 * stderr. `onPublished` lets the stack fan the alert out further (the Slack subscription).
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertSessionId } from '../session-record';

/** What the outbox needs from an alert: the session it is about (the rest is stored as is). */
export interface OutboxAlert {
  session_id: string;
  score?: number;
  tier?: string;
}

/** Alert publisher writing to a folder (implements lib/alerts' `AlertPublisher`). */
export class OutboxPublisher<A extends OutboxAlert = OutboxAlert> {
  constructor(
    readonly directory: string,
    private readonly options: {
      log?: (line: string) => void;
      /** Check (and normalize) an alert before it is stored; throw to reject it. */
      validate?: (alert: A) => A;
      /** Called after the alert is stored (e.g. to fan it out to Slack). */
      onPublished?: (alert: A, file: string) => void;
    } = {},
  ) {}

  /**
   * Store the alert as `<session_id>.json`.
   * @throws KeyLayoutError for an unsafe session id; whatever `validate` throws for an invalid alert.
   */
  async publish(input: A): Promise<void> {
    const alert = this.options.validate ? this.options.validate(input) : input;
    assertSessionId(alert.session_id);
    await mkdir(this.directory, { recursive: true });
    const file = path.join(this.directory, `${alert.session_id}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(alert, null, 2) + '\n');
    await rename(tmp, file);
    const score = alert.score !== undefined ? ` score ${alert.score}` : '';
    this.options.log?.(`hot-lead alert: ${alert.session_id}${score} -> ${file}`);
    this.options.onPublished?.(alert, file);
  }
}

/** The alerts in an outbox folder, sorted by session id (an absent folder is an empty outbox). */
export async function readOutbox<A = OutboxAlert>(directory: string): Promise<{ file: string; alert: A }[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const files = names.filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (n) => {
      const file = path.join(directory, n);
      return { file, alert: JSON.parse(await readFile(file, 'utf8')) as A };
    }),
  );
}
