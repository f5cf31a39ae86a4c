import { defineServiceDataSource } from '@laurel/service';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The `reporting` schema, its role `laurel_reporting` (row-level security applies to it) and its connections. */
export const reportingDataSource = defineServiceDataSource({
  name: 'reporting',
  entities: ENTITIES,
  migrations: MIGRATIONS,
});

export const { SCHEMA, ROLE, createDataSource } = reportingDataSource;
