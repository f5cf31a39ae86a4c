import type { CouncilStageValue } from '@laurel/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  VirtualColumn,
} from 'typeorm';
import { CouncilEntity } from '../council/council.entity';

export type SessionStatusValue = 'DRAFT' | 'OPEN' | 'CLOSED';

/** `VotingSessionEntity.ballotsCast` for the session row aliased `session` (an index-only count). */
export function ballotsCastSql(session: string): string {
  return `SELECT CASE WHEN ${session}.status = 'OPEN' THEN count(*)::int ELSE ${session}.ballots_cast END
            FROM voting.participation p WHERE p.session_id = ${session}.id`;
}

/** A secret ballot of a council over a slate of nominations. */
@Entity({ name: 'voting_session' })
@Check('voting_session_status_check', `"status" IN ('DRAFT', 'OPEN', 'CLOSED')`)
@Check('voting_session_base_check', `"base" IN ('TOTAL_MEMBERS', 'BALLOTS_CAST')`)
@Check('voting_session_comparison_check', `"comparison" IN ('AT_LEAST', 'MORE_THAN')`)
@Check(
  'voting_session_fractions_check',
  `"threshold_numerator" > 0 AND "threshold_numerator" <= "threshold_denominator" AND "quorum_numerator" >= 0 AND "quorum_numerator" <= "quorum_denominator"`,
)
@Index('voting_session_council_idx', ['councilId'])
export class VotingSessionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'voting_session_pkey' })
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'voting_session_council_fk' })
  council?: CouncilEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: SessionStatusValue;

  @Column({ name: 'threshold_numerator', type: 'int' })
  thresholdNumerator!: number;

  @Column({ name: 'threshold_denominator', type: 'int' })
  thresholdDenominator!: number;

  @Column({ type: 'text' })
  base!: 'TOTAL_MEMBERS' | 'BALLOTS_CAST';

  /** AT_LEAST (approve/base ≥ threshold) or MORE_THAN (a strict majority: > 1/2). */
  @Column({ type: 'text', default: 'AT_LEAST' })
  comparison!: 'AT_LEAST' | 'MORE_THAN';

  /** Where the rule came from when it was taken from the catalogue. */
  @Column({ name: 'rule_source', type: 'text', nullable: true })
  ruleSource!: string | null;

  @Column({ name: 'quorum_numerator', type: 'int' })
  quorumNumerator!: number;

  @Column({ name: 'quorum_denominator', type: 'int' })
  quorumDenominator!: number;

  /** Members when the session opened: the TOTAL_MEMBERS base and the quorum's. */
  @Column({ name: 'eligible_voters', type: 'int', default: 0 })
  eligibleVoters!: number;

  /** The count fixed at closing (0 before): while a session is open no ballot writes this row. */
  @Column({ name: 'ballots_cast', type: 'int', default: 0, select: false })
  ballotsCastAtClose!: number;

  /**
   * Ballots cast: while OPEN counted from the participation rows (every cast writes its own row
   * and none updates the session's, so ballots of one session never queue on one row lock until
   * their commits), afterwards the count fixed at closing.
   */
  @VirtualColumn({ type: 'int', query: ballotsCastSql })
  ballotsCast!: number;

  /** The session key wrapped under VOTING_SEALING_KEY; destroyed (null) at closing. */
  @Column({ name: 'wrapped_key', type: 'bytea', nullable: true, select: false })
  wrappedKey!: Buffer | null;

  /** Why nothing passed, when so (e.g. QUORUM_NOT_MET). */
  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}

@Entity({ name: 'session_nomination' })
export class SessionNominationEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'session_nomination_pkey' })
  sessionId!: string;

  @PrimaryColumn({ name: 'nomination_id', type: 'uuid', primaryKeyConstraintName: 'session_nomination_pkey' })
  nominationId!: string;

  @ManyToOne(() => VotingSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_nomination_session_fk' })
  session?: VotingSessionEntity;

  @Column({ type: 'int' })
  position!: number;
}

/** Who voted: never what. One row per member per session (the double-vote guard). */
@Entity({ name: 'participation' })
export class ParticipationEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'participation_pkey' })
  sessionId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'participation_pkey' })
  personId!: string;

  @ManyToOne(() => VotingSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'participation_session_fk' })
  session?: VotingSessionEntity;
}

/** A ballot while the session is open: sealed, no voter, no time, a random id. */
@Entity({ name: 'sealed_ballot' })
@Index('sealed_ballot_session_idx', ['sessionId'])
export class SealedBallotEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'sealed_ballot_pkey' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'bytea' })
  sealed!: Buffer;
}

/** Receipt codes (hashed) that `verifyReceipt` confirms; they carry no choice. */
@Entity({ name: 'receipt' })
export class ReceiptEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'receipt_pkey' })
  sessionId!: string;

  @PrimaryColumn({ name: 'code_hash', type: 'text', primaryKeyConstraintName: 'receipt_pkey' })
  codeHash!: string;
}

/** The opened ballots, written at closing in random order by one transaction. */
@Entity({ name: 'ballot' })
@Index('ballot_session_idx', ['sessionId'])
export class BallotEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'ballot_pkey' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'jsonb' })
  choices!: Record<string, 'APPROVE' | 'REJECT' | 'ABSTAIN'>;
}

@Entity({ name: 'session_result' })
export class SessionResultEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'session_result_pkey' })
  sessionId!: string;

  @PrimaryColumn({ name: 'nomination_id', type: 'uuid', primaryKeyConstraintName: 'session_result_pkey' })
  nominationId!: string;

  @Column({ type: 'int' })
  approve!: number;

  @Column({ type: 'int' })
  reject!: number;

  @Column({ type: 'int' })
  abstain!: number;

  @Column({ type: 'boolean' })
  passed!: boolean;
}

/** Council members and the nominations of slates they vote on (nominations lets them read those). */
export interface SlateReaders {
  nominationIds: string[];
  personIds: string[];
}

/** Council stages, and who reads which nominations as the slate he or she votes on (seated) or no longer does. */
export interface CouncilResultPayload {
  changes: { nominationId: string; to: CouncilStageValue }[];
  reviewerPersonIds?: string[];
  seat?: SlateReaders;
  unseat?: SlateReaders;
  by: string;
}

/** Council stages for the nominations subgraph, delivered at least once (idempotent there). */
@Entity({ name: 'council_outbox' })
@Index('council_outbox_pending_idx', ['deliveredAt', 'createdAt'])
export class CouncilOutboxEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'council_outbox_pkey' })
  id!: string;

  /** nominations' `council-results` request (`@laurel/contracts`) without its event id (the row's). */
  @Column({ type: 'jsonb' })
  payload!: CouncilResultPayload;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;
}
