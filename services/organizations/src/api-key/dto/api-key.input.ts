import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId is not an organization id' })
  organizationId!: string;

  @Field()
  @Length(1, 200)
  name!: string;
}
