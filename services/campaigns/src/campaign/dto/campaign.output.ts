import { connectionType } from '@laurel/graphql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import {
  CampaignCalendar,
  CampaignKind,
  CampaignStage,
  CampaignStatus,
  CriterionTarget,
  ReviewKind,
} from '../../enums';
import type {
  CampaignEntity,
  CampaignReviewEntity,
  CampaignTransitionEntity,
  CriterionEntity,
  QuotaEntity,
} from '../campaign.entity';
import { campaignPeriod, formatLocal } from '../calendar';
import { EmulationGroupRef, OrganizationRef } from './refs.output';

@ObjectType({ description: 'A phong trào thi đua.' })
@Directive('@key(fields: "id")')
export class Campaign {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => Int, { description: 'The emulation year; for a school year, the year it starts.' })
  year!: number;

  @Field(() => Int, { description: 'The last year of a multi-year PHASE; equal to `year` otherwise.' })
  endYear!: number;

  @Field(() => CampaignKind)
  kind!: CampaignKind;

  @Field(() => CampaignCalendar)
  calendar!: CampaignCalendar;

  @Field({ description: 'First day of the period, YYYY-MM-DD on the Asia/Ho_Chi_Minh calendar.' })
  periodStart!: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD.' })
  periodEnd!: string;

  @Field({ description: 'E.g. "Năm học 2025–2026", "Năm 2026", "Giai đoạn 2021–2025".' })
  periodLabel!: string;

  @Field(() => CampaignStatus)
  status!: CampaignStatus;

  @Field()
  registrationDeadline!: Date;

  @Field()
  proposalDeadline!: Date;

  @Field(() => Date, { nullable: true })
  escalationDeadline!: Date | null;

  @Field({ description: 'The calendar deadlines are shown and reasoned about in.' })
  timeZone!: string;

  @Field()
  createdAt!: Date;

  organizationId!: string;
  parentId!: string | null;
  groupIds!: string[];
}

@ObjectType({ description: 'A stage deadline, as an instant and as read on the Vietnamese calendar.' })
export class StageDeadline {
  @Field(() => CampaignStage)
  stage!: CampaignStage;

  @Field()
  at!: Date;

  @Field({ description: 'E.g. "17:00, 23/03/2026" (Asia/Ho_Chi_Minh).' })
  local!: string;

  @Field({ description: 'Whether the deadline is behind us, by the server clock.' })
  passed!: boolean;
}

@ObjectType({ description: 'A tiêu chí.' })
export class Criterion {
  @Field(() => ID)
  id!: string;

  @Field(() => CriterionTarget)
  target!: CriterionTarget;

  @Field()
  text!: string;

  @Field(() => OrganizationRef, { nullable: true, description: 'The unit that assesses it (seed 003).' })
  evaluator!: OrganizationRef | null;
}

@ObjectType({ description: 'How many nominations an organization or an emulation group may put forward.' })
export class Quota {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationRef, { nullable: true })
  organization!: OrganizationRef | null;

  @Field(() => EmulationGroupRef, { nullable: true })
  group!: EmulationGroupRef | null;

  @Field(() => Int)
  min!: number;

  @Field(() => Int)
  max!: number;
}

@ObjectType({ description: 'A preliminary (sơ kết) or final (tổng kết) review of a multi-year plan.' })
export class CampaignReview {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewKind)
  kind!: ReviewKind;

  @Field()
  title!: string;

  @Field()
  dueAt!: Date;
}

@ObjectType()
export class CampaignTransition {
  @Field(() => CampaignStatus, { nullable: true })
  from!: CampaignStatus | null;

  @Field(() => CampaignStatus)
  to!: CampaignStatus;

  @Field()
  at!: Date;

  @Field()
  by!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What updateCampaign changed (from equals to): e.g. "proposalDeadline 2026-11-30T10:00:00.000Z → ' +
      '2026-12-15T10:00:00.000Z" for an extension; null for a status change.',
  })
  change!: string | null;
}

export const CampaignConnection = connectionType(Campaign, 'Campaign');
export type CampaignConnection = InstanceType<typeof CampaignConnection>;

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function toCampaign(e: CampaignEntity): Campaign {
  const period = campaignPeriod(e);
  return {
    id: e.id,
    title: e.title,
    year: e.year,
    endYear: e.endYear,
    kind: e.kind as CampaignKind,
    calendar: e.calendar as CampaignCalendar,
    periodStart: period.start,
    periodEnd: period.end,
    periodLabel: period.label,
    status: e.status as CampaignStatus,
    registrationDeadline: e.registrationDeadline,
    proposalDeadline: e.proposalDeadline,
    escalationDeadline: e.escalationDeadline,
    timeZone: TIME_ZONE,
    createdAt: e.createdAt,
    organizationId: e.organizationId,
    parentId: e.parentId,
    groupIds: e.groupIds,
  };
}

export function stageDeadlines(c: Campaign, now = new Date()): StageDeadline[] {
  const list: [CampaignStage, Date | null][] = [
    [CampaignStage.REGISTRATION, c.registrationDeadline],
    [CampaignStage.PROPOSAL, c.proposalDeadline],
    [CampaignStage.ESCALATION, c.escalationDeadline],
  ];
  return list
    .filter((entry): entry is [CampaignStage, Date] => entry[1] !== null)
    .map(([stage, at]) => ({ stage, at, local: formatLocal(at), passed: at.getTime() < now.getTime() }));
}

export function toCriterion(e: CriterionEntity): Criterion {
  return {
    id: e.id,
    target: e.target as CriterionTarget,
    text: e.text,
    evaluator: e.evaluatorOrganizationId ? { id: e.evaluatorOrganizationId } : null,
  };
}

export function toQuota(e: QuotaEntity): Quota {
  return {
    id: e.id,
    organization: e.organizationId ? { id: e.organizationId } : null,
    group: e.groupId ? { id: e.groupId } : null,
    min: e.min,
    max: e.max,
  };
}

export function toReview(e: CampaignReviewEntity): CampaignReview {
  return { id: e.id, kind: e.kind as ReviewKind, title: e.title, dueAt: e.dueAt };
}

export function toTransition(e: CampaignTransitionEntity): CampaignTransition {
  return {
    from: e.fromStatus as CampaignStatus | null,
    to: e.toStatus as CampaignStatus,
    at: e.at,
    by: e.by,
    change: e.change ?? null,
  };
}
