import { connectionType } from '@laurel/graphql';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationRef } from '../nomination/dto/refs.output';
import type { FundEntryEntity, RecognitionDecisionEntity, RevocationEntity } from './decision.entity';

export enum FundEntryKind {
  ALLOCATION = 'ALLOCATION',
  PAYMENT = 'PAYMENT',
  RECOVERY = 'RECOVERY',
  ADJUSTMENT = 'ADJUSTMENT',
}
registerEnumType(FundEntryKind, { name: 'FundEntryKind' });

@ObjectType({
  description:
    'A recognition decision (quyết định) with its attached list (danh sách kèm theo), each line with its reward.',
})
@Directive('@key(fields: "id")')
export class RecognitionDecision {
  @Field(() => ID)
  id!: string;

  @Field()
  number!: string;

  @Field()
  decidedAt!: Date;

  @Field()
  signer!: string;

  @Field()
  title!: string;

  @Field(() => Int, { description: 'Đồng: the sum of the listed rewards.' })
  totalReward!: number;

  entity!: RecognitionDecisionEntity;
}

export function toDecision(e: RecognitionDecisionEntity): RecognitionDecision {
  return {
    id: e.id,
    number: e.number,
    decidedAt: e.decidedAt,
    signer: e.signer,
    title: e.title,
    totalReward: Number(e.totalReward),
    entity: e,
  };
}

@ObjectType()
export class FundEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => Int, { description: 'Đồng; an ADJUSTMENT carries its sign.' })
  amount!: number;

  @Field(() => FundEntryKind)
  kind!: FundEntryKind;

  @Field(() => String, { nullable: true })
  note!: string | null;

  entity!: FundEntryEntity;
}

export function toFundEntry(e: FundEntryEntity): FundEntry {
  return {
    id: e.id,
    at: e.at,
    amount: Number(e.amount),
    kind: e.kind as FundEntryKind,
    note: e.note,
    entity: e,
  };
}

export const FundEntryConnection = connectionType(FundEntry, 'FundEntry');
export type FundEntryConnection = InstanceType<typeof FundEntryConnection>;

@ObjectType({
  description:
    'The emulation fund (quỹ thi đua, khen thưởng) of an organization for a year: balance = allocated − paid + recovered ± adjustments.',
})
export class EmulationFund {
  @Field(() => OrganizationRef)
  organization!: OrganizationRef;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  allocated!: number;

  @Field(() => Int)
  paid!: number;

  @Field(() => Int)
  recovered!: number;

  @Field(() => Int, { description: 'May go negative: the fund report flags it.' })
  balance!: number;
}

@InputType()
export class IssueDecisionInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  number!: string;

  @Field()
  decidedAt!: Date;

  @Field()
  signer!: string;

  @Field()
  title!: string;

  @Field(() => [ID])
  nominationIds!: string[];

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class FundEntryInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  amount!: number;

  @Field(() => FundEntryKind)
  kind!: FundEntryKind;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType({ description: 'A revoked recognition (Law 06/2022, chapter VII).' })
export class Revocation {
  @Field()
  decisionNumber!: string;

  @Field()
  decidedAt!: Date;

  @Field({ description: 'Names one of the grounds of the Law’s article 93, clause 2.' })
  reason!: string;

  @Field()
  by!: string;

  @Field(() => Int, { description: 'Đồng: the reward its decision paid, entered in the fund as a RECOVERY.' })
  rewardToRecover!: number;

  entity!: RevocationEntity;
}

export function toRevocation(e: RevocationEntity): Revocation {
  return {
    decisionNumber: e.decisionNumber,
    decidedAt: e.decidedAt,
    reason: e.reason,
    by: e.revokedBy,
    rewardToRecover: e.rewardToRecover,
    entity: e,
  };
}

@ObjectType({
  description:
    'What revoking this recognition would do, before anyone confirms it: the reward to recover and the later recognitions that would be flagged.',
})
export class RevocationPreview {
  @Field(() => Int, { description: 'Đồng: the reward its decision paid (0 when none).' })
  rewardToRecover!: number;

  affectedIds!: string[];
}
