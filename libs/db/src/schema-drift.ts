import type { DataSource } from 'typeorm';

/**
 * The statements `synchronize` would run against a migrated database: empty when the entities
 * and the migrations agree. Tests assert it is empty, so a forgotten migration fails CI.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
