import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { glueColumnsOf, sessionRecordGlueColumns } from '../lib/analytics/glue-columns';
import { NAMED_QUERIES } from '../lib/analytics/named-queries';
import { CURATED_TABLES } from '../lib/analytics/curated';
import { LeadScoreSchema } from '../lib/scoring';
import { resolveSessionObject } from '../lambdas/shared/s3-event';
import { ACTIVE_SESSIONS_METRIC as WORKER_ACTIVE_SESSIONS_METRIC, DEFAULT_METRICS_NAMESPACE } from '../agent-container/src/active-sessions';
import { ACTIVE_SESSIONS_METRIC, AGENT_METRICS_NAMESPACE, AgentServiceStack, type AgentServiceStackProps } from '../lib/stacks/agent-service-stack';
import { actionsOf, allowStatements, buildTestApp } from './cdk-helpers';

/**
 * Assertions per stack on what matters. Two apps are built once for the whole file: the dev
 * defaults, and prod with overrides (so "configurable" is tested by a value actually changing).
 * Lambda bundling is skipped here; test/cdk-app.test.ts synthesizes with real bundling.
 */
/** The object-ARN suffixes (`/sessions/*`) in a JSON-serialized Resource, sorted. */
const prefixesIn = (resources: string) => [...resources.matchAll(/"(\/[a-z_-]+\/\*)"/g)].map((m) => m[1]).sort();

let dev: ReturnType<typeof buildTestApp>;
let prod: ReturnType<typeof buildTestApp>;
beforeAll(() => {
  dev = buildTestApp();
  prod = buildTestApp({
    context: { env: 'prod', sessionsInfrequentAccessDays: 45, sessionsGlacierDays: 400, noncurrentVersionExpiryDays: 10, natGateways: 1, bookingWebhookUrl: 'https://hooks.example.com/trialist/book', agentTargetSessionsPerTask: 5 },
  });
});

describe('StorageStack', () => {
  let template: Template;
  let custom: Template;
  beforeAll(() => {
    template = Template.fromStack(dev.stacks.storage);
    custom = Template.fromStack(prod.stacks.storage);
  });

  const sessionBucket = (t: Template) => {
    const buckets = t.findResources('AWS::S3::Bucket', { Properties: { VersioningConfiguration: { Status: 'Enabled' } } });
    const ids = Object.keys(buckets);
    return { id: ids[0]!, ids, bucket: buckets[ids[0]!] };
  };

  it('encrypts the session bucket with the customer-managed key (rotation on) and bucket keys', () => {
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    const { bucket } = sessionBucket(template);
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0]).toEqual({
      BucketKeyEnabled: true,
      ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [expect.stringMatching(/^DataKey/), 'Arn'] } },
    });
  });

  it('blocks public access, is versioned, logs requests, sends EventBridge notifications and is retained', () => {
    const { id, ids, bucket } = sessionBucket(template);
    expect(ids).toHaveLength(1);
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: expect.stringMatching(/^AccessLogs/) });
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: id },
      NotificationConfiguration: { EventBridgeConfiguration: {} },
    });
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(id).toMatch(/^Sessions/);
  });

  it('every bucket blocks public access and denies non-TLS (and TLS < 1.2) requests', () => {
    for (const b of Object.values(template.findResources('AWS::S3::Bucket'))) {
      expect(b.Properties.PublicAccessBlockConfiguration.RestrictPublicBuckets).toBe(true);
    }
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
    expect(policies).toHaveLength(3);
    for (const p of policies) {
      const st = p.Properties.PolicyDocument.Statement as { Effect: string; Condition?: Record<string, Record<string, unknown>> }[];
      expect(st).toEqual(expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
      ]));
    }
  });

  it('moves raw sessions to IA then Glacier after the configured days and expires noncurrent versions', () => {
    const rules = (t: Template) => sessionBucket(t).bucket.Properties.LifecycleConfiguration.Rules as Record<string, unknown>[];
    expect(rules(template)).toEqual(expect.arrayContaining([
      expect.objectContaining({
        Prefix: 'sessions/',
        Status: 'Enabled',
        Transitions: [
          { StorageClass: 'STANDARD_IA', TransitionInDays: 30 },
          { StorageClass: 'GLACIER', TransitionInDays: 90 },
        ],
      }),
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
      expect.objectContaining({ Id: 'expire-checkpoints', Prefix: 'checkpoints/', ExpirationInDays: 7, Status: 'Enabled' }),
    ]));
    expect(rules(custom)).toEqual(expect.arrayContaining([
      expect.objectContaining({
        Transitions: [
          { StorageClass: 'STANDARD_IA', TransitionInDays: 45 },
          { StorageClass: 'GLACIER', TransitionInDays: 400 },
        ],
      }),
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 10 } }),
    ]));
  });

  it('expires every retained prefix and its noncurrent versions after the configured days', () => {
    const rules = sessionBucket(template).bucket.Properties.LifecycleConfiguration.Rules as Record<string, unknown>[];
    const byPrefix = Object.fromEntries(rules.filter((r) => r.Prefix && r.ExpirationInDays).map((r) => [r.Prefix, [r.ExpirationInDays, (r.NoncurrentVersionExpiration as { NoncurrentDays: number }).NoncurrentDays]]));
    // dev defaults (lib/config): old versions go after min(noncurrentVersionExpiryDays 30, the prefix's days)
    expect(byPrefix).toEqual({
      'sessions/': [365, 30],
      'scores/': [365, 30],
      'analysis-llm/': [365, 30],
      'score-versions/': [90, 30],
      'checkpoints/': [7, 7],
      'quarantine/': [30, 30],
      'curated/': [365, 30],
      'callers/': [365, 30],
    });
    // nothing retained outside these: templates/ and erasures/ (the audit trail) are not expired
    expect(rules.some((r) => r.Prefix === 'erasures/' || r.Prefix === 'templates/')).toBe(false);
  });

  it('expires Athena query results and keeps them KMS-encrypted', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: 'aws:kms' }) })] },
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 7, Status: 'Enabled' })]) },
    });
  });
});

