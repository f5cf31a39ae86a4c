import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { ORG_CODE, ORG_CODE_RULE } from '../code';
import { Field, ID, InputType } from 'type-graphql';
import { OrgKind } from '../../enums';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Matches(ORG_CODE, { message: ({ value }) => `code ${JSON.stringify(value)} is refused: ${ORG_CODE_RULE}` })
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
