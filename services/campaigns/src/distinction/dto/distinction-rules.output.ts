import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Target } from '../../enums';
import type { FractionValue, RequirementValue } from '../distinction-rule.types';
import type { RewardValue } from '../distinction-rules.service';
import type { DistinctionRulesVersion } from '../distinction-rules.version';
import { formatHundredths, formatTenths } from '../reward-amount';
import {
  ExclusionKind,
  InitiativeReach,
  RequirementKind,
  VoteBase,
  VoteComparison,
} from './distinction-rules.enums';

@ObjectType({ description: 'A fraction such as 2/3.' })
@Directive('@shareable')
export class Fraction {
  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;
}

@ObjectType({ description: 'The council vote a distinction needs.' })
export class DistinctionVoteRule {
  @Field(() => Fraction)
  threshold!: Fraction;

  @Field(() => VoteBase, { description: 'What the threshold is a share of.' })
  base!: VoteBase;

  @Field(() => VoteComparison, { description: 'AT_LEAST: ≥ threshold; MORE_THAN: > threshold.' })
  comparison!: VoteComparison;

  @Field()
  secretBallot!: boolean;

  @Field({ description: 'False when the figure is carried over or assumed rather than read in the source.' })
  confirmed!: boolean;

  @Field()
  source!: string;
}

@ObjectType({ description: 'One condition of a prerequisite route; the fields that apply depend on kind.' })
export class Requirement {
  @Field(() => RequirementKind)
  kind!: RequirementKind;

  @Field({ nullable: true, description: 'DISTINCTION, MEMBERS_SHARE, MEMBERS_AT_LEAST: the distinction.' })
  code?: string;

  @Field(() => Int, { nullable: true, description: 'DISTINCTION: how many times held.' })
  times?: number;

  @Field({ nullable: true, description: 'DISTINCTION: in consecutive years, up to the year judged.' })
  consecutive?: boolean;

  @Field(() => InitiativeReach, { nullable: true, description: 'INITIATIVE: the reach of its effect.' })
  reach?: InitiativeReach;

  @Field(() => Fraction, { nullable: true, description: 'MEMBERS_SHARE: at least this share of members.' })
  share?: Fraction;

  @Field(() => Int, { nullable: true, description: 'MEMBERS_AT_LEAST: at least this many members.' })
  count?: number;
}

@ObjectType({ description: 'One way to qualify: every requirement must hold.' })
export class PrerequisiteRoute {
  @Field(() => Target, { nullable: true, description: 'The route applies to this target only; null: both.' })
  target!: Target | null;

  @Field(() => [Requirement])
  requirements!: Requirement[];

  @Field()
  source!: string;
}

@ObjectType({ description: 'Who is not considered for the distinction.' })
export class Exclusion {
  @Field(() => ExclusionKind)
  kind!: ExclusionKind;

  @Field(() => Int, {
    nullable: true,
    description: 'RECRUITED_WITHIN: recruited less than this many months before.',
  })
  months?: number;

  @Field()
  source!: string;
}

@ObjectType({ description: "At most `share` of the unit's holders of `code` may receive the distinction." })
export class RatioCap {
  @Field()
  code!: string;

  @Field(() => Fraction)
  share!: Fraction;

  @Field()
  source!: string;
}

@ObjectType({ description: 'Multiples of the base salary (lương cơ sở), such as "1.5".' })
export class RewardMultiples {
  @Field(() => String, { nullable: true })
  individual!: string | null;

  @Field(() => String, { nullable: true })
  collective!: string | null;

  @Field()
  source!: string;
}

@ObjectType({ description: 'One version of the rules of a distinction, for one issuer, over a period.' })
export class DistinctionRules {
  @Field({ description: 'The distinction these rules are for.' })
  code!: string;

  @Field({ description: 'Calendar date (Asia/Ho_Chi_Minh), YYYY-MM-DD.' })
  inForceFrom!: string;

  @Field(() => String, { nullable: true, description: 'Exclusive; null while in force.' })
  inForceTo!: string | null;

  @Field(() => ID, { nullable: true, description: 'The province or agency that issued it; null: national.' })
  issuerId!: string | null;

  @Field(() => DistinctionVoteRule, { nullable: true })
  vote!: DistinctionVoteRule | null;

