// Bundle the agent worker for its container image: agent-container/dist/main.js (our code and
// lib/ inlined, npm packages left external) and agent-container/dist/package.json listing exactly
// the packages the bundle imports, at the versions the root package.json pins. The image then
// installs only those with `npm install --omit=dev` against the root package-lock.json.
// Usage (repository root): node agent-container/build.mjs
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const outdir = path.join(here, 'dist');
mkdirSync(outdir, { recursive: true });

const result = await build({
  entryPoints: [path.join(here, 'src', 'main.ts')],
  outfile: path.join(outdir, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; node: builtins are dropped. */
const packageOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const rootPkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const imported = new Set();
for (const output of Object.values(result.metafile.outputs)) {
  for (const imp of output.imports) {
    if (imp.external && !imp.path.startsWith('node:')) imported.add(packageOf(imp.path));
  }
}
// loaded at run time only where the deployment supports it (src/noise-cancellation.ts): shipped when installed
for (const optional of ['@livekit/noise-cancellation-node']) if (rootPkg.dependencies?.[optional]) imported.add(optional);
const dependencies = {};
for (const name of [...imported].sort()) {
  const version = rootPkg.dependencies?.[name];
  if (!version) throw new Error(`the agent bundle imports ${name}, which is not a production dependency in package.json`);
  dependencies[name] = version;
}
writeFileSync(
  path.join(outdir, 'package.json'),
  `${JSON.stringify({ name: 'trialist-agent', version: rootPkg.version, private: true, type: 'module', main: 'main.js', engines: { node: '>=22' }, dependencies }, null, 2)}\n`,
);
console.log(`agent bundle: ${path.relative(root, path.join(outdir, 'main.js'))}; runtime packages: ${Object.keys(dependencies).join(', ')}`);
