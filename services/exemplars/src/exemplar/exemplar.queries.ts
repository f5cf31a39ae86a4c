import { accessibleSql } from '@laurel/auth';
import type { RequestContext } from '@laurel/graphql';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ExemplarEntity } from './exemplar.entity';

export interface VisibleExemplar {
  entity: ExemplarEntity;
  /** The fostering organization's path. */
  orgPath: string;
  /** Read inside the tenant wall (plan, evaluations, adoptions), or only as the public showcase. */
  full: boolean;
}

/**
 * Exemplars the caller may read: those of its subtree in full (the CASL rule, as SQL), and
 * published ones as the public showcase for any signed-in caller.
 */
export function visibleExemplars(
  db: DataSource | EntityManager,
  ctx: RequestContext,
  options: { fullOnly?: boolean } = {},
): SelectQueryBuilder<ExemplarEntity> {
  const rule = accessibleSql(ctx.ability, 'read', 'Exemplar', { orgPath: 'fo.path' });
  const signedIn = ctx.identity.subject !== null;
  const visible = options.fullOnly || !signedIn ? rule.sql : `(${rule.sql} OR e.published)`;
  return db
    .getRepository(ExemplarEntity)
    .createQueryBuilder('e')
    .innerJoin(
      (sub) => sub.select('*').from('exemplars.directory_organization', 'd'),
      'fo',
      'fo.id = e.organization_id',
    )
    .addSelect('fo.path::text', 'org_path')
    .addSelect(`(${rule.sql})`, 'full_read')
    .where(visible, rule.params)
    .setParameters(rule.params);
}

export async function readVisible(qb: SelectQueryBuilder<ExemplarEntity>): Promise<VisibleExemplar[]> {
  const { entities, raw } = await qb.getRawAndEntities<{
    e_id: string;
    org_path: string;
    full_read: boolean;
  }>();
  const byId = new Map(raw.map((r) => [r.e_id, r]));
  return entities.map((entity) => {
    const r = byId.get(entity.id)!;
    return { entity, orgPath: r.org_path, full: r.full_read === true };
  });
}
