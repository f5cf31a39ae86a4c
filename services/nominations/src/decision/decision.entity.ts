import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { NominationEntity } from '../nomination/nomination.entity';

export const FUND_ENTRY_KINDS = ['ALLOCATION', 'PAYMENT', 'RECOVERY', 'ADJUSTMENT'] as const;
export type FundEntryKindValue = (typeof FUND_ENTRY_KINDS)[number];

/** A recognition decision (quyết định) of an organization's head, with its list (docs/API.md §8). */
@Entity({ name: 'recognition_decision' })
@Index('recognition_decision_organization_idx', ['organizationId', 'decidedAt'])
@Index('recognition_decision_key_idx', ['createdBy', 'idempotencyKey'], {
  unique: true,
  where: '"idempotency_key" IS NOT NULL',
})
@Check('recognition_decision_total_check', `"total_reward" >= 0`)
export class RecognitionDecisionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'recognition_decision_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  @Column({ type: 'text' })
  signer!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Whole đồng: the sum of the lines' rewards. */
  @Column({ name: 'total_reward', type: 'bigint', transformer: { to: (v: number) => v, from: Number } })
  totalReward!: number;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'request_hash', type: 'text', nullable: true })
  requestHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * One line of a decision's list: the nomination it recognized and the money it carries. A
 * nomination is on one decision at most.
 */
@Entity({ name: 'decision_line' })
@Index('decision_line_decision_idx', ['decisionId', 'position'])
@Check('decision_line_reward_check', `"reward" IS NULL OR "reward" >= 0`)
export class DecisionLineEntity {
  @PrimaryColumn({ name: 'nomination_id', type: 'uuid', primaryKeyConstraintName: 'decision_line_pkey' })
  nominationId!: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  /** STT on the attached list, from 1. */
  @Column({ type: 'int' })
  position!: number;

  /** Đồng, rounded up to 10,000; null when the catalogue knows no multiple for it. */
  @Column({ type: 'int', nullable: true })
  reward!: number | null;

  /** The multiple applied, in tenths of the base salary, and that base salary. */
  @Column({ name: 'multiple_tenths', type: 'int', nullable: true })
  multipleTenths!: number | null;

  /** The multiple in hundredths (0.15 for a commune chairman's Giấy khen, where tenths are null). */
  @Column({ name: 'multiple_hundredths', type: 'int', nullable: true })
  multipleHundredths!: number | null;

  @Column({ name: 'base_salary', type: 'int', nullable: true })
  baseSalary!: number | null;

  @ManyToOne(() => RecognitionDecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'decision_line_decision_fk' })
  decision?: RecognitionDecisionEntity;

  @ManyToOne(() => NominationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nomination_id', foreignKeyConstraintName: 'decision_line_nomination_fk' })
  nomination?: NominationEntity;
}

/** The emulation fund's ledger (quỹ thi đua, khen thưởng): append-only, per organization and year. */
@Entity({ name: 'fund_entry' })
@Index('fund_entry_fund_idx', ['organizationId', 'year', 'at'])
@Check('fund_entry_kind_check', `"kind" IN ('ALLOCATION', 'PAYMENT', 'RECOVERY', 'ADJUSTMENT')`)
@Check(
  'fund_entry_amount_check',
  `("kind" = 'ADJUSTMENT' AND "amount" <> 0) OR ("kind" <> 'ADJUSTMENT' AND "amount" > 0)`,
)
export class FundEntryEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'fund_entry_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** Whole đồng; positive except an ADJUSTMENT, which carries its sign. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: Number } })
  amount!: number;

  @Column({ type: 'text' })
  kind!: FundEntryKindValue;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @ManyToOne(() => RecognitionDecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'fund_entry_decision_fk' })
  decision?: RecognitionDecisionEntity;
}

/** A recognition revoked (Law 06/2022, chapter VII; grounds: art. 93 cl. 2): one per nomination. */
@Entity({ name: 'revocation' })
@Check('revocation_reward_check', `"reward_to_recover" >= 0`)
export class RevocationEntity {
  @PrimaryColumn({ name: 'nomination_id', type: 'uuid', primaryKeyConstraintName: 'revocation_pkey' })
  nominationId!: string;

  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'revoked_by', type: 'text' })
  revokedBy!: string;

  /** Đồng: the reward its decision paid. */
  @Column({ name: 'reward_to_recover', type: 'int' })
  rewardToRecover!: number;

  /** Later recognitions whose prerequisites relied on it: flagged for review, not revoked. */
  @Column({ name: 'affected_ids', type: 'uuid', array: true })
  affectedIds!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => NominationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nomination_id', foreignKeyConstraintName: 'revocation_nomination_fk' })
  nomination?: NominationEntity;
}