describe('AnalyticsStack', () => {
  let template: Template;
  beforeAll(() => {
    template = Template.fromStack(dev.stacks.analytics);
  });

  const table = (name: string) => {
    const found = Object.values(template.findResources('AWS::Glue::Table', { Properties: { TableInput: { Name: name } } }));
    expect(found).toHaveLength(1);
    return found[0]!.Properties.TableInput;
  };

  it('generates voice_sessions from the session schema: OpenX JSON SerDe over sessions/, partitioned by year/month/day', () => {
    const t = table('voice_sessions');
    expect(t.StorageDescriptor.Columns).toEqual(sessionRecordGlueColumns().map((c) => ({ Name: c.name, Type: c.type })));
    expect(t.StorageDescriptor.SerdeInfo.SerializationLibrary).toBe('org.openx.data.jsonserde.JsonSerDe');
    // one malformed line reads as a row of NULLs rather than failing every query (as the local lake does)
    expect(t.StorageDescriptor.SerdeInfo.Parameters).toMatchObject({ 'ignore.malformed.json': 'TRUE', 'case.insensitive': 'TRUE' });
    expect(t.PartitionKeys).toEqual([
      { Name: 'year', Type: 'string' },
      { Name: 'month', Type: 'string' },
      { Name: 'day', Type: 'string' },
    ]);
    expect(JSON.stringify(t.StorageDescriptor.Location)).toMatch(/\/sessions\/"\]\]\}$/);
    expect(t.TableType).toBe('EXTERNAL_TABLE');
  });

  it('generates lead_scores from the lead score schema over scores/, with partition projection', () => {
    const t = table('lead_scores');
    expect(t.StorageDescriptor.Columns).toEqual(glueColumnsOf(LeadScoreSchema).map((c) => ({ Name: c.name, Type: c.type })));
    expect(JSON.stringify(t.StorageDescriptor.Location)).toContain('/scores/');
    expect(t.Parameters).toMatchObject({ 'projection.enabled': 'true', 'projection.year.range': '2025,2035', 'projection.month.digits': '2' });
    expect(JSON.stringify(t.Parameters['storage.location.template'])).toContain('scores/year=${year}/month=${month}/day=${day}/');
  });

  it('generates curated_sessions (Parquet, by call_date) from its schema, the call analysis columns included', () => {
    const t = table('curated_sessions');
    expect(t.StorageDescriptor.Columns).toEqual(CURATED_TABLES[0]!.columns().map((c) => ({ Name: c.name, Type: c.type })));
    const type = (name: string) => t.StorageDescriptor.Columns.find((c: { Name: string }) => c.Name === name)?.Type;
    expect([type('next_step_kind'), type('next_step_at'), type('objections'), type('question_topics')]).toEqual([
      'string', 'timestamp', 'array<struct<kind:string,accepted:boolean>>', 'array<string>',
    ]);
    expect(t.PartitionKeys).toEqual([{ Name: 'call_date', Type: 'string' }]);
    expect(t.StorageDescriptor.SerdeInfo.SerializationLibrary).toBe('org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe');
  });

  it('has an engine-v3 workgroup that enforces KMS-encrypted results in the results bucket and a scan cutoff', () => {
    template.hasResourceProperties('AWS::Athena::WorkGroup', {
      Name: 'trialist-dev',
      WorkGroupConfiguration: {
        EnforceWorkGroupConfiguration: true,
        BytesScannedCutoffPerQuery: dev.config.athenaBytesScannedCutoff,
        EngineVersion: { SelectedEngineVersion: 'Athena engine version 3' },
        ResultConfiguration: {
          EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: Match.anyValue() },
          OutputLocation: Match.anyValue(),
        },
      },
    });
  });

  it('creates one named query per NAMED_QUERIES entry in the workgroup', () => {
    const queries = Object.values(template.findResources('AWS::Athena::NamedQuery')).map((q) => q.Properties);
    expect(queries.map((q) => q.Name).sort()).toEqual(NAMED_QUERIES.map((q) => q.name).sort());
    for (const q of NAMED_QUERIES) {
      expect(queries.find((x) => x.Name === q.name)).toMatchObject({ QueryString: q.sql, WorkGroup: 'trialist-dev', Database: 'trialist_dev' });
    }
  });
});

