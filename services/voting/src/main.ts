// First: tracing (when configured) must patch http and pg before anything loads them.
import '@laurel/observability/preload';
import 'reflect-metadata';
import { asSystem } from '@laurel/db';
import { runSubgraph } from '@laurel/service';
import { createVotingApp } from './app';
import { votingDataSource } from './data-source';
import { env } from './environment';
import { PROGRESS_CHANNEL } from './session/progress.service';

runSubgraph({
  name: 'voting',
  env,
  dataSource: votingDataSource,
  directory: { organizationsUrl: env.ORGANIZATIONS_URL, pollMs: env.DIRECTORY_POLL_MS },
  // Council results not yet delivered to nominations, and how long the oldest has waited.
  backlogs: (db) => [
    {
      name: 'voting_council_outbox',
      read: async () => {
        const [row] = (await asSystem(() =>
          db.query(
            `SELECT count(*)::int AS events, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age
               FROM voting.council_outbox WHERE delivered_at IS NULL`,
          ),
        )) as { events: number; age: number }[];
        return { events: row?.events ?? 0, oldestAgeSeconds: row?.age ?? 0 };
      },
    },
  ],
  start: async ({ base, directorySync, openPubSub }) =>
    createVotingApp({
      ...base,
      // Progress crosses processes (several voting replicas behind a load balancer) by LISTEN/NOTIFY.
      pubSub: await openPubSub(PROGRESS_CHANNEL),
      directorySync,
      nominationsUrl: env.NOMINATIONS_URL,
      campaignsUrl: env.CAMPAIGNS_URL,
      sealingKey: env.VOTING_SEALING_KEY,
      dispatchIntervalMs: env.DISPATCH_INTERVAL_MS,
    }),
});
