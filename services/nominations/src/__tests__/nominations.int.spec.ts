import { ANONYMOUS, type Identity } from '@laurel/auth';
import { pendingSchemaChanges } from '@laurel/db';
import { startSubgraphForTest, type SubgraphTestHarness } from '@laurel/service';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createNominationsApp, type NominationsApp } from '../app';
import { nominationsDataSource } from '../data-source';
import { migrate } from '../migrate';

const SECRET = randomBytes(32).toString('hex');
const USER: Identity = {
  subject: 'user-1',
  isPlatformAdmin: false,
  personIds: [],
  personPaths: [],
  grants: [],
  apiKey: null,
  tenantRoots: [],
};

describe('nominations subgraph', () => {
  let harness: SubgraphTestHarness<NominationsApp>;
  let url: string;
  const post = <T>(identity: Identity | null, query: string) => harness.post<T>(identity, query);
  let db: DataSource;

  beforeAll(async () => {
    harness = await startSubgraphForTest({
      dataSource: nominationsDataSource,
      internalSecret: SECRET,
      start: ({ db, internalSecret }) =>
        createNominationsApp({
          db,
          port: 0,
          internalSecret,
          directorySync: null,
          campaignsUrl: 'http://127.0.0.1:9',
        }),
    });
    db = harness.db;
    url = harness.url;
    expect(harness.migrated).toEqual([
      'NominationsInitial1763800000000',
      'Nominations1763900000000',
      'NominationReviewers1764000000000',
      'RowLevelSecurity1764400000000',
      'DirectoryPersonLeftAt1764710000000',
      'RecognitionDecisions1765000000000',
      'Revocations1765000000001',
      'DecisionLineHundredths1765100000000',
    ]);
  });

  afterAll(() => harness?.close());

  it('migrations match the entities', async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('migrating again runs nothing', async () => {
    expect(await migrate(url)).toEqual([]);
  });

  it('reports its schema version to an authenticated caller', async () => {
    const res = await post<{ nominationsInfo: { service: string; schemaVersion: string | null } }>(
      USER,
      `{ nominationsInfo { service schemaVersion } }`,
    );
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data!.nominationsInfo).toEqual({
      service: 'nominations',
      schemaVersion: 'DecisionLineHundredths1765100000000',
    });
  });

  it('refuses an anonymous caller and an unsigned request', async () => {
    const anonymous = await post(ANONYMOUS, `{ nominationsInfo { service } }`);
    expect(anonymous.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unsigned = await post(null, `{ nominationsInfo { service } }`);
    expect(unsigned.status).toBe(401);
  });
});
