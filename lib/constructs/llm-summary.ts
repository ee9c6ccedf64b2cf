/**
 * llm-summary (optional; only when the deploy config names `bedrockModelId`): a second target of
 * crm-sync's rule on `scores/`, so every scored call also goes to a function that asks one Amazon
 * Bedrock model for the call analysis (lib/analysis/llm) and stores it under `analysis-llm/`.
 * Its role may invoke that one model and nothing else (bedrock:InvokeModel, which the Converse API
 * needs): the foundation-model ARN in the stack's region, or, for a cross-region inference profile
 * (`us.`, `eu.`, `global.`...), the profile's ARN plus the model in the regions the profile routes
 * to, only through that profile (condition `bedrock:InferenceProfileArn`), as the Bedrock user guide
 * documents for inference profiles. Failed invocations land in the returned dead-letter queue.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ANALYSIS_LLM_PREFIX } from '../bucket-layout';
import { EventConsumer } from './event-consumer';
import { grantObjectAccess } from './grants';
import { PipelineFunction } from './pipeline-function';

/** Geography prefixes of Bedrock's cross-region inference profile ids. */
const PROFILE_PREFIX = /^(us|eu|apac|jp|au|ca|us-gov|global)\./;

/** Props of {@link LlmSummary}. */
export interface LlmSummaryProps {
  /** The Bedrock model or inference profile id (config `bedrockModelId`). */
  modelId: string;
  sessionBucket: s3.IBucket;
  dataKey: kms.IKey;
  /** `scores/` and `sessions/` (from lib/stacks/names.ts). */
  scoresPrefix: string;
  sessionsPrefix: string;
  /** The rule on new objects under `scores/` (crm-sync's): this function is one more target. */
  scoreWrittenRule: events.Rule;
  message: events.RuleTargetInput;
  deliveryDeadLetterQueue: sqs.IQueue;
  logRetention: logs.RetentionDays;
  tracing: boolean;
}

/** The InvokeModel statements for one model id (see the module comment). */
export function bedrockInvokeStatements(stack: Stack, modelId: string): iam.PolicyStatement[] {
  const { partition, region, account } = stack;
  const profile = PROFILE_PREFIX.exec(modelId);
  if (!profile) return [new iam.PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [`arn:${partition}:bedrock:${region}::foundation-model/${modelId}`] })];
  const profileArn = `arn:${partition}:bedrock:${region}:${account}:inference-profile/${modelId}`;
  return [
    new iam.PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [profileArn] }),
    new iam.PolicyStatement({
      actions: ['bedrock:InvokeModel'],
      resources: [`arn:${partition}:bedrock:*::foundation-model/${modelId.slice(profile[0].length)}`],
      conditions: { StringEquals: { 'bedrock:InferenceProfileArn': profileArn } },
    }),
  ];
}

/** The llm-summary function, its Bedrock and S3 grants, and its place on the scores rule (see the module comment). */
export class LlmSummary extends Construct {
  readonly function: PipelineFunction;
  /** Invocations that failed after all retries. */
  readonly deadLetterQueue: sqs.IQueue;

  constructor(scope: Construct, id: string, props: LlmSummaryProps) {
    super(scope, id);
    this.function = new PipelineFunction(this, 'Function', {
      entryDir: 'llm-summary',
      serviceName: 'llm-summary',
      description: `Asks Bedrock (${props.modelId}) for each scored call's analysis and stores it under ${ANALYSIS_LLM_PREFIX}`,
      environment: { BEDROCK_MODEL_ID: props.modelId },
      timeoutSeconds: 120,
      logRetention: props.logRetention,
      tracing: props.tracing,
    });
    // two at a time: within Bedrock's per-minute on-demand quotas; the rest wait in Lambda's async queue
    (this.function.function.node.defaultChild as { reservedConcurrentExecutions?: number }).reservedConcurrentExecutions = 2;
    for (const s of bedrockInvokeStatements(Stack.of(this), props.modelId)) this.function.role.addToPrincipalPolicy(s);
    if (PROFILE_PREFIX.test(props.modelId)) {
      const base = props.modelId.replace(PROFILE_PREFIX, '');
      Validations.of(this.function.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:bedrock:*::foundation-model/${base}]`,
        reason: 'A cross-region inference profile routes to this one model in several regions; the statement only applies through that profile (bedrock:InferenceProfileArn).',
      });
    }
    grantObjectAccess(this.function.role, {
      bucket: props.sessionBucket,
      key: props.dataKey,
      read: [props.scoresPrefix, props.sessionsPrefix, ANALYSIS_LLM_PREFIX],
      write: [ANALYSIS_LLM_PREFIX],
      list: [ANALYSIS_LLM_PREFIX],
    });
    const consumer = new EventConsumer(this, 'Consumer', {
      rule: props.scoreWrittenRule,
      consumer: this.function.function,
      message: props.message,
      deliveryDeadLetterQueue: props.deliveryDeadLetterQueue,
    });
    this.deadLetterQueue = consumer.failureQueue;
  }
}
