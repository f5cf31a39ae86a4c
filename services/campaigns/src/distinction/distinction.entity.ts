import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const TARGETS = ['INDIVIDUAL', 'COLLECTIVE'] as const;
export type TargetValue = (typeof TARGETS)[number];

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

const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;

/** A title (danh hiệu) or award form (hình thức khen thưởng) of the national catalogue. */
@Entity({ name: 'distinction' })
@Check('distinction_target_check', inList('target', TARGETS))
@Check('distinction_level_check', inList('level', ORG_KINDS))
export class DistinctionEntity {
  /** Binding codes (SPEC 1), e.g. `CHIEN_SI_THI_DUA_CO_SO`. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'distinction_pkey' })
  code!: string;

  /** NFC, with diacritics. */
  @Column({ name: 'name_vi', type: 'text' })
  nameVi!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  target!: TargetValue;

  /** The kind of organization whose head confers it. */
  @Column({ type: 'text' })
  level!: OrgKindValue;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
