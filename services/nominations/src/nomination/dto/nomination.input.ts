import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class RegisterNominationInput {
  @Field(() => ID)
  campaignId!: string;

  @Field()
  distinctionCode!: string;

  @Field(() => ID)
  submittingOrganizationId!: string;

  @Field(() => ID, { nullable: true })
  nomineeOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  nomineePersonId?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class EvidenceInput {
  @Field(() => ID)
  criterionId!: string;

  @Field()
  text!: string;
}

@InputType({ description: 'Metadata of a file kept elsewhere (the platform stores no files).' })
export class AttachmentInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  contentType?: string | null;

  @Field(() => Int, { nullable: true })
  size?: number | null;

  @Field(() => String, { nullable: true })
  url?: string | null;
}

@InputType()
export class DossierInput {
  @Field()
  summary!: string;

  @Field(() => [EvidenceInput], { nullable: true })
  evidence?: EvidenceInput[] | null;

  @Field(() => [AttachmentInput], { nullable: true })
  attachments?: AttachmentInput[] | null;
}
