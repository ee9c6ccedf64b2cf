/**
 * Recorded calls for replay: parse plain-text (`Speaker: text`), Markdown (`**Speaker:** text`
 * with a header) and the project's JSON call format into one `RecordedCall`. Pure: no LiveKit,
 * no AWS; `loadRecordedCall` is the only function that touches the file system.
 *
 * Format: by file extension (`.json`; `.md`/`.markdown`; `.txt`/`.text`/`.transcript`), then by
 * content when the extension is unknown or its parser finds no turns.
 * Which speaker is the agent: see ./speakers.ts (the `agentSpeaker` option, else a heuristic).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeCallBytes } from './encoding';
import { sourceDigest } from './session-ids';
import { CallFileSchema, type CallFile } from './json-format';
import { looksLikeMarkdownTranscript, parseMarkdownTranscript } from './markdown-format';
import { chooseAgentSpeakers, labelMatchesName, parseHeaderDate, safeCallId, titleFromFileName, type Participant } from './speakers';
import { parsePlainTranscript, type RawHeader, type RawTurn } from './text-format';
import {
  RecordedCallError,
  type ParseOptions,
  type RecordedCall,
  type RecordedCallFormat,
  type RecordedToolCall,
  type RecordedTurn,
} from './types';

export * from './types';
export { decodeCallBytes, firstInvalidUtf8 } from './encoding';
export { allocateReplaySessionId, REPLAY_DIGEST_METADATA, sourceDigest, type ExistingRecordLookup } from './session-ids';
export { CallFileSchema, type CallFile } from './json-format';
export { chooseAgentSpeakers, isSellerRole, parseHeaderDate, safeCallId, spokenText } from './speakers';

/** Largest file `loadRecordedCall` reads (bytes): far above any real call transcript. */
export const MAX_RECORDED_CALL_BYTES = 5 * 1024 * 1024;

function formatFromExtension(fileName: string): RecordedCallFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ext === 'text' || ext === 'transcript') return 'text';
  return null;
}

function formatFromContent(text: string): RecordedCallFormat | null {
  const head = text.trimStart();
  if (head.startsWith('{')) return 'json';
  if (looksLikeMarkdownTranscript(text)) return 'markdown';
  if (parsePlainTranscript(text).turns.length > 0) return 'text';
  return null;
}

interface Intermediate {
  format: RecordedCallFormat;
  header: RawHeader;
  participants: Participant[];
  turns: Array<RawTurn & { tool_calls?: RecordedToolCall[] }>;
  file?: CallFile;
}

function parseJson(text: string, source: string): Intermediate {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new RecordedCallError(`${source}: invalid JSON (${(e as Error).message})`, 'invalid_json', source);
  }
  const result = CallFileSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new RecordedCallError(`${source}: not a trialist call file (format_version 1): ${issues.join('; ')}`, 'invalid_call', source);
  }
  const file = result.data;
  return {
    format: 'json',
    header: { title: file.title ?? null, fields: {}, participants: [] },
    participants: [],
    turns: file.turns.map((t) => ({
      speaker: t.speaker.trim(),
      text: t.text.replace(/\s+/g, ' ').trim(),
      ...(t.tool_calls && t.tool_calls.length > 0 ? { tool_calls: t.tool_calls.map((c) => ({ name: c.name, arguments: c.arguments })) } : {}),
    })),
    file,
  };
}

function parseAs(format: RecordedCallFormat, text: string, source: string): Intermediate {
  if (format === 'json') return parseJson(text, source);
  if (format === 'markdown') {
    const md = parseMarkdownTranscript(text);
    return { format, header: md.header, participants: md.participants, turns: md.turns };
  }
  const plain = parsePlainTranscript(text);
  return { format, header: plain.header, participants: [], turns: plain.turns };
}

/** Look a header field up case-insensitively (`Call ID`, `call_id`, ...). */
function field(header: RawHeader, ...names: string[]): string | undefined {
  const wanted = names.map((n) => n.toLowerCase().replace(/[_\s]+/g, ' '));
  for (const [k, v] of Object.entries(header.fields)) {
    if (wanted.includes(k.toLowerCase().replace(/[_\s]+/g, ' ')) && v.trim() !== '') return v.trim();
  }
  return undefined;
}

/**
 * Parse one recorded call. `fileName` (directories are dropped) picks the format by extension and
 * names the call; `opts.agentSpeaker` overrides the agent-speaker heuristic.
 * @throws RecordedCallError (`reason`: empty, unknown_format, invalid_json, invalid_call, no_turns,
 *   single_speaker, agent_not_found, agent_only) with a message naming the file.
 */
