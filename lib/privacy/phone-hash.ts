/**
 * The caller's phone number as the system keeps it: a keyed hash (HMAC-SHA256, RFC 2104) of the
 * E.164 form of the number. The hash is the caller-memory key and the record's `caller.phone_hash`.
 *
 * Threat closed: a plain SHA-256 of a phone number is as good as the number, because the space of
 * numbers is small (every number of one area code is 10^7 guesses, seconds on a laptop). With a
 * secret key, whoever reads a record, a table or the caller-memory store without the key cannot
 * test guesses; the key lives in Secrets Manager on AWS (`{secretsPrefix}/phone-hash`) and in a
 * generated file under `.local/` (mode 0600, never committed) in the embedded default.
 *
 * Rotation: the key set holds a `current` key and optionally a `previous` one, each with an id.
 * New hashes use `current` (its id goes into the record as `caller.phone_hash_key_id`); lookups and
 * erasure try `current`, then `previous`, then the legacy unkeyed SHA-256 (records written before
 * keyed hashes), so a caller is still found during a rotation window.
 *
 * Key set format (the secret's JSON and the local file): `{"current_id": "k1", "current": "<key>",
 * "previous_id": "k0", "previous": "<key>"}` (previous optional; keys of at least 32 characters).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normalizePhoneNumber } from './phone-number';

export { normalizePhoneNumber, PhoneNumberError, parsePhoneNumber } from './phone-number';

/** One hashing key: its id (written into records) and its secret text (used as the HMAC key, UTF-8). */
export interface PhoneHashKey {
  id: string;
  secret: string;
}

/** The keys in force: new hashes use `current`; lookups also try `previous`. */
export interface PhoneHashKeys {
  current: PhoneHashKey;
  previous: PhoneHashKey | null;
}

/** A hash and the key that made it (`LEGACY_KEY_ID` for the unkeyed SHA-256 of older records). */
export interface KeyedPhoneHash {
  hash: string;
  key_id: string;
}

/** Key id standing for the unkeyed SHA-256 that records carried before keyed hashes. */
export const LEGACY_KEY_ID = 'sha256';
/** Shortest key accepted, characters (a generated key has 43 base64url characters = 32 bytes). */
export const MIN_KEY_CHARS = 32;
/** Where the embedded default keeps its key set unless `PHONE_HASH_KEY_FILE` says otherwise. */
export const DEFAULT_KEY_FILE = path.join('.local', 'phone-hash-key.json');

/** Raised when the key set cannot be read or is not valid; the message says where and why. */
export class PhoneHashKeyError extends Error {
  override name = 'PhoneHashKeyError';
}

/**
 * THE phone hash: HMAC-SHA256 (hex, 64 lowercase characters) of the E.164 number under `key`.
 * @param e164 a number already normalised with `normalizePhoneNumber` (e.g. `+16175550142`).
 */
export function phoneHash(e164: string, key: PhoneHashKey): string {
  return createHmac('sha256', key.secret).update(e164, 'utf8').digest('hex');
}

