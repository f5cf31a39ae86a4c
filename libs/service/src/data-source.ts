import { createServiceDataSource, runServiceMigrations } from '@laurel/db';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';

export interface ServiceDataSourceDefinition {
  /** The service's name: its PostgreSQL schema, `laurel_<name>` its role and application name. */
  name: string;
  // TypeORM's own option types: entity classes and migration classes.
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
}

export interface ServiceDataSource {
  /** The PostgreSQL schema the service owns. */
  SCHEMA: string;
  /** The role this service's queries run as (row-level security applies to it). */
  ROLE: string;
  /**
   * The service's connections run as `ROLE`; `{ owner: true }` is for migrations, which run as
   * the URL's own user (the tables' owner).
   */
  createDataSource(url: string, poolSize?: number, options?: { owner?: boolean }): DataSource;
  /** Runs the service's migrations against `url` as the owner; returns the names of those that ran. */
  migrate(url: string): Promise<string[]>;
}

/** One service's schema, role, connections and migrations, the same way in every service. */
export function defineServiceDataSource(definition: ServiceDataSourceDefinition): ServiceDataSource {
  const SCHEMA = definition.name;
  const ROLE = `laurel_${definition.name}`;
  const createDataSource = (url: string, poolSize = 10, options: { owner?: boolean } = {}): DataSource =>
    createServiceDataSource({
      url,
      schema: SCHEMA,
      entities: definition.entities,
      migrations: definition.migrations,
      poolSize,
      ...(options.owner ? {} : { role: ROLE }),
      applicationName: `laurel-${definition.name}`,
    });
  return {
    SCHEMA,
    ROLE,
    createDataSource,
    migrate: (url) => runServiceMigrations(createDataSource(url, 2, { owner: true }), SCHEMA),
  };
}
