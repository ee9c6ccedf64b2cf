/**
 * Extraction snapshot: what `analyzeUtterance` returns on every labelled turn (eval/signals/*.jsonl),
 * every off-domain turn (../shared/corpus/off-domain/*.jsonl) and every line of the shared sales calls
 * (../shared/corpus/sales-calls/**), kept in eval/signals/snapshot/extraction.jsonl. A refactor of
 * lib/signals must leave it unchanged (test/signals-snapshot.test.ts); a deliberate change of behaviour
 * rewrites it with `npm run signals:snapshot` so the diff shows every reading that moved.
 *
 * One line per turn, `{"key", "text_sha", "analysis"}` for labelled turns (the full analysis, so a
 * diff is readable) and `{"key", "text_sha", "analysis_sha"}` for the shared corpus (its text is not
 * ours to copy, quotes included). Keys: `<set>/<id>`, `off-domain/<file>/<id>`,
 * `sales-calls/<path>#<line>`. SHA-256 hex, first 16 characters.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeUtterance } from '../../lib/signals';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
/** The committed snapshot. */
export const SNAPSHOT_FILE = path.join(here, 'snapshot', 'extraction.jsonl');
/**
 * The shared corpus (absent on some machines): `../shared/corpus` beside the checkout, or two levels up
 * for a git worktree kept in a folder of worktrees.
 */
export const CORPUS_DIR =
  [path.resolve(repoRoot, '..', 'shared', 'corpus'), path.resolve(repoRoot, '..', '..', 'shared', 'corpus')].find((d) => existsSync(d)) ??
  path.resolve(repoRoot, '..', 'shared', 'corpus');

/** One turn to snapshot: where it comes from, its text, and whether its output may be stored in full. */
export interface SnapshotTurn {
  key: string;
  text: string;
  shared: boolean;
}

/** One snapshot line. */
export interface SnapshotEntry {
  key: string;
  text_sha: string;
  analysis?: unknown;
  analysis_sha?: string;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

function jsonlRows(file: string): { id: string; text: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const row = JSON.parse(l) as { id?: unknown; text?: unknown };
      if (typeof row.text !== 'string') throw new Error(`${file}:${i + 1}: no "text" string`);
      return { id: typeof row.id === 'string' ? row.id : String(i + 1), text: row.text };
    });
}

/** The labelled turns (eval/signals/*.jsonl, files in name order). */
export function labelledTurns(): SnapshotTurn[] {
  return readdirSync(here)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => jsonlRows(path.join(here, f)).map((r) => ({ key: `${f.replace(/\.jsonl$/, '')}/${r.id}`, text: r.text, shared: false })));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
}

/** A transcript line's spoken words: `**Name:** text` or `Name: text` without the speaker; '' for headers and rules. */
export function spokenLine(line: string): string {
  const t = line.trim();
  if (t === '' || t.startsWith('#') || /^-{3,}$/.test(t)) return '';
  return t.replace(/^\*\*[^*]{1,60}:\*\*\s*/, '').replace(/^[A-Z][\w .'-]{0,40}:\s+/, '');
}

/** The shared corpus turns ([] when ../shared/corpus is absent). */
export function corpusTurns(): SnapshotTurn[] {
  if (!existsSync(CORPUS_DIR)) return [];
  const out: SnapshotTurn[] = [];
  const off = path.join(CORPUS_DIR, 'off-domain');
  if (existsSync(off)) {
    for (const f of readdirSync(off).filter((x) => x.endsWith('.jsonl')).sort()) {
      for (const r of jsonlRows(path.join(off, f))) out.push({ key: `off-domain/${f}/${r.id}`, text: r.text, shared: true });
    }
  }
  const calls = path.join(CORPUS_DIR, 'sales-calls');
  if (existsSync(calls)) {
    for (const file of filesUnder(calls).filter((f) => /\.(?:md|txt)$/.test(f) && !/LICENSE/.test(f))) {
      const rel = path.relative(calls, file).split(path.sep).join('/');
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const text = spokenLine(line);
          if (text !== '') out.push({ key: `sales-calls/${rel}#${i + 1}`, text, shared: true });
        });
    }
  }
  return out;
}

/** The snapshot entry of one turn as the extractor reads it now. */
export function entryOf(turn: SnapshotTurn): SnapshotEntry {
  const analysis = analyzeUtterance(turn.text, 0);
  const text_sha = sha(turn.text);
  return turn.shared ? { key: turn.key, text_sha, analysis_sha: sha(JSON.stringify(analysis)) } : { key: turn.key, text_sha, analysis };
}

/** The committed snapshot, by key. @throws Error when the file is missing or a line is not JSON. */
export function readSnapshot(file = SNAPSHOT_FILE): Map<string, SnapshotEntry> {
  const map = new Map<string, SnapshotEntry>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      if (l.trim() === '') return;
      try {
        const e = JSON.parse(l) as SnapshotEntry;
        map.set(e.key, e);
      } catch (err) {
        throw new Error(`${file}:${i + 1}: ${(err as Error).message}`);
      }
    });
  return map;
}

/** Write the snapshot of every turn found here (labelled, and the shared corpus when present). */
export function writeSnapshot(file = SNAPSHOT_FILE): number {
  const turns = [...labelledTurns(), ...corpusTurns()];
  writeFileSync(file, turns.map((t) => JSON.stringify(entryOf(t))).join('\n') + '\n');
  return turns.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (!existsSync(CORPUS_DIR)) {
    console.error(`refusing to write: ${CORPUS_DIR} is absent, the snapshot would lose the shared corpus turns`);
    process.exit(1);
  }
  const n = writeSnapshot();
  console.log(`${path.relative(repoRoot, SNAPSHOT_FILE)}: ${n} turns`);
}
