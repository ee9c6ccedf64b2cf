/**
 * Markdown `**Speaker:** text` transcripts with a header (as in
 * `../shared/corpus/sales-calls/tribeai/*.md`):
 *
 * ```
 * # Sales Call Transcript: Closing Call
 * **Call ID:** CLOSE-2024-023
 * **Date:** February 15, 2024
 * **Participants:**
 * - Maria (TribeAI Account Executive)
 * - James Rodriguez (CRO, ScaleUp Inc)
 * **Outcome:** Deal closed, contract signed
 * ---
 * **Maria:** James, Susan—thanks for getting on the call together.
 * ...
 * ---
 * **Call Notes:**
 * - ...
 * ```
 *
 * The file is split at `---` rules. The header is the section before the first rule when it has a
 * `# title` or `**Key:** value` lines; the transcript is the section with the most speaker
 * turns; other sections (call notes) are ignored. Lines inside a turn that do not start a new
 * `**Speaker:**` continue it (bullet lists included). Stage directions (`*laughs*`) are dropped,
 * and a turn that was only a stage direction (`*hangs up*`) is dropped with them.
 */
import { spokenText } from './speakers';
import type { Participant } from './speakers';
import { TEXT_HEADER_KEYS, type RawHeader, type RawTurn } from './text-format';

const BOLD_TURN = /^\*\*([^*:\n]{1,60}?)\s*:\s*\*\*\s*(.*)$/;
const BOLD_TURN_ALT = /^\*\*([^*:\n]{1,60}?)\*\*\s*:\s*(.*)$/; // **Speaker**: text
const RULE = /^\s*(-{3,}|\*{3,}|_{3,})\s*$/;

/** True when some line looks like a Markdown speaker turn. */
export function looksLikeMarkdownTranscript(text: string): boolean {
  return text.split('\n').some((l) => BOLD_TURN.test(l.trim()) || BOLD_TURN_ALT.test(l.trim()));
}

function turnStart(line: string): RawTurn | null {
  const m = BOLD_TURN.exec(line) ?? BOLD_TURN_ALT.exec(line);
  return m ? { speaker: m[1]!.trim(), text: m[2]!.trim() } : null;
}

/** `Maria (TribeAI Account Executive)` → `{ name: 'Maria', role: 'TribeAI Account Executive' }`. */
export function parseParticipant(line: string): Participant | null {
  const m = /^\s*(?:[-*+]|\d+\.)\s+(.+?)\s*$/.exec(line);
  if (!m) return null;
  const body = m[1]!.replace(/\*\*/g, '');
  const withRole = /^(.+?)\s*\((.+)\)\s*$/.exec(body);
  if (withRole) return { name: withRole[1]!.trim(), role: withRole[2]!.trim() };
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(body);
  if (dash) return { name: dash[1]!.trim(), role: dash[2]!.trim() };
  return { name: body.trim(), role: null };
}

function parseHeader(lines: readonly string[]): RawHeader {
  const header: RawHeader = { title: null, fields: {}, participants: [] };
  let inParticipants = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const title = /^#+\s+(.+)$/.exec(line);
    if (title) {
      header.title ??= title[1]!.trim();
      inParticipants = false;
      continue;
    }
    const kv = turnStart(line);
    if (kv) {
      inParticipants = kv.speaker.toLowerCase() === 'participants';
      if (!inParticipants) header.fields[kv.speaker] = kv.text;
      else if (kv.text) header.participants.push(...kv.text.split(/\s*[;,]\s*(?![^()]*\))/).filter(Boolean).map((p) => `- ${p}`));
      continue;
    }
    if (inParticipants && /^\s*(?:[-*+]|\d+\.)\s+/.test(line)) header.participants.push(line);
  }
  return header;
}

function sectionTurns(lines: readonly string[]): RawTurn[] {
  const turns: Array<{ speaker: string; lines: string[] }> = [];
  for (const raw of lines) {
    const line = raw.trim();
    const start = turnStart(line);
    if (start) turns.push({ speaker: start.speaker, lines: [start.text] });
    else if (turns.length > 0 && line !== '') turns[turns.length - 1]!.lines.push(line);
  }
  return turns.map((t) => ({ speaker: t.speaker, text: spokenText(t.lines.join('\n')) }));
}

/** Header, participants and turns of a Markdown transcript (speaker labels as written). */
export function parseMarkdownTranscript(text: string): { header: RawHeader; turns: RawTurn[]; participants: Participant[] } {
  const sections: string[][] = [[]];
  for (const line of text.split('\n')) {
    if (RULE.test(line)) sections.push([]);
    else sections[sections.length - 1]!.push(line);
  }
  const first = sections[0]!;
  const hasHeader =
    sections.length > 1 && first.some((l) => /^#+\s+/.test(l.trim()) || /^\*\*[^*]+:\*\*/.test(l.trim()));
  let header: RawHeader;
  let bodySections: string[][];
  if (hasHeader) {
    header = parseHeader(first);
    bodySections = sections.slice(1);
  } else {
    // no `---` after a header: leading `# title` / `**Date:** ...` lines with known keys are the header
    let i = 0;
    while (i < first.length) {
      const line = first[i]!.trim();
      const kv = turnStart(line);
      const isHeaderLine =
        line === '' || /^#+\s+/.test(line) || (kv !== null && TEXT_HEADER_KEYS.has(kv.speaker.toLowerCase())) ||
        (i > 0 && /^\s*(?:[-*+]|\d+\.)\s+/.test(line) && first.slice(0, i).some((l) => /^\*\*participants:?\*\*/i.test(l.trim())));
      if (!isHeaderLine) break;
      i += 1;
    }
    header = parseHeader(first.slice(0, i));
    bodySections = [first.slice(i), ...sections.slice(1)];
  }
  const candidates = bodySections.map(sectionTurns);
  let best: RawTurn[] = [];
  for (const turns of candidates) {
    const distinct = new Set(turns.map((t) => t.speaker)).size;
    const bestDistinct = new Set(best.map((t) => t.speaker)).size;
    // prefer a real dialogue (two or more speakers) over a one-label section such as "Call Notes"
    if ((distinct >= 2 && bestDistinct < 2) || ((distinct >= 2) === (bestDistinct >= 2) && turns.length > best.length)) best = turns;
  }
  const participants = header.participants.map(parseParticipant).filter((p): p is Participant => p !== null);
  return { header, turns: best.filter((t) => t.text.length > 0), participants };
}
