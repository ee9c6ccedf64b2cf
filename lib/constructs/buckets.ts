/**
 * S3 buckets with the project's baseline: Block Public Access, TLS-only bucket policy,
 * object ownership enforced (no ACLs), versioning and server access logs.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Props of {@link AccessLogBucket}. */
export interface AccessLogBucketProps {
  /** Days the access log objects are kept. */
  expiryDays: number;
  removalPolicy: RemovalPolicy;
}

/**
 * The destination of S3 server access logs. S3 log delivery only writes to SSE-S3 buckets, so this
 * bucket uses S3-managed keys; it holds request metadata only, never session content.
 */
export class AccessLogBucket extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: AccessLogBucketProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: false,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(props.expiryDays) }],
      removalPolicy: props.removalPolicy,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket is the server access log destination itself; logging it into itself would loop.',
    });
  }
}

/** Props of {@link EncryptedBucket}. */
export interface EncryptedBucketProps {
  /** Customer-managed KMS key for SSE-KMS (bucket keys on, so KMS calls stay few). */
  encryptionKey: kms.IKey;
  /** Where the server access logs go, and under which prefix. */
  accessLogs: { bucket: s3.IBucket; prefix: string };
  lifecycleRules?: s3.LifecycleRule[];
  versioned: boolean;
  eventBridgeEnabled?: boolean;
  removalPolicy: RemovalPolicy;
}

/** A KMS-encrypted, private, TLS-only bucket whose requests are logged. */
export class EncryptedBucket extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: EncryptedBucketProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.encryptionKey,
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: props.versioned,
      serverAccessLogsBucket: props.accessLogs.bucket,
      serverAccessLogsPrefix: props.accessLogs.prefix,
      lifecycleRules: props.lifecycleRules,
      eventBridgeEnabled: props.eventBridgeEnabled ?? false,
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: false,
    });
  }
}
