import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { ScopedQuery } from './scoped-query';

/**
 * Row-level security's tenant context (`laurel.scope`), carried per request with
 * AsyncLocalStorage and handed to PostgreSQL per transaction with `set_config(…, true)`, so
 * that it ends with the transaction and a pooled connection never carries one caller's
 * context into the next: after commit the setting reads as the empty string, which the
 * policies treat as "no tenant".
 *
 * Values: `*` (the service itself: feeds, relays, schedulers, service-to-service routes), an
 * ltree array literal such as `{a1b2.c3d4,e5f6}` (the caller's tenant roots), or `''` (a caller
 * with no tenant: sees only what is public).
 */
export const SCOPE_SETTING = 'laurel.scope';
export const SYSTEM_SCOPE = '*';

interface ScopeStore {
  scope: string;
}

const storage = new AsyncLocalStorage<ScopeStore>();

/** Only `*`, `''` and `{label.label,...}` with ltree labels: the value is inlined as a literal. */
const VALID_SCOPE = /^(\*|\{[A-Za-z0-9_.,-]*\}|)$/;

function checkScope(scope: string): string {
  if (!VALID_SCOPE.test(scope)) throw new Error(`Invalid tenant scope ${JSON.stringify(scope)}`);
  return scope;
}

/** Runs `work` (and everything it starts) under `scope`. */
export function withTenantScope<T>(scope: string, work: () => T): T {
  return storage.run({ scope: checkScope(scope) }, work);
}

/** For the service's own work inside a request (e.g. reading the directory for a check). */
export function asSystem<T>(work: () => T): T {
  return withTenantScope(SYSTEM_SCOPE, work);
}

/** The scope of the code running now: the request's, or the service's own outside requests. */
export function currentTenantScope(): string {
  return storage.getStore()?.scope ?? SYSTEM_SCOPE;
}

function setScopeSql(scope: string): string {
  return `SELECT set_config('${SCOPE_SETTING}', '${checkScope(scope)}', true)`;
}

const TRANSACTION_CONTROL =
  /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET TRANSACTION)\b/i;

type QueryFn = QueryRunner['query'];

/** Data sources whose queries carry the tenant scope (a service's pools, not the owner's). */
const scoped = new WeakSet<DataSource>();

/** The raw `pg` client under a TypeORM query runner: a query by name is prepared once per connection. */
interface PgClient {
  query(sql: string, values?: unknown[]): Promise<unknown>;
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  query(submittable: ScopedQuery): ScopedQuery;
}

/**
 * `config` in one round trip with `scope` (scoped-query.ts): the statement and the setting are
 * one implicit transaction, committed together, rolled back together.
 */
function queryInScope(client: PgClient, scope: string, config: QueryConfig): Promise<{ rows: unknown[] }> {
  return new Promise((resolve, reject) => {
    client.query(
      new ScopedQuery(setScopeSql(scope), config, (error, result) =>
        error ? reject(error) : resolve(result as { rows: unknown[] }),
      ),
    );
  });
}

/** The scope the next query of this connection carries (set by the runner, taken by the client). */
const NEXT_SCOPE = Symbol('laurel.nextScope');
type ScopableClient = PgClient & { [NEXT_SCOPE]?: string };
const scopable = new WeakSet<object>();

/**
 * Lets the runner hand its connection's next `query(text, values)` a scope: TypeORM then sends
 * the statement as usual, and it reaches PostgreSQL in one round trip with its tenant scope.
 */
function scopeNextQuery(client: ScopableClient, scope: string): void {
  if (!scopable.has(client)) {
    scopable.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    // Every other call (a callback, a config object, a pool's own query) passes through whole.
    client.query = ((...args: unknown[]) => {
      const next = client[NEXT_SCOPE];
      client[NEXT_SCOPE] = undefined;
      const [text, values] = args;
      if (next === undefined || args.length !== 2 || typeof text !== 'string' || !Array.isArray(values))
        return query(...args);
      return queryInScope(client, next, { text, values });
    }) as PgClient['query'];
  }
  client[NEXT_SCOPE] = scope;
}

/** Statement names handed out so far; beyond the cap, texts run unnamed (planned every time). */
const preparedNames = new Map<string, string>();
const MAX_PREPARED = 200;

function preparedName(sql: string): string | undefined {
  const known = preparedNames.get(sql);
  if (known || preparedNames.size >= MAX_PREPARED) return known;
  const name = `laurel_${createHash('sha256').update(sql).digest('base64url').slice(0, 24)}`;
  preparedNames.set(sql, name);
  return name;
}

