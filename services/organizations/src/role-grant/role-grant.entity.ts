import { OrganizationEntity } from '../organization/organization.entity';
import type { Role } from '@laurel/auth';
import { JoinColumn, ManyToOne, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'role_grant' })
@Index('role_grant_subject_org_role_key', ['subject', 'organizationId', 'role'], { unique: true })
@Index('role_grant_tenant_org_idx', ['tenantId', 'organizationId'])
export class RoleGrantEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'role_grant_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  role!: Role;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;
}
