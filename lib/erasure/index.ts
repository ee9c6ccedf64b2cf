/**
 * Erasure ("delete everything you hold about me"): find every session of one caller, by the keyed
 * phone hash under the current key, the previous key and the legacy SHA-256, through the caller
 * index `callers/{hash}/` (a full read of the bucket only with `scan`), or one session by id,
 * then delete everything derived from them, every S3 object version included:
 *
 * - bucket: `sessions/`, `scores/`, `score-versions/`, `analysis-llm/`, `checkpoints/{id}.json.gz`, `quarantine/`
 *   (notes and moved copies), the caller index entries, and the `curated/` day partitions the sessions fall in (rebuilt from
 *   the remaining raw records by `rebuildCurated` when given; otherwise deleted, to be rebuilt);
 * - the agent's spool folder (`{session_id}.json.gz`, `rejected/` included);
 * - caller memory (under every candidate hash; for one session, the entry under that record's hash,
 *   since memory merges all of a caller's calls and cannot be unmerged), the alert idempotency
 *   records of each session;
 * - local extras given as folders (the local outbox, dead letters): files naming a session.
 *
 * Then an audit entry `erasures/{subject}/{time}.json` with no personal data: the subject is an
 * HMAC of the number (or session id) with a purpose prefix, so it matches no stored phone_hash and
 * says nothing without the key; counts and the time. A dry run finds and reports, changes nothing.
 * Running it again finds nothing and writes nothing (idempotent).
 *
 * The same code runs on AWS (S3, DynamoDB) and locally (s3rver, files): only the clients differ.
 */
import { createHmac } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  DeleteObjectCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import { forgetAlertKeys } from '../alerts/alert-once';
import { markDayChanged } from '../lake/changes';
import {
  CALLERS_PREFIX,
  ANALYSIS_LLM_PREFIX,
  CHECKPOINTS_PREFIX,
  CURATED_PREFIX,
  ERASURES_PREFIX,
  QUARANTINE_PREFIX,
  SCORE_VERSIONS_PREFIX,
  SCORES_PREFIX,
  SESSIONS_PREFIX,
} from '../bucket-layout';
import type { ManagedCallerMemoryStore } from '../caller-memory';
import { identifyStored, listCallerSessions, parseCallerIndexKey } from '../privacy/caller-index';
import { parsePhoneNumber, type PhoneHasher } from '../privacy/phone-hash';
import { SESSION_ID_PATTERN, sessionKey } from '../session-record/keys';

/** Whom to forget: every session of a phone number, or one session. */
export type ErasureSubject = { phone: string } | { sessionId: string };

/** Raised for bad input (malformed number, unknown session); nothing was changed. */
export class ErasureInputError extends Error {
  override name = 'ErasureInputError';
}

/** Where the data lives and how to reach it. */
export interface ErasureDeps {
  s3: S3Client;
  bucket: string;
  hasher: PhoneHasher;
  /** Caller memory (local folder or DynamoDB); omit when there is none to erase. */
  memory?: ManagedCallerMemoryStore;
  /** The alert idempotency store (local journal or DynamoDB table). */
  alertKeys?: BasePersistenceLayer;
  /** The agent's spool folder (SPOOL_DIR). */
  spoolDir?: string;
  /** Other local folders whose files name sessions (the local outbox, dead letters). */
  localDirs?: readonly string[];
  /**
   * Rebuild the curated tables of these days (YYYY-MM-DD) from the remaining raw records. Without
   * it the affected day partitions under `curated/` are deleted and the days marked changed
   * (`lake-changes/`), so the next scheduled compaction rebuilds them.
   */
  rebuildCurated?: (days: readonly string[]) => Promise<void>;
  /** Rules versions whose alert keys to drop besides those found in scores (the current rules). */
  rulesVersions?: readonly string[];
  now?: () => Date;
}

/** What an erasure found (and, unless a dry run, removed). Counts only in the audit entry. */
export interface ErasureReport {
  dry_run: boolean;
  /** `phone` or `session`. */
  mode: 'phone' | 'session';
  /** HMAC of the subject for the audit trail (matches no stored hash). */
  subject: string;
  /** Session ids found (printed to the operator, never in the audit entry). */
  sessions: string[];
  /** S3 object versions removed per prefix (`sessions/`, `scores/`, ...). */
  objects: Record<string, number>;
  /** Keys removed, for the operator's listing. */
  keys: string[];
  memory_entries: number;
  alert_keys: number;
  spool_files: number;
  local_files: number;
  /** Days whose curated partitions were rebuilt or deleted. */
  curated_days: string[];
  curated: 'rebuilt' | 'deleted' | 'none';
  /** The audit entry's key (null on a dry run or when nothing was held). */
  audit_key: string | null;
  /** An earlier audit entry of the same subject, if any. */
  previously_erased_at: string | null;
}

