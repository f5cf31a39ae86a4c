import { OrganizationEntity } from '../organization/organization.entity';
import { JoinColumn, ManyToOne, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type GroupKindValue = 'BLOCK' | 'CLUSTER';

@Entity({ name: 'emulation_group' })
@Index('emulation_group_tenant_owner_idx', ['tenantId', 'ownerId'])
@Index('emulation_group_owner_path_gist', ['ownerPath'], { spatial: true })
@Index('emulation_group_change_xid_idx', ['changeXid', 'id'])
export class EmulationGroupEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'emulation_group_owner_fk' })
  owner?: OrganizationEntity;

  @Column({ name: 'owner_path', type: 'ltree' })
  ownerPath!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: GroupKindValue;

  /**
   * The transaction that last wrote this row (stamped by a trigger, `pg_current_xact_id()`): the
   * cursor of the directory feed that other services replicate from (`/internal/directory`).
   */
  @Column({ name: 'change_xid', type: 'bigint', default: 0, select: false, insert: false, update: false })
  changeXid?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'emulation_group_member' })
@Index('emulation_group_member_org_idx', ['organizationId'])
export class EmulationGroupMemberEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => EmulationGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'emulation_group_member_group_fk' })
  group?: EmulationGroupEntity;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'emulation_group_member_organization_fk' })
  organization?: OrganizationEntity;
}
