/**
 * Which files a `trialist demo` / `replay` run replays: paths as given (files, folders searched
 * recursively for call files, or a glob in the last path segment such as `calls/*.md` when the
 * shell did not expand it). Extensions are the recorded-call formats' (lib/recorded-call).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** File extensions replay reads: JSON call files, Markdown and plain-text transcripts. */
export const CALL_FILE_EXTENSIONS = ['.json', '.md', '.markdown', '.txt', '.text', '.transcript'] as const;

/** A path argument that matched nothing, with why. */
export interface UnmatchedPath {
  arg: string;
  message: string;
}

const GLOB_CHARS = /[*?[]/;

function isCallFile(name: string): boolean {
  const lower = name.toLowerCase();
  // A folder's README/LICENSE describes the calls; it is not one.
  if (/^(readme|license|licence|notice)(\.|$)/.test(lower)) return false;
  return CALL_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile() && isCallFile(e.name)) out.push(p);
  }
  return out;
}

/** A glob segment (`*`, `?`, `[abc]`) as an anchored regular expression. */
export function globSegmentToRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        const body = segment.slice(i + 1, end).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Expand path arguments into call files, in argument order without duplicates. Files are taken
 * as given (whatever their extension; the parser decides), folders are searched recursively,
 * globs are supported in the last path segment.
 */
export function expandCallPaths(args: readonly string[]): { files: string[]; unmatched: UnmatchedPath[] } {
  const files: string[] = [];
  const unmatched: UnmatchedPath[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const abs = path.resolve(p);
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(p);
    }
  };
  for (const arg of args) {
    let info;
    try {
      info = statSync(arg);
    } catch {
      info = undefined;
    }
    if (info?.isDirectory()) {
      const found = walk(arg);
      if (found.length === 0) unmatched.push({ arg, message: `no call files (${CALL_FILE_EXTENSIONS.join(' ')}) in folder ${arg}` });
      found.forEach(add);
    } else if (info) {
      add(arg);
    } else if (GLOB_CHARS.test(path.basename(arg)) && !GLOB_CHARS.test(path.dirname(arg))) {
      const dir = path.dirname(arg);
      const re = globSegmentToRegExp(path.basename(arg));
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((n) => re.test(n) && statSync(path.join(dir, n)).isFile()).sort();
      } catch {
        names = [];
      }
      if (names.length === 0) unmatched.push({ arg, message: `no files match ${arg}` });
      names.forEach((n) => add(path.join(dir, n)));
    } else {
      unmatched.push({ arg, message: `no such file or folder: ${arg}` });
    }
  }
  return { files, unmatched };
}

/** A path as the user would type it: relative to the working folder when inside it, else absolute. */
export function displayPath(p: string, cwd = process.cwd()): string {
  const r = path.relative(cwd, path.resolve(p));
  if (r === '') return '.';
  return r.startsWith('..') || path.isAbsolute(r) ? path.resolve(p) : r;
}
