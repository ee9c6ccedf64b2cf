/**
 * The call-level labelled set (./labels.jsonl, see ./README.md): labels validated with zod, calls
 * loaded through lib/recorded-call and turned into the analyser's input. Corpus calls are read in
 * place from the shared corpus; `corpusDir()` says where (or why not).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AnalysisInput } from '../../lib/analysis';
import { loadRecordedCall, type RecordedCall } from '../../lib/recorded-call';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

export const CallLabelSchema = z
  .object({
    id: z.string(),
    source: z.string().regex(/^(corpus:sales-calls\/|transcripts\/)/),
    next_step: z.object({
      kind: z.enum(['meeting', 'callback', 'send_info', 'trial_followup', 'none']),
      when_text: z.string().nullable(),
      when_iso: z.string().nullable(),
    }),
    interest: z.enum(['high', 'medium', 'low', 'none']),
    objections: z.array(z.object({ kind: z.enum(['price', 'timing', 'authority', 'competitor', 'need', 'security', 'integration']), accepted: z.boolean().nullable() })),
    authority: z.enum(['decision_maker', 'influencer', 'unknown']),
    budget_mentioned: z.boolean(),
    competitors: z.array(z.string()),
    question_topics: z.array(z.string()),
    note: z.string(),
  })
  .strict();
export type CallLabel = z.infer<typeof CallLabelSchema>;

/** Read and validate ./labels.jsonl. @throws Error naming the line of a bad label. */
export async function loadLabels(file = path.join(here, 'labels.jsonl')): Promise<CallLabel[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    const r = CallLabelSchema.safeParse(JSON.parse(line));
    if (!r.success) throw new Error(`${file}:${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return r.data;
  });
}

/**
 * The shared corpus directory (holding `sales-calls/`): `TRIALIST_CORPUS_DIR`, else `../shared/corpus`
 * next to the repository, else `/work/shared/corpus`; `null` with the places tried when none exists.
 */
export function corpusDir(): { dir: string | null; tried: string[] } {
  const tried = [process.env.TRIALIST_CORPUS_DIR, path.resolve(repoRoot, '..', 'shared', 'corpus'), '/work/shared/corpus'].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  return { dir: tried.find((p) => existsSync(path.join(p, 'sales-calls'))) ?? null, tried };
}

/** Where a label's call lives, or null for a corpus call when the corpus is absent. */
export function callPath(label: CallLabel, corpus: string | null): string | null {
  if (label.source.startsWith('corpus:')) return corpus ? path.join(corpus, label.source.slice('corpus:'.length)) : null;
  return path.join(here, label.source);
}

/** The analyser's input for a recorded call (turn indexes in order; tool calls after their turn). */
export function inputOfRecordedCall(call: RecordedCall): AnalysisInput {
  return {
    started_at: call.started_at,
    caller: { name: call.caller.name },
    transcript: call.turns.map((t, i) => ({ turn_index: i, role: t.role, text: t.text })),
    tool_calls: call.turns.flatMap((t, i) =>
      (t.tool_calls ?? []).map((c) => ({ name: c.name, arguments: JSON.stringify(c.arguments), outcome: 'success' as const, turn_index: i })),
    ),
  };
}

/** Load every labelled call that is available; `skipped` lists labels whose call is absent, with why. */
export async function loadLabelledCalls(): Promise<{ calls: { label: CallLabel; input: AnalysisInput }[]; skipped: { id: string; why: string }[] }> {
  const labels = await loadLabels();
  const corpus = corpusDir();
  const calls: { label: CallLabel; input: AnalysisInput }[] = [];
  const skipped: { id: string; why: string }[] = [];
  for (const label of labels) {
    const p = callPath(label, corpus.dir);
    if (!p) {
      skipped.push({ id: label.id, why: `shared corpus absent (tried ${corpus.tried.join(', ')})` });
      continue;
    }
    calls.push({ label, input: inputOfRecordedCall(await loadRecordedCall(p)) });
  }
  return { calls, skipped };
}
