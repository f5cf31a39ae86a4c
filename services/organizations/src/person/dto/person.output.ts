import { connectionType } from '@laurel/graphql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { PersonEntity } from '../person.entity';

@ObjectType({ description: 'A member of staff of one organization.' })
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID)
  id!: string;

  @Field()
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Chức vụ Đảng, đoàn thể.' })
  partyPosition!: string | null;

  @Field(() => String, { nullable: true, description: 'Chức vụ chính quyền.' })
  governmentPosition!: string | null;

  @Field(() => String, { nullable: true, description: 'The login subject linked to this person.' })
  account!: string | null;

  @Field(() => String, { nullable: true, description: "The institution's own staff number." })
  staffCode!: string | null;

  @Field({ description: 'False once the person left (deactivatePerson): records stay, no new nominations.' })
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the person left; null while active.' })
  leftAt!: Date | null;

  organizationId!: string;
  leadsId!: string | null;
  orgPath!: string;
}

export function toPerson(e: PersonEntity): Person {
  return {
    id: e.id,
    fullName: e.fullName,
    partyPosition: e.partyPosition,
    governmentPosition: e.governmentPosition,
    account: e.account,
    staffCode: e.staffCode,
    active: e.leftAt == null,
    leftAt: e.leftAt ?? null,
    organizationId: e.organizationId,
    leadsId: e.leadsId,
    orgPath: e.orgPath,
  };
}

export const PersonConnection = connectionType(Person, 'Person');
export type PersonConnection = InstanceType<typeof PersonConnection>;
