import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RoleEnum } from '../../enums';

@InputType()
export class GrantRoleInput {
  @Field()
  @Length(1, 300)
  subject!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId is not an organization id' })
  organizationId!: string;

  @Field(() => RoleEnum)
  role!: RoleEnum;
}
