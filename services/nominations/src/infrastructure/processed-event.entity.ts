import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Council results already applied (voting's events arrive at least once). */
@Entity({ name: 'processed_event' })
export class ProcessedEventEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'processed_event_pkey' })
  id!: string;

  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt!: Date;
}
