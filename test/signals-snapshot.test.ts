/**
 * Extraction on every labelled, off-domain and sales-call turn equals the committed snapshot
 * (eval/signals/snapshot/extraction.jsonl, written by `npm run signals:snapshot`). The shared-corpus
 * part skips with a printed reason when ../shared/corpus is absent.
 */
import { corpusTurns, CORPUS_DIR, entryOf, labelledTurns, readSnapshot, spokenLine, type SnapshotTurn } from '../eval/signals/snapshot';

const snapshot = readSnapshot();

/** The turns whose extraction differs from the snapshot (or that it lacks), with what moved. */
function differences(turns: readonly SnapshotTurn[]): string[] {
  const out: string[] = [];
  for (const t of turns) {
    const want = snapshot.get(t.key);
    const got = entryOf(t);
    if (!want) out.push(`${t.key}: not in the snapshot (run npm run signals:snapshot after a deliberate change)`);
    else if (want.text_sha !== got.text_sha) out.push(`${t.key}: text changed since the snapshot`);
    else if (JSON.stringify(want) !== JSON.stringify(got))
      out.push(`${t.key}: ${t.shared ? '' : `${JSON.stringify(want.analysis)} -> `}${JSON.stringify(got.analysis ?? entryOf({ ...t, shared: false }).analysis)} | ${t.text}`);
  }
  return out;
}

describe('extraction snapshot', () => {
  it('reads every labelled turn as the snapshot does', () => {
    const turns = labelledTurns();
    expect(turns.length).toBeGreaterThan(1000);
    expect(differences(turns)).toEqual([]);
  });

  const corpus = corpusTurns();
  if (corpus.length === 0) console.warn(`signals snapshot: shared-corpus turns skipped, ${CORPUS_DIR} is absent`);
  (corpus.length > 0 ? it : it.skip)('reads every off-domain and sales-call turn as the snapshot does', () => {
    expect(corpus.filter((t) => t.key.startsWith('off-domain/')).length).toBeGreaterThan(600);
    expect(corpus.filter((t) => t.key.startsWith('sales-calls/')).length).toBeGreaterThan(100);
    expect(differences(corpus)).toEqual([]);
  });

  it('has no entry for a turn that no longer exists', () => {
    const keys = new Set([...labelledTurns(), ...corpus].map((t) => t.key));
    const stale = [...snapshot.keys()].filter((k) => !keys.has(k) && (corpus.length > 0 || !/^(?:off-domain|sales-calls)\//.test(k)));
    expect(stale).toEqual([]);
  });

  it('takes the spoken words of a transcript line', () => {
    expect(spokenLine('**Jennifer:** We have 40 reps.')).toBe('We have 40 reps.');
    expect(spokenLine('Sales Rep: Good morning!')).toBe('Good morning!');
    expect(spokenLine('# Sales Call Transcript')).toBe('');
    expect(spokenLine('---')).toBe('');
  });
});
