import { defineServiceDataSource } from '@laurel/service';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The `voting` schema, its role `laurel_voting` (row-level security applies to it) and its connections. */
export const votingDataSource = defineServiceDataSource({
  name: 'voting',
  entities: ENTITIES,
  migrations: MIGRATIONS,
});

export const { SCHEMA, ROLE, createDataSource } = votingDataSource;
