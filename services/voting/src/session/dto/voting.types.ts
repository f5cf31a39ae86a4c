import { connectionType } from '@laurel/graphql';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Choice, CouncilKind, CouncilRole, VoteBase, VoteComparison, VotingStatus } from '../../enums';

@ObjectType('Organization')
@Directive('@key(fields: "id", resolvable: false)')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Person')
@Directive('@key(fields: "id", resolvable: false)')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Nomination')
@Directive('@key(fields: "id", resolvable: false)')
export class NominationRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
@Directive('@shareable')
export class Fraction {
  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;
}

@ObjectType()
export class CouncilMember {
  @Field(() => PersonRef)
  person!: PersonRef;

  @Field(() => CouncilRole)
  role!: CouncilRole;
}

@ObjectType({
  description: 'A Hội đồng Thi đua – Khen thưởng (EMULATION) or Hội đồng sáng kiến (INITIATIVE).',
})
@Directive('@key(fields: "id")')
export class Council {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => CouncilKind)
  kind!: CouncilKind;

  @Field(() => OrganizationRef)
  organization!: OrganizationRef;
}

@ObjectType()
export class NominationResult {
  @Field(() => NominationRef)
  nomination!: NominationRef;

  @Field(() => Int)
  approve!: number;

  @Field(() => Int)
  reject!: number;

  @Field(() => Int)
  abstain!: number;

  @Field()
  passed!: boolean;
}

@ObjectType({ description: 'A secret ballot of a council over a slate of nominations.' })
@Directive('@key(fields: "id")')
export class VotingSession {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => VotingStatus)
  status!: VotingStatus;

  @Field(() => Fraction)
  threshold!: Fraction;

  @Field(() => VoteBase)
  base!: VoteBase;

  @Field(() => Fraction)
  quorum!: Fraction;

  @Field(() => VoteComparison, {
    description: 'AT_LEAST the threshold, or MORE_THAN it (a simple majority).',
  })
  comparison!: VoteComparison;

  @Field(() => String, {
    nullable: true,
    description: 'The catalogue rule it was taken from, when defaulted.',
  })
  ruleSource!: string | null;

  @Field(() => Int)
  ballotsCast!: number;

  @Field(() => Int)
  eligibleVoters!: number;

  @Field(() => String, { nullable: true, description: 'Why nothing passed, e.g. below quorum.' })
  outcomeNote!: string | null;

  councilId!: string;
}

@ObjectType()
export class BallotReceipt {
  @Field(() => ID)
  sessionId!: string;

  @Field({ description: 'Shown once; `verifyReceipt` confirms the ballot was counted. Reveals no choice.' })
  receiptCode!: string;
}

@ObjectType()
export class VotingProgress {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => VotingStatus)
  status!: VotingStatus;

  @Field(() => Int)
  ballotsCast!: number;

  @Field(() => Int)
  eligibleVoters!: number;

  @Field(() => [NominationResult], { nullable: true, description: 'Only once CLOSED.' })
  results!: NominationResult[] | null;
}

@InputType()
export class FractionInput {
  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;
}

@InputType()
export class CouncilMemberInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => CouncilRole)
  role!: CouncilRole;
}

@InputType()
export class CreateCouncilInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  name!: string;

  @Field(() => CouncilKind)
  kind!: CouncilKind;

  @Field(() => [CouncilMemberInput])
  members!: CouncilMemberInput[];
}

@InputType()
export class CreateVotingSessionInput {
  @Field(() => ID)
  councilId!: string;

  @Field()
  title!: string;

  @Field(() => [ID])
  nominationIds!: string[];

  @Field(() => FractionInput, {
    nullable: true,
    description: "Omitted: the strictest council vote the slate's distinctions need in the catalogue.",
  })
  threshold?: FractionInput | null;

  @Field(() => VoteBase, { nullable: true, description: 'Omitted: from the catalogue, like threshold.' })
  base?: VoteBase | null;

  @Field(() => FractionInput, { nullable: true, description: 'Omitted: half of the eligible voters.' })
  quorum?: FractionInput | null;

  @Field(() => VoteComparison, { nullable: true, description: 'Omitted: AT_LEAST, or the catalogue’s.' })
  comparison?: VoteComparison | null;
}

@InputType()
export class BallotChoiceInput {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => Choice)
  choice!: Choice;
}

export const CouncilConnection = connectionType(Council, 'Council');
export type CouncilConnection = InstanceType<typeof CouncilConnection>;

export const VotingSessionConnection = connectionType(VotingSession, 'VotingSession');
export type VotingSessionConnection = InstanceType<typeof VotingSessionConnection>;
