/**
 * Which speaker is the agent, and the small text helpers the parsers share.
 *
 * The agent-speaker heuristic (first rule that decides wins):
 *  1. the `agentSpeaker` option (a speaker label or a participant's full name, case-insensitive);
 *  2. the file's own statement (JSON `agent_speaker`);
 *  3. header roles: Markdown participants whose role is a seller's title (Sales Rep, Account
 *     Executive, AE, SDR, BDR, Sales Engineer, Solutions Engineer/Consultant, Account Manager,
 *     Customer Success Manager, Business/Sales Development Rep, Agent, Assistant). Buyer titles
 *     such as "VP of Sales" or "Sales Manager" do not match. Every matching participant is an
 *     agent speaker; the first of them to talk is `agent_speaker`;
 *  4. the speaker label itself names the role: `Agent`, `AI`, `Assistant`, `Bot`, `Rep`,
 *     `Sales Rep`, `Salesperson`, `Seller`, `Sales`, `AE`, `SDR`, `BDR`; or, when every other
 *     speaker is labelled as a buyer (`Customer`, `Caller`, `Prospect`, `User`, `Client`, `Lead`,
 *     `Buyer`), the one speaker left;
 *  5. whoever speaks first (sellers usually open the call).
 * Checked against every call in `../shared/corpus/sales-calls/` (see test/recorded-call.test.ts).
 */

/** Job titles that make a speaker the seller (regular-expression fragments, matched as whole words, any case). */
const SELLER_ROLES = [
  String.raw`sales\s*rep(resentative)?`,
  String.raw`account\s+executive`,
  'ae',
  'sdr',
  'bdr',
  String.raw`sales\s+engineer`,
  String.raw`solutions?\s+(engineer|consultant|architect)`,
  String.raw`account\s+manager`,
  String.raw`customer\s+success\s+manager`,
  'csm',
  String.raw`(business|sales)\s+development(\s+rep(resentative)?)?`,
  'salesperson',
  'agent',
  'assistant',
];

const SELLER_ROLE = new RegExp(String.raw`\b(${SELLER_ROLES.join('|')})\b`, 'i');

const SELLER_LABEL = /^(voice\s+)?(agent|ai|assistant|bot|rep|sales\s*rep(resentative)?|salesperson|seller|sales|ae|sdr|bdr)$/i;
const BUYER_LABEL = /^(customer|caller|prospect|user|client|lead|buyer|visitor|trialist|trial\s+user)$/i;

/** A participant from a Markdown header: `Maria (TribeAI Account Executive)`. */
export interface Participant {
  name: string;
  role: string | null;
}

/** True when a participant's role is a seller's title (rule 3 above). */
export function isSellerRole(role: string | null): boolean {
  return role !== null && SELLER_ROLE.test(role);
}

/** Does a speaker label refer to this participant? Exact name, or the label is the first name. */
export function labelMatchesName(label: string, name: string): boolean {
  const l = label.trim().toLowerCase();
  const n = name.trim().toLowerCase();
  return l === n || n.split(/\s+/)[0] === l;
}

/** Result of the heuristic: the agent speakers (first-to-talk first) and which rule decided. */
export interface AgentChoice {
  agentSpeakers: string[];
  rule: 'option' | 'file' | 'header_role' | 'label' | 'first_speaker';
}

/**
 * Pick the agent speaker(s) among `speakers` (in order of first appearance).
 * Returns null only when `requested` names no speaker (the caller raises the error).
 */
export function chooseAgentSpeakers(
  speakers: readonly string[],
  opts: { requested?: string; fileAgent?: string; participants?: readonly Participant[] },
): AgentChoice | null {
  const find = (wanted: string): string | undefined => {
    const exact = speakers.find((s) => s.toLowerCase() === wanted.trim().toLowerCase());
    if (exact) return exact;
    // a participant's full name given for a first-name label ("Maria Lopez" → "Maria")
    return speakers.find((s) => labelMatchesName(s, wanted));
  };
  if (opts.requested !== undefined) {
    const s = find(opts.requested);
    return s ? { agentSpeakers: [s], rule: 'option' } : null;
  }
  if (opts.fileAgent !== undefined) {
    const s = find(opts.fileAgent);
    return s ? { agentSpeakers: [s], rule: 'file' } : null;
  }
  const sellers = (opts.participants ?? []).filter((p) => isSellerRole(p.role));
  if (sellers.length > 0) {
    const agents = speakers.filter((s) => sellers.some((p) => labelMatchesName(s, p.name)));
    if (agents.length > 0 && agents.length < speakers.length) return { agentSpeakers: agents, rule: 'header_role' };
  }
  const labelled = speakers.filter((s) => SELLER_LABEL.test(s.trim()));
  if (labelled.length === 1) return { agentSpeakers: labelled, rule: 'label' };
  const nonBuyers = speakers.filter((s) => !BUYER_LABEL.test(s.trim()));
  if (nonBuyers.length === 1 && speakers.length > 1) return { agentSpeakers: nonBuyers, rule: 'label' };
  return { agentSpeakers: [speakers[0]!], rule: 'first_speaker' };
}

/**
 * A safe session id from any text: characters outside `A-Za-z0-9_-` become `-`, runs collapse,
 * it starts alphanumeric and is at most 128 characters. Falls back to `call` when nothing is left.
 */
export function safeCallId(raw: string): string {
  const cleaned = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 128)
    .replace(/[-_]+$/, '');
  return cleaned.length > 0 ? cleaned : 'call';
}

/** `positive_too_expensive.txt` → `Positive too expensive`. */
export function titleFromFileName(base: string): string {
  const words = base.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
  return words.length > 0 ? words[0]!.toUpperCase() + words.slice(1) : 'Recorded call';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A header date as ISO 8601 UTC, or null when it is not a date this understands.
 * Accepts ISO timestamps with a zone (`2026-11-17T14:05:00-05:00`), `YYYY-MM-DD[ HH:MM[:SS]][ UTC]`
 * (taken as UTC) and `Month D, YYYY` (midnight UTC: the partition day is what matters).
 */
export function parseHeaderDate(raw: string): string | null {
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?(?:\s*(?:UTC|GMT|Z))?$/i.exec(s);
  if (m) {
    return utcIso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  }
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m![1]!.toLowerCase()) && m![1]!.length >= 3);
    if (month >= 0) return utcIso(Number(m[3]), month + 1, Number(m[2]), 0, 0, 0);
  }
  return null;
}

function utcIso(y: number, mo: number, d: number, h: number, mi: number, se: number): string | null {
  const t = Date.UTC(y, mo - 1, d, h, mi, se);
  const date = new Date(t);
  // reject rolled-over dates such as 2026-02-31
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || se > 59) return null;
  return date.toISOString();
}

/**
 * Spoken text from a transcript line: drops stage directions in single asterisks (`*laughs*`,
 * `*hangs up*`), Markdown bold/italic markers, list bullets, and squeezes whitespace.
 */
export function spokenText(raw: string): string {
  return raw
    .replace(/(^|[^*])\*(?!\*)[^*\n]+\*(?!\*)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\n)\s*[-*•]\s+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
