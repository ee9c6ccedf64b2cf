/**
 * Retention settings (lib/config/retention.ts): validated so nothing derived outlives the session
 * records, printed as a table by the CDK app, and the score-lead contact switch.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Template } from 'aws-cdk-lib/assertions';
import { DeploymentConfigError, loadDeploymentConfig } from '../lib/config';
import { formatRetentionSummary, formatRetentionTable, retentionRows } from '../lib/config/retention';
import { buildTestApp, cdkJsonContext } from './cdk-helpers';

const from = (ctx: Record<string, unknown>) => loadDeploymentConfig((k) => ctx[k]);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('retention settings', () => {
  it('has a row per retained prefix with the configured days', () => {
    const rows = retentionRows(from({ env: 'prod', retentionCheckpointsDays: '3' }));
    expect(rows.map((r) => [r.prefix, r.days])).toEqual([
      ['sessions/', 730],
      ['scores/', 730],
      ['analysis-llm/', 730],
      ['score-versions/', 365],
      ['checkpoints/', 3],
      ['quarantine/', 90],
      ['curated/', 730],
      ['callers/', 730],
      ['', 30],
    ]);
  });

  it.each([
    [{ retentionScoresDays: 400 }, /retentionScoresDays \(400\) keeps lead scores longer than the session records/],
    [{ retentionCuratedDays: 366 }, /retentionCuratedDays/],
    [{ athenaResultExpiryDays: 500 }, /athenaResultExpiryDays/],
    [{ retentionSessionsDays: 60 }, /sessionsGlacierDays \(90\) must be less than retentionSessionsDays \(60\)/],
    [{ retentionQuarantineDays: 0 }, /retentionQuarantineDays/],
  ])('refuses %j', (ctx, message) => {
    expect(() => from(ctx)).toThrow(DeploymentConfigError);
    expect(() => from(ctx)).toThrow(message);
  });

  it('formats a Markdown table naming each config key', () => {
    const table = formatRetentionTable(from({}));
    expect(table.split('\n')).toHaveLength(11);
    expect(table).toContain('| sessions | `checkpoints/` | in-progress records of running calls | 7 | 7 | `retentionCheckpointsDays` |');
    expect(table).toContain('| sessions | `callers/` | caller index (keyed hash -> session ids) | 365 | 30 | `retentionSessionsDays` |');
    expect(table).toContain('| query-results | `(all)` | Athena query results | 7 | not versioned | `athenaResultExpiryDays` |');
  });

  it("the README's table is the default dev and prod configs' rows", () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain(formatRetentionSummary(from({}), from({ env: 'prod' })));
  });

  it('cdk synth prints the table on stderr', async () => {
    const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
    const outdir = mkdtempSync(path.join(tmpdir(), 'trialist-synth-'));
    const out = await promisify(execFile)(tsx, ['bin/app.ts'], {
      cwd: repoRoot,
      env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify({ ...cdkJsonContext(), env: 'prod', 'aws:cdk:bundling-stacks': [] }) },
      maxBuffer: 64 * 1024 * 1024,
    }).finally(() => rmSync(outdir, { recursive: true, force: true }));
    expect(out.stderr).toContain('Retention (prod):');
    expect(out.stderr).toContain(formatRetentionTable(from({ env: 'prod' })));
  }, 120_000);
});

describe('alert contact switch', () => {
  it('sets ALERT_CONTACT=off on score-lead when alertContact is false, and the phone-hash secret is generated', () => {
    const { stacks } = buildTestApp({ context: { alertContact: 'false' } });
    const fn = Object.values(Template.fromStack(stacks.pipeline).findResources('AWS::Lambda::Function')).find((f) =>
      JSON.stringify(f.Properties.Environment ?? {}).includes('HOT_LEADS_TOPIC_ARN'),
    )!;
    expect(fn.Properties.Environment.Variables.ALERT_CONTACT).toBe('off');
    Template.fromStack(stacks.secrets).hasResourceProperties('AWS::SecretsManager::Secret', {
      Name: 'trialist/dev/phone-hash',
      GenerateSecretString: { GenerateStringKey: 'current', SecretStringTemplate: '{"current_id":"k1"}', ExcludePunctuation: true, PasswordLength: 64 },
    });
  });
});