/** One S3 object version (versionId undefined where the store keeps none, e.g. s3rver). */
interface ObjectVersion {
  key: string;
  versionId?: string;
}

const DAY = /year=(\d{4})\/month=(\d{2})\/day=(\d{2})\//;
/** Curated tables partition by call date: `curated/<table>/call_date=YYYY-MM-DD/...`. */
const CALL_DATE = /\/call_date=(\d{4}-\d{2}-\d{2})\//;

/** HMAC (current key) of the subject with a purpose prefix: stable across runs, matches no phone_hash. */
function auditSubject(hasher: PhoneHasher, kind: 'phone' | 'session', value: string): string {
  return createHmac('sha256', hasher.keys.current.secret).update(`trialist-erasure:${kind}:${value}`).digest('hex');
}

async function bodyBytes(s3: S3Client, bucket: string, key: string, versionId?: string): Promise<Buffer | null> {
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
    return Buffer.from(await out.Body!.transformToByteArray());
  } catch {
    return null;
  }
}

/** Whether the store keeps versions (then every version and delete marker must go). */
async function isVersioned(s3: S3Client, bucket: string): Promise<boolean> {
  try {
    const out = await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }));
    return out.Status === 'Enabled' || out.Status === 'Suspended';
  } catch {
    return false;
  }
}

/** Every object version under `prefix` (current, noncurrent and delete markers), grouped by key. */
async function listVersions(s3: S3Client, bucket: string, prefix: string, versioned: boolean): Promise<Map<string, ObjectVersion[]>> {
  const byKey = new Map<string, ObjectVersion[]>();
  const add = (key: string, versionId?: string) => byKey.set(key, [...(byKey.get(key) ?? []), { key, versionId }]);
  if (versioned) {
    let keyMarker: string | undefined;
    let versionIdMarker: string | undefined;
    do {
      const out = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, KeyMarker: keyMarker, VersionIdMarker: versionIdMarker }));
      for (const v of [...(out.Versions ?? []), ...(out.DeleteMarkers ?? [])]) if (v.Key) add(v.Key, v.VersionId);
      keyMarker = out.IsTruncated ? out.NextKeyMarker : undefined;
      versionIdMarker = out.IsTruncated ? out.NextVersionIdMarker : undefined;
    } while (keyMarker);
  } else {
    let token: string | undefined;
    do {
      const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of out.Contents ?? []) if (o.Key) add(o.Key);
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
  }
  return byKey;
}

/** Every version of exactly these keys (a prefix listing per key, other keys dropped). */
async function listExact(s3: S3Client, bucket: string, keys: Iterable<string>, versioned: boolean): Promise<Map<string, ObjectVersion[]>> {
  const out = new Map<string, ObjectVersion[]>();
  for (const key of new Set(keys)) {
    const found = (await listVersions(s3, bucket, key, versioned)).get(key);
    if (found) out.set(key, found);
  }
  return out;
}

/**
 * Every version of the objects of these sessions (id -> start days): under `sessions/` and `scores/`
 * by their exact keys, since what the caller index gives is enough to name them. `score-versions/`
 * (scores replaced by a rescore, under any rules version) and `quarantine/` (kept days, not years)
 * are listed by name and matched on the session id. No object is read.
 */
async function listSessionObjects(
  s3: S3Client,
  bucket: string,
  sessions: ReadonlyMap<string, ReadonlySet<string>>,
  versioned: boolean,
): Promise<Map<string, Map<string, ObjectVersion[]>>> {
  const recordKeys: string[] = [];
  for (const [id, days] of sessions) for (const day of days) recordKeys.push(sessionKey(id, `${day}T00:00:00.000Z`));
  return new Map([
    [SESSIONS_PREFIX, await listExact(s3, bucket, recordKeys, versioned)],
    [SCORES_PREFIX, await listExact(s3, bucket, recordKeys.map((k) => `${SCORES_PREFIX}${k.slice(SESSIONS_PREFIX.length)}`), versioned)],
    [ANALYSIS_LLM_PREFIX, await listExact(s3, bucket, recordKeys.map((k) => `${ANALYSIS_LLM_PREFIX}${k.slice(SESSIONS_PREFIX.length)}`), versioned)],
    [SCORE_VERSIONS_PREFIX, await listVersions(s3, bucket, SCORE_VERSIONS_PREFIX, versioned)],
    [QUARANTINE_PREFIX, await listVersions(s3, bucket, QUARANTINE_PREFIX, versioned)],
  ]);
}