/**
 * `work` as a transaction of its own carrying the current scope; `send` runs the control
 * statements straight on the connection (they are not the application's queries).
 */
async function inScopedTransaction<T>(
  send: (sql: string) => Promise<unknown>,
  work: () => Promise<T>,
): Promise<T> {
  await send(`BEGIN; ${setScopeSql(currentTenantScope())}`);
  try {
    const result = await work();
    await send('COMMIT');
    return result;
  } catch (error) {
    await send('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Every query of `dataSource` runs in a transaction that carries the current scope: an
 * explicit transaction sets it right after it starts; a lone statement with parameters goes in
 * one round trip with its scope (scoped-query.ts); one without parameters (a text that may hold
 * several statements, which the extended protocol refuses) is wrapped in
 * `BEGIN; set_config(…, true)` … `COMMIT`.
 */
export function installTenantScope(dataSource: DataSource): void {
  scoped.add(dataSource);
  const driver = dataSource.driver as unknown as { createQueryRunner(mode: unknown): QueryRunner };
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode: unknown) => {
    const runner = createQueryRunner(mode);
    const query = runner.query.bind(runner) as QueryFn;
    const startTransaction = runner.startTransaction.bind(runner);
    const internals = runner as unknown as { transactionDepth: number };
    // Straight on the connection: the wrapping is not one of the application's queries.
    const control = async (sql: string): Promise<void> => {
      const connection = (await runner.connect()) as { query(sql: string): Promise<unknown> };
      await connection.query(sql);
    };

    runner.startTransaction = async (isolationLevel) => {
      const outermost = internals.transactionDepth === 0;
      await startTransaction(isolationLevel);
      if (outermost) await control(setScopeSql(currentTenantScope()));
    };

    // The two overloads of `query`: a structured result, or the rows.
    const run = (sql: string, parameters?: unknown[], structured?: boolean) =>
      structured ? query(sql, parameters, true) : query(sql, parameters);
    runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      if (runner.isTransactionActive || TRANSACTION_CONTROL.test(sql)) {
        return run(sql, parameters, structured);
      }
      if (!parameters || parameters.length === 0)
        return inScopedTransaction(control, () => run(sql, parameters, structured));
      const client = (await runner.connect()) as ScopableClient;
      scopeNextQuery(client, currentTenantScope());
      try {
        return await run(sql, parameters, structured);
      } finally {
        // Never left for a later query of this connection (another caller's, another scope).
        client[NEXT_SCOPE] = undefined;
      }
    }) as QueryFn;
    return runner;
  };
}

/**
 * One read statement of a hot path, as a named prepared statement: parsed and planned once per
 * pooled connection (PostgreSQL may then keep a generic plan) instead of on every call, which
 * for a statement with row-level security policies is most of its cost. Runs in its own
 * transaction carrying the current tenant scope, in one round trip, like any lone statement. `sql` must be a fixed
 * text (parameters as `$n`): each distinct text becomes one statement on every connection.
 */
export async function preparedQuery<T>(dataSource: DataSource, sql: string, values: unknown[]): Promise<T[]> {
  return onPooledClient(dataSource, async (client) => {
    const config = { ...(preparedName(sql) ? { name: preparedName(sql) } : {}), text: sql, values };
    return scoped.has(dataSource)
      ? ((await queryInScope(client, currentTenantScope(), config)).rows as T[])
      : ((await client.query(config)).rows as T[]);
  });
}

/**
 * Like `preparedQuery`, for a statement that carries the tenant scope itself (no `set_config`
 * sent before it): `$1` is the current scope, and the
 * statement must apply it with `set_config('laurel.scope', $1, true)` before it reads any row,
 * e.g. a plpgsql function whose first step does that. The lone statement is its own transaction,
 * so the setting ends with it, as it does after a COMMIT. `sql` numbers its own parameters from `$2`.
 */
export async function preparedScopedQuery<T>(
  dataSource: DataSource,
  sql: string,
  values: unknown[],
): Promise<T[]> {
  return onPooledClient(dataSource, async (client) => {
    const name = preparedName(sql);
    const scope = checkScope(currentTenantScope());
    return (await client.query({ ...(name ? { name } : {}), text: sql, values: [scope, ...values] }))
      .rows as T[];
  });
}

async function onPooledClient<T>(dataSource: DataSource, work: (client: PgClient) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    return await work((await runner.connect()) as PgClient);
  } finally {
    await runner.release();
  }
}
