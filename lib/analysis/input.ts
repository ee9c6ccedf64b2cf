/** What the analyser reads: the parts of a session record (or a recorded call) it needs. */

/** One transcript turn; `role` `user` is the caller. */
export interface AnalysisTurn {
  turn_index: number;
  role: 'user' | 'agent';
  text: string;
}

/** A tool the agent ran; `arguments` is JSON text as in the session record. */
export interface AnalysisToolCall {
  name: string;
  arguments: string;
  outcome: 'success' | 'error';
  /** Transcript turn after which the tool ran. */
  turn_index: number;
}

/** The analyser's input; a SessionRecord satisfies it. */
export interface AnalysisInput {
  /** When the call started, ISO 8601 UTC; null when unknown (then no `when_iso`). */
  started_at: string | null;
  transcript: readonly AnalysisTurn[];
  tool_calls: readonly AnalysisToolCall[];
  caller?: { name: string | null };
}
