// First: tracing (when configured) must patch http and pg before anything loads them.
import '@laurel/observability/preload';
import 'reflect-metadata';
import { runSubgraph } from '@laurel/service';
import { createOrganizationsApp } from './app';
import { organizationsDataSource } from './data-source';
import { env } from './environment';

runSubgraph({
  name: 'organizations',
  env,
  dataSource: organizationsDataSource,
  start: async ({ base, openPubSub }) =>
    createOrganizationsApp({
      ...base,
      pubSub: await openPubSub('laurel_organizations'),
      scheduleIntervalMs: env.SCHEDULE_INTERVAL_MS,
    }),
});
