/**
 * `npm run eval:signals [-- --verbose] [-- --split dev|test|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8]`: precision, recall and F1 per field
 * and micro-averaged on the labelled caller utterances in eval/signals/{dev,test,holdout2,holdout3,holdout4,holdout5,holdout6,holdout7,holdout8}.jsonl (scoring rules
 * in ./score.ts), then the off-domain false-positive rate over ../shared/corpus/off-domain/*.jsonl
 * (any team_size, monthly_volume or integration there is a false positive) and the extraction time.
 *
 * Labelled lines: {"id", "text", "expected": {field: value, ...}}; a missing field means null / [].
 * dev.jsonl is the set to tune on; test.jsonl is looked at rarely (the held-out check). holdout2.jsonl
 * was written and labelled by a second helper before reading the rules (different voice: terse, ASR-like,
 * British/Indian phrasings, indirect industries, tool aliases); the rules were then fixed on its errors,
 * so it is no longer held out either. holdout3.jsonl (e-signature trial callers: self-corrections,
 * ASR-style text, numbers in many forms, distractors) was written the same way by a third helper, scored
 * blind (micro F1 90.3), then used to fix the rules: no longer held out. holdout4.jsonl (133 small-business callers:
 * dental, church, school district, dealership, freight, solar, property management, accounting, law, nonprofit;
 * pains told as stories, urgency implied by events, numbers tied to other things, 39 with no signal) was written
 * and committed before the extractor was run on it, scored blind (micro F1 82.0), then used to fix the rules:
 * no longer held out. holdout5.jsonl (137 mid-market B2B callers written from the issue's own wording: every
 * number form, distractor, document type, period, product id and urgency cue it lists, 25 with no signal) was
 * committed before the extractor was run on it, scored blind (micro F1 97.0; team_size 94.3, urgency 92.3,
 * pain_points 86.7), then used to fix the rules: no longer held out. holdout6.jsonl (69 phone-call caller turns
 * as a streaming speech-to-text engine, Deepgram nova-3 with smart_format, emits them: disfluencies, false starts,
 * self-corrections, numbers as digits, words and STT mixtures like '2 to 300', lower-case split brand names ('sales force',
 * 'docu sign'), fragment answers, run-ons, 14 with no signal: phone numbers, dates, prices, 24/7, top 10, small talk) was
 * committed before the extractor was run on it, scored blind (micro F1 88.0; monthly_volume 64.7, integration_needs 81.5,
 * urgency 85.7, team_size 88.9), then used to fix the rules (98.3 after): no longer held out. holdout7.jsonl (87 discovery-call
 * turns from industries the other sets cover least: freight brokers and dispatch, subcontractors, dental offices and clinics,
 * school districts, property managers, franchisees, manufacturer HR, a CPA firm at tax season, a nonprofit grants team; long
 * turns mixing two or three signals, corrections, dropped tools, volumes stated through loads/patients/hires each carrying a
 * document or over a season or a span of months, deadlines relative to events, 20 with no signal) was committed before the
 * extractor was run on it, scored blind (micro F1 72.8; monthly_volume 50.0, industry 62.5, pain_points 68.6, use_case 74.2,
 * urgency 78.3, team_size 84.4), then used to fix the rules (91.6 after): no longer held out. holdout8.jsonl (78 turns from
 * UK, Irish, Indian, Australian, Canadian and South African callers in insurance, education, manufacturing, dealerships, energy,
 * councils, hotels and restaurants, e-commerce and consulting, in their own words: solicitors, lettings, tenancy agreements, the
 * council, fortnights, lakh, Sage/MYOB/Xero, Q3, the financial year, Easter; 18 with no signal: £/€/₹/A$ prices, a VAT number,
 * a postcode, a +44 number, years, crore turnover, top 5, weather, small talk) was committed before the extractor was run on it,
 * scored blind (micro F1 81.1; industry 67.7, urgency 77.8, use_case 80.0, integration_needs 84.2, team_size 84.8, pain_points
 * 84.8), then used to fix the rules (96.2 after): no longer held out. The real held-out set is not in the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSignals } from '../../lib/signals';
import { compareField, FIELDS, isOffDomainFalsePositive, score, type Labels, type Report } from './score';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const offDomainDir = path.resolve(repoRoot, '..', 'shared', 'corpus', 'off-domain');

interface Example {
  id: string;
  text: string;
  expected: Labels;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

function printReport(name: string, r: Report): void {
  console.log(`\n${name} (${r.n} utterances)`);
  console.log('field               precision  recall      F1    tp   fp   fn');
  for (const f of FIELDS) {
    const s = r.fields[f];
    console.log(`${f.padEnd(18)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
  const m = r.micro;
  console.log(`${'micro'.padEnd(18)} ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
  const splits = splitArg ? [splitArg] : ['dev', 'test', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8'];
  for (const split of splits) {
    const file = path.join(here, `${split}.jsonl`);
    const examples = readJsonl<Example>(file);
    const preds = examples.map((e) => extractSignals(e.text));
    printReport(`${split}: ${path.relative(repoRoot, file)}`, score(preds, examples.map((e) => e.expected)));
    if (verbose) {
      examples.forEach((e, i) => {
        const wrong = FIELDS.filter((f) => {
          const c = compareField(f, preds[i], e.expected);
          return c.fp + c.fn > 0;
        });
        for (const f of wrong) console.log(`  ${e.id} ${f}: got ${JSON.stringify(preds[i][f])} want ${JSON.stringify(e.expected[f] ?? null)}  | ${e.text}`);
      });
    }
  }

  if (!existsSync(offDomainDir)) {
    console.log(`\noff-domain: skipped, ${offDomainDir} is absent (the shared corpus is not checked out here)`);
  } else {
    const files = readdirSync(offDomainDir).filter((f) => f.endsWith('.jsonl')).sort();
    let n = 0;
    let fp = 0;
    const t0 = process.hrtime.bigint();
    for (const f of files) {
      let fileFp = 0;
      const rows = readJsonl<{ id: string; text: string }>(path.join(offDomainDir, f));
      for (const row of rows) {
        const p = extractSignals(row.text);
        if (isOffDomainFalsePositive(p)) {
          fileFp += 1;
          if (verbose) console.log(`  FP ${row.id}: team=${p.team_size} volume=${p.monthly_volume} integrations=${p.integration_needs.join(',')} | ${row.text}`);
        }
      }
      n += rows.length;
      fp += fileFp;
      console.log(`${f}: ${fileFp}/${rows.length} false positives`);
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(`\noff-domain false-positive rate: ${((fp / Math.max(1, n)) * 100).toFixed(2)}% (${fp}/${n}) over ${files.length} files, ${ms.toFixed(0)} ms`);
  }

  // Timing over the labelled utterances (warm): mean and p99 per utterance.
  const texts = splits.flatMap((s) => readJsonl<Example>(path.join(here, `${s}.jsonl`)).map((e) => e.text));
  for (let r = 0; r < 10; r++) for (const t of texts) extractSignals(t); // warm up (JIT and regexp tier-up)
  const times: number[] = [];
  for (let r = 0; r < 20; r++)
    for (const t of texts) {
      const a = process.hrtime.bigint();
      extractSignals(t);
      times.push(Number(process.hrtime.bigint() - a) / 1000);
    }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`extraction time per utterance: mean ${mean.toFixed(1)} µs, p99 ${times[Math.floor(times.length * 0.99)].toFixed(1)} µs`);
}

main();
