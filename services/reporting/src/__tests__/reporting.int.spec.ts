import { ANONYMOUS, signInternalRequest, type Identity } from '@laurel/auth';
import { dropDatabase, ensureDatabase, pendingSchemaChanges, withDatabase } from '@laurel/db';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createReportingApp, type ReportingApp } from '../app';
import { createDataSource } from '../data-source';
import { migrate } from '../migrate';

// The server the test run uses (DATABASE_URL's, or the embedded one the global setup started).
const SERVER_URL =
  process.env.LAUREL_TEST_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
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

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe('reporting subgraph', () => {
  const url = withDatabase(SERVER_URL, `laurel_reporting_${randomBytes(6).toString('hex')}`);
  let db: DataSource;
  let app: ReportingApp;

  async function post<T>(identity: Identity | null, query: string) {
    const body = JSON.stringify({ query });
    const res = await fetch(app.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(identity ? signInternalRequest(identity, SECRET, body) : {}),
      },
      body,
    });
    return { status: res.status, json: (await res.json()) as Response<T> };
  }

  beforeAll(async () => {
    await ensureDatabase(url);
    expect(await migrate(url)).toEqual([
      'ReportingInitial1763800000000',
      'Reporting1763900000000',
      'SubtreeTotals1764000000000',
      'CampaignYears1764100000000',
      'CascadeTotals1764250000000',
      'RowLevelSecurity1764400000000',
      'DirectoryXidIndex1764500000000',
      'DirectoryPersonLeftAt1764710000000',
      'RevokedOutOfTotals1765100000000',
    ]);
    db = await createDataSource(url, 2).initialize();
    app = await createReportingApp({
      db,
      port: 0,
      internalSecret: SECRET,
      directorySync: null,
      nominationsUrl: 'http://127.0.0.1:9',
      campaignsUrl: 'http://127.0.0.1:9',
      eventsPollMs: 3_600_000,
    });
  });

  afterAll(async () => {
    await app?.close();
    await db?.destroy();
    await dropDatabase(url);
  });

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
      schemaVersion: 'RevokedOutOfTotals1765100000000',
    });
  });

  it('refuses an anonymous caller and an unsigned request', async () => {
    const anonymous = await post(ANONYMOUS, `{ reportingInfo { service } }`);
    expect(anonymous.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unsigned = await post(null, `{ reportingInfo { service } }`);
    expect(unsigned.status).toBe(401);
  });
});
