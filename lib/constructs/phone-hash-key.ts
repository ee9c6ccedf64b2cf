/**
 * The phone-hash key set in Secrets Manager (lib/privacy/phone-hash.ts): JSON
 * `{"current_id": "k1", "current": "<64 generated characters>"}`, generated at first deploy and never
 * overwritten by later deploys. Readers get `PHONE_HASH_SECRET_ID` and read access.
 *
 * Rotation is by hand, in two steps, because every stored hash depends on the key: put
 * `{"current_id": "k2", "current": "<new>", "previous_id": "k1", "previous": "<old>"}`; lookups
 * (caller memory, erasure) then try both and caller memory moves each caller to the new key on
 * their next call. Drop `previous` once the rotation window (e.g. the caller-memory horizon) is over.
 */
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/** Props of {@link PhoneHashKeySecret}. */
export interface PhoneHashKeySecretProps {
  envName: string;
  /** The secret's name: `{secretsPrefix}/phone-hash`. */
  secretsPrefix: string;
}

/** Id the generated first key gets. */
export const FIRST_PHONE_HASH_KEY_ID = 'k1';

export class PhoneHashKeySecret extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: PhoneHashKeySecretProps) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      secretName: `${props.secretsPrefix}/phone-hash`,
      description: `trialist ${props.envName}: HMAC key set for caller phone-number hashes (JSON current_id, current[, previous_id, previous])`,
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ current_id: FIRST_PHONE_HASH_KEY_ID }),
        generateStringKey: 'current',
        passwordLength: 64,
        excludePunctuation: true,
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'Rotating the phone-hash key re-keys every stored hash: it is done by hand with a previous-key window (README "Privacy"), not by a rotation Lambda.',
    });
  }

  /** Environment variables a reader needs (`PHONE_HASH_SECRET_ID`). */
  environment(): Record<string, string> {
    return { PHONE_HASH_SECRET_ID: this.secret.secretArn };
  }

  /** Let `grantee` read the key set. */
  grantRead(grantee: iam.IGrantable): void {
    this.secret.grantRead(grantee);
  }
}
