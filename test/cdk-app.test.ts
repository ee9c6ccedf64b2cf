/**
 * The whole app as `npx cdk synth` builds it: every stack, Lambdas bundled by the local esbuild,
 * cdk-nag AwsSolutionsChecks run by the CDK's policy validation (synth throws on any finding).
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acknowledgeScopedWildcards, TrialistNagChecks } from '../lib/constructs/nag';
import { buildTestApp } from './cdk-helpers';

const outdirs: string[] = [];
const tmpOut = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'trialist-cdk-'));
  outdirs.push(d);
  return d;
};
afterAll(() => outdirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the trialist CDK app', () => {
  let outdir: string;
  let synthError: unknown;
  beforeAll(() => {
    outdir = tmpOut();
    try {
      buildTestApp({ bundle: true, nag: true, outdir }).app.synth();
    } catch (e) {
      synthError = e;
    }
  });

  it('synthesizes every stack with cdk-nag AwsSolutions reporting no unacknowledged finding', () => {
    expect(synthError).toBeUndefined();
    const templates = readdirSync(outdir).filter((f) => f.endsWith('.template.json')).sort();
    expect(templates).toEqual([
      'dev-Trialist-AgentService.template.json',
      'dev-Trialist-Analytics.template.json',
      'dev-Trialist-Observability.template.json',
      'dev-Trialist-Pipeline.template.json',
      'dev-Trialist-Secrets.template.json',
      'dev-Trialist-Storage.template.json',
    ]);
  });

  it('bundles each Lambda with the local esbuild into an ESM index.mjs (chunks beside it)', () => {
    const assets = JSON.parse(readFileSync(path.join(outdir, 'dev-Trialist-Pipeline.assets.json'), 'utf8')).files as Record<string, { source: { path: string } }>;
    const bundles = Object.values(assets)
      .map((a) => path.join(outdir, a.source.path, 'index.mjs'))
      .filter((p) => existsSync(p));
    expect(bundles).toHaveLength(7); // score-lead, partition-register, slack-notify, crm-sync, reconciliation's two, compact
    for (const b of bundles) {
      expect(statSync(b).size).toBeGreaterThan(10_000);
      const head = readFileSync(b, 'utf8').slice(0, 400);
      expect(head).toContain('createRequire');
    }
  });

  it('stages the agent image from the repository root with its Dockerfile and ignore list only', () => {
    const assets = JSON.parse(readFileSync(path.join(outdir, 'dev-Trialist-AgentService.assets.json'), 'utf8'));
    const images = Object.values(assets.dockerImages) as { source: { directory: string; dockerFile: string; platform: string } }[];
    expect(images).toHaveLength(1);
    const { source } = images[0]!;
    expect(source.dockerFile).toBe('agent-container/Dockerfile');
    expect(source.platform).toBe('linux/arm64');
    const staged = readdirSync(path.join(outdir, source.directory)).sort();
    expect(staged).toEqual(expect.arrayContaining(['agent-container', 'lib', 'package-lock.json', 'package.json']));
    expect(staged).not.toContain('node_modules');
    expect(staged).not.toContain('.local');
    expect(readdirSync(path.join(outdir, source.directory, 'agent-container'))).toContain('Dockerfile');
  });

  it('names no account, region or bucket in any template', () => {
    for (const f of readdirSync(outdir).filter((n) => n.endsWith('.template.json'))) {
      const text = readFileSync(path.join(outdir, f), 'utf8');
      expect(text).not.toMatch(/\b\d{12}\b/);
      expect(text).not.toMatch(/"(us|eu|ap|sa|ca|me|af)-[a-z]+-\d"/);
      expect(text).not.toMatch(/"BucketName"\s*:\s*"/);
    }
  });
});

describe('TrialistNagChecks', () => {
  const synthWith = (build: (stack: Stack) => void) => {
    const app = new App({ outdir: tmpOut() });
    const stack = new Stack(app, 'NagProbe');
    build(stack);
    Validations.of(app).addPlugins(new TrialistNagChecks(app));
    return () => app.synth();
  };

  it('fails synthesis on an insecure bucket', () => {
    expect(synthWith((stack) => new s3.Bucket(stack, 'Open'))).toThrow(/AwsSolutions-S1/);
  });

  it('acknowledges only the marked prefix wildcard, not other wildcards on the same role', () => {
    const build = (extra: boolean) => (stack: Stack) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::probe/sessions/*'] }));
      if (extra) role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::probe/*'] }));
      acknowledgeScopedWildcards(role, { suffix: '/sessions/*', reason: 'Object keys under one prefix are not known in advance.' });
    };
    expect(synthWith(build(false))).not.toThrow();
    expect(synthWith(build(true))).toThrow(/AwsSolutions-IAM5\[Resource::arn:aws:s3:::probe\/\*\]/);
  });
});
