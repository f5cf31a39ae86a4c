// First: tracing (when configured) must patch http and pg before anything loads them.
import '@laurel/observability/preload';
import 'reflect-metadata';
import { nominationsFeedBacklog, runSubgraph } from '@laurel/service';
import { createReportingApp } from './app';
import { reportingDataSource, SCHEMA } from './data-source';
import { env } from './environment';
import { FEED } from './report/event-consumer';

runSubgraph({
  name: 'reporting',
  env,
  dataSource: reportingDataSource,
  directory: { organizationsUrl: env.ORGANIZATIONS_URL, pollMs: env.DIRECTORY_POLL_MS },
  // The nominations feed's events this consumer has not applied yet, and the oldest one's age.
  backlogs: (db) => [
    nominationsFeedBacklog({
      name: 'nominations_feed_reporting',
      db,
      schema: SCHEMA,
      feed: FEED,
      nominationsUrl: env.NOMINATIONS_URL,
      internalSecret: env.INTERNAL_SECRET,
    }),
  ],
  start: ({ base, directorySync }) =>
    createReportingApp({
      ...base,
      directorySync,
      nominationsUrl: env.NOMINATIONS_URL,
      campaignsUrl: env.CAMPAIGNS_URL,
      eventsPollMs: env.EVENTS_POLL_MS,
    }),
});
