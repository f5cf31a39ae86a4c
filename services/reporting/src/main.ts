// First: tracing (when configured) must patch http and pg before anything loads them.
import '@laurel/observability/preload';
import 'reflect-metadata';
import { runSubgraph } from '@laurel/service';
import { createReportingApp } from './app';
import { reportingDataSource } from './data-source';
import { env } from './environment';

runSubgraph({
  name: 'reporting',
  env,
  dataSource: reportingDataSource,
  directory: { organizationsUrl: env.ORGANIZATIONS_URL, pollMs: env.DIRECTORY_POLL_MS },
  start: ({ base, directorySync }) =>
    createReportingApp({
      ...base,
      directorySync,
      nominationsUrl: env.NOMINATIONS_URL,
      campaignsUrl: env.CAMPAIGNS_URL,
      eventsPollMs: env.EVENTS_POLL_MS,
    }),
});
