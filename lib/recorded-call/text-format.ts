/**
 * Plain `Speaker: text` transcripts (as in `../shared/corpus/sales-calls/premai/*.txt`).
 *
 * - A turn starts on a line `Label: text`; the label is 1-40 characters, at most 5 words, starts
 *   with a letter. An optional leading timestamp (`[00:01:23]`, `(01:23)`, `00:01:23 -`) is dropped.
 * - Lines that do not start a turn continue the previous turn. So does a `Label:` line whose label
 *   occurs only once in the file and has a lower-case word (prose such as `Here's the breakdown:`).
 * - Before the first turn, `# Title` and `Key: value` lines with a known header key (Title, Date,
 *   Started At, Call ID, Duration, Outcome, Participants) form the header.
 */
import { spokenText } from './speakers';

/** A turn before the agent speaker is known. */
export interface RawTurn {
  speaker: string;
  text: string;
}

/** What a transcript file says before the turns. */
export interface RawHeader {
  title: string | null;
  fields: Record<string, string>;
  /** Participant lines (`- Maria (TribeAI Account Executive)`), Markdown only. */
  participants: string[];
}

const TIMESTAMP = String.raw`(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}(?::\d{2})?\s+-?)\s*`;
const LABEL = String.raw`([A-Za-z][A-Za-z0-9 .'&()/_-]{0,39}?)`;
const TURN_LINE = new RegExp(`^(?:${TIMESTAMP})?${LABEL}\\s*:\\s+(\\S.*)$`);
const TURN_LINE_EMPTY = new RegExp(`^(?:${TIMESTAMP})?${LABEL}\\s*:\\s*$`);

/** Header keys recognised before the first turn of a plain transcript (lower case). */
export const TEXT_HEADER_KEYS = new Set(['title', 'date', 'started at', 'started_at', 'call id', 'call_id', 'duration', 'outcome', 'participants']);

function asTurnStart(line: string): RawTurn | null {
  const m = TURN_LINE.exec(line) ?? TURN_LINE_EMPTY.exec(line);
  if (!m) return null;
  const label = m[1]!.trim();
  if (label.split(/\s+/).length > 5) return null;
  return { speaker: label, text: m[2] ?? '' };
}

/** Split a plain transcript into header and raw turns (speaker labels as written, text cleaned). */
export function parsePlainTranscript(text: string): { header: RawHeader; turns: RawTurn[] } {
  const header: RawHeader = { title: null, fields: {}, participants: [] };
  const turns: Array<{ speaker: string; lines: string[] }> = [];
  const lines = text.split('\n');
  const labelCount = new Map<string, number>();
  for (const l of lines) {
    const start = asTurnStart(l.trim());
    if (start) labelCount.set(start.speaker, (labelCount.get(start.speaker) ?? 0) + 1);
  }
  const isSpeaker = (label: string) => (labelCount.get(label) ?? 0) >= 2 || label.split(/\s+/).every((w) => /^[A-Z0-9(&]/.test(w));
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (turns.length === 0) {
      if (line === '') continue;
      const title = /^#+\s+(.+)$/.exec(line);
      if (title) {
        header.title ??= title[1]!.trim();
        continue;
      }
      const kv = /^([A-Za-z][A-Za-z _]{1,20}):\s*(.*)$/.exec(line);
      if (kv && TEXT_HEADER_KEYS.has(kv[1]!.trim().toLowerCase())) {
        const key = kv[1]!.trim();
        if (key.toLowerCase() === 'title') header.title ??= kv[2]!.trim();
        else header.fields[key] = kv[2]!.trim();
        continue;
      }
    }
    const start = line === '' ? null : asTurnStart(line);
    if (start && (turns.length === 0 || isSpeaker(start.speaker))) {
      turns.push({ speaker: start.speaker, lines: [start.text] });
    } else if (turns.length > 0 && line !== '') {
      turns[turns.length - 1]!.lines.push(line);
    }
  }
  return {
    header,
    turns: turns.map((t) => ({ speaker: t.speaker, text: spokenText(t.lines.join('\n')) })).filter((t) => t.text.length > 0),
  };
}
