/**
 * Lead-scoring rules as data: a versioned, zod-validated config, so a rules change is a new
 * `rules_version` (and a rescore), never a code edit. `DEFAULT_RULES` is `rules.v2` (v1's fit
 * signals plus the call analysis: next step, interest, authority, open objections).
 *
 * Thresholds come from the seeds' qualification rule (team_size >= 5 or monthly_volume >= 100
 * documents/month is "qualified") and widen it into point bands; the point values are the sales
 * team's first cut and are meant to be tuned by publishing a new version.
 */
import * as z from '../zod-mini';
import { parseOrThrow, SchemaError } from '../validation';
import rulesV1Json from './rules.v1.json' with { type: 'json' };
import rulesV2Json from './rules.v2.json' with { type: 'json' };

const RuleId = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/, 'rule ids are snake_case'));
const Points = z.int().check(z.gte(0), z.lte(100));

/** Points by numeric band: the first band (highest `min` first) whose `min` the value reaches wins. */
const Band = z.object({ min: z.number().check(z.nonnegative()), points: Points });
const bandsDescending = (bands: { min: number }[]) => bands.every((b, i) => i === 0 || bands[i - 1]!.min > b.min);

export const TeamSizeRule = z.object({
  id: RuleId,
  kind: z.literal('team_size'),
  /** People on the team; evaluated highest band first. */
  bands: z.array(Band).check(z.minLength(1), z.refine(bandsDescending, 'bands must be sorted by min, descending, without repeats')),
});

export const MonthlyVolumeRule = z.object({
  id: RuleId,
  kind: z.literal('monthly_volume'),
  /** Documents per month; evaluated highest band first. */
  bands: z.array(Band).check(z.minLength(1), z.refine(bandsDescending, 'bands must be sorted by min, descending, without repeats')),
});

export const IntegrationsRule = z.object({
  id: RuleId,
  kind: z.literal('integrations'),
  /** Points for each integration the caller named (canonical ids). */
  points_each: Points,
  /** Extra points for each integration in `priority` (systems we integrate with best). */
  priority_bonus: Points,
  priority: z.array(z.string()),
  /** Cap on this rule's total. */
  max_points: Points,
});

export const UrgencyRule = z.object({
  id: RuleId,
  kind: z.literal('urgency'),
  points: z.object({ high: Points, medium: Points, low: Points }),
});

export const IndustryFitRule = z.object({
  id: RuleId,
  kind: z.literal('industry_fit'),
  /** Canonical snake_case industry ids with the points each earns (ideal-customer profile). */
  industries: z.record(z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)), Points),
});

export const MeetingBookedRule = z.object({
  id: RuleId,
  kind: z.literal('meeting_booked'),
  points: Points,
});

export const ReturningCallerRule = z.object({
  id: RuleId,
  kind: z.literal('returning_caller'),
  points: Points,
});

/** Points by the agreed next step's kind (lib/analysis); without an analysis a booked meeting scores as `meeting`. */
export const NextStepRule = z.object({
  id: RuleId,
  kind: z.literal('next_step'),
  points: z.object({ meeting: Points, callback: Points, trial_followup: Points, send_info: Points, none: Points }),
});

/** Points by the caller's interest level (lib/analysis). */
export const InterestRule = z.object({
  id: RuleId,
  kind: z.literal('interest'),
  points: z.object({ high: Points, medium: Points, low: Points, none: Points }),
});

/** Points by BANT authority as the caller stated it (lib/analysis). */
export const AuthorityRule = z.object({
  id: RuleId,
  kind: z.literal('authority'),
  points: z.object({ decision_maker: Points, influencer: Points, unknown: Points }),
});

/** A deduction (points <= 0) for each objection the caller did not accept (accepted false), capped at `max_deduction`. */
export const ObjectionsRule = z.object({
  id: RuleId,
  kind: z.literal('objections'),
  points_each_open: z.int().check(z.gte(-50), z.lte(0)),
  max_deduction: z.int().check(z.gte(-100), z.lte(0)),
});

/** One scoring rule; `kind` picks the signal it reads. */
export const ScoringRule = z.discriminatedUnion('kind', [
  TeamSizeRule,
  MonthlyVolumeRule,
  IntegrationsRule,
  UrgencyRule,
  IndustryFitRule,
  MeetingBookedRule,
  ReturningCallerRule,
  NextStepRule,
  InterestRule,
  AuthorityRule,
  ObjectionsRule,
]);

