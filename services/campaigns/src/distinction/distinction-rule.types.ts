/**
 * The values a version of a distinction's rules is made of, shared by the entity, the seeded
 * national catalogue and the service. Every figure carries the legal text it comes from.
 */

export const DISTINCTION_KINDS = ['TITLE', 'AWARD', 'RECOGNITION', 'INITIATIVE'] as const;
export type DistinctionKindValue = (typeof DISTINCTION_KINDS)[number];

export const VOTE_BASES = ['TOTAL_MEMBERS', 'BALLOTS_CAST'] as const;
export type VoteBaseValue = (typeof VOTE_BASES)[number];

export const VOTE_COMPARISONS = ['AT_LEAST', 'MORE_THAN'] as const;
export type VoteComparisonValue = (typeof VOTE_COMPARISONS)[number];

export const INITIATIVE_REACHES = ['INSTITUTION', 'PROVINCE', 'NATION'] as const;
export type InitiativeReachValue = (typeof INITIATIVE_REACHES)[number];

export const REQUIREMENT_KINDS = [
  'DISTINCTION',
  'INITIATIVE',
  'RATING_OUTSTANDING',
  'RESEARCH_APPLIED',
  'MEMBERS_ALL_COMPLETED',
  'MEMBERS_SHARE',
  'MEMBERS_AT_LEAST',
] as const;
export type RequirementKindValue = (typeof REQUIREMENT_KINDS)[number];

export const EXCLUSION_KINDS = ['RECRUITED_WITHIN', 'DISCIPLINARY_REVIEW'] as const;
export type ExclusionKindValue = (typeof EXCLUSION_KINDS)[number];

export interface FractionValue {
  numerator: number;
  denominator: number;
}

export interface VoteRuleValue {
  threshold: FractionValue;
  base: VoteBaseValue;
  comparison: VoteComparisonValue;
  secretBallot: boolean;
  /** False when the figure is carried over or assumed rather than read in the cited text. */
  confirmed: boolean;
  source: string;
}

/** One condition of a route; a nominee meets a route when every requirement of it holds. */
export type RequirementValue =
  /** Held `code` `times` times (in consecutive years when `consecutive`), up to this year. */
  | { kind: 'DISTINCTION'; code: string; times: number; consecutive: boolean }
  /** A recognized initiative (or solution, research work) whose effect reaches `reach`. */
  | { kind: 'INITIATIVE'; reach: InitiativeReachValue }
  /** Rated "hoàn thành xuất sắc nhiệm vụ" this year. */
  | { kind: 'RATING_OUTSTANDING' }
  /** A research work accepted and applied in the organization. */
  | { kind: 'RESEARCH_APPLIED' }
  /** Every member of the collective completed the assigned tasks. */
  | { kind: 'MEMBERS_ALL_COMPLETED' }
  /** At least `share` of the collective's members hold `code`. */
  | { kind: 'MEMBERS_SHARE'; code: string; share: FractionValue }
  /** At least `count` members of the collective hold `code`. */
  | { kind: 'MEMBERS_AT_LEAST'; code: string; count: number };

/** Routes are alternatives (disjunctive normal form): one route must hold entirely. */
export interface PrerequisiteRouteValue {
  /** The route applies to nominees of this target only; null: to both. */
  target: 'INDIVIDUAL' | 'COLLECTIVE' | null;
  requirements: RequirementValue[];
  source: string;
}

export type ExclusionValue =
  /** Not considered when recruited less than `months` months before the evaluation. */
  | { kind: 'RECRUITED_WITHIN'; months: number; source: string }
  /** Not considered while a disciplinary review (or an inspection on signs of a breach) is pending. */
  | { kind: 'DISCIPLINARY_REVIEW'; source: string };

/** At most `share` of the unit's holders of `code` may receive the distinction. */
export interface RatioCapValue {
  code: string;
  share: FractionValue;
  source: string;
}

/** Multiples of the base salary, in integer tenths (3 = 0.3, 15 = 1.5, 45 = 4.5). */
export interface RewardMultiplesValue {
  individualTenths: number | null;
  collectiveTenths: number | null;
  source: string;
}

/** One version of the rules of one distinction, as data (issuer-independent). */
export interface RuleVersionValue {
  code: string;
  /** Calendar dates, Asia/Ho_Chi_Minh; `inForceTo` is exclusive, null while in force. */
  inForceFrom: string;
  inForceTo: string | null;
  vote: VoteRuleValue | null;
  prerequisites: PrerequisiteRouteValue[];
  /**
   * False when the law admits routes the catalogue does not model (e.g. a Bằng khen for an
   * outstanding achievement): a nominee meeting none of `prerequisites` then needs a human
   * check rather than a refusal.
   */
  prerequisitesExhaustive: boolean;
  exclusions: ExclusionValue[];
  ratioCap: RatioCapValue | null;
  reward: RewardMultiplesValue | null;
  standardVi: string | null;
  /** The legal basis of the version as a whole. */
  source: string;
}