/** The unkeyed SHA-256 older records and caller memory used (for lookup and erasure only). */
export function legacyPhoneHash(phone: string): string {
  return createHash('sha256').update(phone.trim()).digest('hex');
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Validate a key set as stored (the secret's JSON or the local file's).
 * @throws PhoneHashKeyError naming the bad field and `source`.
 */
export function parsePhoneHashKeys(value: unknown, source: string): PhoneHashKeys {
  const v = (value ?? {}) as Record<string, unknown>;
  const key = (idField: string, keyField: string): PhoneHashKey | null => {
    const id = v[idField];
    const secret = v[keyField];
    if ((id === undefined || id === '') && (secret === undefined || secret === '')) return null;
    if (typeof id !== 'string' || !KEY_ID.test(id)) throw new PhoneHashKeyError(`${source}: ${idField} must be 1-64 characters of A-Z a-z 0-9 . _ -`);
    if (id === LEGACY_KEY_ID) throw new PhoneHashKeyError(`${source}: ${idField} "${LEGACY_KEY_ID}" is reserved for the unkeyed legacy hash`);
    if (typeof secret !== 'string' || secret.length < MIN_KEY_CHARS) {
      throw new PhoneHashKeyError(`${source}: ${keyField} must be a string of at least ${MIN_KEY_CHARS} characters`);
    }
    return { id, secret };
  };
  const current = key('current_id', 'current');
  if (!current) throw new PhoneHashKeyError(`${source}: no current key (fields current_id and current)`);
  const previous = key('previous_id', 'previous');
  if (previous && previous.id === current.id) throw new PhoneHashKeyError(`${source}: previous_id must differ from current_id`);
  return { current, previous };
}

/** A new key set with one random 256-bit key (base64url), id `k` + the UTC date and a random suffix. */
export function generatePhoneHashKeys(now: Date = new Date()): PhoneHashKeys {
  const id = `k${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
  return { current: { id, secret: randomBytes(32).toString('base64url') }, previous: null };
}

/** The stored form of a key set. */
export function serializePhoneHashKeys(keys: PhoneHashKeys): string {
  const out: Record<string, string> = { current_id: keys.current.id, current: keys.current.secret };
  if (keys.previous) Object.assign(out, { previous_id: keys.previous.id, previous: keys.previous.secret });
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * Read the key set from a local file; when `create` is set and the file is missing, generate one
 * and write it with mode 0600 (its folder 0700).
 * @throws PhoneHashKeyError when the file is missing (and not created), unreadable or invalid.
 */
export function readPhoneHashKeyFile(file: string, opts: { create?: boolean } = {}): PhoneHashKeys {
  if (!existsSync(file)) {
    if (!opts.create) throw new PhoneHashKeyError(`phone hash key file ${file} does not exist (set PHONE_HASH_KEY_FILE, or run from the folder holding .local/)`);
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const keys = generatePhoneHashKeys();
    try {
      writeFileSync(file, serializePhoneHashKeys(keys), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      return readPhoneHashKeyFile(file); // another process created it first: use theirs
    }
    chmodSync(file, 0o600);
    return keys;
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new PhoneHashKeyError(`phone hash key file ${file} is not readable JSON: ${(e as Error).message}`);
  }
  return parsePhoneHashKeys(value, `phone hash key file ${file}`);
}

/** Hashes phone numbers under one key set (see the module comment for the rotation order). */
export class PhoneHasher {
  constructor(readonly keys: PhoneHashKeys) {}

  /** Id of the key new hashes are made with. */
  get keyId(): string {
    return this.keys.current.id;
  }

  /** The current hash of a number, or null when there is no number or it is not a phone number. */
  hash(phone: string | null | undefined): KeyedPhoneHash | null {
    const e164 = phone ? normalizePhoneNumber(phone) : null;
    return e164 ? { hash: phoneHash(e164, this.keys.current), key_id: this.keys.current.id } : null;
  }

  /**
   * Every hash a record or memory entry of this number may carry, in lookup order: current key,
   * previous key, legacy SHA-256 (of the number as given and of its E.164 form). Empty without a number.
   */
  candidates(phone: string | null | undefined): KeyedPhoneHash[] {
    const e164 = phone ? normalizePhoneNumber(phone) : null;
    if (!phone || !e164) return [];
    const out: KeyedPhoneHash[] = [{ hash: phoneHash(e164, this.keys.current), key_id: this.keys.current.id }];
    if (this.keys.previous) out.push({ hash: phoneHash(e164, this.keys.previous), key_id: this.keys.previous.id });
    for (const legacy of new Set([legacyPhoneHash(e164), legacyPhoneHash(phone)])) out.push({ hash: legacy, key_id: LEGACY_KEY_ID });
    return out;
  }
}

/** Where the key set comes from: Secrets Manager (`PHONE_HASH_SECRET_ID`) or the local file. */
export interface PhoneHashKeySource {
  /** Secret id or ARN; when set, the key set is read from Secrets Manager. */
  secretId?: string;
  /** Local key file (default `PHONE_HASH_KEY_FILE` or `.local/phone-hash-key.json`). */
  file?: string;
  /** Create the local file when missing (the agent, replay, demo); erasure never does. */
  create?: boolean;
}

/** The key source named by the environment: `PHONE_HASH_SECRET_ID`, else `PHONE_HASH_KEY_FILE`. */
export function keySourceFromEnv(env: NodeJS.ProcessEnv = process.env, create = true): PhoneHashKeySource {
  return env.PHONE_HASH_SECRET_ID ? { secretId: env.PHONE_HASH_SECRET_ID } : { file: env.PHONE_HASH_KEY_FILE || DEFAULT_KEY_FILE, create };
}

/**
 * Load the key set from its source (Secrets Manager through the AWS SDK, or the local file).
 * @throws PhoneHashKeyError when the secret or file is missing or invalid.
 */
export async function loadPhoneHasher(source: PhoneHashKeySource = keySourceFromEnv()): Promise<PhoneHasher> {
  if (source.secretId) {
    const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
    const client = new SecretsManagerClient({});
    try {
      const out = await client.send(new GetSecretValueCommand({ SecretId: source.secretId }));
      let value: unknown;
      try {
        value = JSON.parse(out.SecretString ?? '');
      } catch {
        throw new PhoneHashKeyError(`secret ${source.secretId} is not a JSON key set`);
      }
      return new PhoneHasher(parsePhoneHashKeys(value, `secret ${source.secretId}`));
    } catch (e) {
      if (e instanceof PhoneHashKeyError) throw e;
      throw new PhoneHashKeyError(`could not read secret ${source.secretId}: ${(e as Error).message}`);
    } finally {
      client.destroy();
    }
  }
  return new PhoneHasher(readPhoneHashKeyFile(path.resolve(source.file ?? DEFAULT_KEY_FILE), { create: source.create ?? false }));
}

let processHasher: PhoneHasher | null = null;
/** Hashers over local key files already read, by absolute path. */
const fileHashers = new Map<string, PhoneHasher>();

/** Install the process's hasher (the agent does at start, after loading the key set from its source); null to uninstall. */
export function setPhoneHasher(hasher: PhoneHasher | null): void {
  processHasher = hasher;
  fileHashers.clear();
}

/**
 * The process's hasher: the one installed with `setPhoneHasher`, else the local key file named by
 * the environment (created on first use). On AWS the agent installs the Secrets Manager one first.
 * @throws PhoneHashKeyError when `PHONE_HASH_SECRET_ID` is set but no hasher was installed.
 */
export function phoneHasher(env: NodeJS.ProcessEnv = process.env): PhoneHasher {
  if (processHasher) return processHasher;
  if (env.PHONE_HASH_SECRET_ID) throw new PhoneHashKeyError('PHONE_HASH_SECRET_ID is set but the key set was not loaded (await loadPhoneHasher() and setPhoneHasher() at start)');
  const file = path.resolve(env.PHONE_HASH_KEY_FILE || DEFAULT_KEY_FILE);
  let hasher = fileHashers.get(file);
  if (!hasher) fileHashers.set(file, (hasher = new PhoneHasher(readPhoneHashKeyFile(file, { create: true }))));
  return hasher;
}
