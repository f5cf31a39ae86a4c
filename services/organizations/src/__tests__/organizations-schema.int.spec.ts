import { dropDatabase, ensureDatabase, pendingSchemaChanges, withDatabase } from '@laurel/db';
import { testServerUrl } from '@laurel/service';
import { randomBytes } from 'node:crypto';
import { createDataSource } from '../data-source';
import { IdentityService } from '../identity/identity.service';
import { migrate } from '../migrate';

describe('organizations migrations', () => {
  const url = withDatabase(testServerUrl(), `laurel_org_schema_${randomBytes(6).toString('hex')}`);

  beforeAll(() => ensureDatabase(url));
  afterAll(() => dropDatabase(url));

  it('create exactly what the entities declare, and run once', async () => {
    expect(await migrate(url)).toEqual([
      'OrganizationsInitial1763700000000',
      'DirectoryFeed1763900000000',
      'IdentityGeneration1764200000000',
      'RowLevelSecurity1764400000000',
      'PersonAccountIndex1764500000000',
      'PersonLeftAt1764710000000',
    ]);
    expect(await migrate(url)).toEqual([]);
    const db = await createDataSource(url, 1).initialize();
    try {
      expect(await pendingSchemaChanges(db)).toEqual([]);
      // what TypeORM cannot declare is there too
      const indexes = await db.query(
        `SELECT indexname FROM pg_indexes WHERE schemaname = 'organizations' AND indexname LIKE '%trgm'`,
      );
      expect(indexes.map((i: { indexname: string }) => i.indexname).sort()).toEqual([
        'organization_name_trgm',
        'person_name_trgm',
      ]);
    } finally {
      await db.destroy();
    }
  });

  it('moves the identity generation with every grant change, a late commit included, without writers waiting', async () => {
    const db = await createDataSource(url, 3).initialize();
    const identities = new IdentityService(db);
    try {
      const [org] = (await db.query(
        `INSERT INTO organizations.organization (id, code, name, name_folded, kind, path, tenant_id)
         VALUES (gen_random_uuid(), 'GEN-1', 'Tỉnh Thế Hệ', 'tinh the he', 'PROVINCE', 'x', gen_random_uuid())
         RETURNING id, tenant_id AS "tenantId"`,
      )) as { id: string; tenantId: string }[];
      const grant = (subject: string) =>
        `INSERT INTO organizations.role_grant (id, tenant_id, subject, organization_id, role, created_by)
         VALUES (gen_random_uuid(), '${org!.tenantId}', '${subject}', '${org!.id}', 'VIEWER', 'test')`;

      const late = db.createQueryRunner();
      await late.connect();
      await late.startTransaction();
      await late.query(grant('late')); // takes a lower id, commits last
      // Another writer is not held up by the open transaction.
      await db.query(grant('early'));
      const before = (await identities.generation()).generation;
      await late.commitTransaction();
      await late.release();
      const after = (await identities.generation()).generation;
      expect(after).not.toBe(before);
      expect((await identities.generation()).generation).toBe(after); // stable while nothing changes
    } finally {
      await db.destroy();
    }
  });
});
