/**
 * Exactly one hot-lead alert per (session_id, rules_version), whatever the redeliveries: the
 * publish runs inside Powertools idempotency (`makeIdempotent`), keyed on those two fields only.
 * On AWS the store is `DynamoDBPersistenceLayer`; locally `LocalIdempotencyStore`.
 *
 * - A completed key returns the stored result: the publish does not run again.
 * - A publish that throws deletes the in-progress record, so the redelivery can try again.
 * - A concurrent delivery of the same key throws `IdempotencyAlreadyInProgressError`: the caller
 *   treats it as transient and the event is redelivered, then finds the key completed.
 */
import { IdempotencyConfig, IdempotencyItemNotFoundError, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';

/** The key of one alert. */
export interface AlertKey {
  session_id: string;
  rules_version: string;
}

/**
 * Decides whether an alert for (session_id, rules_version) is still due. `run` executes `publish`
 * at most once per key and resolves to whether it ran now.
 */
export interface AlertOnce {
  run(key: AlertKey, publish: () => Promise<void>): Promise<boolean>;
}

/** Key prefix shared by every consumer that alerts (score-lead, rescore), so they share one key space. */
export const ALERT_IDEMPOTENCY_PREFIX = 'trialist.hot-lead-alert';
/** How long an alert key is remembered: 30 days, in seconds (DynamoDB TTL removes it after). */
export const DEFAULT_ALERT_KEY_TTL_SECONDS = 30 * 24 * 3600;

interface Payload {
  session_id: string;
  rules_version: string;
  /** Unique per call; not part of the key. Returned by the run that actually published. */
  attempt: string;
}

/** `AlertOnce` over Powertools idempotency and any persistence layer. */
export class IdempotentAlertOnce implements AlertOnce {
  private readonly config: IdempotencyConfig;
  private lambdaContextRegistered = false;
  private readonly inProgressTimeoutMs: number;
  private readonly once: (payload: Payload, publish: () => Promise<void>) => Promise<{ attempt: string; published_at: string }>;

  /**
   * @param opts.expiresAfterSeconds how long a sent alert's key is remembered (default 30 days).
   * @param opts.inProgressTimeoutMs outside Lambda (no registered context), how long an unfinished
   *   publish blocks its key before another delivery may retry it (default 60,000 ms). Without it a
   *   crash mid-publish would block the key until `expiresAfterSeconds`.
   */
  constructor(persistenceStore: BasePersistenceLayer, opts: { expiresAfterSeconds?: number; inProgressTimeoutMs?: number } = {}) {
    this.inProgressTimeoutMs = opts.inProgressTimeoutMs ?? 60_000;
    this.config = new IdempotencyConfig({
      eventKeyJmesPath: '[session_id, rules_version]',
      throwOnNoIdempotencyKey: true,
      expiresAfterSeconds: opts.expiresAfterSeconds ?? DEFAULT_ALERT_KEY_TTL_SECONDS,
    });
    this.once = makeIdempotent(
      async (payload: Payload, publish: () => Promise<void>) => {
        await publish();
        return { attempt: payload.attempt, published_at: new Date().toISOString() };
      },
      { persistenceStore, config: this.config, keyPrefix: ALERT_IDEMPOTENCY_PREFIX, dataIndexArgument: 0 },
    );
  }

  /** Lets an in-progress key expire with the Lambda invocation (call once per invocation). */
  registerLambdaContext(context: Context): void {
    this.config.registerLambdaContext(context);
    this.lambdaContextRegistered = true;
  }

  async run(key: AlertKey, publish: () => Promise<void>): Promise<boolean> {
    const attempt = randomUUID();
    if (!this.lambdaContextRegistered) {
      const timeout = this.inProgressTimeoutMs;
      this.config.registerLambdaContext({ getRemainingTimeInMillis: () => timeout } as Context);
    }
    const res = await this.once({ session_id: key.session_id, rules_version: key.rules_version, attempt }, publish);
    return res.attempt === attempt;
  }
}

/**
 * Drop the idempotency records of these alert keys (erasure: the sessions are gone). Uses the
 * same key derivation as `IdempotentAlertOnce` (prefix and `[session_id, rules_version]`), so
 * `persistenceStore` must be a fresh layer over the same table or file, not one already in use.
 * @returns how many records existed and were deleted.
 */
export async function forgetAlertKeys(persistenceStore: BasePersistenceLayer, keys: readonly AlertKey[]): Promise<number> {
  persistenceStore.configure({
    config: new IdempotencyConfig({ eventKeyJmesPath: '[session_id, rules_version]', throwOnNoIdempotencyKey: true }),
    keyPrefix: ALERT_IDEMPOTENCY_PREFIX,
  });
  let removed = 0;
  for (const key of keys) {
    const data = { session_id: key.session_id, rules_version: key.rules_version };
    try {
      await persistenceStore.getRecord(data);
    } catch (e) {
      if (e instanceof IdempotencyItemNotFoundError) continue;
      // an expired or otherwise unusable record still goes
    }
    await persistenceStore.deleteRecord(data);
    removed++;
  }
  return removed;
}
