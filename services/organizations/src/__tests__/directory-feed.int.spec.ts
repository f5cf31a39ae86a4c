import {
  applyFeedRows,
  directoryPersonLeftAtSql,
  directoryTablesSql,
  DirectorySync,
} from '@laurel/directory';
import { startSubgraphForTest, type SubgraphTestHarness } from '@laurel/service';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createOrganizationsApp, type OrganizationsApp } from '../app';
import { organizationsDataSource } from '../data-source';

const SECRET = randomBytes(32).toString('hex');
const REPLICA = 'replica_test';

/** An organization row as organizations writes it (path labels are ids without hyphens). */
function orgSql(id: string, parent: { id: string; path: string } | null) {
  const path = (parent ? `${parent.path}.` : '') + id.replace(/-/g, '');
  return {
    path,
    sql: `INSERT INTO organizations.organization (id, code, name, name_folded, kind, parent_id, path, tenant_id)
          VALUES ($1, $2, $3, $3, 'PROVINCE', $4, $5, $1)`,
    params: [id, `C-${id.slice(0, 8)}`, `Tỉnh ${id.slice(0, 4)}`, parent?.id ?? null, path],
  };
}

describe('the directory feed and its replicas', () => {
  let harness: SubgraphTestHarness<OrganizationsApp>;
  let db: DataSource;
  let url: string;
  let app: OrganizationsApp;
  let replica: DirectorySync;

  const replicated = async (id: string) =>
    (
      (await db.query(
        `SELECT path::text AS path, name FROM ${REPLICA}.directory_organization WHERE id = $1`,
        [id],
      )) as { path: string; name: string }[]
    )[0] ?? null;

  beforeAll(async () => {
    harness = await startSubgraphForTest({
      dataSource: organizationsDataSource,
      poolSize: 4,
      owner: true,
      internalSecret: SECRET,
      start: async ({ db, internalSecret, openPubSub }) =>
        createOrganizationsApp({
          db,
          pubSub: await openPubSub('laurel_organizations_test'),
          port: 0,
          internalSecret,
        }),
    });
    ({ db, app, url } = harness);
    await db.query(`CREATE SCHEMA ${REPLICA}`);
    for (const statement of [...directoryTablesSql(REPLICA), ...directoryPersonLeftAtSql(REPLICA)])
      await db.query(statement);
    replica = new DirectorySync({
      db,
      schema: REPLICA,
      organizationsUrl: app.url,
      internalSecret: SECRET,
      pageSize: 2, // several pages per catch-up
      pollMs: 3_600_000, // only NOTIFY or an explicit sync may wake it
    });
  });

  afterAll(async () => {
    await replica?.close();
    await harness?.close();
  });

  it('refuses a caller without the internal signature', async () => {
    const res = await fetch(app.url.replace('/graphql', '/internal/directory'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ feed: 'organizations', since: null, after: null, limit: 10 }),
    });
    expect(res.status).toBe(401);
  });

  it('copies organizations across several pages, then moves', async () => {
    const root = orgSql(randomUUID(), null);
    const rootId = root.params[0] as string;
    await db.query(root.sql, root.params);
    const children = Array.from({ length: 5 }, () => orgSql(randomUUID(), { id: rootId, path: root.path }));
    for (const child of children) await db.query(child.sql, child.params);

    await replica.sync();
    for (const child of children)
      expect((await replicated(child.params[0] as string))?.path).toBe(child.path);

    // A move rewrites paths; the replica follows.
    const other = orgSql(randomUUID(), null);
    await db.query(other.sql, other.params);
    const moved = children[0]!.params[0] as string;
    await db.query(`UPDATE organizations.organization SET parent_id = $2, path = $3 WHERE id = $1`, [
      moved,
      other.params[0],
      `${other.path}.${moved.replace(/-/g, '')}`,
    ]);
    await replica.sync();
    expect((await replicated(moved))?.path).toBe(`${other.path}.${moved.replace(/-/g, '')}`);
  });

  it('never skips a transaction that committed after a later one (the horizon)', async () => {
    const slow = new Client({ connectionString: url });
    await slow.connect();
    try {
      const early = orgSql(randomUUID(), null);
      await slow.query('BEGIN');
      await slow.query(early.sql, early.params); // takes the older transaction id, not committed

      const late = orgSql(randomUUID(), null);
      await db.query(late.sql, late.params); // newer id, committed first
      await replica.sync();
      expect(await replicated(late.params[0] as string)).not.toBeNull();
      expect(await replicated(early.params[0] as string)).toBeNull();

      await slow.query('COMMIT');
      await replica.sync();
      expect(await replicated(early.params[0] as string)).not.toBeNull();
    } finally {
      await slow.end();
    }
  });

  it('a slower replica`s older page never overwrites a newer state', async () => {
    const org = orgSql(randomUUID(), null);
    await db.query(org.sql, org.params);
    await db.query(`UPDATE organizations.organization SET name = 'Tên mới' WHERE id = $1`, [org.params[0]]);
    await replica.sync();
    const [{ xid }] = (await db.query(
      `SELECT xid::text FROM ${REPLICA}.directory_organization WHERE id = $1`,
      [org.params[0]],
    )) as [{ xid: string }];
    await db.transaction((m) =>
      applyFeedRows(m, REPLICA, 'organizations', [
        {
          id: org.params[0] as string,
          code: 'X',
          name: 'Tên cũ',
          kind: 'PROVINCE',
          parentId: null,
          path: org.path,
          tenantId: org.params[0] as string,
          mergedIntoId: null,
          dissolvedAt: null,
          xid: String(BigInt(xid) - 1n),
        },
      ]),
    );
    expect((await replicated(org.params[0] as string))?.name).toBe('Tên mới');
  });

  it('wakes up on NOTIFY alone, and carries people and groups with their members', async () => {
    const listening = new DirectorySync({
      db,
      schema: REPLICA,
      organizationsUrl: app.url,
      internalSecret: SECRET,
      listenUrl: url,
      pollMs: 3_600_000,
    });
    await listening.start();
    try {
      const owner = orgSql(randomUUID(), null);
      await db.query(owner.sql, owner.params);
      const member = orgSql(randomUUID(), { id: owner.params[0] as string, path: owner.path });
      await db.query(member.sql, member.params);
      const personId = randomUUID();
      await db.query(
        `INSERT INTO organizations.person (id, tenant_id, organization_id, org_path, full_name, full_name_folded, leads_id)
         VALUES ($1, $2, $3, $4, 'Nguyễn Văn An', 'nguyen van an', $3)`,
        [personId, member.params[0], member.params[0], member.path],
      );
      const groupId = randomUUID();
      await db.query(
        `INSERT INTO organizations.emulation_group (id, tenant_id, owner_id, owner_path, name, kind)
         VALUES ($1, $2, $2, $3, 'Cụm 1', 'CLUSTER')`,
        [groupId, owner.params[0], owner.path],
      );
      await db.query(
        `INSERT INTO organizations.emulation_group_member (group_id, organization_id) VALUES ($1, $2)`,
        [groupId, member.params[0]],
      );

      const deadline = Date.now() + 10_000;
      let person: { full_name: string; leads_id: string }[] = [];
      let group: { member_ids: string[] }[] = [];
      while (Date.now() < deadline) {
        person = await db.query(`SELECT full_name, leads_id FROM ${REPLICA}.directory_person WHERE id = $1`, [
          personId,
        ]);
        group = await db.query(
          `SELECT member_ids::text[] AS member_ids FROM ${REPLICA}.directory_group WHERE id = $1`,
          [groupId],
        );
        if (person.length === 1 && group[0]?.member_ids.length === 1) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(person).toEqual([{ full_name: 'Nguyễn Văn An', leads_id: member.params[0] }]);
      expect(group).toEqual([{ member_ids: [member.params[0]] }]);
    } finally {
      await listening.close();
    }
  });
});
