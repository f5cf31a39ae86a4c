import { Field, ID, InputType, Int } from 'type-graphql';
import { CampaignCalendar, CampaignKind, CriterionTarget, ReviewKind } from '../../enums';

@InputType()
export class CriterionInput {
  @Field(() => CriterionTarget)
  target!: CriterionTarget;

  @Field()
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The unit that assesses this criterion.' })
  evaluatorOrganizationId?: string | null;
}

@InputType({ description: 'Exactly one of organizationId and groupId.' })
export class QuotaInput {
  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => Int)
  min!: number;

  @Field(() => Int)
  max!: number;
}

@InputType()
export class ReviewInput {
  @Field(() => ReviewKind)
  kind!: ReviewKind;

  @Field()
  title!: string;

  @Field()
  dueAt!: Date;
}

@InputType()
export class CreateCampaignInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  title!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Last year of a PHASE (e.g. 2025 for 2021–2025); without it, the end of the five-year phase ' +
      'holding `year` (2021–2025, 2026–2030).',
  })
  endYear?: number | null;

  @Field(() => CampaignKind)
  kind!: CampaignKind;

  @Field(() => CampaignCalendar, {
    nullable: true,
    description: 'Defaults to SCHOOL_YEAR for institutions and their units, CALENDAR_YEAR otherwise.',
  })
  calendar?: CampaignCalendar | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field()
  registrationDeadline!: Date;

  @Field()
  proposalDeadline!: Date;

  @Field(() => Date, { nullable: true })
  escalationDeadline?: Date | null;

  @Field(() => [CriterionInput], { nullable: true })
  criteria?: CriterionInput[] | null;

  @Field(() => [String], { description: 'Empty: every distinction of the catalogue.' })
  distinctionCodes!: string[];

  @Field(() => [QuotaInput], { nullable: true })
  quotas?: QuotaInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Limit the campaign to these emulation groups.' })
  groupIds?: string[] | null;

  @Field(() => [ReviewInput], { nullable: true })
  reviews?: ReviewInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Same key and input: the first result; same key, other input: CONFLICT.',
  })
  idempotencyKey?: string | null;
}

@InputType({
  description:
    'Only the fields given change. DRAFT: any; OPEN: deadlines (an extension, recorded in history), ' +
    'criteria and quotas (for nominations registered from now on).',
})
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => Date, { nullable: true })
  registrationDeadline?: Date | null;

  @Field(() => Date, { nullable: true })
  proposalDeadline?: Date | null;

  @Field(() => Date, { nullable: true })
  escalationDeadline?: Date | null;

  @Field(() => [CriterionInput], { nullable: true, description: 'Replaces the criteria.' })
  criteria?: CriterionInput[] | null;

  @Field(() => [QuotaInput], { nullable: true, description: 'Replaces the quotas.' })
  quotas?: QuotaInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the distinctions (DRAFT only).' })
  distinctionCodes?: string[] | null;
}
