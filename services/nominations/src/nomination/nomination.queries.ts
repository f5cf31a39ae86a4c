import { accessibleSql } from '@laurel/auth';
import { keysetPage, type KeysetResult } from '@laurel/db';
import type { RequestContext } from '@laurel/graphql';
import { foldVietnamese } from '@laurel/i18n';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { NominationEntity } from './nomination.entity';

/**
 * Nominations the caller may read, as SQL: the submitting organization's path (replicated
 * directory) under the caller's grants, the caller's own nominations as a person, or those on
 * the slate of a voting session the caller votes in (recorded by the voting subgraph).
 */
export function visibleNominations(
  db: DataSource,
  ctx: RequestContext,
): SelectQueryBuilder<NominationEntity> {
  const rule = accessibleSql(ctx.ability, 'read', 'Nomination', {
    orgPath: 'so.path',
    nomineePersonId: 'n.nominee_person_id',
  });
  return db
    .getRepository(NominationEntity)
    .createQueryBuilder('n')
    .innerJoin(
      (sub) => sub.select('*').from('nominations.directory_organization', 'd'),
      'so',
      'so.id = n.submitting_organization_id',
    )
    .where(
      ctx.identity.personIds.length > 0
        ? `(${rule.sql} OR EXISTS (SELECT 1 FROM nominations.nomination_reviewer rv
              WHERE rv.nomination_id = n.id AND rv.person_id IN (:...reviewerIds)))`
        : rule.sql,
      { ...rule.params, reviewerIds: ctx.identity.personIds },
    );
}

export interface NominationFilter {
  /** Submitted by this organization or anything below it. */
  organizationPath?: string | null;
  campaignId?: string | null;
  /** Include the campaign's whole cascade (its descendants' nominations). */
  cascade?: boolean;
  stage?: string | null;
  target?: string | null;
  search?: string | null;
  published?: boolean | null;
  year?: number | null;
}

export async function listNominations(
  db: DataSource,
  ctx: RequestContext,
  filter: NominationFilter,
  first: number,
  after: unknown[] | null,
  base?: SelectQueryBuilder<NominationEntity>,
): Promise<KeysetResult<NominationEntity>> {
  const qb = base ?? visibleNominations(db, ctx);
  if (filter.organizationPath)
    qb.andWhere('so.path <@ CAST(:orgPath AS ltree)', { orgPath: filter.organizationPath });
  if (filter.campaignId) {
    if (filter.cascade) {
      qb.andWhere(
        `n.campaign_id IN (WITH RECURSIVE cascade(id) AS (
            SELECT CAST(:campaignId AS uuid)
            UNION SELECT c.id FROM nominations.campaign_ref c JOIN cascade ON c.parent_id = cascade.id)
          SELECT id FROM cascade)`,
        { campaignId: filter.campaignId },
      );
    } else qb.andWhere('n.campaign_id = :campaignId', { campaignId: filter.campaignId });
  }
  if (filter.stage) qb.andWhere('n.stage = :stage', { stage: filter.stage });
  if (filter.target) qb.andWhere('n.target = :target', { target: filter.target });
  if (filter.published != null) qb.andWhere('n.published = :published', { published: filter.published });
  if (filter.year != null) qb.andWhere('n.year = :year', { year: filter.year });
  if (filter.search?.trim()) {
    const folded = foldVietnamese(filter.search).replace(/[\\%_]/g, (c) => `\\${c}`);
    qb.andWhere('n.nominee_name_folded LIKE :search', { search: `%${folded}%` });
  }
  return keysetPage(qb, {
    order: [
      // Milliseconds, as the cursor carries them (PostgreSQL keeps microseconds).
      { expr: "date_trunc('milliseconds', n.created_at)", key: (r) => r.createdAt.toISOString() },
      { expr: 'n.id', key: (r) => r.id },
    ],
    first,
    after,
  });
}