describe('PipelineStack', () => {
  let template: Template;
  let json: ReturnType<Template['toJSON']>;
  beforeAll(() => {
    template = Template.fromStack(dev.stacks.pipeline);
    json = template.toJSON();
  });

  it('runs every function on Node.js 22, ARM64, with its own log group and the env its handler reads', () => {
    const fns = Object.values(template.findResources('AWS::Lambda::Function'));
    expect(fns).toHaveLength(7); // score-lead, partition-register, slack-notify, crm-sync, reconciliation's two, compact
    for (const f of fns) {
      expect(f.Properties.Runtime).toBe('nodejs22.x');
      expect(f.Properties.Architectures).toEqual(['arm64']);
      expect(f.Properties.LoggingConfig.LogGroup).toBeDefined();
    }
    const env = (service: string) => fns.find((f) => f.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME === service)!.Properties.Environment.Variables;
    expect(env('score-lead').HOT_LEADS_TOPIC_ARN).toEqual({ Ref: expect.stringMatching(/^HotLeadsTopic/) });
    expect(env('slack-notify').SLACK_WEBHOOK_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/^SlackWebhookSecret/) });
    expect(env('partition-register')).toMatchObject({ GLUE_DATABASE: 'trialist_dev', GLUE_TABLE: 'voice_sessions' });
    expect(env('livekit-webhook')).toMatchObject({ RECONCILE_GRACE_SECONDS: '120', LIVEKIT_SECRET_ARN: { 'Fn::ImportValue': expect.stringContaining('LiveKitSecret') } });
    expect(env('reconcile').SESSION_BUCKET).toBeDefined();
    expect(env('compact')).toMatchObject({ GLUE_DATABASE: 'trialist_dev', ATHENA_WORKGROUP: 'trialist-dev' });
  });

  it('runs compact on an EventBridge Scheduler rate schedule, with Athena only in the trialist workgroup', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule'));
    expect(schedules).toHaveLength(1);
    expect(schedules[0]!.Properties.ScheduleExpression).toBe('rate(1 hour)');
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).toContain('athena:StartQueryExecution');
    expect(policies).toContain('glue:UpdatePartition');
    expect(policies).toMatch(/workgroup\/trialist-dev/);
  });

  it('receives LiveKit webhooks on a Function URL (verified in the handler) and consumes delayed checks with partial batch responses', () => {
    const urls = Object.values(template.findResources('AWS::Lambda::Url')).map((u) => u.Properties);
    expect(urls).toEqual([expect.objectContaining({ AuthType: 'NONE', TargetFunctionArn: { 'Fn::GetAtt': [expect.stringMatching(/^ReconciliationLivekitWebhookFunction/), 'Arn'] } })]);
    const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).find((m) => /^ReconciliationReconcile/.test(m.Properties.FunctionName.Ref))!;
    expect(mapping.Properties).toMatchObject({ FunctionResponseTypes: ['ReportBatchItemFailures'], EventSourceArn: { 'Fn::GetAtt': [expect.stringMatching(/^ReconciliationCheckQueue/), 'Arn'] } });
    const policyOf = (prefix: string) => {
      const role = Object.keys(template.findResources('AWS::IAM::Role')).find((id) => id.startsWith(prefix))!;
      return JSON.stringify(Object.values(template.findResources('AWS::IAM::Policy')).find((p) => p.Properties.Roles[0].Ref === role)!.Properties.PolicyDocument);
    };
    const webhook = policyOf('ReconciliationLivekitWebhookRole');
    expect(webhook).toContain('/checkpoints/rooms/*');
    expect(webhook).not.toContain('/sessions/*');
    expect(webhook).toContain('sqs:SendMessage');
    const reconcile = policyOf('ReconciliationReconcileRole');
    expect(prefixesIn(reconcile)).toEqual(['/checkpoints/*', '/sessions/*']);
    expect(reconcile).not.toContain('s3:DeleteObject');
  });

  it('routes Object Created under sessions/ of the session bucket to score-lead and partition-register, with a delivery DLQ', () => {
    const rules = Object.values(template.findResources('AWS::Events::Rule')).filter(
      (r) => r.Properties.EventPattern.detail.object.key[0].prefix === 'sessions/',
    );
    expect(rules).toHaveLength(1);
    const rule = rules[0]!.Properties;
    expect(rule.EventPattern).toMatchObject({
      source: ['aws.s3'],
      'detail-type': ['Object Created'],
      detail: { object: { key: [{ prefix: 'sessions/' }] }, bucket: { name: [{ 'Fn::ImportValue': expect.stringContaining('Storage') }] } },
    });
    expect(rule.Targets).toHaveLength(2);
    for (const t of rule.Targets) expect(t.DeadLetterConfig.Arn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^EventDeliveryDeadLetterQueue/), 'Arn'] });
    // score-lead through its queue, partition-register invoked directly
    expect(rule.Targets.map((t: { Arn: { 'Fn::GetAtt': string[] } }) => t.Arn['Fn::GetAtt'][0]).sort()).toEqual([
      expect.stringMatching(/^PartitionRegisterFunction/),
      expect.stringMatching(/^ScoreLeadConsumerQueue/),
    ]);
  });

  it('feeds score-lead from an SQS queue with partial batch responses, a redrive DLQ and a visibility timeout of six function timeouts', () => {
    const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'))
      .map((m) => m.Properties)
      .filter((m) => /^ScoreLead/.test(m.FunctionName.Ref));
    expect(mappings).toHaveLength(1);
    expect(mappings[0]).toMatchObject({
      FunctionName: { Ref: expect.stringMatching(/^ScoreLeadFunction/) },
      EventSourceArn: { 'Fn::GetAtt': [expect.stringMatching(/^ScoreLeadConsumerQueue/), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const queue = Object.entries(template.findResources('AWS::SQS::Queue')).find(([id]) => /^ScoreLeadConsumerQueue/.test(id))![1].Properties;
    expect(queue.VisibilityTimeout).toBe(180);
    expect(queue.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [expect.stringMatching(/^ScoreLeadConsumerDeadLetterQueue/), 'Arn'] }, maxReceiveCount: 5 });
    expect(dev.stacks.pipeline.deadLetterQueues['score-lead']).toBe(
      (dev.stacks.pipeline.node.findChild('ScoreLeadConsumer') as unknown as { deadLetterQueue: unknown }).deadLetterQueue,
    );
  });

  it('delivers an S3 event record the handlers accept (EventBridge event → input transformer → resolveSessionObject)', () => {
    const target = Object.values(template.findResources('AWS::Events::Rule'))[0]!.Properties.Targets[0];
    // A real "Object Created" event as EventBridge delivers it (AWS docs sample, our key layout).
    const event = {
      version: '0', id: '17793124-05d4-b198-2fde-7ededc63b103', 'detail-type': 'Object Created', source: 'aws.s3',
      account: '111122223333', time: '2026-11-21T09:31:02Z', region: 'eu-west-1', resources: ['arn:aws:s3:::sessions-bucket'],
      detail: {
        version: '0', bucket: { name: 'sessions-bucket' },
        object: { key: 'sessions/year=2026/month=11/day=21/call-42.json.gz', size: 5321, etag: 'b1946ac9', sequencer: '00617F08299329D189' },
        'request-id': 'N4N7GDK58NMKJ12R', requester: '123456789012', reason: 'PutObject',
      },
    };
    const { InputPathsMap, InputTemplate } = target.InputTransformer as { InputPathsMap: Record<string, string>; InputTemplate: string };
    const valueAt = (p: string) => p.slice(2).split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], event);
    const rendered = InputTemplate.replace(/<([a-z-]+)>/g, (_m, name: string) => JSON.stringify(valueAt(InputPathsMap[name]!)));
    const s3Event = JSON.parse(rendered);
    expect(s3Event.Records).toHaveLength(1);
    const resolved = resolveSessionObject(s3Event.Records[0]);
    expect(resolved).toMatchObject({ ok: true, ref: { bucket: 'sessions-bucket', key: 'sessions/year=2026/month=11/day=21/call-42.json.gz' } });
  });

  it('routes every score written under scores/ to crm-sync, serialised, with its token secret', () => {
    const rule = Object.values(template.findResources('AWS::Events::Rule')).find((r) => r.Properties.EventPattern.detail.object.key[0].prefix === 'scores/');
    expect(rule?.Properties.Targets).toHaveLength(1);
    expect(rule?.Properties.Targets[0].Arn['Fn::GetAtt'][0]).toMatch(/^CrmSyncFunction/);
    const fn = Object.values(template.findResources('AWS::Lambda::Function')).find((f) => f.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME === 'crm-sync');
    expect(fn?.Properties.ReservedConcurrentExecutions).toBe(1);
    expect(fn?.Properties.Environment.Variables.HUBSPOT_TOKEN_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/^CrmSyncHubSpotToken/) });
  });

  it('sends failed invocations of every function to a dead-letter queue', () => {
    const configs = Object.values(template.findResources('AWS::Lambda::EventInvokeConfig')).map((c) => c.Properties);
    expect(configs).toHaveLength(3); // partition-register, slack-notify, crm-sync (score-lead: its queue's redrive)
    for (const c of configs) {
      expect(c.MaximumRetryAttempts).toBe(2);
      expect(c.DestinationConfig.OnFailure.Destination).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/DeadLetterQueue|FailureQueue/), 'Arn'] });
    }
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda', RedrivePolicy: { deadLetterTargetArn: Match.anyValue() } });
  });

  it('encrypts every queue and denies non-TLS access to it', () => {
    const queues = Object.entries(template.findResources('AWS::SQS::Queue'));
    expect(queues.length).toBeGreaterThanOrEqual(4);
    for (const [, q] of queues) expect(q.Properties.SqsManagedSseEnabled).toBe(true);
    const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy'));
    const protectedQueues = new Set(policies.filter((p) => JSON.stringify(p.Properties.PolicyDocument).includes('"aws:SecureTransport":"false"')).flatMap((p) => p.Properties.Queues.map((r: { Ref: string }) => r.Ref)));
    for (const [id] of queues) expect(protectedQueues).toContain(id);
  });

  it('has a KMS-encrypted, TLS-only hot-leads topic with an optional email subscription parameter', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    expect(json.Parameters.HotLeadAlertEmail).toMatchObject({ Type: 'String', Default: '' });
    const email = Object.values(template.findResources('AWS::SNS::Subscription', { Properties: { Protocol: 'email' } }));
    expect(email).toHaveLength(1);
    expect(email[0]!.Condition).toBe('HasHotLeadAlertEmail');
  });

  it('keeps idempotency records with TTL, and both tables with point-in-time recovery', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: 'phone_hash', KeyType: 'HASH' }],
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true })],
    });
  });

  it('grants score-lead only what reading, scoring and moving bad records to quarantine need, nothing wider', () => {
    const role = Object.keys(template.findResources('AWS::IAM::Role')).find((id) => id.startsWith('ScoreLeadRole'))!;
    const policy = Object.values(template.findResources('AWS::IAM::Policy')).find((p) => p.Properties.Roles[0].Ref === role)!;
    const all = policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown; Condition?: unknown }[];
    // listing only under the prefixes it reads, so a missing object answers as missing, not 403
    const list = all.filter((s) => s.Action === 's3:ListBucket');
    expect(list).toHaveLength(1);
    expect(list[0]!.Condition).toEqual({ StringLike: { 's3:prefix': ['sessions/*', 'quarantine/*', 'scores/*'] } });
    const s3Statements = all.filter((s) => JSON.stringify(s.Action).includes('s3:') && s.Action !== 's3:ListBucket');
    // every (action, prefix) pair granted, however the CDK merges statements
    const granted = s3Statements.flatMap((s) => [s.Action].flat().flatMap((a) => prefixesIn(JSON.stringify(s.Resource)).map((p) => `${a} ${p}`))).sort();
    expect(granted).toEqual([
      's3:DeleteObject /sessions/*',
      's3:DeleteObjectVersion /sessions/*',
      's3:GetObject /quarantine/*',
      's3:GetObject /scores/*',
      's3:GetObject /sessions/*',
      's3:GetObjectVersion /sessions/*',
      's3:PutObject /callers/*',
      's3:PutObject /lake-changes/*',
      's3:PutObject /quarantine/*',
      's3:PutObject /score-versions/*',
      's3:PutObject /scores/*',
    ]);
    // object ARNs only (ListBucket aside): no other bucket-level action, no action wildcard
    for (const s of s3Statements) {
      expect(JSON.stringify(s.Action)).not.toContain('*');
      expect(prefixesIn(JSON.stringify(s.Resource))).toHaveLength([s.Resource].flat().length);
    }
  });
});

