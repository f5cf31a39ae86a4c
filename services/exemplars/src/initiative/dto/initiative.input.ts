import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class RegisterInitiativeInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  field?: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => [ID])
  authorIds!: string[];

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}
