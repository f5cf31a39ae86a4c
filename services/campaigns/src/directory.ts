import type { DirectorySync } from '@laurel/directory';
import type { DataSource } from 'typeorm';

/** An organization as this service's copy of the directory knows it. */
export interface DirectoryOrganization {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  path: string;
  tenantId: string;
  mergedIntoId: string | null;
}

export interface DirectoryGroup {
  id: string;
  ownerId: string;
  ownerPath: string;
  name: string;
  kind: string;
  memberIds: string[];
}

/**
 * Reads the replicated organization directory (`@laurel/directory`). An id the copy does not
 * know triggers one catch-up with the organizations subgraph before the answer is "no such".
 */
export class Directory {
  constructor(
    private readonly db: DataSource,
    private readonly sync: Pick<DirectorySync, 'ensureOrganizations' | 'ensureGroups'> | null,
  ) {}

  async organizations(ids: readonly string[]): Promise<Map<string, DirectoryOrganization>> {
    if (ids.length === 0) return new Map();
    await this.sync?.ensureOrganizations(ids);
    const rows = (await this.db.query(
      `SELECT id, code, name, kind, parent_id AS "parentId", path::text AS path, tenant_id AS "tenantId",
              merged_into_id AS "mergedIntoId"
         FROM campaigns.directory_organization WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    )) as DirectoryOrganization[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  async organization(id: string): Promise<DirectoryOrganization | null> {
    return (await this.organizations([id])).get(id) ?? null;
  }

  async groups(ids: readonly string[]): Promise<Map<string, DirectoryGroup>> {
    if (ids.length === 0) return new Map();
    await this.sync?.ensureGroups(ids);
    const rows = (await this.db.query(
      `SELECT g.id, g.owner_id AS "ownerId", o.path::text AS "ownerPath", g.name, g.kind,
              g.member_ids::text[] AS "memberIds"
         FROM campaigns.directory_group g
         JOIN campaigns.directory_organization o ON o.id = g.owner_id
        WHERE g.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    )) as DirectoryGroup[];
    return new Map(rows.map((r) => [r.id, r]));
  }
}
