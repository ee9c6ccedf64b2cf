/**
 * Where hot-lead alerts go. On AWS: the SNS topic "hot-leads" (email and slack-notify subscribe);
 * the embedded default supplies its own outbox publisher implementing the same interface.
 */
import { PublishCommand, type MessageAttributeValue, type SNSClient } from '@aws-sdk/client-sns';
import { alertSubject, parseHotLeadAlert, type HotLeadAlert } from './alert';

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

/** Publishes alerts as JSON to an SNS topic with filterable attributes and a readable subject. */
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
        Message: JSON.stringify(valid),
        MessageAttributes: alertMessageAttributes(valid),
      }),
    );
  }
}
