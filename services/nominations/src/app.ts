import { databaseReady } from '@laurel/service';
import { DirectoryReader, type DirectorySync } from '@laurel/directory';
import { startSubgraphServer, type SubgraphServer } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import { CampaignsClient } from './campaigns-client';
import { CatalogueClient } from './catalogue-client';
import type { Context } from './context';
import { SCHEMA } from './data-source';
import { RewardClient } from './decision/reward-client';
import { createLoaders } from './loaders';
import { applyCouncilResult } from './nomination/council-intake';
import {
  readDistinctionRecordsForService,
  readNominationStates,
  readNominationsForService,
  readOutboxFeed,
  readPendingEvents,
} from './nomination/outbox-feed';
import { buildNominationsSchema } from './schema';

export interface NominationsAppOptions {
  db: DataSource;
  port: number;
  internalSecret: string;
  introspection?: boolean;
  directorySync: DirectorySync | null;
  campaignsUrl: string;
  /** Where recognized initiatives are known (initiative prerequisites); none: never met. */
  exemplarsUrl?: string;
}

export type NominationsApp = SubgraphServer;

/** The whole subgraph, built in-process: main.ts and tests use the same wiring. */
export async function createNominationsApp(options: NominationsAppOptions): Promise<NominationsApp> {
  const { db } = options;
  const directory = new DirectoryReader(db, SCHEMA, options.directorySync);
  const campaigns = new CampaignsClient(db, options.campaignsUrl, options.internalSecret);
  const catalogue = new CatalogueClient(options.campaignsUrl, options.internalSecret, options.exemplarsUrl);
  const rewards = new RewardClient(options.campaignsUrl, options.internalSecret);
  const deps = { db, directory, campaigns, catalogue, rewards };
  const schema = await buildNominationsSchema({ deps });
  return startSubgraphServer<Context>({
    name: 'nominations',
    schema,
    port: options.port,
    internalSecret: options.internalSecret,
    introspection: options.introspection,
    createContext: (base, { live }) => {
      const ctx = { ...base, db, directory } as Context;
      ctx.loaders = createLoaders(db, ctx, { cache: !live });
      return ctx;
    },
    ready: databaseReady(db),
    internalRoutes: {
      // The voting subgraph's council stages (UNDER_REVIEW, COUNCIL_APPROVED/REJECTED).
      'council-results': (body) => applyCouncilResult(db, () => new Date(), body),
      events: (body) => readOutboxFeed(db, body),
      'events-pending': (body) => readPendingEvents(db, body),
      nominations: (body) => readNominationsForService(db, body),
      'nomination-states': (body) => readNominationStates(db, body),
      'distinction-records': (body) => readDistinctionRecordsForService(db, body),
    },
    // importDistinctionRecords carries whole files from the gateway's /imports/ (up to 20 MB,
    // a third more in base64); only signed gateway requests are read at all.
    maxBodyBytes: 64_000_000,
  });
}
