import { ArrayMaxSize, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GroupKind } from '../../enums';

@InputType()
export class CreateEmulationGroupInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'ownerId is not an organization id' })
  ownerId!: string;

  @Field()
  @Length(1, 300)
  name!: string;

  @Field(() => GroupKind)
  kind!: GroupKind;

  @Field(() => [ID])
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true, message: 'memberIds must be organization ids' })
  memberIds!: string[];
}
