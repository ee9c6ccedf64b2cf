/**
 * `npm run eval:calls [-- --misses]`: run the call analyser on the labelled set and print per-field
 * accuracy (and, with --misses, each call the analyser got wrong, by field).
 */
import { analyzeCall } from '../../lib/analysis';
import { loadLabelledCalls } from './dataset';
import { scoreCalls } from './score';

const { calls, skipped } = await loadLabelledCalls();
for (const s of skipped) console.log(`skipped ${s.id}: ${s.why}`);
const pairs = calls.map(({ label, input }) => ({ label, got: analyzeCall(input) }));
const { fields, misses } = scoreCalls(pairs);
console.log(`call analysis on ${pairs.length} labelled calls${skipped.length ? ` (${skipped.length} skipped)` : ''}`);
console.log(`${'field'.padEnd(30)} ${'accuracy'.padStart(8)}  n      P/R/F1 (sets)`);
for (const f of fields) {
  const a = f.total === 0 ? '-' : (f.correct / f.total).toFixed(3);
  const sets = f.prf ? `  ${f.prf.p.toFixed(2)}/${f.prf.r.toFixed(2)}/${f.prf.f1.toFixed(2)}` : '';
  console.log(`${f.field.padEnd(30)} ${a.padStart(8)}  ${String(f.correct).padStart(2)}/${String(f.total).padEnd(3)}${sets}`);
}
if (process.argv.includes('--misses')) {
  console.log('\nmisses:');
  for (const m of misses) console.log(`  ${m.field.padEnd(28)} ${m.id.padEnd(34)} expected ${m.expected}  got ${m.got}`);
}
