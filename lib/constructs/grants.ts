/**
 * Least-privilege grants with explicit actions (no `s3:GetObject*`-style action wildcards, as the
 * CDK's grantRead/grantPut would add): object access under named prefixes of one bucket, and the
 * KMS actions that access needs. The per-prefix object ARNs are marked for cdk-nag (see ./nag).
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { acknowledgeScopedWildcards } from './nag';

/** What a role may do with objects, per key prefix: read (GetObject), read given versions, write (PutObject), delete. */
export interface ObjectAccess {
  bucket: s3.IBucket;
  /** The bucket's SSE-KMS key. */
  key: kms.IKey;
  /** Prefixes (ending in `/`) the role may read. */
  read?: string[];
  /** Prefixes (ending in `/`) the role may write (create or overwrite; never delete). */
  write?: string[];
  /**
   * Prefixes (ending in `/`) whose objects the role may read by version (s3:GetObjectVersion),
   * e.g. to copy exactly the version it read (CopyObject with `?versionId=`).
   */
  readVersions?: string[];
  /** Prefixes (ending in `/`) the role may delete objects and given versions under (s3:DeleteObject, s3:DeleteObjectVersion). */
  delete?: string[];
  /**
   * Prefixes (ending in `/`) the role may list (s3:ListBucket on the bucket, conditioned on
   * `s3:prefix`): lets a reader tell a missing object from a denied one, since S3 answers a
   * missing key with 403 to a caller that may not list it.
   */
  list?: string[];
}

/**
 * Add statements to `role` for exactly the object access described, and the KMS actions it needs
 * (Decrypt to read; GenerateDataKey to write with SSE-KMS and bucket keys; deleting needs none).
 * @throws Error when a prefix is empty or lacks its trailing `/`.
 */
export function grantObjectAccess(role: iam.IRole, access: ObjectAccess): void {
  const read = access.read ?? [];
  const write = access.write ?? [];
  const readVersions = access.readVersions ?? [];
  const del = access.delete ?? [];
  const list = access.list ?? [];
  for (const p of [...read, ...write, ...readVersions, ...del, ...list]) {
    if (!/^([a-z0-9_-]+\/)+$/.test(p)) throw new Error(`object prefix must look like "sessions/" or "checkpoints/rooms/": ${JSON.stringify(p)}`);
  }
  if (read.length > 0) {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: read.map((p) => access.bucket.arnForObjects(`${p}*`)) }),
    );
  }
  if (write.length > 0) {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: write.map((p) => access.bucket.arnForObjects(`${p}*`)) }),
    );
  }
  if (readVersions.length > 0) {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObjectVersion'], resources: readVersions.map((p) => access.bucket.arnForObjects(`${p}*`)) }),
    );
  }
  if (del.length > 0) {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'], resources: del.map((p) => access.bucket.arnForObjects(`${p}*`)) }),
    );
  }
  if (list.length > 0) {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [access.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': list.map((p) => `${p}*`) } },
      }),
    );
  }
  const kmsActions = [...(read.length + readVersions.length > 0 ? ['kms:Decrypt'] : []), ...(write.length > 0 ? ['kms:GenerateDataKey'] : [])];
  if (kmsActions.length > 0) {
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: kmsActions, resources: [access.key.keyArn] }));
  }
  acknowledgeScopedWildcards(
    role,
    ...[...new Set([...read, ...write, ...readVersions, ...del])].map((p) => ({
      suffix: `/${p}*`,
      reason: `Object ARNs under the ${p} prefix of one bucket: S3 keys are not known in advance, so a prefix wildcard is the narrowest grant.`,
    })),
  );
}
