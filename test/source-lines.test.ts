/**
 * No source line in lib/ is over 200 characters: long lines hide vocabularies and rules that
 * belong in data files, and make review and merges hard.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Longest source line allowed, characters. */
const MAX_LINE = 200;
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs)$/;
/** `file:line: length` for every source line under `root` longer than `max`, skipping `skip` folders (paths as given). */
function longLines(root: string, skip: readonly string[] = [], max = MAX_LINE): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!skip.includes(p)) walk(p);
      } else if (SOURCE.test(e.name)) {
        readFileSync(p, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (line.length > max) out.push(`${p}:${i + 1}: ${line.length}`);
          });
      }
    }
  };
  walk(root);
  return out;
}

test(`no source line in lib/ is over ${MAX_LINE} characters`, () => {
  expect(longLines('lib')).toEqual([]);
});

test('a line one character over the limit is reported with its file and line; folders can be skipped', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'trialist-lines-'));
  try {
    mkdirSync(path.join(root, 'skipped'));
    writeFileSync(path.join(root, 'ok.ts'), `${'a'.repeat(MAX_LINE)}\n`);
    writeFileSync(path.join(root, 'long.ts'), `const x = 1;\n${'b'.repeat(MAX_LINE + 1)}\n`);
    writeFileSync(path.join(root, 'data.json'), `${'c'.repeat(MAX_LINE + 1)}\n`);
    writeFileSync(path.join(root, 'skipped', 'long.ts'), `${'d'.repeat(MAX_LINE + 1)}\n`);
    expect(longLines(root, [path.join(root, 'skipped')])).toEqual([`${path.join(root, 'long.ts')}:2: ${MAX_LINE + 1}`]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
