import { defineServiceDataSource } from '@laurel/service';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The `nominations` schema, its role `laurel_nominations` (row-level security applies to it) and its connections. */
export const nominationsDataSource = defineServiceDataSource({
  name: 'nominations',
  entities: ENTITIES,
  migrations: MIGRATIONS,
});

export const { SCHEMA, ROLE, createDataSource } = nominationsDataSource;
