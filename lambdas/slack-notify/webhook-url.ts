/** Where slack-notify finds its webhook URL: an env value, or a Secrets Manager secret cached in memory. */
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

export interface WebhookUrlSource {
  /** A literal URL (SLACK_WEBHOOK_URL); wins when set. */
  url?: string;
  /** Secret holding the URL (SLACK_WEBHOOK_SECRET_ARN). */
  secretArn?: string;
  /** Client factory, called once on first use. */
  secrets: () => SecretsManagerClient;
  /** How long a fetched URL is reused, ms. */
  ttlMs: number;
  now?: () => number;
}

/** Read the URL out of a secret string: the string itself, or JSON `{ "url" | "webhook_url": ... }`. */
export function webhookUrlFromSecret(secret: string): string {
  const s = secret.trim();
  let url = s;
  if (s.startsWith('{')) {
    const v = JSON.parse(s) as Record<string, unknown>;
    const found = v.url ?? v.webhook_url ?? v.SLACK_WEBHOOK_URL;
    if (typeof found !== 'string') throw new Error('webhook secret JSON has no "url" or "webhook_url" string field');
    url = found;
  }
  if (!/^https?:\/\//.test(url)) throw new Error('webhook secret does not hold an http(s) URL');
  return url;
}

/**
 * A `() => Promise<string>` for `makeSlackNotifyHandler`.
 * @throws Error (when called) if neither source is configured or the secret has no URL.
 */
export function cachedWebhookUrl(src: WebhookUrlSource): () => Promise<string> {
  const now = src.now ?? Date.now;
  let client: SecretsManagerClient | undefined;
  let cached: { url: string; at: number } | undefined;
  return async () => {
    if (src.url) return src.url;
    if (!src.secretArn) throw new Error('set SLACK_WEBHOOK_URL or SLACK_WEBHOOK_SECRET_ARN');
    if (cached && now() - cached.at < src.ttlMs) return cached.url;
    client ??= src.secrets();
    const res = await client.send(new GetSecretValueCommand({ SecretId: src.secretArn }));
    if (!res.SecretString) throw new Error(`secret ${src.secretArn} has no SecretString`);
    cached = { url: webhookUrlFromSecret(res.SecretString), at: now() };
    return cached.url;
  };
}
