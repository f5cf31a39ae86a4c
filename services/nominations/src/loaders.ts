import { accessibleSql } from '@laurel/auth';
import { groupByKeys, isId, type RequestContext } from '@laurel/graphql';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import {
  DistinctionRecordEntity,
  NominationTransitionEntity,
  type NominationEntity,
} from './nomination/nomination.entity';
import { visibleNominations } from './nomination/nomination.queries';

export interface Loaders {
  /** Nominations the caller may read; others come back null, as if they did not exist. */
  nomination: DataLoader<string, NominationEntity | null>;
  history: DataLoader<string, NominationTransitionEntity[]>;
  personRecords: DataLoader<string, DistinctionRecordEntity[]>;
  organizationRecords: DataLoader<string, DistinctionRecordEntity[]>;
}

/** One set per request: a page of nominations costs the same few queries whatever its size. */
export function createLoaders(db: DataSource, ctx: RequestContext, options: { cache: boolean }): Loaders {
  const cache = options.cache;
  const records = (
    column: 'person_id' | 'organization_id',
    rule: { sql: string; params: Record<string, unknown> },
  ) =>
    new DataLoader<string, DistinctionRecordEntity[]>(
      async (ids) => {
        const valid = ids.filter(isId);
        if (valid.length === 0) return ids.map(() => []);
        const holder =
          column === 'person_id'
            ? `SELECT 1 FROM nominations.directory_person hp
                 JOIN nominations.directory_organization ho ON ho.id = hp.organization_id
                WHERE hp.id = r.person_id`
            : `SELECT 1 FROM nominations.directory_organization ho WHERE ho.id = r.organization_id`;
        const rows = await db
          .getRepository(DistinctionRecordEntity)
          .createQueryBuilder('r')
          .where(`r.${column} IN (:...ids)`, { ids: valid })
          .andWhere(`EXISTS (${holder} AND ${rule.sql})`, rule.params)
          .orderBy('r.year', 'DESC')
          .addOrderBy('r.distinction_code', 'ASC')
          .getMany();
        return groupByKeys(ids, rows, (r) => (column === 'person_id' ? r.personId : r.organizationId));
      },
      { cache },
    );
  return {
    nomination: new DataLoader(
      async (ids) => {
        const valid = ids.filter(isId);
        if (valid.length === 0) return ids.map(() => null);
        const rows = await visibleNominations(db, ctx)
          .andWhere('n.id IN (:...ids)', { ids: valid })
          .getMany();
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      },
      { cache },
    ),
    history: new DataLoader(
      async (ids) => {
        const rows = await db
          .getRepository(NominationTransitionEntity)
          .find({ where: { nominationId: In([...ids]) }, order: { id: 'ASC' } });
        return groupByKeys(ids, rows, (r) => r.nominationId);
      },
      { cache },
    ),
    // A person's record follows the person (their organization's subtree, or themselves).
    personRecords: records(
      'person_id',
      accessibleSql(ctx.ability, 'read', 'Person', { orgPath: 'ho.path', id: 'hp.id' }),
    ),
    // An organization's record follows its nominations' visibility.
    organizationRecords: records(
      'organization_id',
      accessibleSql(ctx.ability, 'read', 'Nomination', { orgPath: 'ho.path', nomineePersonId: 'NULL' }),
    ),
  };
}
