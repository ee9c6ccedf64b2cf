/**
 * The signal vocabularies: canonical ids and the ways callers (and speech-to-text) say them. The
 * products, industries, use-case and pain-point cues are data, tab-separated tables in ./lexicons/
 * (one line per alias set or cue, with its id); this module compiles them once at load into the
 * shapes the extractors use. Extend the tables, not the extractors: every id is snake_case and stable
 * (lead scoring and analysts group by it).
 *
 * Each alias or cue is a regular-expression source matched on word boundaries. `cased` aliases are
 * matched against the original text (case-sensitive) because the lowercase word is common English
 * ("slack", "outlook", "notion", "box", "word", "teams").
 */
import FRAGMENTS_TABLE from './lexicons/fragments';
import INDUSTRIES_TABLE from './lexicons/industries';
import PAINS_TABLE from './lexicons/pains';
import PRODUCTS_TABLE from './lexicons/products';
import ROLES_TABLE from './lexicons/roles';
import USE_CASES_TABLE from './lexicons/use-cases';
import { expandFragments, parseTable, readFragments, splitAlternatives } from './lexicons/table';

/** A product a caller may name: an integration they need, or the tool they use for documents now. */
export interface ProductAlias {
  id: string;
  field: 'integration_needs' | 'current_solution';
  /** Lowercase aliases, matched on the lowercased utterance. */
  aliases?: string[];
  /** Case-sensitive aliases, matched on the original utterance. */
  cased?: string[];
}

/** An industry cue: `id` null masks a phrase that looks like an industry but is not one. */
export interface IndustryCue {
  id: string | null;
  re: string;
  /** Counts only when the caller describes themselves ("we're a ...", "I run ..."). */
  weak?: boolean;
  /** Ignored when this pattern is anywhere in the utterance. */
  unless?: string;
}

/** A use-case cue (ids are USE_CASE_LABELS ids). */
export interface UseCaseCue {
  id: string;
  re: string;
}

/** A pain-point cue (ids are PAIN_POINT_LABELS ids). */
export interface PainCue {
  id: string;
  re: string;
  /** An adjective cue, skipped when negated ("not slow"). */
  negatable?: boolean;
  /** Generic distress, kept only when no other pain is named. */
  weak?: boolean;
}

const FRAGMENTS = readFragments(FRAGMENTS_TABLE);

/**
 * A shared word list of lexicons/fragments.ts as one group, `(?:a|b|...)`, for patterns written in code
 * ("correcting": the words that take back a count just said, ", sorry, ten"). Throws on an unknown name.
 */
export function wordList(name: string): string {
  return expandFragments(`{${name}}`, FRAGMENTS, `wordList(${name})`);
}

/** Rows of a lexicon table with `{name}` word lists expanded in the last cell. */
function rows(table: string, text: string, columns: number): string[][] {
  return parseTable(table, text, columns).map(({ line, cells }) => {
    const last = cells.length - 1;
    cells[last] = expandFragments(cells[last], FRAGMENTS, `${table}:${line}`);
    return cells;
  });
}

