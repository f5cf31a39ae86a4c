import { defineServiceDataSource } from '@laurel/service';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The `organizations` schema, its role `laurel_organizations` (row-level security applies to it) and its connections. */
export const organizationsDataSource = defineServiceDataSource({
  name: 'organizations',
  entities: ENTITIES,
  migrations: MIGRATIONS,
});

export const { SCHEMA, ROLE, createDataSource } = organizationsDataSource;
