import { connectionType } from '@laurel/graphql';
import { createUnionType, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { NominationStage, RecordSource, Target } from '../../enums';
import type {
  DistinctionRecordEntity,
  NominationEntity,
  NominationTransitionEntity,
} from '../nomination.entity';
import { CampaignRef, DistinctionRef, OrganizationRef, PersonRef } from './refs.output';

export const Nominee = createUnionType({
  name: 'Nominee',
  types: () => [OrganizationRef, PersonRef] as const,
  resolveType: (value) =>
    (value as { __typename?: string }).__typename === 'Person' ? PersonRef : OrganizationRef,
});

@ObjectType()
export class Evidence {
  @Field(() => ID)
  criterionId!: string;

  @Field()
  text!: string;
}

@ObjectType()
export class Attachment {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  contentType!: string | null;

  @Field(() => Int, { nullable: true })
  size!: number | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType({ description: 'The dossier of a proposal: summary, evidence per criterion, attachments.' })
export class Dossier {
  @Field()
  summary!: string;

  @Field(() => [Evidence])
  evidence!: Evidence[];

  @Field(() => [Attachment])
  attachments!: Attachment[];
}

@ObjectType()
export class Transition {
  @Field(() => NominationStage, { nullable: true })
  from!: NominationStage | null;

  @Field(() => NominationStage)
  to!: NominationStage;

  @Field()
  at!: Date;

  @Field()
  by!: string;

  @Field(() => String, { nullable: true, description: 'Why it was returned.' })
  reason!: string | null;
}

@ObjectType({ description: 'A nominee put forward for a distinction in a campaign.' })
@Directive('@key(fields: "id")')
export class Nomination {
  @Field(() => ID)
  id!: string;

  @Field(() => NominationStage)
  stage!: NominationStage;

  @Field(() => Target)
  target!: Target;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'The nominee’s name as registered (NFC).' })
  nomineeName!: string;

  dossier!: Dossier | null;

  @Field(() => String, { nullable: true })
  decisionNumber!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field()
  published!: boolean;

  @Field()
  createdAt!: Date;

  entity!: NominationEntity;
  /** Read through the public showcase: only the published, public fields. */
  publicView?: boolean;
}

@ObjectType()
export class DistinctionRecord {
  @Field(() => Int)
  year!: number;

  @Field(() => DistinctionRef)
  distinction!: DistinctionRef;

  @Field(() => String, { nullable: true })
  decisionNumber!: string | null;

  @Field(() => RecordSource)
  source!: RecordSource;

  nominationId!: string | null;
}

export const NominationConnection = connectionType(Nomination, 'Nomination');
export type NominationConnection = InstanceType<typeof NominationConnection>;

export function toNomination(e: NominationEntity): Nomination {
  return {
    id: e.id,
    stage: e.stage as NominationStage,
    target: e.target as Target,
    year: e.year,
    nomineeName: e.nomineeName,
    dossier: e.dossier && {
      summary: e.dossier.summary,
      evidence: e.dossier.evidence,
      attachments: e.dossier.attachments ?? [],
    },
    decisionNumber: e.decisionNumber,
    decidedAt: e.decidedAt,
    published: e.published,
    createdAt: e.createdAt,
    entity: e,
  };
}

export function toTransition(e: NominationTransitionEntity): Transition {
  return {
    from: e.fromStage as NominationStage | null,
    to: e.toStage as NominationStage,
    at: e.at,
    by: e.by,
    reason: e.reason,
  };
}

export function toRecord(e: DistinctionRecordEntity): DistinctionRecord {
  return {
    year: e.year,
    distinction: { code: e.distinctionCode },
    decisionNumber: e.decisionNumber,
    source: e.source as RecordSource,
    nominationId: e.nominationId,
  };
}

export { CampaignRef, DistinctionRef, OrganizationRef, PersonRef };
