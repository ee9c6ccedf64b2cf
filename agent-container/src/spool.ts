/**
 * The local spool: encoded session records (gzip JSON, exactly the bytes S3 would have stored)
 * that could not be exported, one file per call, `{SPOOL_DIR}/{session_id}.json.gz`. A record is
 * written to a temporary file, fsynced, renamed into place and the folder fsynced, so a file
 * with the final name is always complete, even if the process is killed mid-write. The spool
 * is bounded by `maxBytes` (SPOOL_MAX_MB); a record that would exceed it is refused with
 * `SpoolFullError`. Files the drainer could not read go to `{SPOOL_DIR}/rejected/`, never deleted.
 */
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { assertSessionId, SESSION_KEY_SUFFIX } from '../../lib/session-record';

/** Default size cap of the spool (bytes): 512 MiB, a small share of a Fargate task's 20 GiB ephemeral storage. */
export const DEFAULT_SPOOL_MAX_BYTES = 512 * 1024 * 1024;
/** Sub-folder for spooled files that are not valid records. */
export const REJECTED_DIR = 'rejected';

/** One spooled record. */
export interface SpoolEntry {
  sessionId: string;
  path: string;
  bytes: number;
  /** When it was spooled (epoch ms, the file's mtime). */
  spooledAtMs: number;
}

/** Depth, size and age of the spool. */
export interface SpoolStats {
  depth: number;
  bytes: number;
  /** Age of the oldest record (seconds); 0 when the spool is empty. */
  oldestAgeSeconds: number;
}

/** Raised when a record does not fit under the spool's size cap. */
export class SpoolFullError extends Error {
  constructor(
    message: string,
    readonly usedBytes: number,
    readonly maxBytes: number,
  ) {
    super(message);
    this.name = 'SpoolFullError';
  }
}

export class RecordSpool {
  constructor(
    readonly dir: string,
    readonly maxBytes: number = DEFAULT_SPOOL_MAX_BYTES,
  ) {}

  /** The spool file of a session. @throws KeyLayoutError for an unsafe session id. */
  pathOf(sessionId: string): string {
    assertSessionId(sessionId);
    return path.join(this.dir, `${sessionId}${SESSION_KEY_SUFFIX}`);
  }

  /**
   * Store a record's bytes atomically (temp file, fsync, rename, fsync of the folder); a record
   * already spooled for the session is replaced.
   * @returns the file's path.
   * @throws SpoolFullError when the spool would exceed `maxBytes`; fs errors (disk full, permissions).
   */
  async put(sessionId: string, body: Uint8Array): Promise<string> {
    const target = this.pathOf(sessionId);
    await mkdir(this.dir, { recursive: true });
    const { bytes } = await this.stats();
    const existing = await stat(target).then((s) => s.size, () => 0);
    if (bytes - existing + body.byteLength > this.maxBytes) {
      throw new SpoolFullError(`spool ${this.dir} is full: ${bytes} of ${this.maxBytes} bytes used, record of ${body.byteLength} bytes refused`, bytes, this.maxBytes);
    }
    const tmp = path.join(this.dir, `.${sessionId}.${process.pid}.${Date.now()}.tmp`);
    const fh = await open(tmp, 'wx', 0o600);
    try {
      await fh.writeFile(body);
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await rename(tmp, target);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
    await syncDir(this.dir);
    return target;
  }

  /** Spooled records, oldest first (temporary files of interrupted writes are not listed). */
  async list(): Promise<SpoolEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const entries: SpoolEntry[] = [];
    for (const name of names) {
      if (name.startsWith('.') || !name.endsWith(SESSION_KEY_SUFFIX)) continue;
      const file = path.join(this.dir, name);
      const s = await stat(file).catch(() => null);
      if (!s?.isFile()) continue;
      entries.push({ sessionId: name.slice(0, -SESSION_KEY_SUFFIX.length), path: file, bytes: s.size, spooledAtMs: s.mtimeMs });
    }
    return entries.sort((a, b) => a.spooledAtMs - b.spooledAtMs || a.sessionId.localeCompare(b.sessionId));
  }

  /** A spooled record's bytes. */
  read(entry: SpoolEntry): Promise<Buffer> {
    return readFile(entry.path);
  }

  /** Delete a session's spooled record (only after S3 confirmed it); nothing when absent. */
  async remove(sessionId: string): Promise<void> {
    await unlink(this.pathOf(sessionId)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    await syncDir(this.dir).catch(() => undefined);
  }

  /** Move a file that is not a valid record out of the way, to `rejected/` (kept for a person to look at). */
  async reject(entry: SpoolEntry): Promise<string> {
    const dir = path.join(this.dir, REJECTED_DIR);
    await mkdir(dir, { recursive: true });
    const target = path.join(dir, path.basename(entry.path));
    await rename(entry.path, target);
    return target;
  }

  /** Depth, bytes and oldest age now (`nowMs` epoch ms). */
  async stats(nowMs: number = Date.now()): Promise<SpoolStats> {
    const entries = await this.list();
    const oldest = entries[0];
    return {
      depth: entries.length,
      bytes: entries.reduce((a, e) => a + e.bytes, 0),
      oldestAgeSeconds: oldest ? Math.max(0, Math.round((nowMs - oldest.spooledAtMs) / 1000)) : 0,
    };
  }
}

async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * The spool the environment asks for: SPOOL_DIR (none: no spool, a failed export is only logged)
 * and SPOOL_MAX_MB (default 512).
 * @throws Error for a SPOOL_MAX_MB that is not a positive number.
 */
export function spoolFromEnv(env: NodeJS.ProcessEnv = process.env): RecordSpool | null {
  const dir = env.SPOOL_DIR?.trim();
  if (!dir) return null;
  const raw = env.SPOOL_MAX_MB?.trim();
  const mb = raw ? Number(raw) : DEFAULT_SPOOL_MAX_BYTES / 1024 / 1024;
  if (!(Number.isFinite(mb) && mb > 0)) throw new Error(`SPOOL_MAX_MB=${raw} is not a positive number`);
  return new RecordSpool(dir, Math.floor(mb * 1024 * 1024));
}
