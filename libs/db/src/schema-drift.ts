import { DataSource, type DataSourceOptions } from 'typeorm';

/**
 * The statements `synchronize` would run against a migrated database: empty when the entities
 * and the migrations agree. Tests assert it is empty, so a forgotten migration fails CI.
 * Compared as the URL's own user: a service's runtime role may not even create a schema.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const options = dataSource.options as DataSourceOptions & { extra?: Record<string, unknown> };
  const { options: _role, ...extra } = options.extra ?? {};
  const owner = await new DataSource({
    ...options,
    extra: { ...extra, max: 1 },
  } as DataSourceOptions).initialize();
  try {
    const log = await owner.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query);
  } finally {
    await owner.destroy();
  }
}
