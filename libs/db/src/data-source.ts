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
      application_name: options.applicationName,
      statement_timeout: options.statementTimeoutMs ?? 15_000,
      ...(options.role ? { options: `-c role=${options.role}` } : {}),
    },
  });
  if (options.role) installTenantScope(dataSource);
  return dataSource;
}
