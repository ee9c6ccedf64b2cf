/**
 * Caller memory on the local disk (the embedded default): one JSON file per caller,
 * `<dir>/<phone_hash>.json`, replaced atomically (write a temp file, rename). Writers to the same
 * caller take a lock file (`<phone_hash>.lock`, created exclusively) so concurrent calls from one
 * number, even in different job processes, never lose an update. A lock older than
 * `STALE_LOCK_MS` is a crashed writer's and is taken over.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CallerMemoryError, mergeCall, mergeMemories, parseCallerMemory, type CallerMemory, type ManagedCallerMemoryStore, type CallSummary } from './types';

/** A lock older than this (ms) belongs to a writer that died; it is removed. */
export const STALE_LOCK_MS = 10_000;
/** How long a writer waits for the lock before giving up (ms). */
export const LOCK_WAIT_MS = 5_000;

const HASH = /^[0-9a-f]{64}$/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class LocalCallerMemoryStore implements ManagedCallerMemoryStore {
  constructor(private readonly dir: string) {}

  private file(phoneHash: string, ext: 'json' | 'lock'): string {
    if (!HASH.test(phoneHash)) throw new CallerMemoryError(`phone_hash must be 64 lowercase hex characters, got ${JSON.stringify(phoneHash.slice(0, 80))}`);
    return path.join(this.dir, `${phoneHash}.${ext}`);
  }

  async get(phoneHash: string): Promise<CallerMemory | null> {
    const file = this.file(phoneHash, 'json');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new CallerMemoryError(`caller memory file ${path.basename(file)} is not JSON: ${(e as Error).message}`);
    }
    return parseCallerMemory(value);
  }

  async recordCall(call: CallSummary): Promise<CallerMemory> {
    const lock = this.file(call.phone_hash, 'lock');
    await mkdir(this.dir, { recursive: true });
    await this.acquire(lock);
    try {
      const next = mergeCall(await this.get(call.phone_hash), call);
      await this.write(call.phone_hash, next);
      return next;
    } finally {
      await rm(lock, { force: true });
    }
  }

  async delete(phoneHash: string): Promise<boolean> {
    const file = this.file(phoneHash, 'json');
    try {
      await rm(file);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }

  async rekey(from: string, to: string): Promise<CallerMemory | null> {
    const lock = this.file(to, 'lock');
    await mkdir(this.dir, { recursive: true });
    await this.acquire(lock);
    try {
      const old = await this.get(from);
      if (!old) return this.get(to);
      const existing = await this.get(to);
      const next = existing ? mergeMemories(old, existing, to) : { ...old, phone_hash: to, revision: old.revision + 1 };
      await this.write(to, next);
      await this.delete(from);
      return next;
    } finally {
      await rm(lock, { force: true });
    }
  }

  private async write(phoneHash: string, memory: CallerMemory): Promise<void> {
    const target = this.file(phoneHash, 'json');
    const tmp = `${target}.${randomUUID()}.tmp`;
    await writeFile(tmp, `${JSON.stringify(memory, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
    await rename(tmp, target);
  }

  private async acquire(lock: string): Promise<void> {
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        const h = await open(lock, 'wx');
        await h.close();
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_LOCK_MS) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new CallerMemoryError(`caller memory is locked by another writer (${path.basename(lock)}) for over ${LOCK_WAIT_MS} ms`);
      await sleep(10 + Math.random() * 20);
    }
  }
}