export function parseRecordedCall(text: string, fileName: string, opts: ParseOptions = {}): RecordedCall {
  const source = basename(fileName);
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  if (clean.trim() === '') throw new RecordedCallError(`${source}: empty file`, 'empty', source);

  const byExt = formatFromExtension(source);
  let parsed: Intermediate | null = null;
  if (byExt) {
    parsed = parseAs(byExt, clean, source);
    if (parsed.turns.length === 0 && byExt !== 'json') {
      const byContent = formatFromContent(clean);
      if (byContent && byContent !== byExt && byContent !== 'json') parsed = parseAs(byContent, clean, source);
    }
  } else {
    const byContent = formatFromContent(clean);
    if (!byContent) {
      throw new RecordedCallError(
        `${source}: unknown format: expected a .json call file, a Markdown transcript (**Speaker:** text) or a plain transcript (Speaker: text)`,
        'unknown_format',
        source,
      );
    }
    parsed = parseAs(byContent, clean, source);
  }

  const turns = parsed.turns.filter((t) => t.text.length > 0 || (t.tool_calls?.length ?? 0) > 0);
  if (turns.length === 0) {
    throw new RecordedCallError(
      `${source}: no speaker turns found (expected lines like "Agent: text" or "**Agent:** text")`,
      'no_turns',
      source,
    );
  }
  const speakers = [...new Set(turns.map((t) => t.speaker))];
  if (speakers.length < 2) {
    throw new RecordedCallError(
      `${source}: only one speaker (${speakers[0]}): a call needs the agent and at least one caller`,
      'single_speaker',
      source,
    );
  }

  const choice = chooseAgentSpeakers(speakers, {
    requested: opts.agentSpeaker,
    fileAgent: parsed.file?.agent_speaker,
    participants: parsed.participants,
  });
  if (!choice) {
    const wanted = opts.agentSpeaker ?? parsed.file?.agent_speaker ?? '';
    throw new RecordedCallError(
      `${source}: agent speaker ${JSON.stringify(wanted)} not found; speakers are ${speakers.map((s) => JSON.stringify(s)).join(', ')}`,
      'agent_not_found',
      source,
    );
  }
  const agents = new Set(choice.agentSpeakers);
  const users = speakers.filter((s) => !agents.has(s));
  if (users.length === 0) {
    throw new RecordedCallError(`${source}: every speaker is an agent speaker; a call needs a caller`, 'agent_only', source);
  }

  const recordedTurns: RecordedTurn[] = turns.map((t) => {
    const role = agents.has(t.speaker) ? 'agent' : 'user';
    if (role === 'user' && t.tool_calls) {
      throw new RecordedCallError(
        `${source}: turn by caller ${JSON.stringify(t.speaker)} has tool_calls; only the agent (${[...agents].join(', ')}) runs tools`,
        'invalid_call',
        source,
      );
    }
    return { speaker: t.speaker, role, text: t.text, ...(t.tool_calls ? { tool_calls: t.tool_calls } : {}) };
  });

  const callerSpeaker = users[0]!;
  const file = parsed.file;
  const header = parsed.header;
  const headerId = field(header, 'call id');
  const dateText = field(header, 'date', 'started at');
  const startedAt = file?.started_at ? new Date(file.started_at).toISOString() : dateText ? parseHeaderDate(dateText) : null;
  const participant = parsed.participants.find((p) => labelMatchesName(callerSpeaker, p.name));
  const metadata: Record<string, string> = { ...header.fields };
  if (parsed.participants.length > 0) {
    metadata.Participants = parsed.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
  }
  if (file?.notes) metadata.Notes = file.notes;

  return {
    call_id: safeCallId(file?.call_id ?? headerId ?? source.replace(/\.[^.]+$/, '')),
    title: (file?.title ?? header.title ?? titleFromFileName(source)).trim(),
    started_at: startedAt,
    agent_speaker: choice.agentSpeakers[0]!,
    agent_speakers: choice.agentSpeakers,
    caller_speaker: callerSpeaker,
    speakers,
    turns: recordedTurns,
    source_name: source,
    format: parsed.format,
    caller: {
      name: file?.caller?.name ?? participant?.name ?? null,
      phone: file?.caller?.phone ?? null,
      company: file?.caller?.company ?? (participant?.role ? companyFromRole(participant.role) : null),
    },
    call_type: file?.call_type ?? 'unknown',
    lead_id: file?.lead_id ?? null,
    metadata,
  };
}

/** `VP of Sales, CloudTech Solutions` → `CloudTech Solutions`; null without a comma. */
function companyFromRole(role: string): string | null {
  const i = role.lastIndexOf(',');
  return i >= 0 ? role.slice(i + 1).trim() || null : null;
}

/**
 * Read and parse a recorded call file.
 * @throws RecordedCallError (`read_failed` for a missing/unreadable file, `too_large` above
 *   MAX_RECORDED_CALL_BYTES, `not_utf8` for bytes that are not UTF-8 nor BOM-marked UTF-16, else as
 *   parseRecordedCall).
 */
export async function loadRecordedCall(path: string, opts: ParseOptions = {}): Promise<RecordedCall> {
  const source = basename(path);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new RecordedCallError(`${path}: not a file`, 'read_failed', source);
    if (info.size > MAX_RECORDED_CALL_BYTES) {
      throw new RecordedCallError(`${path}: ${info.size} bytes is over the ${MAX_RECORDED_CALL_BYTES}-byte limit for a recorded call`, 'too_large', source);
    }
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof RecordedCallError) throw e;
    throw new RecordedCallError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'read_failed', source);
  }
  return { ...parseRecordedCall(decodeCallBytes(bytes, source), path, opts), source_sha256: sourceDigest(bytes) };
}