function oneOf<T extends string>(value: string, allowed: readonly T[], where: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`lexicon ${where}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

/**
 * Consecutive rows with the same key become one cue: their patterns joined in order, which is the
 * same alternation as one long pattern.
 */
function mergeRuns<T extends { re: string }>(items: { key: string; cue: T }[]): T[] {
  const out: T[] = [];
  let lastKey: string | null = null;
  for (const { key, cue } of items) {
    const prev = out[out.length - 1];
    if (prev !== undefined && key === lastKey) prev.re = `${prev.re}|${cue.re}`;
    else out.push({ ...cue });
    lastKey = key;
  }
  return out;
}

function compileProducts(): ProductAlias[] {
  const byId = new Map<string, ProductAlias>();
  parseTable('products', PRODUCTS_TABLE, 4).forEach(({ line, cells }) => {
    const [id, fieldCell, match, aliasCell] = cells;
    const where = `products:${line}`;
    const field = oneOf(fieldCell, ['integration_needs', 'current_solution'] as const, where);
    const kind = oneOf(match, ['lower', 'cased'] as const, where) === 'lower' ? 'aliases' : 'cased';
    let p = byId.get(id);
    if (!p) byId.set(id, (p = { id, field }));
    else if (p.field !== field) throw new Error(`lexicon ${where}: ${id} is already a ${p.field} product`);
    (p[kind] ??= []).push(...splitAlternatives(expandFragments(aliasCell, FRAGMENTS, where)));
  });
  return [...byId.values()];
}

function compileIndustries(): IndustryCue[] {
  return mergeRuns(
    rows('industries', INDUSTRIES_TABLE, 4).map(([id, strength, unless, re], i) => {
      const weak = oneOf(strength, ['strong', 'weak'] as const, `industries row ${i + 1}`) === 'weak';
      const cue: IndustryCue = { id: id === '-' ? null : id, re };
      if (weak) cue.weak = true;
      if (unless !== '-') cue.unless = unless;
      return { key: `${id}\t${strength}\t${unless}`, cue };
    }),
  );
}

/** Integration targets (CRMs, storage, chat, accounting, payments, mail) and document tools in use (lexicons/products.ts). */
export const PRODUCTS: readonly ProductAlias[] = compileProducts();

/**
 * Industry cues, most specific first (lexicons/industries.ts): `weak` cues count only when the caller
 * describes themselves; a cue with `unless` is ignored when that pattern is in the utterance. Cues are
 * tried as one alternation in this order, so at a given word the more specific cue wins.
 */
export const INDUSTRY_CUES: readonly IndustryCue[] = compileIndustries();

/** Kinds of role noun (lexicons/roles.ts). */
export type RoleKind = 'many' | 'one' | 'company' | 'family' | 'people' | 'familiar';

function compileRoles(): Record<RoleKind, string[]> {
  const out: Record<RoleKind, string[]> = { many: [], one: [], company: [], family: [], people: [], familiar: [] };
  rows('roles', ROLES_TABLE, 2).forEach(([kind, alts], i) => {
    out[oneOf(kind, ['many', 'one', 'company', 'family', 'people', 'familiar'] as const, `roles row ${i + 1}`)].push(...splitAlternatives(alts));
  });
  return out;
}

/**
 * Role nouns by kind (lexicons/roles.ts), as regular-expression alternatives: `many` plural roles and seat
 * words, `one` a person named by role, `company` whole-company nouns (literal words), `family` relatives,
 * `people` plain words for people and `familiar` familiar ones for coworkers (literal words).
 */
export const ROLE_NOUNS: Readonly<Record<RoleKind, readonly string[]>> = compileRoles();

/** One label of a closed vocabulary (use_case or pain_points): what it means and how callers say it. */
export interface LabelInfo {
  id: string;
  description: string;
  /** Typical caller phrasings (documentation; the cues below are what match). */
  examples: string[];
}

/**
 * use_case vocabulary: the primary document workflow the caller wants to run. Plain, obvious names;
 * keep the set small (lib/signals/README.md has the same table; a test keeps the two in step).
 * A bare "contracts", "agreements", "documents" or "paperwork" names no workflow: use_case stays null.
 */
export const USE_CASE_LABELS: readonly LabelInfo[] = [
  { id: 'sales_proposals', description: 'Proposals, quotes, estimates and bids sent to prospects', examples: ['send quotes', 'proposals for clients', 'estimates', 'bids'] },
  {
    id: 'sales_contracts',
    description: 'Contracts with customers: sales/service agreements, order forms, MSAs, SOWs, change orders, closing deals',
    examples: ['customer contracts', 'order forms', 'MSAs', 'change orders', 'close 40 deals a month'],
  },
  { id: 'ndas', description: 'Non-disclosure / confidentiality agreements', examples: ['NDAs', 'non-disclosure agreements', 'confidentiality agreements'] },
  {
    id: 'hr_onboarding',
    description: 'Hiring and onboarding paperwork: offer letters, employment contracts, new-hire forms',
    examples: ['offer letters', 'new hire paperwork', 'employment contracts', 'onboarding docs'],
  },
  { id: 'lease_agreements', description: 'Leases, rental and tenancy agreements and their renewals', examples: ['leases', 'lease renewals', 'rental agreements', 'tenancy agreements'] },
  {
    id: 'real_estate_transactions',
    description: 'Property sale paperwork: purchase and listing agreements, disclosures, closing documents',
    examples: ['purchase agreements', 'listing agreements', 'disclosures', 'closing docs'],
  },
  {
    id: 'vendor_contracts',
    description: 'Agreements with suppliers, vendors and subcontractors; procurement and purchase orders',
    examples: ['vendor agreements', 'supplier contracts', 'subcontractor agreements', 'purchase orders'],
  },
  {
    id: 'client_intake',
    description: 'Taking on a new client or patient: intake forms, engagement letters, retainers, applications',
    examples: ['intake forms', 'engagement letters', 'retainer agreements', 'loan applications', 'patient paperwork'],
  },
  { id: 'invoices', description: 'Invoices and billing documents', examples: ['invoices', 'invoicing'] },
  { id: 'consent_forms', description: 'Consents, waivers, releases and permission slips', examples: ['consent forms', 'liability waivers', 'permission slips', 'release forms'] },
];

/**
 * pain_points vocabulary: what hurts in the caller's current process (every one stated is kept).
 * Plain, obvious names; lib/signals/README.md has the same table.
 */
export const PAIN_POINT_LABELS: readonly LabelInfo[] = [
  {
    id: 'manual_process',
    description: 'Paper, printing, scanning, faxing, re-keying, emailing PDFs around',
    examples: ['we print, sign and scan', 'wet ink', 'all by hand', 'copy-paste into the template'],
  },
  { id: 'slow_turnaround', description: 'Documents take too long to get signed; deals stall', examples: ['takes two weeks to get it signed', 'deals stall', 'it takes forever'] },
  { id: 'chasing_signatures', description: 'Following up with signers who do not sign', examples: ['chasing clients for signatures', 'nudging them three times', 'reminding people'] },
  {
    id: 'too_expensive',
    description: 'The current tool or process costs too much (including usage caps and overages)',
    examples: ['pricey', 'paying way too much', 'they raised prices', 'overage fees'],
  },
  { id: 'hard_to_use', description: 'The current tool is clunky, confusing or disliked by users', examples: ['clunky', 'confusing', 'my team hates it', 'pain to set up templates'] },
  { id: 'missing_integration', description: 'The current tool does not connect to other systems; double entry', examples: ["doesn't talk to our CRM", 'double entry', 'not integrated'] },
  { id: 'compliance_risk', description: 'Audit trail, regulation, security or legal-validity worries', examples: ['audit trail', 'HIPAA', 'auditors flag missing signatures', 'legally binding'] },
  { id: 'errors_rework', description: 'Mistakes, wrong versions, blank fields that force a resend', examples: ['wrong version went out', 'typos in quotes', 'clients leave fields blank'] },
  {
    id: 'poor_visibility',
    description: 'No idea of status; documents lost or falling through the cracks',
    examples: ['no idea where a contract is', "can't tell who opened it", 'things get lost in email'],
  },
  { id: 'poor_support', description: "The current vendor's support is unresponsive or bad", examples: ['support never answers', "can't reach a human"] },
];

/** Use-case cues, tried as one alternation (at a given word, earlier entries win); lexicons/use-cases.ts. */
export const USE_CASE_CUES: readonly UseCaseCue[] = mergeRuns(
  rows('use-cases', USE_CASES_TABLE, 2).map(([id, re]) => ({ key: id, cue: { id, re } })),
);

/** Pain-point cues (lexicons/pains.ts). Adjective cues are skipped when negated ("not slow"). */
export const PAIN_CUES: readonly PainCue[] = mergeRuns(
  rows('pains', PAINS_TABLE, 3).map(([id, kind, re], i) => {
    const k = oneOf(kind, ['negatable', 'weak', '-'] as const, `pains row ${i + 1}`);
    const cue: PainCue = { id, re };
    if (k === 'negatable') cue.negatable = true;
    if (k === 'weak') cue.weak = true;
    return { key: `${id}\t${kind}`, cue };
  }),
);
