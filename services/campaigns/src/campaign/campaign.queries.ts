import { accessibleSql, type AppAbility } from '@laurel/auth';
import { keysetPage, type KeysetResult } from '@laurel/db';
import { foldVietnamese } from '@laurel/i18n';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { CampaignEntity } from './campaign.entity';

export interface CampaignFilter {
  /** Launched by this organization, or, with `applying`, applying to it. */
  organizationPath: string;
  applying: boolean;
  status?: string | null;
  year?: number | null;
  search?: string | null;
}

/**
 * Every read of campaigns goes through `visible()`: the caller's abilities as SQL over the
 * launching organization's path in the replicated directory, never a filter after the fetch.
 */
export class CampaignQueries {
  constructor(
    private readonly db: DataSource,
    private readonly ability: AppAbility,
  ) {}

  visible(alias = 'c'): SelectQueryBuilder<CampaignEntity> {
    const rule = accessibleSql(this.ability, 'read', 'Campaign', {
      orgPath: `${alias}_org.path`,
      status: `${alias}.status`,
    });
    return this.db
      .getRepository(CampaignEntity)
      .createQueryBuilder(alias)
      .innerJoin(
        // A plain join once PostgreSQL has flattened the subquery; TypeORM reads a bare
        // `schema.table` here as a relation path.
        (sub) => sub.select('*').from('campaigns.directory_organization', 'd'),
        `${alias}_org`,
        `${alias}_org.id = ${alias}.organization_id`,
      )
      .where(rule.sql, rule.params);
  }

  byIds(ids: readonly string[]): Promise<CampaignEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.visible()
      .andWhere('c.id IN (:...ids)', { ids: [...ids] })
      .getMany();
  }

  childrenOf(parentIds: readonly string[]): Promise<CampaignEntity[]> {
    if (parentIds.length === 0) return Promise.resolve([]);
    return this.visible()
      .andWhere('c.parent_id IN (:...parentIds)', { parentIds: [...parentIds] })
      .orderBy('c.title COLLATE "campaigns"."vi"', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  /** Newest year first, then by title in Vietnamese order; keyset-paginated. */
  list(
    filter: CampaignFilter,
    first: number,
    after: unknown[] | null,
  ): Promise<KeysetResult<CampaignEntity>> {
    const qb = this.visible();
    if (filter.applying) {
      // Campaigns of the organization and of its ancestors, and those of the mass organizations
      // of its institution (section 9: a trade union's movement applies to the school's staff);
      // a group-scoped campaign only where the organization sits in (or under) one of the
      // chosen groups' members.
      qb.andWhere(
        `(c_org.path @> CAST(:target AS ltree) OR (c_org.kind = 'MASS_ORGANIZATION' AND nlevel(c_org.path) > 1
           AND subpath(c_org.path, 0, nlevel(c_org.path) - 1) @> CAST(:target AS ltree)))`,
        { target: filter.organizationPath },
      ).andWhere(
        `(cardinality(c.group_ids) = 0 OR EXISTS (
            SELECT 1 FROM campaigns.directory_group g
              JOIN campaigns.directory_organization mo ON mo.id = ANY(g.member_ids)
             WHERE g.id = ANY(c.group_ids) AND CAST(:target AS ltree) <@ mo.path))`,
      );
    } else {
      qb.andWhere('c_org.path = CAST(:target AS ltree)', { target: filter.organizationPath });
    }
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.year != null) qb.andWhere(':year BETWEEN c.year AND c.end_year', { year: filter.year });
    if (filter.search?.trim()) {
      qb.andWhere(`c.title_folded LIKE :search`, {
        search: `%${escapeLike(foldVietnamese(filter.search))}%`,
      });
    }
    return keysetPage(qb, {
      order: [
        { expr: '(-c.year)', key: (r) => -r.year },
        { expr: 'c.title COLLATE "campaigns"."vi"', key: (r) => r.title },
        { expr: 'c.id', key: (r) => r.id },
      ],
      first,
      after,
    });
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
