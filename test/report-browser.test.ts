/**
 * `trialist report` in a real headless browser (Debian's chromium through playwright-core): the
 * self-contained page loads from a file with no network, logs no console error, and every chart
 * renders a non-empty SVG; a screenshot goes to .local/report-test/report.png. Skips, saying why,
 * when no chromium is installed (.ci/run installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateSessions } from '../bench/generate';
import { analysisOf } from '../lib/analysis/record';
import { namedQuery, rangeParams } from '../lib/analytics/named-queries';
import { localLayout, objectFile, openLocalLake } from '../lib/local';
import { rebuildCuratedDays } from '../lib/local/compact';
import { buildReport, REPORT_CHARTS } from '../lib/report/report';
import { encodeLeadScore, scoreKey, scoreLead } from '../lib/scoring';
import { encodeSessionRecord, sessionKey } from '../lib/session-record';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) process.stdout.write(`report browser test skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
const maybe = haveBrowser ? test : test.skip;

const root = mkdtempSync(path.join(tmpdir(), 'trialist-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(dir: string, key: string, bytes: Buffer): void {
  const file = objectFile(localLayout(dir), key);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

test('the report embeds its charting library and data: no external URL is loaded', async () => {
  const { html } = await buildReport(async () => ({ columns: [], rows: [] }), { range: {} });
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  expect(html).toContain('echarts.init');
  for (const c of REPORT_CHARTS) expect(html).toContain(`${c.id}-empty`);
});

maybe(
  'every chart renders a non-empty SVG in headless chromium, with no console error',
  async () => {
    const dir = path.join(root, 'lake');
    // every third caller raises an objection, so the objections chart has data; analysis as score-lead stores it
    const OBJECTIONS = ['Honestly that sounds too expensive for us.', 'We are in a hiring freeze until next quarter.'];
    const records = generateSessions(11, 40, { firstDay: '2026-11-02', days: 5, exchanges: 8 }).map((r, i) => {
      if (i % 3 !== 0) return r;
      const at = r.transcript.length;
      const extra = [
        { turn_index: at, role: 'user' as const, text: OBJECTIONS[i % 2]!, start_ms: at * 1000, end_ms: at * 1000 + 900, interrupted: false },
        { turn_index: at + 1, role: 'agent' as const, text: 'I understand. Most teams recover that in the first month.', start_ms: at * 1000 + 1000, end_ms: at * 1000 + 1900, interrupted: false },
        { turn_index: at + 2, role: 'user' as const, text: 'Okay, that makes sense.', start_ms: at * 1000 + 2000, end_ms: at * 1000 + 2900, interrupted: false },
      ];
      const withTurns = { ...r, transcript: [...r.transcript, ...extra] };
      return { ...withTurns, analysis: analysisOf(withTurns)! };
    });
    expect(records.filter((r) => (r.analysis?.objections.length ?? 0) > 0).length).toBeGreaterThan(5);
    for (const r of records) {
      put(dir, sessionKey(r.session_id, r.started_at), encodeSessionRecord(r));
      const s = scoreLead(r, undefined, new Date('2026-11-10T00:00:00.000Z'));
      put(dir, scoreKey(s), encodeLeadScore(s));
    }
    await rebuildCuratedDays({ directory: dir, days: [...new Set(records.map((r) => r.started_at.slice(0, 10)))] });
    const lake = await openLocalLake({ directory: dir, readOnly: true });
    let html: string;
    try {
      const built = await buildReport((q, range) => lake.run(namedQuery(q).sql, rangeParams(namedQuery(q), range)), { range: { from: '2026-11-01', to: '2026-11-30' } });
      html = built.html;
      for (const c of REPORT_CHARTS) expect({ chart: c.id, hasRows: built.rows[c.id]! > 0 }).toEqual({ chart: c.id, hasRows: true });
    } finally {
      lake.close();
    }
    const outDir = path.resolve('.local', 'report-test');
    mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, 'report.html');
    writeFileSync(file, html);

    const { chromium } = await import('playwright-core');
    const userDataDir = mkdtempSync(path.join(root, 'chromium-profile-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 1800 },
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      page.on('pageerror', (e) => void errors.push(e.message));
      page.on('request', (r) => void (!r.url().startsWith('file:') && requests.push(r.url())));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const shapes = await page.$$eval('[data-chart]', (els) => els.map((el) => ({ id: el.id, svg: el.querySelectorAll('svg').length, marks: el.querySelectorAll('svg path, svg rect').length })));
      expect(shapes.map((s) => s.id)).toEqual(REPORT_CHARTS.map((c) => c.id));
      for (const s of shapes) {
        expect(s.svg).toBeGreaterThan(0);
        expect(s.marks).toBeGreaterThan(3);
      }
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.screenshot({ path: path.join(outDir, 'report.png'), fullPage: true });
      expect(existsSync(path.join(outDir, 'report.png'))).toBe(true);
    } finally {
      await context.close();
    }
  },
  120_000,
);
