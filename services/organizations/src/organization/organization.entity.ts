import {
  JoinColumn,
  ManyToOne,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

export const ORG_KINDS = [
  'NATION',
  'PROVINCE',
  'DISTRICT',
  'COMMUNE',
  'AGENCY',
  'INSTITUTION',
  'UNIT',
  'MASS_ORGANIZATION',
] as const;
export type OrgKindValue = (typeof ORG_KINDS)[number];

/** Kinds that are tenants (docs/API.md §1): every other node belongs to its nearest tenant ancestor. */
export const TENANT_KINDS: ReadonlySet<OrgKindValue> = new Set([
  'PROVINCE',
  'DISTRICT',
  'COMMUNE',
  'AGENCY',
  'INSTITUTION',
]);

@Entity({ name: 'organization' })
@Index('organization_path_gist', ['path'], { spatial: true })
@Index('organization_parent_idx', ['parentId'])
@Index('organization_tenant_idx', ['tenantId'])
@Index('organization_name_trgm', { synchronize: false })
@Index('organization_change_xid_idx', ['changeXid', 'id'])
export class OrganizationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('organization_code_key', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Lower-case, without diacritics: the accent-insensitive search key. */
  @Column({ name: 'name_folded', type: 'text' })
  nameFolded!: string;

  @Column({ type: 'text' })
  kind!: OrgKindValue;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'organization_parent_fk' })
  parent?: OrganizationEntity | null;

  /** Labels are the ids of the ancestors, root first, ending with this organization. */
  @Column({ type: 'ltree' })
  path!: string;

  /** The nearest tenant ancestor (itself for a tenant); fixed when the tree above changes. */
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'organization_merged_into_fk' })
  mergedInto?: OrganizationEntity | null;

  /**
   * The transaction that last wrote this row (stamped by a trigger, `pg_current_xact_id()`): the
   * cursor of the directory feed that other services replicate from (`/internal/directory`).
   */
  @Column({ name: 'change_xid', type: 'bigint', default: 0, select: false, insert: false, update: false })
  changeXid?: string;

  @Column({ name: 'dissolved_at', type: 'timestamptz', nullable: true })
  dissolvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** ltree label of an organization id. */
export function pathLabel(id: string): string {
  return id.replace(/-/g, '');
}
