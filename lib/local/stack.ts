/**
 * The embedded local stack behind `npm run demo` (docs/architecture.md, "Production and the embedded
 * default"): s3rver in-process on a local folder, an S3Client pointed at it, and s3rver's
 * S3 notifications delivered, in the shape AWS uses, to the same handler functions the Lambdas
 * run. For keys under `sessions/` (the production notification filter) both score-lead (as an
 * SQS message, through the same partial-batch consumer as on AWS) and partition-register receive
 * each ObjectCreated event. Hot-lead alerts go to a local outbox
 * (and through slack-notify, SNS-shaped, when a webhook URL is set), once per session and rules
 * version as on AWS (Powertools idempotency over a local file instead of DynamoDB); partitions go
 * to a local catalog file. LiveKit webhooks are received on a localhost port by the livekit-webhook
 * handler core and their reconciliation checks run after a short grace period (lib/pipeline/reconcile.ts).
 * A failed invocation is retried (Lambda's two asynchronous retries; for
 * score-lead, the queue's maxReceiveCount) and then written to the local dead-letter folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import type { S3rverEvent } from 's3rver';
import { alertSubject, IdempotentAlertOnce, parseHotLeadAlert, type AlertOnce, type AlertPublisher, type HotLeadAlert } from '../alerts';
import { LocalIdempotencyStore } from './idempotency-store';
import type { LeadScore } from '../scoring';
import { decodeEventKey, SESSIONS_PREFIX } from '../session-record';
import { makePartitionRegisterHandler } from '../../lambdas/partition-register/handler';
import { makeScoreLeadHandler, type ScoreLeadResult } from '../../lambdas/score-lead/handler';
import { makeScoreLeadQueueHandler } from '../../lambdas/score-lead/queue';
import type { RulesConfig } from '../scoring/rules';
import { makeCrmSyncHandler } from '../../lambdas/crm-sync/handler';
import { makeLlmSummaryHandler } from '../../lambdas/llm-summary/handler';
import type { ConverseSender } from '../analysis/llm';
import { HubSpotCrm } from '../crm/hubspot';
import { SCORES_PREFIX } from '../bucket-layout';
import { startHubSpotStandIn, type HubSpotStandIn } from './hubspot';
import { makeSlackNotifyHandler } from '../../lambdas/slack-notify/handler';
import { makeLivekitWebhookHandler } from '../../lambdas/livekit-webhook/handler';
import { makeReconcileHandler } from '../../lambdas/reconcile/handler';
import { WebhookReceiver } from 'livekit-server-sdk';
import type { ReconcileCheck, ReconcileOutcome } from '../pipeline/reconcile';
import { PRICE_TABLE_VERSION } from '../pricing';
import { LocalPartitionCatalog } from './catalog';
import { s3EventOf, snsEventOf, sqsEventOf, toAwsS3Record } from './events';
import { DEFAULT_LOCAL_BUCKET, localLayout, type LocalLayout } from './layout';
import { localHandlerLogger } from './logger';
import { OutboxPublisher } from './outbox';
import { startLocalS3 } from './s3';
import { localLivekitCredentials, type LivekitCredentials } from './livekit-webhook';
import { serveWebhooks } from './webhook-server';

/** The local functions events are delivered to (named like the Lambdas). */
export type LocalFunctionName = 'score-lead' | 'partition-register' | 'slack-notify' | 'reconcile' | 'crm-sync' | 'llm-summary';

/** The local stand-in for the `hot-leads` topic's ARN, as it appears in SNS-shaped events. */
export const LOCAL_TOPIC_ARN = 'arn:aws:sns:us-east-1:000000000000:hot-leads';

/** The local stand-in for the queue score-lead consumes, as it appears in SQS-shaped events. */
export const LOCAL_SCORE_QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:score-lead';

/**
 * Invocations per event: partition-register gets the first try plus Lambda's two asynchronous
 * retries; score-lead, an SQS consumer, gets its message received up to the queue's
 * maxReceiveCount (5, lib/constructs/queue-consumer.ts); slack-notify gets one, since its handler
 * already retries the webhook with backoff.
 */
