import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreatePersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId is not an organization id' })
  organizationId!: string;

  @Field()
  @Length(1, 300)
  fullName!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 500)
  partyPosition?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 500)
  governmentPosition?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'leadsId is not an organization id' })
  leadsId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  account?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 64)
  staffCode?: string;
}

@InputType({ description: 'Only the fields given change; null clears an optional one.' })
export class UpdatePersonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  fullName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  partyPosition?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  governmentPosition?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'leadsId is not an organization id' })
  leadsId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  account?: string | null;
}
