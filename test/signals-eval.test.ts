import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareField, isOffDomainFalsePositive, numbersMatch, score } from '../eval/signals/score';
import { CORPUS_DIR } from '../eval/signals/snapshot';
import { FIXED_SETS, MIN_LINES } from '../eval/signals/sets';
import { extractSignals, INDUSTRY_CUES, PAIN_CUES, PAIN_POINT_LABELS, PRODUCTS, USE_CASE_CUES, USE_CASE_LABELS } from '../lib/signals';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('eval scorer', () => {
  it('scores a tiny known input by hand-computed counts', () => {
    const gold = [
      { team_size: 12, integration_needs: ['salesforce', 'hubspot'], urgency: 'high' },
      { monthly_volume: 216.67 },
      {},
    ];
    const pred = [
      { team_size: 12, integration_needs: ['hubspot', 'slack'], urgency: 'medium' },
      { monthly_volume: 216.666 },
      { industry: 'legal' },
    ];
    const r = score(pred, gold);
    expect(r.fields.team_size).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.fields.integration_needs).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(r.fields.urgency).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(r.fields.monthly_volume).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.fields.industry).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: 1 });
    expect(r.fields.pain_points).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 1 });
    expect(r.micro).toMatchObject({ tp: 3, fp: 3, fn: 2 });
    expect(r.micro.f1).toBeCloseTo((2 * 0.5 * 0.6) / 1.1, 10);
  });

  it('matches numbers after normalization within rounding only', () => {
    expect(numbersMatch(23, 22.5)).toBe(true);
    expect(numbersMatch(216.67, 216.6667)).toBe(true);
    expect(numbersMatch(200, 216.67)).toBe(false);
    expect(compareField('team_size', { team_size: null }, { team_size: null })).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(compareField('pain_points', { pain_points: ['a', 'a'] }, { pain_points: ['a'] })).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(() => score([{}], [])).toThrow(/1 predictions for 0/);
  });

  it('counts an off-domain false positive only for team size, volume or an integration', () => {
    expect(isOffDomainFalsePositive({ urgency: 'high', industry: 'hospitality' })).toBe(false);
    expect(isOffDomainFalsePositive({ team_size: 3 })).toBe(true);
    expect(isOffDomainFalsePositive({ integration_needs: ['gmail'] })).toBe(true);
  });

  it('the labelled sets are valid and large enough', () => {
    for (const split of FIXED_SETS) {
      const min = MIN_LINES[split] ?? 60;
      const rows = readFileSync(path.join(repoRoot, 'eval', 'signals', `${split}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(rows.length).toBeGreaterThanOrEqual(min);
      expect(new Set(rows.map((r: { id: string }) => r.id)).size).toBe(rows.length);
      const r = score(rows.map((x: { text: string }) => extractSignals(x.text)), rows.map((x: { expected: object }) => x.expected));
      expect(r.micro.f1).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('use_case and pain_points vocabularies', () => {
  const labelled = FIXED_SETS.flatMap((split) =>
    readFileSync(path.join(repoRoot, 'eval', 'signals', `${split}.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; expected: { use_case?: string | null; pain_points?: string[] } }),
  );
  const readme = readFileSync(path.join(repoRoot, 'lib', 'signals', 'README.md'), 'utf8');
  const tableIds = (heading: string) => {
    const section = readme.split(`## ${heading}`)[1]?.split('\n## ')[0] ?? '';
    return [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
  };

  it.each([
    ['use_case labels', USE_CASE_LABELS, USE_CASE_CUES],
    ['pain_points labels', PAIN_POINT_LABELS, PAIN_CUES],
  ] as const)('%s: the README table, the label list and the cues name the same ids', (heading, labels, cues) => {
    const ids = labels.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(tableIds(heading)).toEqual(ids);
    expect([...new Set(cues.map((c) => c.id))].sort()).toEqual([...ids].sort());
    for (const l of labels) expect(l.id).toMatch(/^[a-z]+(?:_[a-z0-9]+)*$/);
  });

  /** The backticked ids of a README section (or of one list item in it, led by `item`). */
  const sectionIds = (heading: string, item?: string) => {
    let section = readme.split(`## ${heading}`)[1]?.split('\n## ')[0] ?? '';
    if (item !== undefined) section = section.split(`- \`${item}\``)[1]?.split('\n- ')[0] ?? '';
    return [...section.matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]).filter((id) => !['industry', 'integration_needs', 'current_solution'].includes(id));
  };
  const industryIds = [...new Set(INDUSTRY_CUES.flatMap((c) => (c.id === null ? [] : [c.id])))].sort();
  const productIds = (field: string) => [...new Set(PRODUCTS.filter((p) => p.field === field).map((p) => p.id))].sort();

  it('the README lists every industry id and product id the lexicons have, and no other', () => {
    expect(sectionIds('industry ids')).toEqual(industryIds);
    expect(sectionIds('product ids', 'integration_needs')).toEqual(productIds('integration_needs'));
    expect(sectionIds('product ids', 'current_solution')).toEqual(productIds('current_solution'));
  });

  it('the labelled sets use only known industry and product ids', () => {
    const industries = new Set(industryIds);
    const products = new Set(PRODUCTS.map((p) => p.id));
    const bad = labelled.flatMap((r) => {
      const e = r.expected as { industry?: string | null; integration_needs?: string[]; current_solution?: string[] };
      return [
        ...(e.industry && !industries.has(e.industry) ? [`${r.id}: industry ${e.industry}`] : []),
        ...[...(e.integration_needs ?? []), ...(e.current_solution ?? [])].filter((p) => !products.has(p)).map((p) => `${r.id}: product ${p}`),
      ];
    });
    expect(bad).toEqual([]);
  });

  it('the labelled sets use only canonical labels', () => {
    const useIds = new Set(USE_CASE_LABELS.map((l) => l.id));
    const painIds = new Set(PAIN_POINT_LABELS.map((l) => l.id));
    const bad = labelled.flatMap((r) => [
      ...(r.expected.use_case && !useIds.has(r.expected.use_case) ? [`${r.id}: use_case ${r.expected.use_case}`] : []),
      ...(r.expected.pain_points ?? []).filter((p) => !painIds.has(p)).map((p) => `${r.id}: pain ${p}`),
    ]);
    expect(bad).toEqual([]);
  });
});

const offDomain = path.join(CORPUS_DIR, 'off-domain');
const maybe = existsSync(offDomain) ? describe : describe.skip;
if (!existsSync(offDomain)) console.warn(`skipping off-domain false-positive test: ${offDomain} is absent`);

maybe('off-domain corpus (../shared/corpus/off-domain)', () => {
  it('finds a team size, volume or integration in at most 3% of the utterances', () => {
    let n = 0;
    let fp = 0;
    for (const f of readdirSync(offDomain).filter((x) => x.endsWith('.jsonl'))) {
      for (const line of readFileSync(path.join(offDomain, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        n += 1;
        if (isOffDomainFalsePositive(extractSignals((JSON.parse(line) as { text: string }).text))) fp += 1;
      }
    }
    expect(n).toBeGreaterThan(100);
    expect(fp / n).toBeLessThanOrEqual(0.03);
  });
});
