// First: tracing (when configured) must patch http and pg before anything loads them.
import '@laurel/observability/preload';
import 'reflect-metadata';
import { nominationsFeedBacklog, runSubgraph } from '@laurel/service';
import { createExemplarsApp } from './app';
import { exemplarsDataSource, SCHEMA } from './data-source';
import { env } from './environment';
import { FEED } from './exemplar/event-consumer';

runSubgraph({
  name: 'exemplars',
  env,
  dataSource: exemplarsDataSource,
  directory: { organizationsUrl: env.ORGANIZATIONS_URL, pollMs: env.DIRECTORY_POLL_MS },
  // The nominations feed's events this consumer has not applied yet, and the oldest one's age.
  backlogs: (db) => [
    nominationsFeedBacklog({
      name: 'nominations_feed_exemplars',
      db,
      schema: SCHEMA,
      feed: FEED,
      nominationsUrl: env.NOMINATIONS_URL,
      internalSecret: env.INTERNAL_SECRET,
    }),
  ],
  start: ({ base, directorySync }) =>
    createExemplarsApp({
      ...base,
      directorySync,
      nominationsUrl: env.NOMINATIONS_URL,
      campaignsUrl: env.CAMPAIGNS_URL,
      eventsPollMs: env.FOSTERING_EVENTS_POLL_MS,
    }),
});
