/**
 * Where hot-lead alerts go. On AWS: the SNS topic "hot-leads" (email and slack-notify subscribe);
 * the embedded default supplies its own outbox publisher implementing the same interface.
 */
import { PublishCommand, type MessageAttributeValue, type SNSClient } from '@aws-sdk/client-sns';
import { alertSubject, parseHotLeadAlert, type HotLeadAlert } from './alert';
import { formatAlertEmail } from './email';

/** Publishes one alert; resolves once it is accepted. Rejects on any delivery failure. */
export interface AlertPublisher {
  publish(alert: HotLeadAlert): Promise<void>;
}

/**
 * The SNS message attributes subscriptions can filter on: `tier`, `score` (Number), `industry`
 * (`unknown` when not given: SNS rejects empty values) and `rules_version`.
 */
export function alertMessageAttributes(alert: HotLeadAlert): Record<string, MessageAttributeValue> {
  return {
    tier: { DataType: 'String', StringValue: alert.tier },
    score: { DataType: 'Number', StringValue: String(alert.score) },
    industry: { DataType: 'String', StringValue: alert.company.industry || 'unknown' },
    rules_version: { DataType: 'String', StringValue: alert.rules_version },
  };
}

/**
 * Publishes alerts to an SNS topic with filterable attributes and a readable subject. The message
 * is per protocol (`MessageStructure: 'json'`): email subscribers get the plain-text email
 * (./email.ts), every other subscriber (Lambda, SQS, HTTP) the alert JSON as `default`.
 */
export class SnsAlertPublisher implements AlertPublisher {
  constructor(
    private readonly sns: SNSClient,
    private readonly topicArn: string,
  ) {}

  /** @throws HotLeadAlertError for an invalid alert; the SNS client's error when publishing fails. */
  async publish(alert: HotLeadAlert): Promise<void> {
    const valid = parseHotLeadAlert(alert);
    await this.sns.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: alertSubject(valid),
        MessageStructure: 'json',
        Message: JSON.stringify({ default: JSON.stringify(valid), email: formatAlertEmail(valid) }),
        MessageAttributes: alertMessageAttributes(valid),
      }),
    );
  }
}
