import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isId } from '../ids';
import { OrganizationChangeEntity, type ChangeKindValue } from './organization-change.entity';
import { OrganizationEntity, pathLabel, TENANT_KINDS } from './organization.entity';

/** The organization, locked for the rest of the transaction (null when there is none). */
export async function lockOrganization(m: EntityManager, id: string): Promise<OrganizationEntity | null> {
  if (!isId(id)) return null;
  return m
    .getRepository(OrganizationEntity)
    .createQueryBuilder('o')
    .setLock('pessimistic_write')
    .where('o.id = :id', { id })
    .getOne();
}

/** One history record, applied now unless `fields` say otherwise. */
export function changeRow(
  tenantId: string,
  organizationId: string,
  kind: ChangeKindValue,
  fields: Partial<OrganizationChangeEntity> & { effectiveFrom: Date; recordedBy: string; batchId: string },
): OrganizationChangeEntity {
  const row = new OrganizationChangeEntity();
  Object.assign(row, {
    id: randomUUID(),
    tenantId,
    organizationId,
    kind,
    status: 'APPLIED',
    fromParentId: null,
    toParentId: null,
    relatedOrganizationId: null,
    appliedAt: new Date(),
    ...fields,
  });
  return row;
}

/** Re-roots the subtree of `org` under `parent`; people and groups follow their paths. */
export async function applyMove(
  m: EntityManager,
  org: OrganizationEntity,
  parent: OrganizationEntity,
): Promise<string> {
  const oldPath = org.path;
  const newPath = `${parent.path}.${pathLabel(org.id)}`;
  // $1 old prefix, $2 new prefix: new || the part below the old prefix.
  const rebase = (table: string, column: string) =>
    m.query(
      `UPDATE organizations.${table}
          SET ${column} = CASE WHEN ${column} = CAST($1 AS ltree) THEN CAST($2 AS ltree)
               ELSE CAST($2 AS ltree) || subpath(${column}, nlevel(CAST($1 AS ltree))) END
        WHERE ${column} <@ CAST($1 AS ltree)`,
      [oldPath, newPath],
    );
  await rebase('organization', 'path');
  await rebase('person', 'org_path');
  await rebase('emulation_group', 'owner_path');
  await m.getRepository(OrganizationEntity).update({ id: org.id }, { parentId: parent.id });
  // A non-tenant node (a unit) that changes institution changes tenant, with what hangs
  // below it that had the same tenant; tenants themselves never change when moved.
  if (!TENANT_KINDS.has(org.kind) && org.tenantId !== parent.tenantId) {
    await m.query(
      `UPDATE organizations.organization SET tenant_id = $1 WHERE path <@ CAST($2 AS ltree) AND tenant_id = $3`,
      [parent.tenantId, newPath, org.tenantId],
    );
    await m.query(
      `UPDATE organizations.person SET tenant_id = $1 WHERE org_path <@ CAST($2 AS ltree) AND tenant_id = $3`,
      [parent.tenantId, newPath, org.tenantId],
    );
  }
  return newPath;
}

/**
 * A merge: the source's active children move to the target, its staff transfer, its group
 * memberships pass to the target, and the source stays in the tree, dissolved, under the
 * target, so that the target's subtree (and every aggregate over it) includes it.
 * Role grants on the source are not carried over: that would widen someone's access.
 */
export async function applyMerge(
  m: EntityManager,
  source: OrganizationEntity,
  target: OrganizationEntity,
  effectiveFrom: Date,
  recordedBy: string,
  batchId: string,
): Promise<string[]> {
  const paths = [source.path];
  const children = await m
    .getRepository(OrganizationEntity)
    .createQueryBuilder('o')
    .where('o.parent_id = :id AND o.dissolved_at IS NULL', { id: source.id })
    .getMany();
  for (const child of children) {
    paths.push(child.path, await applyMove(m, child, target));
    await m.getRepository(OrganizationChangeEntity).insert(
      changeRow(child.tenantId, child.id, 'MOVED', {
        fromParentId: source.id,
        toParentId: target.id,
        relatedOrganizationId: target.id,
        effectiveFrom,
        recordedBy,
        batchId,
      }),
    );
  }
  const fresh = await lockOrganization(m, source.id);
  const movedPath = await applyMove(m, fresh!, target);
  paths.push(movedPath);
  await m.query(
    `UPDATE organizations.person SET organization_id = $1, org_path = $2, tenant_id = $3,
            leads_id = CASE WHEN leads_id = $4 THEN NULL ELSE leads_id END
      WHERE organization_id = $4`,
    [target.id, target.path, target.tenantId, source.id],
  );
  await m.query(
    `INSERT INTO organizations.emulation_group_member (group_id, organization_id)
     SELECT group_id, $1 FROM organizations.emulation_group_member WHERE organization_id = $2
     ON CONFLICT DO NOTHING`,
    [target.id, source.id],
  );
  await m.query(`DELETE FROM organizations.emulation_group_member WHERE organization_id = $1`, [source.id]);
  await m
    .getRepository(OrganizationEntity)
    .update({ id: source.id }, { mergedIntoId: target.id, dissolvedAt: effectiveFrom });
  return paths;
}
