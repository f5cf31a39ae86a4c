import type { NominationEvent, NominationTopic } from '@laurel/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The transactional outbox: written in the same transaction as the change it announces, read
 * by reporting and voting through `/internal/events` (at least once; consumers dedupe by id).
 */
@Entity({ name: 'outbox_event' })
@Index('outbox_event_xid_idx', ['xid', 'id'])
export class OutboxEventEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'outbox_event_pkey' })
  id!: string;

  /** `nomination.registered`, `nomination.transitioned`, `nomination.escalated`. */
  @Column({ type: 'text' })
  topic!: NominationTopic;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId!: string;

  @Column({ type: 'jsonb' })
  payload!: NominationEvent;

  /** The writing transaction (a trigger sets it): the feed's cursor, as for the directory. */
  @Column({ type: 'bigint', default: 0, select: false, insert: false, update: false })
  xid?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