const MAX_ATTEMPTS: Record<LocalFunctionName, number> = { 'score-lead': 5, 'partition-register': 3, 'slack-notify': 1, reconcile: 5, 'crm-sync': 3, 'llm-summary': 3 };
/** Grace period between a call's end webhook and its reconciliation check, locally (ms); on AWS 120 s. */
export const LOCAL_RECONCILE_GRACE_MS = 2000;
/** Pause before each retry, ms. */
const RETRY_DELAYS_MS = [50, 200];


/** One handled (or dead-lettered) invocation. */
export interface Delivery {
  fn: LocalFunctionName;
  /** The object key (URL-decoded) for S3 events; the session id for alerts. */
  subject: string;
  /** The event as the handler received it (S3Event or SNSEvent). */
  event: unknown;
  ok: boolean;
  attempts: number;
  /** The handler's return value when it succeeded. */
  result?: unknown;
  /** The last error's message when every attempt failed. */
  error?: string;
  /** Where the failed event was written (`<dir>/dead-letter/...json`). */
  deadLetterFile?: string;
}

/** What `drain()` reports about everything delivered so far. */
export interface DrainReport {
  deliveries: number;
  failed: Delivery[];
}

/** Options for `startLocalStack`. */
export interface LocalStackOptions {
  /** The local data folder (created if missing; never wiped here). */
  directory: string;
  /** Bucket name; default `trialist-local`. */
  bucket?: string;
  /** Slack incoming webhook; default `process.env.SLACK_WEBHOOK_URL`; empty disables Slack. */
  slackWebhookUrl?: string;
  /** Progress lines (alerts, failures); default: stderr. */
  log?: (line: string) => void;
  /** Clock handed to score-lead (scored_at). */
  now?: () => Date;
  /** Port for s3rver; default 0 (any free port). */
  port?: number;
  /** Also log the handlers' info lines. */
  verbose?: boolean;
  /** Port of the LiveKit webhook receiver on 127.0.0.1; default 0 (any free port). */
  webhookPort?: number;
  /** LiveKit API key and secret webhooks must be signed with; default LIVEKIT_API_KEY/SECRET, else `devkey`/`secret`. */
  livekit?: LivekitCredentials;
  /** Wait between a call's end webhook and its check, ms; default LOCAL_RECONCILE_GRACE_MS. */
  reconcileGraceMs?: number;
  /** Rules score-lead scores with; default the built-in rules (DEFAULT_RULES). */
  rules?: RulesConfig;
  /** Run crm-sync on every score against a local HubSpot stand-in writing under `{directory}/crm/`. */
  crm?: boolean;
  /**
   * Run llm-summary on every score with this Bedrock client and model (e.g. a BedrockRuntimeClient
   * pointed at the stand-in, lib/local/bedrock.ts). Unset (the default, and the demo's): no LLM analysis.
   */
  llm?: { bedrock: ConverseSender; modelId: string };
}

/** A running local stack. Always `stop()` it. */
export interface LocalStack {
  layout: LocalLayout;
  bucket: string;
  /** `http://127.0.0.1:PORT`, the S3 endpoint. */
  endpoint: string;
  /** An S3 client for the local bucket (path-style, s3rver's dummy credentials). */
  s3: S3Client;
  catalog: LocalPartitionCatalog;
  /** Deliver an S3 event to the session consumers as S3 would (e.g. a redelivery); returns once queued. */
  deliver(event: S3Event): void;
  /** Resolves once every delivered event (and every alert it raised) has been handled. */
  drain(): Promise<DrainReport>;
  /** Every invocation so far, in completion order. */
  deliveries(): readonly Delivery[];
  /** The latest lead score per session, from score-lead's results. */
  scores(): Map<string, LeadScore>;
  /** The `hot-leads` topic stand-in (the outbox, fanned out to Slack when set): publish through `alertOnce`. */
  publisher: AlertPublisher;
  /** Exactly one alert per (session_id, rules_version), shared by score-lead and anything else that alerts (rescore). */
  alertOnce: AlertOnce;
  /** Session ids of every alert published so far, in order (a repeat would mean a duplicate alert). */
  published(): readonly string[];
  /** `http://127.0.0.1:PORT/livekit/webhook`: the livekit-webhook handler (signature-checked; point LiveKit's webhook here). */
  webhookUrl: string;
  /** Run one reconciliation check now (what the scheduled check does after the grace period). */
  reconcile(check: ReconcileCheck): Promise<ReconcileOutcome>;
  /** Stop s3rver (after draining). Idempotent. */
  stop(): Promise<void>;
  /** The local HubSpot stand-in crm-sync writes to (with the `crm` option). */
  crm?: HubSpotStandIn;
}

