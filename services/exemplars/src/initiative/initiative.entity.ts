import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/** A staff initiative (sáng kiến) of an organization's year (docs/API.md §7). */
@Entity({ name: 'initiative' })
@Index('initiative_organization_idx', ['organizationId', 'year'])
@Unique('initiative_idempotency_key', ['createdBy', 'idempotencyKey'])
export class InitiativeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'initiative_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  field!: string | null;

  @Column({ type: 'int' })
  year!: number;

  /** In order: the first author is the nominee when it is submitted. */
  @Column({ name: 'author_ids', type: 'uuid', array: true })
  authorIds!: string[];

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  reach!: string | null;

  @Column({ name: 'reach_decision_number', type: 'text', nullable: true })
  reachDecisionNumber!: string | null;

  @Column({ name: 'nomination_id', type: 'uuid', nullable: true })
  nominationId!: string | null;

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

@Entity({ name: 'initiative_progress' })
@Index('initiative_progress_initiative_idx', ['initiativeId'])
export class ProgressNoteEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'initiative_progress_pkey' })
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  by!: string;

  @Column({ type: 'text' })
  text!: string;
}
