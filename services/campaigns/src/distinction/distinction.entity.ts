import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { DISTINCTION_KINDS, type DistinctionKindValue } from './distinction-rule.types';

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

export const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;

/** A title (danh hiệu) or award form (hình thức khen thưởng) of the national catalogue. */
@Entity({ name: 'distinction' })
@Check('distinction_target_check', inList('target', TARGETS))
@Check('distinction_level_check', inList('level', ORG_KINDS))
@Check(
  'distinction_targets_check',
  `cardinality("targets") > 0 AND "targets" <@ ARRAY[${TARGETS.map((t) => `'${t}'`).join(', ')}]::text[] AND "target" = ANY ("targets")`,
)
@Check('distinction_kind_check', inList('kind', DISTINCTION_KINDS))
export class DistinctionEntity {
  /** Binding codes (docs/API.md §1), e.g. `CHIEN_SI_THI_DUA_CO_SO`. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'distinction_pkey' })
  code!: string;

  /** NFC, with diacritics. */
  @Column({ name: 'name_vi', type: 'text' })
  nameVi!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  /** The primary target; `targets` holds every target the distinction can go to. */
  @Column({ type: 'text' })
  target!: TargetValue;

  @Column({ type: 'text', array: true })
  targets!: TargetValue[];

  @Column({ type: 'text' })
  kind!: DistinctionKindValue;

  /** Its standards are set by each ministry and province (Nghị định 152/2025/NĐ-CP). */
  @Column({ type: 'boolean' })
  delegated!: boolean;

  /** The kind of organization whose head confers it. */
  @Column({ type: 'text' })
  level!: OrgKindValue;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
