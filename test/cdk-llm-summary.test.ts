/**
 * The optional llm-summary function in the CDK app: absent by default; with `bedrockModelId`, a
 * second target of the scores rule whose role may invoke that one model only, write only under
 * `analysis-llm/`, with a dead-letter queue and alarms, and cdk-nag AwsSolutions clean.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeploymentConfigError, loadDeploymentConfig } from '../lib/config';
import { actionsOf, allowStatements, buildTestApp } from './cdk-helpers';

const PROFILE = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const fnOf = (t: Template, service: string) =>
  Object.values(t.findResources('AWS::Lambda::Function')).find((f) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === service);
const bedrockStatements = (t: Template) => allowStatements(t.toJSON()).filter((s) => actionsOf(s).some((a) => a.startsWith('bedrock:')));

describe('llm-summary deployment', () => {
  it('is off by default: no function, no Bedrock permission anywhere', () => {
    const { stacks, config } = buildTestApp();
    expect(config.bedrockModelId).toBeUndefined();
    expect(stacks.pipeline.llmSummary).toBeUndefined();
    for (const stack of Object.values(stacks)) {
      const t = Template.fromStack(stack);
      expect(fnOf(t, 'llm-summary')).toBeUndefined();
      expect(bedrockStatements(t)).toEqual([]);
    }
  });

  it('refuses a model id that is not one', () => {
    const from = (ctx: Record<string, unknown>) => loadDeploymentConfig((k) => ctx[k]);
    expect(() => from({ bedrockModelId: 'arn:aws:bedrock:us-east-1::foundation-model/x' })).toThrow(DeploymentConfigError);
    expect(() => from({ bedrockModelId: 'claude' })).toThrow(/bedrockModelId must be a Bedrock model id/);
    expect(from({ bedrockModelId: PROFILE }).bedrockModelId).toBe(PROFILE);
  });

  describe('with an inference profile', () => {
    const { stacks } = buildTestApp({ context: { bedrockModelId: PROFILE } });
    const t = Template.fromStack(stacks.pipeline);

    it('runs on the scores fan-out beside crm-sync, with the model id and a dead-letter queue', () => {
      const fn = fnOf(t, 'llm-summary');
      expect(fn?.Properties.Environment.Variables.BEDROCK_MODEL_ID).toBe(PROFILE);
      const rule = Object.values(t.findResources('AWS::Events::Rule')).find((r) => r.Properties.EventPattern.detail.object.key[0].prefix === 'scores/');
      expect(rule!.Properties.Targets.map((x: { Arn: { 'Fn::GetAtt': string[] } }) => x.Arn['Fn::GetAtt'][0]).sort()).toEqual([
        expect.stringMatching(/^CrmSyncFunction/),
        expect.stringMatching(/^LlmSummaryFunction/),
      ]);
      const configs = Object.values(t.findResources('AWS::Lambda::EventInvokeConfig')).filter((c) => JSON.stringify(c.Properties.FunctionName).includes('LlmSummary'));
      expect(configs).toHaveLength(1);
      expect(configs[0]!.Properties.DestinationConfig.OnFailure.Destination).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^LlmSummaryConsumerFailureQueue/), 'Arn'] });
      expect(Object.keys(stacks.pipeline.deadLetterQueues)).toContain('llm-summary');
    });

    it('may invoke that one model, only through its profile, and write only under analysis-llm/', () => {
      const s = bedrockStatements(t);
      expect(s.map((x) => actionsOf(x))).toEqual([['bedrock:InvokeModel'], ['bedrock:InvokeModel']]);
      const text = JSON.stringify(s);
      expect(text).toContain(`:inference-profile/${PROFILE}`);
      expect(text).toContain(':bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0');
      expect(text).toContain('bedrock:InferenceProfileArn');
      const policy = Object.entries(t.findResources('AWS::IAM::Policy')).find(([id]) => id.startsWith('LlmSummaryFunctionRole'))![1];
      const writes = (policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]).filter((x) => [x.Action].flat().includes('s3:PutObject'));
      expect(JSON.stringify(writes.map((w) => w.Resource))).toMatch(/analysis-llm\/\*/);
      expect(JSON.stringify(writes.map((w) => w.Resource))).not.toMatch(/sessions\/|scores\//);
    });

    it('alarms on its errors and dead letters', () => {
      const alarms = JSON.stringify(Template.fromStack(stacks.observability).findResources('AWS::CloudWatch::Alarm'));
      expect(alarms).toMatch(/llm-summary/);
    });
  });

  it('an in-region model id gets the foundation-model ARN of the stack region only', () => {
    const { stacks } = buildTestApp({ context: { bedrockModelId: 'anthropic.claude-3-haiku-20240307-v1:0' } });
    const s = bedrockStatements(Template.fromStack(stacks.pipeline));
    expect(s).toHaveLength(1);
    expect(JSON.stringify(s[0]!.Resource)).toMatch(/:bedrock:",\{"Ref":"AWS::Region"\},"::foundation-model\/anthropic\.claude-3-haiku-20240307-v1:0"/);
  });

  it('synthesizes with cdk-nag AwsSolutions reporting no unacknowledged finding', () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'cdk-llm-'));
    try {
      expect(() => buildTestApp({ context: { bedrockModelId: PROFILE }, nag: true, outdir }).app.synth()).not.toThrow();
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
