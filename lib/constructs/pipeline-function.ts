/**
 * One post-call Lambda: Node.js 22 on ARM64, its code built by the local esbuild with the same
 * options and checks as `npm run bench` measures (lib/build/lambda-bundle.ts: `index.mjs` plus
 * lazily loaded `chunks/`, no Docker), with its own log group (retention) and its own role that
 * can write only to that log group; callers grant everything else the function touches explicitly.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeScopedWildcards } from './nag';
import { bundleLambdaSync } from '../build/lambda-bundle';

/** The repository root (where package-lock.json and lambdas/ live). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Props of {@link PipelineFunction}. */
export interface PipelineFunctionProps {
  /** Folder under `lambdas/` holding `index.ts` that exports `handler`. */
  entryDir: string;
  /** Powertools service name (POWERTOOLS_SERVICE_NAME). */
  serviceName: string;
  description: string;
  environment?: Record<string, string>;
  /** Timeout in seconds (default 30). */
  timeoutSeconds?: number;
  /** Memory in MB (default 512). */
  memorySize?: number;
  logRetention: logs.RetentionDays;
  tracing: boolean;
}

/**
 * The asset of `lambdas/<entryDir>/index.ts`: bundled on this machine by `bundleLambdaSync` when the
 * stack is synthesized (the Docker image named is never pulled: local bundling always succeeds or
 * throws), hashed by its output so an unchanged bundle is not uploaded again.
 */
function lambdaCode(entryDir: string): lambda.Code {
  const source = path.join(REPO_ROOT, 'lambdas', entryDir);
  return lambda.Code.fromAsset(source, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('trialist-local-esbuild-only'),
      local: {
        tryBundle(outputDir: string): boolean {
          bundleLambdaSync(path.join(source, 'index.ts'), path.join(outputDir, 'index.mjs'));
          return true;
        },
      },
    },
  });
}

export class PipelineFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.serviceName}: own log group only; other access granted per resource`,
    });
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn, `${this.logGroup.logGroupArn}:log-stream:*`],
      }),
    );

    this.function = new lambda.Function(this, 'Function', {
      code: lambdaCode(props.entryDir),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      description: props.description,
      memorySize: props.memorySize ?? 512,
      timeout: Duration.seconds(props.timeoutSeconds ?? 30),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      tracing: props.tracing ? lambda.Tracing.ACTIVE : lambda.Tracing.DISABLED,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: 'Trialist',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
    });
    acknowledgeScopedWildcards(this.role, {
      suffix: ':log-stream:*',
      reason: 'Lambda names its log streams at run time; the grant covers only the streams of this function\'s own log group.',
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'The handlers are built (esbuild target node22) and tested for Node.js 22, an AWS-supported LTS runtime; moving to a newer one is a deliberate upgrade.',
    });
    if (props.tracing) {
      Validations.of(this.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions, so active tracing needs "*".',
      });
    }
  }
}
