import { accessibleSql } from '@laurel/auth';
import type { RequestContext } from '@laurel/graphql';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { InitiativeEntity } from './initiative.entity';

/** Initiatives the caller may read: its subtree's (the CASL rule, as SQL), or its own as an author. */
export function visibleInitiatives(
  db: DataSource | EntityManager,
  ctx: RequestContext,
): SelectQueryBuilder<InitiativeEntity> {
  const rule = accessibleSql(ctx.ability, 'read', 'Initiative', { orgPath: 'io.path' });
  const own = ctx.identity.personIds.length > 0 ? ' OR i.author_ids && CAST(:authorIds AS uuid[])' : '';
  return db
    .getRepository(InitiativeEntity)
    .createQueryBuilder('i')
    .innerJoin(
      (sub) => sub.select('*').from('exemplars.directory_organization', 'd'),
      'io',
      'io.id = i.organization_id',
    )
    .addSelect('io.path::text', 'org_path')
    .where(`(${rule.sql}${own})`, { ...rule.params, authorIds: ctx.identity.personIds });
}
