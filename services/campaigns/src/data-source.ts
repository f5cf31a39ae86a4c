import { defineServiceDataSource } from '@laurel/service';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The `campaigns` schema, its role `laurel_campaigns` (row-level security applies to it) and its connections. */
export const campaignsDataSource = defineServiceDataSource({
  name: 'campaigns',
  entities: ENTITIES,
  migrations: MIGRATIONS,
});

export const { SCHEMA, ROLE, createDataSource } = campaignsDataSource;
