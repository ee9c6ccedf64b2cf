/** Test fixtures: a valid session record built from parts, for handler and pipeline tests. */
import { emptySignals, SCHEMA_VERSION, sessionKey, type SessionRecord } from '../lib/session-record';
import type { SessionSink } from '../lib/storage/session-sink';

const noLatency = { p50: null, p95: null, samples: 0 };

/** A valid minimal session record; `overrides` replace top-level fields. */
export function makeRecord(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    schema_version: SCHEMA_VERSION,
    session_id: 'sess_test_0001',
    session: {
      channel: 'replay',
      agent_name: 'trialist-agent',
      agent_version: '0.1.0',
      template_id: 'default',
      call_type: 'unknown',
      lead_id: null,
      room_name: null,
      replay_source: 'fixture.json',
    },
    caller: { identity: 'caller', name: null, phone_hash: null, returning_caller: false, call_count: 1 },
    started_at: '2026-11-20T15:04:05.000Z',
    ended_at: '2026-11-20T15:09:05.000Z',
    duration_seconds: 300,
    transcript: [
      { turn_index: 0, role: 'agent', text: 'Hi, thanks for trying us out.', start_ms: 0, end_ms: 2000, interrupted: false },
      { turn_index: 1, role: 'user', text: 'We are a team of 12 sending 300 contracts a month.', start_ms: 2500, end_ms: 6000, interrupted: false },
    ],
    discovered_signals: emptySignals(),
    tool_calls: [],
    outcome: { stage_reached: 'qualify', meeting_booked: false, meeting_time: null, end_reason: 'replay_complete' },
    consent: { recording: 'not_asked', data_processing: 'not_asked', recorded_at: null },
    metrics_summary: {
      user_turns: 1,
      agent_turns: 1,
      end_of_utterance_delay_ms: noLatency,
      llm_ttft_ms: noLatency,
      tts_ttfb_ms: noLatency,
      end_to_end_ms: noLatency,
      llm_prompt_tokens: 0,
      llm_completion_tokens: 0,
      stt_audio_seconds: 0,
      tts_characters: 0,
      tts_audio_seconds: 0,
    },
    cost_summary: { price_table_version: 'test', total_usd: 0, by_provider: [] },
    ...overrides,
  };
}

/** A SessionSink that keeps records in memory: `written` in order, `records` by the S3 key the S3 sink would use. */
export class MemorySink implements SessionSink {
  readonly written: SessionRecord[] = [];
  readonly records = new Map<string, SessionRecord>();
  async write(record: SessionRecord): Promise<string> {
    const key = sessionKey(record.session_id, record.started_at);
    this.written.push(record);
    this.records.set(key, record);
    return key;
  }
}
