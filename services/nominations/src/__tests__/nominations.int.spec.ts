import { ANONYMOUS, signInternalRequest, type Identity } from '@laurel/auth';
import { dropDatabase, ensureDatabase, pendingSchemaChanges, withDatabase } from '@laurel/db';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createNominationsApp, type NominationsApp } from '../app';
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

describe('nominations subgraph', () => {
  const url = withDatabase(SERVER_URL, `laurel_nominations_${randomBytes(6).toString('hex')}`);
  let db: DataSource;
  let app: NominationsApp;

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
      'NominationsInitial1763800000000',
      'Nominations1763900000000',
      'NominationReviewers1764000000000',
      'RowLevelSecurity1764400000000',
      'DirectoryPersonLeftAt1764710000000',
      'RecognitionDecisions1765000000000',
      'Revocations1765000000001',
      'DecisionLineHundredths1765100000000',
    ]);
    db = await createDataSource(url, 2).initialize();
    app = await createNominationsApp({
      db,
      port: 0,
      internalSecret: SECRET,
      directorySync: null,
      campaignsUrl: 'http://127.0.0.1:9',
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
