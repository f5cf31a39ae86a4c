import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../enums';
import type { RoleGrantEntity } from '../role-grant.entity';

@ObjectType({ description: 'A role on an organization, covering its whole subtree.' })
export class RoleGrant {
  @Field(() => ID)
  id!: string;

  @Field()
  subject!: string;

  @Field(() => RoleEnum)
  role!: RoleEnum;

  @Field()
  createdAt!: Date;

  organizationId!: string;
}

export function toRoleGrant(e: RoleGrantEntity): RoleGrant {
  return {
    id: e.id,
    subject: e.subject,
    role: e.role as RoleEnum,
    createdAt: e.createdAt,
    organizationId: e.organizationId,
  };
}
