import { dropDatabase, ensureDatabase, pendingSchemaChanges, withDatabase } from '@laurel/db';
import { randomBytes } from 'node:crypto';
import { createDataSource } from '../data-source';
import { migrate } from '../migrate';

// The server the test run uses (DATABASE_URL's, or the embedded one the global setup started).
const SERVER_URL =
  process.env.LAUREL_TEST_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

describe('organizations migrations', () => {
  const url = withDatabase(SERVER_URL, `laurel_org_schema_${randomBytes(6).toString('hex')}`);

  beforeAll(() => ensureDatabase(url));
  afterAll(() => dropDatabase(url));

  it('create exactly what the entities declare, and run once', async () => {
    expect(await migrate(url)).toEqual(['OrganizationsInitial1763700000000', 'DirectoryFeed1763900000000']);
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
});
