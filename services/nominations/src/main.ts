// First: tracing (when configured) must patch http and pg before anything loads them.
import '@laurel/observability/preload';
import 'reflect-metadata';
import { runSubgraph } from '@laurel/service';
import { createNominationsApp } from './app';
import { nominationsDataSource } from './data-source';
import { env } from './environment';

runSubgraph({
  name: 'nominations',
  env,
  dataSource: nominationsDataSource,
  directory: { organizationsUrl: env.ORGANIZATIONS_URL, pollMs: env.DIRECTORY_POLL_MS },
  start: ({ base, directorySync }) =>
    createNominationsApp({
      ...base,
      directorySync,
      campaignsUrl: env.CAMPAIGNS_URL,
      exemplarsUrl: env.EXEMPLARS_URL,
    }),
});
