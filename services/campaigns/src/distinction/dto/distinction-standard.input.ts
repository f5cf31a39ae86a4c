import { BadUserInputError } from '@laurel/graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Target } from '../../enums';
import type { FractionValue, PrerequisiteRouteValue, RequirementValue } from '../distinction-rule.types';
import { isProperFraction, type DistinctionStandardInput } from '../distinction-standard';
import { parseTenths } from '../reward-amount';
import { InitiativeReach, RequirementKind, VoteBase, VoteComparison } from './distinction-rules.enums';

@InputType()
export class FractionInput {
  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;
}

@InputType({ description: 'Give the fields that apply to the kind (see Requirement), and only those.' })
export class RequirementInput {
  @Field(() => RequirementKind)
  kind!: RequirementKind;

  @Field({ nullable: true })
  code?: string;

  @Field(() => Int, { nullable: true })
  times?: number;

  @Field({ nullable: true })
  consecutive?: boolean;

  @Field(() => InitiativeReach, { nullable: true })
  reach?: InitiativeReach;

  @Field(() => FractionInput, { nullable: true })
  share?: FractionInput;

  @Field(() => Int, { nullable: true })
  count?: number;
}

@InputType()
export class PrerequisiteRouteInput {
  @Field(() => Target, { nullable: true })
  target?: Target;

  @Field(() => [RequirementInput])
  requirements!: RequirementInput[];

  @Field()
  source!: string;
}

@InputType()
export class DistinctionVoteRuleInput {
  @Field(() => FractionInput)
  threshold!: FractionInput;

  @Field(() => VoteBase)
  base!: VoteBase;

  @Field(() => VoteComparison)
  comparison!: VoteComparison;

  @Field()
  secretBallot!: boolean;

  @Field()
  source!: string;
}

@InputType()
export class RewardMultiplesInput {
  @Field({ nullable: true, description: 'Multiple of the base salary, one decimal at most, e.g. "0.5".' })
  individual?: string;

  @Field({ nullable: true })
  collective?: string;

  @Field()
  source!: string;
}

@InputType()
export class RatioCapInput {
  @Field()
  code!: string;

  @Field(() => FractionInput)
  share!: FractionInput;

  @Field()
  source!: string;
}

@InputType({ description: 'A new version of an issuer’s standard; what is left out is inherited.' })
export class SetDistinctionStandardInput {
  @Field()
  code!: string;

  @Field(() => ID, { description: 'The province or agency issuing the standard.' })
  @IsUUID('all', { message: 'issuerId is not an organization id' })
  issuerId!: string;

