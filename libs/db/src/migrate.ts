import type { DataSource } from 'typeorm';

/** Creates the service's schema when missing, then runs its pending migrations. */
export async function runServiceMigrations(dataSource: DataSource, schema: string): Promise<string[]> {
  const wasInitialized = dataSource.isInitialized;
  if (!wasInitialized) await dataSource.initialize();
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    if (!wasInitialized) await dataSource.destroy();
  }
}
