import 'reflect-metadata';
import { runServiceMigrations } from '@laurel/db';
import { createDataSource, SCHEMA } from './data-source';

/** Runs this service's migrations against `url`; returns the names of those that ran. */
export async function migrate(url: string): Promise<string[]> {
  return runServiceMigrations(createDataSource(url, 2, { owner: true }), SCHEMA);
}
