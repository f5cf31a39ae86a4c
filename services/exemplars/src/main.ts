// First: tracing (when configured) must patch http and pg before anything loads them.
import '@laurel/observability/preload';
import 'reflect-metadata';
import { runSubgraph } from '@laurel/service';
import { createExemplarsApp } from './app';
import { exemplarsDataSource } from './data-source';
import { env } from './environment';

runSubgraph({
  name: 'exemplars',
  env,
  dataSource: exemplarsDataSource,
  directory: { organizationsUrl: env.ORGANIZATIONS_URL, pollMs: env.DIRECTORY_POLL_MS },
  start: ({ base, directorySync }) =>
    createExemplarsApp({
      ...base,
      directorySync,
      nominationsUrl: env.NOMINATIONS_URL,
      campaignsUrl: env.CAMPAIGNS_URL,
      eventsPollMs: env.FOSTERING_EVENTS_POLL_MS,
    }),
});
