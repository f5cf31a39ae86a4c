import type { DataSource } from 'typeorm';
import { createServiceDataSource } from '../data-source';
import { preparedQuery, withTenantScope } from '../tenant-scope';

const DATABASE_URL =
  process.env.LAUREL_TEST_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

const TABLE = `scope_test_${process.pid}`;

/**
 * The tenant scope reaches PostgreSQL with each lone statement (one round trip, one implicit
 * transaction) and ends with it: one connection (pool of 1), so a leak would show on the next query.
 */
describe('tenant scope of lone statements', () => {
  let db: DataSource;
  const setting = `current_setting('laurel.scope', true)`;

  beforeAll(async () => {
    db = await createServiceDataSource({
      url: DATABASE_URL,
      schema: 'public',
      entities: [],
      migrations: [],
      poolSize: 1,
      applicationName: 'laurel-scope-test',
      // Any role turns the tenant scope on; the superuser keeps the test free of grants.
      role: 'postgres',
    }).initialize();
    await db.query(`CREATE TABLE ${TABLE} (id int PRIMARY KEY, scope text NOT NULL)`);
  });
  afterAll(async () => {
    await db.query(`DROP TABLE IF EXISTS ${TABLE}`);
    await db.destroy();
  });

  it('carries the caller’s scope with a parameterised statement, and the service’s outside requests', async () => {
    const read = () => db.query(`SELECT ${setting} AS scope, $1::int AS n`, [7]);
    expect(await withTenantScope('{a1.b2,c3}', read)).toEqual([{ scope: '{a1.b2,c3}', n: 7 }]);
    expect(await read()).toEqual([{ scope: '*', n: 7 }]);
    expect(await withTenantScope('', read)).toEqual([{ scope: '', n: 7 }]);
    // Without parameters (the text may hold several statements): BEGIN … COMMIT, same scope.
    expect(await withTenantScope('{d4}', () => db.query(`SELECT ${setting} AS scope`))).toEqual([
      { scope: '{d4}' },
    ]);
  });

  it('leaves the connection’s other callers alone: a pool’s callback query is answered', async () => {
    await withTenantScope('{a1}', () => db.query(`SELECT $1::int AS n`, [1]));
    const pool = (db.driver as unknown as { master: { query: (...args: unknown[]) => unknown } }).master;
    const rows = await new Promise((resolve, reject) =>
      pool.query(
        `SELECT ${setting} AS scope, $1::int AS n`,
        [5],
        (error: Error | null, result: { rows: unknown }) => (error ? reject(error) : resolve(result.rows)),
      ),
    );
    expect(rows).toEqual([{ scope: '', n: 5 }]);
  });

  it('ends with the statement: the connection’s next user finds no scope', async () => {
    await withTenantScope('{a1}', () => db.query(`SELECT $1::int AS n`, [1]));
    const runner = db.createQueryRunner();
    try {
      const client = (await runner.connect()) as {
        query(sql: string): Promise<{ rows: { scope: string | null; status: string }[] }>;
      };
      // Straight on the connection, bypassing the scope: what a leak would leave behind.
      const { rows } = await client.query(`SELECT ${setting} AS scope`);
      expect(rows[0]?.scope ?? '').toBe('');
    } finally {
      await runner.release();
    }
  });

  it('writes the statement and its scope together, and a failure leaves nothing and a usable connection', async () => {
    await withTenantScope('{x9}', () =>
      db.query(`INSERT INTO ${TABLE} (id, scope) VALUES ($1, ${setting})`, [1]),
    );
    const failed = await withTenantScope('{x9}', () =>
      db.query(`INSERT INTO ${TABLE} (id, scope) VALUES ($1, 'a'), ($2, 'b')`, [2, 1]).then(
        () => null,
        (e: { driverError?: { code?: string } }) => e.driverError?.code,
      ),
    );
    expect(failed).toBe('23505');
    expect(await db.query(`SELECT id, scope FROM ${TABLE} ORDER BY id`)).toEqual([{ id: 1, scope: '{x9}' }]);
    // Not left inside an aborted transaction: a transaction of its own works.
    await db.transaction(async (m) => {
      await m.query(`INSERT INTO ${TABLE} (id, scope) VALUES ($1, ${setting})`, [3]);
    });
    expect(await db.query(`SELECT scope FROM ${TABLE} WHERE id = $1`, [3])).toEqual([{ scope: '*' }]);
  });

  it('prepares a named statement once, and one that fails to parse fails the same way again', async () => {
    const sql = `SELECT ${setting} AS scope, $1::int AS n`;
    for (const n of [1, 2])
      expect(await withTenantScope('{p1}', () => preparedQuery(db, sql, [n]))).toEqual([
        { scope: '{p1}', n },
      ]);
    const broken = `SELECT no_such_column FROM ${TABLE} WHERE id = $1`;
    for (let i = 0; i < 2; i++)
      await expect(withTenantScope('{p1}', () => preparedQuery(db, broken, [1]))).rejects.toThrow(
        /no_such_column.*does not exist/,
      );
    expect(await preparedQuery(db, sql, [3])).toEqual([{ scope: '*', n: 3 }]);
  });

  it('keeps a named statement that parsed and then failed to execute, and runs it again', async () => {
    const insert = `INSERT INTO ${TABLE} (id, scope) VALUES ($1, ${setting}) RETURNING id`;
    // The first use on this connection parses it and fails (a duplicate key): it stays prepared.
    await db.query(`INSERT INTO ${TABLE} (id, scope) VALUES (40, 'x')`);
    for (let i = 0; i < 2; i++)
      await expect(withTenantScope('{q1}', () => preparedQuery(db, insert, [40]))).rejects.toMatchObject({
        code: '23505',
      });
    expect(await withTenantScope('{q1}', () => preparedQuery(db, insert, [41]))).toEqual([{ id: 41 }]);
    expect(await db.query(`SELECT scope FROM ${TABLE} WHERE id = $1`, [41])).toEqual([{ scope: '{q1}' }]);
  });
});
