import { createServiceDataSource } from '@laurel/db';
import type { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export const SCHEMA = 'campaigns';

export function createDataSource(url: string, poolSize = 10): DataSource {
  return createServiceDataSource({
    url,
    schema: SCHEMA,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    poolSize,
    applicationName: 'laurel-campaigns',
  });
}
