import { connectionType } from '@laurel/graphql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AdoptionKind, EvaluationPeriod, Rating } from '../../enums';
import { DistinctionRef, OrganizationRef } from '../../refs.output';
import type {
  AdoptionEntity,
  EvaluationEntity,
  ExemplarEntity,
  FosteringActionEntity,
} from '../exemplar.entity';

@ObjectType({ description: 'A recognized nominee that its organization fosters and others may adopt.' })
@Directive('@key(fields: "id")')
export class Exemplar {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field({ description: 'One of its recognitions is published.' })
  published!: boolean;

  entity!: ExemplarEntity;
  /** Read as an outsider (a published exemplar): the public showcase only, no plan or evaluations. */
  publicView!: boolean;
}

export function toExemplar(entity: ExemplarEntity, publicView: boolean): Exemplar {
  return {
    id: entity.id,
    title: entity.title,
    field: entity.field,
    published: entity.published,
    entity,
    publicView,
  };
}

@ObjectType()
export class FosteringAction {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => OrganizationRef, { nullable: true })
  responsible!: OrganizationRef | null;

  @Field()
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  doneAt!: Date | null;
}

export function toAction(a: FosteringActionEntity): FosteringAction {
  return {
    id: a.id,
    text: a.text,
    responsible: a.responsibleOrganizationId ? { id: a.responsibleOrganizationId } : null,
    dueAt: a.dueAt,
    doneAt: a.doneAt,
  };
}

@ObjectType({ description: 'Goals, a target distinction and year, and actions.' })
export class FosteringPlan {
  @Field()
  goals!: string;

  @Field(() => DistinctionRef, { nullable: true })
  targetDistinction!: DistinctionRef | null;

  @Field(() => Int, { nullable: true })
  targetYear!: number | null;

  @Field(() => EvaluationPeriod)
  evaluationPeriod!: EvaluationPeriod;

  @Field(() => [FosteringAction])
  actions!: FosteringAction[];
}

@ObjectType({ description: 'A periodic evaluation (kiểm tra, đánh giá định kỳ).' })
export class Evaluation {
  @Field(() => ID)
  id!: string;

  @Field({ description: '2027-Q1, 2027-H1 or 2027.' })
  period!: string;

  @Field()
  at!: Date;

  @Field()
  by!: string;

  @Field(() => Rating)
  effect!: Rating;

  @Field(() => Rating)
  influence!: Rating;

  @Field(() => Rating)
  potential!: Rating;

  @Field(() => String, { nullable: true })
  difficulties!: string | null;

  @Field(() => String, { nullable: true })
  support!: string | null;
}

export function toEvaluation(e: EvaluationEntity): Evaluation {
  return {
    id: e.id,
    period: e.period,
    at: e.at,
    by: e.by,
    effect: e.effect as Rating,
    influence: e.influence as Rating,
    potential: e.potential as Rating,
    difficulties: e.difficulties,
    support: e.support,
  };
}

export const EvaluationConnection = connectionType(Evaluation, 'Evaluation');
export const ExemplarConnection = connectionType(Exemplar, 'Exemplar');

@ObjectType({ description: 'A study visit or an adoption of an exemplar by an organization.' })
export class Adoption {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationRef)
  adopter!: OrganizationRef;

  @Field(() => AdoptionKind)
  kind!: AdoptionKind;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  entity!: AdoptionEntity;
}

export function toAdoption(a: AdoptionEntity): Adoption {
  return {
    id: a.id,
    adopter: { id: a.adopterOrganizationId },
    kind: a.kind as AdoptionKind,
    at: a.at,
    outcome: a.outcome,
    entity: a,
  };
}

@ObjectType({ description: 'A higher distinction of the catalogue and what the nominee still lacks for it.' })
export class PathwayStep {
  @Field(() => DistinctionRef)
  distinction!: DistinctionRef;

  @Field()
  eligible!: boolean;

  @Field(() => [String], { description: 'Each missing condition as one Vietnamese sentence.' })
  missing!: string[];

  @Field(() => Int, { nullable: true })
  earliestYear!: number | null;
}
