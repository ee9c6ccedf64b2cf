/**
 * Shared set-up of the CDK tests: an App with cdk.json's context (feature flags) and the
 * trialist stacks built from a validated config. Bundling of the Lambdas is skipped unless asked
 * for (`bundle: true`), since the per-stack assertions do not need the bundles.
 */
import { App } from 'aws-cdk-lib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDeploymentConfig, type DeploymentConfig } from '../lib/config';
import { buildTrialistApp, type TrialistStacks } from '../lib/stacks';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The `context` block of cdk.json (feature flags and the default env). */
export function cdkJsonContext(): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(REPO, 'cdk.json'), 'utf8')).context;
}

export interface TestAppOptions {
  /** Context overrides (e.g. `{ env: 'prod', natGateways: 1 }`). */
  context?: Record<string, unknown>;
  /** Run esbuild for the Lambdas (slow); default false. */
  bundle?: boolean;
  nag?: boolean;
  outdir?: string;
}

/** Build every stack of one environment the way bin/app.ts does. */
export function buildTestApp(options: TestAppOptions = {}): { app: App; stacks: TrialistStacks; config: DeploymentConfig } {
  const context: Record<string, unknown> = { ...cdkJsonContext(), ...options.context };
  if (!options.bundle) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ context, outdir: options.outdir });
  const config = loadDeploymentConfig((k) => app.node.tryGetContext(k));
  const stacks = buildTrialistApp(app, config, { nag: options.nag ?? false });
  return { app, stacks, config };
}

type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

/** Every Allow statement of every IAM policy (inline or attached) in a template. */
export function allowStatements(template: { Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }> }): Statement[] {
  const out: Statement[] = [];
  for (const r of Object.values(template.Resources ?? {})) {
    const docs: unknown[] = [];
    if (r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy') docs.push(r.Properties?.PolicyDocument);
    if (r.Type === 'AWS::IAM::Role') for (const p of (r.Properties?.Policies as { PolicyDocument: unknown }[]) ?? []) docs.push(p.PolicyDocument);
    for (const d of docs) for (const s of ((d as { Statement: Statement[] }).Statement ?? [])) if (s.Effect === 'Allow') out.push(s);
  }
  return out;
}

export function actionsOf(s: Statement): string[] {
  return Array.isArray(s.Action) ? s.Action : [s.Action];
}
