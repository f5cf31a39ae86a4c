import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { installTenantScope } from './tenant-scope';

export interface ServiceDataSourceOptions {
  url: string;
  /** The PostgreSQL schema this service owns. */
  schema: string;
  // TypeORM's own option types: entity classes and migration classes.
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName: string;
  statementTimeoutMs?: number;
  /**
   * The role the service's queries run as (`SET ROLE` at connection start): not superuser, not
   * BYPASSRLS, not the tables' owner, so row-level security applies to it. Omitted for the
   * owner's own work (migrations).
   */
  role?: string;
}

/** One service, one schema, its own migrations table; never `synchronize`. */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  if (options.role !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.role))
    throw new Error(`Invalid role name ${options.role}`);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    extra: {
      max: options.poolSize ?? 10,
      // A connection closed after pg's default 10 s idle is reopened by the next burst: a new
      // backend with cold catalog caches, and every prepared statement planned again (with the
      // row-level security policies): latency spikes every few seconds under uneven load. Kept
      // 10 minutes, as HikariCP does by default.
      idleTimeoutMillis: 600_000,
      application_name: options.applicationName,
      statement_timeout: options.statementTimeoutMs ?? 15_000,
      ...(options.role ? { options: `-c role=${options.role}` } : {}),
    },
  });
  if (options.role) installTenantScope(dataSource);
  return dataSource;
}
