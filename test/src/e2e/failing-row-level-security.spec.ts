import 'reflect-metadata';
import { internalUrl, postInternal, tenantScopeOf, type Identity } from '@laurel/auth';
import { LEAKPROOF_LTREE_FUNCTIONS, withTenantScope } from '@laurel/db';
import { createDataSource } from '@laurel/organizations';
import { testEnv } from '@laurel/testing';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createOrg, createPerson, grant } from './flows';

const SERVICES = ['organizations', 'campaigns', 'nominations', 'voting', 'reporting', 'exemplars'] as const;

/** Tables every caller reads, on purpose (docs/API.md §2: the directory; the national catalogue). */
const SHARED = [
  'campaigns.base_salary',
  'campaigns.directory_organization',
  'campaigns.distinction',
  'campaigns.distinction_rule',
  'exemplars.directory_organization',
  'nominations.directory_organization',
  'organizations.organization',
  'reporting.directory_organization',
  'voting.directory_organization',
].sort();

/**
 * Row-level security, the second wall: the catalogue facts that make it hold, and a pooled
 * connection that goes from one tenant to another (and to nobody) without carrying anything.
 */
describe('row-level security', () => {
  let owner: Client;

  beforeAll(async () => {
    owner = new Client({ connectionString: testEnv('databaseUrl') });
    await owner.connect();
  });

  afterAll(async () => {
    await owner?.end();
  });

  it('each service runs as a role that is not superuser, not BYPASSRLS, owns nothing and reaches only its schema', async () => {
    for (const service of SERVICES) {
      const role = `laurel_${service}`;
      const { rows: roles } = await owner.query(
        `SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = $1`,
        [role],
      );
      expect({ role, ...roles[0] }).toEqual({
        role,
        rolsuper: false,
        rolbypassrls: false,
        rolcanlogin: false,
      });
      const { rows: owned } = await owner.query(
        `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
        [role],
      );
      expect(owned).toEqual([]);
      for (const other of SERVICES) {
        const { rows } = await owner.query(`SELECT has_schema_privilege($1, $2, 'USAGE') AS usage`, [
          role,
          other,
        ]);
        expect({ role, schema: other, usage: rows[0].usage }).toEqual({
          role,
          schema: other,
          usage: other === service,
        });
      }
    }
  });

  it('every table has row-level security with a policy for its service, and only the listed ones are shared', async () => {
    const { rows: tables } = await owner.query<{
      name: string;
      rls: boolean;
      policies: string[] | null;
      roles: string[] | null;
      writable: boolean;
    }>(
      `SELECT n.nspname || '.' || c.relname AS name, c.relrowsecurity AS rls,
              (SELECT array_agg(p.policyname::text ORDER BY p.policyname) FROM pg_policies p
                WHERE p.schemaname = n.nspname AND p.tablename = c.relname) AS policies,
              (SELECT array_agg(DISTINCT r::text) FROM pg_policies p, unnest(p.roles) r
                WHERE p.schemaname = n.nspname AND p.tablename = c.relname) AS roles,
              has_table_privilege('laurel_' || n.nspname, c.oid, 'INSERT') AS writable
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1)
        ORDER BY 1`,
      [SERVICES],
    );
    expect(tables.length).toBeGreaterThan(40);
    const shared: string[] = [];
    for (const table of tables) {
      const schema = table.name.split('.')[0]!;
      if (table.name.endsWith('.migrations')) {
        // The ledger: read-only for the service (it reports its schema version).
        expect({ table: table.name, writable: table.writable }).toEqual({
          table: table.name,
          writable: false,
        });
        continue;
      }
      expect({ table: table.name, rls: table.rls, roles: table.roles }).toEqual({
        table: table.name,
        rls: true,
        roles: [`laurel_${schema}`],
      });
      if (table.policies?.includes('shared_rows')) shared.push(table.name);
    }
    expect(shared.sort()).toEqual(SHARED);
  });

  it('the policies read the scope per transaction and take an empty setting for no tenant', async () => {
    for (const service of SERVICES) {
      const { rows } = await owner.query(
        `SELECT p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = $1 AND p.proname IN ('tenant_roots', 'tenant_scope')`,
        [service],
      );
      expect(rows).toHaveLength(2);
      for (const { prosrc } of rows)
        expect(prosrc).toContain(`nullif(current_setting('laurel.scope', true), '')`);
    }
    // No tenant policy is a plain `true`.
    const { rows: open } = await owner.query(
      `SELECT schemaname, tablename FROM pg_policies
        WHERE schemaname = ANY($1) AND policyname = 'tenant_rows' AND (qual = 'true' OR with_check = 'true')`,
      [SERVICES],
    );
    expect(open).toEqual([]);
    // Subtree conditions may run before the policy, hence inside an index (see the next block).
    for (const fn of LEAKPROOF_LTREE_FUNCTIONS) {
      const { rows } = await owner.query(`SELECT proleakproof FROM pg_proc WHERE oid = $1::regprocedure`, [
        fn,
      ]);
      expect({ fn, leakproof: rows[0].proleakproof }).toEqual({ fn, leakproof: true });
    }
  });

  describe('one pooled connection, two tenants, then nobody', () => {
    let db: DataSource;
    const people: Record<'a' | 'b', string> = { a: '', b: '' };
    const schools: Record<'a' | 'b', string> = { a: '', b: '' };
    const scopes: Record<'a' | 'b', string> = { a: '', b: '' };

    beforeAll(async () => {
      for (const side of ['a', 'b'] as const) {
        const province = await createOrg('PROVINCE', `Tỉnh RLS ${side}`, null);
        const school = await createOrg('INSTITUTION', `Trường RLS ${side}`, province.id);
        schools[side] = school.id;
        people[side] = (await createPerson(school.id, `Nguyễn Văn ${side.toUpperCase()}`)).id;
        const subject = `rls-admin-${side}-${province.code}`;
        await grant(subject, province.id, 'ORG_ADMIN');
        const organizationsUrl = (JSON.parse(testEnv('subgraphUrls')) as Record<string, string>)
          .organizations!;
        const { identity } = await postInternal<{ identity: Identity }>(
          internalUrl(organizationsUrl, 'identity'),
          { subject },
          testEnv('internalSecret'),
        );
        scopes[side] = tenantScopeOf(identity);
        expect(scopes[side]).toMatch(/^\{[0-9a-z_]+\}$/);
      }
      // One connection: every step below runs on the same backend.
      db = await createDataSource(testEnv('databaseUrl'), 1).initialize();
    });

    afterAll(async () => {
      await db?.destroy();
    });

    const visiblePeople = (scope: string) =>
      withTenantScope(scope, async () => {
        const rows = (await db.query(
          `SELECT id, pg_backend_pid() AS pid, current_user AS who FROM organizations.person WHERE id = ANY($1::uuid[])`,
          [[people.a, people.b]],
        )) as { id: string; pid: number; who: string }[];
        return rows;
      });

    it('each tenant sees its own person only, on the same backend, as the service role', async () => {
      const a = await visiblePeople(scopes.a);
      const b = await visiblePeople(scopes.b);
      expect(a.map((r) => r.id)).toEqual([people.a]);
      expect(b.map((r) => r.id)).toEqual([people.b]);
      expect(a[0]!.pid).toBe(b[0]!.pid);
      expect(a[0]!.who).toBe('laurel_organizations');
      // The service itself sees both; nobody sees neither.
      expect((await visiblePeople('*')).map((r) => r.id).sort()).toEqual([people.a, people.b].sort());
      expect(await visiblePeople('')).toEqual([]);
    });

    it('after commit the connection carries the empty string, which is nobody', async () => {
      await visiblePeople(scopes.a);
      // Straight on the pooled connection, bypassing the per-transaction wrapper.
      const pool = (db.driver as unknown as { master: { query: Client['query'] } }).master;
      const { rows } = await pool.query(
        `SELECT current_setting('laurel.scope', true) AS scope,
                (SELECT count(*)::int FROM organizations.person WHERE id = ANY($1::uuid[])) AS people,
                (SELECT count(*)::int FROM organizations.role_grant) AS grants`,
        [[people.a, people.b]],
      );
      expect(rows).toEqual([{ scope: '', people: 0, grants: 0 }]);
    });

    it("one tenant can neither change, delete nor create the other's rows", async () => {
      await withTenantScope(scopes.a, async () => {
        const [, updated] = (await db.query(`UPDATE organizations.person SET full_name = 'X' WHERE id = $1`, [
          people.b,
        ])) as [unknown, number];
        expect(updated).toBe(0);
        const [, deleted] = (await db.query(`DELETE FROM organizations.person WHERE id = $1`, [
          people.b,
        ])) as [unknown, number];
        expect(deleted).toBe(0);
        await expect(
          db.query(
            `INSERT INTO organizations.person (id, tenant_id, organization_id, org_path, full_name, full_name_folded)
             SELECT gen_random_uuid(), o.tenant_id, o.id, o.path, 'Kẻ lạ', 'ke la' FROM organizations.organization o WHERE o.id = $1`,
            [schools.b],
          ),
        ).rejects.toThrow(/row-level security/);
        // Its own rows stay writable.
        const [, own] = (await db.query(
          `UPDATE organizations.person SET full_name = full_name WHERE id = $1`,
          [people.a],
        )) as [unknown, number];
        expect(own).toBe(1);
      });
      const [b] = (await withTenantScope('*', () =>
        db.query(`SELECT full_name FROM organizations.person WHERE id = $1`, [people.b]),
      )) as { full_name: string }[];
      expect(b!.full_name).toBe('Nguyễn Văn B');
    });

    it('a subtree query keeps its GiST index under the policy', async () => {
      const root = scopes.a.slice(1, -1);
      const plan = await withTenantScope(scopes.a, () =>
        db.transaction(async (m) => {
          await m.query(`SET LOCAL enable_seqscan = off`);
          return JSON.stringify(
            await m.query(
              `EXPLAIN (FORMAT JSON) SELECT id FROM organizations.person WHERE org_path <@ $1::ltree`,
              [root],
            ),
          );
        }),
      );
      expect(plan).toContain('person_org_path_gist');
      expect(plan).toMatch(/"Index Cond":\s*"\(org_path <@/);
    });

    it('refuses a scope that is not a list of tenant paths', () => {
      expect(() => withTenantScope(`{a}', true); SELECT 1; --`, () => 1)).toThrow(/Invalid tenant scope/);
    });
  });
});
