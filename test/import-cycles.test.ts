/**
 * No import cycle in the repository's TypeScript (dependency-cruiser's `circular` rule over every
 * source folder, type-only imports included: a loop through `import type` still ties two modules
 * together). A planted two-file loop checks that the same cruise finds one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';

/** Every folder of the repository that holds TypeScript sources. */
const SOURCE_FOLDERS = ['agent-container/src', 'bench', 'bin', 'eval', 'lambdas', 'lib', 'test'];

const OPTIONS: ICruiseOptions = {
  validate: true,
  ruleSet: { forbidden: [{ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } }] },
  doNotFollow: { path: 'node_modules' },
  exclude: { path: '(^|/)(node_modules|cdk\\.out)/' },
  tsPreCompilationDeps: true,
  tsConfig: { fileName: 'tsconfig.json' },
};

async function cycles(folders: string[]): Promise<{ modules: string[]; loops: string[] }> {
  const { output } = await cruise(folders, OPTIONS);
  const result = output as ICruiseResult;
  const loops = result.summary.violations.map((v) => [v.from, ...(v.cycle ?? []).map((c) => c.name)].join(' -> '));
  return { modules: result.modules.map((m) => m.source), loops };
}

test('the repository has no import cycle', async () => {
  const { modules, loops } = await cycles(SOURCE_FOLDERS);
  // it read the sources (not an empty folder list): the Lambda entries and the bench are in the graph
  expect(modules).toEqual(expect.arrayContaining(['lambdas/score-lead/index.ts', 'bench/bundles.ts', 'lib/bucket-layout.ts']));
  expect(loops).toEqual([]);
});

test('a loop through a type-only import is found', async () => {
  mkdirSync(path.resolve('.local'), { recursive: true });
  const dir = mkdtempSync(path.join(path.resolve('.local'), 'cycle-'));
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = { b?: B };\n");
    writeFileSync(path.join(dir, 'b.ts'), "import type { A } from './a';\nexport type B = { a?: A };\n");
    const { loops } = await cycles([path.relative(process.cwd(), dir)]);
    expect(loops.length).toBeGreaterThan(0);
    expect(loops[0]).toMatch(/a\.ts -> .*b\.ts -> .*a\.ts|b\.ts -> .*a\.ts -> .*b\.ts/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
