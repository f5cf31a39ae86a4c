import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

export const COUNCIL_KINDS = ['EMULATION', 'INITIATIVE'] as const;
export const COUNCIL_ROLES = ['CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER'] as const;

/** A Hội đồng Thi đua – Khen thưởng (or Hội đồng sáng kiến) of an organization. */
@Entity({ name: 'council' })
@Check('council_kind_check', `"kind" IN ('EMULATION', 'INITIATIVE')`)
@Index('council_organization_idx', ['organizationId'])
export class CouncilEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'council_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: (typeof COUNCIL_KINDS)[number];

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'council_member' })
@Check('council_member_role_check', `"role" IN ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER')`)
@Index('council_member_person_idx', ['personId'])
export class CouncilMemberEntity {
  @PrimaryColumn({ name: 'council_id', type: 'uuid', primaryKeyConstraintName: 'council_member_pkey' })
  councilId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'council_member_pkey' })
  personId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'council_member_council_fk' })
  council?: CouncilEntity;

  @Column({ type: 'text' })
  role!: (typeof COUNCIL_ROLES)[number];
}
