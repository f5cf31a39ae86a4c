import { OrganizationEntity } from '../organization/organization.entity';
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

@Entity({ name: 'person' })
@Index('person_org_path_gist', ['orgPath'], { spatial: true })
@Index('person_tenant_org_idx', ['tenantId', 'organizationId'])
@Index('person_tenant_staff_code_key', ['tenantId', 'staffCode'], { unique: true })
@Index('person_tenant_account_key', ['tenantId', 'account'], { unique: true })
@Index('person_account_idx', ['account'])
@Index('person_name_trgm', { synchronize: false })
@Index('person_change_xid_idx', ['changeXid', 'id'])
export class PersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'person_organization_fk' })
  organization?: OrganizationEntity;

  /** Copy of the organization's path, kept in step on moves: the authorization column. */
  @Column({ name: 'org_path', type: 'ltree' })
  orgPath!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'full_name_folded', type: 'text' })
  fullNameFolded!: string;

  @Column({ name: 'party_position', type: 'text', nullable: true })
  partyPosition!: string | null;

  @Column({ name: 'government_position', type: 'text', nullable: true })
  governmentPosition!: string | null;

  @Column({ name: 'leads_id', type: 'uuid', nullable: true })
  leadsId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leads_id', foreignKeyConstraintName: 'person_leads_fk' })
  leads?: OrganizationEntity | null;

  /**
   * The login subject. Unique per tenant, not globally: a global constraint would tell a
   * province whether another province already linked an account (and one subject may be a
   * person in two tenants: `Identity.personIds` is a list).
   */
  @Column({ type: 'text', nullable: true })
  account!: string | null;

  /** When the person left (section 9): records stay, no new nominations or council seats. */
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  /** The institution's own staff number, the key for re-imports. */
  @Column({ name: 'staff_code', type: 'text', nullable: true })
  staffCode!: string | null;

  /**
   * The transaction that last wrote this row (stamped by a trigger, `pg_current_xact_id()`): the
   * cursor of the directory feed that other services replicate from (`/internal/directory`).
   */
  @Column({ name: 'change_xid', type: 'bigint', default: 0, select: false, insert: false, update: false })
  changeXid?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