/** A complete, versioned rules config. */
export const RulesConfigSchema = z
  .strictObject({
    /** Written into every score; bump it for any change to rules or thresholds. */
    rules_version: z.string().check(z.regex(/^v\d+(\.\d+)*$/, 'rules_version looks like v1 or v1.2')),
    description: z.string(),
    /** Tier cut-offs on the 0-100 score: score >= hot → hot, else score >= warm → warm, else cold. */
    tiers: z.object({ hot: z.int().check(z.gte(1), z.lte(100)), warm: z.int().check(z.gte(0), z.lte(100)) }),
    /**
     * The seeds' qualification rule: team_size >= team_size_min OR monthly_volume >= monthly_volume_min.
     * A qualified lead is never scored below `floor_score` (the difference is its own reason).
     */
    qualified: z.object({
      rule_id: RuleId,
      team_size_min: z.int().check(z.nonnegative()),
      monthly_volume_min: z.number().check(z.nonnegative()),
      floor_score: z.int().check(z.gte(0), z.lte(100)),
    }),
    rules: z.array(ScoringRule).check(z.minLength(1)),
  })
  .check(
    z.refine((c) => c.tiers.hot > c.tiers.warm, { message: 'tiers.hot must be above tiers.warm', path: ['tiers'] }),
    z.refine((c) => new Set(c.rules.map((r) => r.id)).size === c.rules.length, { message: 'rule ids must be unique', path: ['rules'] }),
    z.refine((c) => !c.rules.some((r) => r.id === c.qualified.rule_id), {
      message: 'qualified.rule_id must differ from every rule id',
      path: ['qualified', 'rule_id'],
    }),
  );

export type RulesConfig = z.infer<typeof RulesConfigSchema>;
export type ScoringRule = z.infer<typeof ScoringRule>;

/** True for a rules version as RulesConfigSchema requires it: `v` then dot-separated integers (`v1`, `v1.2`). */
export function isRulesVersion(text: string): boolean {
  return /^v\d+(\.\d+)*$/.test(text);
}

/**
 * Order two rules versions (`v1`, `v1.2`, `v10`) by their numbers, segment by segment (`v1` = `v1.0`):
 * negative when `a` is older, 0 when equal, positive when `a` is newer.
 * @throws RangeError for a text that is not a rules version (`v` then dot-separated integers).
 */
export function compareRulesVersions(a: string, b: string): number {
  const parts = (v: string) => {
    if (!isRulesVersion(v)) throw new RangeError(`not a rules version: ${JSON.stringify(v)}`);
    return v.slice(1).split('.').map(Number);
  };
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Raised when a rules config is invalid; `issues` lists each problem by path. */
export class RulesConfigError extends SchemaError {
  override name = 'RulesConfigError';
}

/** Validate a rules config (e.g. parsed from a JSON file). @throws RulesConfigError listing every problem. */
export function parseRulesConfig(value: unknown): RulesConfig {
  return parseOrThrow(RulesConfigSchema, value, 'rules config', RulesConfigError);
}

/**
 * rules.v1 (./rules.v1.json), validated at load. Hot needs roughly two strong signals plus a booked
 * meeting or urgency; a lead that meets only the seeds' rule lands at warm (floor 40).
 * (Marked pure, as RULES_V2, so a bundle that never reads it neither keeps nor validates it.)
 */
export const RULES_V1: RulesConfig = /* @__PURE__ */ parseRulesConfig(rulesV1Json);

/**
 * rules.v2 (./rules.v2.json), validated at load: v1 without meeting_booked, plus next step (a
 * meeting agreed in words counts like one booked), interest, authority and open objections.
 */
export const RULES_V2: RulesConfig = /* @__PURE__ */ parseRulesConfig(rulesV2Json);

/** True when a rules config reads the call analysis (so scoring computes it when the record has none). */
export function usesAnalysis(rules: RulesConfig): boolean {
  return rules.rules.some((r) => r.kind === 'next_step' || r.kind === 'interest' || r.kind === 'authority' || r.kind === 'objections');
}

/** The rules the Lambdas and the demo use unless told otherwise. */
export const DEFAULT_RULES: RulesConfig = RULES_V2;
