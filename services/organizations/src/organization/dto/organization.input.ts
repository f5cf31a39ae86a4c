import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OrgKind } from '../../enums';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Length(1, 64)
  @Matches(/^[\p{L}\p{N}._\-/]+$/u, { message: 'code may hold letters, digits, ".", "_", "-" and "/" only' })
  code!: string;

  @Field()
  @Length(1, 500)
  name!: string;

  @Field(() => OrgKind)
  kind!: OrgKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'parentId is not an organization id' })
  parentId?: string;
}