describe('AgentServiceStack', () => {
  let template: Template;
  let prodTemplate: Template;
  beforeAll(() => {
    template = Template.fromStack(dev.stacks.agent);
    prodTemplate = Template.fromStack(prod.stacks.agent);
  });

  it('runs the agent image on ARM64 Fargate with secrets from Secrets Manager, a health check and the drain limit as stopTimeout', () => {
    const td = Object.values(template.findResources('AWS::ECS::TaskDefinition'))[0]!.Properties;
    expect(td.RuntimePlatform).toEqual({ CpuArchitecture: 'ARM64', OperatingSystemFamily: 'LINUX' });
    expect(td.RequiresCompatibilities).toEqual(['FARGATE']);
    const c = td.ContainerDefinitions[0];
    expect(c.StopTimeout).toBe(120);
    expect(c.HealthCheck.Command.join(' ')).toContain('http://127.0.0.1:8081/');
    const secretNames = c.Secrets.map((s: { Name: string }) => s.Name).sort();
    expect(secretNames).toEqual(['DEEPGRAM_API_KEY', 'ELEVEN_API_KEY', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET', 'LIVEKIT_URL', 'OPENAI_API_KEY']);
    for (const s of c.Secrets) expect(JSON.stringify(s.ValueFrom)).toContain('Fn::ImportValue');
    const env = Object.fromEntries(c.Environment.map((e: { Name: string; Value: unknown }) => [e.Name, e.Value]));
    expect(env).toMatchObject({ AGENT_NAME: 'trialist-agent', SESSIONS_PREFIX: 'sessions/', DRAIN_TIMEOUT_SECONDS: '120' });
    expect(JSON.stringify(c.Environment)).not.toMatch(/API_KEY|SECRET"/);
  });

  it('has Container Insights, a rolling-back circuit breaker and CPU target tracking', () => {
    template.hasResourceProperties('AWS::ECS::Cluster', { ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }] });
    template.hasResourceProperties('AWS::ECS::Service', {
      DeploymentConfiguration: Match.objectLike({ DeploymentCircuitBreaker: { Enable: true, Rollback: true }, MinimumHealthyPercent: 100 }),
    });
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', { MinCapacity: 1, MaxCapacity: 2 });
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      TargetTrackingScalingPolicyConfiguration: Match.objectLike({
        TargetValue: 60,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      }),
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 14 });
  });

  it('also tracks calls in progress per task: the worker\'s ActiveSessions metric (Average, per environment service), target from config', () => {
    // the names the worker publishes are the names the stack scales on
    expect(ACTIVE_SESSIONS_METRIC).toBe(WORKER_ACTIVE_SESSIONS_METRIC);
    expect(AGENT_METRICS_NAMESPACE).toBe(DEFAULT_METRICS_NAMESPACE);
    for (const [t, env, target] of [[template, 'dev', 4], [prodTemplate, 'prod', 5]] as const) {
      const policies = Object.values(t.findResources('AWS::ApplicationAutoScaling::ScalingPolicy')).map((p) => p.Properties);
      expect(policies).toHaveLength(2);
      const sessions = policies.find((p) => p.TargetTrackingScalingPolicyConfiguration.CustomizedMetricSpecification)!;
      expect(sessions).toMatchObject({ PolicyType: 'TargetTrackingScaling' });
      expect(sessions.TargetTrackingScalingPolicyConfiguration).toMatchObject({
        TargetValue: target,
        ScaleInCooldown: 600,
        ScaleOutCooldown: 60,
        CustomizedMetricSpecification: {
          Namespace: 'Trialist',
          MetricName: 'ActiveSessions',
          Dimensions: [{ Name: 'service', Value: `trialist-agent-${env}` }],
          Statistic: 'Average',
        },
      });
      // the task publishes under that same namespace and service dimension
      const c = Object.values(t.findResources('AWS::ECS::TaskDefinition'))[0]!.Properties.ContainerDefinitions[0];
      const containerEnv = Object.fromEntries(c.Environment.map((e: { Name: string; Value: unknown }) => [e.Name, e.Value]));
      expect(containerEnv).toMatchObject({ POWERTOOLS_METRICS_NAMESPACE: 'Trialist', POWERTOOLS_SERVICE_NAME: `trialist-agent-${env}` });
      // both policies act on the one scalable target
      const targets = Object.keys(t.findResources('AWS::ApplicationAutoScaling::ScalableTarget'));
      expect(targets).toHaveLength(1);
      for (const p of policies) expect(p.ScalingTargetId).toEqual({ Ref: targets[0] });
    }
  });

  it('dev runs in public subnets without NAT; prod in private subnets behind NAT', () => {
    template.resourceCountIs('AWS::EC2::NatGateway', 0);
    template.hasResourceProperties('AWS::ECS::Service', {
      NetworkConfiguration: { AwsvpcConfiguration: Match.objectLike({ AssignPublicIp: 'ENABLED' }) },
    });
    prodTemplate.resourceCountIs('AWS::EC2::NatGateway', 1);
    prodTemplate.hasResourceProperties('AWS::ECS::Service', {
      NetworkConfiguration: { AwsvpcConfiguration: Match.objectLike({ AssignPublicIp: 'DISABLED' }) },
    });
    template.resourceCountIs('AWS::EC2::FlowLog', 1);
  });

  it('lets the task write only sessions/ and checkpoints/, delete only checkpoints/, read only templates/, use only the caller-memory table and read the phone-hash key', () => {
    const td = Object.values(template.findResources('AWS::ECS::TaskDefinition'))[0]!.Properties;
    const policy = Object.values(template.findResources('AWS::IAM::Policy')).find((p) => p.Properties.Roles[0].Ref === td.TaskRoleArn['Fn::GetAtt'][0])!;
    const statements = policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[];
    const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])).sort();
    expect(actions).toEqual([
      'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'kms:Decrypt', 'kms:GenerateDataKey',
      's3:DeleteObject', 's3:DeleteObjectVersion', 's3:GetObject', 's3:PutObject',
      'secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue',
    ]);
    const secretSt = statements.find((s) => JSON.stringify(s.Action).includes('secretsmanager:'))!;
    expect(JSON.stringify(secretSt.Resource)).toMatch(/PhoneHashKey/);
    const env = Object.fromEntries(td.ContainerDefinitions[0].Environment.map((e: { Name: string; Value: unknown }) => [e.Name, e.Value]));
    expect(JSON.stringify(env.PHONE_HASH_SECRET_ID)).toMatch(/PhoneHashKey/);
    const put = statements.find((s) => s.Action === 's3:PutObject')!;
    expect(prefixesIn(JSON.stringify(put.Resource))).toEqual(['/checkpoints/*', '/sessions/*']);
    const del = statements.find((s) => JSON.stringify(s.Action).includes('s3:DeleteObject'))!;
    expect(prefixesIn(JSON.stringify(del.Resource))).toEqual(['/checkpoints/*']);
    const get = statements.find((s) => s.Action === 's3:GetObject')!;
    expect(prefixesIn(JSON.stringify(get.Resource))).toEqual(['/templates/*']);
    // every object ARN is in the session bucket (imported from the storage stack), KMS only on its data key
    for (const st of [put, get]) for (const r of [st.Resource].flat()) expect(JSON.stringify(r)).toMatch(/Fn::ImportValue.*Sessions.*Arn/);
    const kmsSt = statements.find((s) => JSON.stringify(s.Action).includes('kms:'))!;
    expect(kmsSt.Resource).toEqual({ 'Fn::ImportValue': expect.stringMatching(/DataKey.*Arn/) });
  });

  it('mounts a task volume for the record spool and sets SPOOL_DIR, its cap and the checkpoint interval', () => {
    const td = Object.values(template.findResources('AWS::ECS::TaskDefinition'))[0]!.Properties;
    expect(td.Volumes).toEqual([{ Name: 'record-spool' }]);
    const c = td.ContainerDefinitions[0];
    expect(c.MountPoints).toEqual([{ SourceVolume: 'record-spool', ContainerPath: '/var/spool/trialist', ReadOnly: false }]);
    const env = Object.fromEntries(c.Environment.map((e: { Name: string; Value: unknown }) => [e.Name, e.Value]));
    expect(env).toMatchObject({ SPOOL_DIR: '/var/spool/trialist', SPOOL_MAX_MB: '512', CHECKPOINT_SECONDS: '15' });
  });

  it('points the agent at templates/ of the session bucket', () => {
    const c = Object.values(template.findResources('AWS::ECS::TaskDefinition'))[0]!.Properties.ContainerDefinitions[0];
    const env = Object.fromEntries(c.Environment.map((e: { Name: string; Value: unknown }) => [e.Name, e.Value]));
    expect(env.TEMPLATE_PREFIX).toBe('templates/');
    expect(env.TEMPLATE_BUCKET).toEqual(env.SESSION_BUCKET);
    expect(env.TEMPLATE_BUCKET).toEqual({ 'Fn::ImportValue': expect.stringMatching(/Sessions/) });
    // where operators upload templates (README "Deploy")
    template.hasOutput('TemplateLocation', { Value: { 'Fn::Join': ['', ['s3://', env.TEMPLATE_BUCKET, '/templates/']] } });
  });

  it('books through the webhook when one is configured: its URL in the environment, a generated shared secret from Secrets Manager', () => {
    const container = (t: Template) => Object.values(t.findResources('AWS::ECS::TaskDefinition'))[0]!.Properties.ContainerDefinitions[0];
    const envOf = (t: Template) => Object.fromEntries(container(t).Environment.map((e: { Name: string; Value: unknown }) => [e.Name, e.Value]));
    // dev has none: no URL, no secret, no booking secret resource
    expect(envOf(template).BOOKING_WEBHOOK_URL).toBeUndefined();
    expect(container(template).Secrets.map((x: { Name: string }) => x.Name)).not.toContain('BOOKING_WEBHOOK_SECRET');
    Template.fromStack(dev.stacks.secrets).resourceCountIs('AWS::SecretsManager::Secret', 3); // livekit, providers, phone-hash

    expect(envOf(prodTemplate).BOOKING_WEBHOOK_URL).toBe('https://hooks.example.com/trialist/book');
    const secret = container(prodTemplate).Secrets.find((x: { Name: string }) => x.Name === 'BOOKING_WEBHOOK_SECRET');
    expect(JSON.stringify(secret.ValueFrom)).toMatch(/BookingWebhookSecret.*:BOOKING_WEBHOOK_SECRET::/);
    const secrets = Template.fromStack(prod.stacks.secrets);
    secrets.hasResourceProperties('AWS::SecretsManager::Secret', {
      Name: 'trialist/prod/booking',
      GenerateSecretString: Match.objectLike({ GenerateStringKey: 'BOOKING_WEBHOOK_SECRET', SecretStringTemplate: '{}', ExcludePunctuation: true, PasswordLength: 48 }),
    });
    // only the execution role reads it (to inject it at start), and only this secret
    const reads = allowStatements(prodTemplate.toJSON()).filter((st) => actionsOf(st).includes('secretsmanager:GetSecretValue'));
    expect(reads.some((st) => JSON.stringify(st.Resource).includes('BookingWebhookSecret'))).toBe(true);
    for (const st of reads) expect(JSON.stringify(st.Resource)).not.toContain('*');
  });

  it('refuses a template prefix that overlaps what the agent writes', () => {
    // the check runs before any resource is made, so the dev app's resources can stand in as props
    const { storage, pipeline, secrets } = dev.stacks;
    const props = (templatePrefix: string): AgentServiceStackProps => ({
      envName: 'dev', sessionBucket: storage.sessionBucket, dataKey: storage.dataKey, callerMemoryTable: pipeline.callerMemoryTable,
      livekitSecret: secrets.livekitSecret, providerSecret: secrets.providerSecret, agentName: 'a', natGateways: 0, maxAzs: 2, cpu: 1024,
      memoryMiB: 3072, minTasks: 1, maxTasks: 1, targetCpuPercent: 60, targetSessionsPerTask: 4, drainSeconds: 120, logRetention: 14, templatePrefix,
    });
    expect(() => new AgentServiceStack(new App(), 'Overlap', props('sessions/'))).toThrow(/templatePrefix "sessions\/" overlaps sessions\//);
    expect(() => new AgentServiceStack(new App(), 'Overlap2', props('checkpoints/templates/'))).toThrow(/overlaps checkpoints\//);
  });
});

