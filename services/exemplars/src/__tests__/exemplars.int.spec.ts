import { pendingSchemaChanges } from '@laurel/db';
import { startSubgraphForTest, type SubgraphTestHarness } from '@laurel/service';
import type { DataSource } from 'typeorm';
import { exemplarsDataSource } from '../data-source';

describe('exemplars subgraph', () => {
  let harness: SubgraphTestHarness<null>;
  let db: DataSource;

  beforeAll(async () => {
    harness = await startSubgraphForTest({
      dataSource: exemplarsDataSource,
    });
    db = harness.db;
    expect(harness.migrated).toEqual([
      'ExemplarsInitial1764700000000',
      'Exemplars1764700000001',
      'RowLevelSecurity1764700000002',
      'DirectoryPersonLeftAt1764710000000',
      'PublicRecognitions1764720000000',
    ]);
  });

  afterAll(() => harness?.close());

  it('migrations match the entities', async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('runs as its own role, which is neither superuser nor owner, under a policy on every table', async () => {
    const [role] = (await db.query(
      `SELECT current_user AS name, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`,
    )) as { name: string; rolsuper: boolean; rolbypassrls: boolean }[];
    expect(role).toEqual({ name: 'laurel_exemplars', rolsuper: false, rolbypassrls: false });
    const unprotected = (await db.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'exemplars' AND c.relkind = 'r' AND c.relname <> 'migrations' AND NOT c.relrowsecurity`,
    )) as { relname: string }[];
    expect(unprotected).toEqual([]);
  });

  it('shows a caller with no tenant nothing but published exemplars', async () => {
    const org = '00000000-0000-4000-8000-000000000001';
    const { withTenantScope } = await import('@laurel/db');
    await withTenantScope('*', async () => {
      await db.query(
        `INSERT INTO exemplars.directory_organization (id, code, name, kind, path, tenant_id, xid)
         VALUES ($1, 'T', 'Tỉnh', 'PROVINCE', 'a1', $1, 1)`,
        [org],
      );
      for (const [id, published] of [
        ['00000000-0000-4000-8000-0000000000a1', true],
        ['00000000-0000-4000-8000-0000000000a2', false],
      ] as const)
        await db.query(
          `INSERT INTO exemplars.exemplar (id, organization_id, nominee_id, nominee_kind, nominee_name, target, title,
             published, created_by) VALUES ($1, $2, $1, 'PERSON', 'X', 'INDIVIDUAL', 'Mô hình', $3, 'test')`,
          [id, org, published],
        );
    });
    const seen = await withTenantScope('', () => db.query(`SELECT id FROM exemplars.exemplar ORDER BY id`));
    expect(seen).toEqual([{ id: '00000000-0000-4000-8000-0000000000a1' }]);
    // A published recognition names its exemplar to anyone (a showcase card's link to its model).
    await withTenantScope('*', async () => {
      for (const [nomination, exemplar, published] of [
        ['00000000-0000-4000-8000-0000000000e1', '00000000-0000-4000-8000-0000000000a1', true],
        ['00000000-0000-4000-8000-0000000000e2', '00000000-0000-4000-8000-0000000000a2', false],
      ] as const)
        await db.query(
          `INSERT INTO exemplars.exemplar_recognition (nomination_id, exemplar_id, organization_id, distinction_code,
             year, stage, published) VALUES ($1, $2, $3, 'DIEN_HINH_TIEN_TIEN_CA_NHAN', 2026, 'RECOGNIZED', $4)`,
          [nomination, exemplar, org, published],
        );
    });
    expect(
      await withTenantScope('{b2}', () =>
        db.query(
          `SELECT nomination_id, exemplar_id FROM exemplars.exemplar_recognition ORDER BY nomination_id`,
        ),
      ),
    ).toEqual([
      {
        nomination_id: '00000000-0000-4000-8000-0000000000e1',
        exemplar_id: '00000000-0000-4000-8000-0000000000a1',
      },
    ]);
    // Read only: another province changes nothing of it.
    await withTenantScope('{b2}', () =>
      db.query(`UPDATE exemplars.exemplar_recognition SET published = false`),
    );
    expect(
      await withTenantScope('*', () =>
        db.query(`SELECT published FROM exemplars.exemplar_recognition ORDER BY nomination_id`),
      ),
    ).toEqual([{ published: true }, { published: false }]);
    const inside = await withTenantScope('{a1}', () =>
      db.query(`SELECT count(*)::int AS n FROM exemplars.exemplar`),
    );
    expect(inside).toEqual([{ n: 2 }]);
    const elsewhere = await withTenantScope('{b2}', () =>
      db.query(`SELECT count(*)::int AS n FROM exemplars.fostering_action`),
    );
    expect(elsewhere).toEqual([{ n: 0 }]);
  });

  it('lets an adoption cross the wall to its two sides only, and keeps plans inside it', async () => {
    const { withTenantScope } = await import('@laurel/db');
    const [b2, c3] = ['00000000-0000-4000-8000-000000000102', '00000000-0000-4000-8000-000000000103'];
    await withTenantScope('*', async () => {
      for (const [id, path] of [
        [b2, 'b2'],
        [c3, 'c3'],
      ] as const)
        await db.query(
          `INSERT INTO exemplars.directory_organization (id, code, name, kind, path, tenant_id, xid)
           VALUES ($1, $2, $2, 'PROVINCE', CAST($3 AS ltree), $1, 1)`,
          [id, path, path],
        );
      await db.query(
        `INSERT INTO exemplars.fostering_action (id, exemplar_id, position, text, due_at)
         VALUES ('00000000-0000-4000-8000-0000000000f1', '00000000-0000-4000-8000-0000000000a1', 0, 'Nội bộ', now())`,
      );
    });
    // The adopter's province records it; the row names the fostering organization too.
    await withTenantScope('{b2}', () =>
      db.query(
        `INSERT INTO exemplars.adoption (id, exemplar_id, fostering_organization_id, adopter_organization_id, kind, at, recorded_by)
         VALUES ('00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000a1',
                 '00000000-0000-4000-8000-000000000001', $1, 'ADOPTED', now(), 'b2-admin')`,
        [b2],
      ),
    );
    const count = (scope: string, table: string) =>
      withTenantScope(scope, () => db.query(`SELECT count(*)::int AS n FROM exemplars.${table}`));
    expect(await count('{a1}', 'adoption')).toEqual([{ n: 1 }]);
    expect(await count('{b2}', 'adoption')).toEqual([{ n: 1 }]);
    // A third province neither sees it nor writes one in another's name.
    expect(await count('{c3}', 'adoption')).toEqual([{ n: 0 }]);
    await expect(
      withTenantScope('{c3}', () =>
        db.query(
          `INSERT INTO exemplars.adoption (id, exemplar_id, fostering_organization_id, adopter_organization_id, kind, at, recorded_by)
           VALUES ('00000000-0000-4000-8000-0000000000d2', '00000000-0000-4000-8000-0000000000a1',
                   '00000000-0000-4000-8000-000000000001', $1, 'ADOPTED', now(), 'c3-admin')`,
          [b2],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    // The published exemplar's plan stays with its province.
    expect(await count('{a1}', 'fostering_action')).toEqual([{ n: 1 }]);
    expect(await count('{b2}', 'fostering_action')).toEqual([{ n: 0 }]);
  });
});
