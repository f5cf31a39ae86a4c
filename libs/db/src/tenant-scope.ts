import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

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

/**
 * Every query of `dataSource` runs in a transaction that carries the current scope: an
 * explicit transaction sets it right after it starts; a lone statement is wrapped in
 * `BEGIN; set_config(…, true)` … `COMMIT` (two extra round trips).
 */
export function installTenantScope(dataSource: DataSource): void {
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

    runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      if (runner.isTransactionActive || TRANSACTION_CONTROL.test(sql)) {
        return query(sql, parameters, structured as never);
      }
      await control(`BEGIN; ${setScopeSql(currentTenantScope())}`);
      try {
        const result = await query(sql, parameters, structured as never);
        await control('COMMIT');
        return result;
      } catch (error) {
        await control('ROLLBACK').catch(() => undefined);
        throw error;
      }
    }) as QueryFn;
    return runner;
  };
}
