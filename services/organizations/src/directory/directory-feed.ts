import { parseFeedRequest, type FeedName, type FeedPage, type FeedRows } from '@laurel/directory';
import type { DataSource } from 'typeorm';

const SELECT: Record<FeedName, { from: string; columns: string }> = {
  organizations: {
    from: `"organizations"."organization" t`,
    columns: `t.id, t.code, t.name, t.kind, t.parent_id AS "parentId", t.path::text AS path,
              t.tenant_id AS "tenantId", t.merged_into_id AS "mergedIntoId", t.dissolved_at AS "dissolvedAt"`,
  },
  people: {
    from: `"organizations"."person" t`,
    columns: `t.id, t.organization_id AS "organizationId", t.tenant_id AS "tenantId", t.full_name AS "fullName",
              t.full_name_folded AS "fullNameFolded", t.party_position AS "partyPosition",
              t.government_position AS "governmentPosition", t.leads_id AS "leadsId", t.account,
              t.left_at AS "leftAt"`,
  },
  groups: {
    from: `"organizations"."emulation_group" t`,
    columns: `t.id, t.owner_id AS "ownerId", t.tenant_id AS "tenantId", t.name, t.kind,
              ARRAY(SELECT m.organization_id FROM "organizations"."emulation_group_member" m
                    WHERE m.group_id = t.id ORDER BY m.organization_id) AS "memberIds"`,
  },
};

/**
 * `POST /internal/directory`: one page of the directory feed (see `@laurel/directory`). The
 * horizon is read before the rows, so every transaction older than it is in this page or an
 * earlier one.
 */
export async function readDirectoryFeed<F extends FeedName>(
  db: DataSource,
  body: unknown,
): Promise<FeedPage<FeedRows[F]>> {
  const request = parseFeedRequest(body);
  const { from, columns } = SELECT[request.feed];
  const [{ horizon }] = (await db.query(
    `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`,
  )) as [{ horizon: string }];
  const rows = (await db.query(
    `SELECT ${columns}, t.change_xid::text AS xid FROM ${from}
      WHERE ($1::bigint IS NULL OR t.change_xid >= $1::bigint)
        AND ($2::bigint IS NULL OR (t.change_xid, t.id) > ($2::bigint, $3::uuid))
      ORDER BY t.change_xid, t.id
      LIMIT $4`,
    [request.since, request.after?.[0] ?? null, request.after?.[1] ?? null, request.limit],
  )) as FeedRows[F][];
  return { rows, horizon };
}
