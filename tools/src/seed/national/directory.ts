import type { Client } from 'pg';
import type { Step } from './step';

/** The services that keep a copy of the organization directory in their schema. */
export const REPLICAS = ['campaigns', 'nominations', 'voting', 'reporting', 'exemplars'] as const;

/** The replicas this database has (a service not migrated yet has none). */
export async function replicas(client: Client): Promise<string[]> {
  const found = await client.query(
    `SELECT table_schema AS schema FROM information_schema.tables
      WHERE table_name = 'directory_organization' AND table_schema = ANY($1::text[])`,
    [[...REPLICAS]],
  );
  return (found.rows as { schema: string }[]).map((r) => r.schema);
}

/** This transaction's organizations and people, into a service's copy of the directory. */
export async function copyDirectory(step: Step, schema: string, xid: string): Promise<void> {
  await step(
    `${schema}: directory copy of the organizations`,
    `INSERT INTO "${schema}".directory_organization (id, code, name, kind, parent_id, path, tenant_id, merged_into_id, dissolved_at, xid)
     SELECT id, code, name, kind, parent_id, path, tenant_id, merged_into_id, dissolved_at, change_xid
       FROM organizations.organization WHERE change_xid = $1::bigint`,
    [xid],
  );
  await step(
    `${schema}: directory copy of the people`,
    `INSERT INTO "${schema}".directory_person (id, organization_id, tenant_id, full_name, full_name_folded, party_position,
            government_position, leads_id, account, xid)
     SELECT id, organization_id, tenant_id, full_name, full_name_folded, party_position, government_position, leads_id,
            account, change_xid
       FROM organizations.person WHERE change_xid = $1::bigint`,
    [xid],
  );
}

/**
 * What `DirectorySync` does through `/internal/directory`, in SQL: the horizon first, then every
 * row written since the copy's cursor (but this seed's, already there), then the cursor moves to
 * the horizon, so that the replicas do not fetch the national dataset again over HTTP.
 */
export async function advanceDirectoryCursor(client: Client, schema: string, seedXid: string): Promise<void> {
  const s = `"${schema}"`;
  await client.query('BEGIN');
  try {
    const { horizon } = (
      await client.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`)
    ).rows[0] as { horizon: string };
    const since = async (feed: string) =>
      (
        (
          await client.query(`SELECT since::text FROM ${s}.directory_cursor WHERE feed = $1 FOR UPDATE`, [
            feed,
          ])
        ).rows[0] as { since: string } | undefined
      )?.since ?? null;
    const changed = `(t.change_xid >= $1::bigint OR $1::bigint IS NULL) AND t.change_xid <> $2::bigint`;
    let from = await since('organizations');
    await client.query(
      `INSERT INTO ${s}.directory_organization AS d (id, code, name, kind, parent_id, path, tenant_id, merged_into_id, dissolved_at, xid)
       SELECT t.id, t.code, t.name, t.kind, t.parent_id, t.path, t.tenant_id, t.merged_into_id, t.dissolved_at, t.change_xid
         FROM organizations.organization t WHERE ${changed}
       ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, kind = EXCLUDED.kind,
          parent_id = EXCLUDED.parent_id, path = EXCLUDED.path, tenant_id = EXCLUDED.tenant_id,
          merged_into_id = EXCLUDED.merged_into_id, dissolved_at = EXCLUDED.dissolved_at, xid = EXCLUDED.xid
        WHERE d.xid <= EXCLUDED.xid`,
      [from, seedXid],
    );
    from = await since('people');
    await client.query(
      `INSERT INTO ${s}.directory_person AS d (id, organization_id, tenant_id, full_name, full_name_folded, party_position,
              government_position, leads_id, account, xid)
       SELECT t.id, t.organization_id, t.tenant_id, t.full_name, t.full_name_folded, t.party_position,
              t.government_position, t.leads_id, t.account, t.change_xid
         FROM organizations.person t WHERE ${changed}
       ON CONFLICT (id) DO UPDATE SET organization_id = EXCLUDED.organization_id, tenant_id = EXCLUDED.tenant_id,
          full_name = EXCLUDED.full_name, full_name_folded = EXCLUDED.full_name_folded,
          party_position = EXCLUDED.party_position, government_position = EXCLUDED.government_position,
          leads_id = EXCLUDED.leads_id, account = EXCLUDED.account, xid = EXCLUDED.xid
        WHERE d.xid <= EXCLUDED.xid`,
      [from, seedXid],
    );
    from = await since('groups');
    await client.query(
      `INSERT INTO ${s}.directory_group AS d (id, owner_id, tenant_id, name, kind, member_ids, xid)
       SELECT t.id, t.owner_id, t.tenant_id, t.name, t.kind,
              ARRAY(SELECT m.organization_id FROM organizations.emulation_group_member m
                     WHERE m.group_id = t.id ORDER BY m.organization_id), t.change_xid
         FROM organizations.emulation_group t WHERE ${changed}
       ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, tenant_id = EXCLUDED.tenant_id, name = EXCLUDED.name,
          kind = EXCLUDED.kind, member_ids = EXCLUDED.member_ids, xid = EXCLUDED.xid
        WHERE d.xid <= EXCLUDED.xid`,
      [from, seedXid],
    );
    for (const feed of ['organizations', 'people', 'groups'])
      await client.query(
        `INSERT INTO ${s}.directory_cursor (feed, since) VALUES ($1, $2::bigint)
         ON CONFLICT (feed) DO UPDATE SET since = GREATEST(${s}.directory_cursor.since, EXCLUDED.since)`,
        [feed, horizon],
      );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
