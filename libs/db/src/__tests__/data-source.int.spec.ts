import type { DataSource } from 'typeorm';
import { createServiceDataSource } from '../data-source';

// The server the test run uses (DATABASE_URL's, or the embedded one the global setup started).
const DATABASE_URL =
  process.env.LAUREL_TEST_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

const connect = (statementTimeoutMs?: number) =>
  createServiceDataSource({
    url: DATABASE_URL,
    schema: 'public',
    entities: [],
    migrations: [],
    poolSize: 1,
    applicationName: 'laurel-db-test',
    statementTimeoutMs,
  }).initialize();

/** Every service's pool bounds its statements: a runaway query is cancelled by PostgreSQL. */
describe('statement_timeout on the services’ pools', () => {
  const opened: DataSource[] = [];
  afterAll(() => Promise.all(opened.map((db) => db.destroy())));

  it('is 15 s unless a service says otherwise', async () => {
    const db = await connect();
    opened.push(db);
    expect(await db.query(`SHOW statement_timeout`)).toEqual([{ statement_timeout: '15s' }]);
  });

  it('cancels a statement that runs longer, and the connection serves the next one', async () => {
    const db = await connect(300);
    opened.push(db);
    const started = Date.now();
    const error = (await db.query(`SELECT pg_sleep(5)`).then(
      () => null,
      (e: unknown) => e,
    )) as { driverError?: { code?: string }; message?: string } | null;
    expect(error?.driverError?.code).toBe('57014'); // query_canceled
    expect(error?.message).toMatch(/statement timeout/);
    expect(Date.now() - started).toBeLessThan(4_000);
    // One connection in the pool: the same one answers next.
    expect(await db.query(`SELECT 1 AS ok`)).toEqual([{ ok: 1 }]);
  });
});
