import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const CHANGE_KINDS = ['CREATED', 'MOVED', 'MERGED_INTO', 'ABSORBED', 'UPDATED'] as const;
export type ChangeKindValue = (typeof CHANGE_KINDS)[number];
export type ChangeStatusValue = 'SCHEDULED' | 'APPLIED' | 'CANCELLED';

/** The effective-dated history of the tree: every creation, move and merge, kept forever. */
@Entity({ name: 'organization_change' })
@Index('organization_change_org_idx', ['tenantId', 'organizationId', 'effectiveFrom'])
@Index('organization_change_due_idx', ['status', 'effectiveFrom'])
export class OrganizationChangeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  kind!: ChangeKindValue;

  @Column({ type: 'text' })
  status!: ChangeStatusValue;

  @Column({ name: 'from_parent_id', type: 'uuid', nullable: true })
  fromParentId!: string | null;

  @Column({ name: 'to_parent_id', type: 'uuid', nullable: true })
  toParentId!: string | null;

  /** The merge target (MERGED_INTO) or the absorbed source (ABSORBED). */
  @Column({ name: 'related_organization_id', type: 'uuid', nullable: true })
  relatedOrganizationId!: string | null;

  /** Groups the rows of one merge. */
  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @Column({ name: 'effective_from', type: 'timestamptz' })
  effectiveFrom!: Date;

  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}
