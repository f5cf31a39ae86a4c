import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/**
 * An exemplar fostered by an organization (docs/API.md §7): one per nominee and fostering organization.
 * The plan lives on the row (at most one, replaced whole by setFosteringPlan).
 */
@Entity({ name: 'exemplar' })
@Unique('exemplar_nominee_key', ['organizationId', 'nomineeId'])
@Unique('exemplar_idempotency_key', ['createdBy', 'idempotencyKey'])
export class ExemplarEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'exemplar_pkey' })
  id!: string;

  /** The fostering organization: the submitter of its first recognition. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** A person's or an organization's id (`nomineeKind` says which). */
  @Column({ name: 'nominee_id', type: 'uuid' })
  nomineeId!: string;

  @Column({ name: 'nominee_kind', type: 'text' })
  nomineeKind!: 'PERSON' | 'ORGANIZATION';

  @Column({ name: 'nominee_name', type: 'text' })
  nomineeName!: string;

  @Column({ type: 'text' })
  target!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  field!: string | null;

  /** One of its recognitions is published (kept by the nominations events). */
  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @Column({ name: 'plan_goals', type: 'text', nullable: true })
  planGoals!: string | null;

  @Column({ name: 'plan_target_code', type: 'text', nullable: true })
  planTargetCode!: string | null;

  @Column({ name: 'plan_target_year', type: 'int', nullable: true })
  planTargetYear!: number | null;

  @Column({ name: 'plan_period', type: 'text', nullable: true })
  planPeriod!: string | null;

  @Column({ name: 'plan_set_at', type: 'timestamptz', nullable: true })
  planSetAt!: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  /** What the key was first used for (a reused key with another input is a CONFLICT). */
  @Column({ name: 'request_hash', type: 'text', nullable: true })
  requestHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A recognition (nomination) of an exemplar; stage and publication follow the nominations events. */
@Entity({ name: 'exemplar_recognition' })
@Index('exemplar_recognition_exemplar_idx', ['exemplarId'])
export class RecognitionEntity {
  @PrimaryColumn({
    name: 'nomination_id',
    type: 'uuid',
    primaryKeyConstraintName: 'exemplar_recognition_pkey',
  })
  nominationId!: string;

  @Column({ name: 'exemplar_id', type: 'uuid' })
  exemplarId!: string;

  /** The fostering organization (row-level security). */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'distinction_code', type: 'text' })
  distinctionCode!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  stage!: string;

  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}

@Entity({ name: 'fostering_action' })
@Index('fostering_action_exemplar_idx', ['exemplarId'])
export class FosteringActionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'fostering_action_pkey' })
  id!: string;

  @Column({ name: 'exemplar_id', type: 'uuid' })
  exemplarId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'responsible_organization_id', type: 'uuid', nullable: true })
  responsibleOrganizationId!: string | null;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;
}

/** One per exemplar and period label: the unique key makes a repeat a CONFLICT. */
@Entity({ name: 'evaluation' })
@Unique('evaluation_period_key', ['exemplarId', 'period'])
export class EvaluationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'evaluation_pkey' })
  id!: string;

  @Column({ name: 'exemplar_id', type: 'uuid' })
  exemplarId!: string;

  @Column({ type: 'text' })
  period!: string;

  /** The instant the period ends (Asia/Ho_Chi_Minh): on time when recorded by then. */
  @Column({ name: 'period_end', type: 'timestamptz' })
  periodEnd!: Date;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  by!: string;

  @Column({ type: 'text' })
  effect!: string;

  @Column({ type: 'text' })
  influence!: string;

  @Column({ type: 'text' })
  potential!: string;

  @Column({ type: 'text', nullable: true })
  difficulties!: string | null;

  @Column({ type: 'text', nullable: true })
  support!: string | null;
}

/**
 * A study visit or adoption of an exemplar by an organization, of this tenant or another: the
 * row belongs to both the adopter and the fostering organization (its policy says so).
 */
@Entity({ name: 'adoption' })
@Index('adoption_exemplar_idx', ['exemplarId'])
@Index('adoption_adopter_idx', ['adopterOrganizationId'])
export class AdoptionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'adoption_pkey' })
  id!: string;

  @Column({ name: 'exemplar_id', type: 'uuid' })
  exemplarId!: string;

  @Column({ name: 'fostering_organization_id', type: 'uuid' })
  fosteringOrganizationId!: string;

  @Column({ name: 'adopter_organization_id', type: 'uuid' })
  adopterOrganizationId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}

/** Nominations events applied (at least once delivery). */
@Entity({ name: 'processed_event' })
export class ProcessedEventEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'processed_event_pkey' })
  id!: string;
}

@Entity({ name: 'feed_cursor' })
export class FeedCursorEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'feed_cursor_pkey' })
  feed!: string;

  @Column({ type: 'bigint' })
  since!: string;
}
