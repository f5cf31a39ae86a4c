import { createServiceDataSource } from '@laurel/db';
import type { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export const SCHEMA = 'exemplars';

/** The role this service's queries run as (row-level security applies to it). */
export const ROLE = 'laurel_exemplars';

/**
 * The service's connections run as `ROLE`; `{ owner: true }` is for migrations, which run as
 * the URL's own user (the tables' owner).
 */
export function createDataSource(url: string, poolSize = 10, options: { owner?: boolean } = {}): DataSource {
  return createServiceDataSource({
    url,
    schema: SCHEMA,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    poolSize,
    ...(options.owner ? {} : { role: ROLE }),
    applicationName: 'laurel-exemplars',
  });
}
