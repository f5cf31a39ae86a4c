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
import {
  checkIn,
  NOMINATION_STAGES,
  TARGETS,
  type NominationStageValue,
  type TargetValue,
} from '@laurel/contracts';

export const STAGES = NOMINATION_STAGES;
export type StageValue = NominationStageValue;
export { TARGETS, type TargetValue };

const inList = checkIn;

export interface DossierValue {
  summary: string;
  evidence: { criterionId: string; text: string }[];
  attachments: { name: string; contentType: string | null; size: number | null; url: string | null }[];
}

/** A nominee put forward for a distinction in a campaign by a submitting organization. */
@Entity({ name: 'nomination' })
@Check('nomination_stage_check', inList('stage', STAGES))
@Check('nomination_target_check', inList('target', TARGETS))
@Check(
  'nomination_nominee_check',
  `("nominee_person_id" IS NULL) <> ("nominee_organization_id" IS NULL) AND ("target" = 'INDIVIDUAL') = ("nominee_person_id" IS NOT NULL)`,
)
// Duplicates (same nominee, campaign and distinction) are refused by the database itself.
@Index('nomination_person_unique', ['campaignId', 'distinctionCode', 'nomineePersonId'], {
  unique: true,
  where: `"nominee_person_id" IS NOT NULL AND "stage" <> 'WITHDRAWN'`,
})
@Index('nomination_organization_unique', ['campaignId', 'distinctionCode', 'nomineeOrganizationId'], {
  unique: true,
  where: `"nominee_organization_id" IS NOT NULL AND "stage" <> 'WITHDRAWN'`,
})
@Index('nomination_idempotency_key', ['createdBy', 'idempotencyKey'], {
  unique: true,
  where: '"idempotency_key" IS NOT NULL',
})
@Index('nomination_campaign_submitter_idx', ['campaignId', 'submittingOrganizationId'])
@Index('nomination_submitter_idx', ['submittingOrganizationId', 'createdAt'])
@Index('nomination_nominee_organization_idx', ['nomineeOrganizationId'])
@Index('nomination_nominee_person_idx', ['nomineePersonId'])
export class NominationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'nomination_pkey' })
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  /** The campaign's emulation year, for records and "consecutive years" prerequisites. */
  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'distinction_code', type: 'text' })
  distinctionCode!: string;

  @Column({ type: 'text' })
  target!: TargetValue;

  @Column({ name: 'nominee_person_id', type: 'uuid', nullable: true })
  nomineePersonId!: string | null;

  @Column({ name: 'nominee_organization_id', type: 'uuid', nullable: true })
  nomineeOrganizationId!: string | null;

  /** NFC name at registration (lists and exports), and folded for accent-insensitive search. */
  @Column({ name: 'nominee_name', type: 'text' })
  nomineeName!: string;

  @Column({ name: 'nominee_name_folded', type: 'text' })
  nomineeNameFolded!: string;

  @Column({ name: 'submitting_organization_id', type: 'uuid' })
  submittingOrganizationId!: string;

  @Column({ type: 'text' })
  stage!: StageValue;

  @Column({ type: 'jsonb', nullable: true })
  dossier!: DossierValue | null;

  @Column({ name: 'decision_number', type: 'text', nullable: true })
  decisionNumber!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'escalated_from_id', type: 'uuid', nullable: true })
  escalatedFromId!: string | null;

  @ManyToOne(() => NominationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'escalated_from_id', foreignKeyConstraintName: 'nomination_escalated_from_fk' })
  escalatedFrom?: NominationEntity | null;

  @Column({ name: 'escalated_to_id', type: 'uuid', nullable: true })
  escalatedToId!: string | null;

  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'request_hash', type: 'text', nullable: true })
  requestHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Every stage change: from, to, when, by whom (and why, for a return). */
@Entity({ name: 'nomination_transition' })
@Index('nomination_transition_nomination_idx', ['nominationId', 'id'])
export class NominationTransitionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'nomination_transition_pkey' })
  id!: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId!: string;

  @ManyToOne(() => NominationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nomination_id', foreignKeyConstraintName: 'nomination_transition_nomination_fk' })
  nomination?: NominationEntity;

  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage!: StageValue | null;

  @Column({ name: 'to_stage', type: 'text' })
  toStage!: StageValue;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  by!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}

/** What this service last read of a campaign (campaigns owns it): deadlines, scope, quotas. */
@Entity({ name: 'campaign_ref' })
export class CampaignRefEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'campaign_ref_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'registration_deadline', type: 'timestamptz' })
  registrationDeadline!: Date;

  @Column({ name: 'proposal_deadline', type: 'timestamptz' })
  proposalDeadline!: Date;

  @Column({ name: 'escalation_deadline', type: 'timestamptz', nullable: true })
  escalationDeadline!: Date | null;

  @Column({ name: 'group_ids', type: 'uuid', array: true })
  groupIds!: string[];

  @Column({ name: 'distinction_codes', type: 'text', array: true })
  distinctionCodes!: string[];

  @Column({ name: 'criterion_ids', type: 'uuid', array: true })
  criterionIds!: string[];

  @UpdateDateColumn({ name: 'refreshed_at', type: 'timestamptz' })
  refreshedAt!: Date;
}

/** A campaign's quota; its row is the lock that makes concurrent registrations exact. */
@Entity({ name: 'campaign_quota' })
@Index('campaign_quota_campaign_idx', ['campaignId'])
export class CampaignQuotaEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'campaign_quota_pkey' })
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignRefEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'campaign_quota_campaign_fk' })
  campaign?: CampaignRefEntity;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ type: 'int' })
  min!: number;

  @Column({ type: 'int' })
  max!: number;
}

/** A distinction a person or an organization holds: recognized here or imported history. */
@Entity({ name: 'distinction_record' })
@Check('distinction_record_holder_check', '("person_id" IS NULL) <> ("organization_id" IS NULL)')
@Check('distinction_record_source_check', `"source" IN ('PLATFORM', 'IMPORTED')`)
@Index('distinction_record_person_key', ['personId', 'year', 'distinctionCode'], {
  unique: true,
  where: '"person_id" IS NOT NULL',
})
@Index('distinction_record_organization_key', ['organizationId', 'year', 'distinctionCode'], {
  unique: true,
  where: '"organization_id" IS NOT NULL',
})
export class DistinctionRecordEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'distinction_record_pkey' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'distinction_code', type: 'text' })
  distinctionCode!: string;

  @Column({ name: 'decision_number', type: 'text', nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'text' })
  source!: 'PLATFORM' | 'IMPORTED';

  @Column({ name: 'nomination_id', type: 'uuid', nullable: true })
  nominationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Council members reviewing a nomination on a voting session's slate read it (docs/API.md §2). */
@Entity({ name: 'nomination_reviewer' })
@Index('nomination_reviewer_person_idx', ['personId'])
export class NominationReviewerEntity {
  @PrimaryColumn({
    name: 'nomination_id',
    type: 'uuid',
    primaryKeyConstraintName: 'nomination_reviewer_pkey',
  })
  nominationId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'nomination_reviewer_pkey' })
  personId!: string;

  @ManyToOne(() => NominationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nomination_id', foreignKeyConstraintName: 'nomination_reviewer_nomination_fk' })
  nomination?: NominationEntity;
}
