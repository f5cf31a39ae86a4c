import 'reflect-metadata';
import { runSubgraph } from '@laurel/service';
import { createVotingApp } from './app';
import { votingDataSource } from './data-source';
import { env } from './environment';
import { PROGRESS_CHANNEL } from './session/voting.service';

runSubgraph({
  name: 'voting',
  env,
  dataSource: votingDataSource,
  directory: { organizationsUrl: env.ORGANIZATIONS_URL, pollMs: env.DIRECTORY_POLL_MS },
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
