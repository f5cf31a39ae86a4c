import type { EntityManager } from 'typeorm';
import type { FeedName, FeedRows } from './feed';

const COLUMNS: Record<FeedName, { table: string; record: string; columns: [string, string][] }> = {
  organizations: {
    table: 'directory_organization',
    record: `id uuid, code text, name text, kind text, "parentId" uuid, path ltree, "tenantId" uuid, "mergedIntoId" uuid, "dissolvedAt" timestamptz, xid bigint`,
    columns: [
      ['id', 'id'],
      ['code', 'code'],
      ['name', 'name'],
      ['kind', 'kind'],
      ['parent_id', '"parentId"'],
      ['path', 'path'],
      ['tenant_id', '"tenantId"'],
      ['merged_into_id', '"mergedIntoId"'],
      ['dissolved_at', '"dissolvedAt"'],
      ['xid', 'xid'],
    ],
  },
  people: {
    table: 'directory_person',
    record: `id uuid, "organizationId" uuid, "tenantId" uuid, "fullName" text, "fullNameFolded" text, "partyPosition" text, "governmentPosition" text, "leadsId" uuid, account text, "leftAt" timestamptz, xid bigint`,
    columns: [
      ['id', 'id'],
      ['organization_id', '"organizationId"'],
      ['tenant_id', '"tenantId"'],
      ['full_name', '"fullName"'],
      ['full_name_folded', '"fullNameFolded"'],
      ['party_position', '"partyPosition"'],
      ['government_position', '"governmentPosition"'],
      ['leads_id', '"leadsId"'],
      ['account', 'account'],
      ['left_at', '"leftAt"'],
      ['xid', 'xid'],
    ],
  },
  groups: {
    table: 'directory_group',
    record: `id uuid, "ownerId" uuid, "tenantId" uuid, name text, kind text, "memberIds" uuid[], xid bigint`,
    columns: [
      ['id', 'id'],
      ['owner_id', '"ownerId"'],
      ['tenant_id', '"tenantId"'],
      ['name', 'name'],
      ['kind', 'kind'],
      ['member_ids', '"memberIds"'],
      ['xid', 'xid'],
    ],
  },
};

/**
 * Upserts feed rows into the local copy, in the caller's transaction. A row never goes back in
 * time: an older state (another replica's slower page) does not overwrite a newer one.
 */
export async function applyFeedRows<F extends FeedName>(
  manager: EntityManager,
  schema: string,
  feed: F,
  rows: FeedRows[F][],
): Promise<void> {
  if (rows.length === 0) return;
  const { table, record, columns } = COLUMNS[feed];
  const names = columns.map(([column]) => `"${column}"`).join(', ');
  const values = columns.map(([, field]) => `r.${field}`).join(', ');
  const updates = columns
    .filter(([column]) => column !== 'id')
    .map(([column]) => `"${column}" = EXCLUDED."${column}"`)
    .join(', ');
  // Sorted by id so that two replicas applying overlapping pages lock rows in the same order.
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await manager.query(
    `INSERT INTO "${schema}"."${table}" AS d (${names})
     SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS r(${record})
     ON CONFLICT ("id") DO UPDATE SET ${updates} WHERE d."xid" <= EXCLUDED."xid"`,
    [JSON.stringify(sorted)],
  );
}