/** The record's object key, URL-decoded; as received when its encoding is malformed (the handlers quarantine it). */
function keyOf(record: S3EventRecord): string {
  try {
    return decodeEventKey(record.s3.object.key);
  } catch {
    return record.s3.object.key;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Start s3rver on `<directory>/s3` and wire the pipeline to its events.
 * @throws whatever s3rver throws when it cannot listen or create the bucket folder.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const bucket = options.bucket ?? DEFAULT_LOCAL_BUCKET;
  const layout = localLayout(options.directory, bucket);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const webhook = options.slackWebhookUrl ?? process.env.SLACK_WEBHOOK_URL ?? '';
  const store = await startLocalS3({ directory: layout.s3Dir, buckets: [bucket], port: options.port });
  const { server, endpoint, s3 } = store;
  const catalog = new LocalPartitionCatalog(layout.catalogFile, options.now);

  const pending = new Set<Promise<void>>();
  const done: Delivery[] = [];
  const latestScores = new Map<string, LeadScore>();
  const publishedIds: string[] = [];
  let stopped = false;

  const loggerFor = (fn: LocalFunctionName) => localHandlerLogger(fn, log, options.verbose);
  const slackNotify = webhook
    ? makeSlackNotifyHandler({ webhookUrl: async () => webhook, logger: loggerFor('slack-notify') })
    : undefined;

  const outbox = new OutboxPublisher<HotLeadAlert>(layout.outboxDir, {
    log,
    validate: parseHotLeadAlert,
    onPublished: (alert) => {
      publishedIds.push(alert.session_id);
      if (!slackNotify) return;
      const event = snsEventOf(JSON.stringify(alert), LOCAL_TOPIC_ARN, alertSubject(alert));
      track('slack-notify', alert.session_id, event, () => slackNotify(event));
    },
  });

  const alertOnce = new IdempotentAlertOnce(new LocalIdempotencyStore(layout.idempotencyFile));
  const scoreLead = makeScoreLeadHandler({ s3, publisher: outbox, alertOnce, now: options.now, rules: options.rules, logger: loggerFor('score-lead') });
  const partitionRegister = makePartitionRegisterHandler({ catalog, logger: loggerFor('partition-register') });
  const hub = options.crm ? await startHubSpotStandIn({ directory: path.join(layout.root, 'crm') }) : undefined;
  const crmSync = hub
    ? makeCrmSyncHandler({ s3, crm: new HubSpotCrm({ accessToken: hub.token, basePath: hub.url }), logger: loggerFor('crm-sync') })
    : undefined;

  const llmSummary = options.llm
    ? makeLlmSummaryHandler({ s3, bedrock: options.llm.bedrock, modelId: options.llm.modelId, now: options.now, logger: loggerFor('llm-summary') })
    : undefined;

  /** Run one invocation with retries; dead-letter it when every attempt fails. */
  function track(fn: LocalFunctionName, subject: string, event: unknown, invoke: () => Promise<unknown>): void {
    const job = (async () => {
      let lastError: unknown;
      const attempts = MAX_ATTEMPTS[fn];
      for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
          const result = await invoke();
          if (fn === 'score-lead') {
            for (const s of (result as ScoreLeadResult).scored) latestScores.set(s.session_id, s);
          }
          done.push({ fn, subject, event, ok: true, attempts: attempt, result });
          return;
        } catch (e) {
          lastError = e;
          if (attempt < attempts) await sleep(RETRY_DELAYS_MS[attempt - 1] ?? 200);
        }
      }
      const message = lastError instanceof Error ? lastError.message : String(lastError);
      const file = path.join(layout.deadLetterDir, `${Date.now()}-${fn}-${subject.replace(/[^A-Za-z0-9_.=-]+/g, '_').slice(-120)}.json`);
      try {
        await mkdir(layout.deadLetterDir, { recursive: true });
        await writeFile(file, JSON.stringify({ function: fn, error: message, attempts, event }, null, 2) + '\n');
      } catch (e) {
        log(`could not write dead-letter file ${file}: ${(e as Error).message}`);
      }
      log(`${fn} failed on ${subject} after ${attempts} attempt(s): ${message} (event kept in ${file})`);
      done.push({ fn, subject, event, ok: false, attempts, error: message, deadLetterFile: file });
    })();
    pending.add(job);
    void job.finally(() => pending.delete(job));
  }

  /** Fan one S3 record out to the session consumers, each with its own single-record event. */
  function deliverRecord(record: S3EventRecord): void {
    const event = s3EventOf(record);
    const key = keyOf(record);
    let receives = 0;
    track('score-lead', key, event, async () => {
      // through the same SQS partial-batch consumer as on AWS: a failed message is received again
      let result: ScoreLeadResult | undefined;
      let error: unknown;
      const consumer = makeScoreLeadQueueHandler(
        (e) => scoreLead(e).catch((err: unknown) => Promise.reject((error = err))),
        (r) => void (result = r),
      );
      const response = await consumer(sqsEventOf(JSON.stringify(event), LOCAL_SCORE_QUEUE_ARN, ++receives));
      if (response.batchItemFailures.length > 0) throw error instanceof Error ? error : new Error(`message failed: ${String(error)}`);
      return result;
    });
    track('partition-register', key, event, () => partitionRegister(event));
  }

  function deliver(event: S3Event): void {
    for (const record of event.Records) {
      const key = keyOf(record);
      if (record.eventName.startsWith('ObjectCreated:') && key.startsWith(SESSIONS_PREFIX)) deliverRecord(record);
      if (crmSync && record.eventName.startsWith('ObjectCreated:') && key.startsWith(SCORES_PREFIX)) {
        const event = s3EventOf(record);
        track('crm-sync', key, event, () => crmSync(event));
      }
      if (llmSummary && record.eventName.startsWith('ObjectCreated:') && key.startsWith(SCORES_PREFIX)) {
        const event = s3EventOf(record);
        track('llm-summary', key, event, () => llmSummary(event));
      }
    }
  }

  // LiveKit webhooks: the same handler core as the livekit-webhook Lambda, behind a local HTTP port;
  // its checks run after the grace period through the reconcile handler core, retried like SQS would.
  const graceMs = options.reconcileGraceMs ?? LOCAL_RECONCILE_GRACE_MS;
  const reconcileDeps = { s3, bucket, priceTableVersion: PRICE_TABLE_VERSION };
  const runCheck = makeReconcileHandler({ ...reconcileDeps, logger: loggerFor('reconcile') });
  // one check at a time, as one queue consumer would: s3rver ignores If-None-Match, which makes two
  // concurrent checks of one session safe on AWS
  let tail: Promise<unknown> = Promise.resolve();
  const serially = <T>(f: () => Promise<T>): Promise<T> => {
    const p = tail.then(f, f);
    tail = p.catch(() => undefined);
    return p;
  };
  const creds = options.livekit ?? localLivekitCredentials();
  const livekitWebhook = makeLivekitWebhookHandler({
    receiver: new WebhookReceiver(creds.apiKey, creds.apiSecret),
    s3,
    bucket,
    logger: localHandlerLogger('livekit-webhook', log, options.verbose),
    schedule: async (check) => {
      const subject = check.kind === 'session' ? check.facts.session_id : `room ${check.room_sid}`;
      const delayed = new Promise<void>((resolve) => setTimeout(resolve, graceMs));
      track('reconcile', subject, check, async () => {
        await delayed;
        return serially(() => runCheck(check));
      });
    },
  });
  const webhookServer = await serveWebhooks(livekitWebhook, options.webhookPort ?? 0);

  server.on('event', (e: S3rverEvent) => {
    if (stopped) return;
    deliver(s3EventOf(...e.Records.map((r) => toAwsS3Record(r))));
  });

  async function drain(): Promise<DrainReport> {
    while (pending.size > 0) await Promise.allSettled([...pending]);
    return { deliveries: done.length, failed: done.filter((d) => !d.ok) };
  }

  return {
    layout,
    bucket,
    endpoint,
    s3,
    catalog,
    deliver,
    drain,
    deliveries: () => [...done],
    scores: () => new Map(latestScores),
    publisher: outbox,
    alertOnce,
    published: () => [...publishedIds],
    webhookUrl: webhookServer.url,
    reconcile: (check) => serially(() => runCheck(check)),
    async stop() {
      if (stopped) return;
      await drain();
      stopped = true;
      await webhookServer.close();
      await store.stop();
      await hub?.stop();
    },
    crm: hub,
  };
}
