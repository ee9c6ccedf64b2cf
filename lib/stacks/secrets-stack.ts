/**
 * The agent's secrets, in their own stack so an operator can deploy it first, put the real values,
 * and only then start the agent service (whose tasks fail their health check without them).
 * Each secret is a JSON object; the keys become the container's environment variables.
 */
import { RemovalPolicy, SecretValue, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/** JSON keys of the LiveKit secret: the worker's connection to LiveKit Cloud or a self-hosted server. */
export const LIVEKIT_SECRET_KEYS = ['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET'] as const;
/** JSON keys of the voice providers secret (the plugins read these names). */
export const PROVIDER_SECRET_KEYS = ['OPENAI_API_KEY', 'DEEPGRAM_API_KEY', 'ELEVEN_API_KEY'] as const;

/** Props of {@link SecretsStack}. */
export interface SecretsStackProps extends StackProps {
  envName: string;
  /** Secret names are `{secretsPrefix}/livekit` and `{secretsPrefix}/providers`. */
  secretsPrefix: string;
}

export class SecretsStack extends Stack {
  readonly livekitSecret: secretsmanager.Secret;
  readonly providerSecret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: SecretsStackProps) {
    super(scope, id, props);
    // The stack only creates the secrets' shape: each key holds the non-secret text REPLACE_ME until
    // the operator puts the real values (README "Deploy to AWS"); later deploys never overwrite them.
    const placeholder = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, SecretValue.unsafePlainText('REPLACE_ME')]));
    this.livekitSecret = new secretsmanager.Secret(this, 'LiveKitSecret', {
      secretName: `${props.secretsPrefix}/livekit`,
      description: `trialist ${props.envName}: LiveKit URL, API key and secret (JSON keys ${LIVEKIT_SECRET_KEYS.join(', ')})`,
      secretObjectValue: placeholder(LIVEKIT_SECRET_KEYS),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.providerSecret = new secretsmanager.Secret(this, 'ProviderSecret', {
      secretName: `${props.secretsPrefix}/providers`,
      description: `trialist ${props.envName}: STT/LLM/TTS provider API keys (JSON keys ${PROVIDER_SECRET_KEYS.join(', ')})`,
      secretObjectValue: placeholder(PROVIDER_SECRET_KEYS),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const secret of [this.livekitSecret, this.providerSecret]) {
      Validations.of(secret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason: 'Third-party API keys (LiveKit, OpenAI, Deepgram, ElevenLabs) are issued by those vendors and cannot be rotated by a rotation Lambda.',
      });
    }
  }
}