describe('every stack', () => {
  it('has no IAM statement with a wildcard action or a "*" resource, except where AWS offers no resource scoping', () => {
    const stacks = [...Object.values(dev.stacks), ...Object.values(prod.stacks)];
    // Actions AWS only grants on "*" (ECR auth token for image pulls, X-Ray segments, VPC custom resource lookups).
    const resourceStarAllowed = new Set(['ecr:GetAuthorizationToken', 'xray:PutTraceSegments', 'xray:PutTelemetryRecords']);
    for (const stack of stacks) {
      for (const s of allowStatements(Template.fromStack(stack).toJSON())) {
        for (const a of actionsOf(s)) expect(a).not.toMatch(/\*/);
        const resources = Array.isArray(s.Resource) ? s.Resource : [s.Resource];
        if (resources.includes('*')) for (const a of actionsOf(s)) expect(resourceStarAllowed).toContain(a);
      }
    }
  });
});

/** An alarm's metric name and namespace, whether it is a plain metric or a labelled MetricStat. */
const alarmMetric = (a: { Properties: Record<string, any> }): { name?: string; namespace?: string } => {
  if (a.Properties.MetricName) return { name: a.Properties.MetricName, namespace: a.Properties.Namespace };
  const stats = (a.Properties.Metrics ?? []).filter((m: { MetricStat?: unknown }) => m.MetricStat);
  if (stats.length !== 1) return {};
  return { name: stats[0].MetricStat.Metric.MetricName, namespace: stats[0].MetricStat.Metric.Namespace };
};

