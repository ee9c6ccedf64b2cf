/**
 * The agent image's final (runtime) stage, read from agent-container/Dockerfile: it must install the
 * system CA bundle (LiveKit's native SDK verifies TLS against /etc/ssl/certs; without it
 * ctx.connect() fails while the health check stays green), run as a non-root user and have a
 * health check. No Docker engine is needed: the Dockerfile is parsed as text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions (continuation lines joined, comments dropped) split into stages at FROM. */
function stagesOf(text: string): Instruction[][] {
  const joined = text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n/g, ' ');
  const stages: Instruction[][] = [];
  for (const line of joined.split('\n')) {
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const ins = { keyword: m[1]!.toUpperCase(), args: m[2]!.trim() };
    if (ins.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(ins);
  }
  return stages;
}

/** Checks on the runtime stage; returns what is wrong ([] when all is well). */
function runtimeProblems(text: string): string[] {
  const stage = stagesOf(text).at(-1) ?? [];
  const problems: string[] = [];
  const installsCa = stage.some((i) => i.keyword === 'RUN' && /\bapt-get\s+install\b[^&;|]*\bca-certificates\b/.test(i.args));
  if (!installsCa) problems.push('runtime stage does not apt-get install ca-certificates');
  const users = stage.filter((i) => i.keyword === 'USER');
  const lastUser = users.at(-1)?.args.split(':')[0];
  if (!lastUser || lastUser === 'root' || lastUser === '0') problems.push('runtime stage does not switch to a non-root USER');
  const cmdAt = stage.findIndex((i) => i.keyword === 'CMD');
  const userAt = stage.lastIndexOf(users.at(-1)!);
  if (cmdAt >= 0 && userAt > cmdAt) problems.push('USER comes after CMD');
  const hc = stage.find((i) => i.keyword === 'HEALTHCHECK');
  if (!hc || /^NONE\b/i.test(hc.args)) problems.push('runtime stage has no HEALTHCHECK');
  return problems;
}

const dockerfile = readFileSync(fileURLToPath(new URL('../agent-container/Dockerfile', import.meta.url)), 'utf8');

describe('agent-container/Dockerfile runtime stage', () => {
  it('installs ca-certificates, runs as a non-root user and has a health check', () => {
    expect(stagesOf(dockerfile).length).toBeGreaterThanOrEqual(2);
    expect(runtimeProblems(dockerfile)).toEqual([]);
  });

  it('the checks catch a runtime stage without the CA bundle, the user or the health check', () => {
    const build = 'FROM node:22-bookworm-slim AS build\nRUN apt-get update && apt-get install -y ca-certificates\n';
    expect(runtimeProblems(`${build}FROM node:22-bookworm-slim\nCMD ["node"]\n`)).toEqual([
      'runtime stage does not apt-get install ca-certificates',
      'runtime stage does not switch to a non-root USER',
      'runtime stage has no HEALTHCHECK',
    ]);
    // the real file with each line removed in turn
    const without = (re: RegExp) => dockerfile.replace(re, '');
    expect(runtimeProblems(without(/ca-certificates/g))).toContain('runtime stage does not apt-get install ca-certificates');
    expect(runtimeProblems(without(/^USER .*$/m))).toContain('runtime stage does not switch to a non-root USER');
    expect(runtimeProblems(dockerfile.replace(/^USER .*$/m, 'USER root'))).toContain('runtime stage does not switch to a non-root USER');
    expect(runtimeProblems(without(/^HEALTHCHECK[^\n]*\\\n[^\n]*$/m))).toContain('runtime stage has no HEALTHCHECK');
  });
});
