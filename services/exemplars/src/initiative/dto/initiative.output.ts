import { connectionType } from '@laurel/graphql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { InitiativeReach, InitiativeStatus } from '../../enums';
import type { InitiativeEntity, ProgressNoteEntity } from '../initiative.entity';

@ObjectType({
  description: 'A staff initiative (sáng kiến): registered, reported on monthly, submitted, recognized.',
})
@Directive('@key(fields: "id")')
export class Initiative {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => InitiativeStatus)
  status!: InitiativeStatus;

  @Field(() => InitiativeReach, { nullable: true })
  reach!: InitiativeReach | null;

  entity!: InitiativeEntity;
}

export function toInitiative(e: InitiativeEntity): Initiative {
  return {
    id: e.id,
    title: e.title,
    field: e.field,
    year: e.year,
    status: e.status as InitiativeStatus,
    reach: e.reach as InitiativeReach | null,
    entity: e,
  };
}

@ObjectType()
export class ProgressNote {
  @Field()
  at!: Date;

  @Field()
  by!: string;

  @Field()
  text!: string;
}

export function toProgressNote(p: ProgressNoteEntity): ProgressNote {
  return { at: p.at, by: p.by, text: p.text };
}

export const InitiativeConnection = connectionType(Initiative, 'Initiative');
