import type { DataSource } from 'typeorm';
import type { DirectorySync } from './sync';

/** An organization as a service's copy of the directory knows it. */
export interface KnownOrganization {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  path: string;
  tenantId: string;
  mergedIntoId: string | null;
}

export interface KnownPerson {
  id: string;
  organizationId: string;
  /** The path of the person's organization. */
  orgPath: string;
  fullName: string;
  partyPosition: string | null;
  governmentPosition: string | null;
  leadsId: string | null;
  /** Set once the person was deactivated: no new nominations or council seats. */
  leftAt: Date | null;
}

export interface KnownGroup {
  id: string;
  ownerId: string;
  ownerPath: string;
  name: string;
  kind: string;
  memberIds: string[];
}

/**
 * Reads a service's copy of the organization directory. An id the copy does not know triggers
 * one catch-up with the organizations subgraph before the answer is "no such".
 */
export class DirectoryReader {
  private readonly s: string;

  constructor(
    private readonly db: DataSource,
    schema: string,
    private readonly sync: Pick<DirectorySync, 'sync'> | null,
  ) {
    this.s = `"${schema}"`;
  }

  async organizations(ids: readonly string[]): Promise<Map<string, KnownOrganization>> {
    if (ids.length === 0) return new Map();
    return this.lookup(
      ids,
      async (wanted) =>
        (await this.db.query(
          `SELECT id, code, name, kind, parent_id AS "parentId", path::text AS path, tenant_id AS "tenantId",
              merged_into_id AS "mergedIntoId"
         FROM ${this.s}.directory_organization WHERE id = ANY($1::uuid[])`,
          [wanted],
        )) as KnownOrganization[],
    );
  }

  async organization(id: string): Promise<KnownOrganization | null> {
    return (await this.organizations([id])).get(id) ?? null;
  }

  /**
   * People as the organizations subgraph knows them now: `fresh` catches up first (a person
   * deactivated a moment ago is seen as such; when organizations cannot be reached, the copy
   * answers). For the writes that a departure forbids (nominations, council seats).
   */
  async people(ids: readonly string[], options: { fresh?: boolean } = {}): Promise<Map<string, KnownPerson>> {
    if (ids.length === 0) return new Map();
    if (options.fresh && this.sync)
      await this.sync.sync().catch((error: unknown) => console.error('[directory] catch-up failed', error));
    return this.lookup(
      ids,
      async (wanted) =>
        (await this.db.query(
          `SELECT p.id, p.organization_id AS "organizationId", o.path::text AS "orgPath", p.full_name AS "fullName",
              p.party_position AS "partyPosition", p.government_position AS "governmentPosition",
              p.leads_id AS "leadsId", p.left_at AS "leftAt"
         FROM ${this.s}.directory_person p
         JOIN ${this.s}.directory_organization o ON o.id = p.organization_id
        WHERE p.id = ANY($1::uuid[])`,
          [wanted],
        )) as KnownPerson[],
    );
  }

  async person(id: string, options: { fresh?: boolean } = {}): Promise<KnownPerson | null> {
    return (await this.people([id], options)).get(id) ?? null;
  }

  async groups(ids: readonly string[]): Promise<Map<string, KnownGroup>> {
    if (ids.length === 0) return new Map();
    return this.lookup(
      ids,
      async (wanted) =>
        (await this.db.query(
          `SELECT g.id, g.owner_id AS "ownerId", o.path::text AS "ownerPath", g.name, g.kind,
              g.member_ids::text[] AS "memberIds"
         FROM ${this.s}.directory_group g
         JOIN ${this.s}.directory_organization o ON o.id = g.owner_id
        WHERE g.id = ANY($1::uuid[])`,
          [wanted],
        )) as KnownGroup[],
    );
  }

  /**
   * Reads the copy; only when it lacks an id (an organization created a moment ago) does it catch
   * up with the organizations subgraph and read again, so a known id costs one query.
   */
  private async lookup<T extends { id: string }>(
    ids: readonly string[],
    read: (wanted: string[]) => Promise<T[]>,
  ): Promise<Map<string, T>> {
    const wanted = [...new Set(ids)];
    let rows = await read(wanted);
    if (this.sync && rows.length < wanted.length) {
      await this.sync.sync();
      rows = await read(wanted);
    }
    return new Map(rows.map((r) => [r.id, r]));
  }
}
