import { Field, ID, InputType, Int } from 'type-graphql';
import { AdoptionKind, EvaluationPeriod, Rating } from '../../enums';

@InputType()
export class CreateExemplarInput {
  @Field(() => ID)
  nominationId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  field?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class FosteringActionInput {
  @Field()
  text!: string;

  @Field(() => ID, { nullable: true })
  responsibleOrganizationId?: string | null;

  @Field()
  dueAt!: Date;
}

@InputType()
export class FosteringPlanInput {
  @Field()
  goals!: string;

  @Field(() => String, { nullable: true })
  targetDistinctionCode?: string | null;

  @Field(() => Int, { nullable: true })
  targetYear?: number | null;

  @Field(() => EvaluationPeriod)
  evaluationPeriod!: EvaluationPeriod;

  @Field(() => [FosteringActionInput], { nullable: true })
  actions?: FosteringActionInput[] | null;
}

@InputType()
export class EvaluationInput {
  @Field()
  period!: string;

  @Field(() => Rating)
  effect!: Rating;

  @Field(() => Rating)
  influence!: Rating;

  @Field(() => Rating)
  potential!: Rating;

  @Field(() => String, { nullable: true })
  difficulties?: string | null;

  @Field(() => String, { nullable: true })
  support?: string | null;
}

@InputType()
export class AdoptionInput {
  @Field(() => ID)
  exemplarId!: string;

  @Field(() => ID)
  adopterOrganizationId!: string;

  @Field(() => AdoptionKind)
  kind!: AdoptionKind;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  outcome?: string | null;
}
