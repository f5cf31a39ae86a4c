import { ANONYMOUS, type Identity } from '@laurel/auth';
import { pendingSchemaChanges } from '@laurel/db';
import { startSubgraphForTest, type SubgraphTestHarness } from '@laurel/service';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createReportingApp, type ReportingApp } from '../app';
import { reportingDataSource } from '../data-source';
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

describe('reporting subgraph', () => {
  let harness: SubgraphTestHarness<ReportingApp>;
  let url: string;
  const post = <T>(identity: Identity | null, query: string) => harness.post<T>(identity, query);
  let db: DataSource;

  beforeAll(async () => {
    harness = await startSubgraphForTest({
      dataSource: reportingDataSource,
      internalSecret: SECRET,
      start: ({ db, internalSecret }) =>
        createReportingApp({
          db,
          port: 0,
          internalSecret,
          directorySync: null,
          nominationsUrl: 'http://127.0.0.1:9',
          campaignsUrl: 'http://127.0.0.1:9',
          eventsPollMs: 3_600_000,
        }),
    });
    db = harness.db;
    url = harness.url;
    expect(harness.migrated).toEqual([
      'ReportingInitial1763800000000',
      'Reporting1763900000000',
      'SubtreeTotals1764000000000',
      'CampaignYears1764100000000',
      'CascadeTotals1764250000000',
      'RowLevelSecurity1764400000000',
      'DirectoryXidIndex1764500000000',
      'DirectoryPersonLeftAt1764710000000',
      'RevokedOutOfTotals1765100000000',
      'OrgReportFunction1765300000000',
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
    const res = await post<{ reportingInfo: { service: string; schemaVersion: string | null } }>(
      USER,
      `{ reportingInfo { service schemaVersion } }`,
    );
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data!.reportingInfo).toEqual({
      service: 'reporting',
      schemaVersion: 'OrgReportFunction1765300000000',
    });
  });

  it('refuses an anonymous caller and an unsigned request', async () => {
    const anonymous = await post(ANONYMOUS, `{ reportingInfo { service } }`);
    expect(anonymous.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unsigned = await post(null, `{ reportingInfo { service } }`);
    expect(unsigned.status).toBe(401);
  });
});