  @Field({ description: 'Calendar date YYYY-MM-DD (Asia/Ho_Chi_Minh) from which the version is in force.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'inForceFrom must be a date YYYY-MM-DD' })
  inForceFrom!: string;

  @Field({ description: 'The standard as published by the issuer.' })
  @Length(1, 20000)
  standardVi!: string;

  @Field({ description: 'The issuing decision, e.g. "Quyết định 12/2026/QĐ-UBND, Điều 3".' })
  @Length(1, 1000)
  source!: string;

  @Field(() => [PrerequisiteRouteInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  prerequisites?: PrerequisiteRouteInput[];

  @Field({ nullable: true })
  prerequisitesExhaustive?: boolean;

  @Field(() => DistinctionVoteRuleInput, { nullable: true })
  vote?: DistinctionVoteRuleInput;

  @Field(() => RewardMultiplesInput, { nullable: true })
  rewardMultiples?: RewardMultiplesInput;

  @Field(() => RatioCapInput, { nullable: true })
  ratioCap?: RatioCapInput;
}

const text = (s: string) => s.normalize('NFC').trim();

/** Nested inputs are not validated by type-graphql: every source is checked here. */
function sourceOf(s: string, field: string): string {
  const value = text(s);
  if (value.length === 0 || value.length > 1000) {
    throw new BadUserInputError(`${field} must name the document and article (1 to 1000 characters)`, {
      field,
    });
  }
  return value;
}

function fractionOf(f: FractionInput, field: string): FractionValue {
  const value = { numerator: f.numerator, denominator: f.denominator };
  if (!isProperFraction(value)) {
    throw new BadUserInputError(`${field} must be a fraction with 0 < numerator ≤ denominator`, { field });
  }
  return value;
}

const FIELDS_OF: Record<RequirementKind, readonly (keyof RequirementInput)[]> = {
  DISTINCTION: ['code', 'times', 'consecutive'],
  INITIATIVE: ['reach'],
  RATING_OUTSTANDING: [],
  RESEARCH_APPLIED: [],
  MEMBERS_ALL_COMPLETED: [],
  MEMBERS_SHARE: ['code', 'share'],
  MEMBERS_AT_LEAST: ['code', 'count'],
};

function requirementOf(r: RequirementInput, field: string): RequirementValue {
  const allowed = FIELDS_OF[r.kind];
  const extra = (['code', 'times', 'consecutive', 'reach', 'share', 'count'] as const).filter(
    (k) => r[k] != null && !allowed.includes(k),
  );
  if (extra.length > 0) {
    throw new BadUserInputError(`${field}: ${extra.join(', ')} do not apply to ${r.kind}`, { field });
  }
  const missing = (name: string) => new BadUserInputError(`${field}: ${r.kind} needs ${name}`, { field });
  switch (r.kind) {
    case RequirementKind.DISTINCTION:
      if (!r.code) throw missing('code');
      if (r.times != null && (r.times < 1 || r.times > 50)) throw missing('times between 1 and 50');
      return { kind: 'DISTINCTION', code: r.code, times: r.times ?? 1, consecutive: r.consecutive ?? false };
    case RequirementKind.INITIATIVE:
      if (!r.reach) throw missing('reach');
      return { kind: 'INITIATIVE', reach: r.reach };
    case RequirementKind.MEMBERS_SHARE:
      if (!r.code) throw missing('code');
      if (!r.share) throw missing('share');
      return { kind: 'MEMBERS_SHARE', code: r.code, share: fractionOf(r.share, `${field}.share`) };
    case RequirementKind.MEMBERS_AT_LEAST:
      if (!r.code) throw missing('code');
      if (r.count == null || r.count < 1) throw missing('count ≥ 1');
      return { kind: 'MEMBERS_AT_LEAST', code: r.code, count: r.count };
    default:
      return { kind: r.kind };
  }
}

function multipleOf(value: string | undefined, field: string): number | null {
  if (value == null) return null;
  const tenths = parseTenths(value);
  if (tenths === null) {
    throw new BadUserInputError(`${field} must be a positive multiple with one decimal at most, e.g. "0.5"`, {
      field,
    });
  }
  return tenths;
}

/** The input as domain values, or BAD_USER_INPUT naming the field at fault. */
export function toStandardInput(input: SetDistinctionStandardInput): DistinctionStandardInput {
  const prerequisites = input.prerequisites?.map((route, i): PrerequisiteRouteValue => {
    if (route.requirements.length === 0 || route.requirements.length > 20) {
      throw new BadUserInputError(`prerequisites[${i}] needs 1 to 20 requirements`, {
        field: `prerequisites[${i}]`,
      });
    }
    return {
      target: route.target ?? null,
      requirements: route.requirements.map((r, j) =>
        requirementOf(r, `prerequisites[${i}].requirements[${j}]`),
      ),
      source: sourceOf(route.source, `prerequisites[${i}].source`),
    };
  });
  const reward = input.rewardMultiples;
  const individualTenths = multipleOf(reward?.individual, 'rewardMultiples.individual');
  const collectiveTenths = multipleOf(reward?.collective, 'rewardMultiples.collective');
  if (reward && individualTenths === null && collectiveTenths === null) {
    throw new BadUserInputError('rewardMultiples needs an individual or a collective multiple', {
      field: 'rewardMultiples',
    });
  }
  if (text(input.standardVi).length === 0) {
    throw new BadUserInputError('standardVi must hold the standard', { field: 'standardVi' });
  }
  return {
    code: input.code,
    issuerId: input.issuerId,
    inForceFrom: input.inForceFrom,
    standardVi: text(input.standardVi),
    source: sourceOf(input.source, 'source'),
    prerequisites,
    prerequisitesExhaustive: input.prerequisitesExhaustive,
    vote: input.vote && {
      threshold: fractionOf(input.vote.threshold, 'vote.threshold'),
      base: input.vote.base,
      comparison: input.vote.comparison,
      secretBallot: input.vote.secretBallot,
      source: sourceOf(input.vote.source, 'vote.source'),
    },
    rewardMultiples: reward && {
      individualTenths,
      collectiveTenths,
      source: sourceOf(reward.source, 'rewardMultiples.source'),
    },
    ratioCap: input.ratioCap && {
      code: input.ratioCap.code,
      share: fractionOf(input.ratioCap.share, 'ratioCap.share'),
      source: sourceOf(input.ratioCap.source, 'ratioCap.source'),
    },
  };
}
