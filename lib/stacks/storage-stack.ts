/**
 * Storage: the session bucket (session records under `sessions/`, lead scores under `scores/`,
 * agent checkpoints under `checkpoints/`), its KMS key, the Athena query-results bucket and the
 * access log bucket both write their request logs to. Everything here is retained on stack delete.
 */
import { Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { AccessLogBucket, EncryptedBucket } from '../constructs/buckets';
import type { RetentionRow } from '../config/retention';
import { CHECKPOINTS_PREFIX, SESSIONS_PREFIX } from '../bucket-layout';

/** Props of {@link StorageStack}; days are counted from object creation. */
export interface StorageStackProps extends StackProps {
  envName: string;
  /** Days after which session records move to Standard-IA (>= 30). */
  sessionsInfrequentAccessDays: number;
  /** Days after which session records move to Glacier Flexible Retrieval. */
  sessionsGlacierDays: number;
  /** Days a noncurrent (overwritten or deleted) version is kept. */
  noncurrentVersionExpiryDays: number;
  /** Days server access logs are kept. */
  accessLogExpiryDays: number;
  /** Days Athena query results are kept. */
  queryResultExpiryDays: number;
  /** Retention of the session bucket's prefixes (lib/config/retention.ts `retentionRows`); query results use `queryResultExpiryDays`. */
  retention?: readonly RetentionRow[];
  /**
   * Days a call's checkpoint is kept (default 7) when `retention` has no `checkpoints/` row: the
   * agent deletes it once the final record is in S3, so what remains belongs to calls whose record
   * was recovered or never arrived.
   */
  checkpointExpiryDays?: number;
}

export class StorageStack extends Stack {
  /** Customer-managed key of the session and query-results buckets. */
  readonly dataKey: kms.Key;
  readonly sessionBucket: s3.Bucket;
  readonly queryResultsBucket: s3.Bucket;
  readonly accessLogBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: StorageStackProps) {
    super(scope, id, props);
    if (props.sessionsGlacierDays < props.sessionsInfrequentAccessDays + 30) {
      throw new Error('sessionsGlacierDays must be at least sessionsInfrequentAccessDays + 30');
    }

    this.dataKey = new kms.Key(this, 'DataKey', {
      description: `trialist ${props.envName}: session records and Athena query results`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.accessLogBucket = new AccessLogBucket(this, 'AccessLogs', {
      expiryDays: props.accessLogExpiryDays,
      removalPolicy: RemovalPolicy.RETAIN,
    }).bucket;

    this.sessionBucket = new EncryptedBucket(this, 'Sessions', {
      encryptionKey: this.dataKey,
      accessLogs: { bucket: this.accessLogBucket, prefix: 'sessions-bucket/' },
      versioned: true,
      eventBridgeEnabled: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'raw-sessions-to-cold-storage',
          prefix: SESSIONS_PREFIX,
          transitions: [
            { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(props.sessionsInfrequentAccessDays) },
            { storageClass: s3.StorageClass.GLACIER, transitionAfter: Duration.days(props.sessionsGlacierDays) },
          ],
        },
        ...(props.retention?.some((r) => r.prefix === CHECKPOINTS_PREFIX)
          ? []
          : [{ id: 'expire-checkpoints', prefix: CHECKPOINTS_PREFIX, expiration: Duration.days(props.checkpointExpiryDays ?? 7) }]),
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: Duration.days(props.noncurrentVersionExpiryDays),
          expiredObjectDeleteMarker: true,
        },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
        ...(props.retention ?? [])
          .filter((r) => r.bucket === 'sessions')
          .map((r) => ({
            id: r.prefix === CHECKPOINTS_PREFIX ? 'expire-checkpoints' : `retain-${r.prefix.replace(/\/$/, '')}`,
            prefix: r.prefix,
            expiration: Duration.days(r.days),
            noncurrentVersionExpiration: Duration.days(r.noncurrentDays),
          })),
      ],
    }).bucket;

    // eventBridgeEnabled is applied by the CDK's BucketNotificationsHandler custom resource.
    for (const child of this.node.children) {
      if (child.node.id.startsWith('BucketNotificationsHandler')) {
        Validations.of(child).acknowledge({
          id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          reason: "The CDK's own BucketNotificationsHandler (turns on EventBridge notifications) only writes its logs with this AWS managed policy.",
        });
      }
    }

    this.queryResultsBucket = new EncryptedBucket(this, 'QueryResults', {
      encryptionKey: this.dataKey,
      accessLogs: { bucket: this.accessLogBucket, prefix: 'query-results-bucket/' },
      versioned: false,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'expire-query-results',
          expiration: Duration.days(props.queryResultExpiryDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    }).bucket;
  }
}
