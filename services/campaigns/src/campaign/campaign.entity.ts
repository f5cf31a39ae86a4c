import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { DistinctionEntity } from '../distinction/distinction.entity';

export const CAMPAIGN_KINDS = ['ANNUAL', 'THEMATIC', 'PHASE'] as const;
export const CAMPAIGN_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED'] as const;
export const CALENDARS = ['SCHOOL_YEAR', 'CALENDAR_YEAR'] as const;
export const CRITERION_TARGETS = ['INDIVIDUAL', 'COLLECTIVE', 'LEADER'] as const;
export const REVIEW_KINDS = ['PRELIMINARY', 'FINAL'] as const;
export type CampaignStatusValue = (typeof CAMPAIGN_STATUSES)[number];

const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;

/** A phong trào thi đua, launched by an organization for its subtree (or chosen groups). */
@Entity({ name: 'campaign' })
@Check('campaign_kind_check', inList('kind', CAMPAIGN_KINDS))
@Check('campaign_status_check', inList('status', CAMPAIGN_STATUSES))
@Check('campaign_calendar_check', inList('calendar', CALENDARS))
@Check('campaign_years_check', '"end_year" >= "year"')
@Check(
  'campaign_deadlines_check',
  `"registration_deadline" <= "proposal_deadline" AND ("escalation_deadline" IS NULL OR "proposal_deadline" <= "escalation_deadline")`,
)
@Index('campaign_organization_year_idx', ['organizationId', 'year'])
@Index('campaign_parent_idx', ['parentId'])
@Index('campaign_idempotency_key', ['createdBy', 'idempotencyKey'], {
  unique: true,
  where: '"idempotency_key" IS NOT NULL',
})
export class CampaignEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'campaign_pkey' })
  id!: string;

  /** The launching organization (its path lives in the replicated directory). */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => CampaignEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'campaign_parent_fk' })
  parent?: CampaignEntity | null;

  @Column({ type: 'text' })
  title!: string;

  /** Lower-case without diacritics, for accent-insensitive search. */
  @Column({ name: 'title_folded', type: 'text' })
  titleFolded!: string;

  /** The emulation year (for a school year, the year it starts); a PHASE's first year. */
  @Column({ type: 'int' })
  year!: number;

  /** Equal to `year` except for a multi-year PHASE. */
  @Column({ name: 'end_year', type: 'int' })
  endYear!: number;

  @Column({ type: 'text' })
  kind!: (typeof CAMPAIGN_KINDS)[number];

  @Column({ type: 'text' })
  calendar!: (typeof CALENDARS)[number];

  @Column({ type: 'text', default: 'DRAFT' })
  status!: CampaignStatusValue;

  @Column({ name: 'registration_deadline', type: 'timestamptz' })
  registrationDeadline!: Date;

  @Column({ name: 'proposal_deadline', type: 'timestamptz' })
  proposalDeadline!: Date;

  @Column({ name: 'escalation_deadline', type: 'timestamptz', nullable: true })
  escalationDeadline!: Date | null;

  /** Chosen emulation groups; empty = the launcher's whole subtree. */
  @Column({ name: 'group_ids', type: 'uuid', array: true, default: () => "'{}'" })
  groupIds!: string[];

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of the creating input, to tell a retry from a different request with the same key. */
  @Column({ name: 'request_hash', type: 'text', nullable: true })
  requestHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The distinctions a campaign leads to; none listed means the whole catalogue. */
@Entity({ name: 'campaign_distinction' })
export class CampaignDistinctionEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'campaign_distinction_pkey' })
  campaignId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'campaign_distinction_pkey' })
  code!: string;

  @Column({ type: 'int' })
  position!: number;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'campaign_distinction_campaign_fk' })
  campaign?: CampaignEntity;

  @ManyToOne(() => DistinctionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'code', foreignKeyConstraintName: 'campaign_distinction_code_fk' })
  distinction?: DistinctionEntity;
}

/** A tiêu chí for collectives, individuals or leaders, optionally assessed by a named unit. */
@Entity({ name: 'criterion' })
@Check('criterion_target_check', inList('target', CRITERION_TARGETS))
@Index('criterion_campaign_idx', ['campaignId', 'position'])
export class CriterionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'criterion_pkey' })
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'criterion_campaign_fk' })
  campaign?: CampaignEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  target!: (typeof CRITERION_TARGETS)[number];

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'evaluator_organization_id', type: 'uuid', nullable: true })
  evaluatorOrganizationId!: string | null;
}

/** How many nominations one organization or one emulation group may put forward. */
@Entity({ name: 'quota' })
@Check('quota_owner_check', '("organization_id" IS NULL) <> ("group_id" IS NULL)')
@Check('quota_bounds_check', '"min" >= 0 AND "min" <= "max"')
@Index('quota_campaign_organization_key', ['campaignId', 'organizationId'], {
  unique: true,
  where: '"organization_id" IS NOT NULL',
})
@Index('quota_campaign_group_key', ['campaignId', 'groupId'], {
  unique: true,
  where: '"group_id" IS NOT NULL',
})
export class QuotaEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'quota_pkey' })
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'quota_campaign_fk' })
  campaign?: CampaignEntity;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ type: 'int' })
  min!: number;

  @Column({ type: 'int' })
  max!: number;
}

/** Sơ kết / tổng kết of a multi-year plan (seed 002: Q1/2023 and Q2/2025). */
@Entity({ name: 'campaign_review' })
@Check('campaign_review_kind_check', inList('kind', REVIEW_KINDS))
@Index('campaign_review_campaign_idx', ['campaignId', 'dueAt'])
export class CampaignReviewEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'campaign_review_pkey' })
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'campaign_review_campaign_fk' })
  campaign?: CampaignEntity;

  @Column({ type: 'text' })
  kind!: (typeof REVIEW_KINDS)[number];

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;
}

/** Every status change, who and when. */
@Entity({ name: 'campaign_transition' })
@Index('campaign_transition_campaign_idx', ['campaignId', 'id'])
export class CampaignTransitionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'campaign_transition_pkey' })
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'campaign_transition_campaign_fk' })
  campaign?: CampaignEntity;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: CampaignStatusValue | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: CampaignStatusValue;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  by!: string;

  /** What `updateCampaign` changed (e.g. an extension of a deadline); null for a status change. */
  @Column({ type: 'text', nullable: true })
  change!: string | null;
}