/** The session id a key names: `.../{id}.json.gz` (record, score, checkpoint, moved copy) or `...{id}.json.gz.json` (quarantine note). */
function sessionIdOfKey(key: string): string | null {
  const m = /([A-Za-z0-9][A-Za-z0-9_-]{0,127})\.json\.gz(?:\.json)?$/.exec(key.slice(key.lastIndexOf('/') + 1));
  return m ? m[1]! : null;
}

async function filesIn(dir: string): Promise<string[]> {
  try {
    return ((await readdir(dir, { recursive: true, withFileTypes: true })) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath ?? (d as unknown as { path: string }).path, d.name));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/** How `forget` runs. */
export interface ErasureOptions {
  /** Find and report only; change nothing. */
  dryRun?: boolean;
  /**
   * With a phone number: find the caller's sessions by reading every record, checkpoint and
   * quarantined copy in the bucket instead of the caller index (records that landed before the
   * index existed, or an index suspected incomplete). Costs a GET per object version.
   */
  scan?: boolean;
}

/**
 * Find and (unless `dryRun`) erase everything held about `subject`. A phone number's sessions are
 * found through the caller index (`callers/{hash}/`, lib/privacy/caller-index.ts) under the current
 * key, the previous key and the legacy SHA-256, plus the checkpoints and the spool; `scan` reads
 * every record instead. One session is found by its id in the object names.
 * @throws ErasureInputError for a malformed number or a session id that matches nothing held and
 *   was never erased; nothing is changed then.
 */
export async function forget(subject: ErasureSubject, deps: ErasureDeps, opts: ErasureOptions = {}): Promise<ErasureReport> {
  const dryRun = opts.dryRun ?? false;
  const now = (deps.now ?? (() => new Date()))();
  const { s3, bucket, hasher } = deps;

  // 1. the subject
  let hashes = new Set<string>();
  let mode: 'phone' | 'session';
  let subjectHash: string;
  const sessionIds = new Set<string>();
  if ('phone' in subject) {
    let e164: string;
    try {
      e164 = parsePhoneNumber(subject.phone);
    } catch (e) {
      throw new ErasureInputError((e as Error).message);
    }
    mode = 'phone';
    hashes = new Set(hasher.candidates(e164).map((c) => c.hash));
    subjectHash = auditSubject(hasher, 'phone', e164);
  } else {
    if (!SESSION_ID_PATTERN.test(subject.sessionId)) throw new ErasureInputError(`"${subject.sessionId}" is not a session id (letters, digits, _ and -, up to 128)`);
    mode = 'session';
    sessionIds.add(subject.sessionId);
    subjectHash = auditSubject(hasher, 'session', subject.sessionId);
  }

  // 2. where the caller's sessions are: the caller index (phone, default), or every record (--scan, --session)
  const versioned = await isVersioned(s3, bucket);
  const prefixes = [SESSIONS_PREFIX, SCORES_PREFIX, SCORE_VERSIONS_PREFIX, ANALYSIS_LLM_PREFIX, CHECKPOINTS_PREFIX, QUARANTINE_PREFIX];
  const useIndex = mode === 'phone' && !opts.scan;
  const listed = new Map<string, Map<string, ObjectVersion[]>>();
  /** Session id -> the start days (YYYY-MM-DD) its objects are partitioned by (index mode). */
  const startDays = new Map<string, Set<string>>();
  const found = (id: string, startedAt: string | null) => {
    sessionIds.add(id);
    if (id && startedAt && /^\d{4}-\d{2}-\d{2}/.test(startedAt)) startDays.set(id, new Set([...(startDays.get(id) ?? []), startedAt.slice(0, 10)]));
  };
  let readPrefixes: string[];
  if (useIndex) {
    for (const h of hashes) for (const e of await listCallerSessions(s3, bucket, h)) found(e.session_id, e.day);
    // checkpoints hold calls still running or never promoted (each is deleted when its record is
    // exported, and expires after days): few, so they are read rather than indexed
    listed.set(CHECKPOINTS_PREFIX, await listVersions(s3, bucket, CHECKPOINTS_PREFIX, versioned));
    readPrefixes = [CHECKPOINTS_PREFIX];
  } else {
    for (const p of prefixes) listed.set(p, await listVersions(s3, bucket, p, versioned));
    readPrefixes = [SESSIONS_PREFIX, CHECKPOINTS_PREFIX, QUARANTINE_PREFIX];
  }

  // 3. the caller's sessions: records, checkpoints and quarantined copies (read here) whose phone_hash is a candidate
  const recordHashes = new Set<string>();
  const spoolFiles = deps.spoolDir ? await filesIn(deps.spoolDir) : [];
  for (const p of readPrefixes) {
    for (const [key, versions] of listed.get(p)!) {
      if (p === QUARANTINE_PREFIX && key.endsWith('.json.gz.json')) continue; // notes: matched by name below
      const byName = sessionIdOfKey(key);
      if (mode === 'session' && byName !== null && !sessionIds.has(byName)) continue;
      for (const v of versions) {
        const id = identifyStored(await bodyBytes(s3, bucket, key, v.versionId));
        if (mode === 'phone' && id.phone_hash && hashes.has(id.phone_hash)) found(id.session_id ?? byName ?? '', id.started_at);
        if (mode === 'session' && (sessionIds.has(id.session_id ?? '') || (byName && sessionIds.has(byName))) && id.phone_hash) recordHashes.add(id.phone_hash);
      }
    }
  }
  for (const file of spoolFiles) {
    const id = identifyStored(await readFile(file).catch(() => null));
    const byName = sessionIdOfKey(file);
    if (mode === 'phone' && id.phone_hash && hashes.has(id.phone_hash)) found(id.session_id ?? byName ?? '', id.started_at);
    if (mode === 'session' && (sessionIds.has(id.session_id ?? '') || (byName && sessionIds.has(byName))) && id.phone_hash) recordHashes.add(id.phone_hash);
  }
  sessionIds.delete('');
  startDays.delete('');
  // index mode: the found sessions' objects by their exact keys (nothing else is listed or read)
  if (useIndex) for (const [p, objectsOf] of await listSessionObjects(s3, bucket, startDays, versioned)) listed.set(p, objectsOf);

  // 4. what to remove
  const doomed: ObjectVersion[] = [];
  const objects: Record<string, number> = {};
  const days = new Set<string>();
  const rulesVersions = new Set<string>(deps.rulesVersions ?? []);
  for (const p of prefixes) {
    for (const [key, versions] of listed.get(p)!) {
      const id = sessionIdOfKey(key);
      if (!id || !sessionIds.has(id)) continue;
      doomed.push(...versions);
      objects[p] = (objects[p] ?? 0) + versions.length;
      const d = DAY.exec(key);
      if (d) days.add(`${d[1]}-${d[2]}-${d[3]}`);
      if (p === SCORES_PREFIX || p === SCORE_VERSIONS_PREFIX) {
        for (const v of versions) {
          const rv = identifyStored(await bodyBytes(s3, bucket, key, v.versionId)).rules_version;
          if (rv) rulesVersions.add(rv);
        }
      }
    }
  }
  // the caller index entries of these sessions, under every hash they may be filed by
  for (const h of mode === 'phone' ? hashes : recordHashes) {
    for (const [key, versions] of await listVersions(s3, bucket, `${CALLERS_PREFIX}${h}/`, versioned)) {
      const entry = parseCallerIndexKey(key);
      if (!entry || !sessionIds.has(entry.session_id)) continue;
      doomed.push(...versions);
      objects[CALLERS_PREFIX] = (objects[CALLERS_PREFIX] ?? 0) + versions.length;
    }
  }
  const curatedDays = [...days].sort();
  const curatedVersions: ObjectVersion[] = [];
  if (curatedDays.length && !deps.rebuildCurated) {
    for (const [key, versions] of await listVersions(s3, bucket, CURATED_PREFIX, versioned)) {
      const d = DAY.exec(key);
      const day = d ? `${d[1]}-${d[2]}-${d[3]}` : CALL_DATE.exec(key)?.[1];
      if (day && days.has(day)) curatedVersions.push(...versions);
    }
    if (curatedVersions.length) objects[CURATED_PREFIX] = curatedVersions.length;
  }
  const spoolDoomed = spoolFiles.filter((f) => {
    const id = sessionIdOfKey(f);
    return id !== null && sessionIds.has(id);
  });
  const localDoomed: string[] = [];
  for (const dir of deps.localDirs ?? []) {
    for (const f of await filesIn(dir)) {
      const base = path.basename(f);
      const text = base.endsWith('.json') ? await readFile(f, 'utf8').catch(() => '') : '';
      if ([...sessionIds].some((id) => base.includes(id) || text.includes(`"${id}"`) || text.includes(`/${id}.json.gz`))) localDoomed.push(f);
    }
  }
  const memoryHashes = mode === 'phone' ? [...hashes] : [...recordHashes];

  // 5. the audit trail of this subject
  const previous = await listVersions(s3, bucket, `${ERASURES_PREFIX}${subjectHash}/`, false);
  const previousAt = [...previous.keys()].sort().pop()?.split('/').pop()?.replace(/\.json$/, '') ?? null;
  if (mode === 'session' && doomed.length === 0 && spoolDoomed.length === 0 && !previousAt) {
    throw new ErasureInputError(`no session "${[...sessionIds][0]}" in bucket ${bucket}${deps.spoolDir ? ' or the spool' : ''} (and none was erased before)`);
  }

  const report: ErasureReport = {
    dry_run: dryRun,
    mode,
    subject: subjectHash,
    sessions: mode === 'session' && doomed.length === 0 && spoolDoomed.length === 0 ? [] : [...sessionIds].sort(),
    objects,
    keys: [...new Set([...doomed, ...curatedVersions].map((v) => v.key))].sort(),
    memory_entries: 0,
    alert_keys: 0,
    spool_files: spoolDoomed.length,
    local_files: localDoomed.length,
    curated_days: curatedDays,
    curated: curatedDays.length === 0 ? 'none' : deps.rebuildCurated ? 'rebuilt' : 'deleted',
    audit_key: null,
    previously_erased_at: previousAt,
  };

  if (dryRun) {
    if (deps.memory) for (const h of memoryHashes) if (await deps.memory.get(h)) report.memory_entries++;
    return report;
  }

  // 6. remove: derived things first, the session records last, so a crash mid-way leaves the records to find again
  const order = [QUARANTINE_PREFIX, SCORE_VERSIONS_PREFIX, SCORES_PREFIX, ANALYSIS_LLM_PREFIX, CHECKPOINTS_PREFIX, SESSIONS_PREFIX, CALLERS_PREFIX];
  doomed.sort((a, b) => order.findIndex((p) => a.key.startsWith(p)) - order.findIndex((p) => b.key.startsWith(p)));
  for (const v of [...curatedVersions, ...doomed]) {
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: v.key, ...(v.versionId ? { VersionId: v.versionId } : {}) }));
  }
  for (const f of [...spoolDoomed, ...localDoomed]) await rm(f, { force: true });
  if (deps.memory) for (const h of memoryHashes) if (await deps.memory.delete(h)) report.memory_entries++;
  if (deps.alertKeys) {
    const keys = [...sessionIds].flatMap((session_id) => [...rulesVersions].map((rules_version) => ({ session_id, rules_version })));
    report.alert_keys = await forgetAlertKeys(deps.alertKeys, keys);
  }
  if (curatedDays.length && deps.rebuildCurated) await deps.rebuildCurated(curatedDays);
  // without a rebuild here (AWS), the deleted days are marked changed: the scheduled compaction
  // rebuilds them from the remaining raw records (the marker names a hash, not the subject)
  else for (const day of curatedDays) await markDayChanged(s3, bucket, `erasure-${subjectHash}`, `${day}T00:00:00.000Z`);

  const removed = doomed.length + curatedVersions.length + spoolDoomed.length + localDoomed.length + report.memory_entries + report.alert_keys;
  // a first request is recorded even when nothing was held; a repeat only when it removed something
  if (removed > 0 || !previousAt) {
    const at = now.toISOString();
    report.audit_key = `${ERASURES_PREFIX}${subjectHash}/${at}.json`;
    const entry = {
      erasure_version: 1,
      at,
      mode,
      subject_hmac: subjectHash,
      key_id: hasher.keyId,
      sessions: sessionIds.size,
      objects,
      memory_entries: report.memory_entries,
      alert_keys: report.alert_keys,
      spool_files: report.spool_files,
      local_files: report.local_files,
      curated_days: curatedDays.length,
      curated: report.curated,
    };
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: report.audit_key, Body: `${JSON.stringify(entry)}\n`, ContentType: 'application/json' }));
  }
  return report;
}
