// First: tracing (when configured) must patch http and pg before anything loads them.
import '@laurel/observability/preload';
import 'reflect-metadata';
import { runSubgraph } from '@laurel/service';
import { createCampaignsApp } from './app';
import { campaignsDataSource } from './data-source';
import { env } from './environment';

runSubgraph({
  name: 'campaigns',
  env,
  dataSource: campaignsDataSource,
  directory: { organizationsUrl: env.ORGANIZATIONS_URL, pollMs: env.DIRECTORY_POLL_MS },
  start: ({ base, directorySync }) =>
    createCampaignsApp({
      ...base,
      directorySync,
    }),
});
