/**
 * cdk-nag (v3) for trialist: the AwsSolutions pack, plus acknowledgements of IAM5 findings that
 * are wildcards *by construction* (object keys under one S3 prefix, log streams of one log group).
 *
 * Why this exists: cdk-nag v3 names each wildcard finding by its flattened resource, e.g.
 * `AwsSolutions-IAM5[Resource::dev-Trialist-Storage:ExportsOutput...Arn.../sessions/*]`; the
 * export name only exists once the app is synthesized. Constructs therefore mark the statements
 * they scoped on purpose ({@link acknowledgeScopedWildcards}); {@link TrialistNagChecks} resolves
 * those marks into exact acknowledgements right before AwsSolutionsChecks runs. Any other
 * wildcard, and every other rule, still has to be acknowledged by hand or fixed.
 */
import { CfnResource, Stack, Validations, type IPolicyValidationContext, type IPolicyValidationPlugin, type PolicyValidationPluginReport } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import type { IConstruct } from 'constructs';

const MARK = 'trialist:scoped-wildcards';

/** One deliberate wildcard: resources whose flattened ARN ends with `suffix`, and why. */
export interface ScopedWildcard {
  /** e.g. `/sessions/*` or `:log-stream:*`. */
  suffix: string;
  /** One sentence: why this wildcard is the narrowest grant that works. */
  reason: string;
}

/**
 * Mark the policies under `scope` (a role, a policy) as holding deliberate resource wildcards.
 * Only `Resource::...` findings ending in one of the suffixes are acknowledged, never actions.
 */
export function acknowledgeScopedWildcards(scope: IConstruct, ...wildcards: ScopedWildcard[]): void {
  for (const w of wildcards) {
    if (!w.suffix.endsWith('*') || w.suffix.length < 3) throw new Error(`scoped wildcard suffix must end with * and name a scope: ${w.suffix}`);
    if (!w.reason.trim()) throw new Error('a scoped wildcard needs a reason');
  }
  scope.node.addMetadata(MARK, wildcards);
}

function policyDocuments(resource: CfnResource): unknown[] {
  const stack = Stack.of(resource);
  if (resource instanceof iam.CfnPolicy || resource instanceof iam.CfnManagedPolicy) return [stack.resolve(resource.policyDocument)];
  if (resource instanceof iam.CfnRole) {
    const policies = (stack.resolve(resource.policies) ?? []) as { policyDocument?: unknown; PolicyDocument?: unknown }[];
    return policies.map((p) => stack.resolve(p.policyDocument ?? p.PolicyDocument));
  }
  return [];
}

function marksOf(resource: IConstruct): ScopedWildcard[] {
  const out: ScopedWildcard[] = [];
  for (let c: IConstruct | undefined = resource; c; c = c.node.scope) {
    for (const m of c.node.metadata) if (m.type === MARK) out.push(...(m.data as ScopedWildcard[]));
  }
  return out;
}

/** Acknowledge every marked wildcard resource in the (already prepared) construct tree. */
export function resolveScopedWildcardAcknowledgements(root: IConstruct): number {
  let count = 0;
  for (const c of root.node.findAll()) {
    if (!CfnResource.isCfnResource(c)) continue;
    const marks = marksOf(c);
    if (marks.length === 0) continue;
    for (const doc of policyDocuments(c)) {
      const statements = ((doc as { Statement?: unknown[] })?.Statement ?? []) as { Effect?: string; Resource?: unknown }[];
      for (const s of statements) {
        if (s.Effect !== 'Allow') continue;
        const resources = Array.isArray(s.Resource) ? s.Resource : [s.Resource];
        for (const r of resources) {
          const flat = flattenCfnReference(r);
          if (!flat.includes('*')) continue;
          const mark = marks.find((m) => flat.endsWith(m.suffix) && !flat.slice(0, -m.suffix.length).includes('*'));
          if (!mark) continue;
          Validations.of(c).acknowledge({ id: `AwsSolutions-IAM5[Resource::${flat}]`, reason: mark.reason });
          count++;
        }
      }
    }
  }
  return count;
}

/**
 * AwsSolutionsChecks with the scoped-wildcard marks resolved first. Register it like the pack
 * itself: `Validations.of(app).addPlugins(new TrialistNagChecks(app))`.
 */
export class TrialistNagChecks implements IPolicyValidationPlugin {
  readonly name: string;
  readonly version?: string;
  private readonly pack: AwsSolutionsChecks;

  constructor(scope: IConstruct, props: { verbose?: boolean } = {}) {
    this.pack = new AwsSolutionsChecks(scope, { verbose: props.verbose ?? false });
    this.name = this.pack.name;
    this.version = this.pack.version;
  }

  validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const app = (context as IPolicyValidationContext & { appConstruct?: IConstruct }).appConstruct;
    if (!app) throw new Error('TrialistNagChecks needs the construct tree on the validation context (aws-cdk-lib >= 2.262)');
    resolveScopedWildcardAcknowledgements(app);
    return this.pack.validate(context);
  }
}
