import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { DistinctionEntity, inList } from './distinction.entity';
import {
  VOTE_BASES,
  VOTE_COMPARISONS,
  type ExclusionValue,
  type PrerequisiteRouteValue,
  type VoteBaseValue,
  type VoteComparisonValue,
} from './distinction-rule.types';

/** The issuer of the national rules, in the overlap constraint (NULL never equals NULL). */
export const NATIONAL_ISSUER_KEY = '00000000-0000-0000-0000-000000000000';

const allOrNone = (columns: string[]) =>
  `(${columns.map((c) => `"${c}" IS NULL`).join(' AND ')}) OR (${columns.map((c) => `"${c}" IS NOT NULL`).join(' AND ')})`;

/**
 * One version of the rules of one distinction for one issuer (NULL: the national rules), in
 * force on the calendar dates [in_force_from, in_force_to). Versions of the same distinction and
 * issuer never overlap: the database refuses it (btree_gist exclusion constraint).
 */
@Entity({ name: 'distinction_rule' })
@Index('distinction_rule_lookup_idx', ['code', 'issuerOrganizationId', 'inForceFrom'])
@Exclusion(
  'distinction_rule_no_overlap',
  `USING gist ("code" WITH =, COALESCE("issuer_organization_id", '${NATIONAL_ISSUER_KEY}'::uuid) WITH =, daterange("in_force_from", "in_force_to") WITH &&)`,
)
@Check('distinction_rule_period_check', `"in_force_to" IS NULL OR "in_force_to" > "in_force_from"`)
@Check(
  'distinction_rule_vote_check',
  `(${allOrNone(['vote_threshold_numerator', 'vote_threshold_denominator', 'vote_base', 'vote_comparison', 'vote_secret_ballot', 'vote_confirmed', 'vote_source'])}) AND ("vote_threshold_numerator" IS NULL OR ("vote_threshold_numerator" > 0 AND "vote_threshold_numerator" <= "vote_threshold_denominator" AND ${inList('vote_base', VOTE_BASES)} AND ${inList('vote_comparison', VOTE_COMPARISONS)}))`,
)
@Check(
  'distinction_rule_ratio_cap_check',
  `(${allOrNone(['ratio_cap_code', 'ratio_cap_numerator', 'ratio_cap_denominator', 'ratio_cap_source'])}) AND ("ratio_cap_numerator" IS NULL OR ("ratio_cap_numerator" > 0 AND "ratio_cap_numerator" <= "ratio_cap_denominator"))`,
)
@Check(
  'distinction_rule_reward_check',
  `("reward_individual_tenths" IS NULL OR "reward_individual_tenths" > 0) AND ("reward_collective_tenths" IS NULL OR "reward_collective_tenths" > 0) AND (("reward_individual_tenths" IS NULL AND "reward_collective_tenths" IS NULL) = ("reward_source" IS NULL))`,
)
@Check(
  'distinction_rule_lists_check',
  `jsonb_typeof("prerequisites") = 'array' AND jsonb_typeof("exclusions") = 'array'`,
)
export class DistinctionRuleEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'distinction_rule_pkey' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @ManyToOne(() => DistinctionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'code', foreignKeyConstraintName: 'distinction_rule_code_fk' })
  distinction?: DistinctionEntity;

  /** An organization of the organizations subgraph (PROVINCE or AGENCY); NULL: national. */
  @Column({ name: 'issuer_organization_id', type: 'uuid', nullable: true })
  issuerOrganizationId!: string | null;

  /** Calendar date (Asia/Ho_Chi_Minh), YYYY-MM-DD. */
  @Column({ name: 'in_force_from', type: 'date' })
  inForceFrom!: string;

  /** Exclusive; NULL while in force. */
  @Column({ name: 'in_force_to', type: 'date', nullable: true })
  inForceTo!: string | null;

  @Column({ name: 'vote_threshold_numerator', type: 'int', nullable: true })
  voteThresholdNumerator!: number | null;

  @Column({ name: 'vote_threshold_denominator', type: 'int', nullable: true })
  voteThresholdDenominator!: number | null;

  @Column({ name: 'vote_base', type: 'text', nullable: true })
  voteBase!: VoteBaseValue | null;

  @Column({ name: 'vote_comparison', type: 'text', nullable: true })
  voteComparison!: VoteComparisonValue | null;

  @Column({ name: 'vote_secret_ballot', type: 'boolean', nullable: true })
  voteSecretBallot!: boolean | null;

  @Column({ name: 'vote_confirmed', type: 'boolean', nullable: true })
  voteConfirmed!: boolean | null;

  @Column({ name: 'vote_source', type: 'text', nullable: true })
  voteSource!: string | null;

  /** Alternative routes, each a list of requirements that must all hold. */
  @Column({ type: 'jsonb' })
  prerequisites!: PrerequisiteRouteValue[];

  @Column({ name: 'prerequisites_exhaustive', type: 'boolean' })
  prerequisitesExhaustive!: boolean;

  @Column({ type: 'jsonb' })
  exclusions!: ExclusionValue[];

  @Column({ name: 'ratio_cap_code', type: 'text', nullable: true })
  ratioCapCode!: string | null;

  @ManyToOne(() => DistinctionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ratio_cap_code', foreignKeyConstraintName: 'distinction_rule_ratio_cap_code_fk' })
  ratioCapDistinction?: DistinctionEntity | null;

  @Column({ name: 'ratio_cap_numerator', type: 'int', nullable: true })
  ratioCapNumerator!: number | null;

  @Column({ name: 'ratio_cap_denominator', type: 'int', nullable: true })
  ratioCapDenominator!: number | null;

  @Column({ name: 'ratio_cap_source', type: 'text', nullable: true })
  ratioCapSource!: string | null;

  /** Multiples of the base salary in tenths: 3 = 0.3, 15 = 1.5. */
  @Column({ name: 'reward_individual_tenths', type: 'int', nullable: true })
  rewardIndividualTenths!: number | null;

  @Column({ name: 'reward_collective_tenths', type: 'int', nullable: true })
  rewardCollectiveTenths!: number | null;

  @Column({ name: 'reward_source', type: 'text', nullable: true })
  rewardSource!: string | null;

  /** The issuer's own standard, as published (NFC). */
  @Column({ name: 'standard_vi', type: 'text', nullable: true })
  standardVi!: string | null;

  /** The legal basis of the version as a whole. */
  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The subject who set it; NULL for the seeded national rules. */
  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;
}

/** Lương cơ sở: the base salary the reward multiples apply to, from a date until the next row. */
@Entity({ name: 'base_salary' })
@Check('base_salary_amount_check', `"amount_vnd" > 0`)
export class BaseSalaryEntity {
  @PrimaryColumn({ name: 'in_force_from', type: 'date', primaryKeyConstraintName: 'base_salary_pkey' })
  inForceFrom!: string;

  @Column({ name: 'amount_vnd', type: 'int' })
  amountVnd!: number;

  @Column({ type: 'text' })
  source!: string;
}