describe('ObservabilityStack', () => {
  let template: Template;
  let alarms: Record<string, { Properties: Record<string, any> }>;
  beforeAll(() => {
    template = Template.fromStack(dev.stacks.observability);
    alarms = template.findResources('AWS::CloudWatch::Alarm') as typeof alarms;
  });

  it('sends every alarm (and its recovery) to the KMS-encrypted ops topic', () => {
    const topicId = Object.keys(template.findResources('AWS::SNS::Topic'))[0]!;
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    expect(Object.keys(alarms).length).toBeGreaterThanOrEqual(10);
    for (const a of Object.values(alarms)) {
      expect(a.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(a.Properties.OKActions).toEqual([{ Ref: topicId }]);
    }
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' } })]) },
    });
  });

  it('alarms on any message in each dead-letter queue', () => {
    const dlqAlarms = Object.values(alarms).filter((a) => alarmMetric(a).name === 'ApproximateNumberOfMessagesVisible');
    expect(dlqAlarms).toHaveLength(Object.keys(dev.stacks.pipeline.deadLetterQueues).length);
    for (const a of dlqAlarms) expect(a.Properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });

  it('alarms on errors of each pipeline Lambda', () => {
    const errorAlarms = Object.values(alarms).filter((a) => alarmMetric(a).name === 'Errors' && alarmMetric(a).namespace === 'AWS/Lambda');
    expect(errorAlarms).toHaveLength(7);
  });

  it('alarms when no session record arrives for N hours inside business hours only', () => {
    const a = Object.values(alarms).find((x) => (x.Properties.AlarmDescription as string).startsWith('No session record'))!;
    expect(a.Properties).toMatchObject({ ComparisonOperator: 'LessThanThreshold', Threshold: 1, TreatMissingData: 'breaching' });
    const expression = a.Properties.Metrics.find((m: { ReturnData?: boolean }) => m.ReturnData !== false).Expression as string;
    expect(expression).toContain(`HOUR(`);
    expect(expression).toContain(`>= ${dev.config.businessHoursStartUtc}`);
    expect(expression).toContain(`< ${dev.config.businessHoursEndUtc}`);
    const stat = a.Properties.Metrics.find((m: { MetricStat?: unknown }) => m.MetricStat).MetricStat;
    expect(stat).toMatchObject({ Metric: { Namespace: 'AWS/Events', MetricName: 'MatchedEvents' }, Period: dev.config.noSessionAlarmHours * 3600, Stat: 'Sum' });
  });

  it('counts the agent\'s export-failure log lines and alarms on the first one', () => {
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '"session record export failed"',
      MetricTransformations: [Match.objectLike({ MetricName: 'AgentExportFailures', MetricNamespace: 'Trialist', MetricValue: '1' })],
    });
    expect(Object.values(alarms).some((a) => alarmMetric(a).name === 'AgentExportFailures')).toBe(true);
  });

  it('alarms on a record waiting 15 minutes in an agent spool and on a full spool, from the agent\'s EMF metrics', () => {
    const age = Object.values(alarms).find((a) => alarmMetric(a).name === 'SpoolOldestAgeSeconds')!;
    expect(age.Properties).toMatchObject({ Threshold: 900, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    const stat = (a: { Properties: Record<string, any> }) => a.Properties.Metrics.find((m: { MetricStat?: unknown }) => m.MetricStat).MetricStat;
    expect(stat(age)).toMatchObject({ Stat: 'Maximum', Metric: { Namespace: 'Trialist', Dimensions: [{ Name: 'service', Value: 'trialist-agent-dev' }] } });
    const full = Object.values(alarms).find((a) => alarmMetric(a).name === 'SpoolFull')!;
    expect(full.Properties).toMatchObject({ Threshold: 1 });
    expect(stat(full)).toMatchObject({ Stat: 'Sum' });
  });

  it('has a dashboard with sessions, hot leads, alert latency, Lambda errors and durations, DLQ depth, agent CPU/memory and active sessions', () => {
    const body = JSON.stringify(Object.values(template.findResources('AWS::CloudWatch::Dashboard'))[0]!.Properties.DashboardBody);
    for (const title of ['Sessions per hour', 'Hot leads', 'Alert latency', 'Lambda errors', 'Lambda duration', 'Dead-letter queue depth', 'Agent CPU and memory', 'Agent active sessions']) {
      expect(body).toContain(title);
    }
    // the body is a Fn::Join of strings and tokens: the metric array as rendered
    expect(body).toMatch(/\[\\"Trialist\\",\\"ActiveSessions\\",\\"service\\",\\"trialist-agent-dev\\"/);
    expect(body).toContain('\\"stat\\":\\"Sum\\"');
  });
});
