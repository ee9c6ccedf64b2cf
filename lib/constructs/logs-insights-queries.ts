/**
 * Saved CloudWatch Logs Insights queries for operators (`logs.QueryDefinition`, listed under
 * "Saved queries" in the Logs Insights console, folder `trialist-{env}`): over the agent's one
 * `session_analytics` JSON line per call (agent-container/src/ops.ts) and score-lead's
 * `lead scored` lines. The agent logs JSON with the message in `msg`; Powertools logs it in `message`.
 */
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** Props of {@link LogsInsightsQueries}. */
export interface LogsInsightsQueriesProps {
  envName: string;
  /** The agent worker's log group (session_analytics and export lines). */
  agentLogGroup: logs.ILogGroup;
  /** score-lead's log group (`lead scored` lines with score and tier). */
  scoreLeadLogGroup: logs.ILogGroup;
  /** Tool names whose failures are counted (the agent's tools). */
  toolNames: readonly string[];
}

/** One saved query: its name (after the folder), which logs it reads, and its commands. */
export interface InsightsQuery {
  name: string;
  logs: 'agent' | 'score-lead';
  query: logs.QueryStringProps;
}

/** The agent's tools (agent-container/src/trial-agent.ts), whose failures the failed-tool-calls query counts. */
export const AGENT_TOOL_NAMES = ['search_knowledge', 'record_consent', 'book_sales_meeting', 'end_call'] as const;

/** The saved queries, as data. */
export function insightsQueries(toolNames: readonly string[]): InsightsQuery[] {
  return [
    {
      name: 'hot-leads',
      logs: 'score-lead',
      query: {
        fields: ['@timestamp', 'session_id', 'score', 'tier', 'rules_version'],
        filterStatements: ["message = 'lead scored'", "tier = 'hot'"],
        sort: '@timestamp desc',
        limit: 200,
      },
    },
    {
      name: 'sessions-and-tokens-per-5-minutes',
      logs: 'agent',
      query: {
        filterStatements: ["msg = 'session_analytics'"],
        statsStatements: ['count(*) as sessions, sum(llm_prompt_tokens) as prompt_tokens, sum(llm_completion_tokens) as completion_tokens, sum(cost_usd) as cost_usd by bin(5m)'],
        sort: '@timestamp desc',
      },
    },
    {
      name: 'failed-tool-calls',
      logs: 'agent',
      query: {
        fields: ['@timestamp', 'session_id', 'template_id', ...toolNames.map((t) => `tools.${t}.errors`)],
        filterStatements: ["msg = 'session_analytics'", toolNames.map((t) => `tools.${t}.errors > 0`).join(' or ')],
        sort: '@timestamp desc',
        limit: 500,
      },
    },
    {
      name: 'export-failures-and-recoveries',
      logs: 'agent',
      query: {
        filterStatements: ['msg like /session record export/ or msg like /spool/ or msg like /recover/ or msg like /checkpoint/'],
        statsStatements: ['count(*) as lines by msg, bin(1h)'],
        sort: '@timestamp desc',
      },
    },
  ];
}

/** The saved queries, one `logs.QueryDefinition` each. */
export class LogsInsightsQueries extends Construct {
  readonly definitions: logs.QueryDefinition[];

  constructor(scope: Construct, id: string, props: LogsInsightsQueriesProps) {
    super(scope, id);
    this.definitions = insightsQueries(props.toolNames).map(
      (q) =>
        new logs.QueryDefinition(this, q.name, {
          queryDefinitionName: `trialist-${props.envName}/${q.name}`,
          queryString: new logs.QueryString(q.query),
          logGroups: [q.logs === 'agent' ? props.agentLogGroup : props.scoreLeadLogGroup],
        }),
    );
  }
}
