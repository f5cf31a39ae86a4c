import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The current state of each nomination, as its events told it (the rollups' source of truth). */
@Entity({ name: 'nomination_state' })
@Index('nomination_state_campaign_idx', ['campaignId'])
export class NominationStateEntity {
  @PrimaryColumn({ name: 'nomination_id', type: 'uuid', primaryKeyConstraintName: 'nomination_state_pkey' })
  nominationId!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  target!: string;

  @Column({ name: 'distinction_code', type: 'text' })
  distinctionCode!: string;

  @Column({ type: 'text' })
  stage!: string;

  @Column({ type: 'boolean', default: false })
  published!: boolean;
}

/**
 * Per-organization counters (keyed by the organization they summarize, so they can be
 * distributed by it later): how many of its own nominations sit in each stage, per campaign,
 * target and distinction. Maintained by each event in the event's transaction.
 */
@Entity({ name: 'nomination_count' })
@Index('nomination_count_campaign_idx', ['campaignId'])
export class NominationCountEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'nomination_count_pkey' })
  organizationId!: string;

  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'nomination_count_pkey' })
  campaignId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'nomination_count_pkey' })
  stage!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'nomination_count_pkey' })
  target!: string;

  @PrimaryColumn({
    name: 'distinction_code',
    type: 'text',
    primaryKeyConstraintName: 'nomination_count_pkey',
  })
  distinctionCode!: string;

  @Column({ type: 'int' })
  count!: number;
}

/** Campaigns as far as reporting needs them: the cascade, and the years and kind statistics group by. */
@Entity({ name: 'campaign_ref' })
@Index('campaign_ref_parent_idx', ['parentId'])
@Index('campaign_ref_end_year_idx', ['endYear'])
export class CampaignRefEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'campaign_ref_pkey' })
  id!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** The emulation year (a PHASE's first); null on rows remembered before it was kept, until refetched. */
  @Column({ type: 'int', nullable: true })
  year!: number | null;

  /** Equal to `year` except for a multi-year PHASE: the year its results belong to. */
  @Column({ name: 'end_year', type: 'int', nullable: true })
  endYear!: number | null;

  /** ANNUAL, THEMATIC or PHASE. */
  @Column({ type: 'text', nullable: true })
  kind!: string | null;
}

/** Events already applied: exactly once in effect, whatever the feed redelivers. */
@Entity({ name: 'processed_event' })
export class ProcessedEventEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'processed_event_pkey' })
  id!: string;
}

@Entity({ name: 'feed_cursor' })
export class FeedCursorEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'feed_cursor_pkey' })
  feed!: string;

  @Column({ type: 'bigint' })
  since!: string;
}

/**
 * Subtree totals: for each organization, the counters of its whole subtree (its own and every
 * descendant's), folded in small batches from `count_delta` so that the write path never
 * contends on the root's rows. A report reads a handful of these rows, whatever the size of the
 * subtree.
 */
@Entity({ name: 'subtree_count' })
@Index('subtree_count_campaign_idx', ['campaignId'])
export class SubtreeCountEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'subtree_count_pkey' })
  organizationId!: string;

  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'subtree_count_pkey' })
  campaignId!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'subtree_count_pkey' })
  stage!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'subtree_count_pkey' })
  target!: string;

  @PrimaryColumn({ name: 'distinction_code', type: 'text', primaryKeyConstraintName: 'subtree_count_pkey' })
  distinctionCode!: string;

  @Column({ type: 'int' })
  count!: number;
}

/**
 * Cascade totals: for each organization and campaign, the counters of the organization's whole
 * subtree over the campaign's whole cascade (the campaign and every descendant campaign), folded
 * from `count_delta` in the same batches as `subtree_count`. One row per organization and
 * campaign, so a report reads the organization's row and one per child, by primary key.
 */
@Entity({ name: 'cascade_total' })
export class CascadeTotalEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'cascade_total_pkey' })
  organizationId!: string;

  /** The campaign whose cascade is summed (its own nominations and its descendants'). */
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid', primaryKeyConstraintName: 'cascade_total_pkey' })
  campaignId!: string;

  /** `STAGE|TARGET` → nominations (zeros left out). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  counts!: Record<string, number>;

  /** Distinction code → nominations that are not WITHDRAWN (zeros left out). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  codes!: Record<string, number>;
}

/** Changes of the per-organization counters not yet folded into the subtree totals. */
@Entity({ name: 'count_delta' })
export class CountDeltaEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'count_delta_pkey' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'text' })
  stage!: string;

  @Column({ type: 'text' })
  target!: string;

  @Column({ name: 'distinction_code', type: 'text' })
  distinctionCode!: string;

  @Column({ type: 'int' })
  delta!: number;
}

/** The path each organization had when its counters were last folded (moves refold). */
@Entity({ name: 'folded_path' })
export class FoldedPathEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'folded_path_pkey' })
  organizationId!: string;

  @Column({ type: 'text' })
  path!: string;
}
