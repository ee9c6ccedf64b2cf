import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { describeIssues, parseOrThrow, SchemaError } from '../lib/validation';
import { parseSessionRecord, SessionRecordError } from '../lib/session-record';
import { parseLeadScore, LeadScoreError } from '../lib/scoring';

const Doc = z.object({ a: z.number(), b: z.object({ c: z.string() }) });

describe('schema validation errors', () => {
  it('describes every issue by its path, (root) for the document itself', () => {
    const r = Doc.safeParse({ a: 'x', b: { c: 1 } });
    expect(r.success).toBe(false);
    if (!r.success) expect(describeIssues(r.error)).toEqual([expect.stringMatching(/^a: /), expect.stringMatching(/^b\.c: /)]);
    const root = Doc.safeParse(7);
    if (!root.success) expect(describeIssues(root.error)[0]).toMatch(/^\(root\): /);
  });

  it('returns the parsed value or throws the given subclass with all issues and the first five in the message', () => {
    expect(parseOrThrow(Doc, { a: 1, b: { c: 'ok' } }, 'doc')).toEqual({ a: 1, b: { c: 'ok' } });
    class DocError extends SchemaError {
      override name = 'DocError';
    }
    const Wide = z.object(Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`f${i}`, z.string()])));
    try {
      parseOrThrow(Wide, {}, 'wide doc', DocError);
      throw new Error('expected DocError');
    } catch (e) {
      expect(e).toBeInstanceOf(DocError);
      expect((e as DocError).name).toBe('DocError');
      expect((e as DocError).issues).toHaveLength(7);
      expect((e as DocError).message).toMatch(/^invalid wide doc: f0: .*f4: /);
      expect((e as DocError).message).not.toMatch(/f5/);
    }
  });

  it('keeps the domain error classes distinct', () => {
    expect(() => parseSessionRecord({})).toThrow(SessionRecordError);
    expect(() => parseLeadScore({})).toThrow(LeadScoreError);
    expect(() => parseLeadScore({})).toThrow(/invalid lead score/);
  });

  it('reads in English where only zod/mini is loaded (as in the Lambda bundles; zod/mini loads no locale by itself)', () => {
    // a fresh process: this test file imports classic zod, which would load the English locale for everyone
    const script = `import { parseSessionRecord } from './lib/session-record';
import { makeRecord } from './test/fixtures';
try { parseSessionRecord({ ...makeRecord(), duration_seconds: -1, session_id: undefined }); } catch (e) { process.stdout.write(e.message); }`;
    const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const out = execFileSync(path.join(repo, 'node_modules', '.bin', 'tsx'), ['--eval', script], { cwd: repo, encoding: 'utf8' });
    expect(out).toMatch(/duration_seconds: Too small: expected number to be >=0/);
    expect(out).toMatch(/session_id: Invalid input: expected string, received undefined/);
  });
});