  @Field(() => [PrerequisiteRoute], {
    description: 'Alternative routes (one must hold entirely); empty: no prerequisite.',
  })
  prerequisites!: PrerequisiteRoute[];

  @Field({
    description:
      'False when the law admits routes the catalogue does not model: meeting none of the routes then calls for the council, not a refusal.',
  })
  prerequisitesExhaustive!: boolean;

  @Field(() => [Exclusion])
  exclusions!: Exclusion[];

  @Field(() => RatioCap, { nullable: true })
  ratioCap!: RatioCap | null;

  @Field(() => RewardMultiples, { nullable: true })
  rewardMultiples!: RewardMultiples | null;

  @Field(() => String, { nullable: true, description: "The issuer's own standard, as published." })
  standardVi!: string | null;

  @Field({ description: 'The legal basis of the version.' })
  source!: string;
}

@ObjectType({ description: 'The money a decision carries: multiple × the base salary of the decision date.' })
export class Reward {
  @Field(() => Target)
  target!: Target;

  @Field({ description: 'Multiple of the base salary, e.g. "1.5".' })
  multiple!: string;

  @Field()
  multipleSource!: string;

  @Field(() => Int, { description: 'Lương cơ sở in force on the decision date, VND.' })
  baseSalary!: number;

  @Field()
  baseSalarySource!: string;

  @Field(() => Int, { description: 'multiple × baseSalary, rounded up to 10,000 VND.' })
  amount!: number;

  @Field({ description: 'The calendar date of the decision (Asia/Ho_Chi_Minh), YYYY-MM-DD.' })
  decidedOn!: string;
}

const fraction = (f: FractionValue): Fraction => ({ numerator: f.numerator, denominator: f.denominator });

function toRequirement(r: RequirementValue): Requirement {
  switch (r.kind) {
    case 'DISTINCTION':
      return { kind: RequirementKind.DISTINCTION, code: r.code, times: r.times, consecutive: r.consecutive };
    case 'INITIATIVE':
      return { kind: RequirementKind.INITIATIVE, reach: r.reach as InitiativeReach };
    case 'MEMBERS_SHARE':
      return { kind: RequirementKind.MEMBERS_SHARE, code: r.code, share: fraction(r.share) };
    case 'MEMBERS_AT_LEAST':
      return { kind: RequirementKind.MEMBERS_AT_LEAST, code: r.code, count: r.count };
    default:
      return { kind: r.kind as RequirementKind };
  }
}

export function toDistinctionRules(v: DistinctionRulesVersion): DistinctionRules {
  return {
    code: v.code,
    inForceFrom: v.inForceFrom,
    inForceTo: v.inForceTo,
    issuerId: v.issuerId,
    vote: v.vote && {
      threshold: fraction(v.vote.threshold),
      base: v.vote.base as VoteBase,
      comparison: v.vote.comparison as VoteComparison,
      secretBallot: v.vote.secretBallot,
      confirmed: v.vote.confirmed,
      source: v.vote.source,
    },
    prerequisites: v.prerequisites.map((p) => ({
      target: p.target as Target | null,
      requirements: p.requirements.map(toRequirement),
      source: p.source,
    })),
    prerequisitesExhaustive: v.prerequisitesExhaustive,
    exclusions: v.exclusions.map((e) => ({
      kind: e.kind as ExclusionKind,
      months: e.kind === 'RECRUITED_WITHIN' ? e.months : undefined,
      source: e.source,
    })),
    ratioCap: v.ratioCap && {
      code: v.ratioCap.code,
      share: fraction(v.ratioCap.share),
      source: v.ratioCap.source,
    },
    rewardMultiples: v.reward && {
      individual: v.reward.individualTenths === null ? null : formatTenths(v.reward.individualTenths),
      collective: v.reward.collectiveTenths === null ? null : formatTenths(v.reward.collectiveTenths),
      source: v.reward.source,
    },
    standardVi: v.standardVi,
    source: v.source,
  };
}

export function toReward(r: RewardValue): Reward {
  return {
    target: r.target as Target,
    multiple: formatHundredths(r.multipleHundredths),
    multipleSource: r.multipleSource,
    baseSalary: r.baseSalaryVnd,
    baseSalarySource: r.baseSalarySource,
    amount: r.amountVnd,
    decidedOn: r.decidedOn,
  };
}
