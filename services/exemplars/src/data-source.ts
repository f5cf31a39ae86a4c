import { defineServiceDataSource } from '@laurel/service';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The `exemplars` schema, its role `laurel_exemplars` (row-level security applies to it) and its connections. */
export const exemplarsDataSource = defineServiceDataSource({
  name: 'exemplars',
  entities: ENTITIES,
  migrations: MIGRATIONS,
});

export const { SCHEMA, ROLE, createDataSource } = exemplarsDataSource;
